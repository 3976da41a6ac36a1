//! Casebook's letters: a template filled from a case, laid out on A4 and
//! printed to PDF, with the same words as plain text and an `.eml` draft.
//!
//! The renderer is pure apart from reading an organisation's own templates
//! from its folder: the date, the instant written into the PDF's metadata and
//! every fact about the case are parameters; it never reads the clock. The
//! façade (`casebook-app`) gathers the facts and records the letter.
//!
//! - [`template`]: minijinja templates (`assets/templates/<lang>/<kind>.txt`,
//!   overridable per organisation) and the variables they see.
//! - [`layout`]: our small layout engine (measure, wrap, font fallback, pages).
//! - `letter`: the page frame (letterhead, DIN 5008 address window, info block,
//!   fold marks, "Page X of N") and the body's blocks.
//! - `eml`: the RFC 5322 draft addressed to the requester.
//! - [`document`]: long documents of sections, paragraphs and tables (the
//!   case evidence pack), with table headers repeated across pages.

/// Every PDF's Creator: the application and its version (one version number,
/// the workspace's).
pub const CREATOR: &str = concat!("Casebook ", env!("CARGO_PKG_VERSION"));
/// Every PDF's Producer.
pub const PRODUCER: &str = concat!("Casebook ", env!("CARGO_PKG_VERSION"), " (printpdf)");

pub mod document;
mod eml;
pub use eml::NoEml;
pub mod i18n;
mod kind;
pub mod layout;
mod letter;
mod missing;
mod report;
pub mod template;

use casebook_core::deadline::Deadlines;
use casebook_core::{Channel, DataSubject, Location, Organisation, Regime, Requester, Right};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

pub use kind::LetterKind;
pub use missing::MissingFact;
pub use report::{REPORT_RECORDS_PER_SYSTEM, ReportInput, ReportSystem, render_report};
pub use template::{TemplateProblem, Templates, check_template};

/// What can go wrong while making a letter. Messages name the input at fault.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The letter needs a fact the case or the profile does not have yet.
    #[error(transparent)]
    Missing(MissingFact),
    #[error("no '{lang}' template for letter kind '{}' (available: {})", kind.code(), available.join(", "))]
    NoTemplate { lang: String, kind: LetterKind, available: Vec<String> },
    /// A template that does not make a letter: its file (`en/refusal.txt`) and why.
    #[error("template {name}: {problem}")]
    Template { name: String, problem: TemplateProblem },
    #[error("{0}")]
    Font(String),
    #[error("logo: {0}")]
    Logo(String),
    #[error(transparent)]
    Email(NoEml),
}

/// The organisation's record of processing, as far as the letters need it
/// (Art. 15(1)(a)–(d), (g), (h) and 15(2)). Each field is what the DPO wrote;
/// `None` means "not recorded yet", and a letter that needs it refuses to go
/// out rather than print generic text. An empty list is a statement ("no
/// recipients").
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ProcessingRecord {
    pub purposes: Option<Vec<String>>,
    pub data_categories: Option<Vec<String>>,
    pub recipients: Option<Vec<String>>,
    pub retention: Option<String>,
    /// Where data comes from when not from the person.
    pub sources: Option<Vec<String>>,
    /// Automated decision-making, including profiling: what, the logic, the consequences; or "none".
    pub automated_decisions: Option<String>,
    /// Transfers to third countries and their safeguards; or "none".
    pub transfers: Option<String>,
}

/// The facts of one case a letter draws on.
#[derive(Debug, Clone)]
pub struct CaseFacts {
    pub reference: String,
    pub requester: Requester,
    pub data_subject: Option<DataSubject>,
    pub rights: Vec<Right>,
    pub regime: Regime,
    pub location: Location,
    pub channel: Channel,
    pub received: NaiveDate,
    /// From the case's recorded steps (latest of each).
    pub identity_asked_for: Option<String>,
    pub identity_requested_on: Option<NaiveDate>,
    pub clarification_question: Option<String>,
    pub clarification_asked_on: Option<NaiveDate>,
    pub extension_reason: Option<String>,
    pub extension_notified_on: Option<NaiveDate>,
    /// The request a complaint is about, where there is one.
    pub concerns: Option<String>,
    /// A complaint's recorded answer: upheld, partly-upheld or not-upheld.
    pub complaint_outcome: Option<String>,
    pub complaint_answered_on: Option<NaiveDate>,
    /// A US state appeal: when it arrived, how and when it was decided.
    pub appeal_received_on: Option<NaiveDate>,
    pub appeal_outcome: Option<String>,
    pub appeal_decided_on: Option<NaiveDate>,
}

/// What the DPO adds when making a letter, beyond what the case records.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct LetterDetails {
    /// The refusal's reason, written out (refusal), or why a fee is charged (fee-request).
    pub reason: Option<String>,
    /// The fee asked, as it should read ("£10.00").
    pub fee: Option<String>,
    /// Recipients named by the DPO when making a letter. The erasure and
    /// rectification confirmations take theirs from the action log only
    /// (`notified`), never from here or the record of processing.
    pub recipients: Vec<String>,
    /// From the case's action log: what was done, per system, for the rights
    /// the letter answers (every confirmation but the access response).
    #[serde(default)]
    pub actions: Vec<ActionFact>,
    /// From the case's action log: the recipients told of the change, and when (Art. 19).
    #[serde(default)]
    pub notified: Vec<NotifiedFact>,
}

/// One recorded action, as a letter states it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActionFact {
    /// The system's name in the register of processing.
    pub system: String,
    /// The action's code: erased, anonymised, kept, rectified, restricted, …
    pub did: String,
    /// Kept: the legal ground.
    pub ground: Option<String>,
    /// Rectified: what was changed, from what to what.
    pub detail: Option<String>,
}

/// One recipient recorded as told of the change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NotifiedFact {
    pub recipient: String,
    pub on: NaiveDate,
}

/// Everything one letter is made from.
pub struct LetterInput<'a> {
    pub kind: LetterKind,
    pub language: &'a str,
    pub organisation: &'a Organisation,
    pub processing: Option<&'a ProcessingRecord>,
    pub logo_png: Option<&'a [u8]>,
    pub case: &'a CaseFacts,
    pub deadlines: &'a Deadlines,
    pub details: &'a LetterDetails,
    /// The letter's date.
    pub date: NaiveDate,
    /// Written into the PDF's metadata and the draft's Date header.
    pub created_at: DateTime<Utc>,
    /// Extra fonts tried after DejaVu Sans (e.g. a CJK face), in order.
    pub fallback_fonts: &'a [Vec<u8>],
    /// The register's audit chain head when the letter was made
    /// (`casebook-audit-head:N:HASH`), written into the PDF's keywords.
    pub audit_head: Option<&'a str>,
    /// How many days identity evidence is kept after the identity decision
    /// (the register's retention setting): what an identity request promises.
    pub identity_document_days: u32,
}

/// Where a piece of a letter's content came from (shown with the letter, so
/// the DPO can check it before it goes out).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Source {
    pub field: String,
    pub from: String,
}

/// A letter, made.
#[derive(Debug, Clone)]
pub struct RenderedLetter {
    pub title: String,
    /// The same words as the PDF, for pasting into an email.
    pub text: String,
    pub pdf: Vec<u8>,
    pub pages: usize,
    /// The `.eml` draft, when both the DPO and the requester have an email address.
    pub eml: Option<Vec<u8>>,
    pub message_id: Option<String>,
    /// Why there is no draft, when there is none.
    pub eml_unavailable: Option<NoEml>,
    pub sources: Vec<Source>,
}

/// Fills the template, lays the letter out and prints it.
pub fn render_letter(input: &LetterInput<'_>, templates: &Templates) -> Result<RenderedLetter, Error> {
    let filled = template::fill(input, templates)?;
    let text = plain_text(&filled);
    let (pdf, pages) = letter::print(input, &filled)?;
    let file_name = file_name(&input.case.reference, input.kind);
    let (eml, message_id, eml_unavailable) = match eml::draft(input, &filled.title, &text, &pdf, &file_name) {
        Ok((bytes, id)) => (Some(bytes), Some(id), None),
        Err(Error::Email(why)) => (None, None, Some(why)),
        Err(e) => return Err(e),
    };
    Ok(RenderedLetter {
        title: filled.title,
        text,
        pdf,
        pages,
        eml,
        message_id,
        eml_unavailable,
        sources: filled.sources,
    })
}

/// The letter as plain text only, no PDF: what the templates make of the
/// case (for checking an organisation's own template, and for fuzzing them).
pub fn letter_text(input: &LetterInput<'_>, templates: &Templates) -> Result<String, Error> {
    Ok(plain_text(&template::fill(input, templates)?))
}

fn plain_text(filled: &template::Filled) -> String {
    format!("{}\n\n{}\n\n{}\n", filled.title, filled.body, filled.closing)
}

/// `CB-2026-0001-acknowledgement.pdf`
pub fn file_name(reference: &str, kind: LetterKind) -> String {
    format!("{reference}-{}.pdf", kind.code())
}

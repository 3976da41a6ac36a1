//! The fact a letter needs and the case does not have yet, as facts: its
//! `Display` is the command line's English (naming the command that records
//! it); the desktop app words it in its language from the variant.

use casebook_core::{Regime, Right};
use serde::Serialize;

use crate::LetterKind;

/// Why a letter was refused: what must be recorded first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum MissingFact {
    /// An identity request or reminder without the request recorded with what was asked for.
    #[error(
        "this letter needs the identity request recorded with what was asked for: `casebook identity request REF --on DATE --what \"…\"`"
    )]
    IdentityRequest,
    /// A request for clarification without its question.
    #[error(
        "this letter needs the clarification question: `casebook clarification ask REF --on DATE --question \"…\"`"
    )]
    ClarificationQuestion,
    /// An extension notice without the extension taken and its reason.
    #[error(
        "this letter needs the extension taken, with its reason: `casebook extension take REF --reason \"…\" --notified-on DATE`"
    )]
    Extension,
    /// A fee request under a law that lets no fee be asked (the LGPD:
    /// requests are free of charge), with the source.
    #[error("no fee may be asked under {}: {provision}; there is no fee request to make", regime.label())]
    NoFeeInLaw { regime: Regime, provision: String },
    /// An extension notice under a law that sets no extension (LGPD, FADP, APP 12).
    #[error("{} sets no extension of its period: there is no extension to tell the person about", regime.label())]
    NoExtensionInLaw { regime: Regime },
    /// A fee request without the fee request recorded (its ground and amount).
    #[error(
        "a fee request states the fee request recorded on the case, with its ground and amount: `casebook fee request REF --ground … --amount \"£10.00\"` first"
    )]
    Fee,
    /// A refusal without its reason written out.
    #[error("a refusal needs its reason written out: record the refusal with its --text first, or give --reason \"…\"")]
    RefusalReason,
    /// A complaint's outcome letter without the recorded answer.
    #[error(
        "the complaint-outcome letter states the recorded answer, its outcome and reasons: `casebook complaint answer REF --outcome … --text \"…\"`"
    )]
    ComplaintAnswer,
    /// An appeal decision letter without the recorded decision.
    #[error(
        "the appeal-decision letter states the recorded decision, its outcome and reasons: `casebook case appeal-decided REF --outcome … --text \"…\"`"
    )]
    AppealDecision,
    /// An erasure confirmation without any system's erasure (or what was kept) recorded.
    #[error(
        "an erasure confirmation states what was erased, anonymised or kept in each system, and none is recorded: `casebook case action REF --system ID --right erasure --did erased|anonymised|kept [--ground …]`"
    )]
    ErasureDone,
    /// A rectification confirmation without any system's correction recorded.
    #[error(
        "a rectification confirmation states what was corrected in each system, and none is recorded: `casebook case action REF --system ID --right rectification --did rectified --detail \"what: from → to\"`"
    )]
    RectificationDone,
    /// A confirmation of a right the case did not ask for.
    #[error("the {letter} letter answers a request for {right}, and case {reference} asks for none (its rights: {})", rights.iter().map(|r| r.code()).collect::<Vec<_>>().join(", "))]
    RightNotAsked { letter: LetterKind, right: Right, reference: String, rights: Vec<Right> },
    /// A confirmation stated from the action log with none of the actions it states recorded.
    #[error("the {letter} letter states what was done in each system, and no {} is recorded for case {reference}: `casebook case action {reference} --system ID --right {} --did {}`", done.join(" or "), rights.join("|"), done.join("|"))]
    ActionsDone { letter: LetterKind, done: Vec<String>, rights: Vec<String>, reference: String },
    /// An acknowledgement that the law has describe the organisation's
    /// verification process (`provision`), with no description recorded in
    /// its profile in the letter's `language` (`recorded`: the languages it
    /// has one in).
    #[error(
        "this acknowledgement must describe in general how you verify a requester ({provision}), and the organisation profile records no such description in this letter's language ({language}): `casebook init --verification-process {language}=\"…\"`{}",
        in_recorded(recorded)
    )]
    VerificationProcess { provision: String, language: String, recorded: Vec<String> },
    /// An access response without the record of processing's parts it states (`absent`: their keys).
    #[error("the access response needs the record of processing: {} not recorded (casebook letter settings --file FILE.json)", absent.join(", "))]
    ProcessingRecord { absent: Vec<String> },
}

/// How to make a letter in a language its words are recorded in, if any.
fn in_recorded(recorded: &[String]) -> String {
    match recorded.first() {
        None => String::new(),
        Some(first) => {
            format!(", or make the letter in a language it has one in ({}: --lang {first})", recorded.join(", "))
        }
    }
}

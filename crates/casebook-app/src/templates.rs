//! The organisation's own letter templates: which letters use a built-in
//! template and which the organisation's own, whether each own one works,
//! making an own one (from the built-in text, or from a text the DPO
//! edited), showing the text in force, and going back to the built-in one.
//!
//! A local register keeps them as files in
//! `<database folder>/templates/<lang>/<kind>.txt`; a team register as rows
//! of its `letter_templates` table (team schema 16). The use cases are
//! written once over [`TemplateShelf`], which each register implements.
//!
//! An own template is checked by filling it for a sample case exactly as a
//! letter is made (twice: once with every fact present, once for a case with
//! no email, postal address or representative), so a broken template shows
//! here, naming its file and line, before a letter is made with it; a text
//! given to be kept is refused when it does not pass. Going back, or
//! replacing one, keeps the earlier text: a local register renames its file
//! aside (`<kind>.txt.<UTC time>.bak`), a team register keeps every row.
//! Every change is audited as `settings.letter-template`.

use std::io::Write;
use std::path::{Path, PathBuf};

use casebook_core::deadline::{ClockEvents, DeadlinePolicy, compute_deadlines};
use casebook_core::{
    Channel, DataSubject, Language, Location, Organisation, Regime, Relationship, Requester, Right, Wordings,
};
use casebook_render::template::{CLOSING, SHIPPED_LANGUAGES, valid_language};
use casebook_render::{
    CaseFacts, LetterDetails, LetterInput, LetterKind, ProcessingRecord, TemplateProblem, Templates, check_template,
};
use chrono::{Duration, NaiveDate};
use serde::Serialize;

use crate::letters::LetterDesk;
use crate::steps::StepBook;
use crate::{Casebook, DocumentsSaid, Error, Result, TeamBook};

/// The audit action's suffix: `settings.letter-template`.
const AUDIT: &str = "letter-template";

/// The most an own template may hold (the team register's column allows no more).
pub const MAX_TEMPLATE_BYTES: usize = 256 * 1024;

/// Where the organisation's own templates live, and what each letter uses.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct LetterTemplates {
    /// A local register's `<database folder>/templates` (it may not exist
    /// yet); none on a team register, which keeps them in the database.
    pub folder: Option<PathBuf>,
    /// Where own templates are kept: `folder` or `team register`.
    pub stored: String,
    /// Every kind (and the closing) in every shipped language, then own
    /// templates in languages the organisation added, by language and kind.
    pub templates: Vec<LetterTemplate>,
}

/// One template: a kind (or `_closing`, the end of every letter) in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct LetterTemplate {
    pub kind: String,
    pub label: String,
    pub language: String,
    /// Whether Casebook ships this template.
    pub built_in: bool,
    /// Whether the organisation's own template is used instead of the built-in one.
    pub customised: bool,
    /// The own copy's file, on a local register (none on a team register).
    pub own: Option<PathBuf>,
    /// On a team register, who set the own template and when (RFC 3339).
    pub set_by: Option<String>,
    pub set_at: Option<String>,
    /// Why the own copy cannot make a letter (file and line), if it cannot: the command line's English.
    pub problem: Option<String>,
    /// The same as facts, when the template itself is at fault (not when, say,
    /// its file cannot be read): for the window to word in its language.
    pub fault: Option<TemplateFault>,
}

/// Why an own template does not make a letter, as facts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct TemplateFault {
    /// Its file as the renderer names it (`en/refusal.txt`, or the `_closing.txt` it uses).
    pub name: String,
    pub problem: TemplateProblem,
    /// Only for a case with no email, postal address or representative.
    pub bare_case: bool,
}

/// The text letters of a kind and language are made from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct TemplateText {
    pub kind: String,
    pub language: String,
    /// Whether it is the organisation's own (else the built-in one).
    pub customised: bool,
    pub text: String,
}

/// A change of an own template: where it is kept now, and where the text
/// it replaced or put aside is kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct TemplateChange {
    /// `lang/kind.txt`.
    pub template: String,
    /// On a local register, the file the change wrote (the own template)
    /// or, going back to the built-in one, the file the own one was renamed
    /// to; none on a team register.
    pub path: Option<PathBuf>,
    /// The own template's file (a local register), or `team register, letter template #N`;
    /// none once the built-in one is used again.
    pub stored: Option<String>,
    /// Where the earlier own text is kept, when there was one.
    pub kept_as: Option<String>,
}

/// An own template as its register keeps it.
pub(crate) struct OwnCopy {
    pub language: String,
    pub file: String,
    /// Its text, or why it cannot be read (the English).
    pub text: std::result::Result<String, String>,
    pub path: Option<PathBuf>,
    pub set_by: Option<String>,
    pub set_at: Option<String>,
}

/// Where a register keeps the organisation's own templates: a local
/// register's folder, a team register's table. The use cases of this
/// module are written once over it.
pub(crate) trait TemplateShelf: LetterDesk {
    /// The folder they are files in, on a local register.
    fn templates_folder(&self) -> Option<PathBuf>;
    /// Every own template kept, by language and file.
    fn own_copies(&self) -> Result<Vec<OwnCopy>>;
    /// Keeps `text` (checked) as the own template of `file` in `lang`, the
    /// one it replaces kept aside; audited.
    fn keep_own(&self, lang: &str, file: &str, text: &str) -> Result<TemplateChange>;
    /// Puts the own template aside (kept, not deleted): the built-in one is
    /// used again; audited. Not found when there is none.
    fn put_aside(&self, lang: &str, file: &str) -> Result<TemplateChange>;
}

/// Why a sample letter was not made: the English, and the template's fault when it is one.
struct CheckFailed {
    english: String,
    template: Option<(String, TemplateProblem)>,
}

impl From<String> for CheckFailed {
    fn from(english: String) -> Self {
        CheckFailed { english, template: None }
    }
}

/// The closing's label in lists.
const CLOSING_LABEL: &str = "Closing and signature of every letter";

/// A template's file name without `.txt`: a kind's code or `_closing`, checked.
fn template_file(kind: &str) -> Result<(&'static str, &'static str, Option<LetterKind>)> {
    if kind == CLOSING {
        return Ok((CLOSING, CLOSING_LABEL, None));
    }
    let k: LetterKind = kind.parse().map_err(|e: casebook_core::CodeError| {
        Error::refused(DocumentsSaid::UnknownTemplateKind { input: e.input, expected: e.expected })
    })?;
    Ok((k.code(), k.label(), Some(k)))
}

fn language(lang: &str) -> Result<&str> {
    let lang = lang.trim();
    if !valid_language(lang) {
        return Err(Error::refused(DocumentsSaid::InvalidTemplateLanguage { input: lang.to_string() }));
    }
    Ok(lang)
}

fn day(d: NaiveDate, days: i64) -> NaiveDate {
    d - Duration::days(days)
}

/// Which facts the sample case has.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Sample {
    /// Every optional fact present.
    Full,
    /// No email, postal address, customer number or representative, no
    /// extension (unless the letter is the extension notice).
    Bare,
}

/// What the DPO adds to the sample letters: a reason, a fee, every kind
/// of recorded action, and (in the full sample) a recipient told.
fn sample_details(full: bool, today: NaiveDate) -> LetterDetails {
    LetterDetails {
        reason: Some("the request is manifestly unfounded".into()),
        fee: Some("£10.00".into()),
        recipients: Vec::new(),
        // A confirmation cannot go out without its recorded actions: both samples have them.
        actions: [
            "erased",
            "kept",
            "rectified",
            "restricted",
            "suppressed",
            "preferences-changed",
            "account-deactivated",
        ]
        .iter()
        .map(|did| casebook_render::ActionFact {
            system: "Customer database".into(),
            did: did.to_string(),
            ground: (*did == "kept").then(|| "invoices are kept for six years (tax law)".into()),
            detail: match *did {
                "rectified" => Some("postal address: 1 Old Street to 2 New Street".into()),
                "preferences-changed" => Some("newsletter off, post only".into()),
                _ => None,
            },
        })
        .collect(),
        notified: if full {
            vec![casebook_render::NotifiedFact { recipient: "Payment provider".into(), on: day(today, 1) }]
        } else {
            Vec::new()
        },
    }
}

/// What filling a template for the sample cases needs: the templates to
/// fill (the register's, perhaps with a text being checked), the
/// organisation, today, now and the calendars.
struct Checker {
    templates: Templates,
    org: Organisation,
    today: NaiveDate,
    now: chrono::DateTime<chrono::Utc>,
    calendars: std::sync::Arc<casebook_core::holiday::Calendars>,
}

impl Checker {
    fn of<B: TemplateShelf + ?Sized>(book: &B, templates: Templates) -> Result<Checker> {
        let org = crate::lifecycle::setting(&mut *book.register(), crate::organisation::KEY)?;
        Ok(Checker {
            templates,
            org: org.unwrap_or_else(sample_organisation),
            today: book.today()?,
            now: book.stamp().at,
            calendars: book.calendars()?,
        })
    }

    /// Why `lang/file.txt` cannot make a letter (its English, and its facts
    /// when the template is at fault), or `None`.
    fn problem(&self, lang: &str, file: &str, kind: Option<LetterKind>) -> Option<(String, Option<TemplateFault>)> {
        let name = format!("{lang}/{file}.txt");
        for sample in [Sample::Full, Sample::Bare] {
            if let Err(failed) = self.check_with(lang, &name, kind, sample) {
                let bare_case = sample == Sample::Bare;
                let fault = failed.template.map(|(name, problem)| TemplateFault { name, problem, bare_case });
                let problem = failed.english;
                return Some((
                    match sample {
                        Sample::Full => problem,
                        Sample::Bare => format!(
                            "{problem} (for a case with no email, postal address or representative: check with {{% if … %}} first)"
                        ),
                    },
                    fault,
                ));
            }
        }
        None
    }
    fn check_with(
        &self,
        lang: &str,
        name: &str,
        kind: Option<LetterKind>,
        sample: Sample,
    ) -> std::result::Result<(), CheckFailed> {
        // The check is of the template: a fact the profile does not hold yet
        // is the letter's to refuse, not the template's fault.
        let mut org = self.org.clone();
        if org.verification_process.get(lang).is_none()
            && let Ok(language) = Language::parse(lang)
        {
            org.verification_process.set(language, SAMPLE_VERIFICATION);
        }
        let (org, today) = (&org, self.today);
        let kind = kind.unwrap_or(LetterKind::Acknowledgement);
        let received = day(today, 20);
        let extended = sample == Sample::Full || kind == LetterKind::Extension;
        let mut clock = ClockEvents::received(received);
        if extended {
            clock.extended = true;
            clock.extension_notified_on = Some(day(today, 2));
        }
        let (regime, location) = (org.default_regime, org.default_location.clone());
        let deadlines = compute_deadlines(
            regime,
            &location,
            &[Right::Access],
            &clock,
            &DeadlinePolicy::default(),
            &self.calendars,
            today,
        )
        .map_err(|e| CheckFailed::from(format!("the sample case's dates: {e}")))?;
        let full = sample == Sample::Full;
        let facts = CaseFacts {
            reference: "CB-0000-0000".into(),
            requester: Requester {
                name: "Sample Requester".into(),
                emails: if full { vec!["requester@example.org".into()] } else { Vec::new() },
                postal_address: full.then(|| "1 Sample Street\nSampletown".into()),
                customer_ids: if full { vec!["C-12345".into()] } else { Vec::new() },
                ..Default::default()
            },
            data_subject: full
                .then(|| DataSubject { child: true, ..DataSubject::new("Sample Subject", Relationship::Parent) }),
            rights: std::iter::once(Right::Access).chain(kind.right()).collect(),
            regime,
            location,
            channel: Channel::Email,
            received,
            identity_asked_for: Some("a copy of a recent utility bill".into()),
            identity_requested_on: Some(day(today, 19)),
            clarification_question: Some("Which accounts does the request cover?".into()),
            clarification_asked_on: Some(day(today, 18)),
            extension_reason: extended.then(|| "the request is complex".into()),
            extension_notified_on: extended.then(|| day(today, 2)),
            concerns: None,
            // The complaint's answer and the appeal's decision, as their letters need them recorded.
            complaint_outcome: Some("partly-upheld".into()),
            complaint_answered_on: Some(day(today, 1)),
            appeal_received_on: Some(day(today, 3)),
            appeal_outcome: Some("reversed".into()),
            appeal_decided_on: Some(day(today, 1)),
        };
        let list = |s: &str| Some(vec![s.to_string()]);
        let processing = ProcessingRecord {
            purposes: list("Running the customer account"),
            data_categories: list("Name and email address"),
            recipients: list("Payment provider"),
            retention: Some("Six years after the account closes".into()),
            sources: list("The person"),
            automated_decisions: Some("None".into()),
            transfers: Some("None".into()),
        };
        let details = sample_details(full, today);
        let input = LetterInput {
            kind,
            language: lang,
            organisation: org,
            processing: Some(&processing),
            logo_png: None,
            case: &facts,
            deadlines: &deadlines,
            details: &details,
            date: today,
            created_at: self.now,
            fallback_fonts: &[],
            audit_head: None,
            identity_document_days: 30,
        };
        check_template(&input, &self.templates, name).map_err(|e| {
            let english = e.to_string();
            match e {
                casebook_render::Error::Template { name, problem } => {
                    CheckFailed { english, template: Some((name, problem)) }
                }
                _ => CheckFailed::from(english),
            }
        })
    }
}

/// Every letter kind's file and the closing: (file, label, kind).
fn template_files() -> Vec<(&'static str, &'static str, Option<LetterKind>)> {
    LetterKind::ALL
        .iter()
        .map(|k| (k.code(), k.label(), Some(*k)))
        .chain(std::iter::once((CLOSING, CLOSING_LABEL, None)))
        .collect()
}

/// The organisation's own letter templates on either register (a local
/// file's folder, a team register's table): what front ends call on a
/// [`Casebook`] or a [`TeamBook`]. Changing one is the DPO's: on a team
/// register the database refuses anyone else.
pub trait TemplateBook {
    /// Where own templates are kept and, for every letter kind and the
    /// closing in every shipped language (and any language the organisation
    /// added), whether the built-in or the own one is used and whether the
    /// own one works.
    fn letter_templates(&self) -> Result<LetterTemplates>;
    /// The text letters of `kind` (a kind's code or `_closing`) in `lang`
    /// are made from: the own one, else the built-in one.
    fn template_text(&self, kind: &str, lang: &str) -> Result<TemplateText>;
    /// Makes `text` the own template of `kind` in `lang`, once it makes a
    /// letter for both sample cases (refused naming its line otherwise); an
    /// own one it replaces is kept aside.
    fn set_own_template(&self, kind: &str, lang: &str, text: &str) -> Result<TemplateChange>;
    /// Makes letters of `kind` in `lang` use the built-in template again;
    /// the own one is kept aside, not deleted.
    fn use_builtin_template(&self, kind: &str, lang: &str) -> Result<TemplateChange>;
}

impl<B: TemplateShelf> TemplateBook for B {
    fn letter_templates(&self) -> Result<LetterTemplates> {
        list_templates(self)
    }

    fn template_text(&self, kind: &str, lang: &str) -> Result<TemplateText> {
        let (file, _, _) = template_file(kind.trim())?;
        let lang = language(lang)?;
        let own = self.own_copies()?.into_iter().find(|c| c.language == lang && c.file == file);
        let (customised, text) = match own {
            Some(OwnCopy { text: Ok(text), .. }) => (true, text),
            Some(OwnCopy { text: Err(why), .. }) => {
                return Err(Error::refused(DocumentsSaid::LetterNotMade { detail: why }));
            }
            None => match Templates::shipped(lang, file) {
                Some(text) => (false, text.to_string()),
                None => {
                    return Err(Error::refused(DocumentsSaid::NoTemplateInLanguage {
                        language: lang.to_string(),
                        file: file.to_string(),
                        shipped: SHIPPED_LANGUAGES.iter().map(|l| l.to_string()).collect(),
                    }));
                }
            },
        };
        Ok(TemplateText { kind: file.to_string(), language: lang.to_string(), customised, text })
    }

    fn set_own_template(&self, kind: &str, lang: &str, text: &str) -> Result<TemplateChange> {
        let (file, _, k) = template_file(kind.trim())?;
        let lang = language(lang)?;
        if text.len() > MAX_TEMPLATE_BYTES {
            return Err(Error::refused(DocumentsSaid::TemplateTooLarge {
                template: format!("{lang}/{file}.txt"),
                kib: (text.len() / 1024) as u64,
                max_kib: (MAX_TEMPLATE_BYTES / 1024) as u64,
            }));
        }
        let checker = Checker::of(self, self.templates()?.with_text(lang, file, text))?;
        if let Some((english, fault)) = checker.problem(lang, file, k) {
            return Err(Error::refused(match fault {
                Some(TemplateFault { name, problem, bare_case }) => {
                    DocumentsSaid::OwnTemplateRefused { name, problem, bare_case }
                }
                None => DocumentsSaid::LetterNotMade { detail: english },
            }));
        }
        self.keep_own(lang, file, text)
    }

    fn use_builtin_template(&self, kind: &str, lang: &str) -> Result<TemplateChange> {
        let (file, _, _) = template_file(kind.trim())?;
        let lang = language(lang)?;
        self.put_aside(lang, file)
    }
}

/// [`TemplateBook::letter_templates`], for either register.
fn list_templates<B: TemplateShelf + ?Sized>(book: &B) -> Result<LetterTemplates> {
    let own = book.own_copies()?;
    let checker = Checker::of(book, book.templates()?)?;
    let mut langs: Vec<String> = SHIPPED_LANGUAGES.iter().map(|l| l.to_string()).collect();
    let mut added: Vec<String> = own.iter().map(|c| c.language.clone()).filter(|l| !langs.contains(l)).collect();
    added.sort();
    added.dedup();
    langs.extend(added);
    let mut out = Vec::new();
    for lang in &langs {
        for (file, label, kind) in template_files() {
            let built_in = Templates::shipped(lang, file).is_some();
            let copy = own.iter().find(|c| &c.language == lang && c.file == file);
            if !built_in && copy.is_none() {
                continue;
            }
            let (problem, fault) = match copy.map(|c| &c.text) {
                Some(Err(why)) => (Some(why.clone()), None),
                Some(Ok(_)) => checker.problem(lang, file, kind).map_or((None, None), |(e, f)| (Some(e), f)),
                None => (None, None),
            };
            out.push(LetterTemplate {
                kind: file.to_string(),
                label: label.to_string(),
                language: lang.clone(),
                built_in,
                customised: copy.is_some(),
                own: copy.and_then(|c| c.path.clone()),
                set_by: copy.and_then(|c| c.set_by.clone()),
                set_at: copy.and_then(|c| c.set_at.clone()),
                problem,
                fault,
            });
        }
    }
    let folder = book.templates_folder();
    let stored = if folder.is_some() { "folder" } else { "team register" }.to_string();
    Ok(LetterTemplates { folder, stored, templates: out })
}

/// The templates folder a local register at `db` reads: `<its folder>/templates`.
fn templates_folder_of(db: &Path) -> PathBuf {
    let parent = db.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    parent.join("templates")
}

/// A team register's own template in force, as a local copy of the register
/// is to read it from its folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct TeamTemplate {
    pub language: String,
    /// A letter kind's code, or `_closing`.
    pub kind: String,
    pub text: String,
}

impl From<&casebook_store::OwnTemplate> for TeamTemplate {
    fn from(t: &casebook_store::OwnTemplate) -> Self {
        TeamTemplate { language: t.language.clone(), kind: t.kind.clone(), text: t.text.clone() }
    }
}

impl TeamTemplate {
    /// The templates a team export's entry recorded (`letter_templates`:
    /// each one's `template`, `<lang>/<kind>.txt`, and `text`); none when
    /// the entry records none, or one not named as a template may be.
    pub(crate) fn recorded(after: &serde_json::Value) -> Vec<TeamTemplate> {
        let listed = after["letter_templates"].as_array().map(Vec::as_slice).unwrap_or_default();
        listed
            .iter()
            .filter_map(|t| {
                let (language, file) = t["template"].as_str()?.split_once('/')?;
                let kind = file.strip_suffix(".txt")?;
                let known = valid_language(language) && template_files().iter().any(|(f, _, _)| *f == kind);
                let text = t["text"].as_str().filter(|_| known)?;
                Some(TeamTemplate { language: language.to_string(), kind: kind.to_string(), text: text.to_string() })
            })
            .collect()
    }
}

/// Before a team register is copied to the new file `db`: refused,
/// writing nothing, when the templates folder beside it already holds an
/// own template that is not one of `team`'s with the same text, since the
/// copy would make its letters from it.
pub(crate) fn check_folder_for_export(db: &Path, team: &[TeamTemplate]) -> Result<()> {
    match other_template_beside(db, team)? {
        None => Ok(()),
        Some(path) => Err(Error::refused(DocumentsSaid::ExportBesideOtherTemplate {
            register: db.display().to_string(),
            path: path.display().to_string(),
        })),
    }
}

/// The own template files in `folder` (`<lang>/<kind>.txt`), as
/// (language, file, path): the shipped languages first, then any other
/// language folder in it; none when there is no such folder.
fn own_files_in(folder: &Path) -> Result<Vec<(String, &'static str, PathBuf)>> {
    let mut langs: Vec<String> = SHIPPED_LANGUAGES.iter().map(|l| l.to_string()).collect();
    match std::fs::read_dir(folder) {
        Ok(entries) => langs.extend(
            entries
                .flatten()
                .filter(|e| e.path().is_dir())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|l| valid_language(l) && !SHIPPED_LANGUAGES.contains(&l.as_str())),
        ),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => {
            return Err(Error::refused(DocumentsSaid::TemplatesFolderUnreadable {
                path: folder.display().to_string(),
                detail: e.to_string(),
            }));
        }
    }
    let mut files = Vec::new();
    for lang in langs {
        for (file, _, _) in template_files() {
            let path = folder.join(&lang).join(format!("{file}.txt"));
            if path.is_file() {
                files.push((lang.clone(), file, path));
            }
        }
    }
    Ok(files)
}

/// The first own template in the folder beside `db` that is not one of
/// `team`'s with the same text.
pub(crate) fn other_template_beside(db: &Path, team: &[TeamTemplate]) -> Result<Option<PathBuf>> {
    for (lang, file, path) in own_files_in(&templates_folder_of(db))? {
        let found = std::fs::read(&path).map_err(|e| {
            Error::refused(DocumentsSaid::FileUnreadable { path: path.display().to_string(), detail: e.to_string() })
        })?;
        if !team.iter().any(|t| t.language == lang && t.kind == file && t.text.as_bytes() == found) {
            return Ok(Some(path));
        }
    }
    Ok(None)
}

/// A team's own templates written as the files the local register `db`
/// reads (one already there with the same text is left as it is); the
/// files, as written.
pub(crate) fn write_for_export(db: &Path, team: &[TeamTemplate]) -> Result<Vec<PathBuf>> {
    let folder = templates_folder_of(db);
    let mut written = Vec::new();
    for t in team {
        let dir = folder.join(&t.language);
        let path = dir.join(format!("{}.txt", t.kind));
        if std::fs::read(&path).is_ok_and(|b| b == t.text.as_bytes()) {
            written.push(path);
            continue;
        }
        casebook_store::create_private_dir_all(&dir).map_err(|e| {
            Error::refused(DocumentsSaid::FolderNotCreated { path: dir.display().to_string(), detail: e.to_string() })
        })?;
        write_new(&path, &t.text)?;
        written.push(path);
    }
    Ok(written)
}

/// `text` into the new file `path`, synced; a file left half-written is removed.
fn write_new(path: &Path, text: &str) -> Result<()> {
    let written = casebook_store::create_private_file(path)
        .map_err(|e| (e, "create"))
        .and_then(|mut f| f.write_all(text.as_bytes()).and_then(|_| f.sync_all()).map_err(|e| (e, "write")));
    if let Err((e, step)) = written {
        if step == "write" {
            let _ = std::fs::remove_file(path);
        }
        let (path, detail) = (path.display().to_string(), e.to_string());
        return Err(Error::refused(match step {
            "create" => DocumentsSaid::FileNotCreated { path, detail },
            _ => DocumentsSaid::FileNotWritten { path, detail },
        }));
    }
    Ok(())
}

impl Casebook {
    /// `<database folder>/templates`.
    fn own_templates_folder(&self) -> PathBuf {
        templates_folder_of(&self.db_path())
    }

    /// The templates folder, made when missing so that a file manager has
    /// something to open.
    pub fn made_templates_folder(&self) -> Result<PathBuf> {
        let folder = self.own_templates_folder();
        casebook_store::create_private_dir_all(&folder).map_err(|e| {
            Error::refused(DocumentsSaid::FolderNotCreated {
                path: folder.display().to_string(),
                detail: e.to_string(),
            })
        })?;
        Ok(folder)
    }

    /// The organisation's own copy of the template for `kind` in `lang`, to
    /// open in an editor; not found when it has none.
    pub fn own_template(&self, kind: &str, lang: &str) -> Result<PathBuf> {
        let listed = TemplateBook::letter_templates(self)?.templates;
        let own = listed.into_iter().find(|t| t.kind == kind && t.language == lang).and_then(|t| t.own);
        own.ok_or_else(|| Error::NotFound { what: "own copy of the template", key: format!("{lang}/{kind}") })
    }

    /// Copies the built-in template for `kind` (a letter kind's code or
    /// `_closing`) in `lang` into the organisation's templates folder, to be
    /// edited there; returns its path. Refused when an own copy exists.
    pub fn customise_template(&self, kind: &str, lang: &str) -> Result<PathBuf> {
        let (file, _, _) = template_file(kind.trim())?;
        let lang = language(lang)?;
        let text = Templates::shipped(lang, file).ok_or_else(|| {
            Error::refused(DocumentsSaid::NoBuiltInTemplate {
                language: lang.to_string(),
                file: file.to_string(),
                shipped: SHIPPED_LANGUAGES.iter().map(|l| l.to_string()).collect(),
            })
        })?;
        let dir = self.own_templates_folder().join(lang);
        casebook_store::create_private_dir_all(&dir).map_err(|e| {
            Error::refused(DocumentsSaid::FolderNotCreated { path: dir.display().to_string(), detail: e.to_string() })
        })?;
        let path = dir.join(format!("{file}.txt"));
        let mut f = match casebook_store::create_private_file(&path) {
            Ok(f) => f,
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                return Err(Error::conflicting(DocumentsSaid::OwnTemplateExists {
                    language: lang.to_string(),
                    file: file.to_string(),
                    path: path.display().to_string(),
                }));
            }
            Err(e) => {
                return Err(Error::refused(DocumentsSaid::FileNotCreated {
                    path: path.display().to_string(),
                    detail: e.to_string(),
                }));
            }
        };
        if let Err(e) = f.write_all(text.as_bytes()).and_then(|_| f.sync_all()) {
            drop(f);
            let _ = std::fs::remove_file(&path);
            return Err(Error::refused(DocumentsSaid::FileNotWritten {
                path: path.display().to_string(),
                detail: e.to_string(),
            }));
        }
        let after = serde_json::json!({
            "template": format!("{lang}/{file}.txt"),
            "own": path.display().to_string(),
            "sha256": casebook_store::sha256_hex(text.as_bytes()),
        });
        let stamp = self.stamp();
        self.store().audit_settings_change(AUDIT, None, Some(&after), stamp)?;
        Ok(path)
    }

    /// Makes letters of `kind` in `lang` use the built-in template again: the
    /// own copy is renamed aside to `<kind>.txt.<UTC time>.bak` (kept, not
    /// deleted); returns that new path.
    pub fn restore_builtin_template(&self, kind: &str, lang: &str) -> Result<PathBuf> {
        let change = self.use_builtin_template(kind, lang)?;
        Ok(change.path.expect("a local own copy is renamed aside"))
    }

    /// Renames the own copy at `path` aside (`<file>.txt.<UTC time>.bak`,
    /// then `-2`, `-3`… never overwriting one); returns its new path.
    fn move_aside(&self, path: &Path, file: &str) -> Result<PathBuf> {
        let stamp_text = self.now().format("%Y%m%dT%H%M%SZ").to_string();
        let mut aside = path.with_file_name(format!("{file}.txt.{stamp_text}.bak"));
        let mut n = 2;
        while aside.exists() {
            aside = path.with_file_name(format!("{file}.txt.{stamp_text}-{n}.bak"));
            n += 1;
        }
        std::fs::rename(path, &aside).map_err(|e| {
            Error::refused(DocumentsSaid::FileNotRenamed {
                from: path.display().to_string(),
                to: aside.display().to_string(),
                detail: e.to_string(),
            })
        })?;
        Ok(aside)
    }

    /// What the audit entry says of the own copy at `path` holding `bytes`.
    fn described(lang: &str, file: &str, path: &Path, bytes: &[u8]) -> serde_json::Value {
        serde_json::json!({
            "template": format!("{lang}/{file}.txt"),
            "own": path.display().to_string(),
            "sha256": casebook_store::sha256_hex(bytes),
        })
    }
}

/// A local register's own templates: files in the folder beside it.
impl TemplateShelf for Casebook {
    fn templates_folder(&self) -> Option<PathBuf> {
        Some(self.own_templates_folder())
    }

    fn own_copies(&self) -> Result<Vec<OwnCopy>> {
        let files = own_files_in(&self.own_templates_folder())?;
        Ok(files
            .into_iter()
            .map(|(language, file, path)| {
                let text = std::fs::read_to_string(&path).map_err(|e| format!("cannot read '{}': {e}", path.display()));
                OwnCopy { language, file: file.to_string(), text, path: Some(path), set_by: None, set_at: None }
            })
            .collect())
    }

    fn keep_own(&self, lang: &str, file: &str, text: &str) -> Result<TemplateChange> {
        let dir = self.own_templates_folder().join(lang);
        casebook_store::create_private_dir_all(&dir).map_err(|e| {
            Error::refused(DocumentsSaid::FolderNotCreated { path: dir.display().to_string(), detail: e.to_string() })
        })?;
        let path = dir.join(format!("{file}.txt"));
        let before = match std::fs::read(&path) {
            Ok(bytes) => Some((Self::described(lang, file, &path, &bytes), self.move_aside(&path, file)?)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => {
                return Err(Error::refused(DocumentsSaid::FileUnreadable {
                    path: path.display().to_string(),
                    detail: e.to_string(),
                }));
            }
        };
        write_new(&path, text)?;
        let mut after = Self::described(lang, file, &path, text.as_bytes());
        if let Some((_, aside)) = &before {
            after["kept_as"] = serde_json::Value::String(aside.display().to_string());
        }
        self.store().audit_settings_change(AUDIT, before.as_ref().map(|b| &b.0), Some(&after), self.stamp())?;
        Ok(TemplateChange {
            template: format!("{lang}/{file}.txt"),
            stored: Some(path.display().to_string()),
            path: Some(path),
            kept_as: before.map(|(_, aside)| aside.display().to_string()),
        })
    }

    fn put_aside(&self, lang: &str, file: &str) -> Result<TemplateChange> {
        let path = self.own_templates_folder().join(lang).join(format!("{file}.txt"));
        if !path.is_file() {
            return Err(Error::NotFound {
                what: "own template",
                key: format!("{lang}/{file}.txt ({})", path.display()),
            });
        }
        if Templates::shipped(lang, file).is_none() {
            return Err(Error::refused(DocumentsSaid::NoBuiltInToGoBackTo {
                language: lang.to_string(),
                file: file.to_string(),
                path: path.display().to_string(),
            }));
        }
        let bytes = std::fs::read(&path).map_err(|e| {
            Error::refused(DocumentsSaid::FileUnreadable { path: path.display().to_string(), detail: e.to_string() })
        })?;
        let aside = self.move_aside(&path, file)?;
        let before = Self::described(lang, file, &path, &bytes);
        let after = serde_json::json!({ "template": format!("{lang}/{file}.txt"), "built_in": true, "kept_as": aside.display().to_string() });
        self.store().audit_settings_change(AUDIT, Some(&before), Some(&after), StepBook::stamp(self))?;
        Ok(TemplateChange {
            template: format!("{lang}/{file}.txt"),
            stored: None,
            kept_as: Some(aside.display().to_string()),
            path: Some(aside),
        })
    }
}

/// A team register's own templates: rows of its `letter_templates` table,
/// which only the DPO may add to (the database refuses anyone else).
impl TemplateShelf for TeamBook {
    fn templates_folder(&self) -> Option<PathBuf> {
        None
    }

    fn own_copies(&self) -> Result<Vec<OwnCopy>> {
        let own = StepBook::register(self).own_letter_templates()?;
        Ok(own
            .into_iter()
            .map(|t| OwnCopy {
                language: t.language,
                file: t.kind,
                text: Ok(t.text),
                path: None,
                set_by: Some(t.set_by),
                set_at: Some(t.set_at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)),
            })
            .collect())
    }

    fn keep_own(&self, lang: &str, file: &str, text: &str) -> Result<TemplateChange> {
        let (now, before) =
            StepBook::register(self).set_own_letter_template(lang, file, text, StepBook::stamp(self))?;
        Ok(TemplateChange {
            template: format!("{lang}/{file}.txt"),
            path: None,
            stored: Some(team_row(now.id)),
            kept_as: before.map(|b| team_row(b.id)),
        })
    }

    fn put_aside(&self, lang: &str, file: &str) -> Result<TemplateChange> {
        // As on a local register: letters in a language with no built-in
        // template of this kind would have none. An own one must be there
        // to go back from (the store says when it is not).
        if Templates::shipped(lang, file).is_none()
            && self.own_copies()?.iter().any(|c| c.language == lang && c.file == file)
        {
            return Err(Error::refused(DocumentsSaid::NoBuiltInToGoBackToInRegister {
                language: lang.to_string(),
                file: file.to_string(),
            }));
        }
        let before = StepBook::register(self).restore_builtin_letter_template(lang, file, StepBook::stamp(self))?;
        Ok(TemplateChange {
            template: format!("{lang}/{file}.txt"),
            path: None,
            stored: None,
            kept_as: Some(team_row(before.id)),
        })
    }
}

/// Where a team register keeps a template's text.
fn team_row(id: i64) -> String {
    format!("team register, letter template #{id}")
}

/// Before `init`, templates are checked for a made-up organisation.
fn sample_organisation() -> Organisation {
    Organisation {
        name: "Sample Organisation".into(),
        postal_address: "1 Sample Road\nSampletown".into(),
        dpo_name: "Sample DPO".into(),
        dpo_email: "dpo@example.org".into(),
        default_regime: Regime::UkGdpr,
        default_location: Location::parse("GB-ENG").expect("a valid location"),
        time_zone: "Europe/London".into(),
        verification_process: Wordings::default(),
    }
}

/// The words a template is checked with where the profile has none in its
/// language (they are the letter's to refuse, not the template's fault).
const SAMPLE_VERIFICATION: &str = "We match what you tell us with what we hold.";

#[cfg(test)]
mod tests {
    use super::*;
    use casebook_store::OpenMode;
    use chrono::{TimeZone, Utc};

    fn book(dir: &Path) -> Casebook {
        let clock = Box::new(|| Utc.with_ymd_and_hms(2026, 11, 29, 10, 0, 0).unwrap());
        let b = Casebook::open_with(&dir.join("casebook.db"), OpenMode::CreateIfMissing, clock, "dpo".into()).unwrap();
        b.set_organisation(crate::OrganisationInput { name: Some("Acme Ltd".into()), ..Default::default() }).unwrap();
        b
    }

    fn row<'a>(t: &'a LetterTemplates, kind: &str, lang: &str) -> &'a LetterTemplate {
        t.templates.iter().find(|r| r.kind == kind && r.language == lang).unwrap()
    }

    #[test]
    fn every_shipped_template_is_listed_built_in_and_works_when_copied() {
        let dir = tempfile::tempdir().unwrap();
        let b = book(dir.path());
        let t = b.letter_templates().unwrap();
        assert_eq!((t.folder, t.stored.as_str()), (Some(dir.path().join("templates")), "folder"));
        assert_eq!(t.templates.len(), SHIPPED_LANGUAGES.len() * (LetterKind::ALL.len() + 1));
        assert!(t.templates.iter().all(|r| r.built_in && r.own.is_none() && r.problem.is_none()));
        // A copy of each shipped template passes the check with both samples.
        for lang in SHIPPED_LANGUAGES {
            for kind in LetterKind::ALL.iter().map(|k| k.code()).chain([CLOSING]) {
                b.customise_template(kind, lang).unwrap();
            }
        }
        let t = b.letter_templates().unwrap();
        for r in &t.templates {
            assert!(r.own.is_some(), "{}/{}", r.language, r.kind);
            assert_eq!(r.problem, None, "{}/{}", r.language, r.kind);
        }
    }

    #[test]
    fn customise_copies_the_built_in_text_and_refuses_a_second_time() {
        let dir = tempfile::tempdir().unwrap();
        let b = book(dir.path());
        let path = b.customise_template("no-data", "de").unwrap();
        assert_eq!(path, dir.path().join("templates/de/no-data.txt"));
        assert_eq!(std::fs::read_to_string(&path).unwrap(), Templates::shipped("de", "no-data").unwrap());
        let e = b.customise_template("no-data", "de").unwrap_err();
        assert_eq!(e.code(), crate::ErrorCode::Conflict);
        assert!(e.to_string().contains("already an own copy of de/no-data.txt"), "{e}");
        let r = b.letter_templates().unwrap();
        assert_eq!(row(&r, "no-data", "de").own.as_deref(), Some(path.as_path()));
        assert_eq!(row(&r, "no-data", "en").own, None);
    }

    #[test]
    fn a_broken_own_template_is_reported_with_its_file_and_line() {
        let dir = tempfile::tempdir().unwrap();
        let b = book(dir.path());
        let path = b.customise_template("acknowledgement", "en").unwrap();
        std::fs::write(&path, "Title\n\nDear {{ requester.nmae }},\n").unwrap();
        let r = b.letter_templates().unwrap();
        let problem = row(&r, "acknowledgement", "en").problem.clone().unwrap();
        assert!(problem.starts_with("template en/acknowledgement.txt: line 3"), "{problem}");
        // The same as facts for the window: the file, the line, the engine's words.
        let fault = row(&r, "acknowledgement", "en").fault.clone().unwrap();
        assert_eq!((fault.name.as_str(), fault.bare_case), ("en/acknowledgement.txt", false));
        let TemplateProblem::Engine { line: Some(3), detail } = &fault.problem else { panic!("{fault:?}") };
        assert!(problem.ends_with(detail.as_str()), "{problem} / {detail}");
        // A syntax error too.
        std::fs::write(&path, "Title\n{% if case.reference %}\nno end\n").unwrap();
        let problem = b
            .letter_templates()
            .unwrap()
            .templates
            .into_iter()
            .find(|r| r.kind == "acknowledgement" && r.language == "en")
            .unwrap()
            .problem
            .unwrap();
        assert!(problem.contains("en/acknowledgement.txt") && problem.contains("line"), "{problem}");
        // A value only some cases have, used without checking for it.
        std::fs::write(&path, "Title\n\nFor {{ subject.name }}\n").unwrap();
        let r = b.letter_templates().unwrap();
        let problem = row(&r, "acknowledgement", "en").problem.clone().unwrap();
        assert!(problem.contains("no email, postal address or representative"), "{problem}");
        assert!(row(&r, "acknowledgement", "en").fault.as_ref().is_some_and(|f| f.bare_case));
        // An empty title, and a file that is not text.
        std::fs::write(&path, "\n\n").unwrap();
        assert!(
            row(&b.letter_templates().unwrap(), "acknowledgement", "en")
                .problem
                .as_deref()
                .unwrap()
                .contains("title) is empty")
        );
        let fault = row(&b.letter_templates().unwrap(), "acknowledgement", "en").fault.clone().unwrap();
        assert_eq!(fault.problem, TemplateProblem::NoTitle);
        std::fs::write(&path, [0xff, 0xfe, 0x00]).unwrap();
        let r = b.letter_templates().unwrap();
        let problem = row(&r, "acknowledgement", "en").problem.clone().unwrap();
        assert!(problem.contains(&path.display().to_string()), "{problem}");
        // A file that cannot be read is not the template's fault: its English only.
        assert_eq!(row(&r, "acknowledgement", "en").fault, None);
        // A broken closing is the closing's problem, not every letter's.
        let closing = b.customise_template("_closing", "fr").unwrap();
        std::fs::write(&closing, "{{ org.nom }}\n").unwrap();
        let r = b.letter_templates().unwrap();
        assert!(row(&r, "_closing", "fr").problem.as_deref().unwrap().contains("fr/_closing.txt: line 1"));
        assert_eq!(row(&r, "no-data", "fr").problem, None);
    }

    #[test]
    fn restore_moves_the_own_copy_aside_and_audits_both_changes() {
        let dir = tempfile::tempdir().unwrap();
        let b = book(dir.path());
        let entries_before = b.verify_audit().unwrap().entries;
        let path = b.customise_template("refusal", "fr").unwrap();
        std::fs::write(&path, "Mon refus\n\nNon.\n").unwrap();
        let aside = b.restore_builtin_template("refusal", "fr").unwrap();
        assert_eq!(aside, dir.path().join("templates/fr/refusal.txt.20261129T100000Z.bak"));
        assert!(!path.exists());
        assert_eq!(std::fs::read_to_string(&aside).unwrap(), "Mon refus\n\nNon.\n");
        assert_eq!(row(&b.letter_templates().unwrap(), "refusal", "fr").own, None);
        // Twice in one second: a second backup, not an overwrite.
        b.customise_template("refusal", "fr").unwrap();
        let again = b.restore_builtin_template("refusal", "fr").unwrap();
        assert_eq!(again, dir.path().join("templates/fr/refusal.txt.20261129T100000Z-2.bak"));
        assert!(aside.exists());
        let e = b.restore_builtin_template("refusal", "fr").unwrap_err();
        assert_eq!(e.code(), crate::ErrorCode::NotFound);
        let report = b.verify_audit().unwrap();
        assert!(report.is_intact());
        assert_eq!(report.entries, entries_before + 4);
    }

    #[test]
    fn a_text_given_is_checked_then_kept_the_one_it_replaces_put_aside() {
        let dir = tempfile::tempdir().unwrap();
        let b = book(dir.path());
        let entries_before = b.verify_audit().unwrap().entries;
        // The text in force: the built-in one until an own one is kept.
        let shown = b.template_text("refusal", "en").unwrap();
        assert_eq!((shown.customised, shown.text.as_str()), (false, Templates::shipped("en", "refusal").unwrap()));
        // A broken text is refused naming its line, and nothing is written.
        let e = b.set_own_template("refusal", "en", "Our refusal\n\nDear {{ requester.nmae }},\n").unwrap_err();
        assert!(e.to_string().starts_with("template en/refusal.txt: line 3"), "{e}");
        let e = b.set_own_template("refusal", "en", "Our refusal\n\nFor {{ subject.name }}\n").unwrap_err();
        assert!(e.to_string().contains("no email, postal address or representative"), "{e}");
        let e = b.set_own_template("refusal", "en", &"x".repeat(MAX_TEMPLATE_BYTES + 1)).unwrap_err();
        assert_eq!(e.to_string(), "template en/refusal.txt is 256 KiB: an own template is at most 256 KiB");
        assert!(!dir.path().join("templates/en/refusal.txt").exists());
        assert_eq!(b.verify_audit().unwrap().entries, entries_before);
        // A good one is kept and used; a second replaces it, the first put aside.
        let first = b.set_own_template("refusal", "en", "Our refusal\n\nNo, {{ requester.name }}.\n").unwrap();
        let path = dir.path().join("templates/en/refusal.txt");
        assert_eq!((first.stored.as_deref(), first.kept_as), (Some(path.display().to_string().as_str()), None));
        let second = b.set_own_template("refusal", "en", "Our refusal\n\nStill no.\n").unwrap();
        let aside = dir.path().join("templates/en/refusal.txt.20261129T100000Z.bak");
        assert_eq!(second.kept_as.as_deref(), Some(aside.display().to_string().as_str()));
        assert_eq!(std::fs::read_to_string(&aside).unwrap(), "Our refusal\n\nNo, {{ requester.name }}.\n");
        let shown = b.template_text("refusal", "en").unwrap();
        assert_eq!((shown.customised, shown.text.as_str()), (true, "Our refusal\n\nStill no.\n"));
        assert!(row(&b.letter_templates().unwrap(), "refusal", "en").customised);
        let report = b.verify_audit().unwrap();
        assert!(report.is_intact());
        assert_eq!(report.entries, entries_before + 2);
        let e = b.template_text("no-data", "sv").unwrap_err();
        assert_eq!(e.code(), crate::ErrorCode::InvalidInput);
        assert!(e.to_string().starts_with("there is no 'sv' template of no-data, built-in or your own"), "{e}");
    }

    #[test]
    fn unknown_kinds_languages_and_climbing_out_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let b = book(dir.path());
        let e = b.customise_template("love-letter", "en").unwrap_err();
        assert!(
            e.to_string().contains("unknown letter kind 'love-letter'") && e.to_string().contains("_closing"),
            "{e}"
        );
        for bad in ["../x", "EN", "e", "en/../de"] {
            let e = b.customise_template("no-data", bad).unwrap_err();
            assert!(e.to_string().contains(&format!("invalid language '{bad}'")), "{e}");
        }
        let e = b.customise_template("../../casebook", "en").unwrap_err();
        assert_eq!(e.code(), crate::ErrorCode::InvalidInput);
        let e = b.customise_template("no-data", "sv").unwrap_err();
        assert!(e.to_string().contains("no built-in 'sv' template"), "{e}");
        assert!(!dir.path().join("templates/sv").exists());
        let e = b.restore_builtin_template("no-data", "../en").unwrap_err();
        assert_eq!(e.code(), crate::ErrorCode::InvalidInput);
    }

    #[test]
    fn an_added_language_is_listed_with_its_own_files_only() {
        let dir = tempfile::tempdir().unwrap();
        let b = book(dir.path());
        let sv = dir.path().join("templates/sv");
        std::fs::create_dir_all(&sv).unwrap();
        std::fs::write(sv.join("no-data.txt"), "Inga uppgifter\n\nVi har inga uppgifter om {{ requester.name }}.\n")
            .unwrap();
        std::fs::create_dir_all(dir.path().join("templates/not-a-language")).unwrap();
        let t = b.letter_templates().unwrap();
        let swedish: Vec<_> = t.templates.iter().filter(|r| r.language == "sv").collect();
        assert_eq!(swedish.len(), 1);
        assert!(!swedish[0].built_in && swedish[0].own.is_some() && swedish[0].problem.is_none());
        assert!(t.templates.iter().all(|r| r.language.len() == 2));
        let e = b.restore_builtin_template("no-data", "sv").unwrap_err();
        assert!(e.to_string().contains("no built-in 'sv' template"), "{e}");
        assert!(sv.join("no-data.txt").exists());
    }
}

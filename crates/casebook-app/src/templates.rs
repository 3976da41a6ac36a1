//! The organisation's own letter templates: which letters use a built-in
//! template and which the organisation's own copy in
//! `<database folder>/templates/<lang>/<kind>.txt`, whether each own copy
//! works, making an own copy from the built-in one, and going back to the
//! built-in one.
//!
//! An own copy is checked by filling it for a sample case exactly as a
//! letter is made (twice: once with every fact present, once for a case with
//! no email, postal address or representative), so a broken template shows
//! here, naming its file and line, before a letter is made with it. Going
//! back renames the own copy aside (`<kind>.txt.<UTC time>.bak`), never
//! deletes it. Both changes are audited as `settings.letter-template`.

use std::io::Write;
use std::path::{Path, PathBuf};

use casebook_core::deadline::{ClockEvents, DeadlinePolicy, compute_deadlines};
use casebook_core::{Channel, DataSubject, Location, Organisation, Regime, Relationship, Requester, Right};
use casebook_render::template::{CLOSING, SHIPPED_LANGUAGES, valid_language};
use casebook_render::{
    CaseFacts, LetterDetails, LetterInput, LetterKind, ProcessingRecord, TemplateProblem, Templates, check_template,
};
use chrono::{Duration, NaiveDate};
use serde::Serialize;

use crate::{Casebook, DocumentsSaid, Error, Result};

/// The audit action's suffix: `settings.letter-template`.
const AUDIT: &str = "letter-template";

/// Where the organisation's own templates live, and what each letter uses.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct LetterTemplates {
    /// `<database folder>/templates` (it may not exist yet).
    pub folder: PathBuf,
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
    /// The organisation's own copy, when there is one: it is used instead.
    pub own: Option<PathBuf>,
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

impl Casebook {
    fn templates_folder(&self) -> Result<PathBuf> {
        let db = self.db_path();
        let parent = db.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
        Ok(parent.join("templates"))
    }

    /// Where the organisation's own templates live and, for every letter kind
    /// and the closing in every shipped language (and any language the
    /// organisation added), whether the built-in or the own copy is used and
    /// whether the own copy works.
    pub fn letter_templates(&self) -> Result<LetterTemplates> {
        let folder = self.templates_folder()?;
        let templates = Templates::new(Some(folder.clone()));
        let org = self.organisation()?.unwrap_or_else(sample_organisation);
        let today = self.today()?;
        let mut langs: Vec<String> = SHIPPED_LANGUAGES.iter().map(|l| l.to_string()).collect();
        let mut added: Vec<String> = match std::fs::read_dir(&folder) {
            Ok(entries) => entries
                .flatten()
                .filter(|e| e.path().is_dir())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|l| valid_language(l) && !langs.contains(l))
                .collect(),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Vec::new(),
            Err(e) => {
                return Err(Error::refused(DocumentsSaid::TemplatesFolderUnreadable {
                    path: folder.display().to_string(),
                    detail: e.to_string(),
                }));
            }
        };
        added.sort();
        langs.extend(added);
        let files: Vec<(&str, &str, Option<LetterKind>)> = LetterKind::ALL
            .iter()
            .map(|k| (k.code(), k.label(), Some(*k)))
            .chain(std::iter::once((CLOSING, CLOSING_LABEL, None)))
            .collect();
        let mut out = Vec::new();
        for lang in &langs {
            for (file, label, kind) in &files {
                let built_in = Templates::shipped(lang, file).is_some();
                let path = folder.join(lang).join(format!("{file}.txt"));
                let own = path.is_file().then_some(path);
                if !built_in && own.is_none() {
                    continue;
                }
                let (problem, fault) = match &own {
                    Some(p) => match self.template_problem(&templates, &org, today, lang, file, *kind, p) {
                        Some((english, fault)) => (Some(english), fault),
                        None => (None, None),
                    },
                    None => (None, None),
                };
                out.push(LetterTemplate {
                    kind: file.to_string(),
                    label: label.to_string(),
                    language: lang.clone(),
                    built_in,
                    own,
                    problem,
                    fault,
                });
            }
        }
        Ok(LetterTemplates { folder, templates: out })
    }

    /// Why the own copy at `path` cannot make a letter (its English, and its
    /// facts when the template is at fault), or `None`.
    #[allow(clippy::too_many_arguments)]
    fn template_problem(
        &self,
        templates: &Templates,
        org: &Organisation,
        today: NaiveDate,
        lang: &str,
        file: &str,
        kind: Option<LetterKind>,
        path: &Path,
    ) -> Option<(String, Option<TemplateFault>)> {
        if let Err(e) = std::fs::read_to_string(path) {
            return Some((format!("cannot read '{}': {e}", path.display()), None));
        }
        let name = format!("{lang}/{file}.txt");
        for sample in [Sample::Full, Sample::Bare] {
            if let Err(failed) = self.check_with(templates, org, today, lang, &name, kind, sample) {
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

    #[allow(clippy::too_many_arguments)]
    fn check_with(
        &self,
        templates: &Templates,
        org: &Organisation,
        today: NaiveDate,
        lang: &str,
        name: &str,
        kind: Option<LetterKind>,
        sample: Sample,
    ) -> std::result::Result<(), CheckFailed> {
        let kind = kind.unwrap_or(LetterKind::Acknowledgement);
        let received = day(today, 20);
        let extended = sample == Sample::Full || kind == LetterKind::Extension;
        let mut clock = ClockEvents::received(received);
        if extended {
            clock.extended = true;
            clock.extension_notified_on = Some(day(today, 2));
        }
        let (regime, location) = (org.default_regime, org.default_location.clone());
        let calendars = self.calendars().map_err(|e| CheckFailed::from(e.to_string()))?;
        let deadlines = compute_deadlines(
            regime,
            &location,
            &[Right::Access],
            &clock,
            &DeadlinePolicy::default(),
            &calendars,
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
            created_at: self.now(),
            fallback_fonts: &[],
            audit_head: None,
        };
        check_template(&input, templates, name).map_err(|e| {
            let english = e.to_string();
            match e {
                casebook_render::Error::Template { name, problem } => {
                    CheckFailed { english, template: Some((name, problem)) }
                }
                _ => CheckFailed::from(english),
            }
        })
    }

    /// The templates folder, made when missing so that a file manager has
    /// something to open.
    pub fn made_templates_folder(&self) -> Result<PathBuf> {
        let folder = self.templates_folder()?;
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
        let listed = self.letter_templates()?.templates;
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
        let dir = self.templates_folder()?.join(lang);
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
        let (file, _, _) = template_file(kind.trim())?;
        let lang = language(lang)?;
        let path = self.templates_folder()?.join(lang).join(format!("{file}.txt"));
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
        let stamp_text = self.now().format("%Y%m%dT%H%M%SZ").to_string();
        let mut aside = path.with_file_name(format!("{file}.txt.{stamp_text}.bak"));
        let mut n = 2;
        while aside.exists() {
            aside = path.with_file_name(format!("{file}.txt.{stamp_text}-{n}.bak"));
            n += 1;
        }
        std::fs::rename(&path, &aside).map_err(|e| {
            Error::refused(DocumentsSaid::FileNotRenamed {
                from: path.display().to_string(),
                to: aside.display().to_string(),
                detail: e.to_string(),
            })
        })?;
        let before = serde_json::json!({
            "template": format!("{lang}/{file}.txt"),
            "own": path.display().to_string(),
            "sha256": casebook_store::sha256_hex(&bytes),
        });
        let after = serde_json::json!({ "template": format!("{lang}/{file}.txt"), "built_in": true, "kept_as": aside.display().to_string() });
        let stamp = self.stamp();
        self.store().audit_settings_change(AUDIT, Some(&before), Some(&after), stamp)?;
        Ok(aside)
    }
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
    }
}

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
        assert_eq!(t.folder, dir.path().join("templates"));
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

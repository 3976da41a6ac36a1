//! Letters: the façade gathers a case's facts (requester, dates, recorded
//! steps, the organisation's profile and record of processing), has
//! `casebook-render` print the letter, and keeps it as a draft of the case
//! (`drafts.rs`: sending it records the correspondence out with its PDF,
//! document role "letter"), audited.
//!
//! An organisation's own templates live in `<database folder>/templates/<lang>/<kind>.txt`
//! and extra fallback fonts (a CJK face, say) in `<database folder>/fonts/`.
//! Written once for both back ends over [`LetterDesk`] (the drafts' use
//! cases in `drafts.rs` too): a team register has its own templates in its
//! `letter_templates` table (`templates.rs`) and the built-in fonts only.

use std::path::PathBuf;

use casebook_core::{Case, CaseEventKind, Language, Organisation, Right};
use casebook_render::{ActionFact, CaseFacts, LetterInput, LetterKind, NotifiedFact, Templates, render_letter};
use casebook_store::{CaseRegister, Correspondence, LetterRegister, NewDocument, PackageRegister, ProcessingRegister};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

pub use casebook_render::{LetterDetails, ProcessingRecord, Source as LetterSource};

use crate::steps::StepBook;
use crate::{Casebook, DocumentsSaid, Error, Result, event_kind};

const SETTINGS_KEY: &str = "letters";

/// A letter made and not yet recorded on its case.
pub(crate) struct PendingLetter {
    case: casebook_core::CaseId,
    record: Correspondence,
    pub(crate) letter: Letter,
}

impl PendingLetter {
    /// Records the letter on its case (correspondence out, with its PDF), audited.
    pub(crate) fn record<B: StepBook<Register: PackageRegister> + ?Sized>(self, book: &B) -> Result<Letter> {
        let l = &self.letter;
        let doc = NewDocument {
            bytes: &l.pdf,
            content_type: Some("application/pdf"),
            role: "letter",
            file_name: Some(&l.file_name),
        };
        let stamp = book.stamp();
        book.register().record_letter_out(self.case, &self.record, &doc, stamp)?;
        Ok(self.letter)
    }

    /// Keeps the letter as a draft of its case (not yet correspondence: see
    /// [`crate::drafts::send_letter`]), with what the DPO added (`details`)
    /// and dated `today`; with `need_eml`, refused (nothing kept) when no
    /// `.eml` could be made with it.
    pub(crate) fn keep_as_draft<B: LetterDesk + ?Sized>(
        self,
        book: &B,
        details: &LetterDetails,
        today: NaiveDate,
        need_eml: bool,
    ) -> Result<Letter> {
        let mut letter = self.letter;
        if need_eml && letter.eml.is_none() {
            let why = letter.eml_missing.clone().expect("a letter without its .eml draft says why");
            return Err(Error::refused(DocumentsSaid::EmlNotMade { why }));
        }
        let given = serde_json::to_string(details).expect("letter details serialise");
        let draft = casebook_store::NewDraft {
            kind: &letter.kind,
            language: &letter.language,
            title: &letter.title,
            file_name: &letter.file_name,
            details: &given,
            letter_date: today,
            pdf: &letter.pdf,
            text: &letter.text,
            eml: letter.eml.as_deref(),
            message_id: letter.message_id.as_deref(),
        };
        let stamp = book.stamp();
        letter.draft = Some(book.register().add_draft(self.case, &draft, stamp)?);
        Ok(letter)
    }
}

/// What letters draw on beyond the organisation profile.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct LetterSettings {
    /// A PNG printed in the letterhead.
    pub logo: Option<PathBuf>,
    /// The record of processing the access response quotes (Art. 15).
    pub processing: ProcessingRecord,
}

/// One letter, made: a draft of its case (or, the package's cover letter, recorded).
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Letter {
    pub reference: String,
    /// The draft it is kept as, to be sent (`letter send`) or discarded.
    pub draft: Option<i64>,
    pub kind: String,
    pub language: String,
    pub title: String,
    pub file_name: String,
    pub pages: usize,
    /// SHA-256 of the PDF.
    pub sha256: String,
    pub message_id: Option<String>,
    /// Where each part of the content came from.
    pub sources: Vec<LetterSource>,
    #[serde(skip)]
    pub pdf: Vec<u8>,
    #[serde(skip)]
    pub text: String,
    /// The `.eml` draft; `None` when the DPO or the requester has no email address.
    #[serde(skip)]
    pub eml: Option<Vec<u8>>,
    /// Why there is no draft, in English (the key `--json` has always given).
    pub eml_unavailable: Option<String>,
    /// The same, as facts the window words in its language.
    pub eml_missing: Option<casebook_render::NoEml>,
}

/// A kind of letter, for lists.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct LetterKindInfo {
    pub code: LetterKind,
    pub label: &'static str,
    pub languages: Vec<String>,
}

/// The rights a letter kind answers: it fits only a case that asked for one
/// of them. `None`: the letter is about the request as a whole (an
/// acknowledgement, an identity request, a refusal…) and fits any request.
pub(crate) fn rights_answered(kind: LetterKind) -> Option<&'static [Right]> {
    use LetterKind as K;
    Some(match kind {
        K::AccessResponse => &[Right::Access, Right::Portability],
        K::ErasureConfirmation => &[Right::Erasure],
        K::RectificationConfirmation => &[Right::Rectification],
        K::RestrictionConfirmation => &[Right::Restriction],
        K::ObjectionConfirmation => &[Right::Objection, Right::Unsubscribe, Right::WithdrawConsent],
        K::OptOutConfirmation => &[Right::OptOutOfSale, Right::LimitSensitive],
        K::AccountDeactivationConfirmation => &[Right::DeactivateAccount],
        K::PreferencesConfirmation => &[Right::CommunicationPreferences],
        K::Acknowledgement
        | K::IdRequest
        | K::AuthorityRequest
        | K::Clarification
        | K::Extension
        | K::FeeRequest
        | K::Refusal
        | K::NoData
        | K::IdReminder
        | K::ComplaintAcknowledgement
        | K::ComplaintOutcome
        | K::AppealDecision => return None,
    })
}

/// The request was refused as a whole (`case refuse`), not right by right.
fn refused_as_a_whole(case: &Case) -> bool {
    case.status == casebook_core::Status::Refused
        || case
            .outcome
            .is_some_and(|o| matches!(o, casebook_core::Outcome::Refused | casebook_core::Outcome::IdentityNotVerified))
}

/// A refusal's reason from the rights answered as refused on their own
/// (`case answer --outcome refused`), where the case was not refused as a
/// whole: each right with its ground and the DPO's words, one a line. In a
/// letter not in English only the DPO's own words can be stated (quoted as
/// recorded), so a right refused without them gives no reason (the letter
/// then asks for --reason).
fn refused_rights_reason(answers: &[casebook_core::answer::RightAnswer], lang: &str) -> Option<String> {
    use casebook_render::i18n::{as_recorded, right_name};
    let refused: Vec<_> =
        answers.iter().filter(|a| a.outcome == casebook_core::answer::RightOutcome::Refused).collect();
    if refused.is_empty() {
        return None;
    }
    let several = refused.len() > 1;
    let mut lines = Vec::new();
    for a in refused {
        let why = match (lang, a.ground, a.detail.as_deref()) {
            ("en", Some(g), Some(d)) => format!("{}: {d}", g.label()),
            ("en", Some(g), None) => g.label().to_string(),
            (_, _, Some(d)) => as_recorded(d, lang),
            _ => return None,
        };
        lines.push(if several { format!("{}: {why}", right_name(a.right, lang)) } else { why });
    }
    Some(lines.join("; "))
}

fn render_error(e: casebook_render::Error) -> Error {
    match e {
        casebook_render::Error::Missing(fact) => Error::refused(DocumentsSaid::LetterNeeds { fact }),
        casebook_render::Error::Template { name, problem } => {
            Error::refused(DocumentsSaid::LetterTemplateRefused { name, problem })
        }
        casebook_render::Error::NoTemplate { lang, kind, available } => {
            Error::refused(DocumentsSaid::NoLetterTemplate { language: lang, letter: kind, available })
        }
        casebook_render::Error::Logo(detail) => Error::refused(DocumentsSaid::LogoNotAnImage { detail }),
        e => Error::refused(DocumentsSaid::LetterNotMade { detail: e.to_string() }),
    }
}

/// A letter that answers what may come after a case is closed: the decision
/// on a consumer's appeal (US state laws), usually received once the refused
/// case was closed, and decided on it (`case appeal-decided`).
pub(crate) fn after_closing(kind: LetterKind) -> bool {
    kind == LetterKind::AppealDecision
}

/// Refuses a letter that does not fit the case: a request's letter on a
/// complaint (or the other way round), any letter on a closed case but the
/// appeal decision, a letter answering a right the case did not ask for.
fn letter_fits_case(case: &casebook_core::Case, kind: LetterKind) -> Result<()> {
    let complaint = case.kind == casebook_core::CaseKind::Complaint;
    if kind.is_for_complaint() != complaint {
        return Err(Error::refused_in(
            "kind",
            DocumentsSaid::LetterDoesNotFitCase { letter: kind, reference: case.reference.to_string(), complaint },
        ));
    }
    if case.status == casebook_core::Status::Closed && !after_closing(kind) {
        return Err(Error::conflicting(DocumentsSaid::ClosedCaseNoLetter { reference: case.reference.to_string() }));
    }
    if let Some(answers) = rights_answered(kind).filter(|a| !a.iter().any(|r| case.rights.contains(r))) {
        return Err(Error::refused_in(
            "kind",
            DocumentsSaid::LetterAnswersOtherRights {
                letter: kind,
                answers: answers.into(),
                reference: case.reference.to_string(),
                asked: case.rights.as_slice().into(),
            },
        ));
    }
    Ok(())
}

/// An appeal decision or a complaint outcome states the recorded decision
/// and its text: refused until both are recorded.
fn decision_recorded(
    case: &casebook_core::Case,
    kind: LetterKind,
    facts: &CaseFacts,
    details: &LetterDetails,
) -> Result<()> {
    if kind == LetterKind::AppealDecision && (facts.appeal_outcome.is_none() || details.reason.is_none()) {
        return Err(Error::conflicting(DocumentsSaid::AppealDecisionNotRecorded {
            reference: case.reference.to_string(),
        }));
    }
    if kind == LetterKind::ComplaintOutcome && (facts.complaint_outcome.is_none() || details.reason.is_none()) {
        return Err(Error::conflicting(DocumentsSaid::ComplaintOutcomeNotRecorded {
            reference: case.reference.to_string(),
        }));
    }
    Ok(())
}

/// The letter's language: the one asked for, else the request's where a
/// template exists in it, else the organisation's (its country's one
/// official language, [`casebook_core::Location::national_language`]) where
/// one exists, else English.
fn letter_language(
    case: &casebook_core::Case,
    org: &Organisation,
    kind: LetterKind,
    lang: Option<&Language>,
    templates: &Templates,
) -> String {
    if let Some(l) = lang {
        return l.as_str().to_string();
    }
    let organisation = org.default_location.national_language().map(str::to_string);
    [case.language.clone(), organisation]
        .into_iter()
        .flatten()
        .find(|l| templates.has(l, kind))
        .unwrap_or_else(|| "en".to_string())
}

/// Every kind of letter with the languages it can go out in.
pub(crate) fn letter_kinds<B: LetterDesk + ?Sized>(book: &B) -> Result<Vec<LetterKindInfo>> {
    let t = book.templates()?;
    Ok(LetterKind::ALL
        .iter()
        .map(|k| LetterKindInfo { code: *k, label: k.label(), languages: t.languages(*k) })
        .collect())
}

/// The letter settings (a setting of the register, the DPO's to change).
pub(crate) fn letter_settings<B: LetterDesk + ?Sized>(book: &B) -> Result<LetterSettings> {
    Ok(crate::lifecycle::setting(&mut *book.register(), SETTINGS_KEY)?.unwrap_or_default())
}

/// Replaces the letter settings (audited like every setting).
pub(crate) fn set_letter_settings<B: LetterDesk + ?Sized>(
    book: &B,
    settings: LetterSettings,
) -> Result<LetterSettings> {
    if let Some(logo) = settings.logo.as_ref().filter(|l| !l.is_file()) {
        return Err(Error::refused(DocumentsSaid::LogoNotAFile { path: logo.display().to_string() }));
    }
    let json = serde_json::to_string(&settings).expect("letter settings serialise");
    book.register().put_setting_json(SETTINGS_KEY, &json, book.stamp())?;
    Ok(settings)
}

/// The Art. 15 record a letter or a package quotes for a case: from the
/// register of processing once it has systems, else the record kept in
/// the letter settings. From the register, only the systems that concern
/// the requester and whose search found the person's data: an access
/// response (`stating`) is refused while a relevant system is unsearched
/// or when no search found anything (that answer is the no-data letter).
pub(crate) fn processing_for<B: LetterDesk + ?Sized>(
    book: &B,
    reference: &str,
    settings: &LetterSettings,
    lang: &str,
    stating: bool,
) -> Result<ProcessingRecord> {
    let case = case_by_ref(book, reference)?;
    let (systems, history) = {
        let mut store = book.register();
        (store.processing_systems()?, store.case_searches(case.id)?)
    };
    if systems.is_empty() {
        return Ok(settings.processing.clone());
    }
    let info = casebook_core::processing::access::found_information(&systems, case.subject_category, &history);
    if stating {
        let log = crate::processing::search_log_of(book, &case)?;
        if !log.unsearched.is_empty() {
            return Err(Error::conflicting(DocumentsSaid::AccessResponseUnsearched {
                reference: case.reference.to_string(),
                systems: log.unsearched.iter().map(|s| s.as_str().to_string()).collect(),
            }));
        }
        if info.systems.is_empty() {
            return Err(Error::conflicting(DocumentsSaid::AccessResponseNothingFound {
                reference: case.reference.to_string(),
            }));
        }
    }
    Ok(crate::processing::processing_record(&info, lang))
}

/// A letter must not say otherwise than a right's recorded answer
/// (`case answer`): a confirmation or an access response for a right
/// answered as refused, not applicable or no data held; the no-data
/// letter beside an access or portability answered with data, or (with a
/// register of processing) while a relevant system is unsearched or a
/// search found the person's data; a refusal
/// on a request whose rights are answered and none refused. Refused with
/// the answer named and the letter that states it.
fn check_fits_answers<B: LetterDesk + ?Sized>(book: &B, case: &Case, kind: LetterKind) -> Result<()> {
    use casebook_core::answer::RightOutcome as O;
    let r = case.reference.to_string();
    let answers = book.answers_of(case)?;
    match kind {
        LetterKind::NoData => {
            if let Some(a) = answers.iter().find(|a| {
                matches!(a.right, Right::Access | Right::Portability) && matches!(a.outcome, O::Fulfilled | O::Partly)
            }) {
                return Err(Error::conflicting(DocumentsSaid::NoDataButAnswered {
                    reference: r,
                    answer: Box::new(a.clone()),
                }));
            }
            // "We have searched our systems … we hold no personal data":
            // with a register of processing, that is its search log's to say.
            let log = crate::processing::search_log_of(book, case)?;
            if !log.unsearched.is_empty() {
                return Err(Error::conflicting(DocumentsSaid::NoDataUnsearched {
                    reference: r,
                    systems: log.unsearched.iter().map(|s| s.as_str().to_string()).collect(),
                }));
            }
            let found: Vec<String> = log
                .systems
                .iter()
                .filter(|s| {
                    s.latest
                        .as_ref()
                        .is_some_and(|l| l.result == Some(casebook_core::processing::search::SearchResult::Found))
                })
                .map(|s| s.system.as_str().to_string())
                .collect();
            if !found.is_empty() {
                return Err(Error::conflicting(DocumentsSaid::NoDataButFound { reference: r, systems: found }));
            }
        }
        LetterKind::Refusal => {
            if !refused_as_a_whole(case)
                && !answers.is_empty()
                && crate::answers::unanswered(case, &answers).is_empty()
                && !answers.iter().any(|a| a.outcome == O::Refused)
            {
                return Err(Error::conflicting(DocumentsSaid::RefusalButNoneRefused { reference: r, answers }));
            }
        }
        _ => {
            let Some(rights) = rights_answered(kind) else { return Ok(()) };
            if let Some(a) =
                answers.iter().find(|a| rights.contains(&a.right) && !matches!(a.outcome, O::Fulfilled | O::Partly))
            {
                return Err(Error::conflicting(DocumentsSaid::LetterContradictsAnswer {
                    reference: r,
                    letter: kind,
                    answer: Box::new(a.clone()),
                }));
            }
        }
    }
    Ok(())
}

/// A letter that answers rights (an access response, a confirmation)
/// states their recorded answers, so each right of the case it answers
/// must have one (`case answer`): refused otherwise, naming each right
/// and the command. Checked once the letter's other facts are there, so
/// that a missing search or action is named first (answering needs them).
/// A refusal, likewise, states a refusal recorded: the request refused
/// as a whole (`case refuse`) or a right answered as refused.
fn check_answers_recorded<B: LetterDesk + ?Sized>(book: &B, case: &Case, kind: LetterKind) -> Result<()> {
    let reference = case.reference.to_string();
    let answers = book.answers_of(case)?;
    if kind == LetterKind::Refusal
        && !refused_as_a_whole(case)
        && !answers.iter().any(|a| a.outcome == casebook_core::answer::RightOutcome::Refused)
    {
        return Err(Error::conflicting(DocumentsSaid::RefusalNotRecorded { reference }));
    }
    let Some(rights) = rights_answered(kind) else { return Ok(()) };
    let open: Vec<Right> =
        crate::answers::unanswered(case, &answers).into_iter().filter(|r| rights.contains(r)).collect();
    if open.is_empty() {
        return Ok(());
    }
    Err(Error::conflicting(DocumentsSaid::RightsUnanswered { reference, letter: kind, open }))
}

/// The action log's facts for a confirmation of `rights`: what was done
/// per system (by the system's name in the register) and who was told.
/// The organisation's own words (names, grounds, what was changed) are
/// quoted as recorded in a letter not in English.
fn action_facts<B: LetterDesk + ?Sized>(
    book: &B,
    case: &Case,
    rights: &[Right],
    lang: &str,
    details: &mut LetterDetails,
) -> Result<()> {
    let own = |s: &str| casebook_render::i18n::as_recorded(s, lang);
    let log = crate::actions::action_log_of(book, case.id)?;
    let systems = book.register().processing_systems()?;
    let name = |id: &casebook_core::processing::SystemId| {
        systems.iter().find(|s| &s.id == id).map(|s| s.name.clone()).unwrap_or_else(|| id.to_string())
    };
    details.actions = log
        .actions
        .iter()
        .filter(|a| rights.contains(&a.right))
        .map(|a| ActionFact {
            system: own(&name(&a.system)),
            did: a.did.code().to_string(),
            ground: a.ground.as_deref().map(own),
            detail: a.detail.as_deref().map(own),
        })
        .collect();
    details.notified = log
        .notifications
        .iter()
        .filter(|n| rights.contains(&n.right))
        .map(|n| NotifiedFact { recipient: own(&n.recipient), on: n.on })
        .collect();
    Ok(())
}

/// A refusal made right by right speaks for the refused rights only, with
/// their grounds as its reason unless one is given.
fn refused_rights_only<B: LetterDesk + ?Sized>(
    book: &B,
    case: &casebook_core::Case,
    language: &str,
    facts: &mut CaseFacts,
    details: &mut LetterDetails,
) -> Result<()> {
    let answers = book.answers_of(case)?;
    let refused: Vec<Right> =
        answers.iter().filter(|a| a.outcome == casebook_core::answer::RightOutcome::Refused).map(|a| a.right).collect();
    if !refused.is_empty() {
        facts.rights.retain(|r| refused.contains(r));
        if details.reason.is_none() {
            details.reason = refused_rights_reason(&answers, language);
        }
    }
    Ok(())
}

/// A letter made but not yet recorded (the package records its cover
/// letter only once it can no longer be cancelled).
pub(crate) fn prepare_letter<B: LetterDesk + ?Sized>(
    book: &B,
    reference: &str,
    kind: LetterKind,
    lang: Option<&Language>,
    details: &LetterDetails,
    today: NaiveDate,
) -> Result<PendingLetter> {
    let org = require_organisation(book)?;
    let case = case_by_ref(book, reference)?;
    letter_fits_case(&case, kind)?;
    check_fits_answers(book, &case, kind)?;
    let templates = book.templates()?;
    let language = letter_language(&case, &org, kind, lang, &templates);
    let settings = letter_settings(book)?;
    let processing = processing_for(book, reference, &settings, &language, kind == LetterKind::AccessResponse)?;
    let logo = match &settings.logo {
        Some(p) => Some(std::fs::read(p).map_err(|e| {
            Error::refused(DocumentsSaid::LogoUnreadable { path: p.display().to_string(), detail: e.to_string() })
        })?),
        None => None,
    };
    let fonts = book.fallback_fonts()?;
    let rules = crate::lifecycle::Rules { today, ..book.rules()? };
    let view = book.view_with(case.clone(), &rules)?;
    let mut details = details.clone();
    // A confirmation states the action log of the rights it answers, and nothing else.
    if kind != LetterKind::AccessResponse
        && let Some(answers) = rights_answered(kind)
    {
        if !details.recipients.is_empty() {
            return Err(Error::refused_in(
                "recipients",
                DocumentsSaid::RecipientsNotRecorded { letter: kind, reference: case.reference.to_string() },
            ));
        }
        let rights: Vec<Right> = answers.iter().copied().filter(|r| case.rights.contains(r)).collect();
        action_facts(book, &case, &rights, &language, &mut details)?;
    }
    let events = book.register().events(case.id)?;
    if kind == LetterKind::AppealDecision && details.reason.is_none() {
        // The decision's own reasons, not the refusal's the appeal was against.
        details.reason = events
            .iter()
            .rev()
            .find(|e| event_kind(e) == Some(CaseEventKind::AppealDecided))
            .and_then(|e| e.detail.as_ref()?.get("text")?.as_str().map(str::to_string));
    }
    // A fee is asked for by the recorded step, which checks that the law
    // allows one on its ground (and, in the UK, restarts the clock): the
    // letter states that step, its amount reworded at most (`--fee`).
    if kind == LetterKind::FeeRequest && !events.iter().any(|e| event_kind(e) == Some(CaseEventKind::FeeRequested)) {
        return Err(Error::refused(DocumentsSaid::LetterNeeds { fact: casebook_render::MissingFact::Fee }));
    }
    let mut facts = case_facts(&case, &events, &mut details);
    if kind == LetterKind::Refusal && !refused_as_a_whole(&case) {
        refused_rights_only(book, &case, &language, &mut facts, &mut details)?;
    }
    decision_recorded(&case, kind, &facts, &details)?;
    let anchor = book.register().audit_anchor()?;
    // What the identity request promises about the evidence: the retention setting in force.
    let identity_document_days = crate::document_retention::policy_of(&mut *book.register())?.identity_document_days;
    let input = LetterInput {
        kind,
        language: &language,
        organisation: &org,
        processing: Some(&processing),
        logo_png: logo.as_deref(),
        case: &facts,
        deadlines: &view.deadlines,
        details: &details,
        date: today,
        created_at: book.stamp().at,
        fallback_fonts: &fonts,
        audit_head: Some(&anchor),
        identity_document_days,
    };
    let made = render_letter(&input, &templates).map_err(render_error)?;
    check_answers_recorded(book, &case, kind)?;
    let file_name = casebook_render::file_name(&facts.reference, kind);
    let sha256 = casebook_store::sha256_hex(&made.pdf);
    let record = Correspondence {
        id: 0,
        direction: "out".into(),
        channel: "letter".into(),
        at: book.stamp().at,
        subject: Some(made.title.clone()),
        body_text: Some(made.text.clone()),
        message_id: made.message_id.clone(),
        sha256: None,
    };
    let letter = Letter {
        reference: facts.reference,
        draft: None,
        kind: kind.code().to_string(),
        language,
        title: made.title,
        file_name,
        pages: made.pages,
        sha256,
        message_id: made.message_id,
        sources: made.sources,
        pdf: made.pdf,
        text: made.text,
        eml: made.eml,
        eml_unavailable: made.eml_unavailable.as_ref().map(ToString::to_string),
        eml_missing: made.eml_unavailable,
    };
    Ok(PendingLetter { case: case.id, record, letter })
}

/// Whether an `.eml` draft can be addressed for the case: the DPO and the
/// requester both need an email address. Asked before making a letter, so
/// a refused draft records nothing.
pub(crate) fn check_letter_draft<B: LetterDesk + ?Sized>(book: &B, reference: &str) -> Result<()> {
    let org = require_organisation(book)?;
    if org.dpo_email.trim().is_empty() {
        return Err(Error::refused(DocumentsSaid::EmlNoDpoEmail));
    }
    let case = case_by_ref(book, reference)?;
    if case.requester.emails.is_empty() {
        return Err(Error::refused(DocumentsSaid::EmlNoRequesterEmail { reference: case.reference.to_string() }));
    }
    Ok(())
}

/// The case with the details of its recorded steps (the latest of each).
fn case_facts(case: &Case, events: &[casebook_store::CaseEvent], details: &mut LetterDetails) -> CaseFacts {
    let text = |d: &Option<serde_json::Value>, key: &str| {
        d.as_ref().and_then(|d| d.get(key)).and_then(|v| v.as_str()).map(str::to_string)
    };
    let mut f = CaseFacts {
        reference: case.reference.to_string(),
        requester: case.requester.clone(),
        data_subject: case.data_subject.clone(),
        rights: case.rights.clone(),
        regime: case.regime,
        location: case.location.clone(),
        channel: case.channel,
        received: case.received,
        identity_asked_for: None,
        identity_requested_on: None,
        clarification_question: None,
        clarification_asked_on: None,
        extension_reason: None,
        extension_notified_on: None,
        concerns: case.concerns.as_ref().map(|r| r.to_string()),
        complaint_outcome: None,
        complaint_answered_on: None,
        appeal_received_on: None,
        appeal_outcome: None,
        appeal_decided_on: None,
    };
    for e in events {
        let Some(kind) = event_kind(e) else { continue };
        match kind {
            CaseEventKind::IdentityRequested => {
                f.identity_requested_on = Some(e.on_date);
                f.identity_asked_for = text(&e.detail, "asked_for");
            }
            CaseEventKind::ClarificationAsked => {
                f.clarification_asked_on = Some(e.on_date);
                f.clarification_question = text(&e.detail, "question");
            }
            CaseEventKind::ExtensionTaken => {
                f.extension_notified_on = Some(e.on_date);
                f.extension_reason = text(&e.detail, "reason");
            }
            // What the DPO gives when making the letter wins over the recorded step.
            CaseEventKind::Refused if details.reason.is_none() => details.reason = text(&e.detail, "text"),
            CaseEventKind::FeeRequested if details.fee.is_none() => details.fee = text(&e.detail, "amount"),
            CaseEventKind::AppealReceived => {
                f.appeal_received_on = Some(e.on_date);
                f.appeal_outcome = None;
                f.appeal_decided_on = None;
            }
            CaseEventKind::AppealDecided => {
                f.appeal_outcome = text(&e.detail, "outcome");
                f.appeal_decided_on = Some(e.on_date);
            }
            CaseEventKind::ComplaintAnswered => {
                f.complaint_outcome = text(&e.detail, "outcome");
                f.complaint_answered_on = Some(e.on_date);
                if details.reason.is_none() {
                    details.reason = text(&e.detail, "text");
                }
            }
            _ => {}
        }
    }
    f
}

/// The case of `reference`, as the member may see it.
pub(crate) fn case_by_ref<B: StepBook + ?Sized>(book: &B, reference: &str) -> Result<Case> {
    crate::lifecycle::case(&mut *book.register(), reference)
}

/// The organisation profile, which every letter prints: `init` first.
pub(crate) fn require_organisation<B: StepBook + ?Sized>(book: &B) -> Result<casebook_core::Organisation> {
    crate::lifecycle::setting(&mut *book.register(), crate::organisation::KEY)?.ok_or(Error::NotInitialised)
}

/// What making, sending and withdrawing letters needs of an open register
/// beyond what the steps need: its letters ([`LetterRegister`]), the
/// templates and the fonts. A local register ([`Casebook`]) reads its own
/// templates and fonts from the folders beside its file; a team register
/// ([`crate::TeamBook`]) its own templates from its table, and the built-in fonts. The letter use cases
/// (here and in `drafts.rs`) are written once against it.
pub(crate) trait LetterDesk: StepBook<Register: LetterRegister> {
    /// The templates letters are made from: the built-in ones and the
    /// organisation's own (a local register's folder, a team register's table).
    fn templates(&self) -> Result<Templates>;
    /// Fonts tried after the shipped faces (a CJK face, say).
    fn fallback_fonts(&self) -> Result<Vec<Vec<u8>>>;
}

impl LetterDesk for Casebook {
    fn templates(&self) -> Result<Templates> {
        Ok(Casebook::templates(self))
    }

    fn fallback_fonts(&self) -> Result<Vec<Vec<u8>>> {
        Casebook::fallback_fonts(self)
    }
}

impl Casebook {
    fn letters_dir(&self, name: &str) -> Option<PathBuf> {
        self.db_path().parent().map(|d| d.join(name))
    }

    fn templates(&self) -> Templates {
        Templates::new(self.letters_dir("templates"))
    }

    /// `.ttf`/`.otf` files in `<database folder>/fonts/`, by name.
    pub(crate) fn fallback_fonts(&self) -> Result<Vec<Vec<u8>>> {
        let Some(dir) = self.letters_dir("fonts").filter(|d| d.is_dir()) else { return Ok(Vec::new()) };
        let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
            .map_err(|e| {
                Error::refused(DocumentsSaid::FontsFolderUnreadable {
                    path: dir.display().to_string(),
                    detail: e.to_string(),
                })
            })?
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x.eq_ignore_ascii_case("ttf") || x.eq_ignore_ascii_case("otf")))
            .collect();
        paths.sort();
        paths
            .iter()
            .map(|p| {
                std::fs::read(p).map_err(|e| {
                    Error::refused(DocumentsSaid::FontUnreadable {
                        path: p.display().to_string(),
                        detail: e.to_string(),
                    })
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The language asked for, else the request's where a template exists,
    /// else the organisation's (its country's one official language), else English.
    #[test]
    fn a_letter_goes_out_in_the_request_s_language_else_the_organisation_s_else_english() {
        let dir = tempfile::tempdir().unwrap();
        let (book, reference) = crate::demo_organisation::demo_register(dir.path());
        let mut case = book.case_by_ref(&reference).unwrap();
        let mut org = book.organisation().unwrap().unwrap();
        let templates = Templates::default();
        let mut language = |case_language: Option<&str>, location: &str, asked: Option<&str>| {
            case.language = case_language.map(str::to_string);
            org.default_location = casebook_core::Location::parse(location).unwrap();
            let asked = asked.map(|l| Language::parse(l).unwrap());
            letter_language(&case, &org, LetterKind::Acknowledgement, asked.as_ref(), &templates)
        };
        // (the request's language, the organisation's location, the language asked for) → the letter's
        let table = [
            ((Some("fr"), "DE-BY", None), "fr"),
            ((Some("cs"), "DE-BY", None), "de"),
            ((Some("cs"), "AT", None), "de"),
            ((None, "PL", None), "pl"),
            ((Some("cs"), "CZ", None), "en"),
            ((Some("cs"), "BE", None), "en"),
            ((Some("cs"), "GB-ENG", None), "en"),
            ((Some("fr"), "DE-BY", Some("it")), "it"),
        ];
        for ((case_language, location, asked), expected) in table {
            assert_eq!(language(case_language, location, asked), expected, "{case_language:?} {location} {asked:?}");
        }
    }

    /// (kind, a right it answers, a right it does not)
    #[test]
    fn a_confirmation_answers_only_its_own_rights() {
        use LetterKind as K;
        let table: &[(K, Right, Right)] = &[
            (K::AccessResponse, Right::Access, Right::Erasure),
            (K::AccessResponse, Right::Portability, Right::Rectification),
            (K::ErasureConfirmation, Right::Erasure, Right::Access),
            (K::RectificationConfirmation, Right::Rectification, Right::Erasure),
            (K::RestrictionConfirmation, Right::Restriction, Right::Objection),
            (K::ObjectionConfirmation, Right::Unsubscribe, Right::Erasure),
            (K::OptOutConfirmation, Right::OptOutOfSale, Right::Objection),
        ];
        for (kind, fits, not) in table {
            let answers = rights_answered(*kind).expect("a confirmation answers rights");
            assert!(answers.contains(fits), "{kind} should answer {fits}");
            assert!(!answers.contains(not), "{kind} should not answer {not}");
        }
        for kind in [K::Acknowledgement, K::Refusal, K::NoData, K::Extension] {
            assert!(rights_answered(kind).is_none(), "{kind} fits any request");
        }
    }
}

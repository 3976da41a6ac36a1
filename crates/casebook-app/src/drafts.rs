//! Drafts before records: `letter make` keeps the letter as a draft of its
//! case to be reviewed; only sending it (`letter send`: the date and the
//! channel it went out by) records it as correspondence out. A draft can be
//! discarded; a sent letter can be marked withdrawn with a reason, never
//! deleted. Before a draft is sent the letter is made again from the record
//! as it stands: if it would now read differently (a step, an action or the
//! profile changed), sending is refused and the DPO makes it again.

use casebook_core::{Channel, Language, Status};
use casebook_store::{Correspondence, DraftRow, LetterRegister};
use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

use crate::letters::{LetterDesk, case_by_ref, prepare_letter};
use crate::{
    CaseLifecycle, DocumentsSaid, Error, Letter, LetterDetails, LetterKind, LetterKindInfo, LetterSettings,
    RegisterSaid, Result,
};

/// Where a draft stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum DraftState {
    /// Made, to be reviewed and sent or discarded.
    Draft,
    /// Sent: it is the correspondence `correspondence_id`.
    Sent,
    /// Discarded, never sent.
    Discarded,
}

/// A letter made for a case, to be reviewed before it is sent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct LetterDraft {
    pub id: i64,
    pub kind: String,
    pub language: String,
    pub title: String,
    pub file_name: String,
    /// The date printed on the letter: it cannot be sent before it.
    pub letter_date: NaiveDate,
    pub made_at: DateTime<Utc>,
    pub made_by: String,
    /// SHA-256 of its PDF.
    pub sha256: String,
    /// Whether an `.eml` was made with it.
    pub has_eml: bool,
    pub state: DraftState,
    /// When it was sent or discarded, and by whom.
    pub closed_at: Option<DateTime<Utc>>,
    pub closed_by: Option<String>,
    /// The correspondence it became, once sent.
    pub correspondence_id: Option<i64>,
}

/// A letter sent and later marked withdrawn (it stays on the case).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct WithdrawnLetter {
    pub correspondence_id: i64,
    pub reason: String,
    pub by: String,
    pub at: DateTime<Utc>,
}

/// A draft sent: the draft as it now stands and the correspondence it became.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SentLetter {
    pub draft: LetterDraft,
    pub correspondence_id: i64,
    pub sent_on: NaiveDate,
    pub channel: Channel,
}

impl From<DraftRow> for LetterDraft {
    fn from(d: DraftRow) -> Self {
        let state = match d.state.as_str() {
            "sent" => DraftState::Sent,
            "discarded" => DraftState::Discarded,
            _ => DraftState::Draft,
        };
        LetterDraft {
            id: d.id,
            kind: d.kind,
            language: d.language,
            title: d.title,
            file_name: d.file_name,
            letter_date: d.letter_date,
            made_at: d.made_at,
            made_by: d.made_by,
            sha256: d.pdf_sha256,
            has_eml: d.has_eml,
            state,
            closed_at: d.closed_at,
            closed_by: d.closed_by,
            correspondence_id: d.correspondence_id,
        }
    }
}

/// The channel a letter went out by: a channel code, or `post` for a letter.
pub fn parse_sent_channel(s: &str) -> Result<Channel> {
    let s = s.trim();
    if s.eq_ignore_ascii_case("post") {
        return Ok(Channel::Letter);
    }
    s.parse().map_err(|_| Error::refused_in("channel", DocumentsSaid::UnknownChannel { input: s.to_string() }))
}

fn parse_draft_id(s: &str) -> Result<i64> {
    s.trim()
        .parse::<i64>()
        .ok()
        .filter(|n| *n > 0)
        .ok_or_else(|| Error::refused(DocumentsSaid::InvalidDraft { input: s.trim().to_string() }))
}

/// A case's drafts, sent and discarded ones too, oldest first.
pub(crate) fn letter_drafts<B: LetterDesk + ?Sized>(book: &B, reference: &str) -> Result<Vec<LetterDraft>> {
    let case = case_by_ref(book, reference)?;
    Ok(book.register().drafts(case.id)?.into_iter().map(LetterDraft::from).collect())
}

/// The letters of a case marked withdrawn.
pub(crate) fn withdrawn_letters<B: LetterDesk + ?Sized>(book: &B, reference: &str) -> Result<Vec<WithdrawnLetter>> {
    let case = case_by_ref(book, reference)?;
    withdrawn_of(book, case.id)
}

pub(crate) fn withdrawn_of<B: LetterDesk + ?Sized>(
    book: &B,
    case: casebook_core::CaseId,
) -> Result<Vec<WithdrawnLetter>> {
    Ok(book
        .register()
        .withdrawals(case)?
        .into_iter()
        .map(|w| WithdrawnLetter { correspondence_id: w.correspondence_id, reason: w.reason, by: w.by, at: w.at })
        .collect())
}

fn draft_of<B: LetterDesk + ?Sized>(book: &B, case: &casebook_core::Case, draft: &str) -> Result<DraftRow> {
    let id = parse_draft_id(draft)?;
    match book.register().draft(case.id, id) {
        Err(casebook_store::Error::NotFound { .. }) => {
            Err(Error::NotFound { what: "draft", key: format!("{id} of case {}", case.reference) })
        }
        other => Ok(other?),
    }
}

/// A draft's PDF and `.eml` (for review, or to write them out again).
pub(crate) fn draft_files<B: LetterDesk + ?Sized>(
    book: &B,
    reference: &str,
    draft: &str,
) -> Result<(LetterDraft, Vec<u8>, Option<Vec<u8>>)> {
    let case = case_by_ref(book, reference)?;
    let row = draft_of(book, &case, draft)?;
    let (pdf, eml) = book.register().draft_files(case.id, row.id)?;
    Ok((row.into(), pdf, eml))
}

fn still_a_draft(case: &casebook_core::Case, row: &DraftRow) -> Result<()> {
    match row.state.as_str() {
        "draft" => Ok(()),
        "sent" => Err(Error::conflicting(DocumentsSaid::DraftAlreadySent {
            draft: row.id,
            reference: case.reference.to_string(),
            correspondence: row.correspondence_id.unwrap_or_default(),
        })),
        _ => Err(Error::conflicting(DocumentsSaid::DraftDiscarded {
            draft: row.id,
            reference: case.reference.to_string(),
        })),
    }
}

/// Records a draft as sent on `on` by `channel`: correspondence out with
/// its PDF, audited. Refused for a date in the future or before the
/// letter's date, on a closed case (but an appeal decision), for a draft already sent or
/// discarded, and when the letter made again from the record today
/// would read differently from the draft.
pub(crate) fn send_letter<B: LetterDesk + ?Sized>(
    book: &B,
    reference: &str,
    draft: &str,
    on: NaiveDate,
    channel: Channel,
) -> Result<SentLetter> {
    let case = case_by_ref(book, reference)?;
    let row = draft_of(book, &case, draft)?;
    let sending = Sending::check(book, &case, row, on, channel)?;
    sending.record(book, case.id)
}

/// A draft checked for sending (its date, its case, and that it still reads
/// as the record would make it) and the correspondence it will become: the
/// package checks its cover letter before writing and records it after.
pub(crate) struct Sending {
    row: DraftRow,
    record: Correspondence,
    on: NaiveDate,
    channel: Channel,
}

impl Sending {
    /// The draft's id and the file name its PDF goes out under.
    pub(crate) fn draft(&self) -> (i64, &str) {
        (self.row.id, &self.row.file_name)
    }

    /// See [`send_letter`]: every refusal but the store's own.
    pub(crate) fn check<B: LetterDesk + ?Sized>(
        book: &B,
        case: &casebook_core::Case,
        row: DraftRow,
        on: NaiveDate,
        channel: Channel,
    ) -> Result<Sending> {
        check_sendable(book, case, &row, on)?;
        let record = Correspondence {
            id: 0,
            direction: "out".into(),
            channel: channel.code().into(),
            // A day, not an instant: noon, as a letter received by post is recorded.
            at: on.and_hms_opt(12, 0, 0).expect("noon exists").and_utc(),
            subject: Some(row.title.clone()),
            body_text: Some(row.text.clone()),
            message_id: row.message_id.clone(),
            sha256: None,
        };
        Ok(Sending { row, record, on, channel })
    }

    /// Records the draft as sent: correspondence out with its PDF, audited.
    pub(crate) fn record<B: LetterDesk + ?Sized>(self, book: &B, case: casebook_core::CaseId) -> Result<SentLetter> {
        let stamp = book.stamp();
        let correspondence_id = book.register().send_draft(case, self.row.id, &self.record, stamp)?;
        let draft = book.register().draft(case, self.row.id)?.into();
        Ok(SentLetter { draft, correspondence_id, sent_on: self.on, channel: self.channel })
    }
}

fn check_sendable<B: LetterDesk + ?Sized>(
    book: &B,
    case: &casebook_core::Case,
    row: &DraftRow,
    on: NaiveDate,
) -> Result<()> {
    let reference = &case.reference.to_string();
    still_a_draft(case, row)?;
    let today = book.today()?;
    if on > today {
        return Err(Error::refused_in("on", RegisterSaid::DateInFuture { date: on, today }));
    }
    if on < row.letter_date {
        return Err(Error::refused_in(
            "on",
            DocumentsSaid::SentBeforeDraft { date: on, draft: row.id, letter_date: row.letter_date },
        ));
    }
    // The facts it states must still be the record's: made again as of its date, it must read the same.
    let details: LetterDetails = serde_json::from_str(&row.details)
        .map_err(|e| Error::Storage(casebook_store::Error::Corrupt(format!("draft {}'s details: {e}", row.id))))?;
    let corrupt = |what: &str, e: &dyn std::fmt::Display| {
        Error::Storage(casebook_store::Error::Corrupt(format!("draft {}'s {what}: {e}", row.id)))
    };
    let kind: LetterKind = row.kind.parse().map_err(|e| corrupt("kind", &e))?;
    if case.status == Status::Closed && !crate::letters::after_closing(kind) {
        return Err(Error::conflicting(DocumentsSaid::ClosedCaseNoLetter { reference: case.reference.to_string() }));
    }
    let language = Language::parse(&row.language).map_err(|e| corrupt("language", &e))?;
    let again = prepare_letter(book, reference, kind, Some(&language), &details, row.letter_date).map_err(|e| {
        Error::conflicting(DocumentsSaid::DraftNoLongerMade {
            draft: row.id,
            reference: case.reference.to_string(),
            detail: e.to_string(),
            because: e.said().map(Box::new),
        })
    })?;
    if again.letter.text != row.text {
        return Err(Error::conflicting(DocumentsSaid::CaseChangedSinceDraft {
            reference: case.reference.to_string(),
            draft: row.id,
        }));
    }
    Ok(())
}

/// Discards a draft never sent (it stays listed, marked discarded), audited.
pub(crate) fn discard_draft<B: LetterDesk + ?Sized>(book: &B, reference: &str, draft: &str) -> Result<LetterDraft> {
    let case = case_by_ref(book, reference)?;
    let row = draft_of(book, &case, draft)?;
    still_a_draft(&case, &row)?;
    let stamp = book.stamp();
    book.register().discard_draft(case.id, row.id, stamp)?;
    Ok(book.register().draft(case.id, row.id)?.into())
}

/// Marks a letter sent withdrawn, with the reason; it stays on the case
/// and in its evidence pack, shown as withdrawn. Audited.
pub(crate) fn withdraw_letter<B: LetterDesk + ?Sized>(
    book: &B,
    reference: &str,
    correspondence: &str,
    reason: &str,
) -> Result<WithdrawnLetter> {
    let case = case_by_ref(book, reference)?;
    let id = correspondence.trim().parse::<i64>().ok().filter(|n| *n > 0).ok_or_else(|| {
        Error::refused(DocumentsSaid::InvalidCorrespondence { input: correspondence.trim().to_string() })
    })?;
    let reason = reason.trim();
    if reason.is_empty() {
        return Err(Error::refused_in("reason", DocumentsSaid::WithdrawalReasonEmpty));
    }
    let sent =
        book.register().correspondence(case.id)?.into_iter().find(|c| c.id == id).ok_or_else(|| Error::NotFound {
            what: "correspondence",
            key: format!("{id} of case {}", case.reference),
        })?;
    if sent.direction != "out" {
        return Err(Error::conflicting(DocumentsSaid::CorrespondenceNotSent {
            correspondence: id,
            reference: case.reference.to_string(),
        }));
    }
    if case.status == Status::Closed {
        return Err(Error::conflicting(DocumentsSaid::ClosedCaseNoWithdrawal {
            reference: case.reference.to_string(),
        }));
    }
    if let Some(w) = withdrawn_of(book, case.id)?.into_iter().find(|w| w.correspondence_id == id) {
        return Err(Error::conflicting(DocumentsSaid::AlreadyWithdrawn {
            correspondence: id,
            reference: case.reference.to_string(),
            on: w.at.date_naive(),
            reason: w.reason,
        }));
    }
    let stamp = book.stamp();
    book.register().withdraw_correspondence(case.id, id, reason, stamp)?;
    withdrawn_of(book, case.id)?
        .into_iter()
        .find(|w| w.correspondence_id == id)
        .ok_or_else(|| Error::Storage(casebook_store::Error::Corrupt(format!("withdrawal of {id} not stored"))))
}

/// The day a letter made today is sent on, checked before anything is
/// made (`letter make --sent-on`): a letter is dated the day it is made,
/// so it cannot have gone out before, nor in the future.
pub(crate) fn check_sent_today<B: LetterDesk + ?Sized>(book: &B, on: NaiveDate) -> Result<()> {
    let today = book.today()?;
    if on > today {
        return Err(Error::refused_in("on", RegisterSaid::DateInFuture { date: on, today }));
    }
    if on < today {
        return Err(Error::refused_in("on", DocumentsSaid::SentBeforeLetterDate { date: on, today }));
    }
    Ok(())
}

/// The letter use cases a front end calls on either register (a local
/// file or a team register): making a letter as a draft of its case,
/// listing, sending, discarding and withdrawing letters, the kinds and the
/// letter settings. An organisation's own templates are
/// [`crate::TemplateBook`]'s.
pub trait LetterBook: CaseLifecycle {
    /// Every kind of letter with the languages it can go out in.
    fn letter_kinds(&self) -> Result<Vec<LetterKindInfo>>;
    fn letter_settings(&self) -> Result<LetterSettings>;
    /// Replaces the letter settings (a setting: audited, the DPO's to change).
    fn set_letter_settings(&self, settings: LetterSettings) -> Result<LetterSettings>;
    /// Whether an `.eml` draft can be addressed for the case.
    fn check_letter_draft(&self, reference: &str) -> Result<()>;
    /// The day a letter made today is sent on, checked before anything is made.
    fn check_sent_today(&self, on: NaiveDate) -> Result<()>;
    /// Makes a letter of `kind` for a case, in `lang` (default: the case's
    /// language when a template exists, else the organisation's, else English), and keeps it as a
    /// draft of the case (not yet correspondence: see [`LetterBook::send_letter`]).
    fn make_letter(
        &self,
        reference: &str,
        kind: LetterKind,
        lang: Option<&Language>,
        today: NaiveDate,
    ) -> Result<Letter> {
        self.make_letter_with(reference, kind, lang, &LetterDetails::default(), today)
    }
    /// [`LetterBook::make_letter`] with what the DPO adds: a refusal's reason, a fee.
    fn make_letter_with(
        &self,
        reference: &str,
        kind: LetterKind,
        lang: Option<&Language>,
        details: &LetterDetails,
        today: NaiveDate,
    ) -> Result<Letter> {
        self.make_letter_draft(reference, kind, lang, details, today, false)
    }
    /// Makes a letter and keeps it as a draft of its case; with `need_eml`,
    /// refused (nothing kept) when no `.eml` could be made with it.
    fn make_letter_draft(
        &self,
        reference: &str,
        kind: LetterKind,
        lang: Option<&Language>,
        details: &LetterDetails,
        today: NaiveDate,
        need_eml: bool,
    ) -> Result<Letter>;
    /// A case's drafts, sent and discarded ones too, oldest first.
    fn letter_drafts(&self, reference: &str) -> Result<Vec<LetterDraft>>;
    /// A draft's PDF and `.eml`.
    fn draft_files(&self, reference: &str, draft: &str) -> Result<(LetterDraft, Vec<u8>, Option<Vec<u8>>)>;
    /// Records a draft as sent on `on` by `channel`.
    fn send_letter(&self, reference: &str, draft: &str, on: NaiveDate, channel: Channel) -> Result<SentLetter>;
    /// Discards a draft never sent.
    fn discard_draft(&self, reference: &str, draft: &str) -> Result<LetterDraft>;
    /// Marks a letter sent withdrawn, with the reason.
    fn withdraw_letter(&self, reference: &str, correspondence: &str, reason: &str) -> Result<WithdrawnLetter>;
    /// The letters of a case marked withdrawn.
    fn withdrawn_letters(&self, reference: &str) -> Result<Vec<WithdrawnLetter>>;
}

impl<B: LetterDesk + CaseLifecycle> LetterBook for B {
    fn letter_kinds(&self) -> Result<Vec<LetterKindInfo>> {
        crate::letters::letter_kinds(self)
    }

    fn letter_settings(&self) -> Result<LetterSettings> {
        crate::letters::letter_settings(self)
    }

    fn set_letter_settings(&self, settings: LetterSettings) -> Result<LetterSettings> {
        crate::letters::set_letter_settings(self, settings)
    }

    fn check_letter_draft(&self, reference: &str) -> Result<()> {
        crate::letters::check_letter_draft(self, reference)
    }

    fn check_sent_today(&self, on: NaiveDate) -> Result<()> {
        check_sent_today(self, on)
    }

    fn make_letter_draft(
        &self,
        reference: &str,
        kind: LetterKind,
        lang: Option<&Language>,
        details: &LetterDetails,
        today: NaiveDate,
        need_eml: bool,
    ) -> Result<Letter> {
        prepare_letter(self, reference, kind, lang, details, today)?.keep_as_draft(self, details, today, need_eml)
    }

    fn letter_drafts(&self, reference: &str) -> Result<Vec<LetterDraft>> {
        letter_drafts(self, reference)
    }

    fn draft_files(&self, reference: &str, draft: &str) -> Result<(LetterDraft, Vec<u8>, Option<Vec<u8>>)> {
        draft_files(self, reference, draft)
    }

    fn send_letter(&self, reference: &str, draft: &str, on: NaiveDate, channel: Channel) -> Result<SentLetter> {
        send_letter(self, reference, draft, on, channel)
    }

    fn discard_draft(&self, reference: &str, draft: &str) -> Result<LetterDraft> {
        discard_draft(self, reference, draft)
    }

    fn withdraw_letter(&self, reference: &str, correspondence: &str, reason: &str) -> Result<WithdrawnLetter> {
        withdraw_letter(self, reference, correspondence, reason)
    }

    fn withdrawn_letters(&self, reference: &str) -> Result<Vec<WithdrawnLetter>> {
        withdrawn_letters(self, reference)
    }
}

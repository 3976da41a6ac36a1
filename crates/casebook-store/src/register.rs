//! The case lifecycle's core, whichever back end holds the register: one
//! interface ([`CaseRegister`]), implemented by the local file ([`Store`],
//! SQLite) and by the team register ([`crate::PgStore`], PostgreSQL). The
//! façade's use cases for logging, listing and showing cases, adding notes
//! and recording the steps that work a case are written once against it;
//! each implementation keeps its own SQL.
//!
//! Every write is one transaction that ends with its audit entry. A change
//! prepared on a case read earlier carries the version it was read at (the
//! id of the case's latest audit entry) and is refused with
//! [`crate::Error::Stale`], naming who changed the case and when, once
//! another change has been written since: checked inside the writing
//! transaction, so it is never silently overwritten.

use casebook_core::answer::{AnswerCorrection, RightAnswer};
use casebook_core::processing::action::{ActionRecord, Notification};
use casebook_core::processing::search::SearchRecord;
use casebook_core::processing::{System, SystemId};
use casebook_core::{Case, CaseId, NewCase, Note, Reference};
use chrono::NaiveDate;

use crate::{AuditEntry, CaseEvent, CaseRow, ListQuery, Result, Stamp, Store};

/// A case with what its dates are computed from: its events and its rights' answers.
pub type DatedCase = (Case, Vec<CaseEvent>, Vec<RightAnswer>);

/// What the core use cases ask of a register. Settings travel as their JSON
/// text, so that each back end stores exactly what the façade serialised.
pub trait CaseRegister {
    /// A setting's JSON text (the organisation, the deadline policy, the
    /// imported calendars), or None when never set.
    fn setting_json(&mut self, key: &str) -> Result<Option<String>>;
    /// Writes a setting's JSON text with its audit entry (`settings.{key}`).
    fn put_setting_json(&mut self, key: &str, json: &str, stamp: Stamp<'_>) -> Result<()>;
    /// Stores a new case with the next reference of its year of receipt and
    /// its first notes, in one transaction with their audit entries.
    fn log_case(&mut self, new: &NewCase, due: Option<NaiveDate>, notes: &[String], stamp: Stamp<'_>) -> Result<Case>;
    /// Stores many new cases (each with its due date) in one transaction,
    /// each with its reference and audit entry as [`CaseRegister::log_case`]
    /// writes them: synthetic registers for trying Casebook out and for
    /// benchmarks. Returns how many.
    fn insert_cases(&mut self, cases: &[(NewCase, Option<NaiveDate>)], stamp: Stamp<'_>) -> Result<usize>;
    /// A case with its notes; [`crate::Error::NotFound`] when there is none
    /// (or none this member may see).
    fn case_by_reference(&mut self, reference: Reference) -> Result<Case>;
    /// A case and its version (the id of its latest audit entry), from one
    /// snapshot.
    fn case_with_version(&mut self, id: CaseId) -> Result<(Case, i64)>;
    /// The case's clock and workflow events, oldest first.
    fn events(&mut self, id: CaseId) -> Result<Vec<CaseEvent>>;
    /// Records a clock or workflow event with the case's new status, due
    /// date and pending appeal's date (`case`'s), in one transaction with its audit entry
    /// (`event.{kind}`); refused as stale when the case changed since it
    /// was read at `seen`.
    fn add_event_seen(
        &mut self,
        case: &Case,
        seen: Option<i64>,
        kind: &str,
        on_date: NaiveDate,
        detail: Option<&serde_json::Value>,
        stamp: Stamp<'_>,
    ) -> Result<(CaseEvent, Case)>;
    /// Writes every editable field of `case` (matched by id: its details,
    /// rights, status, outcome, closing date and due date) with `answers` to
    /// rights of the case, in one transaction with its audit entry named
    /// `action` (the case before and after); refused as stale when the case
    /// changed since it was read at `seen`.
    fn save_case_answering(
        &mut self,
        case: &Case,
        seen: Option<i64>,
        answers: &[RightAnswer],
        action: &str,
        stamp: Stamp<'_>,
    ) -> Result<Case>;
    /// The answers recorded to the case's rights, oldest first.
    fn right_answers(&mut self, id: CaseId) -> Result<Vec<RightAnswer>>;
    /// Records the answer to one right of a case (`case answer`), with the
    /// case's due date as it stands afterwards, in one transaction with its
    /// audit entry (`right.answered`). A right is answered once: the
    /// register refuses a second answer to it. Refused as stale when the
    /// case changed since it was read at `seen` (the due date was computed
    /// from the case as read).
    fn add_right_answer(
        &mut self,
        id: CaseId,
        seen: Option<i64>,
        answer: &RightAnswer,
        due: Option<NaiveDate>,
        stamp: Stamp<'_>,
    ) -> Result<()>;
    /// Corrects the recorded answer to one right of a case (`case answer
    /// --correct`): the answer as it stood is kept among the right's
    /// corrections with `reason`, who corrected it and on `corrected_on`, and
    /// the right then holds `answer`; with the case's due date as it stands
    /// afterwards, in one transaction with its audit entry
    /// (`right.corrected`). Refused when the right has no answer, and as
    /// stale when the case changed since it was read at `seen`.
    #[allow(clippy::too_many_arguments)]
    fn correct_right_answer(
        &mut self,
        id: CaseId,
        seen: Option<i64>,
        answer: &RightAnswer,
        reason: &str,
        corrected_on: NaiveDate,
        due: Option<NaiveDate>,
        stamp: Stamp<'_>,
    ) -> Result<()>;
    /// A case's corrected answers, oldest first: each the answer as it
    /// stood before, with why, by whom and when it was corrected.
    fn right_answer_corrections(&mut self, id: CaseId) -> Result<Vec<AnswerCorrection>>;
    /// What the dates of several cases are computed from: each case (without
    /// its notes), its events and its rights' answers, in the order of `ids`
    /// (a case this member may not see is left out). The list's page asks it
    /// for the open cases of several rights it shows, in one read.
    fn dated_cases(&mut self, ids: &[CaseId]) -> Result<Vec<DatedCase>>;
    /// Every case not yet closed, and every closed one with a consumer's
    /// appeal awaiting its decision (that this member may see), each with its
    /// events and its rights' answers, oldest case first: what `casebook
    /// next` walks, in one read of each.
    fn open_dated_cases(&mut self) -> Result<Vec<DatedCase>>;
    /// Re-opens a closed case read at `seen`: its status becomes
    /// `case.status` and its due date `case.due`, its outcome and closing date
    /// are cleared, and a `reopened` event keeps the reason with the outcome
    /// and date it had; one transaction with its audit entry (`case.reopened`).
    fn reopen_case(
        &mut self,
        case: &Case,
        seen: Option<i64>,
        on_date: NaiveDate,
        reason: &str,
        stamp: Stamp<'_>,
    ) -> Result<Case>;
    /// The audit entries of one case, oldest first.
    fn audit_of_case(&mut self, id: CaseId) -> Result<Vec<AuditEntry>>;
    /// Walks the whole audit chain (`casebook audit verify`).
    fn verify_audit(&mut self) -> Result<crate::AuditReport>;
    /// The instant of the first audit entry this member may read (RFC 3339):
    /// when the register began, which the backup reminder counts from
    /// before the first backup. None for a register with no entry.
    fn first_audit_at(&mut self) -> Result<Option<String>>;
    /// The register, filtered and sorted; a text is searched as the local
    /// index searches it on both back ends (see [`crate::search`]).
    fn list_cases(&mut self, q: &ListQuery) -> Result<Vec<CaseRow>>;
    /// A page of [`CaseRegister::list_cases`] (its limit and offset) and how
    /// many cases match in all (a text search counted up to
    /// [`crate::SEARCH_COUNT_CAP`]): what the app's list asks on every keystroke.
    fn list_page(&mut self, q: &ListQuery) -> Result<(crate::Matches, Vec<CaseRow>)>;
    /// Adds a note with its audit entry.
    fn add_note(&mut self, id: CaseId, text: &str, stamp: Stamp<'_>) -> Result<Note>;
    /// Who the case is assigned to, if anyone.
    fn assignee(&mut self, id: CaseId) -> Result<Option<String>>;
    /// The member this connection works as, on a register a team shares
    /// (cases are assigned to members: [`ListQuery::assigned_to`]); None on
    /// a register of one user.
    fn member(&self) -> Option<&str>;
}

impl CaseRegister for Store {
    fn setting_json(&mut self, key: &str) -> Result<Option<String>> {
        self.setting_text(key)
    }

    fn put_setting_json(&mut self, key: &str, json: &str, stamp: Stamp<'_>) -> Result<()> {
        self.put_setting_text(key, json, stamp)
    }

    fn log_case(&mut self, new: &NewCase, due: Option<NaiveDate>, notes: &[String], stamp: Stamp<'_>) -> Result<Case> {
        let tx = self.conn.transaction()?;
        let id = crate::cases::insert_in(&tx, new, due, stamp)?;
        for note in notes {
            crate::cases::note_in(&tx, id, note, stamp)?;
        }
        let case = crate::cases::load_case(&tx, id)?;
        tx.commit()?;
        Ok(case)
    }

    fn insert_cases(&mut self, cases: &[(NewCase, Option<NaiveDate>)], stamp: Stamp<'_>) -> Result<usize> {
        Store::insert_cases(self, cases, stamp)
    }

    fn case_by_reference(&mut self, reference: Reference) -> Result<Case> {
        Store::case_by_reference(self, reference)
    }

    fn case_with_version(&mut self, id: CaseId) -> Result<(Case, i64)> {
        Store::case_with_version(self, id)
    }

    fn events(&mut self, id: CaseId) -> Result<Vec<CaseEvent>> {
        Store::events(self, id)
    }

    fn add_event_seen(
        &mut self,
        case: &Case,
        seen: Option<i64>,
        kind: &str,
        on_date: NaiveDate,
        detail: Option<&serde_json::Value>,
        stamp: Stamp<'_>,
    ) -> Result<(CaseEvent, Case)> {
        Store::add_event_seen(self, case, seen, kind, on_date, detail, stamp)
    }

    fn save_case_answering(
        &mut self,
        case: &Case,
        seen: Option<i64>,
        answers: &[RightAnswer],
        action: &str,
        stamp: Stamp<'_>,
    ) -> Result<Case> {
        Store::save_case_answering(self, case, seen, answers, action, stamp)
    }

    fn right_answers(&mut self, id: CaseId) -> Result<Vec<RightAnswer>> {
        Store::right_answers(self, id)
    }

    fn add_right_answer(
        &mut self,
        id: CaseId,
        seen: Option<i64>,
        answer: &RightAnswer,
        due: Option<NaiveDate>,
        stamp: Stamp<'_>,
    ) -> Result<()> {
        Store::add_right_answer(self, id, seen, answer, due, stamp)
    }

    #[allow(clippy::too_many_arguments)]
    fn correct_right_answer(
        &mut self,
        id: CaseId,
        seen: Option<i64>,
        answer: &RightAnswer,
        reason: &str,
        corrected_on: NaiveDate,
        due: Option<NaiveDate>,
        stamp: Stamp<'_>,
    ) -> Result<()> {
        Store::correct_right_answer(self, id, seen, answer, reason, corrected_on, due, stamp)
    }

    fn right_answer_corrections(&mut self, id: CaseId) -> Result<Vec<AnswerCorrection>> {
        Store::right_answer_corrections(self, id)
    }

    fn open_dated_cases(&mut self) -> Result<Vec<DatedCase>> {
        let open = Store::open_cases_with_events(self)?;
        let mut answers = Store::answers_of_open_cases(self)?;
        Ok(open
            .into_iter()
            .map(|(case, events)| {
                let mine = answers.remove(&case.id.0).unwrap_or_default();
                (case, events, mine)
            })
            .collect())
    }

    fn dated_cases(&mut self, ids: &[CaseId]) -> Result<Vec<DatedCase>> {
        Store::dated_cases(self, ids)
    }

    fn reopen_case(
        &mut self,
        case: &Case,
        seen: Option<i64>,
        on_date: NaiveDate,
        reason: &str,
        stamp: Stamp<'_>,
    ) -> Result<Case> {
        Store::reopen_case(self, case, seen, on_date, reason, stamp)
    }

    fn audit_of_case(&mut self, id: CaseId) -> Result<Vec<AuditEntry>> {
        Store::audit_of_case(self, id)
    }

    fn verify_audit(&mut self) -> Result<crate::AuditReport> {
        Store::verify_audit(self)
    }

    fn first_audit_at(&mut self) -> Result<Option<String>> {
        Store::first_audit_at(self)
    }

    fn list_cases(&mut self, q: &ListQuery) -> Result<Vec<CaseRow>> {
        Store::list_cases(self, q)
    }

    fn list_page(&mut self, q: &ListQuery) -> Result<(crate::Matches, Vec<CaseRow>)> {
        Store::list_page(self, q)
    }

    fn add_note(&mut self, id: CaseId, text: &str, stamp: Stamp<'_>) -> Result<Note> {
        Store::add_note(self, id, text, stamp)
    }

    /// A local register is one person's: its cases are never assigned.
    fn assignee(&mut self, _id: CaseId) -> Result<Option<String>> {
        Ok(None)
    }

    /// A local register has one user, who is no member of a team.
    fn member(&self) -> Option<&str> {
        None
    }
}

/// The register of processing and each case's search and action logs,
/// whichever back end holds them: the use cases that keep the register and
/// record what was searched and done for a case are written once against it
/// (`casebook-app`'s `processing.rs`, `actions.rs`). Every write is one
/// transaction ending with its audit entry: a change of the register's
/// entry names no case, a log's names its case.
pub trait ProcessingRegister {
    /// The register of processing, in its order.
    fn processing_systems(&mut self) -> Result<Vec<System>>;
    /// One system; [`crate::Error::NotFound`] when the register has none of that id.
    fn processing_system(&mut self, id: &SystemId) -> Result<System>;
    /// Adds a system at the end of the register (`processing.system-added`);
    /// the caller checks that its id is new.
    fn add_processing_system(&mut self, system: &System, stamp: Stamp<'_>) -> Result<()>;
    /// Replaces an existing system's record, same id, same place
    /// (`processing.system-updated`, before and after).
    fn update_processing_system(&mut self, system: &System, stamp: Stamp<'_>) -> Result<()>;
    /// Removes a system (`processing.system-removed`); searches already
    /// logged in it stay on their cases. Returns the system removed.
    fn remove_processing_system(&mut self, id: &SystemId, stamp: Stamp<'_>) -> Result<System>;
    /// Replaces the whole register (`processing.imported`): all the new
    /// systems or, on any failure, the old register untouched. Returns how
    /// many systems it replaced.
    fn replace_processing_register(&mut self, systems: &[System], stamp: Stamp<'_>) -> Result<usize>;
    /// Logs a search of a system (or why it was not searched) on a case (`search.recorded`).
    fn add_case_search(&mut self, case: CaseId, record: &SearchRecord, stamp: Stamp<'_>) -> Result<()>;
    /// A case's search log, oldest first.
    fn case_searches(&mut self, case: CaseId) -> Result<Vec<SearchRecord>>;
    /// Logs what was done in one system for one right of a case (`action.recorded`).
    fn add_case_action(&mut self, case: CaseId, record: &ActionRecord, stamp: Stamp<'_>) -> Result<()>;
    /// A case's action log, oldest first.
    fn case_actions(&mut self, case: CaseId) -> Result<Vec<ActionRecord>>;
    /// Logs a recipient told of a change, Art. 19 (`recipient.notified`).
    fn add_case_notification(&mut self, case: CaseId, record: &Notification, stamp: Stamp<'_>) -> Result<()>;
    /// The recipients told of a case's changes, oldest first.
    fn case_notifications(&mut self, case: CaseId) -> Result<Vec<Notification>>;
}

impl ProcessingRegister for Store {
    fn processing_systems(&mut self) -> Result<Vec<System>> {
        Store::processing_systems(self)
    }

    fn processing_system(&mut self, id: &SystemId) -> Result<System> {
        Store::processing_system(self, id)
    }

    fn add_processing_system(&mut self, system: &System, stamp: Stamp<'_>) -> Result<()> {
        Store::add_processing_system(self, system, stamp)
    }

    fn update_processing_system(&mut self, system: &System, stamp: Stamp<'_>) -> Result<()> {
        Store::update_processing_system(self, system, stamp)
    }

    fn remove_processing_system(&mut self, id: &SystemId, stamp: Stamp<'_>) -> Result<System> {
        Store::remove_processing_system(self, id, stamp)
    }

    fn replace_processing_register(&mut self, systems: &[System], stamp: Stamp<'_>) -> Result<usize> {
        Store::replace_processing_register(self, systems, stamp)
    }

    fn add_case_search(&mut self, case: CaseId, record: &SearchRecord, stamp: Stamp<'_>) -> Result<()> {
        Store::add_case_search(self, case, record, stamp)
    }

    fn case_searches(&mut self, case: CaseId) -> Result<Vec<SearchRecord>> {
        Store::case_searches(self, case)
    }

    fn add_case_action(&mut self, case: CaseId, record: &ActionRecord, stamp: Stamp<'_>) -> Result<()> {
        Store::add_case_action(self, case, record, stamp)
    }

    fn case_actions(&mut self, case: CaseId) -> Result<Vec<ActionRecord>> {
        Store::case_actions(self, case)
    }

    fn add_case_notification(&mut self, case: CaseId, record: &Notification, stamp: Stamp<'_>) -> Result<()> {
        Store::add_case_notification(self, case, record, stamp)
    }

    fn case_notifications(&mut self, case: CaseId) -> Result<Vec<Notification>> {
        Store::case_notifications(self, case)
    }
}

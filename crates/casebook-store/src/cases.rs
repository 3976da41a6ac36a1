//! Cases: create, read, update, list, notes and clock events.

use casebook_core::{
    Case, CaseId, CaseKind, Channel, Location, NewCase, Note, Outcome, Reference, Regime, Right, Status,
};
use chrono::{DateTime, Datelike, NaiveDate, Utc};
use rusqlite::{OptionalExtension, Transaction, params, types::Value};
use serde::Serialize;

use crate::cached::Cached;
use crate::stored::{StoredRow, instant, parse, parse_json, parse_json_opt, parse_opt, parse_rights};
use crate::{Error, NEXT_DUE, RUNNING, Result, Stamp, Store, audit, search};

/// How a list of cases is ordered.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum CaseSort {
    /// Newest first.
    #[default]
    Received,
    /// Soonest due first; cases without a due date last.
    Due,
    Reference,
}

/// The most cases a text search counts: past it, the app's list says "more
/// than 500" and shows the first 500 in its order. An exact count of every
/// match of a short prefix ("mar": 65,000 of 1,000,000 cases) costs a pass
/// over all of them on each keystroke, and says nothing a person scrolls for.
pub const SEARCH_COUNT_CAP: i64 = 500;

/// How many cases a page's query matches: exact, except for a text search
/// matching more than [`SEARCH_COUNT_CAP`], counted to the cap with `more`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Matches {
    pub total: i64,
    /// A search matched more cases than `total`.
    pub more: bool,
}

impl Matches {
    /// Every match counted.
    pub(crate) fn exact(total: i64) -> Matches {
        Matches { total, more: false }
    }

    /// A search's count of its first [`SEARCH_COUNT_CAP`] + 1 matches.
    pub(crate) fn of_search(counted: i64) -> Matches {
        Matches { total: counted.min(SEARCH_COUNT_CAP), more: counted > SEARCH_COUNT_CAP }
    }
}

/// Filters for a list of cases; every field narrows the list.
#[derive(Debug, Clone, Default)]
pub struct ListQuery {
    pub status: Option<Status>,
    pub open_only: bool,
    pub right: Option<Right>,
    pub channel: Option<Channel>,
    pub regime: Option<Regime>,
    pub received_from: Option<NaiveDate>,
    pub received_to: Option<NaiveDate>,
    pub due_by: Option<NaiveDate>,
    pub text: Option<String>,
    /// Only the cases assigned to this member (a team register's login).
    pub assigned_to: Option<String>,
    pub sort: CaseSort,
    pub limit: Option<u32>,
    pub offset: u32,
}

/// One line of the register, as lists show it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CaseRow {
    pub id: CaseId,
    pub reference: Reference,
    pub status: Status,
    pub rights: Vec<Right>,
    pub regime: Regime,
    pub location: Location,
    pub channel: Channel,
    pub received: NaiveDate,
    pub requester_name: String,
    pub due: Option<NaiveDate>,
    pub outcome: Option<Outcome>,
    pub closed_on: Option<NaiveDate>,
    /// The rights answered on their own (`case answer`), in the order answered.
    pub answered: Vec<Right>,
    /// While a consumer's appeal awaits its decision: the day it is due.
    pub appeal_due: Option<NaiveDate>,
    /// The date the case must meet next, as the list sorts and filters by it
    /// ([`NEXT_DUE`]): its own due date while it is open, the appeal's while
    /// one awaits its decision (the earlier of the two on a case still open);
    /// none for a case answered without an appeal.
    pub next_due: Option<NaiveDate>,
}

/// Something that happened to a case's clock.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CaseEvent {
    pub id: i64,
    pub kind: String,
    pub on_date: NaiveDate,
    pub detail: Option<serde_json::Value>,
    pub at: DateTime<Utc>,
}

const RIGHTS_OF_CASE: &str =
    "(SELECT group_concat(right, ',') FROM (SELECT right FROM case_rights WHERE case_id = c.id ORDER BY position))";

/// The rights of a case answered on their own, in the order answered (a list's thirteenth column).
const ANSWERED_OF_CASE: &str =
    "(SELECT group_concat(right, ',') FROM (SELECT right FROM case_right_answers WHERE case_id = c.id ORDER BY id))";

fn case_columns() -> String {
    format!(
        "c.id, c.reference, c.status, {RIGHTS_OF_CASE}, c.regime, c.location, c.channel, c.received, \
         c.received_at, c.requester, c.data_subject, c.subject_category, c.language, c.outcome, \
         c.closed_on, c.created_at, c.updated_at, c.due, c.intake, c.kind, c.concerns, c.appeal_due"
    )
}

/// A case from a row whose columns are, in order: id, reference, status, the
/// rights (joined by commas), regime, location, channel, received,
/// received_at, requester, data_subject, subject_category, language,
/// outcome, closed_on, created_at, updated_at, due, intake, kind, concerns,
/// appeal_due. Its notes are loaded apart.
pub(crate) fn case_from_row<R: StoredRow + ?Sized>(r: &R) -> std::result::Result<Case, R::Error> {
    Ok(Case {
        id: CaseId(r.int(0)?),
        reference: parse("reference", r.text(1)?)?,
        status: parse("status", r.text(2)?)?,
        rights: parse_rights(r.text_opt(3)?)?,
        regime: parse("regime", r.text(4)?)?,
        location: parse("location", r.text(5)?)?,
        channel: parse("channel", r.text(6)?)?,
        received: parse("date", r.text(7)?)?,
        received_at: parse_opt("instant", r.text_opt(8)?)?,
        requester: parse_json("requester", r.text(9)?)?,
        data_subject: parse_json_opt("data subject", r.text_opt(10)?)?,
        subject_category: parse_opt("data-subject category", r.text_opt(11)?)?,
        language: r.text_opt(12)?,
        outcome: parse_opt("outcome", r.text_opt(13)?)?,
        closed_on: parse_opt("date", r.text_opt(14)?)?,
        created_at: parse("instant", r.text(15)?)?,
        updated_at: parse("instant", r.text(16)?)?,
        due: parse_opt("date", r.text_opt(17)?)?,
        intake: parse_json_opt("intake", r.text_opt(18)?)?,
        kind: parse_opt("case kind", r.text_opt(19)?)?.unwrap_or_default(),
        concerns: parse_opt("reference", r.text_opt(20)?)?,
        appeal_due: parse_opt("date", r.text_opt(21)?)?,
        notes: Vec::new(),
    })
}

/// A clock event from a row of `id, kind, on_date, detail, at`.
pub(crate) fn event_from_row<R: StoredRow + ?Sized>(r: &R) -> std::result::Result<CaseEvent, R::Error> {
    Ok(CaseEvent {
        id: r.int(0)?,
        kind: r.text(1)?,
        on_date: parse("date", r.text(2)?)?,
        detail: parse_json_opt("event detail", r.text_opt(3)?)?,
        at: parse("instant", r.text(4)?)?,
    })
}

/// A line of a list from a row whose columns are, in order: id, reference,
/// status, the rights, regime, location, channel, received, requester_name,
/// due, outcome, closed_on, the rights answered on their own (joined by
/// commas in the order answered), appeal_due and [`NEXT_DUE`]: the columns
/// of [`list_columns`].
pub(crate) fn summary_from_row<R: StoredRow + ?Sized>(r: &R) -> std::result::Result<CaseRow, R::Error> {
    Ok(CaseRow {
        id: CaseId(r.int(0)?),
        reference: parse("reference", r.text(1)?)?,
        status: parse("status", r.text(2)?)?,
        rights: parse_rights(r.text_opt(3)?)?,
        regime: parse("regime", r.text(4)?)?,
        location: parse("location", r.text(5)?)?,
        channel: parse("channel", r.text(6)?)?,
        received: parse("date", r.text(7)?)?,
        requester_name: r.text(8)?,
        due: parse_opt("date", r.text_opt(9)?)?,
        outcome: parse_opt("outcome", r.text_opt(10)?)?,
        closed_on: parse_opt("date", r.text_opt(11)?)?,
        answered: parse_rights(r.text_opt(12)?)?,
        appeal_due: parse_opt("date", r.text_opt(13)?)?,
        next_due: parse_opt("date", r.text_opt(14)?)?,
    })
}

/// The columns of a list's line ([`summary_from_row`]), in both dialects,
/// given each dialect's SQL for the rights of a case and for those answered
/// on their own (joined by commas). The next date is a running case's
/// ([`RUNNING`]); a case answered with no appeal awaiting has none.
pub(crate) fn list_columns(rights: &str, answered: &str) -> String {
    format!(
        "c.id, c.reference, c.status, {rights}, c.regime, c.location, c.channel, c.received, \
         c.requester_name, c.due, c.outcome, c.closed_on, {answered}, c.appeal_due, \
         CASE WHEN {RUNNING} THEN {NEXT_DUE} END"
    )
}

/// How a clock event (`event.{kind}`, in both dialects) records the case in
/// the audit log before and after the step: its status and due date; the
/// date of a consumer's appeal awaiting its decision too when the step sets,
/// keeps or clears one (the case had one before, or the case written has
/// one); after the step, the event itself.
pub(crate) struct EventAudit {
    appeal: bool,
}

impl EventAudit {
    /// For a step on `before` that writes `written`.
    pub(crate) fn of(before: &Case, written: &Case) -> Self {
        EventAudit { appeal: before.appeal_due.is_some() || written.appeal_due.is_some() }
    }

    /// The record of `case`, before the step (no event) or after it.
    pub(crate) fn record(&self, case: &Case, event: Option<&CaseEvent>) -> String {
        let mut record = serde_json::json!({ "status": case.status, "due": case.due });
        if self.appeal {
            record["appeal_due"] = serde_json::json!(case.appeal_due);
        }
        if let Some(event) = event {
            record["event"] = serde_json::json!(event);
        }
        record.to_string()
    }
}

/// The JSON of a case as the audit log records it (before/after a change).
fn audit_json(case: &Case) -> String {
    serde_json::to_string(case).expect("cases serialise")
}

fn version_in(conn: &rusqlite::Connection, id: i64) -> Result<i64> {
    Ok(conn.one("SELECT coalesce(max(id), 0) FROM audit_log WHERE case_id = ?1", [id], |r| r.get(0))?)
}

/// Ends a change to case `id`: reads the case as it now stands, audits it as
/// `action` with `before` and the record `after` makes of the case, commits.
fn commit_change(
    tx: Transaction<'_>,
    id: i64,
    stamp: Stamp<'_>,
    action: &str,
    before: &str,
    after: impl FnOnce(&Case) -> String,
) -> Result<Case> {
    let case = load_case(&tx, id)?;
    let reference = case.reference.to_string();
    audit::append(&tx, stamp, Some((id, &reference)), action, Some(before), Some(&after(&case)))?;
    tx.commit()?;
    Ok(case)
}

/// Inside the writing transaction: the case is still as it was read at
/// `seen`; otherwise [`Error::Stale`] naming who changed it last, and when.
fn check_version(tx: &Transaction<'_>, case: &Case, seen: Option<i64>) -> Result<()> {
    crate::case_ref::check_version_of(tx, case.id.0, &case.reference.to_string(), seen)
}

pub(crate) fn load_case(tx: &rusqlite::Connection, id: i64) -> Result<Case> {
    let sql = format!("SELECT {} FROM cases c WHERE c.id = ?1", case_columns());
    let mut case = tx
        .prepare_cached(&sql)?
        .query_row([id], |r| case_from_row(r))
        .optional()?
        .ok_or_else(|| Error::NotFound { what: "case", key: id.to_string() })?;
    let mut stmt = tx.prepare_cached("SELECT id, at, author, text FROM notes WHERE case_id = ?1 ORDER BY id")?;
    case.notes = stmt
        .query_map([id], |r| {
            Ok(Note { id: r.get(0)?, at: parse("instant", r.get(1)?)?, author: r.get(2)?, text: r.get(3)? })
        })?
        .collect::<Result<_, _>>()?;
    Ok(case)
}

/// The arguments of a statement writing a case's row: `first` as ?1, then the
/// columns a new case ([`NewCase`]) and a saved one ([`Case`]) write alike,
/// status to language, as ?2 to ?12, then `rest` from ?13 on.
macro_rules! case_params {
    ($first:expr, $c:ident; $($rest:expr),* $(,)?) => {
        params![
            $first,
            $c.status.code(),
            $c.regime.code(),
            $c.location.as_str(),
            $c.channel.code(),
            $c.received.to_string(),
            $c.received_at.map(instant),
            $c.requester.name,
            serde_json::to_string(&$c.requester).expect("requester serialises"),
            $c.data_subject.as_ref().map(|d| serde_json::to_string(d).expect("subject serialises")),
            $c.subject_category.map(|c| c.code()),
            $c.language,
            $($rest),*
        ]
    };
}

fn write_emails(tx: &Transaction<'_>, id: i64, emails: &[String]) -> Result<()> {
    tx.exec("DELETE FROM case_emails WHERE case_id = ?1", [id])?;
    for e in emails {
        tx.exec("INSERT OR IGNORE INTO case_emails (email, case_id) VALUES (lower(?1), ?2)", params![e, id])?;
    }
    Ok(())
}

fn write_rights(tx: &Transaction<'_>, id: i64, rights: &[Right]) -> Result<()> {
    tx.exec("DELETE FROM case_rights WHERE case_id = ?1", [id])?;
    let mut stmt = tx.prepare_cached("INSERT INTO case_rights (case_id, position, right) VALUES (?1, ?2, ?3)")?;
    for (pos, right) in rights.iter().enumerate() {
        stmt.execute(params![id, pos as i64, right.code()])?;
    }
    Ok(())
}

pub(crate) fn insert_in(tx: &Transaction<'_>, new: &NewCase, due: Option<NaiveDate>, stamp: Stamp<'_>) -> Result<i64> {
    let id = insert_unindexed(tx, new, due, stamp)?;
    search::reindex_case(tx, id)?;
    Ok(id)
}

/// [`insert_in`] without the full-text row, for a caller that writes more of
/// the case in the same transaction and indexes it once at the end (each
/// re-index of an existing row is a secure delete in the index, the largest
/// cost of an import after language detection).
pub(crate) fn insert_unindexed(
    tx: &Transaction<'_>,
    new: &NewCase,
    due: Option<NaiveDate>,
    stamp: Stamp<'_>,
) -> Result<i64> {
    let year = new.received.year();
    let seq: i64 = tx.one(
        "INSERT INTO case_sequence (year, last) VALUES (?1, 1)
         ON CONFLICT(year) DO UPDATE SET last = last + 1 RETURNING last",
        [year],
        |r| r.get(0),
    )?;
    let reference = Reference::new(year, seq as u32).to_string();
    let now = instant(stamp.at);
    tx.prepare_cached(
        "INSERT INTO cases (reference, status, regime, location, channel, received, received_at,
            requester_name, requester, data_subject, subject_category, language, due, created_at, updated_at,
            intake, kind, concerns)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?14, ?15, ?16, ?17)",
    )?
    .execute(case_params![
        reference,
        new;
        due.map(|d| d.to_string()),
        now,
        new.intake.as_ref().map(|i| i.to_string()),
        // A request is stored as NULL (see migration 10).
        (new.kind != CaseKind::Request).then(|| new.kind.code()),
        new.concerns.as_ref().map(|r| r.to_string()),
    ])?;
    let id = tx.last_insert_rowid();
    write_rights(tx, id, &new.rights)?;
    write_emails(tx, id, &new.requester.emails)?;
    // The audit entry records what was asked for; the case's later state is in later entries.
    let record = serde_json::json!({ "reference": reference, "case": new, "due": due });
    audit::append(tx, stamp, Some((id, &reference)), "case.created", None, Some(&record.to_string()))?;
    Ok(id)
}

pub(crate) fn note_in(tx: &Transaction<'_>, id: i64, text: &str, stamp: Stamp<'_>) -> Result<Note> {
    let note = note_unindexed(tx, id, text, stamp)?;
    search::reindex_case(tx, id)?;
    Ok(note)
}

/// [`note_in`] without re-indexing the case (see [`insert_unindexed`]).
pub(crate) fn note_unindexed(tx: &Transaction<'_>, id: i64, text: &str, stamp: Stamp<'_>) -> Result<Note> {
    let reference: String = tx
        .query_row("SELECT reference FROM cases WHERE id = ?1", [id], |r| r.get(0))
        .optional()?
        .ok_or_else(|| Error::NotFound { what: "case", key: id.to_string() })?;
    tx.exec(
        "INSERT INTO notes (case_id, at, author, text) VALUES (?1, ?2, ?3, ?4)",
        params![id, instant(stamp.at), stamp.actor, text],
    )?;
    let note = Note { id: tx.last_insert_rowid(), at: stamp.at, author: stamp.actor.to_string(), text: text.into() };
    tx.exec("UPDATE cases SET updated_at = ?2 WHERE id = ?1", params![id, instant(stamp.at)])?;
    let after = serde_json::to_string(&note).expect("notes serialise");
    audit::append(tx, stamp, Some((id, &reference)), "note.added", None, Some(&after))?;
    Ok(note)
}

impl Store {
    /// Stores a new case with the next reference of its year of receipt.
    pub fn insert_case(&mut self, new: &NewCase, due: Option<NaiveDate>, stamp: Stamp<'_>) -> Result<Case> {
        let tx = self.conn.transaction()?;
        let id = insert_in(&tx, new, due, stamp)?;
        let case = load_case(&tx, id)?;
        tx.commit()?;
        Ok(case)
    }

    /// Stores many new cases in one transaction (demo data, imports of a
    /// whole register): all or none, each with its own audit entry.
    pub fn insert_cases(&mut self, cases: &[(NewCase, Option<NaiveDate>)], stamp: Stamp<'_>) -> Result<usize> {
        let tx = self.conn.transaction()?;
        for (new, due) in cases {
            insert_in(&tx, new, *due, stamp)?;
        }
        tx.commit()?;
        Ok(cases.len())
    }

    /// A case and its version: the id of its latest audit entry, which every
    /// change to the case writes. Both from one snapshot.
    pub fn case_with_version(&mut self, id: CaseId) -> Result<(Case, i64)> {
        let tx = self.conn.transaction_with_behavior(rusqlite::TransactionBehavior::Deferred)?;
        let case = load_case(&tx, id.0)?;
        let version = version_in(&tx, id.0)?;
        tx.commit()?;
        Ok((case, version))
    }

    pub fn case(&self, id: CaseId) -> Result<Case> {
        load_case(&self.conn, id.0)
    }

    pub fn case_by_reference(&self, reference: Reference) -> Result<Case> {
        let id: Option<i64> = self
            .conn
            .prepare_cached("SELECT id FROM cases WHERE reference = ?1")?
            .query_row([reference.to_string()], |r| r.get(0))
            .optional()?;
        let id = id.ok_or_else(|| Error::NotFound { what: "case", key: reference.to_string() })?;
        load_case(&self.conn, id)
    }

    /// Writes every editable field of `case` (matched by id) with an audit
    /// entry named `action` holding the case before and after.
    pub fn save_case(&mut self, case: &Case, action: &str, stamp: Stamp<'_>) -> Result<Case> {
        self.save_case_seen(case, None, action, stamp)
    }

    /// [`Store::save_case`] of a case read at `seen` ([`Store::case_with_version`]):
    /// [`Error::Stale`] when it changed since, so that a change prepared on
    /// an older state never overwrites a newer one (another program's).
    pub fn save_case_seen(&mut self, case: &Case, seen: Option<i64>, action: &str, stamp: Stamp<'_>) -> Result<Case> {
        self.save_case_answering(case, seen, &[], action, stamp)
    }

    /// [`Store::save_case_seen`] recording answers to rights of the case in
    /// the same transaction (a case closed with the outcome its response gave
    /// every right still open).
    pub fn save_case_answering(
        &mut self,
        case: &Case,
        seen: Option<i64>,
        answers: &[casebook_core::answer::RightAnswer],
        action: &str,
        stamp: Stamp<'_>,
    ) -> Result<Case> {
        let (tx, before) = self.begin_change(case, seen)?;
        for answer in answers {
            crate::answers::insert_answer(&tx, case.id.0, answer, &instant(stamp.at))?;
        }
        tx.exec(
            "UPDATE cases SET status = ?2, regime = ?3, location = ?4, channel = ?5, received = ?6,
                received_at = ?7, requester_name = ?8, requester = ?9, data_subject = ?10,
                subject_category = ?11, language = ?12, outcome = ?13, closed_on = ?14, due = ?15,
                updated_at = ?16, intake = ?17, appeal_due = ?18
             WHERE id = ?1",
            case_params![
                case.id.0,
                case;
                case.outcome.map(|o| o.code()),
                case.closed_on.map(|d| d.to_string()),
                case.due.map(|d| d.to_string()),
                instant(stamp.at),
                case.intake.as_ref().map(|i| i.to_string()),
                case.appeal_due.map(|d| d.to_string()),
            ],
        )?;
        if before.rights != case.rights {
            write_rights(&tx, case.id.0, &case.rights)?;
        }
        if before.requester.emails != case.requester.emails {
            write_emails(&tx, case.id.0, &case.requester.emails)?;
        }
        search::reindex_case(&tx, case.id.0)?;
        commit_change(tx, case.id.0, stamp, action, &audit_json(&before), audit_json)
    }

    /// Opens the writing transaction of a change to `case` read at `seen`
    /// ([`Error::Stale`] when it changed since), with the case as it stands.
    fn begin_change(&mut self, case: &Case, seen: Option<i64>) -> Result<(Transaction<'_>, Case)> {
        let tx = self.conn.transaction()?;
        let before = load_case(&tx, case.id.0)?;
        check_version(&tx, &before, seen)?;
        Ok((tx, before))
    }

    pub fn add_note(&mut self, id: CaseId, text: &str, stamp: Stamp<'_>) -> Result<Note> {
        let tx = self.conn.transaction()?;
        let note = note_in(&tx, id.0, text, stamp)?;
        tx.commit()?;
        Ok(note)
    }

    /// Records a clock event and the case as it stands afterwards (status,
    /// due date, a pending appeal's date) in one transaction with its audit entry.
    pub fn add_event(
        &mut self,
        case: &Case,
        kind: &str,
        on_date: NaiveDate,
        detail: Option<&serde_json::Value>,
        stamp: Stamp<'_>,
    ) -> Result<(CaseEvent, Case)> {
        self.add_event_seen(case, None, kind, on_date, detail, stamp)
    }

    /// [`Store::add_event`] on a case read at `seen` ([`Store::case_with_version`]):
    /// [`Error::Stale`] when it changed since.
    pub fn add_event_seen(
        &mut self,
        case: &Case,
        seen: Option<i64>,
        kind: &str,
        on_date: NaiveDate,
        detail: Option<&serde_json::Value>,
        stamp: Stamp<'_>,
    ) -> Result<(CaseEvent, Case)> {
        let (tx, before) = self.begin_change(case, seen)?;
        let detail_json = detail.map(|d| d.to_string());
        tx.exec(
            "INSERT INTO case_events (case_id, kind, on_date, detail, at) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![case.id.0, kind, on_date.to_string(), detail_json, instant(stamp.at)],
        )?;
        let event = CaseEvent {
            id: tx.last_insert_rowid(),
            kind: kind.to_string(),
            on_date,
            detail: detail.cloned(),
            at: stamp.at,
        };
        tx.exec(
            "UPDATE cases SET status = ?2, due = ?3, updated_at = ?4, appeal_due = ?5 WHERE id = ?1",
            params![
                case.id.0,
                case.status.code(),
                case.due.map(|d| d.to_string()),
                instant(stamp.at),
                case.appeal_due.map(|d| d.to_string())
            ],
        )?;
        let audit = EventAudit::of(&before, case);
        let before_record = audit.record(&before, None);
        let after = commit_change(tx, case.id.0, stamp, &format!("event.{kind}"), &before_record, |after| {
            audit.record(after, Some(&event))
        })?;
        Ok((event, after))
    }

    /// Re-opens a closed case read at `seen`: its status becomes `case.status`,
    /// its outcome and closing date are cleared, and a `reopened` event keeps
    /// the reason with the outcome and date it had; one transaction with its
    /// audit entry (`case.reopened`).
    pub fn reopen_case(
        &mut self,
        case: &Case,
        seen: Option<i64>,
        on_date: NaiveDate,
        reason: &str,
        stamp: Stamp<'_>,
    ) -> Result<Case> {
        let (tx, before) = self.begin_change(case, seen)?;
        let detail = serde_json::json!({
            "reason": reason,
            "outcome": before.outcome,
            "closed_on": before.closed_on,
        });
        tx.exec(
            "INSERT INTO case_events (case_id, kind, on_date, detail, at) VALUES (?1, 'reopened', ?2, ?3, ?4)",
            params![case.id.0, on_date.to_string(), detail.to_string(), instant(stamp.at)],
        )?;
        tx.exec(
            "UPDATE cases SET status = ?2, outcome = NULL, closed_on = NULL, due = ?3, updated_at = ?4 WHERE id = ?1",
            params![case.id.0, case.status.code(), case.due.map(|d| d.to_string()), instant(stamp.at)],
        )?;
        commit_change(tx, case.id.0, stamp, "case.reopened", &audit_json(&before), |after| {
            serde_json::json!({ "reason": reason, "case": after }).to_string()
        })
    }

    /// [`crate::CaseRegister::dated_cases`], on any connection (the app's
    /// list reads it on its reader).
    pub fn dated_cases(&self, ids: &[CaseId]) -> Result<Vec<crate::DatedCase>> {
        ids.iter().map(|&id| Ok((self.case(id)?, self.events(id)?, self.right_answers(id)?))).collect()
    }

    pub fn events(&self, id: CaseId) -> Result<Vec<CaseEvent>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT id, kind, on_date, detail, at FROM case_events WHERE case_id = ?1 ORDER BY id")?;
        let rows = stmt.query_map([id.0], |r| event_from_row(r))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Every case not yet closed (or closed with an appeal awaiting its
    /// decision: [`crate::NEEDS_WORK`]) with its events (in order), in two queries
    /// rather than two per case: what the "next actions" list walks. Notes
    /// are not loaded.
    pub fn open_cases_with_events(&self) -> Result<Vec<(Case, Vec<CaseEvent>)>> {
        let sql = format!("SELECT {} FROM cases c WHERE {} ORDER BY c.id", case_columns(), crate::NEEDS_WORK);
        let mut stmt = self.conn.prepare(&sql)?;
        let cases: Vec<Case> = stmt.query_map([], |r| case_from_row(r))?.collect::<Result<_, _>>()?;
        let mut stmt = self.conn.prepare(&format!(
            "SELECT e.id, e.kind, e.on_date, e.detail, e.at, e.case_id FROM case_events e \
             JOIN cases c ON c.id = e.case_id WHERE {} ORDER BY e.case_id, e.id",
            crate::NEEDS_WORK
        ))?;
        let mut events: std::collections::HashMap<i64, Vec<CaseEvent>> = std::collections::HashMap::new();
        for row in stmt.query_map([], |r| Ok((r.get::<_, i64>(5)?, event_from_row(r)?)))? {
            let (case_id, event) = row?;
            events.entry(case_id).or_default().push(event);
        }
        // Events of a case that closed between the two reads stay in the map, unused.
        Ok(cases
            .into_iter()
            .map(|case| {
                let mine = events.remove(&case.id.0).unwrap_or_default();
                (case, mine)
            })
            .collect())
    }

    /// The register, filtered and sorted; see [`ListQuery`].
    pub fn list_cases(&self, q: &ListQuery) -> Result<Vec<CaseRow>> {
        let (sql, args) = list_sql(q, "");
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(rusqlite::params_from_iter(args), |r| summary_from_row(r))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// A page of [`Store::list_cases`] and how many cases match: exact, or
    /// for a text search up to [`SEARCH_COUNT_CAP`] (see [`Matches`]). The
    /// first page of a search is one pass over the matches (`count(*) OVER
    /// ()` beside the sort), not two; a later one counts only up to the cap.
    pub fn list_page(&self, q: &ListQuery) -> Result<(Matches, Vec<CaseRow>)> {
        if q.text.as_deref().and_then(search::fts_query).is_none() {
            return Ok((Matches::exact(self.count_matching(q)?), self.list_cases(q)?));
        }
        if q.offset > 0 || q.limit == Some(0) {
            return Ok((Matches::of_search(self.count(q, true)?), self.list_cases(q)?));
        }
        let (sql, args) = list_sql(q, ", count(*) OVER ()");
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let mut total = 0;
        let rows =
            stmt.query_map(rusqlite::params_from_iter(args), |r| Ok((r.get::<_, i64>(15)?, summary_from_row(r)?)))?;
        let mut out = Vec::new();
        for row in rows {
            let (n, summary) = row?;
            total = n;
            out.push(summary);
        }
        Ok((Matches::of_search(total), out))
    }

    /// How many cases [`Store::list_cases`] would list without its limit and
    /// offset (the app sizes its scrolling list with it).
    pub fn count_matching(&self, q: &ListQuery) -> Result<i64> {
        self.count(q, false)
    }

    /// The cases `q` matches, all counted or, `capped`, up to
    /// [`SEARCH_COUNT_CAP`] + 1 ([`Matches::of_search`]).
    fn count(&self, q: &ListQuery, capped: bool) -> Result<i64> {
        let (filter, args) = filter_sql(q);
        let mut stmt = self.conn.prepare_cached(&count_sql(&filter, capped))?;
        Ok(stmt.query_row(rusqlite::params_from_iter(args), |r| r.get(0))?)
    }

    /// The running cases ([`RUNNING`]: open, or answered with a consumer's
    /// appeal awaiting its decision) whose requester has this email address.
    pub fn open_cases_with_email(&self, email: &str) -> Result<Vec<CaseId>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT e.case_id FROM case_emails e JOIN cases c ON c.id = e.case_id
             WHERE e.email = lower(?1) AND {RUNNING} ORDER BY e.case_id"
        ))?;
        let rows = stmt.query_map([email], |r| Ok(CaseId(r.get(0)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    pub fn count_cases(&self) -> Result<i64> {
        Ok(self.conn.one("SELECT count(*) FROM cases", [], |r| r.get(0))?)
    }
}

/// The count of the cases a filter matches (what follows `FROM cases c`:
/// [`filter_sql`]'s here, `pg/cases.rs`'s on a team register, which the
/// same SQL serves): all of them, or, `capped`, up to [`SEARCH_COUNT_CAP`]
/// + 1, so that [`Matches::of_search`] can tell there are more.
pub(crate) fn count_sql(filter: &str, capped: bool) -> String {
    if capped {
        format!("SELECT count(*) FROM (SELECT 1 FROM cases c{filter} LIMIT {}) m", SEARCH_COUNT_CAP + 1)
    } else {
        format!("SELECT count(*) FROM cases c{filter}")
    }
}

/// The SELECT of [`Store::list_cases`], with `extra` columns after the fifteen
/// of a [`CaseRow`], and its arguments.
fn list_sql(q: &ListQuery, extra: &str) -> (String, Vec<Value>) {
    let (filter, mut args) = filter_sql(q);
    let columns = list_columns(RIGHTS_OF_CASE, ANSWERED_OF_CASE);
    let mut sql = format!("SELECT {columns}{extra} FROM cases c{filter}");
    sql.push_str(&order_by(q.sort));
    sql.push_str(" LIMIT ? OFFSET ?");
    args.push(q.limit.map_or(-1, i64::from).into());
    args.push(i64::from(q.offset).into());
    (sql, args)
}

/// The ORDER BY of a list, in both dialects. By due date, the running cases
/// are read from the partial index `cases_open_due` (schema 16; team schema
/// 18) in this order, a page at a time, with a due-by filter too (its
/// matches come first in this order, so the walk stops at the page's end).
pub(crate) fn order_by(sort: CaseSort) -> String {
    match sort {
        CaseSort::Received => " ORDER BY c.received DESC, c.id DESC".into(),
        CaseSort::Due => format!(" ORDER BY {NEXT_DUE} IS NULL, {NEXT_DUE}, c.id"),
        CaseSort::Reference => " ORDER BY substr(c.reference, 4, 4), length(c.reference), c.reference".into(),
    }
}

/// The due-by filter of a list (`case due --within`), in both dialects: the
/// date each case must meet next ([`NEXT_DUE`]), never NULL when it holds.
pub(crate) fn due_by_clause() -> String {
    format!("{NEXT_DUE} <= ?")
}

/// The joins and WHERE clause of a [`ListQuery`] (after `FROM cases c`), with
/// their arguments in order.
fn filter_sql(q: &ListQuery) -> (String, Vec<Value>) {
    let mut sql = String::new();
    let mut clauses: Vec<&str> = Vec::new();
    let mut args: Vec<Value> = Vec::new();
    if let Some(text) = q.text.as_deref().and_then(search::fts_query) {
        sql.push_str(" JOIN case_search s ON s.rowid = c.id");
        clauses.push("case_search MATCH ?");
        args.push(text.into());
    }
    // A local register's cases are never assigned to anyone.
    if q.assigned_to.is_some() {
        clauses.push("0");
    }
    if let Some(status) = q.status {
        clauses.push("c.status = ?");
        args.push(status.code().to_string().into());
    }
    if q.open_only {
        clauses.push(RUNNING);
    }
    if let Some(right) = q.right {
        clauses.push("EXISTS (SELECT 1 FROM case_rights r WHERE r.case_id = c.id AND r.right = ?)");
        args.push(right.code().to_string().into());
    }
    if let Some(channel) = q.channel {
        clauses.push("c.channel = ?");
        args.push(channel.code().to_string().into());
    }
    if let Some(regime) = q.regime {
        clauses.push("c.regime = ?");
        args.push(regime.code().to_string().into());
    }
    if let Some(from) = q.received_from {
        clauses.push("c.received >= ?");
        args.push(from.to_string().into());
    }
    if let Some(to) = q.received_to {
        clauses.push("c.received <= ?");
        args.push(to.to_string().into());
    }
    let due_by = due_by_clause();
    if let Some(by) = q.due_by {
        clauses.push(&due_by);
        args.push(by.to_string().into());
    }
    if !clauses.is_empty() {
        sql.push_str(" WHERE ");
        sql.push_str(&clauses.join(" AND "));
    }
    (sql, args)
}

//! Working a case on a team register: a case read with its version, and the
//! steps recorded on it (acknowledgement, identity, clarification, extension,
//! fee, refusal, withdrawal, response, appeal, a complaint's answer) as
//! rows of `case_events`, each right's answer and its corrections, and the
//! open cases read for `next`: the same rows and audit records as the local
//! register's (`crate::cases`, `crate::answers`).
//!
//! A case's version is the id of its latest audit entry. A change takes the
//! case's row lock first (`FOR UPDATE`, which the database refuses to a
//! member who may not change cases), then checks the version it was
//! prepared on, so that of two members working the same case the second is
//! refused with who changed it and when instead of overwriting the first.

use casebook_core::Case;
use casebook_core::answer::{AnswerCorrection, RightAnswer};
use chrono::{DateTime, NaiveDate, Utc};
use postgres::{Client, GenericClient, IsolationLevel, Transaction};

use super::audit::append;
use super::cases::{Step, load_case};
use crate::cases::EventAudit;
use crate::stored::{instant, parse, parse_opt};
use crate::{CaseEvent, Error};

/// The case's latest audit entry: its id (the case's version), its actor
/// and its instant as stored.
fn latest_change(c: &mut impl GenericClient, id: i64) -> Result<Option<(i64, String, String)>, postgres::Error> {
    Ok(c.query_opt("SELECT id, actor, at FROM audit_log WHERE case_id = $1 ORDER BY id DESC LIMIT 1", &[&id])?
        .map(|r| (r.get(0), r.get(1), r.get(2))))
}

/// A case and its version, from one snapshot.
pub(super) fn case_with_version(c: &mut Client, id: i64) -> Step<(Case, i64)> {
    let mut tx = c.build_transaction().read_only(true).isolation_level(IsolationLevel::RepeatableRead).start()?;
    let case = load_case(&mut tx, id)?;
    let version = latest_change(&mut tx, id)?.map_or(0, |(v, _, _)| v);
    tx.commit()?;
    Ok((case, version))
}

/// Opens a change to case `id` read at `seen`: locks its row, checks that
/// nothing was written since ([`Error::Stale`] naming the latest change
/// otherwise), and gives the case as it stands.
fn begin_change(tx: &mut Transaction<'_>, id: i64, seen: Option<i64>) -> Step<Case> {
    let reference: String = tx
        .query_opt("SELECT reference FROM cases WHERE id = $1 FOR UPDATE", &[&id])?
        .ok_or(Error::NotFound { what: "case", key: id.to_string() })?
        .get(0);
    if let Some(seen) = seen
        && let Some((version, by, at)) = latest_change(tx, id)?
        && version != seen
    {
        return Err(Error::stale(reference, by, &at).into());
    }
    load_case(tx, id)
}

/// Records an event on `case` (read at `seen`) with the case's new status
/// and due date, and its audit entry, in the caller's transaction: the same
/// records as the local register's `Store::add_event_seen`.
#[allow(clippy::too_many_arguments)]
pub(super) fn add_event(
    tx: &mut Transaction<'_>,
    user: &str,
    case: &Case,
    seen: Option<i64>,
    kind: &str,
    on_date: NaiveDate,
    detail: Option<&serde_json::Value>,
    at: DateTime<Utc>,
) -> Step<(CaseEvent, Case)> {
    let id = case.id.0;
    let before = begin_change(tx, id, seen)?;
    let event_id: i64 = tx
        .query_one(
            "INSERT INTO case_events (case_id, kind, on_date, detail, at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
            &[&id, &kind, &on_date.to_string(), &detail.map(|d| d.to_string()), &instant(at)],
        )?
        .get(0);
    let event = CaseEvent { id: event_id, kind: kind.to_string(), on_date, detail: detail.cloned(), at };
    tx.execute(
        "UPDATE cases SET status = $2, due = $3, updated_at = $4, appeal_due = $5 WHERE id = $1",
        &[
            &id,
            &case.status.code(),
            &case.due.map(|d| d.to_string()),
            &instant(at),
            &case.appeal_due.map(|d| d.to_string()),
        ],
    )?;
    let after = load_case(tx, id)?;
    let audit = EventAudit::of(&before, case);
    let before_record = audit.record(&before, None);
    let after_record = audit.record(&after, Some(&event));
    let reference = after.reference.to_string();
    append(tx, user, at, Some((id, &reference)), &format!("event.{kind}"), Some(&before_record), Some(&after_record))?;
    Ok((event, after))
}

/// Stores the answer to one right of case `id`.
fn insert_answer(tx: &mut Transaction<'_>, id: i64, a: &RightAnswer, at: DateTime<Utc>) -> Step<()> {
    write_answer(
        tx,
        r#"INSERT INTO case_right_answers (case_id, "right", outcome, ground, detail, by_whom, on_date, at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)"#,
        id,
        a,
        at,
    )
}

/// Runs `sql` (an INSERT or UPDATE of `case_right_answers`) with the case as
/// $1, the right as $2, then the answer's outcome, ground, detail, author and
/// date and the instant `at` as $3 to $8 (as the local register's `write_answer`).
fn write_answer(tx: &mut Transaction<'_>, sql: &str, id: i64, a: &RightAnswer, at: DateTime<Utc>) -> Step<()> {
    tx.execute(
        sql,
        &[
            &id,
            &a.right.code(),
            &a.outcome.code(),
            &a.ground.map(|g| g.code()),
            &a.detail,
            &a.by,
            &a.on.to_string(),
            &instant(at),
        ],
    )?;
    Ok(())
}

/// Records the answer to one right of case `id` with the case's due date
/// afterwards, audited as `right.answered` with the answer, in the caller's
/// transaction: the same records as the local register's
/// `Store::add_right_answer`. The case's row lock and the check that it is
/// still as read at `seen` come first, as for a step.
#[allow(clippy::too_many_arguments)]
pub(super) fn add_answer(
    tx: &mut Transaction<'_>,
    user: &str,
    id: i64,
    seen: Option<i64>,
    answer: &RightAnswer,
    due: Option<NaiveDate>,
    at: DateTime<Utc>,
) -> Step<()> {
    let reference = begin_change(tx, id, seen)?.reference.to_string();
    insert_answer(tx, id, answer, at)?;
    tx.execute(
        "UPDATE cases SET updated_at = $2, due = $3 WHERE id = $1",
        &[&id, &instant(at), &due.map(|d| d.to_string())],
    )?;
    let after = serde_json::to_string(answer).expect("answers serialise");
    append(tx, user, at, Some((id, &reference)), "right.answered", None, Some(&after))?;
    Ok(())
}

/// Corrects the recorded answer to one right of case `id`: the answer as it
/// stood is copied among the right's corrections with `reason`, who
/// corrected it and when, the right's row then holds `answer`, the case
/// its due date afterwards, audited as `right.corrected` (before: the
/// earlier answer; after: the corrected one and the reason), in the
/// caller's transaction: the same records as the local register's
/// `Store::correct_right_answer`. The case's row lock and the check that it
/// is still as read at `seen` come first.
#[allow(clippy::too_many_arguments)]
pub(super) fn correct_answer(
    tx: &mut Transaction<'_>,
    user: &str,
    id: i64,
    seen: Option<i64>,
    answer: &RightAnswer,
    reason: &str,
    corrected_on: NaiveDate,
    due: Option<NaiveDate>,
    at: DateTime<Utc>,
) -> Step<()> {
    let reference = begin_change(tx, id, seen)?.reference.to_string();
    let right = answer.right.code();
    let before = tx
        .query_opt(
            r#"SELECT "right", outcome, ground, detail, by_whom, on_date
               FROM case_right_answers WHERE case_id = $1 AND "right" = $2"#,
            &[&id, &right],
        )?
        .map(|r| answer_from_row(&r))
        .transpose()?
        .ok_or_else(|| Error::NotFound { what: "answer of this right", key: right.into() })?;
    // The answer as it stood, copied as stored.
    tx.execute(
        r#"INSERT INTO case_right_answer_corrections (case_id, "right", outcome, ground, detail, by_whom,
               on_date, answered_at, reason, corrected_by, corrected_on, at)
           SELECT case_id, "right", outcome, ground, detail, by_whom, on_date, at, $3, $4, $5, $6
           FROM case_right_answers WHERE case_id = $1 AND "right" = $2"#,
        &[&id, &right, &reason, &user, &corrected_on.to_string(), &instant(at)],
    )?;
    write_answer(
        tx,
        r#"UPDATE case_right_answers
           SET outcome = $3, ground = $4, detail = $5, by_whom = $6, on_date = $7, at = $8
           WHERE case_id = $1 AND "right" = $2"#,
        id,
        answer,
        at,
    )?;
    tx.execute(
        "UPDATE cases SET updated_at = $2, due = $3 WHERE id = $1",
        &[&id, &instant(at), &due.map(|d| d.to_string())],
    )?;
    let before = serde_json::to_string(&before).expect("answers serialise");
    let after = serde_json::json!({ "answer": answer, "reason": reason }).to_string();
    append(tx, user, at, Some((id, &reference)), "right.corrected", Some(&before), Some(&after))?;
    Ok(())
}

/// A case's corrected answers, oldest first: each the answer as it stood
/// before, with why, by whom and when it was corrected.
pub(super) fn answer_corrections(c: &mut Client, id: i64) -> Step<Vec<AnswerCorrection>> {
    let sql = r#"SELECT "right", outcome, ground, detail, by_whom, on_date, reason, corrected_by, corrected_on
                 FROM case_right_answer_corrections WHERE case_id = $1 ORDER BY id"#;
    c.query(sql, &[&id])?
        .iter()
        .map(|r| {
            Ok(AnswerCorrection {
                earlier: answer_from_row(r)?,
                reason: r.get(6),
                by: r.get(7),
                on: parse("date", r.get::<_, String>(8))?,
            })
        })
        .collect()
}

/// The answers recorded to a case's rights, oldest first.
pub(super) fn right_answers(c: &mut Client, id: i64) -> Step<Vec<RightAnswer>> {
    let sql = r#"SELECT "right", outcome, ground, detail, by_whom, on_date
                 FROM case_right_answers WHERE case_id = $1 ORDER BY id"#;
    c.query(sql, &[&id])?.iter().map(answer_from_row).collect()
}

/// The cases of `ids` this member may see, each with its events and its
/// rights' answers, in the order of `ids`: three reads whatever their number.
pub(super) fn dated_cases(c: &mut Client, ids: &[i64]) -> Step<Vec<crate::register::DatedCase>> {
    let mut tx = c.build_transaction().isolation_level(IsolationLevel::RepeatableRead).read_only(true).start()?;
    let dated = read_dated(&mut tx, ids)?;
    tx.commit()?;
    Ok(dated)
}

/// Every case not yet closed this member may see, oldest first, each with
/// its events and its rights' answers, from one snapshot.
pub(super) fn open_dated_cases(c: &mut Client) -> Step<Vec<crate::register::DatedCase>> {
    let mut tx = c.build_transaction().isolation_level(IsolationLevel::RepeatableRead).read_only(true).start()?;
    let ids: Vec<i64> = tx
        .query(&format!("SELECT c.id FROM cases c WHERE {} ORDER BY c.id", crate::NEEDS_WORK), &[])?
        .iter()
        .map(|r| r.get(0))
        .collect();
    let dated = read_dated(&mut tx, &ids)?;
    tx.commit()?;
    Ok(dated)
}

/// [`dated_cases`] in the caller's snapshot.
fn read_dated(tx: &mut Transaction<'_>, ids: &[i64]) -> Step<Vec<crate::register::DatedCase>> {
    let sql = format!("SELECT {} FROM cases c WHERE c.id = ANY($1)", super::cases::case_columns());
    let mut cases = std::collections::HashMap::new();
    for r in tx.query(&sql, &[&ids])? {
        let case = crate::cases::case_from_row(&r)?;
        cases.insert(case.id.0, (case, Vec::new(), Vec::new()));
    }
    let events = "SELECT id, kind, on_date, detail, at, case_id FROM case_events WHERE case_id = ANY($1) ORDER BY id";
    for r in tx.query(events, &[&ids])? {
        if let Some(entry) = cases.get_mut(&r.get::<_, i64>(5)) {
            entry.1.push(crate::cases::event_from_row(&r)?);
        }
    }
    let answers = r#"SELECT "right", outcome, ground, detail, by_whom, on_date, case_id
                     FROM case_right_answers WHERE case_id = ANY($1) ORDER BY id"#;
    for r in tx.query(answers, &[&ids])? {
        if let Some(entry) = cases.get_mut(&r.get::<_, i64>(6)) {
            entry.2.push(answer_from_row(&r)?);
        }
    }
    Ok(ids.iter().filter_map(|id| cases.remove(id)).collect())
}

/// An answer to a right from a row of `right, outcome, ground, detail, by_whom, on_date`.
fn answer_from_row(r: &postgres::Row) -> Step<RightAnswer> {
    let (right, outcome, ground, on): (String, String, Option<String>, String) =
        (r.get(0), r.get(1), r.get(2), r.get(5));
    Ok(RightAnswer {
        right: parse("right", right)?,
        outcome: parse("right outcome", outcome)?,
        ground: parse_opt("refusal reason", ground)?,
        detail: r.get(3),
        by: r.get(4),
        on: parse("date", on)?,
    })
}

/// Writes every editable field of `case` (read at `seen`) and `answers` to
/// its rights, audited as `action` with the case before and after, in the
/// caller's transaction: the same records as the local register's
/// `Store::save_case_answering`. A case given an employee's or applicant's
/// category becomes an HR case, which row-level security then refuses to a
/// member without casebook_hr.
#[allow(clippy::too_many_arguments)]
pub(super) fn save_case(
    tx: &mut Transaction<'_>,
    user: &str,
    case: &Case,
    seen: Option<i64>,
    answers: &[RightAnswer],
    action: &str,
    at: DateTime<Utc>,
) -> Step<Case> {
    let id = case.id.0;
    let before = begin_change(tx, id, seen)?;
    for a in answers {
        insert_answer(tx, id, a, at)?;
    }
    let requester = serde_json::to_string(&case.requester).expect("requester serialises");
    let subject = case.data_subject.as_ref().map(|d| serde_json::to_string(d).expect("subject serialises"));
    tx.execute(
        "UPDATE cases SET status = $2, regime = $3, location = $4, channel = $5, received = $6, received_at = $7,
            requester_name = $8, requester = $9, data_subject = $10, subject_category = $11, language = $12,
            outcome = $13, closed_on = $14, due = $15, updated_at = $16, intake = $17, hr = $18,
            appeal_due = $19
         WHERE id = $1",
        &[
            &id,
            &case.status.code(),
            &case.regime.code(),
            &case.location.as_str(),
            &case.channel.code(),
            &case.received.to_string(),
            &case.received_at.map(instant),
            &case.requester.name,
            &requester,
            &subject,
            &case.subject_category.map(|c| c.code()),
            &case.language,
            &case.outcome.map(|o| o.code()),
            &case.closed_on.map(|d| d.to_string()),
            &case.due.map(|d| d.to_string()),
            &instant(at),
            &case.intake.as_ref().map(|i| i.to_string()),
            &case.subject_category.is_some_and(|c| c.is_hr()),
            &case.appeal_due.map(|d| d.to_string()),
        ],
    )?;
    if before.rights != case.rights {
        tx.execute("DELETE FROM case_rights WHERE case_id = $1", &[&id])?;
        let rights: Vec<&str> = case.rights.iter().map(|r| r.code()).collect();
        tx.execute(super::cases::INSERT_RIGHTS, &[&id, &rights])?;
    }
    super::search::reindex_case(tx, id)?;
    let after = load_case(tx, id)?;
    let reference = after.reference.to_string();
    let (before_json, after_json) = (
        serde_json::to_string(&before).expect("cases serialise"),
        serde_json::to_string(&after).expect("cases serialise"),
    );
    append(tx, user, at, Some((id, &reference)), action, Some(&before_json), Some(&after_json))?;
    Ok(after)
}

/// Re-opens the closed `case` (read at `seen`) with its new status and due
/// date, its outcome and closing date cleared and kept in a `reopened` event
/// with the reason, audited as `case.reopened`, in the caller's transaction:
/// the same records as the local register's `Store::reopen_case`.
#[allow(clippy::too_many_arguments)]
pub(super) fn reopen_case(
    tx: &mut Transaction<'_>,
    user: &str,
    case: &Case,
    seen: Option<i64>,
    on_date: NaiveDate,
    reason: &str,
    at: DateTime<Utc>,
) -> Step<Case> {
    let id = case.id.0;
    let before = begin_change(tx, id, seen)?;
    let detail = serde_json::json!({ "reason": reason, "outcome": before.outcome, "closed_on": before.closed_on });
    tx.execute(
        "INSERT INTO case_events (case_id, kind, on_date, detail, at) VALUES ($1, 'reopened', $2, $3, $4)",
        &[&id, &on_date.to_string(), &detail.to_string(), &instant(at)],
    )?;
    tx.execute(
        "UPDATE cases SET status = $2, outcome = NULL, closed_on = NULL, due = $3, updated_at = $4 WHERE id = $1",
        &[&id, &case.status.code(), &case.due.map(|d| d.to_string()), &instant(at)],
    )?;
    let after = load_case(tx, id)?;
    let reference = after.reference.to_string();
    let before_json = serde_json::to_string(&before).expect("cases serialise");
    let after_json = serde_json::json!({ "reason": reason, "case": after }).to_string();
    append(tx, user, at, Some((id, &reference)), "case.reopened", Some(&before_json), Some(&after_json))?;
    Ok(after)
}

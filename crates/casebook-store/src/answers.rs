//! Each right of a case answered on its own (schema 12): one row per right,
//! written with its audit entry on the case, or with the case's closing; a
//! correction (schema 14) keeps the earlier answer in
//! `case_right_answer_corrections` with its reason, then replaces the row.

use casebook_core::CaseId;
use casebook_core::answer::{AnswerCorrection, RightAnswer};
use rusqlite::{OptionalExtension, Row, Transaction, params};

use crate::cached::Cached;
use crate::stored::parse;
use crate::{Result, Stamp, Store, audit};

pub(crate) fn insert_answer(tx: &Transaction<'_>, case: i64, answer: &RightAnswer, at: &str) -> Result<()> {
    write_answer(
        tx,
        "INSERT INTO case_right_answers (case_id, right, outcome, ground, detail, by_whom, on_date, at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        case,
        answer,
        at,
    )
}

/// Runs `sql` (an INSERT or UPDATE of `case_right_answers`) with the case as
/// ?1, the right as ?2, then the answer's outcome, ground, detail, author and
/// date and the instant `at` as ?3 to ?8.
fn write_answer(tx: &Transaction<'_>, sql: &str, case: i64, answer: &RightAnswer, at: &str) -> Result<()> {
    tx.exec(
        sql,
        params![
            case,
            answer.right.code(),
            answer.outcome.code(),
            answer.ground.map(|g| g.code()),
            answer.detail,
            answer.by,
            answer.on.to_string(),
            at,
        ],
    )?;
    Ok(())
}

/// An answer from a row whose first six columns are `right, outcome, ground,
/// detail, by_whom, on_date`.
fn row_to_answer(r: &Row<'_>) -> rusqlite::Result<RightAnswer> {
    let ground: Option<String> = r.get(2)?;
    Ok(RightAnswer {
        right: parse("right", r.get(0)?)?,
        outcome: parse("right outcome", r.get(1)?)?,
        ground: ground.map(|g| parse("refusal reason", g)).transpose()?,
        detail: r.get(3)?,
        by: r.get(4)?,
        on: parse("date", r.get(5)?)?,
    })
}

impl Store {
    /// Records the answer to one right of a case, with the case's due date
    /// as it stands afterwards, audited on the case; refused as stale when
    /// the case changed since it was read at `seen` (the due date was
    /// computed from the case as read).
    pub fn add_right_answer(
        &mut self,
        case: CaseId,
        seen: Option<i64>,
        answer: &RightAnswer,
        due: Option<chrono::NaiveDate>,
        stamp: Stamp<'_>,
    ) -> Result<()> {
        self.change_answers(case, seen, due, stamp, "right.answered", |tx, at| {
            insert_answer(tx, case.0, answer, at)?;
            Ok((None, serde_json::to_string(answer).expect("answers serialise")))
        })
    }

    /// Runs `write` (given the transaction and the stamp's time as stored) on
    /// the answers of `case`, then sets the case's due date as it stands
    /// afterwards and audits `action` on it with the before and after records
    /// `write` returns, in one transaction.
    fn change_answers(
        &mut self,
        case: CaseId,
        seen: Option<i64>,
        due: Option<chrono::NaiveDate>,
        stamp: Stamp<'_>,
        action: &str,
        write: impl FnOnce(&Transaction<'_>, &str) -> Result<(Option<String>, String)>,
    ) -> Result<()> {
        let tx = self.conn.transaction()?;
        let reference = crate::case_ref::reference_of(&tx, case.0)?;
        crate::case_ref::check_version_of(&tx, case.0, &reference, seen)?;
        let at = crate::stored::instant(stamp.at);
        let (before, after) = write(&tx, &at)?;
        tx.exec(
            "UPDATE cases SET updated_at = ?2, due = ?3 WHERE id = ?1",
            params![case.0, at, due.map(|d| d.to_string())],
        )?;
        audit::append(&tx, stamp, Some((case.0, &reference)), action, before.as_deref(), Some(&after))?;
        tx.commit()?;
        Ok(())
    }

    /// Corrects the recorded answer to one right: the answer as it stood is
    /// kept among the right's corrections with `reason`, who corrected it and
    /// on which day, and the right's row then holds `answer`; with the case's
    /// due date as it stands afterwards; audited on the case (before: the
    /// earlier answer; after: the corrected one and the reason). Refused when
    /// the right has no answer, and as stale when the case changed since it
    /// was read at `seen`.
    #[allow(clippy::too_many_arguments)]
    pub fn correct_right_answer(
        &mut self,
        case: CaseId,
        seen: Option<i64>,
        answer: &RightAnswer,
        reason: &str,
        corrected_on: chrono::NaiveDate,
        due: Option<chrono::NaiveDate>,
        stamp: Stamp<'_>,
    ) -> Result<()> {
        self.change_answers(case, seen, due, stamp, "right.corrected", |tx, at| {
            let before = tx
                .prepare_cached(
                    "SELECT right, outcome, ground, detail, by_whom, on_date
                     FROM case_right_answers WHERE case_id = ?1 AND right = ?2",
                )?
                .query_row(params![case.0, answer.right.code()], row_to_answer)
                .optional()?
                .ok_or_else(|| crate::Error::NotFound {
                    what: "answer of this right",
                    key: answer.right.code().into(),
                })?;
            // The answer as it stood, copied as stored.
            tx.exec(
                "INSERT INTO case_right_answer_corrections (case_id, right, outcome, ground, detail, by_whom,
                     on_date, answered_at, reason, corrected_by, corrected_on, at)
                 SELECT case_id, right, outcome, ground, detail, by_whom, on_date, at, ?3, ?4, ?5, ?6
                 FROM case_right_answers WHERE case_id = ?1 AND right = ?2",
                params![case.0, answer.right.code(), reason, stamp.actor, corrected_on.to_string(), at],
            )?;
            // The row read above: one answer per right (UNIQUE (case_id, right)).
            write_answer(
                tx,
                "UPDATE case_right_answers
                 SET outcome = ?3, ground = ?4, detail = ?5, by_whom = ?6, on_date = ?7, at = ?8
                 WHERE case_id = ?1 AND right = ?2",
                case.0,
                answer,
                at,
            )?;
            let before = serde_json::to_string(&before).expect("answers serialise");
            Ok((Some(before), serde_json::json!({ "answer": answer, "reason": reason }).to_string()))
        })
    }

    /// A case's corrected answers, oldest first: each the answer as it stood
    /// before, with why, by whom and when it was corrected.
    pub fn right_answer_corrections(&self, case: CaseId) -> Result<Vec<AnswerCorrection>> {
        Ok(self.conn.all(
            "SELECT right, outcome, ground, detail, by_whom, on_date, reason, corrected_by, corrected_on
             FROM case_right_answer_corrections WHERE case_id = ?1 ORDER BY id",
            [case.0],
            |r| {
                Ok(AnswerCorrection {
                    earlier: row_to_answer(r)?,
                    reason: r.get(6)?,
                    by: r.get(7)?,
                    on: parse("date", r.get(8)?)?,
                })
            },
        )?)
    }

    /// The answers of every case not yet closed (or awaiting an appeal's
    /// decision), by case id, each case's in
    /// the order they were recorded.
    pub fn answers_of_open_cases(&self) -> Result<std::collections::HashMap<i64, Vec<RightAnswer>>> {
        let rows = self.conn.all(
            &format!(
                "SELECT a.right, a.outcome, a.ground, a.detail, a.by_whom, a.on_date, a.case_id
                 FROM case_right_answers a JOIN cases c ON c.id = a.case_id
                 WHERE {} ORDER BY a.id",
                crate::NEEDS_WORK
            ),
            [],
            |r| Ok((r.get::<_, i64>(6)?, row_to_answer(r)?)),
        )?;
        let mut by_case: std::collections::HashMap<i64, Vec<RightAnswer>> = std::collections::HashMap::new();
        for (case, answer) in rows {
            by_case.entry(case).or_default().push(answer);
        }
        Ok(by_case)
    }

    /// A case's answers, in the order they were recorded.
    pub fn right_answers(&self, case: CaseId) -> Result<Vec<RightAnswer>> {
        Ok(self.conn.all(
            "SELECT right, outcome, ground, detail, by_whom, on_date
             FROM case_right_answers WHERE case_id = ?1 ORDER BY id",
            [case.0],
            row_to_answer,
        )?)
    }
}

#[cfg(test)]
mod tests {
    use casebook_core::Right;
    use casebook_core::answer::RightOutcome;
    use casebook_core::workflow::RefusalReason;
    use chrono::{NaiveDate, TimeZone, Utc};

    use crate::{Stamp, Store};

    #[test]
    fn answers_are_stored_audited_and_checked_by_verify() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("c.db"), crate::OpenMode::CreateIfMissing).unwrap();
        let stamp = Stamp { at: Utc.with_ymd_and_hms(2026, 11, 29, 10, 0, 0).unwrap(), actor: "dpo" };
        let new = crate::test_support::new_case("Ann", &[Right::Erasure, Right::Objection]);
        let case = store.insert_case(&new, None, stamp).unwrap();
        let answer = casebook_core::answer::RightAnswer {
            right: Right::Erasure,
            outcome: RightOutcome::Refused,
            ground: Some(RefusalReason::Exemption),
            detail: Some("legal claims".into()),
            by: "dpo".into(),
            on: NaiveDate::from_ymd_opt(2026, 11, 20).unwrap(),
        };
        store.add_right_answer(case.id, None, &answer, None, stamp).unwrap();
        assert_eq!(store.right_answers(case.id).unwrap(), vec![answer.clone()]);
        // One answer per right.
        assert!(store.add_right_answer(case.id, None, &answer, None, stamp).is_err());
        assert!(store.verify_audit().unwrap().is_intact());
        assert_eq!(store.audit_of_case(case.id).unwrap().last().unwrap().action, "right.answered");
        // Corrected: the earlier answer kept with the reason, audited, the log intact.
        let corrected = casebook_core::answer::RightAnswer {
            outcome: RightOutcome::Fulfilled,
            ground: None,
            detail: None,
            ..answer.clone()
        };
        let on = NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
        store.correct_right_answer(case.id, None, &corrected, "the exemption did not apply", on, None, stamp).unwrap();
        assert_eq!(store.right_answers(case.id).unwrap(), vec![corrected.clone()]);
        let history = store.right_answer_corrections(case.id).unwrap();
        assert_eq!(history.len(), 1);
        assert_eq!(history[0].earlier, answer);
        assert_eq!(
            (history[0].reason.as_str(), history[0].by.as_str(), history[0].on),
            ("the exemption did not apply", "dpo", on)
        );
        let entry = store.audit_of_case(case.id).unwrap().last().unwrap().clone();
        assert_eq!(entry.action, "right.corrected");
        assert!(store.verify_audit().unwrap().is_intact());
        // Read before the correction: an answer or a correction on that view is stale, and writes nothing.
        let (_, seen) = store.case_with_version(case.id).unwrap();
        let objection_answer = casebook_core::answer::RightAnswer { right: Right::Objection, ..corrected.clone() };
        // Someone else's correction meanwhile.
        store.correct_right_answer(case.id, None, &answer, "back to the refusal", on, None, stamp).unwrap();
        let stale = store.add_right_answer(case.id, Some(seen), &objection_answer, None, stamp).unwrap_err();
        assert!(matches!(stale, crate::Error::Stale { .. }), "{stale}");
        let stale = store.correct_right_answer(case.id, Some(seen), &corrected, "again", on, None, stamp).unwrap_err();
        assert!(matches!(stale, crate::Error::Stale { .. }), "{stale}");
        assert_eq!(store.right_answers(case.id).unwrap(), vec![answer.clone()]);
        assert_eq!(store.right_answer_corrections(case.id).unwrap().len(), 2);
        let (_, now) = store.case_with_version(case.id).unwrap();
        store
            .correct_right_answer(
                case.id,
                Some(now),
                &corrected,
                "the exemption did not apply after all",
                on,
                None,
                stamp,
            )
            .unwrap();
        assert_eq!(store.right_answer_corrections(case.id).unwrap().len(), 3);
        // A right with no answer has nothing to correct.
        let objection = casebook_core::answer::RightAnswer { right: Right::Objection, ..corrected.clone() };
        assert!(store.correct_right_answer(case.id, None, &objection, "x", on, None, stamp).is_err());
        assert_eq!(store.right_answer_corrections(case.id).unwrap().len(), 3);
        // Changed behind the log's back: named.
        store.conn.execute("UPDATE case_right_answers SET outcome = 'no-data', ground = NULL", []).unwrap();
        let problem = store.verify_audit().unwrap().problem.unwrap_or_default();
        assert!(
            problem.contains("case_right_answers.outcome") && problem.contains("without an audit entry"),
            "{problem}"
        );
    }
}

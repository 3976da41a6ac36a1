//! Each right of a case answered on its own (schema 12): one row per right,
//! written with its audit entry on the case, or with the case's closing.

use casebook_core::CaseId;
use casebook_core::answer::RightAnswer;
use rusqlite::{Transaction, params};

use crate::cached::Cached;
use crate::cases::parse;
use crate::{Result, Stamp, Store, audit};

pub(crate) fn insert_answer(tx: &Transaction<'_>, case: i64, answer: &RightAnswer, at: &str) -> Result<()> {
    tx.exec(
        "INSERT INTO case_right_answers (case_id, right, outcome, ground, detail, by_whom, on_date, at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
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

impl Store {
    /// Records the answer to one right of a case, with the case's due date
    /// as it stands afterwards, audited on the case.
    pub fn add_right_answer(
        &mut self,
        case: CaseId,
        answer: &RightAnswer,
        due: Option<chrono::NaiveDate>,
        stamp: Stamp<'_>,
    ) -> Result<()> {
        let tx = self.conn.transaction()?;
        let reference = crate::documents::reference_of(&tx, case.0)?;
        let at = stamp.at.to_rfc3339_opts(chrono::SecondsFormat::Micros, true);
        insert_answer(&tx, case.0, answer, &at)?;
        tx.exec(
            "UPDATE cases SET updated_at = ?2, due = ?3 WHERE id = ?1",
            params![case.0, at, due.map(|d| d.to_string())],
        )?;
        let after = serde_json::to_string(answer).expect("answers serialise");
        audit::append(&tx, stamp, Some((case.0, &reference)), "right.answered", None, Some(&after))?;
        tx.commit()?;
        Ok(())
    }

    /// A case's answers, in the order they were recorded.
    pub fn right_answers(&self, case: CaseId) -> Result<Vec<RightAnswer>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT right, outcome, ground, detail, by_whom, on_date
             FROM case_right_answers WHERE case_id = ?1 ORDER BY id",
        )?;
        let rows = stmt.query_map([case.0], |r| {
            let ground: Option<String> = r.get(2)?;
            Ok(RightAnswer {
                right: parse("right", r.get(0)?)?,
                outcome: parse("right outcome", r.get(1)?)?,
                ground: ground.map(|g| parse("refusal reason", g)).transpose()?,
                detail: r.get(3)?,
                by: r.get(4)?,
                on: parse("date", r.get(5)?)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

#[cfg(test)]
mod tests {
    use casebook_core::answer::RightOutcome;
    use casebook_core::workflow::RefusalReason;
    use casebook_core::{Channel, Location, NewCase, Regime, Requester, Right, Status};
    use chrono::{NaiveDate, TimeZone, Utc};

    use crate::{Stamp, Store};

    #[test]
    fn answers_are_stored_audited_and_checked_by_verify() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("c.db"), crate::OpenMode::CreateIfMissing).unwrap();
        let stamp = Stamp { at: Utc.with_ymd_and_hms(2026, 11, 29, 10, 0, 0).unwrap(), actor: "dpo" };
        let new = NewCase {
            kind: casebook_core::CaseKind::Request,
            concerns: None,
            requester: Requester { name: "Ann".into(), ..Default::default() },
            data_subject: None,
            subject_category: None,
            channel: Channel::Email,
            received: NaiveDate::from_ymd_opt(2026, 11, 2).unwrap(),
            received_at: None,
            rights: vec![Right::Erasure, Right::Objection],
            regime: Regime::UkGdpr,
            location: Location::parse("GB-ENG").unwrap(),
            language: None,
            status: Status::Received,
            intake: None,
        };
        let case = store.insert_case(&new, None, stamp).unwrap();
        let answer = casebook_core::answer::RightAnswer {
            right: Right::Erasure,
            outcome: RightOutcome::Refused,
            ground: Some(RefusalReason::Exemption),
            detail: Some("legal claims".into()),
            by: "dpo".into(),
            on: NaiveDate::from_ymd_opt(2026, 11, 20).unwrap(),
        };
        store.add_right_answer(case.id, &answer, None, stamp).unwrap();
        assert_eq!(store.right_answers(case.id).unwrap(), vec![answer.clone()]);
        // One answer per right.
        assert!(store.add_right_answer(case.id, &answer, None, stamp).is_err());
        assert!(store.verify_audit().unwrap().is_intact());
        assert_eq!(store.audit_of_case(case.id).unwrap().last().unwrap().action, "right.answered");
        // Changed behind the log's back: named.
        store.conn.execute("UPDATE case_right_answers SET outcome = 'fulfilled', ground = NULL", []).unwrap();
        let problem = store.verify_audit().unwrap().problem.unwrap_or_default();
        assert!(
            problem.contains("case_right_answers.outcome") && problem.contains("without an audit entry"),
            "{problem}"
        );
    }
}

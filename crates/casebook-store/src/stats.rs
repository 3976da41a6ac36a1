//! Counts over the whole register, for the dashboard: one aggregate query
//! each, so that the numbers stay instant on a register of 100,000 cases.

use casebook_core::Status;
use chrono::NaiveDate;
use rusqlite::params;
use serde::Serialize;

use crate::cases::parse;
use crate::{Result, Store};

/// Statuses whose cases no longer run against a deadline (see `Status::is_open`).
const FINISHED: &str = "('closed', 'withdrawn', 'refused', 'response-sent')";

/// How many cases stand where, as of one day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CaseCounts {
    /// Every status that has at least one case, with its count.
    pub by_status: Vec<(Status, i64)>,
    /// Open cases whose due date is before `today`.
    pub overdue: i64,
    /// Open cases due from `today` to `until`, both included.
    pub due_soon: i64,
}

impl Store {
    /// Counts per status, overdue cases, and cases due from `today` to `until`.
    pub fn case_counts(&self, today: NaiveDate, until: NaiveDate) -> Result<CaseCounts> {
        let mut stmt = self.conn.prepare_cached("SELECT status, count(*) FROM cases GROUP BY status")?;
        let by_status = stmt
            .query_map([], |r| Ok((parse::<Status>("status", r.get(0)?)?, r.get::<_, i64>(1)?)))?
            .collect::<Result<Vec<_>, _>>()?;
        let sql = format!(
            "SELECT count(*) FILTER (WHERE due < ?1), count(*) FILTER (WHERE due >= ?1 AND due <= ?2)
             FROM cases WHERE due IS NOT NULL AND status NOT IN {FINISHED}"
        );
        let (overdue, due_soon) = self
            .conn
            .prepare_cached(&sql)?
            .query_row(params![today.to_string(), until.to_string()], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(CaseCounts { by_status, overdue, due_soon })
    }
}

#[cfg(test)]
mod tests {
    use casebook_core::NewCase;
    use chrono::{TimeZone, Utc};

    use super::*;
    use crate::Stamp;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    /// Built from JSON, as the audit log records it, so that a field added to
    /// `NewCase` later does not need this test to change.
    fn new_case(status: Status) -> NewCase {
        serde_json::from_value(serde_json::json!({
            "requester": { "name": "Ada" },
            "data_subject": null,
            "subject_category": null,
            "channel": "email",
            "received": "2026-11-02",
            "received_at": null,
            "rights": ["access"],
            "regime": "uk-gdpr",
            "location": "GB-ENG",
            "language": null,
            "status": status.code(),
        }))
        .unwrap()
    }

    #[test]
    fn counts_statuses_and_open_deadlines_around_today() {
        let mut store = Store::open_in_memory().unwrap();
        let stamp = Stamp { at: Utc.with_ymd_and_hms(2026, 11, 20, 9, 0, 0).unwrap(), actor: "dpo" };
        let cases = [
            (new_case(Status::Received), Some(day("2026-11-19"))), // overdue
            (new_case(Status::InProgress), Some(day("2026-11-20"))), // due today
            (new_case(Status::AwaitingIdentity), Some(day("2026-11-27"))), // the 7th day
            (new_case(Status::Received), Some(day("2026-11-28"))), // later
            (new_case(Status::AwaitingIdentity), None), // waiting, no date
            (new_case(Status::ResponseSent), Some(day("2026-11-01"))), // finished: never overdue
        ];
        store.insert_cases(&cases, stamp).unwrap();

        let counts = store.case_counts(day("2026-11-20"), day("2026-11-27")).unwrap();

        assert_eq!(counts.overdue, 1);
        assert_eq!(counts.due_soon, 2);
        let mut by_status = counts.by_status.clone();
        by_status.sort_by_key(|(s, _)| s.code());
        assert_eq!(
            by_status,
            [
                (Status::AwaitingIdentity, 2),
                (Status::InProgress, 1),
                (Status::Received, 2),
                (Status::ResponseSent, 1)
            ]
        );
    }

    #[test]
    fn an_empty_register_counts_nothing() {
        let store = Store::open_in_memory().unwrap();
        let counts = store.case_counts(day("2026-11-20"), day("2026-11-27")).unwrap();
        assert_eq!(counts, CaseCounts { by_status: vec![], overdue: 0, due_soon: 0 });
    }
}

//! Counts over the whole register, for the dashboard: one aggregate query
//! each, so that the numbers stay instant on a register of 100,000 cases
//! (1,000,000 on a team register). The queries are written once, with `$1`
//! parameters that SQLite and PostgreSQL both read; [`StatsRegister`] runs
//! them on either (`pg/stats.rs` for PostgreSQL, which counts statuses from
//! its `case_counts` table).

use casebook_core::{Right, Status};
use chrono::NaiveDate;
use serde::Serialize;

use crate::cached::Cached;
use crate::stored::parse;
use crate::{FINISHED, NEXT_DUE, RUNNING, Result, Store};

/// How many cases stand where, as of one day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CaseCounts {
    /// Every status that has at least one case, with its count.
    pub by_status: Vec<(Status, i64)>,
    /// Running cases whose next date (a pending appeal's, else their own) is before `today`.
    pub overdue: i64,
    /// Running cases next due from `today` to `until`, both included.
    pub due_soon: i64,
}

/// Requests received in one month under one right (the case's primary right).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MonthRightCount {
    /// `YYYY-MM`.
    pub month: String,
    pub right: Right,
    pub count: i64,
}

/// Cases answered (a response sent, a refusal, or closed) in one month, and
/// how many of them by their due date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MonthOnTime {
    /// `YYYY-MM`.
    pub month: String,
    pub answered: i64,
    pub on_time: i64,
}

/// The day a case was answered: its first response or refusal, else the day
/// it was closed. Cases closed as withdrawn, not a request or a duplicate were
/// never answered and have none.
const ANSWERED_ON: &str = "COALESCE(
        (SELECT min(e.on_date) FROM case_events e WHERE e.case_id = c.id AND e.kind IN ('response-sent', 'refused')),
        CASE WHEN c.outcome IN ('withdrawn', 'not-a-request', 'duplicate') THEN NULL ELSE c.closed_on END)";

/// Running cases ([`RUNNING`]: a consumer's appeal awaiting its decision
/// counts by the appeal's date) overdue on `$1`, and due from `$1` to `$2`.
pub(crate) fn due_counts_sql() -> String {
    format!(
        "SELECT count(*) FILTER (WHERE {NEXT_DUE} < $1), count(*) FILTER (WHERE {NEXT_DUE} >= $1 AND {NEXT_DUE} <= $2)
         FROM cases c WHERE {NEXT_DUE} IS NOT NULL AND {RUNNING}"
    )
}

/// Requests received from `$1` on: month, primary right, count.
pub(crate) const REQUESTS_PER_MONTH: &str = "SELECT substr(c.received, 1, 7) AS month, r.\"right\", count(*)
     FROM cases c JOIN case_rights r ON r.case_id = c.id AND r.position = 0
     WHERE c.received >= $1 GROUP BY month, r.\"right\" ORDER BY month, r.\"right\"";

/// Cases answered from `$1` on: month, answered, of which on time.
pub(crate) fn answered_per_month_sql() -> String {
    format!(
        "SELECT substr(answered, 1, 7) AS month, count(*), count(*) FILTER (WHERE answered <= due)
         FROM (SELECT {ANSWERED_ON} AS answered, c.due AS due FROM cases c
               WHERE c.due IS NOT NULL AND c.status IN {FINISHED}) AS a
         WHERE answered >= $1 GROUP BY month ORDER BY month"
    )
}

/// The dashboard's counts, from a local or a team register (a team member
/// counts only the cases they may see).
pub trait StatsRegister {
    /// Counts per status, overdue cases, and cases due from `today` to `until`.
    fn case_counts(&mut self, today: NaiveDate, until: NaiveDate) -> Result<CaseCounts>;
    /// Requests received from `from` on, per month and primary right.
    fn requests_per_month(&mut self, from: NaiveDate) -> Result<Vec<MonthRightCount>>;
    /// Cases answered from `from` on, per month of the answer, with how many
    /// were answered by their due date (cases without a due date are left out).
    fn answered_on_time_per_month(&mut self, from: NaiveDate) -> Result<Vec<MonthOnTime>>;
}

impl StatsRegister for Store {
    fn case_counts(&mut self, today: NaiveDate, until: NaiveDate) -> Result<CaseCounts> {
        let mut stmt = self.conn.prepare_cached("SELECT status, count(*) FROM cases GROUP BY status")?;
        let by_status = stmt
            .query_map([], |r| Ok((parse::<Status>("status", r.get(0)?)?, r.get::<_, i64>(1)?)))?
            .collect::<Result<Vec<_>, _>>()?;
        let (overdue, due_soon) = self
            .conn
            .prepare_cached(&due_counts_sql())?
            .query_row([today.to_string(), until.to_string()], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(CaseCounts { by_status, overdue, due_soon })
    }

    fn requests_per_month(&mut self, from: NaiveDate) -> Result<Vec<MonthRightCount>> {
        Ok(self.conn.all(REQUESTS_PER_MONTH, [from.to_string()], |r| {
            Ok(MonthRightCount { month: r.get(0)?, right: parse::<Right>("right", r.get(1)?)?, count: r.get(2)? })
        })?)
    }

    fn answered_on_time_per_month(&mut self, from: NaiveDate) -> Result<Vec<MonthOnTime>> {
        Ok(self.conn.all(&answered_per_month_sql(), [from.to_string()], |r| {
            Ok(MonthOnTime { month: r.get(0)?, answered: r.get(1)?, on_time: r.get(2)? })
        })?)
    }
}

#[cfg(test)]
mod tests {
    use casebook_core::NewCase;
    use chrono::{TimeZone, Utc};

    use super::*;
    use crate::{CaseSort, ListQuery, Stamp};

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    /// A case received on 2 November 2026 asking for access.
    fn new_case(status: Status) -> NewCase {
        case_on(status, "2026-11-02", "access")
    }

    #[test]
    fn counts_statuses_and_open_deadlines_around_today() {
        let mut store = Store::open_in_memory().unwrap();
        let stamp = Stamp { at: Utc.with_ymd_and_hms(2026, 11, 20, 9, 0, 0).unwrap(), actor: "dpo" };
        let cases = [
            (new_case(Status::Received), Some(day("2026-11-19"))),   // overdue
            (new_case(Status::InProgress), Some(day("2026-11-20"))), // due today
            (new_case(Status::AwaitingIdentity), Some(day("2026-11-27"))), // the 7th day
            (new_case(Status::Received), Some(day("2026-11-28"))),   // later
            (new_case(Status::AwaitingIdentity), None),              // waiting, no date
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
            [(Status::AwaitingIdentity, 2), (Status::InProgress, 1), (Status::Received, 2), (Status::ResponseSent, 1)]
        );
    }

    #[test]
    fn an_empty_register_counts_nothing() {
        let mut store = Store::open_in_memory().unwrap();
        let counts = store.case_counts(day("2026-11-20"), day("2026-11-27")).unwrap();
        assert_eq!(counts, CaseCounts { by_status: vec![], overdue: 0, due_soon: 0 });
    }

    /// Built from JSON, as the audit log records it, so that a field added to
    /// `NewCase` later does not need this test to change.
    fn case_on(status: Status, received: &str, right: &str) -> NewCase {
        serde_json::from_value(serde_json::json!({
            "requester": { "name": "Ada" },
            "data_subject": null,
            "subject_category": null,
            "channel": "email",
            "received": received,
            "received_at": null,
            "rights": [right, "objection"],
            "regime": "uk-gdpr",
            "location": "GB-ENG",
            "language": null,
            "status": status.code(),
        }))
        .unwrap()
    }

    #[test]
    fn requests_per_month_by_primary_right_and_answers_on_time() {
        let mut store = Store::open_in_memory().unwrap();
        let stamp = Stamp { at: Utc.with_ymd_and_hms(2026, 11, 20, 9, 0, 0).unwrap(), actor: "dpo" };
        let cases = [
            (case_on(Status::ResponseSent, "2026-10-05", "access"), Some(day("2026-11-04"))),
            (case_on(Status::Refused, "2026-10-10", "erasure"), Some(day("2026-11-09"))),
            (case_on(Status::InProgress, "2026-11-02", "access"), Some(day("2026-12-02"))),
            (case_on(Status::Received, "2025-09-02", "access"), Some(day("2025-10-02"))), // before the window
        ];
        store.insert_cases(&cases, stamp).unwrap();
        let rows = store.list_cases(&ListQuery { sort: crate::CaseSort::Received, ..Default::default() }).unwrap();
        let find = |received: &str| store.case(rows.iter().find(|r| r.received == day(received)).unwrap().id).unwrap();
        let (answered, refused) = (find("2026-10-05"), find("2026-10-10"));
        store.add_event(&answered, "response-sent", day("2026-11-01"), None, stamp).unwrap();
        store.add_event(&refused, "refused", day("2026-11-12"), None, stamp).unwrap();

        let per_month = store.requests_per_month(day("2025-12-01")).unwrap();
        let got: Vec<(&str, Right, i64)> = per_month.iter().map(|m| (m.month.as_str(), m.right, m.count)).collect();
        assert_eq!(got, [("2026-10", Right::Access, 1), ("2026-10", Right::Erasure, 1), ("2026-11", Right::Access, 1)]);

        let on_time = store.answered_on_time_per_month(day("2025-12-01")).unwrap();
        assert_eq!(on_time, [MonthOnTime { month: "2026-11".into(), answered: 2, on_time: 1 }]);
        assert!(store.answered_on_time_per_month(day("2026-12-01")).unwrap().is_empty());
    }

    #[test]
    fn the_filtered_count_matches_the_list() {
        let mut store = Store::open_in_memory().unwrap();
        let stamp = Stamp { at: Utc.with_ymd_and_hms(2026, 11, 20, 9, 0, 0).unwrap(), actor: "dpo" };
        let cases = [
            (case_on(Status::Received, "2026-10-05", "access"), None),
            (case_on(Status::Received, "2026-10-06", "erasure"), None),
            (case_on(Status::Closed, "2026-10-07", "access"), None),
        ];
        store.insert_cases(&cases, stamp).unwrap();
        for q in [
            ListQuery::default(),
            ListQuery { right: Some(Right::Access), ..Default::default() },
            ListQuery { open_only: true, limit: Some(1), ..Default::default() },
            ListQuery { status: Some(Status::Closed), ..Default::default() },
        ] {
            let listed = store.list_cases(&ListQuery { limit: None, ..q.clone() }).unwrap().len() as i64;
            assert_eq!(store.count_matching(&q).unwrap(), listed, "{q:?}");
        }
        // A page and its total, read together, say what the two calls say,
        // with a text search and without (under the search's cap).
        let text = |t: &str| Some(t.to_string());
        for q in [
            ListQuery { open_only: true, limit: Some(1), ..Default::default() },
            ListQuery { text: text("ada"), limit: Some(1), ..Default::default() },
            ListQuery { text: text("ad"), open_only: true, sort: CaseSort::Due, limit: Some(5), ..Default::default() },
            ListQuery { text: text("ada"), limit: Some(1), offset: 1, ..Default::default() },
            ListQuery { text: text("nobody"), limit: Some(5), ..Default::default() },
        ] {
            let (matches, rows) = store.list_page(&q).unwrap();
            assert_eq!(matches, crate::Matches { total: store.count_matching(&q).unwrap(), more: false }, "{q:?}");
            assert_eq!(rows, store.list_cases(&q).unwrap(), "{q:?}");
        }
        assert_eq!(
            store.list_page(&ListQuery { text: text("ada"), limit: Some(1), ..Default::default() }).unwrap().0.total,
            3
        );
        assert_eq!(store.count_matching(&ListQuery { right: Some(Right::Access), ..Default::default() }).unwrap(), 2);
    }
}

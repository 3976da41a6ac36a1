//! The dashboard: where the register stands today, in counts a DPO acts on.

use casebook_core::{Right, Status};
use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use casebook_store::StatsRegister;

use crate::steps::StepBook;
use crate::{CaseLifecycle, CaseQuery, CaseSort, CaseSummary, Result};

/// How far ahead "due soon" looks, in days from today (today included).
pub const DUE_SOON_DAYS: i64 = 7;

/// The cases listed under the counts at most: the most pressing first.
const ATTENTION_LIMIT: u32 = 12;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct StatusCount {
    pub status: Status,
    pub count: i64,
}

/// The numbers on the dashboard, as of `today`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Dashboard {
    pub today: NaiveDate,
    /// Open cases past their due date.
    pub overdue: i64,
    /// Open cases due from today to [`DUE_SOON_DAYS`] days ahead.
    pub due_soon: i64,
    /// How far ahead "due soon" looks: [`DUE_SOON_DAYS`].
    pub due_soon_days: i64,
    pub awaiting_identity: i64,
    pub awaiting_clarification: i64,
    /// Every status in workflow order, zero counts included.
    pub by_status: Vec<StatusCount>,
    pub total: i64,
    /// Overdue cases and cases due soon, soonest first (at most a dozen).
    pub attention: Vec<CaseSummary>,
}

/// How many months the charts cover, the current one included.
pub const CHART_MONTHS: u32 = 12;

/// One month of the dashboard's charts.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct MonthStats {
    /// `YYYY-MM`.
    pub month: String,
    /// Requests received, per primary right (rights with none left out).
    pub by_right: Vec<(Right, i64)>,
    /// Cases answered in the month (response sent, refused, or closed with an answer).
    pub answered: i64,
    /// Of those, answered by their due date.
    pub on_time: i64,
}

/// The first day of the month `months_back` months before `today`'s.
fn month_start(today: NaiveDate, months_back: u32) -> NaiveDate {
    let first = today.with_day(1).expect("day 1 exists");
    first.checked_sub_months(chrono::Months::new(months_back)).expect("a date in range")
}

/// The last [`CHART_MONTHS`] months, oldest first, every month present
/// (zeros included): requests per right and answers on time.
pub(crate) fn monthly_stats<B: StepBook + ?Sized>(book: &B, today: NaiveDate) -> Result<Vec<MonthStats>>
where
    B::Register: StatsRegister,
{
    let from = month_start(today, CHART_MONTHS - 1);
    let requests = book.register().requests_per_month(from)?;
    let answers = book.register().answered_on_time_per_month(from)?;
    Ok((0..CHART_MONTHS)
        .rev()
        .map(|back| {
            let month = month_start(today, back).format("%Y-%m").to_string();
            let by_right = requests.iter().filter(|r| r.month == month).map(|r| (r.right, r.count)).collect();
            let (answered, on_time) =
                answers.iter().find(|a| a.month == month).map_or((0, 0), |a| (a.answered, a.on_time));
            MonthStats { month, by_right, answered, on_time }
        })
        .collect())
}

/// Where the register stands on `today`: counts per status, what is overdue
/// or due soon, and the most pressing cases (on a team register, of the
/// cases the member may see).
pub(crate) fn dashboard<B: StepBook + CaseLifecycle + ?Sized>(book: &B, today: NaiveDate) -> Result<Dashboard>
where
    B::Register: StatsRegister,
{
    let until = today + chrono::Duration::days(DUE_SOON_DAYS);
    let counts = book.register().case_counts(today, until)?;
    let count_of = |s: Status| counts.by_status.iter().find(|(st, _)| *st == s).map_or(0, |(_, n)| *n);
    let by_status: Vec<StatusCount> =
        Status::ALL.iter().map(|&status| StatusCount { status, count: count_of(status) }).collect();
    let attention = book.list_cases(
        &CaseQuery {
            due_within_days: Some(DUE_SOON_DAYS),
            sort: CaseSort::Due,
            limit: Some(ATTENTION_LIMIT),
            ..Default::default()
        },
        today,
    )?;
    Ok(Dashboard {
        today,
        overdue: counts.overdue,
        due_soon: counts.due_soon,
        due_soon_days: DUE_SOON_DAYS,
        awaiting_identity: count_of(Status::AwaitingIdentity),
        awaiting_clarification: count_of(Status::AwaitingClarification),
        total: by_status.iter().map(|s| s.count).sum(),
        by_status,
        attention,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use casebook_core::{Channel, Right};

    use crate::Casebook;

    use crate::NewRequest;
    use crate::import::tests::casebook;

    fn log(book: &Casebook, name: &str, received: &str) -> String {
        let request = NewRequest::new(name, Channel::Email, received.parse().unwrap(), vec![Right::Access]);
        book.log_request(request).unwrap().case.reference.to_string()
    }

    #[test]
    fn counts_what_is_late_what_is_near_and_what_waits() {
        let book = casebook();
        let today = book.today().unwrap();
        log(&book, "Late Larry", "2026-10-01"); // due 2 Nov: overdue
        let soon = log(&book, "Soon Sue", "2026-11-05"); // due 5 Dec: within the week
        log(&book, "Later Lee", "2026-11-30"); // due 30 Dec
        let waiting = log(&book, "Waiting Walt", "2026-11-20");
        book.request_identity(&waiting, "2026-11-21".parse().unwrap(), Some("a utility bill")).unwrap();
        let asked = log(&book, "Asked Ann", "2026-11-25");
        book.ask_clarification(&asked, "2026-11-26".parse().unwrap(), "Which accounts?").unwrap();

        let d = book.dashboard(today).unwrap();

        assert_eq!((d.overdue, d.due_soon), (1, 1));
        assert_eq!((d.awaiting_identity, d.awaiting_clarification), (1, 1));
        assert_eq!(d.total, 5);
        assert_eq!(d.by_status.len(), Status::ALL.len());
        let received = d.by_status.iter().find(|s| s.status == Status::Received).unwrap();
        assert_eq!(received.count, 3);
        let names: Vec<&str> = d.attention.iter().map(|c| c.requester_name.as_str()).collect();
        assert_eq!(names, ["Late Larry", "Soon Sue"]);
        assert_eq!(d.attention[1].reference, soon);
    }

    /// A refused case whose consumer's appeal awaits its decision runs again,
    /// by the decision's statutory date (Va. Code §59.1-577(C): 60 days), in
    /// the counts and the cases needing attention; decided, it is answered again.
    #[test]
    fn an_appeal_awaiting_its_decision_counts_by_its_date() {
        let book = casebook();
        let today = book.today().unwrap();
        let mut request =
            NewRequest::new("Appealing Ada", Channel::Email, "2026-09-01".parse().unwrap(), vec![Right::Access]);
        request.regime = Some(casebook_core::Regime::UsState);
        request.location = Some(casebook_core::Location::parse("US-VA").unwrap());
        let va = book.log_request(request).unwrap().case.reference.to_string();
        let refusal = crate::Refusal {
            on: Some("2026-09-20".parse().unwrap()),
            reason: casebook_core::workflow::RefusalReason::Exemption,
            text: "legal privilege".into(),
        };
        book.refuse(&va, refusal).unwrap();
        assert_eq!((book.dashboard(today).unwrap().overdue, book.dashboard(today).unwrap().due_soon), (0, 0));

        book.record_appeal(&va, "2026-10-03".parse().unwrap()).unwrap();
        let d = book.dashboard(today).unwrap();
        assert_eq!((d.overdue, d.due_soon), (0, 1));
        let listed = &d.attention[0];
        assert_eq!((listed.reference.as_str(), listed.status), (va.as_str(), Status::Refused));
        assert_eq!((listed.next_due, listed.appeal_due), (Some("2026-12-02".parse().unwrap()), listed.next_due));
        assert_eq!((listed.due, listed.days_left), (Some("2026-10-16".parse().unwrap()), Some(1)));

        book.decide_appeal(&va, casebook_core::AppealOutcome::Upheld, "privileged", "2026-11-30".parse().unwrap())
            .unwrap();
        let d = book.dashboard(today).unwrap();
        assert_eq!((d.overdue, d.due_soon, d.attention.len()), (0, 0, 0));
    }

    #[test]
    fn monthly_stats_cover_twelve_months_with_requests_and_answers_on_time() {
        let book = casebook();
        let today = book.today().unwrap();
        let on_time = log(&book, "Prompt Pat", "2026-10-05");
        book.respond(
            &on_time,
            crate::ResponseSent {
                on: Some("2026-10-20".parse().unwrap()),
                channel: casebook_core::Channel::Email,
                what: "a copy".into(),
            },
        )
        .unwrap();
        let late = log(&book, "Late Larry", "2026-09-01");
        book.respond(
            &late,
            crate::ResponseSent {
                on: Some("2026-10-15".parse().unwrap()),
                channel: casebook_core::Channel::Email,
                what: "a copy".into(),
            },
        )
        .unwrap();
        log(&book, "Old Olga", "2025-11-30"); // before the first month shown

        let months = book.monthly_stats(today).unwrap();

        let names: Vec<&str> = months.iter().map(|m| m.month.as_str()).collect();
        assert_eq!(names.len(), 12);
        assert_eq!((names[0], names[11]), ("2026-01", "2026-12"));
        let of = |m: &str| months.iter().find(|s| s.month == m).unwrap();
        assert_eq!(of("2026-10").by_right, [(Right::Access, 1)]);
        assert_eq!(of("2026-09").by_right, [(Right::Access, 1)]);
        assert_eq!((of("2026-10").answered, of("2026-10").on_time), (2, 1));
        assert!(of("2026-12").by_right.is_empty());
        assert_eq!(months.iter().map(|m| m.by_right.iter().map(|r| r.1).sum::<i64>()).sum::<i64>(), 2);
    }
}

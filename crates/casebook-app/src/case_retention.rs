//! Retention of closed cases: a closed case is kept for a period that depends
//! on its outcome (the organisation's policy, e.g. two years after closure, so
//! that a complaint to the regulator or a claim can still be answered), then
//! deleted with everything it holds, leaving an audit tombstone: reference,
//! dates, outcome, law and rights, no personal data.
//!
//! The periods live in the `retention` setting beside the identity-document
//! period (`after_closure_months`, by outcome code); `casebook retention run`
//! deletes what is due and `--dry-run` lists it with the reason.

use std::collections::BTreeMap;

use casebook_core::{Outcome, Regime, Right};
use chrono::{Months, NaiveDate};
use serde::Serialize;

/// The longest period accepted: fifty years.
const MAX_MONTHS: u32 = 600;

/// The default period after closure, by outcome. Two years covers the time a
/// person has to complain to a supervisory authority about the answer (and
/// most regulators' own handling time); a message that was not a request, or
/// a duplicate of a case kept anyway, needs only six months.
pub fn default_months(outcome: Outcome) -> u32 {
    match outcome {
        Outcome::NotARequest | Outcome::Duplicate => 6,
        _ => 24,
    }
}

/// Every outcome with its default period (the setting's initial value).
pub(crate) fn default_periods() -> BTreeMap<String, u32> {
    Outcome::ALL.iter().map(|o| (o.code().to_string(), default_months(*o))).collect()
}

/// The day a case closed on `closed_on` and kept `months` months is due for
/// deletion (the same day of the month, or the month's last day).
pub fn deletion_due(closed_on: NaiveDate, months: u32) -> NaiveDate {
    closed_on.checked_add_months(Months::new(months)).unwrap_or(NaiveDate::MAX)
}

/// Why a retention period was refused.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum PeriodProblem {
    /// Not a number of months or years.
    #[error("invalid period '{input}': expected e.g. 24m, 2y, 18 months, 2 years")]
    NotAPeriod { input: String },
    /// Under a month, or over the longest period a case is kept.
    #[error("invalid period '{input}': between 1 month and {max_years} years")]
    OutOfRange { input: String, max_years: u32 },
}

/// Parses a retention period: `24m`, `24 months`, `2y`, `2 years`, `1 year`.
pub fn parse_period(s: &str) -> std::result::Result<u32, PeriodProblem> {
    let t = s.trim().to_ascii_lowercase();
    let digits = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (n, unit) = t.split_at(digits);
    let not_a_period = || PeriodProblem::NotAPeriod { input: s.to_string() };
    let n: u32 = n.parse().map_err(|_| not_a_period())?;
    let months = match unit.trim() {
        "m" | "month" | "months" => Some(n),
        "y" | "year" | "years" => n.checked_mul(12),
        _ => return Err(not_a_period()),
    };
    match months {
        Some(m) if (1..=MAX_MONTHS).contains(&m) => Ok(m),
        _ => Err(PeriodProblem::OutOfRange { input: s.to_string(), max_years: MAX_MONTHS / 12 }),
    }
}

/// A period in words: "2 years", "18 months".
pub fn describe_months(months: u32) -> String {
    match (months % 12, months / 12) {
        (0, 1) => "1 year".into(),
        (0, y) => format!("{y} years"),
        (_, _) if months == 1 => "1 month".into(),
        _ => format!("{months} months"),
    }
}

/// A closed case and when it is due for deletion.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ClosedCaseRetention {
    pub reference: String,
    pub received: NaiveDate,
    pub closed_on: NaiveDate,
    pub outcome: Outcome,
    pub regime: Regime,
    pub rights: Vec<Right>,
    pub retention_months: u32,
    pub delete_on: NaiveDate,
    /// Why, in words: "closed on …, outcome …, kept … → due on …".
    pub reason: String,
}

/// Closed cases due for deletion (deleted, in a real run) and how many stay.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CaseRetentionRun {
    pub due: Vec<ClosedCaseRetention>,
    pub kept: usize,
    /// The next day a case becomes due, among those kept.
    pub next_due: Option<NaiveDate>,
    /// Audit entries written before schema 7 that keep their text (see the audit module).
    pub audit_entries_kept: usize,
}

/// The closed cases due for deletion on `today` under `periods` (months
/// after closure, by outcome code), oldest first, and what stays.
pub(crate) fn due_for_deletion(
    closed: Vec<casebook_store::ClosedCase>,
    periods: &BTreeMap<String, u32>,
    today: NaiveDate,
) -> CaseRetentionRun {
    let mut run = CaseRetentionRun::default();
    for c in closed {
        // A closed case always has both; one without is kept, never guessed at.
        let (Some(closed_on), Some(outcome)) = (c.closed_on, c.outcome) else {
            run.kept += 1;
            continue;
        };
        let months = periods.get(outcome.code()).copied().unwrap_or_else(|| default_months(outcome));
        let delete_on = deletion_due(closed_on, months);
        if delete_on > today {
            run.kept += 1;
            run.next_due = Some(run.next_due.map_or(delete_on, |d| d.min(delete_on)));
            continue;
        }
        let reason = format!(
            "closed on {closed_on}, outcome {}, kept {} after closure: due on {delete_on}",
            outcome.code(),
            describe_months(months)
        );
        run.due.push(ClosedCaseRetention {
            reference: c.reference,
            received: c.received,
            closed_on,
            outcome,
            regime: c.regime,
            rights: c.rights,
            retention_months: months,
            delete_on,
            reason,
        });
    }
    run
}

impl ClosedCaseRetention {
    /// The `case.deleted` audit entry's content: no personal data.
    pub(crate) fn tombstone(&self, deleted_on: NaiveDate) -> serde_json::Value {
        serde_json::json!({
            "reference": self.reference,
            "received": self.received,
            "closed_on": self.closed_on,
            "outcome": self.outcome,
            "regime": self.regime,
            "rights": self.rights,
            "retention_months": self.retention_months,
            "delete_on": self.delete_on,
            "deleted_on": deleted_on,
            "reason": self.reason,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn the_deletion_date_is_the_closing_date_plus_the_period() {
        let table = [
            ("2024-01-10", 24, "2026-01-10"),
            ("2024-02-29", 12, "2025-02-28"), // no 29 February: the month's last day
            ("2024-02-29", 48, "2028-02-29"),
            ("2024-08-31", 6, "2025-02-28"),
            ("2024-01-31", 1, "2024-02-29"),
            ("2023-12-31", 600, "2073-12-31"),
            ("2026-11-30", 3, "2027-02-28"),
        ];
        for (closed, months, due) in table {
            assert_eq!(deletion_due(d(closed), months), d(due), "{closed} + {months} months");
        }
    }

    #[test]
    fn periods_parse_in_months_or_years_and_refuse_the_rest() {
        let ok = [
            ("24m", 24),
            ("2y", 24),
            ("18 months", 18),
            ("1 year", 12),
            (" 3 Years ", 36),
            ("1 month", 1),
            ("50y", 600),
        ];
        for (s, months) in ok {
            assert_eq!(parse_period(s), Ok(months), "{s}");
        }
        for bad in ["", "2", "0m", "0y", "51y", "601m", "2 weeks", "-1y", "y", "1.5y", "99999999999y", "4294967295y"] {
            let err = parse_period(bad).unwrap_err().to_string();
            assert!(err.starts_with(&format!("invalid period '{bad}'")), "{bad}: {err}");
        }
    }

    #[test]
    fn periods_read_as_words() {
        for (m, words) in [(1, "1 month"), (6, "6 months"), (12, "1 year"), (24, "2 years"), (18, "18 months")] {
            assert_eq!(describe_months(m), words);
        }
    }

    #[test]
    fn defaults_keep_real_requests_two_years_and_non_requests_six_months() {
        for o in Outcome::ALL {
            let expected = if matches!(o, Outcome::NotARequest | Outcome::Duplicate) { 6 } else { 24 };
            assert_eq!(default_months(*o), expected, "{o}");
            assert_eq!(default_periods()[o.code()], expected);
        }
    }
}

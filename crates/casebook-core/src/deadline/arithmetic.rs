//! The building blocks of deadlines.md §1, each with a version that says the
//! steps it took ([`Said`]).

use chrono::{Datelike, Duration, Months, NaiveDate};

use super::DeadlineError;
use super::said::{CalendarRef, NamedHoliday, Said, WEEKENDS_ONLY};
use crate::holiday::{Calendar, is_weekend};

/// "Fri 2025-01-31".
pub fn day(d: NaiveDate) -> String {
    d.format("%a %Y-%m-%d").to_string()
}

/// The same day-of-month `n` months later, or the last day of that month.
pub fn add_months(d: NaiveDate, n: u32) -> Option<NaiveDate> {
    d.checked_add_months(Months::new(n))
}

pub fn add_days(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    d.checked_add_signed(Duration::try_days(n)?)
}

/// The first day from `d` on that is neither a weekend nor a holiday of `cal`.
pub fn roll_forward(d: NaiveDate, cal: &Calendar) -> Option<NaiveDate> {
    roll_forward_explained(d, cal, &mut Vec::new()).ok()
}

/// The n-th working day after `d` (`d` itself is not counted).
pub fn add_business_days(d: NaiveDate, n: u32, cal: &Calendar) -> Option<NaiveDate> {
    add_business_days_explained(d, n, cal, &mut Vec::new()).ok()
}

fn out_of_range(what: String) -> DeadlineError {
    DeadlineError::OutOfRange { what }
}

pub(crate) fn add_months_explained(d: NaiveDate, n: u32, steps: &mut Vec<Said>) -> Result<NaiveDate, DeadlineError> {
    let unit = if n == 1 { "month" } else { "months" };
    let to = add_months(d, n).ok_or_else(|| out_of_range(format!("{d} + {n} {unit}")))?;
    let missing_day = (to.day() != d.day()).then_some(d.day());
    steps.push(Said::AddMonths { months: n, to, missing_day });
    Ok(to)
}

pub(crate) fn add_days_explained(d: NaiveDate, n: u32, steps: &mut Vec<Said>) -> Result<NaiveDate, DeadlineError> {
    let to = add_days(d, i64::from(n)).ok_or_else(|| out_of_range(format!("{d} + {n} days")))?;
    steps.push(Said::AddDays { days: n, to });
    Ok(to)
}

fn next(d: NaiveDate) -> Result<NaiveDate, DeadlineError> {
    d.succ_opt().ok_or_else(|| out_of_range(format!("the day after {d}")))
}

fn holiday_on(cal: &Calendar, d: NaiveDate) -> Option<NamedHoliday> {
    cal.holiday(d).map(|h| NamedHoliday::of(cal, h))
}

pub(crate) fn roll_forward_explained(
    d: NaiveDate,
    cal: &Calendar,
    steps: &mut Vec<Said>,
) -> Result<NaiveDate, DeadlineError> {
    let mut d = d;
    let mut moved = false;
    loop {
        if is_weekend(d) {
            let mut n = next(d)?;
            while is_weekend(n) {
                n = next(n)?;
            }
            steps.push(Said::Weekend { day: d, next: n });
            d = n;
        } else if let Some(holiday) = holiday_on(cal, d) {
            let n = next(d)?;
            steps.push(Said::Holiday { holiday, next: n });
            d = n;
        } else {
            break;
        }
        moved = true;
    }
    if !moved {
        // Where the calendar does not know every holiday of the place (see its
        // note), the day is only known not to be a weekend or a known holiday.
        steps.push(match cal.note() {
            None => Said::WorkingDay { day: d },
            Some(_) => Said::NoKnownHoliday { day: d, calendar: CalendarRef::of(cal) },
        });
    }
    Ok(d)
}

pub(crate) fn add_business_days_explained(
    d: NaiveDate,
    n: u32,
    cal: &Calendar,
    steps: &mut Vec<Said>,
) -> Result<NaiveDate, DeadlineError> {
    let mut at = d;
    let mut counted = 0;
    let mut skipped = Vec::new();
    while counted < n {
        at = next(at)?;
        if is_weekend(at) {
            continue;
        }
        match holiday_on(cal, at) {
            Some(holiday) => skipped.push(holiday),
            None => counted += 1,
        }
    }
    let weekends_only = cal.id() == WEEKENDS_ONLY.0 && cal.name() == WEEKENDS_ONLY.1;
    let calendar = (!weekends_only).then(|| CalendarRef::of(cal));
    steps.push(Said::AddBusinessDays { days: n, from: d, calendar, to: at });
    steps.extend(skipped.into_iter().map(|holiday| Said::SkippedHoliday { holiday }));
    Ok(at)
}

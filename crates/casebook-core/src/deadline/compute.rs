//! The engine: one regime's rules applied to one case's events.

use std::borrow::Cow;

use chrono::NaiveDate;

use super::arithmetic::{
    add_business_days_explained, add_days, add_days_explained, add_months_explained, day, roll_forward,
    roll_forward_explained,
};
use super::regime::{CalendarUse, ClockEffect, Extension, Period, RegimeRules};
use super::{Clock, ClockEvents, DeadlineError, DeadlinePolicy, Deadlines, RightDeadline, validate_events};
use crate::holiday::{Calendar, Calendars, Rules, is_eu_eea, is_weekend};
use crate::{Location, Regime, Right};

/// A stretch of days the clock does not count.
#[derive(Debug, Clone)]
struct Span {
    from: NaiveDate,
    to: NaiveDate,
    open: bool,
    what: String,
}

pub(super) fn compute(
    regime: Regime,
    location: &Location,
    rights: &[Right],
    events: &ClockEvents,
    policy: &DeadlinePolicy,
    calendars: &Calendars,
    today: NaiveDate,
) -> Result<Deadlines, DeadlineError> {
    validate_events(events)?;
    let mut wanted: Vec<Right> = Vec::new();
    for r in rights {
        if !wanted.contains(r) {
            wanted.push(*r);
        }
    }
    if wanted.is_empty() {
        return Err(DeadlineError::NoRights);
    }
    let rules = RegimeRules::of(regime);
    let mut notes = Vec::new();
    let calendar = choose_calendar(&rules, location, policy, calendars, &mut notes)?;
    let cal = calendar.as_deref();
    let received = events.received;
    let mut pre = vec![format!("received {}", day(received))];

    // Identity: a restart (UK), a pause (EU, added to the spans below) or nothing.
    let start = match (rules.identity, events.identity_requested, events.identity_received) {
        (ClockEffect::Restart, Some(asked), None) => {
            pre.push(format!(
                "identity evidence (or proof of authority, or a fee) asked for on {}: the clock restarts on the day it arrives, so there is no due date until then",
                day(asked)
            ));
            return Ok(waiting(regime, &wanted, pre, events, cal, notes));
        }
        (ClockEffect::Restart, Some(asked), Some(got)) => {
            pre.push(format!("identity evidence asked for on {}", day(asked)));
            pre.push(format!("clock restarted on {} when identity evidence arrived", day(got)));
            got
        }
        (ClockEffect::Nothing, Some(asked), _) => {
            pre.push(format!(
                "identity check asked for on {}: under {} it neither pauses nor restarts the clock",
                day(asked),
                regime.label()
            ));
            received
        }
        _ => received,
    };

    let spans = pauses(&rules, events, start, today, &mut pre);

    // Each right's own period, unextended.
    let mut unextended: Vec<(Right, NaiveDate, Vec<String>)> = Vec::new();
    for &right in &wanted {
        let mut steps = vec![rules.period_reason(right)];
        steps.extend(pre.iter().cloned());
        let due = period_end(&rules, rules.period(right), start, &spans, cal, &mut steps, &mut notes)?;
        unextended.push((right, due, steps));
    }

    // The extension, for the rights it can cover.
    let notice_by = unextended.iter().filter(|(r, _, _)| rules.extends(*r)).map(|(_, d, _)| *d).min();
    let mut extension_steps = Vec::new();
    let mut extension_due = None;
    if let Some(notice_by) = notice_by {
        if !events.extended {
            extension_steps.push(format!(
                "if the extension is taken (a complex request, or several requests), the person must be told, with reasons, by {}",
                day(notice_by)
            ));
        }
        extension_steps.extend(pre.iter().cloned());
        let due = match rules.extension {
            Extension::MonthsFromStart(n) => {
                extension_steps.push(format!(
                    "extension: {n} months from the start {} (not one month and then two more)",
                    day(start)
                ));
                period_end(&rules, Period::Months(n), start, &spans, cal, &mut extension_steps, &mut notes)?
            }
            Extension::DaysFromReceived(n) => {
                extension_steps.push(format!("extension: {n} days from receipt"));
                period_end(&rules, Period::Days(n), received, &spans, cal, &mut extension_steps, &mut notes)?
            }
            // No right extends without an extension, so there is no notice date.
            Extension::None => notice_by,
        };
        extension_due = Some(due);
        check_notice(events, notice_by, &mut notes);
    } else if events.extended {
        notes.push(format!(
            "the extension was recorded, but {} has no extension for these rights: the due date stays as computed{}",
            regime.label(),
            if regime == Regime::Fadp { " (record the reason if the answer is late)" } else { "" }
        ));
    }

    let extended = events.extended && extension_due.is_some();
    let right_deadlines: Vec<RightDeadline> = unextended
        .into_iter()
        .map(|(right, due, steps)| match extension_due {
            Some(ext) if extended && rules.extends(right) => {
                RightDeadline { right, due: Some(ext), steps: extension_steps.clone() }
            }
            _ => RightDeadline { right, due: Some(due), steps },
        })
        .collect();
    let earliest = right_deadlines.iter().min_by_key(|r| r.due).ok_or(DeadlineError::NoRights)?;
    let due = earliest.due;
    let steps = earliest.steps.clone();

    let (acknowledge_by, acknowledge_steps) = acknowledgement(&rules, &wanted, received, cal)?;
    let (house_target, house_target_steps) = house_target(policy, regime, start)?;

    let clock = if events.stopped {
        Clock::Stopped
    } else if spans.iter().any(|s| s.open || (s.from <= today && today <= s.to)) {
        Clock::Paused
    } else {
        Clock::Running
    };
    let days_left = due.filter(|_| !events.stopped).map(|d| (d - today).num_days());
    dedup(&mut notes);
    Ok(Deadlines {
        regime,
        due,
        steps,
        extended_due: extension_due.filter(|_| extended),
        extension_notice_by: notice_by,
        extension_steps,
        acknowledge_by,
        acknowledge_steps,
        house_target,
        house_target_steps,
        clock,
        start: Some(start),
        days_left,
        calendar: cal.map(|c| c.id().to_string()),
        rights: right_deadlines,
        notes,
    })
}

fn dedup(notes: &mut Vec<String>) {
    let mut seen = Vec::new();
    notes.retain(|n| {
        let new = !seen.contains(n);
        seen.push(n.clone());
        new
    });
}

fn choose_calendar<'a>(
    rules: &RegimeRules,
    location: &Location,
    policy: &DeadlinePolicy,
    calendars: &'a Calendars,
    notes: &mut Vec<String>,
) -> Result<Option<Cow<'a, Calendar>>, DeadlineError> {
    let unusable = |reason: &str| DeadlineError::LocationNotUsable {
        regime: rules.regime,
        location: location.to_string(),
        reason: reason.to_string(),
    };
    match rules.calendar {
        CalendarUse::None => Ok(None),
        CalendarUse::UsFederal => {
            let (id, name, rules) = if policy.california_state_holidays {
                ("us-ca", "United States (federal and California state holidays)", Rules::UsCalifornia)
            } else {
                ("us", "United States (federal holidays)", Rules::UsFederal)
            };
            Ok(Some(match calendars.get(id) {
                Some(cal) => Cow::Borrowed(cal),
                None => Cow::Owned(Calendar::from_rules(id, name, rules)),
            }))
        }
        CalendarUse::UkDivision | CalendarUse::EuMemberState => {
            if rules.calendar == CalendarUse::UkDivision && location.country() != "GB" {
                return Err(unusable(
                    "UK GDPR periods roll past the bank holidays of a UK division, so the location must be GB, GB-ENG, GB-WLS, GB-SCT or GB-NIR",
                ));
            }
            if rules.calendar == CalendarUse::EuMemberState && !is_eu_eea(location) {
                return Err(unusable(
                    "EU GDPR periods roll past the public holidays of the EU/EEA Member State where the controller acts, so give that State (e.g. FR, DE-BY, IE)",
                ));
            }
            let choice = calendars.for_location(location)?;
            notes.extend(choice.note);
            Ok(Some(choice.calendar))
        }
    }
}

/// The pauses that count, clipped to the start and merged where they overlap.
fn pauses(
    rules: &RegimeRules,
    events: &ClockEvents,
    start: NaiveDate,
    today: NaiveDate,
    pre: &mut Vec<String>,
) -> Vec<Span> {
    let mut spans = Vec::new();
    let open_until = |from: NaiveDate| today.max(from);
    if rules.clarification == ClockEffect::Pause {
        for c in &events.clarifications {
            let to = c.to.unwrap_or_else(|| open_until(c.from));
            spans.push(Span { from: c.from, to, open: c.to.is_none(), what: "clarification".into() });
        }
    } else if let Some(first) = events.clarifications.first() {
        pre.push(format!(
            "clarification asked for on {}: under {} it does not stop the clock",
            day(first.from),
            rules.regime.label()
        ));
    }
    if let (ClockEffect::Pause, Some(asked)) = (rules.identity, events.identity_requested) {
        let to = events.identity_received.unwrap_or_else(|| open_until(asked));
        spans.push(Span {
            from: asked,
            to,
            open: events.identity_received.is_none(),
            what: "identity verification".into(),
        });
    }
    spans.sort_by_key(|s| s.from);
    let mut merged: Vec<Span> = Vec::new();
    for mut s in spans {
        if s.to < start {
            pre.push(format!("{} {} to {} was before the clock restarted: not counted", s.what, s.from, s.to));
            continue;
        }
        s.from = s.from.max(start);
        match merged.last_mut() {
            Some(last) if s.from <= last.to => {
                last.to = last.to.max(s.to);
                last.open |= s.open;
                if last.what != s.what {
                    last.what = format!("{} and {}", last.what, s.what);
                }
            }
            _ => merged.push(s),
        }
    }
    merged
}

/// The last day of one period from `start`, with its steps; ends with "due …".
fn period_end(
    rules: &RegimeRules,
    period: Period,
    start: NaiveDate,
    spans: &[Span],
    cal: Option<&Calendar>,
    steps: &mut Vec<String>,
    notes: &mut Vec<String>,
) -> Result<NaiveDate, DeadlineError> {
    let weekends_only;
    let business_cal = match cal {
        Some(c) => c,
        None => {
            weekends_only = Calendar::from_rules("weekends", "no holiday calendar", Rules::WeekendsOnly);
            &weekends_only
        }
    };
    let roll_cal = if rules.rolls_forward { cal } else { None };
    let mut end = match period {
        Period::Months(n) => add_months_explained(start, n, steps)?,
        Period::Days(n) => add_days_explained(start, n, steps)?,
        Period::BusinessDays(n) => add_business_days_explained(start, n, business_cal, steps)?,
    };
    let paused = apply_pauses(end, spans, roll_cal, steps)?;
    let moved = paused != end;
    end = paused;
    if let Some(c) = roll_cal {
        end = roll_forward_explained(end, c, steps)?;
    } else if matches!(period, Period::BusinessDays(_)) && moved {
        end = roll_forward_explained(end, business_cal, steps)?;
    }
    steps.push(format!("due {}", day(end)));
    if !rules.rolls_forward && is_weekend(end) {
        let words = format!(
            "{} is a weekend: {} does not move a day count off a weekend, so the date stays (the earlier working day is the safe one)",
            day(end),
            rules.regime.label()
        );
        steps.push(words.clone());
        notes.push(words);
    }
    Ok(end)
}

fn apply_pauses(
    end: NaiveDate,
    spans: &[Span],
    roll_cal: Option<&Calendar>,
    steps: &mut Vec<String>,
) -> Result<NaiveDate, DeadlineError> {
    let mut end = end;
    for s in spans {
        // A pause moves only a period that was still running when it began.
        let running_until = roll_cal.and_then(|c| roll_forward(end, c)).unwrap_or(end);
        if s.from > running_until {
            steps.push(format!("{} asked for on {}, after the period ended: not counted", s.what, s.from));
            continue;
        }
        let len = (s.to - s.from).num_days() + 1;
        end = add_days(end, len).ok_or_else(|| DeadlineError::OutOfRange { what: format!("{end} + {len} days") })?;
        if s.open {
            steps.push(format!(
                "paused {len} days so far for {} (asked {}, not yet answered; counted to {}) \u{2192} {}; the date moves each day the answer is awaited",
                s.what,
                s.from,
                s.to,
                day(end)
            ));
        } else {
            steps.push(format!("paused {len} days for {} ({} to {}) \u{2192} {}", s.what, s.from, s.to, day(end)));
        }
    }
    Ok(end)
}

fn check_notice(events: &ClockEvents, notice_by: NaiveDate, notes: &mut Vec<String>) {
    match (events.extended, events.extension_notified_on) {
        (_, Some(told)) if told > notice_by => notes.push(format!(
            "the extension was notified on {told}, after the last day for notice {notice_by}: it may not be valid"
        )),
        (true, None) => notes.push(format!(
            "the extension was taken but the day the person was told is not recorded: they must be told, with reasons, by {notice_by}"
        )),
        _ => {}
    }
}

fn acknowledgement(
    rules: &RegimeRules,
    rights: &[Right],
    received: NaiveDate,
    cal: Option<&Calendar>,
) -> Result<(Option<NaiveDate>, Vec<String>), DeadlineError> {
    let (Some(Period::BusinessDays(n)), Some(cal)) = (rules.acknowledgement, cal) else {
        return Ok((None, Vec::new()));
    };
    if !rights.iter().any(|r| rules.acknowledges(*r)) {
        return Ok((None, Vec::new()));
    }
    let mut steps = vec![
        format!("confirm receipt within {n} business days (11 CCR \u{a7}7021(a))"),
        format!("received {}", day(received)),
    ];
    let by = add_business_days_explained(received, n, cal, &mut steps)?;
    steps.push(format!("acknowledge by {}", day(by)));
    Ok((Some(by), steps))
}

fn house_target(
    policy: &DeadlinePolicy,
    regime: Regime,
    start: NaiveDate,
) -> Result<(Option<NaiveDate>, Vec<String>), DeadlineError> {
    let Some(&n) = policy.house_target_days.get(&regime) else {
        return Ok((None, Vec::new()));
    };
    let mut steps =
        vec![format!("house target: {n} days from {} (an internal goal, not the legal deadline)", day(start))];
    let target = add_days_explained(start, n, &mut steps)?;
    Ok((Some(target), steps))
}

/// The result while UK identity evidence is awaited: no date counts down.
fn waiting(
    regime: Regime,
    rights: &[Right],
    steps: Vec<String>,
    events: &ClockEvents,
    cal: Option<&Calendar>,
    mut notes: Vec<String>,
) -> Deadlines {
    dedup(&mut notes);
    Deadlines {
        regime,
        due: None,
        steps: steps.clone(),
        extended_due: None,
        extension_notice_by: None,
        extension_steps: Vec::new(),
        acknowledge_by: None,
        acknowledge_steps: Vec::new(),
        house_target: None,
        house_target_steps: Vec::new(),
        clock: if events.stopped { Clock::Stopped } else { Clock::WaitingForIdentity },
        start: None,
        days_left: None,
        calendar: cal.map(|c| c.id().to_string()),
        rights: rights.iter().map(|&right| RightDeadline { right, due: None, steps: steps.clone() }).collect(),
        notes,
    }
}

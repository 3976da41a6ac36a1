//! The law's latest date, worked out apart from the engine, as a bound no
//! computed date may pass.
//!
//! Each bound is read off the rules table (`law::US_STATES`, `law::VERSIONS`,
//! `law::UK_COMPLAINTS`, `law::CA_EMPLOYEE_RECORDS`) and the statutes' numbers
//! restated below, and counted the way the statute counts: calendar months
//! with chrono's own month arithmetic (the day clamped to the month's end),
//! calendar days, working days walked one by one over the holiday calendar.
//! None of the engine's arithmetic, pause or roll-forward code runs here; only
//! the holiday data is shared. A computed date later than its bound is the one
//! error a deadline tool must never make.

use chrono::{Datelike, Duration, Months, NaiveDate, Weekday};
use proptest::prelude::*;

use super::law::{self, RefusalDue};
use super::proptests::every_location;
use super::*;
use crate::Location;
use crate::holiday::{Calendar, Calendars};

/// The statutes' periods for the regimes other than the US states, restated
/// here so that the engine's own table is checked against a second reading.
/// (calendar days to respond, calendar days with the extension)
fn days_of(regime: Regime) -> Option<(i64, i64)> {
    match regime {
        // LGPD Art. 19(II): 15 days for the full statement; no extension.
        Regime::Lgpd => Some((15, 15)),
        // PIPEDA s.8(3): 30 days; s.8(4)(a): extended by up to 30 more.
        Regime::Pipeda => Some((30, 60)),
        // revFADP Art. 25(7) with DPO Art. 18(1) (and FADP 1992 Ordinance Art. 1(4)): 30 days; no extension in law.
        Regime::Fadp => Some((30, 30)),
        // PAIA s.56(1): 30 days; s.57(1): extended once by up to 30 more.
        Regime::Popia => Some((30, 60)),
        // APP 12.4(a)(ii): within a reasonable period, 30 days the benchmark; no extension.
        Regime::AuApp => Some((30, 30)),
        // CCPA 11 CCR §7021(b): 45 calendar days, up to 90 with notice.
        Regime::Ccpa => Some((45, 90)),
        _ => None,
    }
}

/// The first day after `d` (or `d` itself) that is no weekend and no holiday of `cal`.
fn next_working(mut d: NaiveDate, cal: &Calendar) -> NaiveDate {
    while matches!(d.weekday(), Weekday::Sat | Weekday::Sun) || cal.holiday(d).is_some() {
        d += Duration::days(1);
    }
    d
}

/// The n-th working day after `d`, `d` itself not counted.
fn working_days_after(d: NaiveDate, n: u32, cal: &Calendar) -> NaiveDate {
    let mut day = d;
    for _ in 0..n {
        day = next_working(day + Duration::days(1), cal);
    }
    day
}

fn months_after(d: NaiveDate, n: u32) -> NaiveDate {
    d.checked_add_months(Months::new(n)).expect("in range")
}

/// What was generated: a request and everything that can happen to its clock.
#[derive(Debug, Clone)]
struct Case {
    regime: Regime,
    location: Location,
    rights: Vec<Right>,
    events: ClockEvents,
}

fn regime() -> impl Strategy<Value = Regime> {
    proptest::sample::select(Regime::ALL.to_vec())
}

fn right() -> impl Strategy<Value = Right> {
    proptest::sample::select(Right::ALL.to_vec())
}

fn date_in(from: i32, to: i32) -> impl Strategy<Value = NaiveDate> {
    let start = NaiveDate::from_ymd_opt(from, 1, 1).unwrap();
    let days = (NaiveDate::from_ymd_opt(to, 12, 31).unwrap() - start).num_days();
    (0..=days).prop_map(move |n| start + Duration::days(n))
}

prop_compose! {
    fn case()(
        regime in regime(), pick in 0usize..64,
        // From before GDPR applied (2018-05-25) and before every US state law, to well after the 2026 rules.
        received in prop_oneof![date_in(2017, 2038), date_in(2025, 2027)],
        rights in proptest::collection::vec(right(), 1..5),
        extended in any::<bool>(), notified in proptest::option::of(0i64..120),
        identity in proptest::option::of((0i64..30, 0i64..25)),
        pauses in proptest::collection::vec((0i64..50, 0i64..20), 0..3),
        appeal in proptest::option::of(0i64..400), complaint in proptest::option::of(0i64..400),
        employee in any::<bool>(),
    ) -> Case {
        let locations = every_location(regime);
        let location = locations[pick % locations.len()].clone();
        let mut events = ClockEvents::received(received);
        events.extended = extended;
        events.extension_notified_on = notified.map(|n| received + Duration::days(n));
        if let Some((ask, wait)) = identity {
            events.identity_requested = Some(received + Duration::days(ask));
            events.identity_received = Some(received + Duration::days(ask + wait));
        }
        let mut from = received;
        for (gap, len) in pauses {
            from += Duration::days(gap);
            events.clarifications.push(Pause { from, to: Some(from + Duration::days(len)) });
            from += Duration::days(len + 1);
        }
        events.appeal_received = appeal.map(|n| received + Duration::days(n));
        events.complaint_received = complaint.map(|n| received + Duration::days(n));
        events.employee = employee;
        Case { regime, location, rights, events }
    }
}

/// Days both ends included.
fn span(from: NaiveDate, to: NaiveDate) -> i64 {
    (to - from).num_days() + 1
}

/// A right's latest lawful date, unextended and extended, or `None` where the
/// statute sets none (a right the CCPA or a state law does not know).
fn bounds(c: &Case, right: Right, cals: &Calendars) -> Option<(NaiveDate, NaiveDate)> {
    let received = c.events.received;
    let federal = || cals.for_location(&Location::parse("US").unwrap()).unwrap().calendar.into_owned();
    let pause_days: i64 = c.events.clarifications.iter().map(|p| span(p.from, p.to.unwrap())).sum();
    match c.regime {
        Regime::UkGdpr | Regime::EuGdpr => {
            let cal = cals.for_location(&c.location).unwrap().calendar.into_owned();
            let identity_days = match (c.events.identity_requested, c.events.identity_received) {
                (Some(a), Some(b)) => Some((a, b)),
                _ => None,
            };
            let (start, stopped) = if c.regime == Regime::UkGdpr {
                // UK GDPR Art. 12(6) and Art. 12A(3): the period runs from the day the identity evidence arrives.
                // Art. 12A(5): a clarification stops the clock for a request under Art. 15 (access) only.
                let start = identity_days.map_or(received, |(_, got)| got);
                (start, if right == Right::Access { pause_days } else { 0 })
            } else {
                // EDPB Guidelines 01/2022 §159: identity and clarification suspend the period; nothing more.
                (received, pause_days + identity_days.map_or(0, |(a, b)| span(a, b)))
            };
            // Art. 12(3): one month, extendable by two further months (three from the start);
            // a last day on a weekend or holiday moves to the next working day (Reg. 1182/71 Art. 3(4)).
            let one = next_working(months_after(start, 1) + Duration::days(stopped), &cal);
            let three = next_working(months_after(start, 3) + Duration::days(stopped), &cal);
            Some((one, three))
        }
        Regime::Ccpa | Regime::UsState => {
            if matches!(right, Right::DeactivateAccount | Right::CommunicationPreferences) {
                return None;
            }
            if right == Right::Unsubscribe {
                // CAN-SPAM 15 U.S.C. §7704(a)(4)(A)(i), 16 C.F.R. §316.2: 10 federal business days, no extension.
                let d = working_days_after(received, 10, &federal());
                return Some((d, d));
            }
            if c.regime == Regime::Ccpa && matches!(right, Right::OptOutOfSale | Right::LimitSensitive) {
                // 11 CCR §7026(f), §7027(g): 15 business days, no extension.
                let d = working_days_after(received, 15, &federal());
                return Some((d, d));
            }
            let (days, extended) = match c.regime {
                Regime::UsState => {
                    let s = law::state_law(c.location.subdivision()).unwrap();
                    (i64::from(s.period_days), i64::from(s.period_days + s.extension_days))
                }
                _ => days_of(c.regime).unwrap(),
            };
            Some((received + Duration::days(days), received + Duration::days(extended)))
        }
        _ => {
            let (days, extended) = days_of(c.regime).unwrap();
            Some((received + Duration::days(days), received + Duration::days(extended)))
        }
    }
}

/// The version of the law in force on the day of receipt, read off the table.
fn in_force(c: &Case) -> Option<RefusalDue> {
    let received = c.events.received;
    match c.regime {
        Regime::UsState => {
            let s = law::state_law(c.location.subdivision()).unwrap();
            (received >= s.in_force_from).then_some(RefusalDue::UnextendedPeriod(s.period_section))
        }
        _ => law::VERSIONS
            .iter()
            .find(|(r, v, _)| {
                *r == c.regime && v.in_force_from <= received && v.in_force_until.is_none_or(|u| received <= u)
            })
            .map(|(_, _, refusal)| *refusal),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// No date the engine gives is later than the law's, for every regime and
    /// US state, any receipt date (before and after each version applied), any
    /// rights, identity check, clarifications, extension, appeal, complaint and
    /// employee records: each due date, extended date, extension notice date,
    /// refusal date, acknowledgement, appeal date and related clock is at or
    /// before the bound worked out above from the rules table.
    #[test]
    fn no_date_is_later_than_the_bound_from_the_rules_table(c in case()) {
        let cals = Calendars::shipped();
        let result = compute_deadlines(c.regime, &c.location, &c.rights, &c.events, &DeadlinePolicy::default(), &cals, c.events.received);
        let received = c.events.received;
        // Before any version of the regime: refused, naming the receipt date, no date given.
        if c.regime != Regime::UsState && law::first_in_force(c.regime).is_some_and(|first| received < first) {
            prop_assert!(matches!(result, Err(DeadlineError::NotInForce { .. })), "{:?}", result);
            return Ok(());
        }
        let refusal = in_force(&c);
        // Bad combinations are refused by name; everything else computes.
        let appeal_rule = (c.regime == Regime::UsState && refusal.is_some())
            .then(|| law::state_law(c.location.subdivision()).unwrap().appeal)
            .flatten();
        let appeal_refused = c.events.appeal_received.is_some() && appeal_rule.is_none();
        let complaint_refused = c.events.complaint_received.is_some_and(|on| {
            c.regime != Regime::UkGdpr || on < law::UK_COMPLAINTS.in_force_from
        });
        if appeal_refused {
            prop_assert!(matches!(result, Err(DeadlineError::Appeal(_))), "{:?}", result);
            return Ok(());
        }
        if complaint_refused {
            prop_assert!(matches!(result, Err(DeadlineError::Complaint(_))), "{:?}", result);
            return Ok(());
        }
        let d = result.unwrap();
        let Some(refusal) = refusal else {
            // A state law not yet in force: no statutory date at all, not a borrowed one.
            prop_assert!(!d.rules_in_force.applies());
            prop_assert_eq!(d.due, None);
            prop_assert!(d.rights.iter().all(|r| r.due.is_none()));
            prop_assert_eq!(d.extended_due, None);
            prop_assert_eq!(d.refuse_by, None);
            return Ok(());
        };
        prop_assert!(d.rules_in_force.applies());
        let mut latest_unextended: Option<NaiveDate> = None;
        let mut earliest_unextended: Option<NaiveDate> = None;
        let mut latest_extended: Option<NaiveDate> = None;
        for r in &d.rights {
            let b = bounds(&c, r.right, &cals);
            match (r.due, b) {
                (None, _) => {}
                (Some(_), None) => prop_assert!(false, "{} {:?}: a date where the statute sets none: {:?}", c.location, r.right, r.steps),
                (Some(due), Some((one, ext))) => {
                    let bound = if c.events.extended { ext } else { one };
                    prop_assert!(due <= bound, "{} {:?} due {} later than the law's {} ({:?}): {:?}", c.location, r.right, due, bound, c.events, r.steps);
                }
            }
            if let Some((one, ext)) = b {
                latest_unextended = latest_unextended.max(Some(one));
                earliest_unextended = Some(earliest_unextended.map_or(one, |e| e.min(one)));
                latest_extended = latest_extended.max(Some(ext));
            }
        }
        prop_assert!(d.due <= latest_extended.filter(|_| c.events.extended).or(latest_unextended));
        if let Some(ext) = d.extended_due {
            prop_assert!(Some(ext) <= latest_extended, "extended {} later than {:?}", ext, latest_extended);
        }
        if let Some(notice) = d.extension_notice_by {
            // Notice of the extension goes out within the first period.
            prop_assert!(Some(notice) <= latest_unextended, "notice by {} later than {:?}", notice, latest_unextended);
        }
        if let Some(refuse) = d.refuse_by {
            match refusal {
                // EU GDPR Art. 12(4), UK before 2026, US states: within the period, without the extension.
                RefusalDue::UnextendedPeriod(_) => prop_assert!(Some(refuse) <= earliest_unextended, "refuse by {} later than {:?}: {:?}", refuse, earliest_unextended, d.refuse_steps),
                _ => prop_assert!(Some(refuse) <= latest_extended),
            }
        }
        if let Some(ack) = d.acknowledge_by {
            // 11 CCR §7021(a): confirm receipt within 10 business days.
            prop_assert_eq!(c.regime, Regime::Ccpa);
            let cal = cals.for_location(&Location::parse("US").unwrap()).unwrap().calendar.into_owned();
            prop_assert!(ack <= working_days_after(received, 10, &cal));
        }
        if let (Some(on), Some(rule)) = (c.events.appeal_received, appeal_rule) {
            let due = d.appeal_due.expect("an appeal under a state law that gives one has a date");
            prop_assert!(due <= on + Duration::days(i64::from(rule.days)), "appeal due {} ({})", due, rule.section);
            match (d.appeal_extended_due, rule.extension_days) {
                (Some(ext), Some(more)) => prop_assert!(ext <= on + Duration::days(i64::from(rule.days + more))),
                (Some(ext), None) => prop_assert!(false, "an appeal extension {} the statute does not give ({})", ext, rule.section),
                _ => {}
            }
        } else {
            prop_assert_eq!(d.appeal_due, None);
        }
        if let Some(on) = c.events.complaint_received {
            // DPA 2018 s.164A(3): acknowledge within 30 days; a weekend or bank holiday end moves to the next working day.
            let cal = cals.for_location(&c.location).unwrap().calendar.into_owned();
            let bound = next_working(on + Duration::days(i64::from(law::UK_COMPLAINTS.acknowledge_days)), &cal);
            prop_assert!(d.complaint_acknowledge_by.is_some_and(|by| by <= bound), "{:?} > {}", d.complaint_acknowledge_by, bound);
        }
        for related in &d.related {
            // Cal. Labor Code §1198.5(b)(1): 30 days; §226(c): 21 calendar days.
            let rule = law::CA_EMPLOYEE_RECORDS.iter().find(|r| r.what == related.what).unwrap();
            prop_assert!(related.due <= received + Duration::days(i64::from(rule.days)));
        }
    }

    /// UK GDPR Art. 12A(5), in force 5 February 2026: the clock stops to
    /// clarify a request under Article 15 only. For a request without access,
    /// no clarification moves any date: every right's, the case's, the
    /// extended one, the notice date and the refusal date stay exactly as they
    /// are with no pause at all.
    #[test]
    fn a_uk_pause_never_moves_a_request_without_access(c in case(), uk in 0usize..4) {
        let locations = every_location(Regime::UkGdpr);
        let mut c = c;
        c.regime = Regime::UkGdpr;
        c.location = locations[uk].clone();
        c.rights.retain(|r| *r != Right::Access);
        prop_assume!(!c.rights.is_empty());
        let notified = c.events.extension_notified_on.map(|n| n - c.events.received);
        c.events.received = c.events.received.max(law::ymd(2026, 2, 5));
        c.events.extension_notified_on = notified.map(|n| c.events.received + n);
        c.events.appeal_received = None;
        c.events.complaint_received = None;
        c.events.identity_requested = None;
        c.events.identity_received = None;
        let mut from = c.events.received;
        for p in &mut c.events.clarifications {
            let len = p.to.unwrap() - p.from;
            p.from = from;
            p.to = Some(from + len);
            from += len + Duration::days(3);
        }
        let cals = Calendars::shipped();
        let p = DeadlinePolicy::default();
        let mut plain = c.events.clone();
        plain.clarifications.clear();
        let with = compute_deadlines(c.regime, &c.location, &c.rights, &c.events, &p, &cals, c.events.received).unwrap();
        let without = compute_deadlines(c.regime, &c.location, &c.rights, &plain, &p, &cals, c.events.received).unwrap();
        prop_assert_eq!(with.due, without.due, "{:?}", with.steps);
        prop_assert_eq!(with.extended_due, without.extended_due);
        prop_assert_eq!(with.extension_notice_by, without.extension_notice_by);
        prop_assert_eq!(with.refuse_by, without.refuse_by);
        for (a, b) in with.rights.iter().zip(&without.rights) {
            prop_assert_eq!(a.due, b.due, "{:?} moved by a clarification: {:?}", a.right, a.steps);
        }
    }
}

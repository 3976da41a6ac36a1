//! Properties that hold for every input.

use chrono::{Duration, NaiveDate};
use proptest::prelude::*;

use super::*;
use crate::Location;
use crate::holiday::Calendars;

fn date_in(from: i32, to: i32) -> impl Strategy<Value = NaiveDate> {
    let start = NaiveDate::from_ymd_opt(from, 1, 1).unwrap();
    let days = (NaiveDate::from_ymd_opt(to, 12, 31).unwrap() - start).num_days();
    (0..=days).prop_map(move |n| start + Duration::days(n))
}

fn any_date() -> impl Strategy<Value = NaiveDate> {
    let min = NaiveDate::MIN;
    let span = (NaiveDate::MAX - NaiveDate::MIN).num_days();
    prop_oneof![
        date_in(2015, 2040),
        (0..=span).prop_map(move |n| min + Duration::days(n)),
        Just(NaiveDate::MIN),
        Just(NaiveDate::MAX),
    ]
}

fn regime() -> impl Strategy<Value = Regime> {
    proptest::sample::select(Regime::ALL.to_vec())
}

fn right() -> impl Strategy<Value = Right> {
    proptest::sample::select(Right::ALL.to_vec())
}

fn location_for(regime: Regime, pick: usize) -> Location {
    let codes: &[&str] = match regime {
        Regime::UkGdpr => &["GB", "GB-ENG", "GB-SCT", "GB-NIR", "GB-WLS"],
        Regime::EuGdpr => &["FR", "FR-67", "DE", "DE-BY", "DE-BE", "DE-SN", "IE", "NL", "BE", "ES", "IT", "AT", "PL"],
        Regime::UsState => &["US-VA", "US-IA", "US-FL", "US-CO", "US-UT", "US-OR", "US-TX", "US-RI"],
        _ => &["US-CA", "US", "BR", "CA", "CH", "ZA", "AU"],
    };
    Location::parse(codes[pick % codes.len()]).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn due_is_never_before_receipt_and_rolls_off_non_working_days(
        regime in regime(), pick in 0usize..20, received in date_in(2026, 2040),
        rights in proptest::collection::vec(right(), 1..4), ca in any::<bool>(), extended in any::<bool>(),
    ) {
        let cals = Calendars::shipped();
        let location = location_for(regime, pick);
        let mut events = ClockEvents::received(received);
        events.extended = extended;
        let policy = DeadlinePolicy { california_state_holidays: ca, ..DeadlinePolicy::default() };
        let r = compute_deadlines(regime, &location, &rights, &events, &policy, &cals, received).unwrap();
        let rules = rules_in_force(regime, &location, received);
        // A right no statute sets a date for has none without a house target.
        if rights.iter().all(|x| !rules.statutory(*x)) {
            prop_assert_eq!(r.due, None);
            return Ok(());
        }
        let due = r.due.unwrap();
        prop_assert!(due > received);
        for right in &r.rights {
            prop_assert_eq!(right.due.is_some(), rules.statutory(right.right));
            prop_assert!(right.due.is_none_or(|d| d > received));
        }
        if let Some(ext) = r.extended_due {
            prop_assert!(ext >= due);
        }
        if let Some(ack) = r.acknowledge_by {
            prop_assert!(ack > received);
        }
        if RegimeRules::of(regime).rolls_forward {
            let cal = cals.for_location(&location).unwrap().calendar;
            prop_assert!(cal.is_working_day(due), "{} due {} on {:?}", location, due, cal.holiday(due));
        }
    }

    #[test]
    fn due_is_monotonic_in_the_receipt_date(
        regime in regime(), pick in 0usize..20, a in date_in(2026, 2040), gap in 0i64..40, right in right(),
    ) {
        let cals = Calendars::shipped();
        let location = location_for(regime, pick);
        let b = a + Duration::days(gap);
        let p = DeadlinePolicy::default();
        let due = |r| compute_deadlines(regime, &location, &[right], &ClockEvents::received(r), &p, &cals, r).unwrap().due;
        prop_assert_eq!(due(a).is_some(), rules_in_force(regime, &location, a).statutory(right));
        prop_assert!(due(a) <= due(b));
    }

    #[test]
    fn pauses_never_bring_the_date_forward(
        pick in 0usize..20, received in date_in(2019, 2040), from in 0i64..60, len in 0i64..30, eu in any::<bool>(),
    ) {
        let cals = Calendars::shipped();
        let regime = if eu { Regime::EuGdpr } else { Regime::UkGdpr };
        let location = location_for(regime, pick);
        let p = DeadlinePolicy::default();
        let plain = compute_deadlines(regime, &location, &[Right::Access], &ClockEvents::received(received), &p, &cals, received).unwrap();
        let mut events = ClockEvents::received(received);
        let from = received + Duration::days(from);
        events.clarifications.push(Pause { from, to: Some(from + Duration::days(len)) });
        let paused = compute_deadlines(regime, &location, &[Right::Access], &events, &p, &cals, received).unwrap();
        prop_assert!(paused.due >= plain.due);
    }

    #[test]
    fn never_panics(
        regime in regime(), pick in 0usize..20, received in any_date(), ask in any_date(), got in any_date(),
        p1 in any_date(), p2 in proptest::option::of(any_date()), today in any_date(),
        rights in proptest::collection::vec(right(), 0..3), flags in any::<(bool, bool, bool, bool)>(),
        notified in proptest::option::of(any_date()), target in proptest::option::of(any::<u32>()),
    ) {
        let cals = Calendars::shipped();
        let location = location_for(regime, pick);
        let events = ClockEvents {
            received,
            identity_requested: flags.0.then_some(ask),
            identity_received: flags.1.then_some(got),
            clarifications: vec![Pause { from: p1, to: p2 }],
            extended: flags.2,
            extension_notified_on: notified,
            stopped: flags.3,
            appeal_received: flags.0.then_some(p1),
            complaint_received: flags.1.then_some(today),
            employee: flags.2,
            waiting_for: None,
        };
        let mut policy = DeadlinePolicy::default();
        if let Some(n) = target {
            policy.house_target_days.insert(regime, n);
        }
        let _ = compute_deadlines(regime, &location, &rights, &events, &policy, &cals, today);
        let _ = compute_deadlines(regime, &Location::parse("JP").unwrap(), &rights, &events, &policy, &cals, today);
    }

    /// UK GDPR Art. 12A(5): a clarification moves the access date only; every
    /// other right keeps the date it has without any pause, whatever the pauses.
    #[test]
    fn a_uk_clarification_never_moves_a_right_other_than_access(
        pick in 0usize..20, received in date_in(2019, 2040), pauses in proptest::collection::vec((0i64..60, 0i64..30), 0..3),
        rights in proptest::collection::vec(right(), 1..5), extended in any::<bool>(),
    ) {
        let cals = Calendars::shipped();
        let location = location_for(Regime::UkGdpr, pick);
        let p = DeadlinePolicy::default();
        let mut plain = ClockEvents::received(received);
        plain.extended = extended;
        let mut events = plain.clone();
        let mut from = received;
        for (gap, len) in pauses {
            from += Duration::days(gap);
            events.clarifications.push(Pause { from, to: Some(from + Duration::days(len)) });
            from += Duration::days(len + 1);
        }
        let without = compute_deadlines(Regime::UkGdpr, &location, &rights, &plain, &p, &cals, received).unwrap();
        let with = compute_deadlines(Regime::UkGdpr, &location, &rights, &events, &p, &cals, received).unwrap();
        for (a, b) in without.rights.iter().zip(&with.rights) {
            if a.right == Right::Access {
                prop_assert!(b.due >= a.due);
            } else {
                prop_assert_eq!(b.due, a.due, "{:?} moved by a clarification: {:?}", a.right, b.steps);
            }
        }
        // The case's date is never later than the earliest right's unpaused date
        // when a right other than access is asked for.
        if rights.iter().any(|r| *r != Right::Access) {
            prop_assert!(with.due <= without.rights.iter().filter(|r| r.right != Right::Access).filter_map(|r| r.due).min());
        }
    }

    /// A US state's clock never stops: identity checks and clarifications leave
    /// the statute's days from receipt exactly as they are.
    #[test]
    fn a_us_state_date_is_the_statutes_days_from_receipt(
        pick in 0usize..20, received in date_in(2026, 2040), ask in 0i64..40, len in 0i64..30,
        rights in proptest::collection::vec(right(), 1..4), extended in any::<bool>(),
    ) {
        // An email opt-out has CAN-SPAM's federal clock instead (table-tested in tests.rs).
        let rights: Vec<Right> = rights.into_iter().filter(|r| *r != Right::Unsubscribe).collect();
        prop_assume!(!rights.is_empty());
        let cals = Calendars::shipped();
        let location = location_for(Regime::UsState, pick);
        let mut events = ClockEvents::received(received);
        events.identity_requested = Some(received + Duration::days(ask));
        events.clarifications.push(Pause { from: received + Duration::days(ask), to: Some(received + Duration::days(ask + len)) });
        events.extended = extended;
        let r = compute_deadlines(Regime::UsState, &location, &rights, &events, &DeadlinePolicy::default(), &cals, received).unwrap();
        // Rights the statute does not know have no date of its (and no house target here);
        // the case is due on its earliest statutory right.
        let rules = rules_in_force(Regime::UsState, &location, received);
        let days = rights.iter().filter(|x| rules.statutory(**x)).map(|x| state_days(&rules, *x, extended)).min();
        prop_assert_eq!(r.due, days.map(|n| received + Duration::days(i64::from(n))));
    }
}

/// A US state right's days from receipt, as the statute gives them: a
/// withdrawal of consent has the state's revocation limit (never extended)
/// where it sets one; every other right the response period, extended or not.
fn state_days(rules: &RegimeRules, right: Right, extended: bool) -> u32 {
    let state = rules.state.expect("a state's rules");
    match rules.revocation(right) {
        Some(r) => r.days,
        None if extended => state.period_days + state.extension_days,
        None => state.period_days,
    }
}

/// The rules in force for a request received on `received` at `location`
/// (a US state's own statute: which rights it gives differs by state and day).
fn rules_in_force(regime: Regime, location: &Location, received: NaiveDate) -> RegimeRules {
    match RegimeRules::in_force(regime, location, received).unwrap() {
        InForce::Rules(rules) => rules,
        InForce::NotYet { law, .. } => panic!("{law} is not in force on {received}"),
    }
}

/// Every location a regime's property runs over: every US state of the table, not a sample.
pub(super) fn every_location(regime: Regime) -> Vec<Location> {
    let codes: Vec<String> = match regime {
        Regime::UsState => law::US_STATES.iter().map(|s| format!("US-{}", s.code)).collect(),
        Regime::UkGdpr => ["GB-ENG", "GB-SCT", "GB-NIR", "GB-WLS"].map(String::from).to_vec(),
        Regime::EuGdpr => ["FR", "DE-BY", "DE-BE", "IE", "NL", "ES", "IT", "PL"].map(String::from).to_vec(),
        Regime::Ccpa => vec!["US-CA".into()],
        Regime::Lgpd => vec!["BR".into()],
        Regime::Pipeda => vec!["CA".into()],
        Regime::Fadp => vec!["CH".into()],
        Regime::Popia => vec!["ZA".into()],
        Regime::AuApp => vec!["AU".into()],
    };
    codes.iter().map(|c| Location::parse(c).unwrap()).collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(600))]

    /// A date is never later than the law's, for every regime and state, any
    /// rights and any identity checks and clarifications. The law's date is
    /// computed here without the engine's pause logic:
    /// - where the law lets nothing stop the clock (every US state, CCPA 11 CCR
    ///   §7021(b), LGPD, PIPEDA, revFADP, POPIA, APP 12), each right's date is
    ///   the one with no event at all;
    /// - UK GDPR: identity restarts every right's clock (Art. 12(6), 12A(3)), a
    ///   clarification pauses access only (Art. 12A(5)): other rights keep the
    ///   identity-only date, access is at most that date plus the pauses' days;
    /// - EU GDPR: identity and clarification pause every right (EDPB 01/2022
    ///   §159): at most the plain date plus the pauses' days, rolled to a working day.
    #[test]
    fn no_date_is_later_than_the_laws(
        regime in regime(), pick in 0usize..64, received in date_in(2026, 2038),
        rights in proptest::collection::vec(right(), 1..5), extended in any::<bool>(),
        identity in proptest::option::of((0i64..30, 0i64..20)),
        pauses in proptest::collection::vec((0i64..50, 0i64..20), 0..3),
    ) {
        let cals = Calendars::shipped();
        let locations = every_location(regime);
        let location = &locations[pick % locations.len()];
        let p = DeadlinePolicy::default();
        let mut plain = ClockEvents::received(received);
        plain.extended = extended;
        let mut identity_only = plain.clone();
        let mut identity_days = 0;
        if let Some((ask, wait)) = identity {
            identity_only.identity_requested = Some(received + Duration::days(ask));
            identity_only.identity_received = Some(received + Duration::days(ask + wait));
            identity_days = wait + 1;
        }
        let mut events = identity_only.clone();
        let mut from = received;
        let mut pause_days = 0;
        for (gap, len) in pauses {
            from += Duration::days(gap);
            events.clarifications.push(Pause { from, to: Some(from + Duration::days(len)) });
            pause_days += len + 1;
            from += Duration::days(len + 1);
        }
        let run = |ev: &ClockEvents| compute_deadlines(regime, location, &rights, ev, &p, &cals, received).unwrap();
        let with = run(&events);
        let roll = |d: NaiveDate| {
            let cal = cals.for_location(location).unwrap().calendar;
            roll_forward(d, &cal).unwrap()
        };
        match regime {
            Regime::UkGdpr => {
                let base = run(&identity_only);
                for (b, w) in base.rights.iter().zip(&with.rights) {
                    if w.right == Right::Access {
                        let bound = b.due.map(|d| roll(d + Duration::days(pause_days)));
                        prop_assert!(w.due <= bound, "{} access {:?} later than {:?}: {:?}", location, w.due, bound, w.steps);
                    } else {
                        prop_assert_eq!(w.due, b.due, "{} {:?} moved by a clarification: {:?}", location, w.right, w.steps);
                    }
                }
            }
            Regime::EuGdpr => {
                let base = run(&plain);
                for (b, w) in base.rights.iter().zip(&with.rights) {
                    let bound = b.due.map(|d| roll(d + Duration::days(pause_days + identity_days)));
                    prop_assert!(w.due <= bound, "{} {:?} {:?} later than {:?}: {:?}", location, w.right, w.due, bound, w.steps);
                }
            }
            _ => {
                let base = run(&plain);
                for (b, w) in base.rights.iter().zip(&with.rights) {
                    prop_assert_eq!(w.due, b.due, "{} {:?}: the clock stopped where the law lets nothing stop it: {:?}", location, w.right, w.steps);
                }
                if regime == Regime::UsState {
                    let rules = rules_in_force(regime, location, received);
                    for w in with.rights.iter().filter(|w| w.right != Right::Unsubscribe) {
                        let days = state_days(&rules, w.right, extended);
                        prop_assert!(w.due.is_none_or(|d| d == received + Duration::days(i64::from(days))), "{} {:?}: {:?}", location, w.right, w.steps);
                    }
                }
            }
        }
    }
}

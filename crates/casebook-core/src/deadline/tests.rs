//! Table-driven tests from the regulators' texts and deadlines.md.

use chrono::NaiveDate;

use super::*;
use crate::Location;
use crate::holiday::Calendars;

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn loc(s: &str) -> Location {
    Location::parse(s).unwrap()
}

fn run(regime: Regime, location: &str, rights: &[Right], events: &ClockEvents) -> Deadlines {
    run_with(regime, location, rights, events, &DeadlinePolicy::default())
}

fn run_with(
    regime: Regime,
    location: &str,
    rights: &[Right],
    events: &ClockEvents,
    policy: &DeadlinePolicy,
) -> Deadlines {
    compute_deadlines(regime, &loc(location), rights, events, policy, &Calendars::shipped(), events.received)
        .unwrap_or_else(|e| panic!("{e}"))
}

fn due(regime: Regime, location: &str, received: &str) -> String {
    run(regime, location, &[Right::Access], &ClockEvents::received(d(received))).due.unwrap().to_string()
}

#[test]
fn ico_right_of_access_examples() {
    // ICO: "received on 3 September → respond by 3 October"; the corresponding
    // day of the next month, or its last day when there is none.
    let table = [
        ("2025-09-03", "2025-10-03"),
        ("2025-03-31", "2025-04-30"),
        ("2025-01-31", "2025-02-28"),
        ("2024-01-31", "2024-02-29"),
        ("2025-04-30", "2025-05-30"),
    ];
    for (received, expected) in table {
        assert_eq!(due(Regime::UkGdpr, "GB-ENG", received), expected, "{received}");
    }
    let mut ev = ClockEvents::received(d("2025-01-31"));
    ev.extended = true;
    ev.extension_notified_on = Some(d("2025-02-10"));
    let r = run(Regime::UkGdpr, "GB", &[Right::Access], &ev);
    assert_eq!(r.extended_due, Some(d("2025-04-30")), "31 Jan + 3 months, not chained: {:?}", r.extension_steps);
    assert_eq!(r.due, Some(d("2025-04-30")));
    assert_eq!(r.extension_notice_by, Some(d("2025-02-28")));
    assert!(r.notes.is_empty(), "{:?}", r.notes);
}

#[test]
fn edpb_examples_same_date_or_last_day() {
    // EDPB Guidelines 01/2022: the period ends on the same date of the next
    // month, or on the last day of a shorter month; Reg. 1182/71 moves a last
    // day on a weekend or holiday to the next working day.
    let table = [
        ("FR", "2025-05-05", "2025-06-05"),
        ("FR", "2025-01-31", "2025-02-28"),
        ("DE-BE", "2025-07-31", "2025-09-01"), // 31 Aug is a Sunday
        ("IE", "2025-12-26", "2026-01-26"),
        ("FR", "2026-04-14", "2026-05-14"), // Ascension Thursday → Fri 15 May
    ];
    for (l, received, expected) in &table[..4] {
        assert_eq!(due(Regime::EuGdpr, l, received), *expected, "{l} {received}");
    }
    assert_eq!(due(Regime::EuGdpr, "FR", table[4].1), "2026-05-15");
}

#[test]
fn deadlines_md_worked_example() {
    let r = run(Regime::UkGdpr, "GB-ENG", &[Right::Access], &ClockEvents::received(d("2025-01-31")));
    // Received before the 2026 amendment: the steps say which version applied.
    assert!(r.steps[2].starts_with("rules in force: received 2025-01-31, before UK GDPR as amended"), "{:?}", r.steps);
    assert_eq!(r.rules_in_force.id, "uk-gdpr-2018");
    let mut steps = r.steps[1..].to_vec();
    steps.remove(1);
    assert_eq!(
        steps,
        [
            "received Fri 2025-01-31",
            "+1 month: Fri 2025-02-28 (31 Feb does not exist)",
            "Fri 2025-02-28 is a working day",
            "due Fri 2025-02-28",
        ]
    );
    assert_eq!(r.clock, Clock::Running);
    assert_eq!(r.days_left, Some(28));
    assert_eq!(r.acknowledge_by, None);
}

#[test]
fn uk_bank_holidays_and_divisions() {
    let table = [
        // Due on Easter Monday rolls to Tuesday in England, not in Scotland.
        ("GB-ENG", "2026-03-06", "2026-04-07"),
        ("GB-SCT", "2026-03-06", "2026-04-06"),
        // 2 January is a bank holiday only in Scotland.
        ("GB-ENG", "2025-12-02", "2026-01-02"),
        ("GB-SCT", "2025-12-02", "2026-01-05"),
        // St Andrew's Day.
        ("GB-SCT", "2026-10-30", "2026-12-01"),
        ("GB-ENG", "2026-10-30", "2026-11-30"),
        // A weekend.
        ("GB-ENG", "2026-04-30", "2026-06-01"),
        // The Twelfth in Northern Ireland (Sun 12 July 2026 → Mon 13 July).
        ("GB-NIR", "2026-06-13", "2026-07-14"),
        ("GB-ENG", "2026-06-13", "2026-07-13"),
        // Christmas 2032 (rules, past the data): Sat 25 → substitutes Mon 27, Tue 28.
        ("GB-ENG", "2032-11-25", "2032-12-29"),
        // The 2022 Jubilee: 2 and 3 June.
        ("GB-WLS", "2022-05-02", "2022-06-06"),
    ];
    for (l, received, expected) in table {
        assert_eq!(due(Regime::UkGdpr, l, received), expected, "{l} {received}");
    }
    let r = run(Regime::UkGdpr, "GB-ENG", &[Right::Access], &ClockEvents::received(d("2026-04-30")));
    assert!(r.steps.contains(&"Sat 2026-05-30 is a weekend \u{2192} Mon 2026-06-01".to_string()), "{:?}", r.steps);
    let r = run(Regime::UkGdpr, "GB-ENG", &[Right::Access], &ClockEvents::received(d("2031-03-14")));
    assert_eq!(r.due, Some(d("2031-04-15")));
    assert!(
        r.steps.iter().any(|s| s.starts_with("holiday: Easter Monday Mon 2031-04-14")
            && s.contains("computed from rules, no data file covers 2031")),
        "{:?}",
        r.steps
    );
}

#[test]
fn german_laender_differ() {
    assert_eq!(due(Regime::EuGdpr, "DE-BY", "2026-05-04"), "2026-06-05"); // Corpus Christi
    assert_eq!(due(Regime::EuGdpr, "DE-BE", "2026-05-04"), "2026-06-04");
    assert_eq!(due(Regime::EuGdpr, "DE-SN", "2026-10-18"), "2026-11-19"); // Buß- und Bettag
    assert_eq!(due(Regime::EuGdpr, "DE-BY", "2026-10-18"), "2026-11-18");
    assert_eq!(due(Regime::EuGdpr, "FR-57", "2026-03-03"), "2026-04-07"); // Good Friday 3 Apr is a holiday there; 6 Apr too
    assert_eq!(due(Regime::EuGdpr, "FR", "2026-03-03"), "2026-04-03");
}

#[test]
fn clarification_pauses_and_identity_restarts() {
    // UK: clarification pause of 6 days (both ends counted).
    let mut ev = ClockEvents::received(d("2026-02-02"));
    ev.clarifications.push(Pause { from: d("2026-02-10"), to: Some(d("2026-02-15")) });
    let r = run(Regime::UkGdpr, "GB-ENG", &[Right::Access], &ev);
    assert_eq!(r.due, Some(d("2026-03-09")), "{:?}", r.steps);
    assert!(
        r.steps.contains(&"paused 6 days for clarification (2026-02-10 to 2026-02-15) \u{2192} Sun 2026-03-08".into())
    );

    // Still open: the clock is paused and the date assumes an answer today.
    let mut ev = ClockEvents::received(d("2026-02-02"));
    ev.clarifications.push(Pause { from: d("2026-02-10"), to: None });
    let r = compute_deadlines(
        Regime::UkGdpr,
        &loc("GB"),
        &[Right::Access],
        &ev,
        &DeadlinePolicy::default(),
        &Calendars::shipped(),
        d("2026-02-12"),
    )
    .unwrap();
    assert_eq!(r.clock, Clock::Paused);
    assert_eq!(r.due, Some(d("2026-03-05")));

    // UK identity restarts the clock.
    let mut ev = ClockEvents::received(d("2026-03-01"));
    ev.identity_requested = Some(d("2026-03-02"));
    let r = run(Regime::UkGdpr, "GB-ENG", &[Right::Access, Right::Erasure], &ev);
    assert_eq!((r.due, r.clock, r.days_left), (None, Clock::WaitingForIdentity, None));
    assert!(r.rights.iter().all(|x| x.due.is_none()));
    ev.identity_received = Some(d("2026-03-10"));
    let r = run(Regime::UkGdpr, "GB-ENG", &[Right::Access], &ev);
    assert_eq!(r.due, Some(d("2026-04-10")));
    assert_eq!(r.start, Some(d("2026-03-10")));
    assert!(r.steps.contains(&"clock restarted on Tue 2026-03-10 when identity evidence arrived".into()));

    // EU identity pauses instead (EDPB §159): 2 to 10 March is 9 days.
    let r = run(Regime::EuGdpr, "FR", &[Right::Access], &ev);
    assert_eq!(r.due, Some(d("2026-04-10")), "{:?}", r.steps);
    assert!(r.steps.contains(
        &"paused 9 days for identity verification (2026-03-02 to 2026-03-10) \u{2192} Fri 2026-04-10".into()
    ));

    // CCPA: identity changes nothing.
    let r = run(Regime::Ccpa, "US-CA", &[Right::Access], &ev);
    assert_eq!(r.due, Some(d("2026-04-15")));
}

#[test]
fn ccpa_periods() {
    // §7021: confirm within 10 business days (MLK Day skipped), respond within 45 days.
    let r = run(Regime::Ccpa, "US-CA", &[Right::Access], &ClockEvents::received(d("2026-01-05")));
    assert_eq!(r.acknowledge_by, Some(d("2026-01-20")), "{:?}", r.acknowledge_steps);
    assert_eq!(r.due, Some(d("2026-02-19")));
    assert_eq!(r.extension_notice_by, Some(d("2026-02-19")));
    assert_eq!(r.extended_due, None);
    assert!(r.extension_steps.iter().any(|s| s == "due Sun 2026-04-05"), "{:?}", r.extension_steps);
    // Extended: 90 days, on a Sunday — not moved, with a note.
    let mut ev = ClockEvents::received(d("2026-01-05"));
    ev.extended = true;
    ev.extension_notified_on = Some(d("2026-02-20"));
    let r = run(Regime::Ccpa, "US-CA", &[Right::Erasure], &ev);
    assert_eq!(r.due, Some(d("2026-04-05")));
    assert!(r.notes.iter().any(|n| n.starts_with("Sun 2026-04-05 is a weekend")), "{:?}", r.notes);
    assert!(r.notes.iter().any(|n| n.contains("after the last day for notice 2026-02-19")), "{:?}", r.notes);
    // §7026: 15 business days for opting out; Thanksgiving skipped, and the
    // day after it only with California state holidays.
    let ev = ClockEvents::received(d("2026-11-16"));
    let r = run(Regime::Ccpa, "US-CA", &[Right::OptOutOfSale], &ev);
    assert_eq!((r.due, r.acknowledge_by, r.extension_notice_by), (Some(d("2026-12-08")), None, None));
    let policy = DeadlinePolicy { california_state_holidays: true, ..DeadlinePolicy::default() };
    let r = run_with(Regime::Ccpa, "US-CA", &[Right::OptOutOfSale, Right::Access], &ev, &policy);
    assert_eq!(r.due, Some(d("2026-12-09")));
    assert_eq!(r.rights[1].due, Some(d("2026-12-31")));
}

#[test]
fn other_regimes() {
    let table = [
        (Regime::UsState, "US-VA", "2026-01-05", "2026-02-19", Some("2026-04-05")),
        (Regime::Lgpd, "BR", "2026-01-05", "2026-01-20", None),
        (Regime::Pipeda, "CA-ON", "2026-01-05", "2026-02-04", Some("2026-03-06")),
        (Regime::Fadp, "CH", "2026-01-05", "2026-02-04", None),
        (Regime::Popia, "ZA", "2026-01-05", "2026-02-04", Some("2026-03-06")),
        (Regime::AuApp, "AU", "2026-01-05", "2026-02-04", None),
    ];
    for (regime, l, received, expected, extended) in table {
        let mut ev = ClockEvents::received(d(received));
        let r = run(regime, l, &[Right::Access], &ev);
        assert_eq!(r.due, Some(d(expected)), "{regime}");
        assert_eq!(r.acknowledge_by, None);
        ev.extended = true;
        ev.extension_notified_on = Some(d(received));
        let r = run(regime, l, &[Right::Access], &ev);
        assert_eq!(r.extended_due, extended.map(d), "{regime}");
        if extended.is_none() {
            assert!(r.notes.iter().any(|n| n.contains("has no extension")), "{regime}: {:?}", r.notes);
        }
    }
}

#[test]
fn house_target_sits_beside_the_due_date() {
    let mut policy = DeadlinePolicy::default();
    policy.house_target_days.insert(Regime::UkGdpr, 28);
    let r = run_with(Regime::UkGdpr, "GB", &[Right::Access], &ClockEvents::received(d("2025-01-31")), &policy);
    assert_eq!((r.house_target, r.due), (Some(d("2025-02-28")), Some(d("2025-02-28"))));
    let r = run_with(Regime::UkGdpr, "GB", &[Right::Access], &ClockEvents::received(d("2025-09-03")), &policy);
    assert_eq!((r.house_target, r.due), (Some(d("2025-10-01")), Some(d("2025-10-03"))));
    let r = run_with(Regime::EuGdpr, "FR", &[Right::Access], &ClockEvents::received(d("2025-09-03")), &policy);
    assert_eq!(r.house_target, None);
}

#[test]
fn unsubscribe_under_gdpr_says_it_uses_the_month() {
    let r = run(Regime::EuGdpr, "NL", &[Right::Unsubscribe], &ClockEvents::received(d("2025-09-03")));
    assert!(r.steps[0].contains("the same one-month period as every right under Art. 12(3)"), "{:?}", r.steps);
}

/// An email opt-out in the US: CAN-SPAM's 10 federal business days
/// (15 U.S.C. \u{a7}7704(a)(4)(A)(i); 16 C.F.R. \u{a7}316.2), earlier than the CCPA's
/// 15 business days (11 CCR \u{a7}7026(f)) or a state law's 45 days, with no
/// extension; counted on federal holidays even in California.
#[test]
fn an_email_opt_out_in_the_us_is_due_within_can_spams_ten_business_days() {
    #[rustfmt::skip]
    let table = [
        // regime, location, received, due (why)
        (Regime::Ccpa, "US-CA", "2026-11-02", "2026-11-17"), // Veterans Day (11 Nov) is a federal holiday
        (Regime::Ccpa, "US-CA", "2026-03-27", "2026-04-10"), // Cesar Chavez Day (31 Mar) is California's, not federal
        (Regime::UsState, "US-VA", "2026-03-27", "2026-04-10"), // not the Virginia act's 45 days
        (Regime::UsState, "US-TX", "2026-11-02", "2026-11-17"),
    ];
    for (regime, location, received, due) in table {
        let r = run(regime, location, &[Right::Unsubscribe], &ClockEvents::received(d(received)));
        assert_eq!(r.due, Some(d(due)), "{regime:?} {location} {received}: {:?}", r.steps);
        assert_eq!(r.extended_due, None, "{regime:?} {location}: no extension");
        assert!(r.steps[0].contains("CAN-SPAM"), "{:?}", r.steps);
    }
    // Opting out of sale keeps the CCPA's own 15 business days.
    let r = run(Regime::Ccpa, "US-CA", &[Right::OptOutOfSale], &ClockEvents::received(d("2026-11-02")));
    assert!(r.due > Some(d("2026-11-17")), "{:?}", r.due);
}

#[test]
fn countries_without_data_are_weekends_only_and_say_so() {
    let r = run(Regime::EuGdpr, "CZ", &[Right::Access], &ClockEvents::received(d("2025-09-28")));
    assert_eq!(r.due, Some(d("2025-10-28")));
    assert!(r.notes[0].starts_with("no holiday data is shipped for CZ"), "{:?}", r.notes);
    // 28 October is the Czech Republic's Independence Day: the earlier date is
    // the safe one, but it is not said to be a working day.
    assert!(!r.steps.iter().any(|s| s.contains("working day")), "{:?}", r.steps);
    assert!(
        r.steps.contains(&"Tue 2025-10-28 is not a weekend day or a holiday known for CZ (not every holiday there is known: see the note)".to_string()),
        "{:?}",
        r.steps
    );
}

#[test]
fn a_day_is_called_a_working_day_only_where_every_holiday_of_the_place_is_known() {
    // Germany without a Land: national holidays only (4 June 2026 is Corpus Christi in DE-BY).
    let r = run(Regime::EuGdpr, "DE", &[Right::Access], &ClockEvents::received(d("2026-05-04")));
    assert_eq!(r.due, Some(d("2026-06-04")));
    assert!(
        r.steps.iter().any(|s| s.starts_with("Thu 2026-06-04 is not a weekend day or a holiday known for")),
        "{:?}",
        r.steps
    );
    // The Land given: its calendar is whole, and the holiday moves the date.
    let r = run(Regime::EuGdpr, "DE-BY", &[Right::Access], &ClockEvents::received(d("2026-05-04")));
    assert_eq!(r.due, Some(d("2026-06-05")));
    // England and Wales: every bank holiday is known.
    let r = run(Regime::UkGdpr, "GB-ENG", &[Right::Access], &ClockEvents::received(d("2026-05-04")));
    assert!(r.steps.contains(&"Thu 2026-06-04 is a working day".to_string()), "{:?}", r.steps);
}

#[test]
fn errors_name_the_argument() {
    let cals = Calendars::shipped();
    let p = DeadlinePolicy::default();
    let today = d("2026-01-01");
    let err = |regime, l: &str, rights: &[Right], ev: &ClockEvents| {
        compute_deadlines(regime, &loc(l), rights, ev, &p, &cals, today).unwrap_err().to_string()
    };
    let ev = ClockEvents::received(d("2026-01-05"));
    assert_eq!(
        err(Regime::EuGdpr, "US-CA", &[Right::Access], &ev),
        "eu-gdpr cannot use location 'US-CA': EU GDPR periods roll past the public holidays of the EU/EEA Member State where the controller acts, so give that State (e.g. FR, DE-BY, IE)"
    );
    assert!(err(Regime::UkGdpr, "FR", &[Right::Access], &ev).starts_with("uk-gdpr cannot use location 'FR'"));
    assert!(err(Regime::EuGdpr, "DE-XX", &[Right::Access], &ev).starts_with("unknown subdivision in location 'DE-XX'"));
    assert_eq!(err(Regime::EuGdpr, "FR", &[], &ev), "no rights given: a case asks for at least one right");
    let table: Vec<(ClockEvents, &str)> = vec![
        (
            ClockEvents {
                clarifications: vec![Pause { from: d("2026-01-10"), to: Some(d("2026-01-08")) }],
                ..ev.clone()
            },
            "clarification pause ends on 2026-01-08 before it starts on 2026-01-10",
        ),
        (
            ClockEvents { clarifications: vec![Pause { from: d("2026-01-01"), to: None }], ..ev.clone() },
            "clarification pause starting 2026-01-01 is before the request was received on 2026-01-05",
        ),
        (
            ClockEvents {
                clarifications: vec![
                    Pause { from: d("2026-01-10"), to: Some(d("2026-01-15")) },
                    Pause { from: d("2026-01-15"), to: None },
                ],
                ..ev.clone()
            },
            "clarification pauses overlap: 2026-01-10 to 2026-01-15 and 2026-01-15 to (not yet answered)",
        ),
        (
            ClockEvents {
                clarifications: vec![
                    Pause { from: d("2026-01-20"), to: Some(d("2026-01-25")) },
                    Pause { from: d("2026-01-10"), to: None },
                ],
                ..ev.clone()
            },
            "clarification pauses overlap: 2026-01-10 to (not yet answered) and 2026-01-20 to 2026-01-25",
        ),
        (
            ClockEvents { identity_received: Some(d("2026-01-09")), ..ev.clone() },
            "identity_received 2026-01-09 is set but identity_requested is not",
        ),
        (
            ClockEvents {
                identity_requested: Some(d("2026-01-09")),
                identity_received: Some(d("2026-01-08")),
                ..ev.clone()
            },
            "identity_received 2026-01-08 is before identity_requested 2026-01-09",
        ),
        (
            ClockEvents { identity_requested: Some(d("2026-01-04")), ..ev.clone() },
            "identity_requested 2026-01-04 is before the request was received on 2026-01-05",
        ),
        (
            ClockEvents { extension_notified_on: Some(d("2026-01-04")), ..ev.clone() },
            "extension_notified_on 2026-01-04 is before the request was received on 2026-01-05",
        ),
    ];
    for (events, expected) in table {
        assert_eq!(validate_events(&events).unwrap_err().to_string(), expected);
        assert_eq!(err(Regime::UkGdpr, "GB", &[Right::Access], &events), expected);
    }
    let far = ClockEvents::received(NaiveDate::MAX);
    assert!(err(Regime::UkGdpr, "GB", &[Right::Access], &far).starts_with("date out of range"));
}

#[test]
fn json_shape() {
    let mut ev = ClockEvents::received(d("2025-01-31"));
    ev.clarifications.push(Pause { from: d("2025-02-03"), to: Some(d("2025-02-04")) });
    let r = run(Regime::UkGdpr, "GB-ENG", &[Right::Access, Right::Erasure], &ev);
    let json = serde_json::to_value(&r).unwrap();
    for key in [
        "due",
        "extended_due",
        "extension_notice_by",
        "acknowledge_by",
        "house_target",
        "clock",
        "days_left",
        "steps",
        "rights",
        "notes",
        "regime",
        "extension_steps",
    ] {
        assert!(json.get(key).is_some(), "missing {key}");
    }
    // The clarification pauses access only (Art. 12A(5)): erasure keeps 28 Feb.
    assert_eq!(json["due"], "2025-02-28");
    assert_eq!(json["rights"][0]["due"], "2025-03-03");
    assert_eq!(json["rights"][1]["due"], "2025-02-28");
    assert_eq!(json["clock"], "running");
    assert_eq!(json["regime"], "uk-gdpr");
    assert_eq!(json["rights"][1]["right"], "erasure");
    assert_eq!(json["extended_due"], serde_json::Value::Null);
    let back: ClockEvents =
        serde_json::from_str(r#"{"received": "2025-01-31", "clarifications": [{"from": "2025-02-03"}]}"#).unwrap();
    assert_eq!(back.clarifications[0].to, None);
    let policy: DeadlinePolicy = serde_json::from_str(r#"{"house_target_days": {"uk-gdpr": 28}}"#).unwrap();
    assert_eq!(policy.house_target_days[&Regime::UkGdpr], 28);
}

/// (regime, location, rights, house target days, the right looked at, its due
/// date, the case's due date, words its first step must hold, source).
type Row = (
    Regime,
    &'static str,
    &'static [Right],
    Option<u32>,
    Right,
    Option<&'static str>,
    Option<&'static str>,
    &'static str,
    &'static str,
);

/// The seed's own rights: deactivating an account and changing communication
/// preferences. Each row names its source.
#[test]
fn account_deactivation_and_preferences_per_regime() {
    use Right::{Access, CommunicationPreferences as Prefs, DeactivateAccount as Deactivate};
    let house = |n| DeadlinePolicy {
        house_target_days: [(Regime::Ccpa, n), (Regime::UsState, n)].into_iter().collect(),
        ..DeadlinePolicy::default()
    };
    #[rustfmt::skip]
    let table: [Row; 11] = [
        (Regime::UkGdpr, "GB-ENG", &[Deactivate], None, Deactivate, Some("2025-10-03"), Some("2025-10-03"), "Art. 18", "UK GDPR Art. 12(3): one month, the latest"),
        (Regime::UkGdpr, "GB-ENG", &[Prefs], None, Prefs, Some("2025-10-03"), Some("2025-10-03"), "PECR regs. 22", "UK GDPR Art. 7(3), 21(2)-(3), 12(3); PECR"),
        (Regime::EuGdpr, "FR", &[Prefs], None, Prefs, Some("2025-10-03"), Some("2025-10-03"), "ePrivacy Directive 2002/58/EC Art. 13", "GDPR Art. 12(3); ePrivacy Art. 13"),
        // 3 October is German Unity Day: the last day rolls to Monday 6 October (Reg. 1182/71 Art. 3(4)).
        (Regime::EuGdpr, "DE-BY", &[Deactivate], None, Deactivate, Some("2025-10-06"), Some("2025-10-06"), "Art. 17", "GDPR Art. 12(3); Reg. 1182/71 Art. 3(4)"),
        (Regime::Ccpa, "US-CA", &[Deactivate], None, Deactivate, None, None, "no statute sets a date", "not a right under Cal. Civ. Code \u{a7}1798.100 ff."),
        (Regime::Ccpa, "US-CA", &[Deactivate], Some(28), Deactivate, Some("2025-10-01"), Some("2025-10-01"), "house target only", "house target: 28 days"),
        (Regime::UsState, "US-VA", &[Prefs], Some(28), Prefs, Some("2025-10-01"), Some("2025-10-01"), "CAN-SPAM", "not a right under Va. Code \u{a7}59.1-577; CAN-SPAM 15 U.S.C. \u{a7}7704(a)(4)"),
        (Regime::UsState, "US-VA", &[Prefs], None, Prefs, None, None, "no statute sets a date", "not a right under Va. Code \u{a7}59.1-577"),
        // Mixed: the statutory access date stays the case's date; the house target is the deactivation's own.
        (Regime::Ccpa, "US-CA", &[Access, Deactivate], Some(28), Deactivate, Some("2025-10-01"), Some("2025-10-18"), "house target only", "11 CCR \u{a7}7021(b): 45 days for access"),
        (Regime::Ccpa, "US-CA", &[Deactivate, Access], Some(60), Access, Some("2025-10-18"), Some("2025-10-18"), "45 calendar days", "11 CCR \u{a7}7021(b)"),
        (Regime::Pipeda, "CA", &[Deactivate], None, Deactivate, Some("2025-10-03"), Some("2025-10-03"), "no period of its own", "PIPEDA s.8(3): 30 days, the latest"),
    ];
    for (regime, location, rights, target, right, right_due, case_due, words, source) in table {
        let policy = target.map(house).unwrap_or_default();
        let r = run_with(regime, location, rights, &ClockEvents::received(d("2025-09-03")), &policy);
        let row = r.rights.iter().find(|x| x.right == right).unwrap();
        assert_eq!(row.due, right_due.map(d), "{regime} {right} ({source}): {:?}", row.steps);
        assert_eq!(r.due, case_due.map(d), "{regime} {rights:?} case due ({source}): {:?}", r.steps);
        assert!(row.steps[0].contains(words), "{regime} {right} ({source}): {:?}", row.steps);
        assert_eq!(r.rights.iter().map(|x| x.right).collect::<Vec<_>>(), rights, "order as asked");
    }
}

#[test]
fn new_rights_are_never_later_than_access_under_gdpr() {
    for (regime, location) in [(Regime::UkGdpr, "GB-SCT"), (Regime::EuGdpr, "IE"), (Regime::EuGdpr, "DE-BE")] {
        for received in ["2025-01-31", "2025-12-19", "2026-03-31"] {
            let ev = ClockEvents::received(d(received));
            let access = run(regime, location, &[Right::Access], &ev).due;
            for right in [Right::DeactivateAccount, Right::CommunicationPreferences] {
                let due = run(regime, location, &[right], &ev).due;
                assert!(
                    due.is_some() && due <= access,
                    "{regime} {location} {received} {right}: {due:?} vs {access:?}"
                );
            }
        }
    }
}

#[test]
fn unstatutory_rights_get_no_acknowledgement_or_extension_under_ccpa() {
    let mut ev = ClockEvents::received(d("2025-09-03"));
    ev.extended = true;
    let r = run(Regime::Ccpa, "US-CA", &[Right::DeactivateAccount, Right::CommunicationPreferences], &ev);
    assert_eq!((r.due, r.acknowledge_by, r.extension_notice_by, r.refuse_by), (None, None, None, None));
    assert!(r.notes.iter().any(|n| n.contains("has no extension")), "{:?}", r.notes);
}

#[test]
fn the_extended_dates_weekend_note_only_where_the_extension_is_taken() {
    // 11 CCR §7021(b): 45 days, up to 90 with notice. Received Mon 2026-01-05:
    // day 45 is Thu 2026-02-19, day 90 Sun 2026-04-05.
    let mut ev = ClockEvents::received(d("2026-01-05"));
    let r = run(Regime::Ccpa, "US-CA", &[Right::Access], &ev);
    assert_eq!(r.due, Some(d("2026-02-19")));
    assert!(!r.notes.iter().any(|n| n.contains("weekend")), "no extension taken, yet: {:?}", r.notes);
    ev.extended = true;
    ev.extension_notified_on = Some(d("2026-02-01"));
    let r = run(Regime::Ccpa, "US-CA", &[Right::Access], &ev);
    assert_eq!(r.extended_due, Some(d("2026-04-05")));
    assert_eq!(r.notes.iter().filter(|n| n.contains("Sun 2026-04-05 is a weekend")).count(), 1, "{:?}", r.notes);
}

#[test]
fn a_right_that_goes_ahead_without_identity_keeps_its_date_when_identity_is_asked_for() {
    // (regime, location, rights, identity asked, identity received, the rights' dates, the case's due, its clock)
    type Row = (
        Regime,
        &'static str,
        [Right; 2],
        &'static str,
        Option<&'static str>,
        [Option<&'static str>; 2],
        &'static str,
        Clock,
    );
    #[rustfmt::skip]
    let rows: [Row; 4] = [
        // EU: identity pauses access only (EDPB 01/2022 §159); withdrawing consent runs from receipt (Art. 7(3)).
        (Regime::EuGdpr, "FR", [Right::Access, Right::WithdrawConsent], "2026-11-03", Some("2026-11-20"), [Some("2026-12-21"), Some("2026-12-02")], "2026-12-02", Clock::Running),
        // UK, identity awaited: access has no date until it arrives (Art. 12A); the unsubscribe has its month.
        (Regime::UkGdpr, "GB-ENG", [Right::Access, Right::Unsubscribe], "2026-11-03", None, [None, Some("2026-12-02")], "2026-12-02", Clock::WaitingForIdentity),
        // UK, identity arrived: access restarts from it; the unsubscribe still runs from receipt.
        (Regime::UkGdpr, "GB-ENG", [Right::Access, Right::Unsubscribe], "2026-11-03", Some("2026-11-10"), [Some("2026-12-10"), Some("2026-12-02")], "2026-12-02", Clock::Running),
        // An objection to direct marketing (Art. 21(3)) beside erasure, which waits.
        (Regime::UkGdpr, "GB-ENG", [Right::Erasure, Right::Objection], "2026-11-03", Some("2026-11-10"), [Some("2026-12-10"), Some("2026-12-02")], "2026-12-02", Clock::Running),
    ];
    for (regime, location, rights, asked, got, dues, due, clock) in rows {
        let events = ClockEvents {
            identity_requested: Some(d(asked)),
            identity_received: got.map(d),
            ..ClockEvents::received(d("2026-11-02"))
        };
        let r = run(regime, location, &rights, &events);
        let case = format!("{regime:?} {rights:?} {asked} {got:?}");
        for (right, want) in rights.iter().zip(dues) {
            let got = r.rights.iter().find(|x| x.right == *right).unwrap();
            assert_eq!(got.due, want.map(d), "{case}: {right:?} {:?}", got.steps);
        }
        assert_eq!((r.due, r.clock), (Some(d(due)), clock), "{case}: {:?}", r.steps);
        let ahead = r.rights.iter().find(|x| x.right == rights[1]).unwrap();
        assert!(
            ahead
                .steps
                .iter()
                .any(|s| s.contains("goes ahead while identity evidence (or proof of authority, or a fee) is awaited")),
            "{case}: {:?}",
            ahead.steps
        );
        assert!(
            !ahead.steps.iter().any(|s| s.contains("paused") || s.contains("restarted")),
            "{case}: {:?}",
            ahead.steps
        );
    }
    // Rights that all go ahead: identity asked for moves nothing, and the clock runs.
    for (regime, location) in [(Regime::UkGdpr, "GB-ENG"), (Regime::EuGdpr, "FR")] {
        let events =
            ClockEvents { identity_requested: Some(d("2026-11-03")), ..ClockEvents::received(d("2026-11-02")) };
        let r = run(regime, location, &[Right::Unsubscribe, Right::WithdrawConsent], &events);
        assert_eq!(
            (r.due, r.clock, r.start),
            (Some(d("2026-12-02")), Clock::Running, Some(d("2026-11-02"))),
            "{regime:?}"
        );
    }
    // Rights that all wait are as before: no date while UK identity evidence is awaited.
    let events = ClockEvents { identity_requested: Some(d("2026-11-03")), ..ClockEvents::received(d("2026-11-02")) };
    let r = run(Regime::UkGdpr, "GB-ENG", &[Right::Access, Right::Erasure], &events);
    assert_eq!((r.due, r.clock), (None, Clock::WaitingForIdentity));
}

/// UK GDPR Art. 12A; DPA 2018 s.54: a waiting clock says what it waits for
/// (a fee holds it as identity evidence does); a running one says nothing.
#[test]
fn a_waiting_clock_says_what_it_waits_for() {
    let asked = ClockEvents { identity_requested: Some(d("2026-11-03")), ..ClockEvents::received(d("2026-11-02")) };
    for (waiting_for, want, why) in [
        (
            None,
            Some(WaitingFor::Evidence),
            "waiting since Tue 2026-11-03 for identity evidence (or proof of authority): the clock restarts on the day it arrives",
        ),
        (
            Some(WaitingFor::Fee),
            Some(WaitingFor::Fee),
            "waiting since Tue 2026-11-03 for the fee asked for: the clock restarts on the day it is paid",
        ),
        (
            Some(WaitingFor::EvidenceAndFee),
            Some(WaitingFor::EvidenceAndFee),
            "waiting since Tue 2026-11-03 for identity evidence (or proof of authority) and the fee: the clock restarts on the day the last of them arrives",
        ),
    ] {
        let events = ClockEvents { waiting_for, ..asked.clone() };
        let got = run(Regime::UkGdpr, "GB-ENG", &[Right::Access], &events);
        assert_eq!((got.clock, got.waiting_for), (Clock::WaitingForIdentity, want), "{waiting_for:?}");
        // "Why this date" says what is awaited: a fee is no identity evidence.
        let said: Vec<String> = got.rights[0].said.iter().map(ToString::to_string).collect();
        assert!(said.iter().any(|s| s.starts_with(why)), "{said:#?}");
        // In a request whose unsubscribe goes ahead, the case still waits for it.
        let mixed = run(Regime::UkGdpr, "GB-ENG", &[Right::Access, Right::Unsubscribe], &events);
        assert_eq!((mixed.clock, mixed.waiting_for), (Clock::WaitingForIdentity, want), "{waiting_for:?}");
    }
    let running = run(Regime::UkGdpr, "GB-ENG", &[Right::Access], &ClockEvents::received(d("2026-11-02")));
    assert_eq!((running.clock, running.waiting_for), (Clock::Running, None));
}

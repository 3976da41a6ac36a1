//! The English strings of a case's dates are the `Display` of its sentences,
//! list by list, for a table of cases that makes the engine say every sentence.

use std::collections::BTreeSet;

use chrono::NaiveDate;

use super::*;
use crate::Location;
use crate::holiday::{CalendarNote, Calendars};

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

/// Each sentence's place in the enum. No wildcard: a new sentence does not
/// compile until it is counted here, and [`every_sentence_is_said`] then
/// asks for a case that says it.
fn index(s: &Said) -> usize {
    match s {
        Said::AddMonths { .. } => 0,
        Said::AddDays { .. } => 1,
        Said::AddBusinessDays { .. } => 2,
        Said::SkippedHoliday { .. } => 3,
        Said::Weekend { .. } => 4,
        Said::Holiday { .. } => 5,
        Said::WorkingDay { .. } => 6,
        Said::Due { .. } => 7,
        Said::WeekendStays { .. } => 8,
        Said::Received { .. } => 9,
        Said::RulesInForce { .. } => 10,
        Said::RulesBeforeNext { .. } => 11,
        Said::NotYetInForce { .. } => 12,
        Said::ComplaintRulesInForce { .. } => 13,
        Said::IdentityAwaited { .. } => 14,
        Said::IdentityAsked { .. } => 15,
        Said::ClockRestarted { .. } => 16,
        Said::IdentityRunsOn { .. } => 17,
        Said::ClarificationRunsOn { .. } => 18,
        Said::ClarificationAccessOnly { .. } => 19,
        Said::PauseBeforeRestart { .. } => 20,
        Said::PauseAfterEnd { .. } => 21,
        Said::Paused { .. } => 22,
        Said::PausedOpen { .. } => 23,
        Said::PeriodCanSpam { .. } => 24,
        Said::PeriodGdprDeactivate { .. } => 25,
        Said::PeriodGdprPreferences { .. } => 26,
        Said::PeriodGdprMarketing { .. } => 27,
        Said::PeriodOneMonth { .. } => 28,
        Said::PeriodCcpaStop { .. } => 29,
        Said::PeriodCcpa { .. } => 30,
        Said::PeriodState { .. } => 31,
        Said::PeriodNoneOfItsOwn { .. } => 32,
        Said::PeriodDays { .. } => 33,
        Said::PeriodOther { .. } => 34,
        Said::NoStatute { .. } => 35,
        Said::HouseTargetOnly { .. } => 36,
        Said::NoHouseTarget { .. } => 37,
        Said::HouseTarget { .. } => 38,
        Said::HouseTargetIsDue { .. } => 39,
        Said::ExtensionNotice { .. } => 40,
        Said::ExtensionMonths { .. } => 41,
        Said::ExtensionDays { .. } => 42,
        Said::ExtensionState { .. } => 43,
        Said::NoExtension { .. } => 44,
        Said::LateNotice { .. } => 45,
        Said::NoticeNotRecorded { .. } => 46,
        Said::RefusalWithoutExtension { .. } => 47,
        Said::RefuseBy { .. } => 48,
        Said::ConfirmReceipt { .. } => 49,
        Said::AcknowledgeBy { .. } => 50,
        Said::AppealReceived { .. } => 51,
        Said::AppealDue { .. } => 52,
        Said::AppealExtension { .. } => 53,
        Said::AppealAttorneyGeneral => 54,
        Said::ComplaintReceived { .. } => 55,
        Said::AcknowledgeComplaintBy { .. } => 56,
        Said::ComplaintAcknowledged { .. } => 57,
        Said::ComplaintAcknowledgedLate { .. } => 58,
        Said::EmployeeRecords { .. } => 59,
        Said::RecordsDue { .. } => 60,
        Said::Calendar { .. } => 61,
        Said::AnsweredLate { .. } => 62,
        Said::AnsweredOnTime { .. } => 63,
        Said::OpenRightsDue { .. } => 64,
        Said::NoKnownHoliday { .. } => 65,
        Said::GoesAheadWithoutIdentity { .. } => 66,
    }
}

const SENTENCES: usize = 67;

/// Every string list of `d` against the `Display` of its sentences; the sentences said, by index.
fn check(d: &Deadlines, seen: &mut BTreeSet<usize>, case: &str) {
    let s = &d.said;
    let lists: [(&str, &Vec<String>, &Vec<Said>); 8] = [
        ("steps", &d.steps, &s.steps),
        ("extension_steps", &d.extension_steps, &s.extension_steps),
        ("acknowledge_steps", &d.acknowledge_steps, &s.acknowledge_steps),
        ("house_target_steps", &d.house_target_steps, &s.house_target_steps),
        ("notes", &d.notes, &s.notes),
        ("refuse_steps", &d.refuse_steps, &s.refuse_steps),
        ("appeal_steps", &d.appeal_steps, &s.appeal_steps),
        ("complaint_steps", &d.complaint_steps, &s.complaint_steps),
    ];
    let rights = d.rights.iter().map(|r| (r.right.code(), &r.steps, &r.said));
    let related = d.related.iter().map(|r| (r.what.as_str(), &r.steps, &r.said));
    for (list, strings, said) in lists.into_iter().chain(rights).chain(related) {
        assert_eq!(strings, &words(said), "{case}: {list}");
        seen.extend(said.iter().map(index));
    }
    assert_eq!(d.rules_in_force.why, d.rules_in_force.said.to_string(), "{case}: rules_in_force.why");
    seen.insert(index(&d.rules_in_force.said));
}

/// (case, regime, location, rights, events, house target days)
type Case = (&'static str, Regime, &'static str, Vec<Right>, ClockEvents, Option<u32>);

fn events(received: &str, with: impl FnOnce(&mut ClockEvents)) -> ClockEvents {
    let mut e = ClockEvents::received(d(received));
    with(&mut e);
    e
}

#[allow(clippy::too_many_lines)] // a table of cases, one a few lines: a test, not a function the limit is for
fn cases() -> Vec<Case> {
    use Right::*;
    let pause = |from: &str, to: Option<&str>| Pause { from: d(from), to: to.map(d) };
    vec![
        // 31 Jan + 1 month has no 31 Feb; the old UK version, with a later one; the extension offered.
        ("uk 31 jan", Regime::UkGdpr, "GB-ENG", vec![Access], events("2026-01-31", |_| {}), None),
        (
            "uk identity awaited",
            Regime::UkGdpr,
            "GB",
            vec![Access],
            events("2026-03-02", |e| {
                e.identity_requested = Some(d("2026-03-03"));
            }),
            None,
        ),
        // A clarification before the restart, one after the period, one still open; erasure runs on.
        (
            "uk restart and pauses",
            Regime::UkGdpr,
            "GB-ENG",
            vec![Access, Erasure],
            events("2026-03-02", |e| {
                e.identity_requested = Some(d("2026-03-03"));
                e.identity_received = Some(d("2026-03-10"));
                e.clarifications = vec![pause("2026-03-04", Some("2026-03-05")), pause("2026-03-20", None)];
                e.extended = true;
            }),
            None,
        ),
        (
            "uk closed pause, christmas",
            Regime::UkGdpr,
            "GB-ENG",
            vec![Access],
            events("2026-11-20", |e| {
                e.clarifications =
                    vec![pause("2026-11-23", Some("2026-11-26")), pause("2027-03-01", Some("2027-03-02"))];
                e.extended = true;
                e.extension_notified_on = Some(d("2027-01-30"));
            }),
            None,
        ),
        (
            "uk working day, complaint",
            Regime::UkGdpr,
            "GB-ENG",
            vec![Access],
            events("2026-07-01", |e| {
                e.complaint_received = Some(d("2026-07-02"));
            }),
            None,
        ),
        ("uk 2031 holiday from rules", Regime::UkGdpr, "GB-ENG", vec![Access], events("2031-03-14", |_| {}), None),
        (
            "eu de without a land",
            Regime::EuGdpr,
            "DE",
            vec![Access, DeactivateAccount],
            events("2026-04-06", |e| {
                e.identity_requested = Some(d("2026-04-07"));
                e.identity_received = Some(d("2026-04-09"));
                e.clarifications = vec![pause("2026-04-08", Some("2026-04-10"))];
                e.extended = true;
            }),
            None,
        ),
        (
            "eu cz",
            Regime::EuGdpr,
            "CZ",
            vec![CommunicationPreferences, Unsubscribe, DeactivateAccount],
            events("2026-05-04", |_| {}),
            None,
        ),
        ("eu es-md", Regime::EuGdpr, "ES-MD", vec![Access], events("2026-05-04", |_| {}), None),
        // Withdrawing consent goes ahead while identity is awaited: the pause is access's only.
        (
            "eu withdrawal ahead of identity",
            Regime::EuGdpr,
            "FR",
            vec![Access, WithdrawConsent],
            events("2026-11-02", |e| {
                e.identity_requested = Some(d("2026-11-03"));
                e.identity_received = Some(d("2026-11-20"));
            }),
            None,
        ),
        ("eu de-by", Regime::EuGdpr, "DE-BY", vec![Access], events("2026-05-04", |_| {}), None),
        (
            "ccpa",
            Regime::Ccpa,
            "US-CA",
            vec![Access, OptOutOfSale, Unsubscribe, DeactivateAccount],
            events("2026-11-20", |e| e.employee = true),
            Some(28),
        ),
        (
            "ccpa no house target",
            Regime::Ccpa,
            "US-CA",
            vec![Access, CommunicationPreferences],
            events("2026-11-20", |_| {}),
            None,
        ),
        (
            "ccpa house target only",
            Regime::Ccpa,
            "US-CA",
            vec![DeactivateAccount],
            events("2026-11-20", |_| {}),
            Some(30),
        ),
        // 2026-03-07 + 45 days is a Tuesday; 2026-02-05 + 45 is Sunday 22 March.
        ("ccpa weekend stays", Regime::Ccpa, "US-CA", vec![Access], events("2026-02-05", |_| {}), None),
        (
            "virginia",
            Regime::UsState,
            "US-VA",
            vec![Access],
            events("2026-03-02", |e| {
                e.identity_requested = Some(d("2026-03-03"));
                e.clarifications = vec![pause("2026-03-04", Some("2026-03-05"))];
                e.appeal_received = Some(d("2026-05-01"));
            }),
            None,
        ),
        (
            "colorado appeal",
            Regime::UsState,
            "US-CO",
            vec![Access],
            events("2026-03-02", |e| {
                e.appeal_received = Some(d("2026-05-01"));
            }),
            None,
        ),
        ("kentucky not yet", Regime::UsState, "US-KY", vec![Access], events("2025-06-02", |_| {}), None),
        ("lgpd", Regime::Lgpd, "BR", vec![Access, DeactivateAccount], events("2026-03-02", |_| {}), None),
        ("fadp extended", Regime::Fadp, "CH", vec![Access], events("2026-03-02", |e| e.extended = true), None),
    ]
}

#[test]
fn every_string_is_the_english_of_its_sentence_and_every_sentence_is_said() {
    let calendars = Calendars::shipped();
    let mut seen = BTreeSet::new();
    for (case, regime, location, rights, events, target) in cases() {
        let mut policy = DeadlinePolicy::default();
        if let Some(days) = target {
            policy.house_target_days.insert(regime, days);
        }
        let location = Location::parse(location).unwrap();
        let d = compute_deadlines(regime, &location, &rights, &events, &policy, &calendars, events.received)
            .unwrap_or_else(|e| panic!("{case}: {e}"));
        check(&d, &mut seen, case);
    }
    let gb = Location::parse("GB-ENG").unwrap();
    for acknowledged in [Some(d("2026-07-10")), Some(d("2026-09-30")), None] {
        let c = complaint_deadlines(&gb, d("2026-07-01"), acknowledged, false, &calendars, d("2026-07-01")).unwrap();
        check(&c, &mut seen, "complaint");
    }

    // What the engine never says today, and what the app adds once rights are answered.
    let mut d = compute_deadlines(
        Regime::UkGdpr,
        &gb,
        &[Right::Access, Right::Erasure],
        &ClockEvents::received(d("2026-07-01")),
        &DeadlinePolicy::default(),
        &calendars,
        d("2026-07-01"),
    )
    .unwrap();
    let on = NaiveDate::from_ymd_opt(2026, 8, 3).unwrap();
    d.add_note(Said::AnsweredLate { right: Right::Erasure, due: on });
    d.add_note(Said::AnsweredOnTime { due: on });
    d.add_note(Said::OpenRightsDue { answered: vec![Right::Access, Right::Erasure], due: on, right: Right::Objection });
    d.add_note(Said::Calendar { note: CalendarNote::GermanyWithoutLand });
    d.set_steps(vec![
        Said::PeriodOther { right: Right::Access, period: Period::Months(2), source: "a statute".into() },
        Said::AddBusinessDays { days: 10, from: on, calendar: None, to: on },
    ]);
    check(&d, &mut seen, "added");
    assert!(d.steps[0].starts_with("Access: Months(2)"), "{}", d.steps[0]);
    assert!(d.steps[1].contains("weekends or no holiday calendar"), "{}", d.steps[1]);

    let missing: Vec<usize> = (0..SENTENCES).filter(|i| !seen.contains(i)).collect();
    assert!(missing.is_empty(), "no case says the sentences {missing:?}");
}

#[test]
fn sentences_are_sent_as_facts_tagged_by_kind() {
    let said = Said::Paused {
        days: 3,
        causes: vec![PauseCause::Clarification, PauseCause::IdentityVerification],
        from: d("2026-03-04"),
        to: d("2026-03-06"),
        end: d("2026-04-09"),
    };
    assert_eq!(
        serde_json::to_value(&said).unwrap(),
        serde_json::json!({
            "kind": "paused", "days": 3, "causes": ["clarification", "identity-verification"],
            "from": "2026-03-04", "to": "2026-03-06", "end": "2026-04-09",
        })
    );
    assert_eq!(
        said.to_string(),
        "paused 3 days for clarification and identity verification (2026-03-04 to 2026-03-06) \u{2192} Thu 2026-04-09"
    );
    for rule in law::CA_EMPLOYEE_RECORDS {
        assert_eq!(rule.what, rule.record.label(), "the record's code names the same record");
    }
}

#[test]
fn a_calendar_and_a_law_are_sent_by_id_and_said_in_english_by_name() {
    let calendars = Calendars::shipped();
    let gb = Location::parse("GB-ENG").unwrap();
    let access = |received: NaiveDate| {
        let events = ClockEvents::received(received);
        compute_deadlines(
            Regime::UkGdpr,
            &gb,
            &[Right::Access],
            &events,
            &DeadlinePolicy::default(),
            &calendars,
            received,
        )
        .unwrap()
    };
    // Received on 2026-11-25: one month on is Friday 2026-12-25, Christmas Day, moved past the bank holidays.
    let due = access(d("2026-11-25"));
    let holiday = due
        .said
        .steps
        .iter()
        .find_map(|s| match s {
            Said::Holiday { holiday, .. } => Some(holiday),
            _ => None,
        })
        .expect("the month ends on Christmas Day");
    assert_eq!(holiday.calendar, CalendarRef { id: "england-and-wales".into(), name: "England and Wales".into() });
    let json = serde_json::to_value(holiday).unwrap();
    assert_eq!(json["calendar"], serde_json::json!({ "id": "england-and-wales", "name": "England and Wales" }));
    assert!(
        due.steps
            .iter()
            .any(|s| s.contains("Fri 2026-12-25 (England and Wales, from uk-bank-holidays.json (england-and-wales))")),
        "{:?}",
        due.steps
    );

    let law = &due.rules_in_force;
    match &law.said {
        Said::RulesInForce { law: named, .. } => {
            assert_eq!((named.id.as_str(), named.name.as_str()), (law.id.as_str(), law.name.as_str()));
        }
        other => panic!("the law in force is said by RulesInForce, not {other:?}"),
    }
    assert!(law.why.contains(&format!("computed under {} (", law.name)), "{}", law.why);

    let before = access(d("2026-01-31"));
    match &before.rules_in_force.said {
        Said::RulesBeforeNext { law: named, next, .. } => {
            assert_eq!(named.id, "uk-gdpr-2018");
            assert_eq!(next.id, "uk-gdpr-2026");
            assert_eq!(next.name, law.name, "the next version is named as it is when in force");
        }
        other => panic!("a request before the 2026 amendment is said by RulesBeforeNext, not {other:?}"),
    }
    let complaint = complaint_deadlines(&gb, d("2026-07-01"), None, false, &calendars, d("2026-07-01")).unwrap();
    assert_eq!(
        (complaint.rules_in_force.id.as_str(), complaint.rules_in_force.name.as_str()),
        (law::UK_COMPLAINTS.id, law::UK_COMPLAINTS.name)
    );
}

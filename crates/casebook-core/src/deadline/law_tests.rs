//! The law in force on the day: vectors per US state and per rule version,
//! each citing the section it comes from (law.rs holds the table).

use chrono::NaiveDate;

use super::law::{US_STATES, VERSIONS};
use super::*;
use crate::Location;
use crate::holiday::Calendars;

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn compute(regime: Regime, location: &str, rights: &[Right], ev: &ClockEvents) -> Result<Deadlines, DeadlineError> {
    let loc = Location::parse(location).unwrap();
    compute_deadlines(regime, &loc, rights, ev, &DeadlinePolicy::default(), &Calendars::shipped(), ev.received)
}

fn run(regime: Regime, location: &str, rights: &[Right], ev: &ClockEvents) -> Deadlines {
    compute(regime, location, rights, ev).unwrap_or_else(|e| panic!("{location}: {e}"))
}

fn state(location: &str, received: &str, extended: bool) -> Deadlines {
    let mut ev = ClockEvents::received(d(received));
    ev.extended = extended;
    run(Regime::UsState, location, &[Right::Access], &ev)
}

/// (location, received, due, extended due, source)
const STATES: &[(&str, &str, &str, &str, &str)] = &[
    ("US-VA", "2026-11-25", "2027-01-09", "2027-02-23", "Va. Code §59.1-577(B)(1): 45 days, once +45"),
    ("US-CO", "2026-11-25", "2027-01-09", "2027-02-23", "C.R.S. §6-1-1306(2): 45 days, +45"),
    ("US-CT", "2026-11-25", "2027-01-09", "2027-02-23", "Conn. Gen. Stat. §42-518(c)(1): 45 days, +45"),
    ("US-UT", "2026-11-25", "2027-01-09", "2027-02-23", "Utah Code §13-61-203(2): 45 days, once +45"),
    ("US-TX", "2026-11-25", "2027-01-09", "2027-02-23", "Tex. Bus. & Com. Code §541.052(b): 45 days, once +45"),
    ("US-OR", "2026-11-25", "2027-01-09", "2027-02-23", "ORS 646A.576(5)(a): 45 days, +45"),
    ("US-MT", "2026-11-25", "2027-01-09", "2027-02-23", "Mont. Code Ann. §30-14-2808(4)(a): 45 days, +45"),
    // Iowa gives 90 days, not 45, and one extension of 45: "within ninety days of receipt of a request ... extended
    // once by forty-five additional days", read in 715D.3(2)(a) as enacted.
    ("US-IA", "2026-11-25", "2027-02-23", "2027-04-09", "Iowa Code §715D.3(2)(a): 90 days, once +45"),
    ("US-DE", "2026-11-25", "2027-01-09", "2027-02-23", "6 Del. C. §12D-104(c)(1): 45 days, +45"),
    ("US-NH", "2026-11-25", "2027-01-09", "2027-02-23", "RSA 507-H:4, III: 45 days, +45"),
    ("US-NJ", "2026-11-25", "2027-01-09", "2027-02-23", "N.J.S.A. 56:8-166.7(a): 45 days, +45"),
    ("US-NE", "2026-11-25", "2027-01-09", "2027-02-23", "Neb. Rev. Stat. §87-1108(2): 45 days, once +45"),
    ("US-TN", "2026-11-25", "2027-01-09", "2027-02-23", "Tenn. Code Ann. §47-18-3304(b)(1): 45 days, once +45"),
    ("US-MN", "2026-11-25", "2027-01-09", "2027-02-23", "Minn. Stat. §325M.14 subd. 4: 45 days, +45"),
    // Maryland: "NOT LATER THAN 45 DAYS AFTER THE CONTROLLER RECEIVES THE CONSUMER REQUEST", extendable "BY AN
    // ADDITIONAL 45 DAYS", read in the act as enacted (2024 ch. 455 §14-4605(e)(2), now §14-4705(e)(2)); no longer the
    // secondary sources' 15.
    ("US-MD", "2026-11-25", "2027-01-09", "2027-02-23", "Md. Code, Com. Law §14-4705(e)(2): 45 days, +45"),
    ("US-IN", "2026-11-25", "2027-01-09", "2027-02-23", "Ind. Code §24-15-3-1(c)(1): 45 days, once +45"),
    ("US-KY", "2026-11-25", "2027-01-09", "2027-02-23", "KRS 367.3615: 45 days, +45"),
    ("US-RI", "2026-11-25", "2027-01-09", "2027-02-23", "R.I. Gen. Laws ch. 6-48.1: 45 days, +45"),
    // Florida allows one extension of 15 days, not 45.
    ("US-FL", "2026-11-25", "2027-01-09", "2027-01-24", "Fla. Stat. §501.706(2): 45 days, once +15"),
];

#[test]
fn each_state_has_its_own_statute() {
    assert_eq!(STATES.len(), US_STATES.len(), "a vector for every state in the table");
    for (location, received, due, extended, source) in STATES {
        let plain = state(location, received, false);
        assert_eq!(plain.due, Some(d(due)), "{location} ({source}): {:?}", plain.steps);
        let ext = state(location, received, true);
        assert_eq!(ext.extended_due, Some(d(extended)), "{location} ({source}): {:?}", ext.extension_steps);
        let code = &location[3..];
        let law = US_STATES.iter().find(|s| s.code == code).unwrap();
        assert!(
            plain.steps[0].contains(law.period_section),
            "{location}: the step cites the section: {:?}",
            plain.steps
        );
        assert_eq!(plain.rules_in_force.id, format!("us-{}", code.to_ascii_lowercase()));
        // A refusal is due within the period, without the extension.
        assert_eq!(ext.refuse_by, Some(d(due)), "{location}");
    }
}

#[test]
fn every_row_of_the_table_carries_its_source_and_dates() {
    for s in US_STATES {
        assert!(s.period_days > 0 && s.extension_days > 0, "{}", s.code);
        for text in [s.period_section, s.extension_section, s.authentication, s.checked] {
            assert!(!text.trim().is_empty(), "{}: an empty source", s.code);
        }
        if let Some(a) = s.appeal {
            assert!(a.days > 0 && !a.section.is_empty(), "{}", s.code);
        }
    }
    for (regime, v, _) in VERSIONS {
        assert!(!v.source.is_empty() && !v.name.is_empty(), "{regime}");
        if let Some(until) = v.in_force_until {
            // The next version starts the day after.
            let next = VERSIONS.iter().find(|(r, w, _)| r == regime && w.in_force_from > v.in_force_from).unwrap();
            assert_eq!(until.succ_opt(), Some(next.1.in_force_from), "{regime}: no gap, no overlap");
        }
    }
}

#[test]
fn a_state_law_not_yet_in_force_gives_no_date_and_says_so() {
    // Indiana's law took effect on 1 January 2026.
    let r = state("US-IN", "2025-12-15", false);
    assert_eq!(r.due, None);
    assert!(r.rights.iter().all(|r| r.due.is_none()));
    assert!(
        r.notes[0].contains("before the Indiana Consumer Data Protection Act took effect on 2026-01-01"),
        "{:?}",
        r.notes
    );
    assert!(r.notes[0].contains("does not borrow"), "{:?}", r.notes);
    // The day it took effect, it applies.
    assert_eq!(state("US-IN", "2026-01-01", false).due, Some(d("2026-02-15")));
    // A UK complaint date is refused under a state law whether or not it was yet in force (it was
    // silently dropped before the law applied, and refused after).
    for received in ["2025-12-15", "2026-01-05"] {
        let mut ev = ClockEvents::received(d(received));
        ev.complaint_received = Some(d("2026-01-10"));
        let err = compute(Regime::UsState, "US-IN", &[Right::Access], &ev).unwrap_err().to_string();
        assert!(err.starts_with("complaint-received: a complaint to the controller"), "{received}: {err}");
    }
}

#[test]
fn a_state_without_a_law_or_a_us_location_is_refused_naming_the_known_ones() {
    let ev = ClockEvents::received(d("2026-11-25"));
    let err = compute(Regime::UsState, "US-WY", &[Right::Access], &ev).unwrap_err().to_string();
    assert!(err.contains("no comprehensive privacy law of US-WY"), "{err}");
    assert!(err.contains("US-VA") && err.contains("US-FL") && err.contains("US-RI"), "{err}");
    // The act's name carries its state's once.
    let co = US_STATES.iter().find(|s| s.code == "CO").unwrap();
    assert_eq!(co.name(), "Colorado Privacy Act");
    let ia = US_STATES.iter().find(|s| s.code == "IA").unwrap();
    assert_eq!(ia.name(), "Iowa Consumer Data Protection Act");
    let err = compute(Regime::UsState, "US", &[Right::Access], &ev).unwrap_err().to_string();
    assert!(err.contains("give the state"), "{err}");
    let err = compute(Regime::UsState, "GB", &[Right::Access], &ev).unwrap_err().to_string();
    assert!(err.contains("needs a US state"), "{err}");
}

#[test]
fn identity_never_stops_a_state_clock_and_the_steps_quote_the_statute() {
    let mut ev = ClockEvents::received(d("2026-11-25"));
    ev.identity_requested = Some(d("2026-11-27"));
    let r = run(Regime::UsState, "US-OR", &[Right::Access], &ev);
    assert_eq!(r.due, Some(d("2027-01-09")));
    assert!(r.steps.iter().any(|s| s.contains("ORS 646A.576(5)(d)")), "{:?}", r.steps);
}

/// UK GDPR Art. 12A(5) (Data (Use and Access) Act 2025 s.76, in force 2026-02-05):
/// the clock stops for clarification only where the request is under Art. 15.
#[test]
fn the_uk_clarification_pause_is_for_access_only() {
    let mut ev = ClockEvents::received(d("2026-05-11"));
    ev.clarifications.push(Pause { from: d("2026-05-13"), to: Some(d("2026-05-18")) });
    // Erasure alone: one month, the pause does not count (the old answer was 17 June).
    let erasure = run(Regime::UkGdpr, "GB-ENG", &[Right::Erasure], &ev);
    assert_eq!(erasure.due, Some(d("2026-06-11")), "{:?}", erasure.steps);
    assert!(
        erasure.steps.iter().any(|s| s.contains("Art. 12A(5)") && s.contains("keeps running")),
        "{:?}",
        erasure.steps
    );
    // Access: 11 Jun + 6 days = 17 Jun.
    let access = run(Regime::UkGdpr, "GB-ENG", &[Right::Access], &ev);
    assert_eq!(access.due, Some(d("2026-06-17")));
    // Both: each right its own date, the case due on the earliest.
    let both = run(Regime::UkGdpr, "GB-ENG", &[Right::Access, Right::Erasure], &ev);
    assert_eq!(both.due, Some(d("2026-06-11")));
    assert_eq!(both.rights[0].due, Some(d("2026-06-17")));
    assert_eq!(both.rights[1].due, Some(d("2026-06-11")));
    // The extension: three months, paused for access only.
    ev.extended = true;
    let both = run(Regime::UkGdpr, "GB-ENG", &[Right::Access, Right::Erasure], &ev);
    assert_eq!(both.rights[0].due, Some(d("2026-08-17")));
    assert_eq!(both.rights[1].due, Some(d("2026-08-11")));
    assert_eq!(both.extended_due, Some(d("2026-08-11")), "the earliest extended date is the case's");
}

#[test]
fn the_uk_version_is_chosen_by_the_receipt_date() {
    let before = run(Regime::UkGdpr, "GB-ENG", &[Right::Access], &ClockEvents::received(d("2026-01-12")));
    assert_eq!(before.rules_in_force.id, "uk-gdpr-2018");
    assert_eq!(before.rules_in_force.in_force_until, Some(d("2026-02-04")));
    assert!(
        before.steps.iter().any(|s| s.contains(
            "received 2026-01-12, before UK GDPR as amended by the Data (Use and Access) Act 2025 (Art. 12A) applied on 2026-02-05"
        )),
        "{:?}",
        before.steps
    );
    let after = run(Regime::UkGdpr, "GB-ENG", &[Right::Access], &ClockEvents::received(d("2026-02-05")));
    assert_eq!(after.rules_in_force.id, "uk-gdpr-2026");
    assert!(after.rules_in_force.why.contains("on or after 2026-02-05"));
}

/// Refusals: EU GDPR Art. 12(4) within one month, never extended; UK before
/// 2026 the same; UK as amended by the end of the applicable period, extension included.
#[test]
fn refuse_by_follows_each_text() {
    let extended = |received: &str| {
        let mut ev = ClockEvents::received(d(received));
        ev.extended = true;
        ev.extension_notified_on = Some(d(received));
        ev
    };
    let eu = run(Regime::EuGdpr, "FR", &[Right::Access], &extended("2026-03-02"));
    assert_eq!(eu.due, Some(d("2026-06-02")));
    assert_eq!(eu.refuse_by, Some(d("2026-04-02")), "{:?}", eu.refuse_steps);
    assert!(eu.refuse_steps[0].contains("GDPR Art. 12(4)"));
    let uk_old = run(Regime::UkGdpr, "GB-ENG", &[Right::Access], &extended("2025-03-03"));
    assert_eq!(uk_old.refuse_by, Some(d("2025-04-03")));
    let uk_new = run(Regime::UkGdpr, "GB-ENG", &[Right::Access], &extended("2026-03-02"));
    assert_eq!(uk_new.due, Some(d("2026-06-02")));
    assert_eq!(uk_new.refuse_by, None, "the same as the due date: not shown apart");
    // Unextended, a refusal's date is the response's: nothing apart to show.
    let eu_plain = run(Regime::EuGdpr, "FR", &[Right::Access], &ClockEvents::received(d("2026-03-02")));
    assert_eq!(eu_plain.refuse_by, None);
}

#[test]
fn a_receipt_before_every_version_is_an_error_naming_the_date() {
    let err = compute(Regime::EuGdpr, "FR", &[Right::Access], &ClockEvents::received(d("2018-05-24"))).unwrap_err();
    assert_eq!(
        err.to_string(),
        "received 2018-05-24 is before EU GDPR applied (2018-05-25): Casebook has no rules in force for that day; check the received date or choose the regime that applied then"
    );
    assert!(compute(Regime::EuGdpr, "FR", &[Right::Access], &ClockEvents::received(d("2018-05-25"))).is_ok());
}

/// (location, appeal received, due, extended due, source)
const APPEALS: &[(&str, &str, &str, Option<&str>, &str)] = &[
    // Virginia: "Within 60 days of receipt of an appeal", read in the text of §59.1-577(C).
    ("US-VA", "2027-01-20", "2027-03-21", None, "Va. Code §59.1-577(C): 60 days"),
    ("US-CO", "2027-01-20", "2027-03-06", Some("2027-05-05"), "C.R.S. §6-1-1306(3): 45 days, +60"),
    // Connecticut: "Not later than sixty days after receipt of an appeal", read in PA 22-15 §4(d) as enacted (§42-518(d)).
    ("US-CT", "2027-01-20", "2027-03-21", None, "Conn. Gen. Stat. §42-518(d): 60 days"),
    // Oregon: "within 45 days after the date on which the controller received the appeal", read in the
    // codified text; no extension is offered (the end of (6)(d) was not read; the earlier date).
    ("US-OR", "2027-01-20", "2027-03-06", None, "ORS 646A.576(6)(d): 45 days, no extension"),
    ("US-NE", "2027-01-20", "2027-03-21", None, "Neb. Rev. Stat. §87-1109(3): 60 days"),
    // Delaware: "Not later than 60 days after receipt of an appeal", read in the Delaware Code's text of chapter 12D.
    ("US-DE", "2027-01-20", "2027-03-21", None, "6 Del. C. §12D-104(d): 60 days"),
    // Iowa: "Within sixty days of receipt of an appeal", read in SF 262 §3 (715D.3(3)) as enacted.
    ("US-IA", "2027-01-20", "2027-03-21", None, "Iowa Code §715D.3(3): 60 days"),
    // Maryland: "NOT LATER THAN 60 DAYS AFTER RECEIVING AN APPEAL", read in the act as enacted (2024 ch. 455
    // §14-4605(f)(3), now §14-4705(f)(3)); no longer the secondary source's 45.
    ("US-MD", "2027-01-20", "2027-03-21", None, "Md. Code, Com. Law §14-4705(f)(3): 60 days"),
    // Indiana: "Not later than sixty (60) days after receipt of an appeal", read in the text of §24-15-3-1(d).
    ("US-IN", "2027-01-20", "2027-03-21", None, "Ind. Code §24-15-3-1(d): 60 days"),
    ("US-FL", "2027-01-20", "2027-03-21", None, "Fla. Stat. §501.707: 60 days"),
];

/// A row may say it was checked against the statute only as "yes…" or "partly: …", and
/// a row that says "yes" has its appeal (or the refusal of one) among the vectors here,
/// so that a number read in the statute is also a number the tests hold.
#[test]
fn a_row_checked_against_the_statute_has_its_appeal_vector() {
    for s in US_STATES {
        assert!(s.checked.starts_with("yes") || s.checked.starts_with("partly: "), "{}: {}", s.code, s.checked);
        if !s.checked.starts_with("yes") {
            continue;
        }
        let location = format!("US-{}", s.code);
        match s.appeal {
            Some(a) => {
                let row = APPEALS.iter().find(|(l, ..)| *l == location);
                let (_, _, _, _, source) =
                    row.unwrap_or_else(|| panic!("{location} is checked but has no appeal vector"));
                assert!(
                    source.starts_with(a.section),
                    "{location}: the vector cites {source}, the table {}",
                    a.section
                );
            }
            None => assert!(s.authentication.contains("no right of appeal"), "{location}: say why there is no appeal"),
        }
    }
}

#[test]
fn appeals_have_their_own_clock() {
    for (location, on, due, extended, source) in APPEALS {
        let mut ev = ClockEvents::received(d("2026-11-25"));
        ev.appeal_received = Some(d(on));
        let r = run(Regime::UsState, location, &[Right::Access], &ev);
        assert_eq!(r.appeal_due, Some(d(due)), "{location} ({source}): {:?}", r.appeal_steps);
        assert_eq!(r.appeal_extended_due, extended.map(d), "{location} ({source})");
        assert!(r.appeal_steps.iter().any(|s| s.contains("Attorney General")), "{location}");
    }
    let mut ev = ClockEvents::received(d("2026-11-25"));
    ev.appeal_received = Some(d("2027-01-20"));
    let err = compute(Regime::UsState, "US-UT", &[Right::Access], &ev).unwrap_err().to_string();
    assert_eq!(err, "appeal-received: Utah Consumer Privacy Act gives the consumer no appeal to the controller");
    ev.appeal_received = Some(d("2026-11-24"));
    let err = compute(Regime::UsState, "US-VA", &[Right::Access], &ev).unwrap_err().to_string();
    assert!(err.starts_with("appeal-received: the appeal on 2026-11-24 is before the request"), "{err}");
}

/// DPA 2018 s.164A (in force 2026-06-19): acknowledge a complaint within 30
/// days, counted from the day after receipt, a non-working end moving on.
#[test]
fn uk_complaints_are_acknowledged_within_thirty_days() {
    let complaint = |location: &str, on: &str| {
        let mut ev = ClockEvents::received(d("2026-06-01"));
        ev.complaint_received = Some(d(on));
        compute(Regime::UkGdpr, location, &[Right::Access], &ev)
    };
    assert_eq!(complaint("GB-ENG", "2026-07-01").unwrap().complaint_acknowledge_by, Some(d("2026-07-31")));
    // 1 Aug + 30 = Mon 31 Aug, the summer bank holiday in England, not in Scotland.
    assert_eq!(complaint("GB-ENG", "2026-08-01").unwrap().complaint_acknowledge_by, Some(d("2026-09-01")));
    assert_eq!(complaint("GB-SCT", "2026-08-01").unwrap().complaint_acknowledge_by, Some(d("2026-08-31")));
    let err = complaint("GB-ENG", "2026-06-18").unwrap_err().to_string();
    assert!(err.contains("before DPA 2018 s.164A applied on 2026-06-19"), "{err}");
    let err = complaint("GB-ENG", "2026-06-20").map(|_| ()).and_then(|_| {
        let mut ev = ClockEvents::received(d("2026-07-01"));
        ev.complaint_received = Some(d("2026-06-20"));
        compute(Regime::UkGdpr, "GB-ENG", &[Right::Access], &ev).map(|_| ())
    });
    assert!(err.unwrap_err().to_string().contains("before the request it concerns"));
    let mut ev = ClockEvents::received(d("2026-07-01"));
    ev.complaint_received = Some(d("2026-07-02"));
    assert!(compute(Regime::EuGdpr, "FR", &[Right::Access], &ev).unwrap_err().to_string().contains("UK rule"));
}

/// Cal. Labor Code §1198.5 (personnel file, 30 days) and §226(c) (payroll
/// records, 21 days) run beside the CCPA for an employee's access request.
#[test]
fn california_employee_records_run_beside_the_ccpa() {
    let mut ev = ClockEvents::received(d("2026-11-25"));
    ev.employee = true;
    let r = run(Regime::Ccpa, "US-CA", &[Right::Access], &ev);
    assert_eq!(r.due, Some(d("2027-01-09")), "the CCPA date stays");
    let related: Vec<(&str, NaiveDate)> = r.related.iter().map(|x| (x.what.as_str(), x.due)).collect();
    assert_eq!(related, [("personnel file", d("2026-12-25")), ("payroll records", d("2026-12-16"))]);
    assert!(r.related[0].source.contains("1198.5"));
    ev.employee = false;
    assert!(run(Regime::Ccpa, "US-CA", &[Right::Access], &ev).related.is_empty());
}

/// The README's regime table is generated from law.rs: they cannot disagree.
/// `CASEBOOK_WRITE_README=1 cargo test -p casebook-core readme` rewrites it.
#[test]
fn the_readme_table_is_the_rules_table() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../README.md");
    let readme = std::fs::read_to_string(path).unwrap();
    let (begin, end) = ("<!-- regime-table:begin -->\n", "<!-- regime-table:end -->");
    let from = readme.find(begin).expect("README has the regime table markers") + begin.len();
    let to = readme.find(end).unwrap();
    let table = super::law::markdown_table();
    if std::env::var_os("CASEBOOK_WRITE_README").is_some() {
        std::fs::write(path, format!("{}{table}{}", &readme[..from], &readme[to..])).unwrap();
        return;
    }
    assert_eq!(
        readme[from..to],
        table,
        "README.md's regime table is stale: run CASEBOOK_WRITE_README=1 cargo test -p casebook-core readme"
    );
}

/// A number not yet read in the statute's own text says so wherever it is
/// given (the period, the extension, the appeal and its extension), and a
/// number that was read says nothing of the kind: the table decides, row by
/// row, and a row whose `checked` is "yes" has every number read.
#[test]
fn a_number_not_read_in_the_statute_says_so() {
    use super::said::UNREAD;
    // (state, period and extension read, appeal days read, appeal extension read)
    let table: &[(&str, bool, bool, bool)] = &[
        ("VA", true, true, true),
        ("OR", true, true, true),
        ("KY", false, true, true),
        ("NH", false, false, true),
        ("TX", true, false, true),
        ("CO", true, true, false),
        ("MN", true, false, false),
        ("FL", true, false, true),
    ];
    for (code, period, appeal_days, appeal_extension) in table {
        let location = format!("US-{code}");
        let mut ev = ClockEvents::received(d("2026-11-25"));
        ev.appeal_received = Some(d("2027-01-20"));
        let r = run(Regime::UsState, &location, &[Right::Access], &ev);
        let flagged = |steps: &[String], words: &str| {
            let step =
                steps.iter().find(|s| s.contains(words)).unwrap_or_else(|| panic!("{code}: {words} in {steps:?}"));
            step.contains(UNREAD)
        };
        assert_eq!(flagged(&r.steps, "calendar days from receipt"), !period, "{code}: the period");
        assert_eq!(flagged(&r.extension_steps, "extension: once"), !period, "{code}: the extension");
        assert_eq!(flagged(&r.appeal_steps, "appeal received"), !appeal_days, "{code}: the appeal");
        if r.appeal_extended_due.is_some() {
            assert_eq!(flagged(&r.appeal_steps, "appeal may be extended"), !appeal_extension, "{code}");
        }
    }
    for s in US_STATES.iter().filter(|s| s.checked.starts_with("yes")) {
        let a = s.appeal.map_or((true, true), |a| (a.days_read, a.extension_read));
        assert!(s.period_read && a == (true, true), "{}: checked \"yes\" but a number is marked unread", s.code);
    }
}

/// Rights a state's statute does not give have no statutory date under it:
/// the row's right is dated by the house target only, and the explanation
/// says which law does not give it, never a period section that would seem to.
#[test]
fn a_right_the_state_statute_does_not_give_has_no_statutory_date() {
    // (location, received, right, the right's due date or None, words, source)
    type Row = (&'static str, &'static str, Right, Option<&'static str>, &'static str, &'static str);
    #[rustfmt::skip]
    let table: [Row; 9] = [
        ("US-VA", "2026-11-25", Right::Restriction, None, "not a right under the Virginia Consumer Data Protection Act", "Va. Code §59.1-577(A): no restriction"),
        ("US-CO", "2026-11-25", Right::Restriction, None, "not a right under the Colorado Privacy Act", "C.R.S. §6-1-1306(1): no restriction"),
        ("US-VA", "2026-11-25", Right::Rectification, Some("2027-01-09"), "Va. Code §59.1-577(B)(1)", "Va. Code §59.1-577(A)(2): correction"),
        ("US-IA", "2026-11-25", Right::Rectification, None, "not a right under the Iowa Consumer Data Protection Act (Iowa Code §715D.3(1))", "Iowa Code §715D.3(1): no correction"),
        ("US-IA", "2026-11-25", Right::Erasure, Some("2027-02-23"), "Iowa Code §715D.3(2)(a)", "Iowa Code §715D.3(1)(b): deletion, 90 days"),
        // Utah gave no right to correct until 2025 Laws ch. 468 added §13-61-201(4), in force 2026-07-01.
        ("US-UT", "2026-06-30", Right::Rectification, None, "for a request received before Wed 2026-07-01 (Utah Code §13-61-201(4)", "Utah Code §13-61-201 as enacted"),
        ("US-UT", "2026-07-01", Right::Rectification, Some("2026-08-15"), "Utah Code §13-61-203(2)(a)", "Utah Code §13-61-201(4) as amended"),
        // The CCPA's requests to stop, restriction among them, keep their 15 business days (11 CCR §7026(f)).
        ("US-CA", "2026-11-25", Right::Restriction, Some("2026-12-17"), "15 business days", "11 CCR §7026(f); Thanksgiving 11-26 skipped"),
        // Under the GDPR restriction is a right of its own (Art. 18), one month.
        ("FR", "2026-11-25", Right::Restriction, Some("2026-12-28"), "one month", "GDPR Art. 12(3), 18; Christmas and the weekend rolled past"),
    ];
    for (location, received, right, due, words, source) in table {
        let regime = match location {
            "US-CA" => Regime::Ccpa,
            "FR" => Regime::EuGdpr,
            _ => Regime::UsState,
        };
        let r = run(regime, location, &[Right::Access, right], &ClockEvents::received(d(received)));
        let row = r.rights.iter().find(|x| x.right == right).unwrap();
        assert_eq!(row.due, due.map(d), "{location} {received} {right} ({source}): {:?}", row.steps);
        assert!(row.steps[0].contains(words), "{location} {right} ({source}): {:?}", row.steps);
        let access = r.rights.iter().find(|x| x.right == Right::Access).unwrap();
        assert!(access.due.is_some(), "{location}: access keeps its statutory date");
        if due.is_none() {
            assert!(
                !row.steps.iter().any(|s| s.contains("calendar days from receipt")),
                "{location} {right}: no period borrowed: {:?}",
                row.steps
            );
        }
    }
}

/// Where a state's statute sets its own limit for stopping processing once
/// consent is revoked, a withdrawal of consent has that period (shorter than
/// the response's 45 days, and not extended with it); elsewhere the response's.
#[test]
fn a_withdrawal_of_consent_has_the_states_revocation_limit() {
    // (location, due, due with the response extended, words in the step, source)
    #[rustfmt::skip]
    let table: [(&str, &str, &str, &str, &str); 7] = [
        ("US-CT", "2026-12-10", "2026-12-10", "15 calendar days from receipt (Connecticut Data Privacy Act, Conn. Gen. Stat. §42-520(a)(6))", "\"not later than fifteen days after the receipt of such request\""),
        ("US-RI", "2026-12-10", "2026-12-10", "R.I. Gen. Laws §6-48.1-4(e)", "\"no longer than fifteen (15) days from receipt\""),
        ("US-MD", "2026-12-25", "2026-12-25", "30 calendar days", "Md. Com. Law §14-4707(b)(2): \"NOT LATER THAN 30 DAYS\""),
        // Montana's 45 days are the response's, but its extension does not apply.
        ("US-MT", "2027-01-09", "2027-01-09", "Mont. Code Ann. §30-14-2812(1)(c)", "\"not later than 45 days after the receipt of the request\""),
        // Delaware's 15 days come from secondary sources: the step says they were not read in the statute.
        ("US-DE", "2026-12-10", "2026-12-10", "not yet checked against the statute's own text", "6 Del. C. §12D-106(a)(6), secondary sources"),
        // Virginia sets no limit of its own: the response's 45 days, extended with it.
        ("US-VA", "2027-01-09", "2027-02-23", "Va. Code §59.1-577(B)(1)", "Va. Code §59.1-577(B)(1)"),
        ("US-CO", "2027-01-09", "2027-02-23", "C.R.S. §6-1-1306(2)", "no day count for revocation (4 CCR 904-3 Rule 7.07(E))"),
    ];
    for (location, due, extended_due, words, source) in table {
        let right = |r: &Deadlines| r.rights.iter().find(|x| x.right == Right::WithdrawConsent).unwrap().clone();
        let mut ev = ClockEvents::received(d("2026-11-25"));
        let plain = right(&run(Regime::UsState, location, &[Right::Access, Right::WithdrawConsent], &ev));
        assert_eq!(plain.due, Some(d(due)), "{location} ({source}): {:?}", plain.steps);
        assert!(plain.steps[0].contains(words), "{location} ({source}): {:?}", plain.steps);
        ev.extended = true;
        let r = run(Regime::UsState, location, &[Right::Access, Right::WithdrawConsent], &ev);
        let extended = right(&r);
        assert_eq!(extended.due, Some(d(extended_due)), "{location} ({source}): {:?}", extended.steps);
        // Access extended runs to 2027-02-23: the case is due on its earliest right.
        assert_eq!(r.due, Some(d(extended_due)), "{location}: {:?}", r.steps);
    }
}

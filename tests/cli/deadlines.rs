//! The deadline contract of `casebook deadline` and of stored cases' clocks
//! (issue: every statutory date, computed as the regulator computes it).

use serde_json::{Value, json};

use crate::harness::Book;

fn deadline(args: &[&str]) -> Value {
    let book = Book::empty();
    let mut all = vec!["deadline"];
    all.extend_from_slice(args);
    book.json(&all)
}

/// (regime, location, received, extra args, field, expected date)
type Row = (&'static str, &'static str, &'static str, &'static [&'static str], &'static str, &'static str);
const TABLE: &[Row] = &[
    // ICO: a request received on 3 September is due on 3 October.
    ("uk-gdpr", "GB-ENG", "2024-09-03", &[], "due", "2024-10-03"),
    // The month's last day when the date does not exist: 31 Jan → 28 Feb, 29 in a leap year.
    ("uk-gdpr", "GB-ENG", "2025-01-31", &[], "due", "2025-02-28"),
    ("uk-gdpr", "GB-ENG", "2024-01-31", &[], "due", "2024-02-29"),
    // 30 April + 1 month = 30 May, not 31 May.
    ("uk-gdpr", "GB-ENG", "2025-04-30", &[], "due", "2025-05-30"),
    // Only the last day rolls: 2 May 2026 + 1 month = 2 Jun (Tue), but 31 Mar 2026 → 30 Apr (Thu).
    ("uk-gdpr", "GB-ENG", "2026-03-31", &[], "due", "2026-04-30"),
    // Due on Easter Monday 2026 (6 Apr) rolls to Tuesday 7 Apr in England...
    ("uk-gdpr", "GB-ENG", "2026-03-06", &[], "due", "2026-04-07"),
    // ...St Andrew's Day (Mon 30 Nov 2026) rolls in Scotland only.
    ("uk-gdpr", "GB-SCT", "2026-10-30", &[], "due", "2026-12-01"),
    ("uk-gdpr", "GB-ENG", "2026-10-30", &[], "due", "2026-11-30"),
    // Saturday → Monday.
    ("uk-gdpr", "GB-ENG", "2026-04-30", &[], "due", "2026-06-01"),
    // Extension: three months from the start, not one then two (31 Jan → 30 Apr).
    ("uk-gdpr", "GB-ENG", "2025-01-31", &["--extended"], "extended_due", "2025-04-30"),
    ("uk-gdpr", "GB-ENG", "2025-01-31", &["--extended"], "extension_notice_by", "2025-02-28"),
    // UK identity: the clock restarts on receipt of the evidence (10 Nov → 10 Dec).
    (
        "uk-gdpr",
        "GB-ENG",
        "2026-11-02",
        &["--id-requested", "2026-11-03", "--id-received", "2026-11-10"],
        "due",
        "2026-12-10",
    ),
    // UK clarification: a pause of 6 days, both ends counted (2 Mar + 6 = 8 Mar, a Sunday → 9 Mar).
    ("uk-gdpr", "GB-ENG", "2026-02-02", &["--pause", "2026-02-10:2026-02-15"], "due", "2026-03-09"),
    // EU: identity is a pause, not a restart (2 Dec + 8 days = 10 Dec).
    (
        "eu-gdpr",
        "FR",
        "2026-11-02",
        &["--id-requested", "2026-11-03", "--id-received", "2026-11-10"],
        "due",
        "2026-12-10",
    ),
    // EU Länder differ: Corpus Christi (4 Jun 2026) is a holiday in Bavaria, not in Berlin.
    ("eu-gdpr", "DE-BY", "2026-05-04", &[], "due", "2026-06-05"),
    ("eu-gdpr", "DE-BE", "2026-05-04", &[], "due", "2026-06-04"),
    // CCPA: 45 calendar days, never rolled; 10 business days to confirm receipt.
    ("ccpa", "US-CA", "2026-11-25", &[], "due", "2027-01-09"),
    ("ccpa", "US-CA", "2026-11-25", &[], "acknowledge_by", "2026-12-10"),
    ("ccpa", "US-CA", "2026-11-25", &["--extended"], "extended_due", "2027-02-23"),
    // CCPA identity changes nothing.
    (
        "ccpa",
        "US-CA",
        "2026-11-25",
        &["--id-requested", "2026-11-26", "--id-received", "2026-12-20"],
        "due",
        "2027-01-09",
    ),
    // CCPA opt-out of sale: 15 business days (Thanksgiving skipped).
    ("ccpa", "US-CA", "2026-11-25", &["--right", "opt-out-of-sale"], "due", "2026-12-17"),
    ("us-state", "US-VA", "2026-11-25", &[], "due", "2027-01-09"),
    ("lgpd", "BR", "2026-11-25", &[], "due", "2026-12-10"),
    ("pipeda", "CA", "2026-11-25", &[], "due", "2026-12-25"),
    ("fadp", "CH", "2026-11-25", &[], "due", "2026-12-25"),
    ("popia", "ZA", "2026-11-25", &[], "due", "2026-12-25"),
    ("au-app", "AU", "2026-11-25", &[], "due", "2026-12-25"),
];

#[test]
fn the_regulators_examples_and_the_policy_table() {
    for (regime, location, received, extra, field, expected) in TABLE {
        let mut args = vec!["--regime", regime, "--location", location, "--received", received];
        args.extend_from_slice(extra);
        let out = deadline(&args);
        assert_eq!(out[field], *expected, "{regime} {location} {received} {extra:?}: {field}\n{out:#}");
    }
}

#[test]
fn every_date_comes_with_its_steps() {
    let out = deadline(&["--regime", "uk-gdpr", "--location", "GB-ENG", "--received", "2026-04-30"]);
    let steps: Vec<&str> = out["steps"].as_array().unwrap().iter().map(|s| s.as_str().unwrap()).collect();
    assert!(steps.iter().any(|s| s.contains("received Thu 2026-04-30")), "{steps:?}");
    assert!(steps.iter().any(|s| s.contains("Sat 2026-05-30 is a weekend → Mon 2026-06-01")), "{steps:?}");
    assert_eq!(out["clock"], "running");
    assert!(out["acknowledge_by"].is_null());

    let waiting = deadline(&[
        "--regime",
        "uk-gdpr",
        "--location",
        "GB-ENG",
        "--received",
        "2026-11-02",
        "--id-requested",
        "2026-11-03",
    ]);
    assert_eq!(waiting["clock"], "waiting-for-identity");
    assert!(waiting["due"].is_null());
}

#[test]
fn bad_arguments_are_named() {
    let book = Book::empty();
    let run = |args: &[&str]| {
        let mut all = vec!["deadline"];
        all.extend_from_slice(args);
        book.run(&all)
    };
    let base = ["--regime", "uk-gdpr", "--location", "GB-ENG"];
    let table: &[(&[&str], &str)] = &[
        (&["--received", "2026-02-30"], "invalid date '2026-02-30': no such day (--received)"),
        (
            &["--received", "2026-11-02", "--pause", "2026-11-10:2026-11-05"],
            "ends on 2026-11-05 before it starts on 2026-11-10",
        ),
        (
            &["--received", "2026-11-02", "--pause", "2026-11-05:2026-11-10", "--pause", "2026-11-08:2026-11-12"],
            "pauses overlap",
        ),
        (
            &["--received", "2026-11-02", "--pause", "2026-11-05"],
            "invalid pause '2026-11-05': expected FROM:TO, e.g. 2026-03-02:2026-03-07 (--pause)",
        ),
        (
            &["--received", "2026-11-02", "--id-requested", "2026-11-10", "--id-received", "2026-11-05"],
            "is before identity_requested",
        ),
        (&["--received", "2026-11-02", "--id-received", "2026-11-05"], "identity_requested is not"),
    ];
    for (extra, needle) in table {
        let mut args = base.to_vec();
        args.extend_from_slice(extra);
        run(&args).fails_with(needle);
    }
    run(&["--regime", "gdpr", "--location", "GB-ENG", "--received", "2026-11-02"]).fails_with("unknown regime 'gdpr'");
    run(&["--regime", "uk-gdpr", "--location", "XX-1", "--received", "2026-11-02"])
        .fails_with("unknown location 'XX-1'");
    run(&["--regime", "uk-gdpr", "--location", "FR", "--received", "2026-11-02"])
        .fails_with("uk-gdpr cannot use location 'FR'");
}

#[test]
fn a_cases_clock_follows_its_steps() {
    let book = Book::new();
    let r = book.new_case("Ada", "ada@example.org", "2026-11-02", &[]);
    assert_eq!(book.json(&["case", "show", &r])["due"], "2026-12-02");

    let c = book.json(&["identity", "request", &r, "--on", "2026-11-03", "--what", "a utility bill"]);
    assert_eq!(
        (c["status"].as_str(), c["deadlines"]["clock"].as_str()),
        (Some("awaiting-identity"), Some("waiting-for-identity"))
    );
    assert!(c["due"].is_null());
    // Lists sort and filter on the stored date: a case waiting for ID is not "due".
    assert!(book.json(&["case", "due", "--within", "30d"]).as_array().unwrap().is_empty());

    book.run(&["identity", "received", &r, "--on", "2026-11-01"]).fails_with("is before identity_requested");
    let c = book.json(&["identity", "received", &r, "--on", "2026-11-10"]);
    assert_eq!((c["status"].as_str(), c["due"].as_str()), (Some("in-progress"), Some("2026-12-10")));

    let c = book.json(&["clarification", "ask", &r, "--on", "2026-11-12", "--question", "Which accounts?"]);
    assert_eq!(
        (c["status"].as_str(), c["deadlines"]["clock"].as_str()),
        (Some("awaiting-clarification"), Some("paused"))
    );
    let c = book.json(&["clarification", "answer", &r, "--on", "2026-11-17"]);
    // 10 Dec + 6 days paused = 16 Dec (Wed).
    assert_eq!(c["due"], "2026-12-16");

    // The extension must be notified before the original due date.
    let c = book.json(&["extension", "take", &r, "--reason", "complex: five systems", "--notified-on", "2026-11-20"]);
    // 10 Nov + 3 months = 10 Feb 2027, + 6 days = 16 Feb (Tue).
    assert_eq!((c["due"].as_str(), c["deadlines"]["extended_due"].as_str()), (Some("2027-02-16"), Some("2027-02-16")));
    assert_eq!(book.json(&["case", "list", "--sort", "due"])[0]["due"], "2027-02-16");
    assert!(book.json(&["audit", "verify"])["first_broken"].is_null());
}

#[test]
fn a_late_extension_needs_a_reason() {
    let mut book = Book::new();
    let r = book.new_case("Ada", "ada@example.org", "2026-09-01", &[]);
    book.run(&["extension", "take", &r, "--reason", "complex", "--notified-on", "2026-10-05"])
        .fails_with("the extension notice was due by 2026-10-01");
    let c = book.json(&[
        "extension",
        "take",
        &r,
        "--reason",
        "complex",
        "--notified-on",
        "2026-10-05",
        "--override-reason",
        "the requester agreed by phone on 30 Sep",
    ]);
    assert_eq!(c["deadlines"]["extended_due"], "2026-12-01");
    book.now = "2026-12-05T09:00:00Z".into();
    assert_eq!(book.json(&["case", "show", &r])["days_left"], -4);
}

const CLOSURE_ICS: &str = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261201\r\nSUMMARY:Company closure\r\n  day\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

#[test]
fn an_imported_calendar_moves_open_cases_and_a_bad_one_changes_nothing() {
    let book = Book::new();
    // Due Tue 1 Dec 2026.
    let r = book.new_case("Ada", "ada@example.org", "2026-11-01", &[]);
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| {
        let p = dir.path().join(name);
        std::fs::write(&p, text).unwrap();
        p.to_str().unwrap().to_string()
    };

    let bad_json = write(
        "bank-holidays.json",
        r#"{"england-and-wales":{"division":"england-and-wales","events":[{"title":"x","date":"2026-02-30","notes":"","bunting":true}]}}"#,
    );
    book.run(&["calendar", "import", &bad_json])
        .fails_with("england-and-wales.events[0].date: '2026-02-30' is not a date");
    let timed = write(
        "timed.ics",
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20261201T090000Z\nSUMMARY:x\nEND:VEVENT\nEND:VCALENDAR\n",
    );
    book.run(&["calendar", "import", &timed, "--calendar", "england-and-wales"]).fails_with("line 3: timed event");
    book.run(&["calendar", "import", &write("x.ics", CLOSURE_ICS)]).fails_with("needs the calendar it updates");
    book.run(&["calendar", "import", &write("notes.txt", "hello")])
        .fails_with("neither a gov.uk bank-holidays.json nor an iCalendar");
    assert_eq!(book.json(&["case", "show", &r])["due"], "2026-12-01");

    let done = book.json(&[
        "calendar",
        "import",
        &write("closure.ics", CLOSURE_ICS),
        "--calendar",
        "england-and-wales",
        "--add",
    ]);
    assert_eq!(done["cases_recomputed"], serde_json::json!([r]));
    assert_eq!(book.json(&["case", "show", &r])["due"], "2026-12-02");
    // Added, not replaced: Christmas is still a holiday in 2026.
    let days = book.json(&["calendar", "show", "england-and-wales", "--year", "2026"]);
    let titles: Vec<&str> = days.as_array().unwrap().iter().map(|d| d["title"].as_str().unwrap()).collect();
    assert!(titles.contains(&"Christmas Day") && titles.contains(&"Company closure day"), "{titles:?}");
}

#[test]
fn the_house_target_is_shown_beside_the_statutory_date() {
    let book = Book::new();
    let r = book.new_case("Ada", "ada@example.org", "2026-11-02", &[]);
    book.run(&["settings", "deadlines", "--house-target", "uk-gdpr=28"]);
    let c = book.json(&["case", "show", &r]);
    assert_eq!((c["due"].as_str(), c["deadlines"]["house_target"].as_str()), (Some("2026-12-02"), Some("2026-11-30")));
    book.run(&["settings", "deadlines", "--house-target", "uk-gdpr=many"])
        .fails_with("invalid --house-target 'uk-gdpr=many'");
}

/// The law in force on the day (issue: three answers that were later than the law's).
#[test]
fn the_law_in_force_on_the_day() {
    let base = |regime: &'static str, location: &'static str, received: &'static str| {
        vec!["--regime", regime, "--location", location, "--received", received]
    };
    // UK GDPR Art. 12A(5): clarifying an erasure request does not stop its clock.
    let mut args = base("uk-gdpr", "GB-ENG", "2026-05-11");
    args.extend(["--right", "erasure", "--pause", "2026-05-13:2026-05-18"]);
    let out = deadline(&args);
    assert_eq!(out["due"], "2026-06-11", "{out:#}");
    assert_eq!(out["rules_in_force"]["id"], "uk-gdpr-2026");
    // Iowa Code §715D.3(2)(a): 90 days, once +45.
    let mut args = base("us-state", "US-IA", "2026-11-25");
    args.push("--extended");
    let out = deadline(&args);
    assert_eq!(
        (out["rights"][0]["due"].as_str(), out["extended_due"].as_str()),
        (Some("2027-04-09"), Some("2027-04-09"))
    );
    assert_eq!(out["extension_notice_by"], "2027-02-23");
    assert_eq!(out["rules_in_force"]["name"], "Iowa Consumer Data Protection Act");
    // Fla. Stat. §501.706(2): one extension of 15 days.
    let mut args = base("us-state", "US-FL", "2026-11-25");
    args.push("--extended");
    assert_eq!(deadline(&args)["extended_due"], "2027-01-24");
    // Appeals and complaints have their own clocks.
    let mut args = base("us-state", "US-CO", "2026-11-25");
    args.extend(["--appeal-received", "2027-01-20"]);
    let out = deadline(&args);
    assert_eq!(
        (out["appeal_due"].as_str(), out["appeal_extended_due"].as_str()),
        (Some("2027-03-06"), Some("2027-05-05"))
    );
    assert!(out["appeal_steps"].as_array().unwrap().len() > 2);
    // Colorado's further 60 days are not yet read in the statute: the step says so.
    let extension = out["appeal_steps"].as_array().unwrap().iter().find(|s| s.to_string().contains("may be extended"));
    assert!(
        extension.is_some_and(|s| s.to_string().contains("not yet checked against the statute's own text")),
        "{out:#}"
    );
    assert!(!out["appeal_steps"][0].to_string().contains("not yet checked"), "{out:#}");
    let mut args = base("uk-gdpr", "GB-ENG", "2026-07-01");
    args.extend(["--complaint-received", "2026-08-01"]);
    let out = deadline(&args);
    assert_eq!(out["complaint_acknowledge_by"], "2026-09-01");
    // A state law not yet in force gives no date, and says so.
    let out = deadline(&base("us-state", "US-RI", "2025-11-03"));
    assert!(out["due"].is_null());
    assert!(out["notes"][0].as_str().unwrap().contains("took effect on 2026-01-01"), "{out:#}");
    // The human output names the rules and each right's own date.
    let book = Book::empty();
    let mut args = vec!["deadline"];
    args.extend(base("uk-gdpr", "GB-ENG", "2026-05-11"));
    args.extend(["--right", "erasure", "--right", "access", "--pause", "2026-05-13:2026-05-18"]);
    let run = book.run(&args);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = run.stdout;
    assert!(text.contains("Rules:      UK GDPR as amended by the Data (Use and Access) Act 2025"), "{text}");
    assert!(text.contains("Erasure") && text.contains("due 2026-06-11") && text.contains("due 2026-06-17"), "{text}");
    // A state law not yet in force: no clock runs and no date is due, and the human output says so.
    let mut args = vec!["deadline"];
    args.extend(base("us-state", "US-IN", "2025-11-25"));
    let run = book.run(&args);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = run.stdout;
    assert!(
        text.contains("Clock:      none (the Indiana Consumer Data Protection Act applies from 2026-01-01)"),
        "{text}"
    );
    assert!(text.contains("Due:        - (no statutory date: received before the law applied)"), "{text}");
    assert!(!text.contains("running") && !text.contains("not counting"), "{text}");
}

#[test]
fn bad_law_arguments_are_named() {
    let book = Book::empty();
    let run = |args: &[&str]| {
        let mut all = vec!["deadline"];
        all.extend_from_slice(args);
        book.run(&all)
    };
    run(&["--regime", "us-state", "--location", "US-WY", "--received", "2026-11-02"])
        .fails_with("knows no comprehensive privacy law of US-WY; the states it knows are US-VA, US-CO");
    run(&[
        "--regime",
        "us-state",
        "--location",
        "US-UT",
        "--received",
        "2026-11-02",
        "--appeal-received",
        "2026-12-01",
    ])
    .fails_with("appeal-received: Utah Consumer Privacy Act gives the consumer no appeal");
    run(&[
        "--regime",
        "us-state",
        "--location",
        "US-VA",
        "--received",
        "2026-11-02",
        "--appeal-received",
        "2026-11-01",
    ])
    .fails_with("appeal-received: the appeal on 2026-11-01 is before the request was received");
    run(&[
        "--regime",
        "uk-gdpr",
        "--location",
        "GB-ENG",
        "--received",
        "2026-11-02",
        "--complaint-received",
        "2026-11-01",
    ])
    .fails_with("complaint-received: the complaint on 2026-11-01 is before the request it concerns");
    run(&["--regime", "eu-gdpr", "--location", "FR", "--received", "2018-01-02"])
        .fails_with("received 2018-01-02 is before EU GDPR applied (2018-05-25)");
    run(&[
        "--regime",
        "uk-gdpr",
        "--location",
        "GB-ENG",
        "--received",
        "2026-11-02",
        "--appeal-received",
        "2026-13-01",
    ])
    .fails_with("invalid date '2026-13-01'");
}

/// A US state appeal on a stored case: recorded after the refusal, with the
/// state's own clock in `case show --json`, then decided.
#[test]
fn a_case_records_its_appeal_and_its_decision() {
    let book = Book::new();
    let va = book.new_case("Ada", "ada@example.org", "2026-10-01", &["--regime", "us-state", "--location", "US-VA"]);
    // No appeal before an answer.
    book.run(&["case", "appeal", &va, "--date", "2026-10-20"])
        .fails_with("an appeal answers a refusal or a response, and none is recorded yet");
    let said = book.run(&[
        "case",
        "refuse",
        &va,
        "--reason",
        "exemption",
        "--text",
        "legal privilege",
        "--date",
        "2026-10-15",
    ]);
    // The refusal's answer must say how to appeal (Va. Code §59.1-577(B)(2)) and to whom to complain.
    assert!(
        said.stdout.contains("The answer must tell the person how to appeal: by writing to you (Va. Code §59.1-577(C)).\nThe answer must tell the person they may complain to the Attorney General of Virginia."),
        "{}{}",
        said.stdout,
        said.stderr
    );
    // A refusal recorded is not a refusal sent: until it goes out, its draft is the next step.
    let next_of = |book: &Book| {
        book.json(&["next"]).as_array().unwrap().iter().find(|n| n["reference"] == va.as_str()).cloned().unwrap()
    };
    let next = next_of(&book);
    assert_eq!(next["action"], "close", "{next:#}");
    assert!(next["text"].as_str().unwrap().starts_with("refused: once the refusal has gone out"), "{next:#}");
    book.json(&["letter", "make", &va, "--kind", "refusal", "--out", book.dir.join("refusal.pdf").to_str().unwrap()]);
    let next = next_of(&book);
    assert_eq!((&next["action"], &next["step"]["kind"]), (&json!("send-letter"), &json!("send-refusal")), "{next:#}");
    book.run(&["case", "appeal", &va, "--date", "2026-10-14"]).fails_with("is before the answer it appeals");
    book.run(&["case", "appeal-decided", &va, "--outcome", "upheld", "--text", "x", "--date", "2026-11-01"])
        .fails_with("no appeal is awaiting a decision");
    book.json(&["case", "appeal", &va, "--date", "2026-10-20"]);
    let shown = book.json(&["case", "show", &va]);
    // Va. Code §59.1-577(C): 60 days from receipt of the appeal.
    assert_eq!(shown["deadlines"]["appeal_due"], "2026-12-19", "{shown:#}");
    assert_eq!(shown["deadlines"]["rules_in_force"]["id"], "us-va");
    // The appeal's statutory date is what the case needs next, ahead of the request's own steps.
    let next = next_of(&book);
    assert_eq!((&next["action"], &next["by"]), (&json!("decide-appeal"), &json!("2026-12-19")), "{next:#}");
    assert_eq!(
        next["step"],
        json!({ "kind": "decide-appeal", "received": "2026-10-20", "due": "2026-12-19", "overdue_days": null })
    );
    book.run(&["case", "appeal", &va, "--date", "2026-10-21"]).fails_with("an appeal is already awaiting its decision");
    book.run(&["case", "appeal-decided", &va, "--outcome", "maybe", "--text", "x", "--date", "2026-11-01"])
        .fails_with("unknown appeal outcome 'maybe' (expected one of: upheld, reversed, partly)");
    let dir = book.dir.clone();
    let pdf = dir.join("appeal.pdf");
    let pdf = pdf.to_str().unwrap();
    book.run(&["letter", "make", &va, "--kind", "appeal-decision", "--out", pdf])
        .fails_with("has none: record it first with `case appeal-decided");
    book.json(&[
        "case",
        "appeal-decided",
        &va,
        "--outcome",
        "upheld",
        "--text",
        "The records you asked for are protected by legal privilege.",
        "--date",
        "2026-11-01",
    ]);
    assert_ne!(next_of(&book)["action"], "decide-appeal", "decided: the appeal is done");
    book.json(&["letter", "make", &va, "--kind", "appeal-decision", "--out", pdf]);
    let text = crate::letters::pdf_text(std::path::Path::new(pdf));
    assert!(text.contains("We have decided to maintain our original decision."), "{text}");
    assert!(text.contains("protected by legal privilege"), "{text}");
    assert!(text.contains("contact the Attorney General of Virginia to submit a complaint"), "{text}");
    assert!(book.json(&["audit", "verify"])["first_broken"].is_null());
    // Utah gives no appeal; a UK case has none of this kind either: nothing is recorded.
    let ut = book.new_case("Bo", "bo@example.org", "2026-10-01", &["--regime", "us-state", "--location", "US-UT"]);
    let said =
        book.run(&["case", "refuse", &ut, "--reason", "exemption", "--text", "trade secret", "--date", "2026-10-15"]);
    assert!(
        !said.stdout.contains("how to appeal") && said.stdout.contains("Attorney General of Utah"),
        "{}",
        said.stdout
    );
    book.run(&["case", "appeal", &ut, "--date", "2026-10-20"]).fails_with("gives the consumer no appeal");
    let uk = book.new_case("Cy", "cy@example.org", "2026-10-01", &[]);
    book.json(&["case", "refuse", &uk, "--reason", "exemption", "--text", "legal privilege", "--date", "2026-10-15"]);
    book.run(&["case", "appeal", &uk, "--date", "2026-10-20"]).fails_with("is a US state law's; UK GDPR has none");
}

/// A consumer's appeal usually arrives after the refused case was closed: its
/// statutory date (Colo. Rev. Stat. §6-1-1306(3): 45 days) still stands in
/// `casebook next`, until the appeal is decided.
#[test]
fn an_appeal_on_a_closed_case_stays_in_the_next_actions_until_decided() {
    let book = Book::new();
    let co = book.new_case("Bo", "bo@example.org", "2026-10-10", &["--regime", "us-state", "--location", "US-CO"]);
    book.json(&["case", "refuse", &co, "--reason", "exemption", "--text", "trade secrets", "--date", "2026-10-20"]);
    book.json(&["case", "close", &co, "--outcome", "refused", "--on", "2026-10-21"]);
    let listed =
        |book: &Book| book.json(&["next"]).as_array().unwrap().iter().find(|n| n["reference"] == co.as_str()).cloned();
    assert_eq!(listed(&book), None, "closed, nothing awaited");
    // Answered and closed, the case is in no list of open cases.
    let open_ones = |book: &Book, args: &[&str]| -> Vec<Value> {
        let mut all = vec!["case"];
        all.extend_from_slice(args);
        book.json(&all).as_array().unwrap().iter().filter(|c| c["reference"] == co.as_str()).cloned().collect()
    };
    assert!(open_ones(&book, &["list", "--open"]).is_empty());
    book.json(&["case", "appeal", &co, "--date", "2026-11-01"]);
    let next = listed(&book).expect("the appeal awaits its decision");
    assert_eq!(
        (&next["action"], &next["by"], &next["status"]),
        (&json!("decide-appeal"), &json!("2026-12-16"), &json!("closed")),
        "{next:#}"
    );
    // The appeal's statutory date makes it an open case again, by that date,
    // in the list, its "due within" and its count (today 2026-11-29: 17 days).
    let open = open_ones(&book, &["list", "--open", "--sort", "due"]);
    assert_eq!(
        (&open[0]["status"], &open[0]["appeal_due"], &open[0]["days_left"]),
        (&json!("closed"), &json!("2026-12-16"), &json!(17)),
        "{open:#?}"
    );
    assert!(open_ones(&book, &["due", "--within", "7d"]).is_empty());
    assert_eq!(open_ones(&book, &["due", "--within", "17d"]).len(), 1);
    let text = book.run(&["case", "list", "--open"]).stdout;
    let line = text.lines().find(|l| l.starts_with(co.as_str())).unwrap();
    assert!(line.contains("closed (appeal)") && line.contains("2026-12-16  17d"), "{text}");
    book.json(&[
        "case",
        "appeal-decided",
        &co,
        "--outcome",
        "upheld",
        "--text",
        "Trade secrets stay protected.",
        "--date",
        "2026-11-20",
    ]);
    assert_eq!(listed(&book), None, "decided");
    assert!(open_ones(&book, &["list", "--open"]).is_empty(), "decided: answered again");
    // The decision's letter is made and sent on the closed case (no other letter is).
    let pdf = book.dir.join("appeal.pdf");
    let made = book.json(&["letter", "make", &co, "--kind", "appeal-decision", "--out", pdf.to_str().unwrap()]);
    let draft = made["draft"].to_string();
    book.json(&["letter", "send", &co, &draft, "--on", "2026-11-29", "--channel", "email"]);
    book.run(&["letter", "make", &co, "--kind", "refusal", "--out", book.dir.join("refusal.pdf").to_str().unwrap()])
        .fails_with(&format!("case {co} is closed: no letter is recorded on a closed case"));
}

/// #17's bad input on the stored register: an appeal before any answer, a
/// complaint dated before the request it concerns, a state without a privacy
/// law, a receipt before every version of a regime. Each is one line naming
/// the argument, and the register is left byte for byte as it was.
#[test]
fn the_laws_bad_input_writes_nothing() {
    let book = Book::new();
    let va = book.new_case("Ada", "ada@example.org", "2026-10-01", &["--regime", "us-state", "--location", "US-VA"]);
    let uk = book.new_case("Bo", "bo@example.org", "2026-10-01", &[]);
    let before = book.stored();
    book.run(&["case", "appeal", &va, "--date", "2026-10-20"])
        .fails_with("an appeal answers a refusal or a response, and none is recorded yet");
    book.run(&[
        "complaint",
        "new",
        "--requester-name",
        "Bo",
        "--channel",
        "email",
        "--received",
        "2026-09-01",
        "--concerns",
        &uk,
    ])
    .fails_with("the complaint on 2026-09-01 is before the request it concerns (CB-2026-0002) was received on 2026-10-01 (--received)");
    let new = |extra: &[&str]| {
        let mut args = vec!["case", "new", "--requester-name", "Cy", "--channel", "email", "--right", "access"];
        args.extend_from_slice(extra);
        book.run(&args)
    };
    new(&["--received", "2026-11-02", "--regime", "us-state", "--location", "US-WY"])
        .fails_with("knows no comprehensive privacy law of US-WY");
    new(&["--received", "2018-01-02", "--regime", "eu-gdpr", "--location", "FR"])
        .fails_with("received 2018-01-02 is before EU GDPR applied (2018-05-25)");
    new(&["--received", "2018-05-24", "--regime", "uk-gdpr", "--location", "GB-ENG"])
        .fails_with("received 2018-05-24 is before UK GDPR applied (2018-05-25)");
    assert!(book.stored() == before, "a refused command changed the register");
}

#[test]
fn settings_deadlines_recompute_brings_the_open_cases_stored_dates_up_to_the_rules_in_force() {
    let book = Book::new();
    let r = book.new_case("Ian", "ian@example.org", "2026-11-02", &["--right", "access", "--right", "unsubscribe"]);
    book.json(&["identity", "request", &r, "--on", "2026-11-03"]);
    // As an older version stored it: no date while identity was awaited.
    book.sql(&format!("UPDATE cases SET due = NULL WHERE reference = '{r}'"));
    let done = book.json(&["settings", "deadlines", "--recompute"]);
    assert_eq!(done["cases_recomputed"], serde_json::json!([r]));
    assert_eq!(book.json(&["case", "show", &r])["due"], "2026-12-02");
    let timeline = book.json(&["case", "show", &r])["timeline"].to_string();
    assert!(timeline.contains("deadline.recomputed (recompute asked)"), "{timeline}");
    let again = book.run(&["settings", "deadlines", "--recompute"]);
    assert!(again.stdout.contains("No open case's due date moved."), "{}", again.stdout);
}

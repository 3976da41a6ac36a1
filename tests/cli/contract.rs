//! The command line contract of the workflow issue: each step a `casebook case`
//! subcommand taking the reference and `--date` (default today), and
//! `casebook case show REF --json` giving `status`, `clock`, `due`,
//! `extended_due`, `days_left`, `timeline` and `next_action` at top level.
//! "Today" is 2026-11-29 (the harness's `CASEBOOK_NOW`).

use serde_json::Value;

use crate::harness::Book;

/// What a script reads after each step: status, clock, due, extended due,
/// days left and the next action's code.
#[derive(Debug, PartialEq)]
struct State {
    status: String,
    clock: String,
    due: Option<String>,
    extended_due: Option<String>,
    days_left: Option<i64>,
    next: Option<String>,
}

fn state(c: &Value) -> State {
    let s = |v: &Value| v.as_str().map(str::to_string);
    State {
        status: s(&c["status"]).expect("status"),
        clock: s(&c["clock"]).expect("clock"),
        due: s(&c["due"]),
        extended_due: s(&c["extended_due"]),
        days_left: c["days_left"].as_i64(),
        next: s(&c["next_action"]["action"]),
    }
}

fn st(
    status: &str,
    clock: &str,
    due: Option<&str>,
    extended: Option<&str>,
    days: Option<i64>,
    next: Option<&str>,
) -> State {
    State {
        status: status.into(),
        clock: clock.into(),
        due: due.map(Into::into),
        extended_due: extended.map(Into::into),
        days_left: days,
        next: next.map(Into::into),
    }
}

/// Runs the steps in order; after each, checks the step's own JSON, that
/// `case show --json` says the same, and that the timeline grew by the
/// expected number of entries.
struct Walk<'a> {
    book: &'a Book,
    reference: String,
    timeline: usize,
}

impl<'a> Walk<'a> {
    fn new(book: &'a Book, reference: String) -> Self {
        let shown = book.json(&["case", "show", &reference]);
        assert!(shown["timeline"].is_array(), "{shown:#}");
        let timeline = shown["timeline"].as_array().unwrap().len();
        assert!(timeline >= 1, "the creation is on the timeline");
        Walk { book, reference, timeline }
    }

    fn step(&mut self, args: &[&str], grew_by: usize, expected: State) {
        let mut all: Vec<&str> = vec!["case", args[0], &self.reference];
        all.extend_from_slice(&args[1..]);
        let after_step = self.book.json(&all);
        assert_eq!(state(&after_step), expected, "{all:?}");
        let shown = self.book.json(&["case", "show", &self.reference]);
        assert_eq!(state(&shown), expected, "case show after {all:?}");
        assert_eq!(shown["clock"], shown["deadlines"]["clock"], "clock is a copy of deadlines.clock");
        assert_eq!(shown["extended_due"], shown["deadlines"]["extended_due"]);
        let len = shown["timeline"].as_array().unwrap().len();
        assert_eq!(len, self.timeline + grew_by, "timeline after {all:?}: {:#}", shown["timeline"]);
        self.timeline = len;
    }
}

fn audit_intact(book: &Book) {
    let report = book.json(&["audit", "verify"]);
    assert!(report["first_broken"].is_null() && report["problem"].is_null(), "{report:#}");
}

#[test]
fn uk_gdpr_an_id_request_restarts_the_clock_on_receipt() {
    let book = Book::new();
    let r = book.new_case("Ada", "ada@example.org", "2026-11-02", &[]);
    let mut w = Walk::new(&book, r.clone());
    w.step(
        &["acknowledge", "--date", "2026-11-03"],
        1,
        st("acknowledged", "running", Some("2026-12-02"), None, Some(3), Some("check-identity")),
    );
    w.step(
        &["identity-request", "--method", "id-document", "--date", "2026-11-04"],
        1,
        st("awaiting-identity", "waiting-for-identity", None, None, None, Some("chase-identity")),
    );
    // Arrival and the check: two records, the clock restarting on arrival.
    w.step(
        &[
            "identity-received",
            "--outcome",
            "verified",
            "--rationale",
            "passport matches the account",
            "--date",
            "2026-11-10",
        ],
        2,
        st("in-progress", "running", Some("2026-12-10"), None, Some(11), Some("respond")),
    );
    let checks = book.json(&["identity", "checks", &r]);
    assert_eq!(checks[0]["method"], "id-document", "the method asked for: {checks:#}");
    assert_eq!(checks[0]["outcome"], "verified");
    assert_eq!(checks[0]["decided_on"], "2026-11-10");
    w.step(
        &["respond", "--channel", "email", "--date", "2026-11-27"],
        1,
        st("response-sent", "stopped", Some("2026-12-10"), None, None, Some("close")),
    );
    w.step(&["close", "--outcome", "fulfilled"], 1, st("closed", "stopped", Some("2026-12-10"), None, None, None));
    let closed = book.json(&["case", "show", &r]);
    assert_eq!(closed["closed_on"], "2026-11-29", "--date defaults to today");
    audit_intact(&book);

    // Verifying twice is refused and records nothing.
    let again = book.new_case("Bo", "bo@example.org", "2026-11-02", &[]);
    book.json(&["case", "identity-request", &again, "--method", "id-document", "--date", "2026-11-04"]);
    book.json(&[
        "case",
        "identity-received",
        &again,
        "--outcome",
        "verified",
        "--rationale",
        "ok",
        "--date",
        "2026-11-05",
    ]);
    let before = book.json(&["case", "show", &again])["timeline"].as_array().unwrap().len();
    book.run(&["case", "identity-received", &again, "--outcome", "sure", "--rationale", "ok"]).fails_with("--outcome");
    assert_eq!(book.json(&["case", "show", &again])["timeline"].as_array().unwrap().len(), before, "nothing recorded");
}

#[test]
fn eu_gdpr_an_id_request_and_a_clarification_pause_the_clock() {
    let book = Book::new();
    let r = book.new_case("Ada", "ada@example.org", "2026-11-02", &["--regime", "eu-gdpr", "--location", "IE"]);
    let mut w = Walk::new(&book, r.clone());
    w.step(
        &["acknowledge", "--date", "2026-11-03", "--channel", "email"],
        1,
        st("acknowledged", "running", Some("2026-12-02"), None, Some(3), Some("check-identity")),
    );
    w.step(
        &["identity-request", "--method", "id-document", "--date", "2026-11-04"],
        1,
        st("awaiting-identity", "paused", Some("2026-12-28"), None, Some(29), Some("chase-identity")),
    );
    w.step(
        &["identity-received", "--outcome", "verified", "--rationale", "passport seen", "--date", "2026-11-10"],
        2,
        st("in-progress", "running", Some("2026-12-09"), None, Some(10), Some("respond")),
    );
    w.step(
        &["clarify", "--question", "Which accounts?", "--date", "2026-11-12"],
        1,
        st("awaiting-clarification", "paused", Some("2026-12-28"), None, Some(29), Some("chase-clarification")),
    );
    w.step(
        &["clarified", "--date", "2026-11-16"],
        1,
        st("in-progress", "running", Some("2026-12-14"), None, Some(15), Some("respond")),
    );
    w.step(
        &["respond", "--channel", "email", "--date", "2026-11-20"],
        1,
        st("response-sent", "stopped", Some("2026-12-14"), None, None, Some("close")),
    );
    w.step(
        &["close", "--outcome", "fulfilled", "--date", "2026-11-21"],
        1,
        st("closed", "stopped", Some("2026-12-14"), None, None, None),
    );
    // Answering a clarification never asked: a clear error.
    let other = book.new_case("Bo", "bo@example.org", "2026-11-02", &["--regime", "eu-gdpr", "--location", "IE"]);
    let failed = book.run(&["case", "clarified", &other]);
    assert_ne!(failed.code, 0);
    assert_eq!(failed.stderr.trim_end().lines().count(), 1, "{}", failed.stderr);
    audit_intact(&book);
}

#[test]
fn ccpa_an_id_request_leaves_the_clock_running() {
    let book = Book::new();
    let r = book.new_case("Ada", "ada@example.org", "2026-11-02", &["--regime", "ccpa", "--location", "US-CA"]);
    let mut w = Walk::new(&book, r.clone());
    let shown = state(&book.json(&["case", "show", &r]));
    assert_eq!(shown, st("received", "running", Some("2026-12-17"), None, Some(18), Some("acknowledge")));
    w.step(
        &["acknowledge", "--date", "2026-11-03"],
        1,
        st("acknowledged", "running", Some("2026-12-17"), None, Some(18), Some("check-identity")),
    );
    w.step(
        &["identity-request", "--method", "account-details", "--date", "2026-11-04"],
        1,
        st("awaiting-identity", "running", Some("2026-12-17"), None, Some(18), Some("chase-identity")),
    );
    w.step(
        &[
            "identity-received",
            "--outcome",
            "verified",
            "--rationale",
            "three data points match",
            "--date",
            "2026-11-10",
        ],
        2,
        st("in-progress", "running", Some("2026-12-17"), None, Some(18), Some("respond")),
    );
    // CCPA: no fee ground to default to on further copies; say which.
    book.run(&["case", "fee-request", &r]).fails_with("--ground");
    book.run(&["case", "fee-request", &r, "--ground", "manifestly-excessive"]).fails_with("--amount");
    w.step(
        &["respond", "--channel", "email"],
        1,
        st("response-sent", "stopped", Some("2026-12-17"), None, None, Some("close")),
    );
    w.step(&["close", "--outcome", "fulfilled"], 1, st("closed", "stopped", Some("2026-12-17"), None, None, None));
    audit_intact(&book);
}

#[test]
fn an_extension_before_the_notice_date_and_after_it() {
    let book = Book::new();
    // In time: told on the 20th, before the first due date.
    let r = book.new_case("Ada", "ada@example.org", "2026-11-02", &[]);
    let mut w = Walk::new(&book, r.clone());
    w.step(
        &["extend", "--reason", "several-requests", "--told", "2026-11-20"],
        1,
        st("received", "running", Some("2027-02-02"), Some("2027-02-02"), Some(65), Some("check-identity")),
    );
    book.run(&["case", "extend", &r, "--reason", "complex", "--told", "2026-11-21"]).fails_with("already taken");
    // Fee and the withdrawal on the same case, through the contract names.
    w.step(
        &["fee-request", "--ground", "further-copies", "--amount", "£10", "--date", "2026-11-21"],
        1,
        st("received", "waiting-for-identity", None, None, None, Some("chase-fee")),
    );
    let c = book.json(&["case", "fee-paid", &r, "--date", "2026-11-23"]);
    assert_eq!((c["clock"].as_str(), c["due"].as_str()), (Some("running"), Some("2027-02-23")), "{c:#}");
    w.timeline += 1;
    w.step(
        &["withdraw", "--date", "2026-11-25"],
        1,
        st("withdrawn", "stopped", Some("2027-02-23"), Some("2027-02-23"), None, Some("close")),
    );

    // Late: the notice deadline (the first due date) has passed.
    let late = book.new_case("Bo", "bo@example.org", "2026-09-01", &[]);
    let mut w = Walk::new(&book, late.clone());
    let before = state(&book.json(&["case", "show", &late]));
    assert_eq!(before, st("received", "running", Some("2026-10-01"), None, Some(-59), Some("check-identity")));
    book.run(&["case", "extend", &late, "--reason", "complex", "--told", "2026-10-15"]).fails_with("--override-reason");
    assert_eq!(state(&book.json(&["case", "show", &late])), before, "a refused extension changes nothing");
    w.step(
        &[
            "extend",
            "--reason",
            "complex",
            "--told",
            "2026-10-15",
            "--override-reason",
            "told by phone on time, letter late",
        ],
        1,
        st("received", "running", Some("2026-12-01"), Some("2026-12-01"), Some(2), Some("check-identity")),
    );
    audit_intact(&book);
}

#[test]
fn a_refusal_stops_the_clock_and_old_names_still_work() {
    let book = Book::new();
    let r = book.new_case("Ada", "ada@example.org", "2026-11-02", &[]);
    let mut w = Walk::new(&book, r.clone());
    // The older `--on` spelling is an alias of `--date`.
    w.step(
        &["acknowledge", "--on", "2026-11-03"],
        1,
        st("acknowledged", "running", Some("2026-12-02"), None, Some(3), Some("check-identity")),
    );
    w.step(
        &[
            "refuse",
            "--reason",
            "manifestly-excessive",
            "--text",
            "the fifth identical request this month",
            "--date",
            "2026-11-20",
        ],
        1,
        st("refused", "stopped", Some("2026-12-02"), None, None, Some("close")),
    );
    book.run(&["case", "extend", &r, "--reason", "complex", "--told", "2026-11-21"]).fails_with("refused");
    w.step(
        &["close", "--outcome", "refused", "--on", "2026-11-21"],
        1,
        st("closed", "stopped", Some("2026-12-02"), None, None, None),
    );
    book.run(&["case", "extend", &r, "--reason", "complex"]).fails_with("closed");

    // `case next` is `next`.
    let open = book.new_case("Bo", "bo@example.org", "2026-11-20", &[]);
    let next = book.json(&["case", "next"]);
    assert_eq!(next, book.json(&["next"]));
    assert_eq!(next[0]["reference"], open.as_str());

    // The human page shows the timeline.
    let page = book.run(&["case", "show", &r]);
    assert_eq!(page.code, 0);
    assert!(page.stdout.contains("Timeline:"), "{}", page.stdout);
    assert!(page.stdout.contains("refused on 2026-11-20"), "{}", page.stdout);
    assert!(page.stdout.contains("acknowledged on 2026-11-03 (channel: email)"), "{}", page.stdout);
    audit_intact(&book);
}

#[test]
fn identity_received_with_another_method_needs_a_reason_and_records_nothing_without_one() {
    let book = Book::new();
    let r = book.new_case("Ada", "ada@example.org", "2026-11-02", &[]);
    book.json(&["case", "identity-request", &r, "--method", "id-document", "--date", "2026-11-04"]);
    let before = book.json(&["case", "show", &r]);
    book.run(&[
        "case",
        "identity-received",
        &r,
        "--outcome",
        "verified",
        "--rationale",
        "ok",
        "--method",
        "utility-bill",
    ])
    .fails_with("--override-reason");
    let after = book.json(&["case", "show", &r]);
    assert_eq!(
        (after["status"].clone(), after["timeline"].as_array().unwrap().len()),
        (before["status"].clone(), before["timeline"].as_array().unwrap().len())
    );
    // Proof of an agent's authority goes the same way, and moves the clock as identity does.
    let agent = book.new_case("Bo", "bo@example.org", "2026-11-02", &[]);
    let c = book.json(&["case", "identity-request", &agent, "--method", "power-of-attorney", "--date", "2026-11-04"]);
    assert_eq!((c["status"].as_str(), c["clock"].as_str()), (Some("awaiting-identity"), Some("waiting-for-identity")));
    let tl = c["timeline"].as_array().unwrap();
    assert!(tl.iter().any(|e| e["item"]["details"]["proof_of"] == "authority"), "{tl:#?}");
}

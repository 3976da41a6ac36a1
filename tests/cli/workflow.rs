//! Working a case (issue: acknowledgement, identity, clarification,
//! extension, fee, refusal, withdrawal, response, next actions, retention of
//! identity documents), through the real binary.

use serde_json::Value;

use crate::harness::Book;

fn entries(book: &Book) -> i64 {
    book.json(&["audit", "verify"])["entries"].as_i64().unwrap()
}

use crate::harness::holds as contains;

fn status_and_due(c: &Value) -> (String, Option<String>) {
    (c["status"].as_str().unwrap().to_string(), c["due"].as_str().map(str::to_string))
}

#[test]
fn every_step_is_recorded_audited_and_moves_the_status() {
    let book = Book::new();
    let r = book.new_case("Ada", "ada@example.org", "2026-11-02", &[]);
    let audited = std::cell::Cell::new(entries(&book));
    let wrote_one_entry = |what: &str| {
        let now = entries(&book);
        assert_eq!(now, audited.get() + 1, "{what} wrote one audit entry");
        audited.set(now);
    };
    let step = |args: &[&str], status: &str| -> Value {
        let c = book.json(args);
        assert_eq!(c["status"], status, "{args:?}");
        wrote_one_entry(&format!("{args:?}"));
        c
    };
    step(&["case", "acknowledge", &r, "--on", "2026-11-03", "--channel", "email"], "acknowledged");
    step(&["identity", "request", &r, "--on", "2026-11-04", "--what", "a recent utility bill"], "awaiting-identity");
    step(&["identity", "received", &r, "--on", "2026-11-10"], "in-progress");
    let check = book.json(&[
        "identity",
        "check",
        &r,
        "--method",
        "registered-email",
        "--outcome",
        "verified",
        "--compared",
        "sender ada@example.org vs. the address on the account",
        "--rationale",
        "the request came from the address on file",
        "--on",
        "2026-11-10",
    ]);
    assert_eq!(
        (
            check["method"].as_str(),
            check["outcome"].as_str(),
            check["decided_by"].as_str(),
            check["decided_on"].as_str()
        ),
        (Some("registered-email"), Some("verified"), Some("test-dpo"), Some("2026-11-10"))
    );
    assert_eq!(check["suggested_method"], "registered-email");
    wrote_one_entry("identity check");
    step(
        &["clarification", "ask", &r, "--on", "2026-11-12", "--question", "Which accounts?"],
        "awaiting-clarification",
    );
    step(&["clarification", "answer", &r, "--on", "2026-11-17"], "in-progress");
    let c = step(&["extension", "take", &r, "--reason", "complex", "--notified-on", "2026-11-20"], "in-progress");
    assert_eq!(c["deadlines"]["extended_due"], "2027-02-16");
    step(&["fee", "request", &r, "--ground", "further-copies", "--amount", "£10", "--on", "2026-11-21"], "in-progress");
    step(&["fee", "paid", &r, "--on", "2026-11-23"], "in-progress");
    step(
        &["case", "respond", &r, "--channel", "email", "--what", "copy of the data (PDF)", "--on", "2026-11-27"],
        "response-sent",
    );
    assert_eq!(book.json(&["next"])[0]["action"], "close");
    let closed = book.json(&["case", "close", &r, "--outcome", "fulfilled"]);
    assert_eq!(closed["status"], "closed");
    assert!(book.json(&["next"]).as_array().unwrap().is_empty());
    let checks = book.json(&["identity", "checks", &r]);
    assert_eq!(checks.as_array().unwrap().len(), 1);
    assert!(book.json(&["audit", "verify"])["first_broken"].is_null());

    // Human output: one line per step.
    let other = book.new_case("Grace", "grace@example.org", "2026-11-20", &[]);
    let out = book.run(&["case", "acknowledge", &other, "--channel", "letter"]);
    assert_eq!(
        out.stdout.trim(),
        format!("{other}: acknowledged by letter. Status acknowledged; clock running; due 2026-12-21, 22 days left.")
    );
}

#[test]
fn refusal_names_the_authority_and_withdrawal_stops_the_clock() {
    let book = Book::new();
    let r = book.new_case("Ada", "ada@example.org", "2026-11-02", &[]);
    let c = book.json(&[
        "case",
        "refuse",
        &r,
        "--reason",
        "manifestly-excessive",
        "--text",
        "the fifth identical request this month",
    ]);
    assert_eq!((c["status"].as_str(), c["deadlines"]["clock"].as_str()), (Some("refused"), Some("stopped")));
    let text = book.run(&["case", "show", &r]);
    assert_eq!(text.code, 0);
    let human = book.new_case("Bo", "bo@example.org", "2026-11-02", &[]);
    let out = book.run(&["case", "refuse", &human, "--reason", "exemption", "--text", "legal privilege"]);
    assert!(out.stdout.contains("may complain to the Information Commissioner's Office (ICO)"), "{}", out.stdout);
    assert!(out.stdout.contains("Wycliffe House"), "{}", out.stdout);

    let w = book.new_case("Cy", "cy@example.org", "2026-11-02", &[]);
    let c = book.json(&["case", "withdraw", &w, "--how", "email of 20 Nov"]);
    assert_eq!((c["status"].as_str(), c["deadlines"]["clock"].as_str()), (Some("withdrawn"), Some("stopped")));
    book.run(&["case", "acknowledge", &w, "--channel", "email"]).fails_with("is withdrawn: its clock has stopped");

    // A regime with a narrower list names what it accepts.
    let br = book.new_case("Di", "di@example.org", "2026-11-20", &["--regime", "lgpd", "--location", "BR"]);
    book.run(&["case", "refuse", &br, "--reason", "manifestly-excessive", "--text", "x"])
        .fails_with("the reason 'manifestly-excessive': Brazil LGPD accepts exemption, identity-not-verified");
}

#[test]
fn an_id_request_restarts_pauses_or_leaves_the_clock_by_regime() {
    let book = Book::new();
    // UK: a fee restarts the clock on payment, as identity evidence does.
    let uk = book.new_case("Ada", "ada@example.org", "2026-11-02", &[]);
    let c = book.json(&[
        "fee",
        "request",
        &uk,
        "--ground",
        "manifestly-excessive",
        "--amount",
        "£25",
        "--on",
        "2026-11-03",
    ]);
    assert_eq!((c["due"].as_str(), c["deadlines"]["clock"].as_str()), (None, Some("waiting-for-identity")));
    let c = book.json(&["fee", "paid", &uk, "--on", "2026-11-10"]);
    assert_eq!(c["due"], "2026-12-10");
    // Identity and a fee both asked for: the clock starts on the last to arrive.
    let both = book.new_case("Bea", "bea@example.org", "2026-11-02", &[]);
    book.json(&["identity", "request", &both, "--on", "2026-11-03"]);
    book.json(&["fee", "request", &both, "--ground", "further-copies", "--amount", "£10", "--on", "2026-11-04"]);
    let c = book.json(&["identity", "received", &both, "--on", "2026-11-09"]);
    assert!(c["due"].is_null(), "the fee is still awaited: {c:#}");
    assert_eq!(book.json(&["fee", "paid", &both, "--on", "2026-11-16"])["due"], "2026-12-16");

    // A right that goes ahead while identity is awaited keeps its month from receipt; access waits.
    let mixed = book.new_case("Ian", "ian@example.org", "2026-11-02", &["--right", "access", "--right", "unsubscribe"]);
    let c = book.json(&["identity", "request", &mixed, "--on", "2026-11-03"]);
    assert_eq!(
        (c["due"].as_str(), c["deadlines"]["clock"].as_str()),
        (Some("2026-12-02"), Some("waiting-for-identity"))
    );
    let shown = book.json(&["case", "show", &mixed]);
    let dues: Vec<_> =
        shown["right_status"].as_array().unwrap().iter().map(|r| (r["right"].clone(), r["due"].clone())).collect();
    assert_eq!(dues, [("access".into(), serde_json::Value::Null), ("unsubscribe".into(), "2026-12-02".into())]);
    let text = book.run(&["case", "show", &mixed]).stdout;
    assert!(text.contains("due - (waiting for identity evidence: its clock starts when it arrives)"), "{text}");
    assert!(!text.contains("no statute sets a date"), "{text}");
    let c = book.json(&["identity", "received", &mixed, "--on", "2026-11-10"]);
    assert_eq!(c["due"], "2026-12-02", "the earliest right's: {c:#}");
    assert_eq!(book.json(&["case", "show", &mixed])["right_status"][0]["due"], "2026-12-10");

    // EU: identity is a pause (2 Dec + 8 days = 10 Dec); a fee moves nothing.
    let eu = book.new_case("Eve", "eve@example.fr", "2026-11-02", &["--regime", "eu-gdpr", "--location", "FR"]);
    assert_eq!(status_and_due(&book.json(&["identity", "request", &eu, "--on", "2026-11-03"])).0, "awaiting-identity");
    assert_eq!(
        status_and_due(&book.json(&["identity", "received", &eu, "--on", "2026-11-10"])).1.as_deref(),
        Some("2026-12-10")
    );
    let eu2 = book.new_case("Fay", "fay@example.fr", "2026-11-02", &["--regime", "eu-gdpr", "--location", "FR"]);
    assert_eq!(
        book.json(&["fee", "request", &eu2, "--ground", "further-copies", "--amount", "10 €", "--on", "2026-11-03"])["due"],
        "2026-12-02"
    );

    // CCPA: identity changes nothing (received 2 Nov + 45 days = 17 Dec).
    let ca = book.new_case("Gus", "gus@example.com", "2026-11-02", &["--regime", "ccpa", "--location", "US-CA"]);
    let c =
        book.json(&["identity", "request", &ca, "--on", "2026-11-03", "--authority", "--what", "signed authorisation"]);
    assert_eq!(status_and_due(&c), ("awaiting-identity".into(), Some("2026-12-17".into())));
    assert_eq!(c["deadlines"]["clock"], "running");
    assert_eq!(
        status_and_due(&book.json(&["identity", "received", &ca, "--on", "2026-11-25"])).1.as_deref(),
        Some("2026-12-17")
    );

    // LGPD: requests are free.
    let br = book.new_case("Hal", "hal@example.br", "2026-11-20", &["--regime", "lgpd", "--location", "BR"]);
    book.run(&["fee", "request", &br, "--ground", "manifestly-excessive", "--amount", "R$10"])
        .fails_with("Brazil LGPD allows no fee");
}

#[test]
fn the_suggested_check_can_be_overridden_only_with_a_reason() {
    let book = Book::new();
    let r = book.new_case("Ada", "ada@example.org", "2026-11-02", &["--right", "erasure"]);
    book.json(&["case", "update", &r, "--channel", "letter"]);
    let s = book.json(&["identity", "suggest", &r]);
    assert_eq!(s["method"], "id-document");
    assert!(s["reasons"][0].as_str().unwrap().contains("Erasure by letter"), "{s:#}");
    let args = [
        "identity",
        "check",
        &r,
        "--method",
        "utility-bill",
        "--outcome",
        "verified",
        "--compared",
        "bill vs. address on file",
        "--rationale",
        "the bill matches",
    ];
    book.run(&args).fails_with("the suggested method for this request is 'id-document'");
    let mut with_reason = args.to_vec();
    with_reason.extend(["--override-reason", "long-standing customer, address unchanged for ten years"]);
    let c = book.json(&with_reason);
    assert_eq!((c["method"].as_str(), c["suggested_method"].as_str()), (Some("utility-bill"), Some("id-document")));
    assert_eq!(c["status"], "in-progress");
    // Verifying twice is refused.
    book.run(&with_reason).fails_with("is already settled (verified)");

    // Someone acting for another person: proof of authority.
    let agent = book.new_case(
        "Pat",
        "pat@example.org",
        "2026-11-02",
        &["--subject-name", "Kim", "--subject-relationship", "parent"],
    );
    assert_eq!(book.json(&["identity", "suggest", &agent])["method"], "parental-responsibility");
    // Unsubscribing needs no check.
    let unsub = book.new_case("Uma", "uma@example.org", "2026-11-02", &["--right", "unsubscribe"]);
    assert_eq!(book.json(&["identity", "suggest", &unsub])["method"], "none");
    let c = book.json(&[
        "identity",
        "check",
        &unsub,
        "--method",
        "none",
        "--outcome",
        "not-needed",
        "--rationale",
        "unsubscribing harms no one",
    ]);
    assert_eq!(c["outcome"], "not-needed");
}

#[test]
fn a_late_extension_is_refused_without_an_override_and_a_closed_case_takes_no_step() {
    let book = Book::new();
    let r = book.new_case("Ada", "ada@example.org", "2026-09-01", &[]);
    let before = book.stored();
    book.run(&["extension", "take", &r, "--reason", "complex", "--notified-on", "2026-10-05"])
        .fails_with("the extension notice was due by 2026-10-01 and is dated 2026-10-05");
    assert!(book.stored() == before);
    let c = book.json(&[
        "extension",
        "take",
        &r,
        "--reason",
        "complex",
        "--notified-on",
        "2026-10-05",
        "--override-reason",
        "agreed by phone",
    ]);
    assert_eq!(c["deadlines"]["extended_due"], "2026-12-01");
    book.run(&["extension", "take", &r, "--reason", "again", "--notified-on", "2026-10-06", "--override-reason", "x"])
        .fails_with("already taken");
    book.json(&["case", "close", &r, "--outcome", "duplicate"]);
    book.run(&["extension", "take", &r, "--reason", "complex", "--notified-on", "2026-10-05"])
        .fails_with("is closed: its clock has stopped");
}

#[test]
fn identity_documents_are_deleted_after_retention_keeping_the_hash_and_an_audit_entry() {
    let mut book = Book::new();
    let r = book.new_case("Ada", "ada@example.org", "2026-11-02", &[]);
    let dir = tempfile::tempdir().unwrap();
    let scan = dir.path().join("passport-scan.jpg");
    let marker = b"PASSPORT-SCAN-7c1e0d-UNIQUE-BYTES";
    std::fs::write(&scan, marker).unwrap();
    let doc = book.json(&["identity", "attach", &r, scan.to_str().unwrap()]);
    let sha = doc["sha256"].as_str().unwrap().to_string();
    assert!(contains(&book.stored(), marker));

    // No decision yet: kept.
    book.now = "2027-06-01T09:00:00Z".into();
    let run = book.json(&["retention", "run"]);
    assert!(run["deleted"].as_array().unwrap().is_empty());
    assert!(run["kept"][0]["delete_on"].is_null());

    book.now = "2026-11-10T09:00:00Z".into();
    book.json(&[
        "identity",
        "check",
        &r,
        "--method",
        "registered-email",
        "--outcome",
        "verified",
        "--compared",
        "sender vs. account",
        "--rationale",
        "from the address on file",
    ]);
    book.json(&["retention", "set", "--identity-document-days", "30"]);
    let show = book.json(&["retention", "show"]);
    assert_eq!(show["kept"][0]["delete_on"], "2026-12-10");

    // The day before: still held.
    book.now = "2026-12-09T09:00:00Z".into();
    assert!(book.json(&["retention", "run"])["deleted"].as_array().unwrap().is_empty());
    assert!(contains(&book.stored(), marker));

    book.now = "2026-12-10T09:00:00Z".into();
    let audited = entries(&book);
    let run = book.json(&["retention", "run"]);
    assert_eq!(run["deleted"][0]["sha256"], sha.as_str());
    assert_eq!(entries(&book), audited + 1, "the deletion is audited");
    let disk = book.stored();
    assert!(!contains(&disk, marker), "the document's bytes are gone from the file and its log");
    assert!(contains(&disk, b"document.deleted"), "the audit entry names the deletion");
    let docs = book.json(&["identity", "documents", &r]);
    assert_eq!(
        (docs[0]["held"].as_bool(), docs[0]["sha256"].as_str(), docs[0]["deleted_on"].as_str()),
        (Some(false), Some(sha.as_str()), Some("2026-12-10"))
    );
    assert_eq!(book.json(&["identity", "checks", &r]).as_array().unwrap().len(), 1, "the check record stays");
    assert!(book.json(&["retention", "run"])["deleted"].as_array().unwrap().is_empty(), "nothing twice");
    assert!(book.json(&["audit", "verify"])["first_broken"].is_null());
    book.run(&["retention", "set", "--identity-document-days", "5000"])
        .fails_with("identity documents are kept at most 3650 days, not 5000 (--identity-document-days)");
}

#[test]
fn next_lists_what_each_open_case_needs_soonest_first() {
    let book = Book::new();
    // Due 2 Dec: respond (identity from the address on file already checked).
    let respond = book.new_case("Ada", "ada@example.org", "2026-11-02", &[]);
    book.json(&[
        "identity",
        "check",
        &respond,
        "--method",
        "registered-email",
        "--outcome",
        "verified",
        "--compared",
        "sender vs. account",
        "--rationale",
        "address on file",
    ]);
    // Identity asked on 10 Nov, unanswered: reminder due 24 Nov.
    let chase = book.new_case("Bo", "bo@example.org", "2026-11-09", &[]);
    book.json(&["identity", "request", &chase, "--on", "2026-11-10"]);
    // CCPA, received 25 Nov: acknowledge by 10 Dec.
    let ack = book.new_case("Cy", "cy@example.com", "2026-11-25", &["--regime", "ccpa", "--location", "US-CA"]);
    // Withdrawn: close today.
    let withdrawn = book.new_case("Di", "di@example.org", "2026-11-20", &[]);
    book.json(&["case", "withdraw", &withdrawn]);
    // Closed: not listed.
    let closed = book.new_case("Ed", "ed@example.org", "2026-11-20", &[]);
    book.json(&["case", "close", &closed, "--outcome", "duplicate"]);

    let next = book.json(&["next"]);
    let got: Vec<(&str, &str, &str)> = next
        .as_array()
        .unwrap()
        .iter()
        .map(|n| (n["reference"].as_str().unwrap(), n["action"].as_str().unwrap(), n["by"].as_str().unwrap()))
        .collect();
    assert_eq!(
        got,
        [
            (chase.as_str(), "chase-identity", "2026-11-24"),
            (withdrawn.as_str(), "close", "2026-11-29"),
            (respond.as_str(), "respond", "2026-12-02"),
            (ack.as_str(), "acknowledge", "2026-12-10"),
        ]
    );
    assert!(next[0]["text"].as_str().unwrap().contains("identity requested 19 days ago, no answer"), "{:#}", next[0]);
    assert_eq!(book.json(&["case", "show", &chase])["next_action"]["action"], "chase-identity");
    assert!(book.json(&["case", "show", &closed])["next_action"].is_null());
    assert!(
        book.run(&["case", "show", &ack]).stdout.contains("Next:       confirm receipt to the requester by 2026-12-10")
    );
    let human = book.run(&["next", "--limit", "1"]);
    assert_eq!(human.stdout.lines().count(), 2, "{}", human.stdout);
}

#[test]
fn bad_steps_get_a_one_line_error_naming_the_argument_and_change_nothing() {
    let book = Book::new();
    let r = book.new_case("Ada", "ada@example.org", "2026-11-02", &[]);
    let closed = book.new_case("Bo", "bo@example.org", "2026-11-02", &[]);
    book.json(&["case", "close", &closed, "--outcome", "duplicate"]);
    let before = book.stored();
    let audited = entries(&book);
    let table: &[(&[&str], &str)] = &[
        (
            &["case", "acknowledge", &r, "--channel", "pigeon"],
            "unknown channel 'pigeon' (expected one of: email, letter, phone, web-form, in-person, other) (--channel)",
        ),
        (
            &["case", "acknowledge", &r, "--channel", "email", "--on", "2026-02-30"],
            "invalid date '2026-02-30': no such day (--on)",
        ),
        (&["case", "acknowledge", &r, "--channel", "email", "--on", "2026-12-25"], "is in the future"),
        (
            &["case", "acknowledge", &r, "--channel", "email", "--on", "2026-11-01"],
            "is before the request was received",
        ),
        (&["case", "acknowledge", "CB-2026-0099", "--channel", "email"], "case 'CB-2026-0099' not found"),
        (&["case", "acknowledge", "CB-26", "--channel", "email"], "invalid case reference 'CB-26'"),
        (
            &[
                "identity",
                "check",
                &r,
                "--method",
                "passport",
                "--outcome",
                "verified",
                "--rationale",
                "x",
                "--compared",
                "y",
            ],
            "unknown identity method 'passport'",
        ),
        (
            &[
                "identity",
                "check",
                &r,
                "--method",
                "registered-email",
                "--outcome",
                "ok",
                "--rationale",
                "x",
                "--compared",
                "y",
            ],
            "unknown identity outcome 'ok'",
        ),
        (
            &[
                "identity",
                "check",
                &r,
                "--method",
                "registered-email",
                "--outcome",
                "verified",
                "--rationale",
                " ",
                "--compared",
                "y",
            ],
            "(--rationale)",
        ),
        (
            &["identity", "check", &r, "--method", "registered-email", "--outcome", "verified", "--rationale", "x"],
            "(--compared)",
        ),
        (
            &["identity", "check", &r, "--method", "none", "--outcome", "verified", "--rationale", "x"],
            "the method 'none' goes with the outcome 'not-needed' (--method)",
        ),
        (&["identity", "received", &r, "--on", "2026-11-10"], "no identity evidence is awaited"),
        (&["clarification", "answer", &r, "--on", "2026-11-10"], "no clarification is awaited"),
        (&["fee", "paid", &r], "no fee is awaited"),
        (&["fee", "request", &r, "--ground", "free-lunch", "--amount", "£1"], "unknown fee ground 'free-lunch'"),
        (
            &["fee", "request", &r, "--ground", "cost-of-access", "--amount", "£1"],
            "the ground 'cost-of-access': UK GDPR allows a fee only for",
        ),
        (&["fee", "request", &r, "--ground", "further-copies", "--amount", " "], "the amount is empty (--amount)"),
        (&["case", "refuse", &r, "--reason", "bored", "--text", "x"], "unknown refusal reason 'bored'"),
        (
            &["case", "refuse", &r, "--reason", "exemption", "--text", ""],
            "the text giving the refusal's reasons is empty (--text)",
        ),
        (&["case", "respond", &r, "--channel", "email", "--what", ""], "what was sent is empty (--what)"),
        (&["case", "withdraw", &closed], "is closed: its clock has stopped"),
        (&["identity", "request", &closed, "--on", "2026-11-03"], "is closed: its clock has stopped"),
        (&["identity", "attach", &r, "/nonexistent/scan.jpg"], "cannot read '/nonexistent/scan.jpg'"),
    ];
    for (args, needle) in table {
        book.run(args).fails_with(needle);
    }
    assert!(book.stored() == before, "a refused step changed the database");
    assert_eq!(entries(&book), audited);
}

/// The next action at the right time: no reminder the day a request went
/// out, "1 day" not "1 days", and each right's own date in the human output.
#[test]
fn next_actions_at_the_right_time_and_each_rights_date() {
    let mut book = Book::new();
    let uk = book.new_case("Ann", "ann@example.org", "2026-11-20", &[]);
    let ok = |run: crate::harness::Run| {
        assert_eq!(run.code, 0, "{}", run.stderr);
        run.stdout
    };
    ok(book.run(&["identity", "request", &uk, "--on", "2026-11-29", "--what", "a utility bill"]));
    let next = ok(book.run(&["next"]));
    assert!(
        next.contains(
            "identity requested today, awaiting the answer: remind the requester on 2026-12-13 if none has come"
        ),
        "{next}"
    );
    assert!(!next.contains("send a reminder"), "{next}");
    book.now = "2026-12-13T10:00:00Z".into();
    let next = ok(book.run(&["next"]));
    assert!(next.contains("identity requested 14 days ago, no answer: send a reminder"), "{next}");
    // CCPA opt-out and deletion: two dates, shown in the list, `next` and `case show`.
    book.now = "2026-11-29T10:00:00Z".into();
    let ca = book.new_case(
        "Bo",
        "bo@example.org",
        "2026-11-24",
        &["--right", "opt-out-of-sale", "--right", "erasure", "--regime", "ccpa", "--location", "US-CA"],
    );
    let each = "Opt out of sale or sharing due 2026-12-16; Erasure due 2027-01-08";
    for args in [vec!["next"], vec!["case", "list"]] {
        let out = ok(book.run(&args));
        assert!(out.contains(each), "{args:?}: {out}");
    }
    let show = ok(book.run(&["case", "show", &ca]));
    assert!(show.contains("due 2026-12-16") && show.contains("due 2027-01-08"), "{show}");
    let json = book.json(&["next"]);
    let row = json.as_array().unwrap().iter().find(|r| r["reference"] == ca.as_str()).unwrap().clone();
    assert_eq!(row["rights_due"].as_array().map(Vec::len), Some(2), "{row:#}");
    // One day overdue reads "1 day".
    ok(book.run(&["case", "acknowledge", &ca, "--on", "2026-11-29"]));
    book.now = "2026-12-17T10:00:00Z".into();
    let out = ok(book.run(&["next"])) + &ok(book.run(&["case", "show", &ca]));
    assert!(out.contains("overdue by 1 day:"), "{out}");
    assert!(!out.contains(" 1 days"), "{out}");
}

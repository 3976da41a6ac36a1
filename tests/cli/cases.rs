//! The case register: logging, listing, showing, updating, closing, the CSV
//! register, the audit chain, and bad input.

use crate::harness::{Book, local_only};

#[test]
fn a_case_is_logged_and_shown_with_the_contracted_fields() {
    let book = Book::new();
    let case = book.json(&[
        "case",
        "new",
        "--requester-name",
        "Jürgen Müller",
        "--requester-email",
        "jm@example.de",
        "--channel",
        "letter",
        "--received",
        "2026-11-02",
        "--right",
        "erasure",
        "--right",
        "withdraw-consent",
        "--regime",
        "eu-gdpr",
        "--location",
        "DE-BY",
        "--customer-id",
        "K-4711",
        "--subject-category",
        "customer",
    ]);
    assert_eq!(case["reference"], "CB-2026-0001");
    let shown = book.json(&["case", "show", "CB-2026-0001"]);
    assert_eq!(shown["reference"], "CB-2026-0001");
    assert_eq!(shown["status"], "received");
    assert_eq!(shown["rights"], serde_json::json!(["erasure", "withdraw-consent"]));
    assert_eq!(shown["regime"], "eu-gdpr");
    assert_eq!(shown["location"], "DE-BY");
    assert_eq!(shown["received"], "2026-11-02");
    assert_eq!(shown["channel"], "letter");
    assert_eq!(shown["requester"]["name"], "Jürgen Müller");
    assert_eq!(shown["requester"]["emails"][0], "jm@example.de");
    assert_eq!(shown["requester"]["customer_ids"][0], "K-4711");
    // 2 Dec 2026 is a Wednesday and no Bavarian holiday.
    assert_eq!(shown["due"], "2026-12-02");
    assert_eq!(shown["days_left"], 3);
    assert_eq!(shown["deadlines"]["clock"], "running");
    assert!(shown["deadlines"]["steps"].as_array().unwrap().len() >= 3);

    // Without --json the reference alone is printed, for scripts that capture it.
    let r = book.run(&[
        "case",
        "new",
        "--requester-name",
        "Ada",
        "--channel",
        "phone",
        "--received",
        "2026-11-03",
        "--right",
        "access",
    ]);
    assert_eq!(r.stdout.trim(), "CB-2026-0002");
}

#[test]
fn defaults_come_from_the_organisation_profile() {
    let book = Book::empty();
    book.run(&[
        "init",
        "--name",
        "Beispiel GmbH",
        "--regime",
        "eu-gdpr",
        "--location",
        "DE-BE",
        "--time-zone",
        "Europe/Berlin",
    ]);
    let reference = book.new_case("Erika Mustermann", "erika@example.de", "2026-11-20", &[]);
    let shown = book.json(&["case", "show", &reference]);
    assert_eq!((shown["regime"].as_str(), shown["location"].as_str()), (Some("eu-gdpr"), Some("DE-BE")));
}

#[test]
fn lists_filter_search_and_sort() {
    let book = Book::new();
    book.new_case("Jürgen Müller", "jm@example.de", "2026-10-01", &["--right", "erasure"]);
    book.new_case("Ada Lovelace", "ada@example.org", "2026-11-01", &[]);
    book.new_case(
        "Grace Hopper",
        "grace@example.com",
        "2026-11-20",
        &["--right", "portability", "--regime", "ccpa", "--location", "US-CA"],
    );
    book.run(&["note", "add", "CB-2026-0002", "Sent the passport request by post"]);

    let refs = |args: &[&str]| -> Vec<String> {
        let mut all = vec!["case", "list"];
        all.extend_from_slice(args);
        book.json(&all).as_array().unwrap().iter().map(|c| c["reference"].as_str().unwrap().to_string()).collect()
    };
    assert_eq!(refs(&[]), ["CB-2026-0003", "CB-2026-0002", "CB-2026-0001"]);
    assert_eq!(refs(&["--sort", "reference"]), ["CB-2026-0001", "CB-2026-0002", "CB-2026-0003"]);
    assert_eq!(refs(&["--sort", "due"]), ["CB-2026-0001", "CB-2026-0002", "CB-2026-0003"]);
    assert_eq!(refs(&["--search", "muller"]), ["CB-2026-0001"]);
    assert_eq!(refs(&["--search", "passport"]), ["CB-2026-0002"]);
    assert_eq!(refs(&["--search", "grace@example.com"]), ["CB-2026-0003"]);
    assert_eq!(refs(&["--search", "CB-2026-0002"]), ["CB-2026-0002"]);
    assert_eq!(refs(&["--right", "erasure"]), ["CB-2026-0001"]);
    assert_eq!(refs(&["--regime", "ccpa"]), ["CB-2026-0003"]);
    assert_eq!(
        refs(&["--channel", "email", "--received-from", "2026-11-01", "--received-to", "2026-11-19"]),
        ["CB-2026-0002"]
    );
    assert_eq!(refs(&["--status", "received", "--limit", "1", "--offset", "1"]), ["CB-2026-0002"]);
    assert!(refs(&["--search", "nobody"]).is_empty());

    // Overdue first, then the cases due within the window. The first was due
    // on Sun 1 Nov, rolled to Mon 2 Nov: 27 days before 29 Nov.
    let due = book.json(&["case", "due", "--within", "7d"]);
    let due: Vec<_> = due
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (c["reference"].as_str().unwrap(), c["days_left"].as_i64().unwrap()))
        .collect();
    assert_eq!(due, [("CB-2026-0001", -27), ("CB-2026-0002", 2)]);
}

#[test]
fn the_register_exports_as_csv() {
    let book = Book::new();
    book.new_case("=HYPERLINK(\"x\")", "a@example.org", "2026-11-01", &[]);
    book.new_case("O'Brien, Siobhán", "s@example.ie", "2026-11-02", &["--right", "erasure", "--right", "objection"]);
    let r = book.run(&["case", "list", "--csv", "--sort", "reference"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let lines: Vec<_> = r.stdout.lines().collect();
    assert_eq!(
        lines[0],
        "reference,received,requester,rights,regime,location,channel,status,due,days_left,outcome,closed_on"
    );
    assert_eq!(
        lines[1],
        "CB-2026-0001,2026-11-01,\"'=HYPERLINK(\"\"x\"\")\",access,uk-gdpr,GB-ENG,email,received,2026-12-01,2,,"
    );
    assert_eq!(
        lines[2],
        "CB-2026-0002,2026-11-02,\"O'Brien, Siobhán\",erasure objection,uk-gdpr,GB-ENG,email,received,2026-12-02,3,,"
    );
    assert_eq!(lines.len(), 3);
}

#[test]
fn updates_follow_the_workflow_and_recompute_the_due_date() {
    let book = Book::new();
    let r = book.new_case("Ada", "ada@example.org", "2026-11-02", &[]);
    let c = book.json(&["case", "update", &r, "--status", "in-progress", "--requester-phone", "+44 20 7946 0000"]);
    assert_eq!(
        (c["status"].as_str(), c["requester"]["phone"].as_str()),
        (Some("in-progress"), Some("+44 20 7946 0000"))
    );
    // Moving the case to Scotland: 30 Nov 2026 is St Andrew's Day (a Monday).
    let c = book.json(&["case", "update", &r, "--received", "2026-10-30", "--location", "GB-SCT"]);
    assert_eq!(c["due"], "2026-12-01");
    book.run(&["case", "update", &r, "--location", "GB-ENG"]);
    let c = book.json(&["case", "show", &r]);
    assert_eq!(c["due"], "2026-11-30");

    book.run(&["case", "update", &r, "--status", "received"]).fails_with("cannot go from 'in-progress' to 'received'");
    book.run(&["case", "update", &r, "--status", "response-sent"]).fails_with("use `case respond`");
    book.run(&["case", "close", &r, "--outcome", "fulfilled"]).fails_with("needs the response recorded first");
    book.json(&["case", "respond", &r, "--channel", "email", "--what", "copy of the data"]);
    let closed = book.json(&["case", "close", &r, "--outcome", "fulfilled"]);
    assert_eq!(
        (closed["status"].as_str(), closed["outcome"].as_str(), closed["closed_on"].as_str()),
        (Some("closed"), Some("fulfilled"), Some("2026-11-29"))
    );
    assert!(closed["days_left"].is_null());
    book.run(&["case", "close", &r, "--outcome", "fulfilled"]).fails_with("already closed");
    book.run(&["case", "update", &r, "--requester-name", "Eve"]).fails_with("is closed");
}

#[test]
fn every_change_is_in_the_audit_chain_and_tampering_is_named() {
    let book = Book::new();
    let r = book.new_case("Ada", "ada@example.org", "2026-11-02", &[]);
    book.run(&["note", "add", &r, "first note"]);
    book.run(&["case", "update", &r, "--status", "in-progress"]);
    let report = book.json(&["audit", "verify"]);
    // init (organisation), case created, note, update
    assert_eq!(report["entries"], 4);
    assert!(report["first_broken"].is_null());

    book.sql("UPDATE audit_log SET actor = 'mallory' WHERE id = 3");
    let r = book.run(&["audit", "verify"]);
    assert_eq!(r.code, 1);
    assert!(r.stdout.contains("entry 3 was altered"), "{}", r.stdout);
}

/// Edits the database behind Casebook's back, as someone covering their
/// tracks would, with the sqlite3 shell (installed by scripts/setup.sh).
#[test]
fn bad_input_gets_a_one_line_error_and_leaves_the_database_unchanged() {
    let book = Book::new();
    book.new_case("Ada", "ada@example.org", "2026-11-02", &[]);
    let before = book.stored();
    let base = ["case", "new", "--requester-name", "X", "--channel", "email"];
    let table: &[(&[&str], &str)] = &[
        (&["--received", "2026-02-30", "--right", "access"], "invalid date '2026-02-30': no such day (--received)"),
        (&["--received", "29/11/2026", "--right", "access"], "expected YYYY-MM-DD"),
        (&["--received", "2026-12-25", "--right", "access"], "is in the future"),
        (&["--received", "2026-11-02", "--right", "delete"], "unknown right 'delete'"),
        (&["--received", "2026-11-02", "--right", "access", "--right", "access"], "right 'access' is listed twice"),
        (&["--received", "2026-11-02", "--right", "access", "--regime", "gdpr"], "unknown regime 'gdpr'"),
        (&["--received", "2026-11-02", "--right", "access", "--location", "ZZ"], "unknown location 'ZZ'"),
        (
            &["--received", "2026-11-02", "--right", "access", "--regime", "eu-gdpr", "--location", "US-CA"],
            "eu-gdpr cannot use location 'US-CA'",
        ),
        (
            &["--received", "2026-11-02", "--right", "access", "--requester-email", "not-an-email"],
            "invalid email address 'not-an-email'",
        ),
    ];
    for (extra, needle) in table {
        let mut args = base.to_vec();
        args.extend_from_slice(extra);
        book.run(&args).fails_with(needle);
    }
    book.run(&["case", "list", "--status", "lost"]).fails_with("unknown status 'lost'");
    book.run(&["case", "show", "CB-2026-0099"]).fails_with("case 'CB-2026-0099' not found");
    book.run(&["case", "show", "CB-26-1"]).fails_with("invalid case reference 'CB-26-1'");
    book.run(&["case", "update", "CB-2026-0001", "--status", "closed"]).fails_with("use `case close`");
    book.run(&["case", "update", "CB-2026-0001", "--status", "awaiting-identity"]).fails_with("use `identity request`");
    book.run(&["case", "close", "CB-2026-0001", "--outcome", "done"]).fails_with("unknown outcome 'done'");
    book.run(&["note", "add", "CB-2026-0001", "   "]).fails_with("the note is empty");
    assert!(book.stored() == before, "a refused command changed the database");
    assert_eq!(book.json(&["audit", "verify"])["entries"], 2);
}

#[test]
fn files_that_are_not_a_casebook_database_are_refused_untouched() {
    if local_only("what a local register's path may hold") {
        return;
    }
    let book = Book::empty();
    book.run(&["case", "list"]).fails_with("no database at");
    assert!(!book.db.exists(), "a read command created a database");

    std::fs::write(&book.db, "name,email\nAda,ada@example.org\n".repeat(100)).unwrap();
    let before = book.stored();
    book.run(&["case", "list"]).fails_with("is not a Casebook database");
    assert_eq!(book.stored(), before);

    let newer = Book::new();
    newer.sql("PRAGMA user_version = 99");
    newer.run(&["case", "list"]).fails_with("is from a newer Casebook (made by Casebook");
    newer.run(&["case", "list"]).fails_with("schema 99); this is Casebook");
}

#[test]
fn init_is_idempotent_and_updates_only_what_is_given() {
    let book = Book::new();
    let org = book.json(&["init", "--address", "1 High Street\\nLondon"]);
    assert_eq!(org["organisation"]["name"], "Acme Ltd");
    assert_eq!(org["organisation"]["postal_address"], "1 High Street\nLondon");
    book.run(&["init", "--time-zone", "Mars/Olympus"]).fails_with("unknown time zone 'Mars/Olympus'");
}

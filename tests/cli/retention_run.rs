//! Retention of closed cases (issue 9): `casebook retention run [--dry-run]`
//! deletes the closed cases whose period after closure has passed, with their
//! documents, correspondence and notes, leaving an audit tombstone; the audit
//! chain still verifies and none of the case's personal data stays on disk.

use serde_json::Value;

use crate::harness::Book;

fn contains(stored: &[u8], needle: &str) -> bool {
    crate::harness::holds(stored, needle.as_bytes())
}

/// An email from `name` asking for access, with a note-worthy body and a
/// text attachment, imported as a new case; returns its reference.
fn import_request(book: &Book, dir: &std::path::Path, file: &str, name: &str, body: &str, attachment: &str) -> String {
    let eml = format!(
        "From: {name} <{file}@example.org>\r\nTo: dpo@acme.example\r\nSubject: Subject access request\r\n\
         Date: Mon, 2 Mar 2026 10:14:55 +0000\r\nMessage-ID: <{file}@example.org>\r\nMIME-Version: 1.0\r\n\
         Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n\
         Please send me a copy of all personal data you hold about me. {body}\r\n--b1\r\n\
         Content-Type: text/plain; name=\"notes.txt\"\r\nContent-Disposition: attachment; filename=\"notes.txt\"\r\n\r\n\
         {attachment}\r\n--b1--\r\n"
    );
    let path = dir.join(format!("{file}.eml"));
    std::fs::write(&path, eml).unwrap();
    let out = book.json(&["import", path.to_str().unwrap()]);
    assert_eq!(out[0]["outcome"], "created", "{out}");
    out[0]["reference"].as_str().unwrap().to_string()
}

fn references(v: &Value) -> Vec<&str> {
    v["cases"]["due"].as_array().unwrap().iter().map(|c| c["reference"].as_str().unwrap()).collect()
}

#[test]
fn closed_cases_past_retention_are_deleted_leaving_a_tombstone_and_no_personal_data() {
    let mut book = Book::new();
    let dir = tempfile::tempdir().unwrap();
    book.now = "2026-03-03T09:00:00Z".into();
    // The same attachment in two cases: its bytes must stay while one still uses them.
    let old = import_request(&book, dir.path(), "old", "Zebulon Quaxley", "BODY-7f3a-OLD", "SHARED-ATTACHMENT-91c2");
    let kept =
        import_request(&book, dir.path(), "kept", "Philippa Nantwich", "BODY-7f3a-KEPT", "SHARED-ATTACHMENT-91c2");
    let open = import_request(&book, dir.path(), "open", "Ottoline Brackwater", "BODY-7f3a-OPEN", "OPEN-ATTACHMENT");
    book.json(&["note", "add", &old, "NOTE-7f3a-OLD called back"]);
    for r in [&old, &kept] {
        book.json(&["case", "respond", r, "--channel", "email", "--what", "copy of the data"]);
    }
    book.json(&["case", "close", &old, "--outcome", "fulfilled", "--on", "2026-03-10"]);
    book.json(&["case", "close", &kept, "--outcome", "fulfilled", "--on", "2026-03-20"]);
    let spam = book.new_case("Mallory Spam", "spam@example.org", "2026-03-01", &[]);
    book.json(&["case", "close", &spam, "--outcome", "not-a-request", "--on", "2026-03-02"]);

    // Defaults: two years for a fulfilled request, six months for a non-request.
    book.now = "2028-03-15T09:00:00Z".into();
    let before = book.stored();
    let dry = book.json(&["retention", "run", "--dry-run"]);
    assert_eq!(references(&dry), [spam.as_str(), old.as_str()]);
    assert_eq!(dry["cases"]["due"][1]["delete_on"], "2028-03-10");
    assert_eq!(dry["cases"]["due"][0]["delete_on"], "2026-09-02");
    assert_eq!((dry["cases"]["kept"].as_i64(), dry["cases"]["next_due"].as_str()), (Some(1), Some("2028-03-20")));
    let text = book.run(&["retention", "run", "--dry-run"]);
    assert!(
        text.stdout.contains(&format!(
            "due for deletion: case {old} (closed on 2026-03-10, outcome fulfilled, kept 2 years after closure: due on 2028-03-10)"
        )),
        "{}",
        text.stdout
    );
    assert_eq!(book.stored(), before, "a dry run changes nothing");
    assert!(
        contains(&before, "Zebulon Quaxley")
            && contains(&before, "NOTE-7f3a-OLD")
            && contains(&before, "BODY-7f3a-OLD")
    );

    let run = book.json(&["retention", "run"]);
    assert_eq!(references(&run), [spam.as_str(), old.as_str()]);
    book.run(&["case", "show", &old]).fails_with(&format!("case '{old}' not found"));
    book.run(&["case", "show", &spam]).fails_with("not found");
    assert_eq!(book.json(&["case", "show", &kept])["status"], "closed");
    assert_eq!(book.json(&["case", "show", &open])["documents"].as_array().unwrap().len(), 2);
    assert!(book.json(&["case", "list", "--search", "quaxley"]).as_array().unwrap().is_empty());
    let audit = book.json(&["audit", "verify"]);
    assert!(audit["first_broken"].is_null(), "{audit}");

    let disk = book.stored();
    for gone in
        ["Zebulon Quaxley", "old@example.org", "BODY-7f3a-OLD", "NOTE-7f3a-OLD", "Mallory Spam", "spam@example.org"]
    {
        assert!(!contains(&disk, gone), "'{gone}' is still on disk after the case was deleted");
    }
    for stays in ["SHARED-ATTACHMENT-91c2", "Philippa Nantwich", "Ottoline Brackwater", "case.deleted", old.as_str()] {
        assert!(contains(&disk, stays), "'{stays}' should still be on disk");
    }

    // Nothing is due twice; the next closure is due on its own date.
    assert!(references(&book.json(&["retention", "run"])).is_empty());
    book.now = "2028-03-20T09:00:00Z".into();
    assert_eq!(references(&book.json(&["retention", "run"])), [kept.as_str()]);
    assert!(!contains(&book.stored(), "SHARED-ATTACHMENT-91c2"), "the last case using the bytes is gone");
    assert!(book.json(&["audit", "verify"])["first_broken"].is_null());
}

#[test]
fn the_period_after_closure_is_set_per_outcome_and_bad_periods_are_refused() {
    let mut book = Book::new();
    let r = book.new_case("Ada", "ada@example.org", "2026-01-05", &[]);
    book.json(&["case", "refuse", &r, "--reason", "exemption", "--text", "legal privilege", "--on", "2026-01-30"]);
    book.json(&["case", "close", &r, "--outcome", "refused", "--on", "2026-01-31"]);
    book.now = "2026-11-29T10:00:00Z".into();
    assert!(references(&book.json(&["retention", "run", "--dry-run"])).is_empty());

    let policy = book.json(&["retention", "set", "--after-closure", "refused=9m"]);
    assert_eq!(policy["after_closure_months"]["refused"], 9);
    assert_eq!(policy["after_closure_months"]["fulfilled"], 24, "the others keep their period");
    assert_eq!(policy["identity_document_days"], 30);
    let dry = book.json(&["retention", "run", "--dry-run"]);
    assert_eq!(references(&dry), [r.as_str()]);
    assert_eq!(dry["cases"]["due"][0]["delete_on"], "2026-10-31", "31 January + 9 months");

    let before = book.stored();
    book.run(&["retention", "set", "--after-closure", "refused=0m"])
        .fails_with("invalid --after-closure 'refused=0m': invalid period '0m'");
    book.run(&["retention", "set", "--after-closure", "refused=2 weeks"]).fails_with("invalid period '2 weeks'");
    book.run(&["retention", "set", "--after-closure", "gone=2y"]).fails_with("unknown outcome 'gone'");
    book.run(&["retention", "set", "--after-closure", "refused"]).fails_with("expected OUTCOME=PERIOD");
    book.run(&["retention", "set"]).fails_with("nothing to set");
    assert_eq!(book.stored(), before, "a refused setting leaves the database as it was");

    let text = book.run(&["retention", "set", "--after-closure", "refused=3y"]);
    assert!(
        text.stdout.contains("Closed cases with outcome refused are kept 3 years after closure."),
        "{}",
        text.stdout
    );
    assert!(references(&book.json(&["retention", "run"])).is_empty());
    assert_eq!(book.json(&["case", "show", &r])["outcome"], "refused");
}

//! Issue #18, item 6: someone with the register file edits it behind
//! Casebook's back with SQLite, and `casebook audit verify` must name what
//! changed and exit non-zero (and `case evidence` must not call the chain
//! intact over it).

use crate::harness::{Book, Run};

/// A register with two cases, an acknowledgement (an event) and two notes each.
fn worked_register() -> (Book, String, String) {
    let book = Book::new();
    let a = book.new_case("Ada Lovelace", "ada@example.org", "2026-11-02", &[]);
    let b = book.new_case("Bob Brown", "bob@example.org", "2026-11-05", &[]);
    for r in [&a, &b] {
        let run = book.run(&["case", "acknowledge", r, "--on", "2026-11-06", "--channel", "email"]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        for text in ["Called the requester", "Searched the CRM"] {
            let run = book.run(&["note", "add", r, text]);
            assert_eq!(run.code, 0, "{}", run.stderr);
        }
    }
    let ok = book.run(&["audit", "verify"]);
    assert_eq!(ok.code, 0, "an untouched register verifies: {}", ok.stdout);
    assert!(ok.stdout.contains("Audit log intact"), "{}", ok.stdout);
    assert!(ok.stdout.contains("checked against the log: 2 case(s)"), "{}", ok.stdout);
    (book, a, b)
}

/// Runs SQL on the file as an attacker would: straight through SQLite.
fn tamper(book: &Book, sql: &str) {
    let conn = rusqlite::Connection::open(&book.db).unwrap();
    conn.execute_batch(sql).unwrap();
}

fn case_id(book: &Book, reference: &str) -> i64 {
    let conn = rusqlite::Connection::open(&book.db).unwrap();
    conn.query_row("SELECT id FROM cases WHERE reference = ?1", [reference], |r| r.get(0)).unwrap()
}

/// `audit verify` exits non-zero and its report names every needle.
fn verify_fails_naming(book: &Book, needles: &[&str]) -> Run {
    let run = book.run(&["audit", "verify"]);
    assert_ne!(run.code, 0, "verify passed over the tampering: {}", run.stdout);
    assert!(run.stdout.contains("BROKEN"), "{}", run.stdout);
    for needle in needles {
        assert!(run.stdout.contains(needle), "the report lacks {needle:?}: {}", run.stdout);
    }
    run
}

#[test]
fn an_edited_date_of_receipt_is_named() {
    let (book, a, _) = worked_register();
    tamper(&book, &format!("UPDATE cases SET received = '2026-11-20' WHERE reference = '{a}'"));
    verify_fails_naming(&book, &[&a, "cases.received", "without an audit entry"]);
}

#[test]
fn an_edited_event_date_is_named_and_the_evidence_pack_does_not_call_the_chain_intact() {
    let (book, a, _) = worked_register();
    let id = case_id(&book, &a);
    tamper(&book, &format!("UPDATE case_events SET on_date = '2026-11-25' WHERE case_id = {id}"));
    verify_fails_naming(&book, &[&a, "case_events.on_date"]);
    let out = book.db.parent().unwrap().join("pack.pdf");
    let run = book.run(&["case", "evidence", &a, "--out", out.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!run.stdout.contains("audit chain intact"), "{}", run.stdout);
    assert!(run.stdout.contains("AUDIT CHAIN BROKEN"), "{}", run.stdout);
}

#[test]
fn an_edited_requester_name_is_named() {
    let (book, _, b) = worked_register();
    tamper(&book, &format!("UPDATE cases SET requester_name = 'Someone Else' WHERE reference = '{b}'"));
    verify_fails_naming(&book, &[&b, "cases.requester_name"]);
}

#[test]
fn a_deleted_note_is_named() {
    let (book, a, _) = worked_register();
    let id = case_id(&book, &a);
    let note: i64 = rusqlite::Connection::open(&book.db)
        .unwrap()
        .query_row("SELECT min(id) FROM notes WHERE case_id = ?1", [id], |r| r.get(0))
        .unwrap();
    tamper(&book, &format!("DELETE FROM notes WHERE id = {note}"));
    verify_fails_naming(&book, &[&a, &format!("notes row {note} was removed without an audit entry")]);
}

#[test]
fn an_edited_or_added_note_is_named() {
    let (book, a, b) = worked_register();
    let (ia, ib) = (case_id(&book, &a), case_id(&book, &b));
    tamper(
        &book,
        &format!(
            "UPDATE notes SET text = 'Nothing to search' WHERE case_id = {ia};
             INSERT INTO notes (case_id, at, author, text) VALUES ({ib}, '2026-11-07T10:00:00Z', 'x', 'backdated');"
        ),
    );
    verify_fails_naming(&book, &[&format!("{a}: notes.text of row"), &format!("{b}: notes row"), "was added"]);
}

#[test]
fn the_whole_log_and_its_head_deleted_is_not_intact() {
    let (book, a, b) = worked_register();
    tamper(&book, "DELETE FROM audit_log; DELETE FROM settings WHERE key = 'audit_head';");
    let run = verify_fails_naming(&book, &[&a, &b, "has no audit entry"]);
    assert!(!run.stdout.contains("intact"), "{}", run.stdout);
}

#[test]
fn a_changed_reference_in_the_log_or_the_register_is_named() {
    let (book, a, _) = worked_register();
    let id = case_id(&book, &a);
    // The entry's own reference column: covered by the entry's hash.
    tamper(
        &book,
        &format!("UPDATE audit_log SET reference = 'CB-2026-0099' WHERE case_id = {id} AND action = 'note.added'"),
    );
    verify_fails_naming(&book, &["was altered"]);

    let (book, a, _) = worked_register();
    tamper(&book, &format!("UPDATE cases SET reference = 'CB-2026-0099' WHERE reference = '{a}'"));
    verify_fails_naming(&book, &["CB-2026-0099: cases.reference differs from the audit log, which names it", &a]);
}

#[test]
fn a_case_removed_without_an_entry_is_named() {
    let (book, a, _) = worked_register();
    tamper(&book, &format!("PRAGMA foreign_keys = ON; DELETE FROM cases WHERE reference = '{a}'"));
    verify_fails_naming(&book, &[&a, "removed from the register without an audit entry"]);
}

#[test]
fn a_changed_stored_file_is_named() {
    let book = Book::new();
    let eml = book.db.parent().unwrap().join("request.eml");
    std::fs::write(
        &eml,
        "From: Ada <ada@example.org>\r\nTo: dpo@acme.example\r\nSubject: Subject access request\r\n\
         Message-ID: <1@example.org>\r\nDate: Mon, 2 Nov 2026 09:00:00 +0000\r\n\r\n\
         Please send me a copy of all personal data you hold about me.\r\n",
    )
    .unwrap();
    let run = book.run(&["import", eml.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(book.run(&["audit", "verify"]).code, 0);
    tamper(&book, "UPDATE documents SET bytes = CAST('forged' AS BLOB)");
    verify_fails_naming(&book, &["stored file", "no longer match its SHA-256"]);
}

#[test]
fn changes_made_through_casebook_keep_the_register_verified() {
    let (book, a, _) = worked_register();
    for args in [
        vec!["case", "received", &a, "--on", "2026-11-03", "--reason", "the letter was date-stamped on the 3rd"],
        vec!["identity", "request", &a, "--on", "2026-11-07", "--what", "a recent utility bill"],
        vec!["identity", "received", &a, "--on", "2026-11-09"],
    ] {
        let run = book.run(&args);
        assert_eq!(run.code, 0, "{args:?}: {}", run.stderr);
    }
    let run = book.run(&["audit", "verify"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
}

/// Files made from the register, each carrying the chain's head: a letter, an
/// evidence pack, a package and a backup.
fn anchors(book: &Book, r: &str) -> Vec<String> {
    let dir = book.db.parent().unwrap();
    let (letter, pack, package, backup) =
        (dir.join("ack.pdf"), dir.join("pack.pdf"), dir.join("package.zip"), dir.join("backup.db"));
    for args in [
        vec!["letter", "make", r, "--kind", "acknowledgement", "--out", letter.to_str().unwrap()],
        vec!["package", "export", r, "--out", package.to_str().unwrap()],
        vec!["case", "evidence", r, "--out", pack.to_str().unwrap()],
        vec!["backup", "--out", backup.to_str().unwrap()],
    ] {
        let run = book.run(&args);
        assert_eq!(run.code, 0, "{args:?}: {}", run.stderr);
    }
    [letter, pack, package, backup].iter().map(|p| p.to_str().unwrap().to_string()).collect()
}

#[test]
fn a_rewritten_chain_is_caught_by_the_heads_the_files_made_earlier_carry() {
    let book = Book::new();
    let r = crate::package::case_with_data(&book, &[]);
    let files = anchors(&book, &r);
    let run = book.run(&["note", "add", &r, "after the files were made"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let mut args = vec!["audit", "verify", "--against"];
    args.extend(files.iter().map(String::as_str));
    let run = book.run(&args);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert_eq!(run.stdout.matches("its head is in the chain").count(), 4, "{}", run.stdout);

    // The attacker builds a whole new, self-consistent register in which the
    // request arrived later, and puts it in place of the real one.
    let forged = Book::new();
    let f = forged.new_case("Ada Lovelace", "ada@example.org", "2026-11-09", &["--customer-id", "C-1001"]);
    assert_eq!(f, r);
    for ext in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{ext}", book.db.display()));
    }
    std::fs::copy(&forged.db, &book.db).unwrap();
    let alone = book.run(&["audit", "verify"]);
    assert_eq!(alone.code, 0, "on its own a rewritten chain verifies: {}", alone.stdout);
    assert!(alone.stdout.contains("plain SHA-256"), "{}", alone.stdout);

    let run = book.run(&args);
    assert_ne!(run.code, 0, "{}", run.stdout);
    for file in &files {
        let line = run.stdout.lines().find(|l| l.contains(file.as_str())).unwrap_or_default();
        assert!(line.contains("chain:") || line.contains("this chain"), "{file}: {}", run.stdout);
        assert!(!line.contains("its head is in the chain"), "{file}: {}", run.stdout);
    }
}

#[test]
fn a_file_without_a_head_is_named() {
    let book = Book::new();
    let stray = book.db.parent().unwrap().join("notes.txt");
    std::fs::write(&stray, "nothing to see").unwrap();
    let run = book.run(&["audit", "verify", "--against", stray.to_str().unwrap()]);
    assert_ne!(run.code, 0, "{}", run.stdout);
    assert!(run.stdout.contains("notes.txt: carries no audit chain head"), "{}", run.stdout);
}

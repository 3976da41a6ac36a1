//! Issue #18, item 6: someone with the register file edits it behind
//! Casebook's back with SQLite, and `casebook audit verify` must name what
//! changed and exit non-zero (and `case evidence` must not call the chain
//! intact over it).
//!
//! On a team register (`make test-team`) the same edits are made as the
//! server's owner, through psql; what only a file has (its passphrase, its
//! keyed chain, its head kept among its settings) is checked locally only.

use crate::harness::{Book, Run, local_only, on_team};

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

/// Runs SQL on the register as an attacker would: straight through SQLite,
/// or as the team server's owner.
fn tamper(book: &Book, sql: &str) {
    book.sql(sql);
}

fn case_id(book: &Book, reference: &str) -> i64 {
    book.sql(&format!("SELECT id FROM cases WHERE reference = '{reference}'")).parse().unwrap()
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
    let out = book.dir.join("pack.pdf");
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
    let note: i64 = book.sql(&format!("SELECT min(id) FROM notes WHERE case_id = {id}")).parse().unwrap();
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
    if local_only("a file keeps its chain's head among its settings") {
        return;
    }
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
    let cascade = if on_team() { "" } else { "PRAGMA foreign_keys = ON; " };
    tamper(&book, &format!("{cascade}DELETE FROM cases WHERE reference = '{a}'"));
    verify_fails_naming(&book, &[&a, "removed from the register without an audit entry"]);
}

#[test]
fn a_changed_stored_file_is_named() {
    let book = Book::new();
    let eml = book.dir.join("request.eml");
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
    tamper(
        &book,
        if on_team() {
            "UPDATE documents SET bytes = 'forged'::bytea"
        } else {
            "UPDATE documents SET bytes = CAST('forged' AS BLOB)"
        },
    );
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
    let dir = book.dir.as_path();
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
    if local_only("a local backup file's head, and a second register forged beside the first") {
        return;
    }
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
    let stray = book.dir.join("notes.txt");
    std::fs::write(&stray, "nothing to see").unwrap();
    let run = book.run(&["audit", "verify", "--against", stray.to_str().unwrap()]);
    assert_ne!(run.code, 0, "{}", run.stdout);
    assert!(run.stdout.contains("notes.txt: carries no audit chain head"), "{}", run.stdout);
}

// An encrypted register's chain is keyed: HMAC-SHA-256 under a key the
// passphrase unwraps. Someone with a decrypted copy (or the file and
// SQLCipher's page key) can edit rows and recompute every plain SHA-256 hash;
// they cannot compute the keyed ones.

const PASS: &str = "correct horse battery staple";

/// `casebook --db DB ARGS` with `CASEBOOK_PASSPHRASE` (and a new one) set, or none.
fn run_at(book: &Book, db: &std::path::Path, env: &[(&str, &str)], args: &[&str]) -> Run {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_casebook"))
        .args(["--db", db.to_str().unwrap()])
        .args(args)
        .env("CASEBOOK_NOW", &book.now)
        .env("USER", "test-dpo")
        .env_remove("CASEBOOK_DB")
        .env_remove("CASEBOOK_PASSPHRASE")
        .env_remove("CASEBOOK_NEW_PASSPHRASE")
        .envs(env.iter().copied())
        .stdin(std::process::Stdio::null())
        .output()
        .expect("casebook runs");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn pass(p: &str) -> [(&'static str, &str); 1] {
    [("CASEBOOK_PASSPHRASE", p)]
}

/// `worked_register`, encrypted from its creation.
fn encrypted_worked_register() -> (Book, String) {
    let book = Book::empty();
    let run = |args: &[&str]| {
        let r = run_at(&book, &book.db, &pass(PASS), args);
        assert_eq!(r.code, 0, "{args:?}: {}", r.stderr);
        r
    };
    run(&["init", "--name", "Acme Ltd", "--dpo-email", "dpo@acme.example"]);
    let r = run(&[
        "--json",
        "case",
        "new",
        "--requester-name",
        "Ada Lovelace",
        "--requester-email",
        "ada@example.org",
        "--received",
        "2026-11-02",
        "--channel",
        "email",
        "--right",
        "access",
    ]);
    let a = serde_json::from_str::<serde_json::Value>(&r.stdout).unwrap()["reference"].as_str().unwrap().to_string();
    run(&["case", "acknowledge", &a, "--on", "2026-11-06", "--channel", "email"]);
    run(&["note", "add", &a, "Called the requester"]);
    let ok = run(&["audit", "verify"]);
    assert!(ok.stdout.contains("HMAC-SHA-256") && ok.stdout.contains("rewriting the chain needs the passphrase"));
    (book, a)
}

/// The encrypted file opened as an attacker holding the key would, straight through SQLCipher.
fn decrypted(path: &std::path::Path) -> rusqlite::Connection {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.pragma_update(None, "key", PASS).unwrap();
    conn
}

/// How the attacker labels the entries they recompute.
#[derive(Debug, Clone, Copy)]
enum Forgery {
    /// Each entry keeps its format number; its hash becomes plain SHA-256.
    KeepFormat,
    /// Every entry becomes a plain format-3 one.
    AsFormat3,
    /// Plain format 3, and the chain's key record deleted too.
    AsFormat3WithoutKeyRecord,
}

/// Backdates the first note's entry, then recomputes every entry's hash with
/// plain SHA-256 over the fields Casebook hashes (format 3's layout), links
/// each to the one before, and writes the head to match: a rewrite that a
/// plain register cannot tell from the real thing.
fn backdate_and_rewrite_chain(conn: &rusqlite::Connection, forgery: Forgery) {
    use sha2::{Digest, Sha256};
    conn.execute_batch(
        "UPDATE audit_log SET at = '2026-11-02T08:00:00.000000Z'
         WHERE id = (SELECT min(id) FROM audit_log WHERE action = 'note.added')",
    )
    .unwrap();
    type Row = (i64, String, String, Option<i64>, Option<String>, String, [Option<String>; 3], i64);
    let rows: Vec<Row> = {
        let mut stmt = conn
            .prepare(
                "SELECT id, at, actor, case_id, reference, action, before_sha256, after_sha256, state_sha256, format
                 FROM audit_log ORDER BY id",
            )
            .unwrap();
        stmt.query_map([], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
                [r.get(6)?, r.get(7)?, r.get(8)?],
                r.get(9)?,
            ))
        })
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
    };
    let mut prev = "0".repeat(64);
    for (id, at, actor, case_id, reference, action, digests, format) in &rows {
        let format = match forgery {
            Forgery::KeepFormat => *format,
            Forgery::AsFormat3 | Forgery::AsFormat3WithoutKeyRecord => 3,
        };
        let (format_text, id_text, case) = (format.to_string(), id.to_string(), case_id.map(|c| c.to_string()));
        let mut fields =
            vec![Some(format_text.as_str()), Some(&prev), Some(&id_text), Some(at), Some(actor), case.as_deref()];
        fields.extend([reference.as_deref(), Some(action.as_str())]);
        fields.extend(digests.iter().map(Option::as_deref));
        let mut h = Sha256::new();
        for field in fields {
            match field {
                None => h.update(u64::MAX.to_le_bytes()),
                Some(f) => {
                    h.update((f.len() as u64).to_le_bytes());
                    h.update(f.as_bytes());
                }
            }
        }
        let hash: String = h.finalize().iter().map(|b| format!("{b:02x}")).collect();
        conn.execute(
            "UPDATE audit_log SET prev_hash = ?1, hash = ?2, format = ?3 WHERE id = ?4",
            rusqlite::params![prev, hash, format, id],
        )
        .unwrap();
        prev = hash;
    }
    let head = serde_json::json!({ "id": rows.len(), "hash": prev }).to_string();
    conn.execute("UPDATE settings SET value = ?1 WHERE key = 'audit_head'", [head]).unwrap();
    if let Forgery::AsFormat3WithoutKeyRecord = forgery {
        conn.execute("DELETE FROM settings WHERE key = 'audit_chain_key'", []).unwrap();
    }
}

#[test]
fn a_decrypted_copy_rewritten_with_plain_sha256_does_not_verify_on_the_encrypted_register() {
    if local_only("an encrypted file's keyed chain") {
        return;
    }
    // The premise: on a plain register this rewrite verifies on its own.
    let (plain, _, _) = worked_register();
    backdate_and_rewrite_chain(&rusqlite::Connection::open(&plain.db).unwrap(), Forgery::KeepFormat);
    let run = plain.run(&["audit", "verify"]);
    assert_eq!(run.code, 0, "the forgery is a whole, consistent rewrite: {}", run.stdout);
    assert!(run.stdout.contains("plain SHA-256: anyone who can write the file"), "{}", run.stdout);

    let (book, _) = encrypted_worked_register();
    let dir = book.dir.as_path();
    for (forgery, needle) in [
        (Forgery::KeepFormat, "entry 1 was altered"),
        (
            Forgery::AsFormat3,
            "entry 1 is plain SHA-256, but this register's chain is keyed by its passphrase from entry 1",
        ),
        (Forgery::AsFormat3WithoutKeyRecord, "the chain of this encrypted register is not keyed by its passphrase"),
    ] {
        let copy = dir.join(format!("{forgery:?}.db"));
        std::fs::copy(&book.db, &copy).unwrap();
        backdate_and_rewrite_chain(&decrypted(&copy), forgery);
        let run = run_at(&book, &copy, &pass(PASS), &["audit", "verify"]);
        assert_ne!(run.code, 0, "{forgery:?} passed: {}", run.stdout);
        assert!(run.stdout.contains("BROKEN") && run.stdout.contains(needle), "{forgery:?}: {}", run.stdout);
    }

    // A plain export of the register (sqlcipher_export) cannot vouch for its chain without the passphrase.
    let export = dir.join("decrypted.db");
    let conn = decrypted(&book.db);
    conn.execute("ATTACH DATABASE ?1 AS plain KEY ''", [export.to_str().unwrap()]).unwrap();
    conn.query_row("SELECT sqlcipher_export('plain')", [], |_| Ok(())).unwrap();
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    conn.execute_batch(&format!("PRAGMA plain.user_version = {version}; DETACH DATABASE plain")).unwrap();
    drop(conn);
    let run = run_at(&book, &export, &[], &["audit", "verify"]);
    assert_ne!(run.code, 0, "{}", run.stdout);
    assert!(run.stdout.contains("this copy is not encrypted"), "{}", run.stdout);
}

#[test]
fn a_passphrase_change_keeps_the_keyed_chain_and_its_backups_verifying() {
    if local_only("an encrypted file's keyed chain") {
        return;
    }
    let (book, a) = encrypted_worked_register();
    let dir = book.dir.as_path();
    let ok = |r: Run| {
        assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
        r
    };
    let before = dir.join("before.db");
    ok(run_at(&book, &book.db, &pass(PASS), &["backup", "--out", before.to_str().unwrap()]));
    let new = "a different passphrase, longer";
    ok(run_at(
        &book,
        &book.db,
        &[("CASEBOOK_PASSPHRASE", PASS), ("CASEBOOK_NEW_PASSPHRASE", new)],
        &["passphrase", "change"],
    ));
    let run = ok(run_at(&book, &book.db, &pass(new), &["audit", "verify"]));
    assert!(run.stdout.contains("rewriting the chain needs the passphrase"), "{}", run.stdout);
    ok(run_at(&book, &book.db, &pass(new), &["note", "add", &a, "After the change"]));
    let report: serde_json::Value =
        serde_json::from_str(&ok(run_at(&book, &book.db, &pass(new), &["--json", "audit", "verify"])).stdout).unwrap();
    assert_eq!((report["first_broken"].is_null(), report["keyed_from"].as_i64()), (true, Some(1)), "{report}");

    // The backup made before verifies with the passphrase it was made with; one made after, with the new one.
    let after = dir.join("after.db");
    ok(run_at(&book, &book.db, &pass(new), &["backup", "--out", after.to_str().unwrap()]));
    for (file, p) in [(&before, PASS), (&after, new)] {
        let run = ok(run_at(&book, &book.db, &pass(p), &["backup", "verify", file.to_str().unwrap()]));
        assert!(
            run.stdout.contains("audit chain: intact") && run.stdout.contains("keyed by the passphrase from entry 1"),
            "{}",
            run.stdout
        );
    }
}

#[test]
fn encrypting_a_plain_register_keys_its_chain_from_the_next_entry() {
    if local_only("an encrypted file's keyed chain") {
        return;
    }
    let (book, a, _) = worked_register();
    let entries = book.json(&["audit", "verify"])["entries"].as_i64().unwrap();
    let run = run_at(&book, &book.db, &pass(PASS), &["encrypt"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let from = entries + 1;
    assert!(run.stdout.contains(&format!("keyed by the passphrase from entry {from} on")), "{}", run.stdout);

    // `encrypt` records itself: entry `from`, the first keyed one. The plain entries before still verify.
    let run = run_at(&book, &book.db, &pass(PASS), &["audit", "verify"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert!(run.stdout.contains(&format!("entries 1 to {entries} plain SHA-256")), "{}", run.stdout);
    assert!(run.stdout.contains(&format!("keyed from entry {from} with HMAC-SHA-256")), "{}", run.stdout);
    assert_eq!(run_at(&book, &book.db, &pass(PASS), &["note", "add", &a, "Encrypted now"]).code, 0);
    assert_eq!(run_at(&book, &book.db, &pass(PASS), &["audit", "verify"]).code, 0);

    // The keyed entries cannot be recomputed with plain SHA-256.
    backdate_and_rewrite_chain(&decrypted(&book.db), Forgery::AsFormat3);
    let run = run_at(&book, &book.db, &pass(PASS), &["audit", "verify"]);
    assert_ne!(run.code, 0, "{}", run.stdout);
    assert!(run.stdout.contains(&format!("entry {from} is plain SHA-256")), "{}", run.stdout);
}

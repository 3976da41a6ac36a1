//! Encryption at rest, re-keying, plain-to-encrypted migration, backups and
//! restores, on real SQLite files.

use std::path::{Path, PathBuf};

use casebook_core::*;
use casebook_store::{
    DatabaseKind, Error, NewDocument, OpenMode, Passphrase, Stamp, Store, database_kind, encrypt_database,
    restore_backup, verify_backup,
};
use chrono::{TimeZone, Utc};

const NAME: &str = "Ottilie Zwirnbach-Quellenhof";
const SCAN: &[u8] = b"PASSPORT SCAN of Ottilie: P<GBRZWIRNBACH<<OTTILIE<<<<<<<<<<<";

fn stamp() -> Stamp<'static> {
    Stamp { at: Utc.with_ymd_and_hms(2026, 11, 29, 9, 0, 0).unwrap(), actor: "dpo" }
}

fn key(s: &str) -> Passphrase {
    Passphrase::new(s).unwrap()
}

fn new_case(name: &str) -> NewCase {
    NewCase {
        kind: casebook_core::CaseKind::Request,
        concerns: None,
        requester: Requester { name: name.into(), emails: vec!["ottilie@example.org".into()], ..Default::default() },
        data_subject: None,
        subject_category: Some(SubjectCategory::Customer),
        channel: Channel::Email,
        received: "2026-11-02".parse().unwrap(),
        received_at: None,
        rights: vec![Right::Access],
        regime: Regime::UkGdpr,
        location: Location::parse("GB-ENG").unwrap(),
        language: Some("en".into()),
        status: Status::Received,
        intake: None,
    }
}

/// A register with `n` cases, a note and an identity scan on the first.
fn fill(store: &mut Store, n: usize) {
    for i in 0..n {
        let name = if i == 0 { NAME.to_string() } else { format!("Person {i}") };
        let case = store.insert_case(&new_case(&name), None, stamp()).unwrap();
        if i == 0 {
            store.add_note(case.id, "Called back about the passport scan", stamp()).unwrap();
            let doc = NewDocument {
                bytes: SCAN,
                content_type: Some("text/plain"),
                role: "identity",
                file_name: Some("scan.txt"),
            };
            store.attach_document(case.id, &doc, stamp()).unwrap();
        }
    }
}

/// A register at `c.db` in a new temporary folder, encrypted with `key` when
/// given, holding `n` cases ([`fill`]).
fn register(key: Option<&Passphrase>, n: usize) -> (tempfile::TempDir, PathBuf, Store) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("c.db");
    let mut store = Store::open_with_key(&path, OpenMode::CreateIfMissing, key).unwrap();
    fill(&mut store, n);
    (dir, path, store)
}

/// Every file SQLite may have written for `db`, read whole.
fn all_bytes(db: &Path) -> Vec<u8> {
    let mut bytes = Vec::new();
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let mut p = db.as_os_str().to_owned();
        p.push(suffix);
        if let Ok(b) = std::fs::read(PathBuf::from(p)) {
            bytes.extend(b);
        }
    }
    bytes
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

#[test]
fn an_encrypted_register_holds_no_plaintext_and_opens_only_with_its_passphrase() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("c.db");
    let k = key("correct horse battery staple");
    let mut s = Store::open_with_key(&path, OpenMode::CreateIfMissing, Some(&k)).unwrap();
    assert!(s.is_encrypted());
    fill(&mut s, 3);
    // While open, the WAL holds recent pages: they must be encrypted too.
    let live = all_bytes(&path);
    assert!(!contains(&live, NAME.as_bytes()), "name in plaintext while open");
    assert!(!contains(&live, b"PASSPORT SCAN"), "document in plaintext while open");
    drop(s);
    let closed = all_bytes(&path);
    for needle in [NAME.as_bytes(), b"PASSPORT SCAN".as_slice(), b"SQLite format 3", b"ottilie@example.org"] {
        assert!(!contains(&closed, needle), "{:?} in plaintext", String::from_utf8_lossy(needle));
    }
    assert_eq!(database_kind(&path).unwrap(), DatabaseKind::Encrypted);

    // Without, or with a wrong, passphrase: a clear error and nothing changed.
    let before = std::fs::read(&path).unwrap();
    let none = Store::open(&path, OpenMode::MustExist).err().unwrap();
    assert!(matches!(none, Error::PassphraseNeeded(_)), "{none}");
    let wrong =
        Store::open_with_key(&path, OpenMode::MustExist, Some(&key("correct horse battery stapler"))).err().unwrap();
    assert!(matches!(wrong, Error::WrongPassphrase(_)), "{wrong}");
    assert_eq!(wrong.to_string(), format!("wrong passphrase for '{}'", path.display()));
    assert_eq!(std::fs::read(&path).unwrap(), before);

    let s = Store::open_with_key(&path, OpenMode::MustExist, Some(&k)).unwrap();
    assert_eq!(s.count_cases().unwrap(), 3);
    assert_eq!(s.integrity_check().unwrap(), "ok");
    assert!(s.verify_audit().unwrap().is_intact());
}

#[test]
fn a_plain_register_still_opens_with_or_without_a_passphrase() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("c.db");
    fill(&mut Store::open(&path, OpenMode::CreateIfMissing).unwrap(), 2);
    assert_eq!(database_kind(&path).unwrap(), DatabaseKind::Plain);
    let s = Store::open_with_key(&path, OpenMode::MustExist, Some(&key("unused passphrase"))).unwrap();
    assert!(!s.is_encrypted());
    assert_eq!(s.count_cases().unwrap(), 2);
}

#[test]
fn rekey_changes_the_passphrase_in_place() {
    let (old, new) = (key("old passphrase one"), key("new passphrase two"));
    let (_dir, path, mut s) = register(Some(&old), 5);
    assert_eq!(s.verify_audit().unwrap().keyed_from, Some(1), "a new encrypted register is keyed from entry 1");
    s.change_passphrase(&new).unwrap();
    // The same connection goes on working, in WAL mode again, and the chain
    // key (re-wrapped, not replaced) still verifies the entries before.
    fill(&mut s, 1);
    let report = s.verify_audit().unwrap();
    assert!(report.is_intact() && report.keyed_from == Some(1), "{report:?}");
    assert_eq!(verify_backup(&path, Some(&new)).unwrap().cases, 6);
    drop(s);
    assert!(matches!(
        Store::open_with_key(&path, OpenMode::MustExist, Some(&old)).err().unwrap(),
        Error::WrongPassphrase(_)
    ));
    let s = Store::open_with_key(&path, OpenMode::MustExist, Some(&new)).unwrap();
    assert_eq!(s.count_cases().unwrap(), 6);
    assert!(s.verify_audit().unwrap().is_intact());
    assert!(!contains(&all_bytes(&path), NAME.as_bytes()));
}

#[test]
fn an_encrypted_register_without_a_chain_key_does_not_verify_until_a_passphrase_change_keys_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("c.db");
    let (old, new) = (key("old passphrase one"), key("new passphrase two"));
    let mut s = Store::open_with_key(&path, OpenMode::CreateIfMissing, Some(&old)).unwrap();
    drop(s);
    // As a Casebook that did not key chains left it: the key record absent, the entries plain SHA-256.
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.pragma_update(None, "key", old.as_str()).unwrap();
    conn.execute("DELETE FROM settings WHERE key = 'audit_chain_key'", []).unwrap();
    drop(conn);
    s = Store::open_with_key(&path, OpenMode::MustExist, Some(&old)).unwrap();
    fill(&mut s, 2);
    let report = s.verify_audit().unwrap();
    assert!(!report.is_intact() && report.keyed_from.is_none(), "{report:?}");
    assert!(report.problem.unwrap().contains("not keyed by its passphrase"));

    s.change_passphrase(&new).unwrap();
    fill(&mut s, 1);
    let after = s.verify_audit().unwrap();
    assert!(after.is_intact(), "{after:?}");
    assert_eq!(after.keyed_from, Some(report.entries + 1), "keyed from the first entry written after the change");
}

#[test]
fn rekey_is_refused_while_another_connection_has_the_file_open() {
    let (old, new) = (key("old passphrase one"), key("new passphrase two"));
    let (_dir, path, mut s) = register(Some(&old), 2);
    let other = Store::open_with_key(&path, OpenMode::MustExist, Some(&old)).unwrap();
    let err = s.change_passphrase(&new).unwrap_err();
    assert!(matches!(err, Error::InUse(_)), "{err}");
    drop(other);
    drop(s);
    // Still the old passphrase, nothing lost.
    let s = Store::open_with_key(&path, OpenMode::MustExist, Some(&old)).unwrap();
    assert_eq!(s.count_cases().unwrap(), 2);
}

#[test]
fn a_plain_register_is_encrypted_keeping_every_case_and_the_audit_chain() {
    let (dir, path, plain) = register(None, 40);
    let audit_before = plain.verify_audit().unwrap();
    let cases_before: Vec<String> =
        plain.list_cases(&Default::default()).unwrap().into_iter().map(|c| c.reference.to_string()).collect();
    drop(plain);
    assert!(contains(&all_bytes(&path), NAME.as_bytes()), "the plain file holds the name (test premise)");

    let k = key("a passphrase for the old file");
    let outcome = encrypt_database(&path, &k).unwrap();
    assert_eq!(outcome.check.cases, 40);
    assert_eq!(database_kind(&path).unwrap(), DatabaseKind::Encrypted);
    assert!(!contains(&all_bytes(&path), NAME.as_bytes()));
    assert!(!contains(&all_bytes(&path), b"PASSPORT SCAN"));
    // No temporary file left beside it.
    let names: Vec<String> =
        std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    assert_eq!(names, ["c.db"]);

    let s = Store::open_with_key(&path, OpenMode::MustExist, Some(&k)).unwrap();
    let cases_after: Vec<String> =
        s.list_cases(&Default::default()).unwrap().into_iter().map(|c| c.reference.to_string()).collect();
    assert_eq!(cases_after, cases_before);
    // The same chain, its plain entries still SHA-256, keyed from the next entry on.
    let audit_after = s.verify_audit().unwrap();
    assert!(audit_after.is_intact(), "{audit_after:?}");
    assert_eq!((audit_after.entries, &audit_after.head), (audit_before.entries, &audit_before.head));
    assert_eq!((audit_before.encrypted, audit_before.keyed_from), (false, None));
    assert_eq!((audit_after.encrypted, audit_after.keyed_from), (true, Some(audit_before.entries + 1)));
    assert_eq!(s.schema_version().unwrap(), casebook_store::LATEST_SCHEMA);
    let docs = s.documents(s.list_cases(&Default::default()).unwrap().last().unwrap().id).unwrap();
    assert_eq!(s.document_bytes(&docs[0].sha256).unwrap(), SCAN);

    // Encrypting twice is refused.
    assert!(matches!(encrypt_database(&path, &k).unwrap_err(), Error::AlreadyEncrypted(_)));
}

#[test]
fn encrypting_is_refused_while_the_register_is_in_use() {
    let (_dir, path, plain) = register(None, 3);
    let err = encrypt_database(&path, &key("a passphrase for the old file")).unwrap_err();
    assert!(matches!(err, Error::InUse(_)), "{err}");
    drop(plain);
    assert_eq!(database_kind(&path).unwrap(), DatabaseKind::Plain);
    assert_eq!(Store::open(&path, OpenMode::MustExist).unwrap().count_cases().unwrap(), 3);
}

#[test]
fn a_backup_is_taken_while_another_connection_writes() {
    let k = key("backup passphrase 1");
    let (dir, path, s) = register(Some(&k), 300);
    let writer_path = path.clone();
    let writer_key = k.clone();
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let writer_stop = stop.clone();
    let (wrote_tx, wrote_rx) = std::sync::mpsc::channel();
    let writer = std::thread::spawn(move || {
        let mut w = Store::open_with_key(&writer_path, OpenMode::MustExist, Some(&writer_key)).unwrap();
        let mut i = 0;
        while !writer_stop.load(std::sync::atomic::Ordering::Relaxed) {
            w.insert_case(&new_case(&format!("Writer {i}")), None, stamp()).unwrap();
            i += 1;
            let _ = wrote_tx.send(i);
        }
        i
    });
    let mut outs = Vec::new();
    let mut counts = Vec::new();
    for n in 0..3 {
        // Wait for a write since the last backup, so each one races the writer.
        wrote_rx.recv().unwrap();
        let out = dir.path().join(format!("backup-{n}.db"));
        let check = s.backup_to(&out).unwrap();
        assert!(check.is_ok(), "{check:?}");
        assert!(check.encrypted);
        counts.push(check.cases);
        outs.push(out);
    }
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let written = writer.join().unwrap();
    assert!(counts.windows(2).all(|w| w[0] < w[1]), "each backup saw the writes before it: {counts:?}");
    assert!(counts[0] > 300 && counts[2] < 300 + written, "{counts:?}, {written} written");
    for out in &outs {
        assert_eq!(database_kind(out).unwrap(), DatabaseKind::Encrypted);
        assert!(!contains(&std::fs::read(out).unwrap(), NAME.as_bytes()));
        let again = verify_backup(out, Some(&k)).unwrap();
        assert!(again.is_ok());
        // One self-contained file.
        let mut wal = out.as_os_str().to_owned();
        wal.push("-wal");
        assert!(!PathBuf::from(wal).exists());
    }
    // A backup never overwrites.
    assert!(matches!(s.backup_to(&outs[0]).unwrap_err(), Error::Exists(_)));
    // The wrong passphrase on a backup says so.
    assert!(matches!(
        verify_backup(&outs[0], Some(&key("not the one at all"))).unwrap_err(),
        Error::WrongPassphrase(_)
    ));
}

#[test]
fn a_plain_register_makes_a_plain_backup() {
    let (dir, _, s) = register(None, 4);
    let out = dir.path().join("b.db");
    let check = s.backup_to(&out).unwrap();
    assert!(!check.encrypted);
    assert_eq!((check.cases, check.documents, check.notes), (4, 1, 1));
    assert_eq!(database_kind(&out).unwrap(), DatabaseKind::Plain);
}

#[test]
fn restore_refuses_to_overwrite_without_force_and_keeps_the_old_file_with_it() {
    let dir = tempfile::tempdir().unwrap();
    let (path, out, target) = (dir.path().join("c.db"), dir.path().join("b.db"), dir.path().join("t.db"));
    let k = key("restore passphrase");
    let mut s = Store::open_with_key(&path, OpenMode::CreateIfMissing, Some(&k)).unwrap();
    fill(&mut s, 7);
    s.backup_to(&out).unwrap();
    let mut t = Store::open(&target, OpenMode::CreateIfMissing).unwrap();
    fill(&mut t, 2);
    drop(t);
    let target_before = all_bytes(&target);

    let err = restore_backup(&out, &target, Some(&k), false, "20261129-090000").unwrap_err();
    assert!(matches!(err, Error::Exists(_)), "{err}");
    assert_eq!(all_bytes(&target), target_before);

    let outcome = restore_backup(&out, &target, Some(&k), true, "20261129-090000").unwrap();
    assert_eq!(outcome.restored.cases, 7);
    let kept = outcome.previous_kept_as.unwrap();
    assert_eq!(kept, dir.path().join("t.db-before-restore-20261129-090000"));
    assert_eq!(Store::open(&kept, OpenMode::MustExist).unwrap().count_cases().unwrap(), 2);
    let restored = Store::open_with_key(&target, OpenMode::MustExist, Some(&k)).unwrap();
    assert_eq!(restored.count_cases().unwrap(), 7);
    assert!(restored.verify_audit().unwrap().is_intact());
}

#[test]
fn a_damaged_backup_is_refused_and_the_target_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let (path, out, target) = (dir.path().join("c.db"), dir.path().join("b.db"), dir.path().join("t.db"));
    for encrypted in [false, true] {
        let k = key("damaged backup passphrase");
        let key_opt = encrypted.then_some(&k);
        for p in [&path, &out, &target] {
            let _ = std::fs::remove_file(p);
        }
        let mut s = Store::open_with_key(&path, OpenMode::CreateIfMissing, key_opt).unwrap();
        fill(&mut s, 200);
        s.backup_to(&out).unwrap();
        drop(s);
        let mut t = Store::open(&target, OpenMode::CreateIfMissing).unwrap();
        fill(&mut t, 1);
        drop(t);
        let target_before = all_bytes(&target);
        // Flip bytes a quarter, half and three quarters into the file: pages of
        // b-trees (which page holds what moves with the schema; a flip in free
        // space or unused cell area is invisible to any check).
        let mut bytes = std::fs::read(&out).unwrap();
        for at in [bytes.len() / 4, bytes.len() / 2, bytes.len() * 3 / 4] {
            for b in &mut bytes[at..at + 64] {
                *b ^= 0xA5;
            }
        }
        std::fs::write(&out, &bytes).unwrap();
        let err = restore_backup(&out, &target, key_opt, true, "x").unwrap_err();
        assert!(matches!(err, Error::Unverified { .. }), "encrypted {encrypted}: {err}");
        assert!(err.to_string().starts_with(&format!("'{}' does not verify: ", out.display())), "{err}");
        assert_eq!(all_bytes(&target), target_before, "encrypted {encrypted}");
        let names: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with('.') || n.contains("before-restore"))
            .collect();
        assert!(names.is_empty(), "{names:?}");
    }
}

#[test]
fn a_file_that_is_not_a_backup_is_named_as_such() {
    let dir = tempfile::tempdir().unwrap();
    let text = dir.path().join("notes.txt");
    std::fs::write(&text, "not a database").unwrap();
    assert!(matches!(verify_backup(&text, None).unwrap_err(), Error::NotADatabase(_)));
    let noise = dir.path().join("noise.db");
    std::fs::write(&noise, vec![0x42u8; 8192]).unwrap();
    assert!(matches!(verify_backup(&noise, None).unwrap_err(), Error::PassphraseNeeded(_)));
    assert!(matches!(verify_backup(&noise, Some(&key("some passphrase"))).unwrap_err(), Error::WrongPassphrase(_)));
    assert!(matches!(verify_backup(&dir.path().join("absent.db"), None).unwrap_err(), Error::Missing(_)));
}

#[test]
fn a_reader_connection_sees_every_commit_and_cannot_write_plain_or_encrypted() {
    let dir = tempfile::tempdir().unwrap();
    for k in [None, Some(key("correct horse battery staple"))] {
        let path = dir.path().join(if k.is_some() { "encrypted.db" } else { "plain.db" });
        let mut s = Store::open_with_key(&path, OpenMode::CreateIfMissing, k.as_ref()).unwrap();
        fill(&mut s, 2);
        let mut reader = s.reader_source().expect("a file has a reader").open().unwrap();
        let page = |r: &Store| {
            r.list_page(&casebook_store::ListQuery { text: Some("Person".into()), ..Default::default() })
                .unwrap()
                .0
                .total
        };
        assert_eq!(page(&reader), 1, "{k:?}");
        // A commit on the main connection is seen by the reader's next read.
        s.insert_case(&new_case("Person 2"), None, stamp()).unwrap();
        assert_eq!(page(&reader), 2);
        assert_eq!(reader.count_cases().unwrap(), 3);
        let err = reader.add_note(CaseId(1), "from the reader", stamp()).expect_err("a reader cannot write");
        assert!(err.to_string().contains("readonly") || err.to_string().contains("read-only"), "{err}");
        assert!(s.verify_audit().unwrap().is_intact());
    }
    assert!(Store::open_in_memory().unwrap().reader_source().is_none());
}

/// A backup of a register of three cases, written to in rollback-journal mode
/// with a tiny page cache (so changed pages reach the file before the commit)
/// and "killed": copied, with its hot journal, as `name` mid-transaction.
fn left_mid_transaction(dir: &Path, name: &str) -> PathBuf {
    let mut s = Store::open(&dir.join("c.db"), OpenMode::CreateIfMissing).unwrap();
    fill(&mut s, 3);
    let backup = dir.join("b.db");
    s.backup_to(&backup).unwrap();
    drop(s);
    let conn = rusqlite::Connection::open(&backup).unwrap();
    let mode: String = conn.query_row("PRAGMA journal_mode = DELETE", [], |r| r.get(0)).unwrap();
    assert_eq!(mode, "delete");
    conn.execute_batch(
        "PRAGMA cache_size = 2; BEGIN IMMEDIATE;
         CREATE TABLE junk(x);
         WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400)
         INSERT INTO junk SELECT randomblob(3000) FROM n;",
    )
    .unwrap();
    let crashed = dir.join(name);
    std::fs::copy(&backup, &crashed).unwrap();
    let journal = dir.join("b.db-journal");
    assert!(std::fs::metadata(&journal).unwrap().len() > 0, "the journal is hot");
    std::fs::copy(&journal, dir.join(format!("{name}-journal"))).unwrap();
    conn.execute_batch("ROLLBACK").unwrap();
    crashed
}

#[test]
fn a_file_left_mid_transaction_with_a_hot_journal_verifies_as_it_was_and_is_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let crashed = left_mid_transaction(dir.path(), "crashed.db");
    let journal = dir.path().join("crashed.db-journal");
    let before = (std::fs::read(&crashed).unwrap(), std::fs::read(&journal).unwrap());

    let check = verify_backup(&crashed, None).unwrap();
    assert_eq!(check.problem(), None, "{check:?}");
    assert_eq!((check.cases, check.documents, check.notes), (3, 1, 1));
    let after = (std::fs::read(&crashed).unwrap(), std::fs::read(&journal).unwrap());
    assert!(before == after, "verifying wrote to the file or its journal");
    let left: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".casebook-verify-"))
        .collect();
    assert!(left.is_empty(), "the recovered copy is removed: {left:?}");
}

#[test]
fn a_restore_over_a_file_left_mid_transaction_keeps_its_journal_with_the_old_file() {
    let dir = tempfile::tempdir().unwrap();
    let target = left_mid_transaction(dir.path(), "target.db");
    let mut s = Store::open(&dir.path().join("other.db"), OpenMode::CreateIfMissing).unwrap();
    fill(&mut s, 5);
    let backup = dir.path().join("five.db");
    s.backup_to(&backup).unwrap();
    drop(s);

    let outcome = restore_backup(&backup, &target, None, true, "20261205-050000").unwrap();
    assert!(!dir.path().join("target.db-journal").exists(), "the old journal never meets the restored file");
    let restored = Store::open(&target, OpenMode::MustExist).unwrap();
    assert_eq!(restored.verify_audit().unwrap().problem, None);
    drop(restored);
    assert_eq!(verify_backup(&target, None).unwrap().cases, 5);
    let kept = outcome.previous_kept_as.unwrap();
    assert!(PathBuf::from(format!("{}-journal", kept.display())).exists(), "the journal went with the old file");
    assert_eq!(verify_backup(&kept, None).unwrap().cases, 3);
}

//! Deleting a closed case on a real SQLite file: what goes, what stays, and
//! the audit chain (format 2 entries lose their text but keep verifying;
//! format 1 entries from before schema 7 keep theirs).

use casebook_core::*;
use casebook_store::{OpenMode, Stamp, Store};
use chrono::{NaiveDate, TimeZone, Utc};

fn stamp() -> Stamp<'static> {
    Stamp { at: Utc.with_ymd_and_hms(2026, 11, 29, 9, 0, 0).unwrap(), actor: "dpo" }
}

fn new_case(name: &str) -> NewCase {
    NewCase {
        kind: casebook_core::CaseKind::Request,
        concerns: None,
        requester: Requester { name: name.into(), emails: vec![format!("{name}@x.org")], ..Default::default() },
        data_subject: None,
        subject_category: None,
        channel: Channel::Email,
        received: "2024-01-10".parse().unwrap(),
        received_at: None,
        rights: vec![Right::Access, Right::Erasure],
        regime: Regime::UkGdpr,
        location: Location::parse("GB-ENG").unwrap(),
        language: None,
        status: Status::Received,
        intake: None,
    }
}

fn close(s: &mut Store, id: CaseId) {
    let mut c = s.case(id).unwrap();
    c.status = Status::Closed;
    c.outcome = Some(Outcome::Fulfilled);
    c.closed_on = Some(NaiveDate::from_ymd_opt(2024, 2, 1).unwrap());
    s.save_case(&c, "case.closed", stamp()).unwrap();
}

fn count(path: &std::path::Path, sql: &str) -> i64 {
    rusqlite::Connection::open(path).unwrap().query_row(sql, [], |r| r.get(0)).unwrap()
}

#[test]
fn a_deleted_case_leaves_a_tombstone_and_a_verifying_chain() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("c.db");
    let mut s = Store::open(&path, OpenMode::CreateIfMissing).unwrap();
    let gone = s.insert_case(&new_case("Quaxley"), None, stamp()).unwrap();
    let other = s.insert_case(&new_case("Nantwich"), None, stamp()).unwrap();
    s.add_note(gone.id, "private note about Quaxley", stamp()).unwrap();
    close(&mut s, gone.id);

    let closed = s.closed_cases().unwrap();
    assert_eq!(closed.len(), 1);
    assert_eq!(
        (closed[0].reference.as_str(), closed[0].outcome, closed[0].rights.as_slice()),
        ("CB-2024-0001", Some(Outcome::Fulfilled), [Right::Access, Right::Erasure].as_slice())
    );

    let tombstone = serde_json::json!({ "reference": "CB-2024-0001", "outcome": "fulfilled" });
    let deleted = s.delete_closed_case(gone.id, &tombstone, stamp()).unwrap();
    assert_eq!((deleted.audit_entries_erased, deleted.audit_entries_kept), (3, 0));
    assert!(s.case(gone.id).is_err());
    assert_eq!(s.case(other.id).unwrap().requester.name, "Nantwich");
    let report = s.verify_audit().unwrap();
    assert!(report.is_intact(), "{report:?}");
    let entries = s.audit_of_case(gone.id).unwrap();
    let actions: Vec<_> = entries.iter().map(|e| e.action.as_str()).collect();
    assert_eq!(actions, ["case.created", "note.added", "case.closed", "case.deleted"]);
    assert!(entries[..3].iter().all(|e| e.before.is_none() && e.after.is_none()));
    assert_eq!(entries[3].after.as_deref(), Some(tombstone.to_string().as_str()));
    s.compact().unwrap();
    drop(s);
    for table in ["notes", "case_rights", "case_emails", "case_events"] {
        assert_eq!(count(&path, &format!("SELECT count(*) FROM {table} WHERE case_id = {}", gone.id.0)), 0, "{table}");
    }
    assert_eq!(count(&path, "SELECT count(*) FROM case_search WHERE case_search MATCH 'quaxley'"), 0);
    assert_eq!(count(&path, "SELECT count(*) FROM case_search WHERE case_search MATCH 'nantwich'"), 1);
    assert!(!std::fs::read(&path).unwrap().windows(7).any(|w| w == b"Quaxley"));

    // Erased, an entry still cannot be altered: its digest is part of the chain.
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute(
        "UPDATE audit_log SET after_sha256 = replace(after_sha256, substr(after_sha256, 1, 1), 'x') WHERE id = 3",
        [],
    )
    .unwrap();
    drop(conn);
    let s = Store::open(&path, OpenMode::MustExist).unwrap();
    assert_eq!(s.verify_audit().unwrap().first_broken, Some(3));
}

#[test]
fn only_closed_cases_can_be_deleted() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Store::open(&dir.path().join("c.db"), OpenMode::CreateIfMissing).unwrap();
    let open = s.insert_case(&new_case("Open"), None, stamp()).unwrap();
    let err = s.delete_closed_case(open.id, &serde_json::json!({}), stamp()).unwrap_err();
    assert_eq!(err.to_string(), format!("closed case '{}' not found", open.id));
    assert_eq!(s.case(open.id).unwrap().requester.name, "Open");
    assert_eq!(s.verify_audit().unwrap().entries, 1);
}

#[test]
fn entries_from_before_schema_7_keep_their_text_and_the_chain_still_verifies() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("c.db");
    let mut s = Store::open(&path, OpenMode::CreateIfMissing).unwrap();
    let c = s.insert_case(&new_case("Legacy"), None, stamp()).unwrap();
    drop(s);
    // Rewrite entry 1 as an old build wrote it: the hash over the text itself.
    let conn = rusqlite::Connection::open(&path).unwrap();
    let (at, after): (String, String) =
        conn.query_row("SELECT at, after FROM audit_log WHERE id = 1", [], |r| Ok((r.get(0)?, r.get(1)?))).unwrap();
    let hash = legacy_hash(&at, c.id.0, &after);
    conn.execute("UPDATE audit_log SET format = 1, hash = ?1 WHERE id = 1", [&hash]).unwrap();
    conn.execute("UPDATE settings SET value = json_object('id', 1, 'hash', ?1) WHERE key = 'audit_head'", [&hash])
        .unwrap();
    drop(conn);
    let mut s = Store::open(&path, OpenMode::MustExist).unwrap();
    assert!(s.verify_audit().unwrap().is_intact());
    close(&mut s, c.id);
    let deleted = s.delete_closed_case(c.id, &serde_json::json!({"reference": "x"}), stamp()).unwrap();
    assert_eq!((deleted.audit_entries_erased, deleted.audit_entries_kept), (1, 1));
    assert!(s.verify_audit().unwrap().is_intact());
    assert!(s.audit_of_case(c.id).unwrap()[0].after.as_deref().unwrap().contains("Legacy"));
}

/// The format-1 hash (see casebook-store's audit module): length-prefixed fields.
fn legacy_hash(at: &str, case_id: i64, after: &str) -> String {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    let genesis = "0".repeat(64);
    for field in [genesis.as_str(), "1", at, "dpo", &case_id.to_string(), "case.created", "\u{0}", after] {
        h.update((field.len() as u64).to_le_bytes());
        h.update(field.as_bytes());
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// The batch read behind "next actions": open cases only, each with its own
/// events in order, none lost at the boundaries between cases.
#[test]
fn open_cases_come_with_their_own_events() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Store::open(&dir.path().join("c.db"), OpenMode::CreateIfMissing).unwrap();
    let on = |d: u32| NaiveDate::from_ymd_opt(2024, 1, d).unwrap();
    let a = s.insert_case(&new_case("Alder"), None, stamp()).unwrap();
    let closed = s.insert_case(&new_case("Birch"), None, stamp()).unwrap();
    let quiet = s.insert_case(&new_case("Cedar"), None, stamp()).unwrap();
    let d = s.insert_case(&new_case("Dogwood"), None, stamp()).unwrap();
    // Interleaved, so that event ids do not follow case ids.
    for (case, kind, day) in [
        (&d, "acknowledged", 11),
        (&a, "acknowledged", 12),
        (&closed, "acknowledged", 12),
        (&d, "identity-requested", 13),
        (&a, "identity-requested", 14),
    ] {
        s.add_event(case, kind, on(day), None, stamp()).unwrap();
    }
    close(&mut s, closed.id);
    let open = s.open_cases_with_events().unwrap();
    let got: Vec<(&str, Vec<&str>)> =
        open.iter().map(|(c, e)| (c.requester.name.as_str(), e.iter().map(|e| e.kind.as_str()).collect())).collect();
    assert_eq!(
        got,
        [
            ("Alder", vec!["acknowledged", "identity-requested"]),
            ("Cedar", vec![]),
            ("Dogwood", vec!["acknowledged", "identity-requested"]),
        ]
    );
    assert_eq!(open[1].0.id, quiet.id);
    assert_eq!(open[2].1, s.events(d.id).unwrap(), "the same events as the one-case read");
}

//! Upgrades that never lose a register: the registers in
//! tests/fixtures/registers/ were written by the builds of earlier schemas
//! (`make.sh` there); this build opens each one, keeps a verified copy of it
//! as it was beside it, migrates it, says so once, and loses nothing.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::{Value, json};

use crate::harness::{Book, Run};

const PASSPHRASE: &str = "fixture passphrase for the upgrade test";

/// The last schema whose builds encrypted registers without keying their
/// audit chain (keyed chains came with schema 10's builds).
const UNKEYED_UP_TO: i64 = 9;

fn fixtures() -> Vec<(i64, PathBuf)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/registers");
    let mut found: Vec<(i64, PathBuf)> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "db"))
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            let schema = name.strip_prefix("schema-").and_then(|r| r.split('-').next()).and_then(|n| n.parse().ok());
            (schema.unwrap_or_else(|| panic!("{name}: fixtures are named schema-N-….db")), p)
        })
        .collect();
    found.sort();
    found
}

fn run(db: &Path, args: &[&str]) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_casebook"))
        .args(["--db", db.to_str().unwrap()])
        .args(args)
        .env("CASEBOOK_NOW", "2026-12-04T10:00:00Z")
        .env("USER", "test-dpo")
        .env("CASEBOOK_PASSPHRASE", PASSPHRASE)
        .env_remove("CASEBOOK_DB")
        .output()
        .expect("casebook runs");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// The schema this build writes: that of a register it has just made.
fn current_schema() -> i64 {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("new.db");
    assert_eq!(run(&db, &["init", "--no-passphrase"]).code, 0);
    run(&db, &["--json", "backup", "verify", db.to_str().unwrap()]).json()["schema"].as_i64().unwrap()
}

fn kept_copies(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.file_name().unwrap().to_string_lossy().contains(".schema-"))
        .collect();
    v.sort();
    v
}

#[test]
fn the_last_two_released_schemas_are_kept_as_fixtures() {
    let mut schemas: Vec<i64> = fixtures().iter().map(|(s, _)| *s).collect();
    schemas.dedup();
    assert!(schemas.len() >= 2, "fixtures of at least two schemas, found {schemas:?}");
    let current = current_schema();
    assert!(schemas.iter().all(|&s| s <= current), "{schemas:?} vs this build's {current}");
    // Each fixture exists plain and encrypted.
    for s in &schemas {
        let names: Vec<String> = fixtures()
            .iter()
            .filter(|(f, _)| f == s)
            .map(|(_, p)| p.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        assert!(names.iter().any(|n| n.ends_with("-plain.db")) && names.iter().any(|n| n.ends_with("-encrypted.db")));
    }
}

#[test]
fn every_older_register_is_kept_then_upgraded_and_loses_nothing() {
    let current = current_schema();
    for (schema, fixture) in fixtures() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("casebook.db");
        std::fs::copy(&fixture, &db).unwrap();
        let what = fixture.display().to_string();

        let first = run(&db, &["--json", "case", "list"]);
        let list = first.json();
        let names: Vec<&str> = list.as_array().unwrap().iter().filter_map(|c| c["requester_name"].as_str()).collect();
        assert_eq!(names, ["Jürgen Müller", "Ada Lovelace"], "{what}: {list}");
        // Schema 15 re-indexed what older ones stored: "Hauptstraße" is found typed folded.
        for typed in ["hauptstrasse", "Hauptstraße", "muller"] {
            let found = run(&db, &["--json", "case", "list", "--search", typed]).json();
            let found: Vec<&str> =
                found.as_array().unwrap().iter().filter_map(|c| c["requester_name"].as_str()).collect();
            assert_eq!(found, ["Jürgen Müller"], "{what}: {typed}");
        }
        if schema == current {
            assert!(!first.stderr.contains("Upgraded"), "{what}: {}", first.stderr);
            assert!(kept_copies(dir.path()).is_empty(), "{what}");
            continue;
        }
        // Said once, naming both schemas and the copy.
        assert!(
            first.stderr.contains(&format!("from schema {schema}"))
                && first.stderr.contains(&format!("to schema {current}")),
            "{what}: {}",
            first.stderr
        );
        let kept = kept_copies(dir.path());
        assert_eq!(kept.len(), 1, "{what}: {kept:?}");
        assert!(first.stderr.contains(&kept[0].display().to_string()), "{what}: {}", first.stderr);
        let second = run(&db, &["case", "list"]);
        assert_eq!(second.code, 0, "{what}: {}", second.stderr);
        assert!(!second.stderr.contains("Upgraded"), "{what}: said twice: {}", second.stderr);
        assert_eq!(kept_copies(dir.path()).len(), 1, "{what}: a second copy");

        // The copy is the register as it was: its schema, its cases, its audit log intact.
        let encrypted = fixture.to_string_lossy().ends_with("-encrypted.db");
        let check = run(&db, &["--json", "backup", "verify", kept[0].to_str().unwrap()]);
        if encrypted && schema <= UNKEYED_UP_TO {
            // Encrypted before audit chains were keyed: the copy is the file as
            // that version left it, and says so (as the register did before).
            check.fails_with("not keyed by its passphrase");
        } else {
            let copy = check.json();
            assert_eq!((copy["schema"].as_i64(), copy["cases"].as_i64()), (Some(schema), Some(2)), "{what}: {copy}");
            assert_eq!(copy["audit"]["first_broken"], Value::Null, "{what}: {copy}");
            assert_eq!(copy["encrypted"].as_bool(), Some(encrypted), "{what}");
        }
        // The upgraded register: intact (an unkeyed chain is keyed from the
        // upgrade on), and the upgrade is in its audit log.
        let audit = run(&db, &["--json", "audit", "verify"]).json();
        assert_eq!(audit["first_broken"], Value::Null, "{what}: {audit}");
        if encrypted && schema <= UNKEYED_UP_TO {
            // The upgrade's entry, followed by the one recording the deadline rules its dates are brought up to.
            let last = audit["entries"].as_i64().unwrap();
            assert_eq!(audit["keyed_from"].as_i64(), Some(last - 1), "{what}: keyed from the upgrade's entry: {audit}");
        }
        let against = run(&db, &["audit", "verify", "--against", kept[0].to_str().unwrap()]);
        assert_eq!(against.code, 0, "{what}: the copy's head is in the upgraded chain: {}", against.stderr);
    }
}

#[test]
fn dates_stored_under_older_deadline_rules_are_recomputed_once_and_audited() {
    use crate::harness::local_only;
    use casebook_core::deadline::RULES_REVISION;
    if local_only("the deadline rules' revision is kept by a local file") {
        return;
    }
    let book = Book::new();
    let mixed = book.new_case("Ian", "ian@example.org", "2026-11-02", &["--right", "access", "--right", "unsubscribe"]);
    book.json(&["identity", "request", &mixed, "--on", "2026-11-03"]);
    let other = book.new_case("Jo", "jo@example.org", "2026-11-02", &[]);
    let va = book.new_case("Ada", "ada@example.org", "2026-10-01", &["--regime", "us-state", "--location", "US-VA"]);
    book.json(&["case", "refuse", &va, "--reason", "exemption", "--text", "legal privilege", "--date", "2026-10-15"]);
    book.json(&["case", "appeal", &va, "--date", "2026-10-20"]);
    // As an older version left it: no date while identity was awaited (its
    // rules kept the unsubscribe waiting too), no appeal's date kept on the
    // refused case (schema 15 had none), and no revision recorded.
    book.sql(&format!("UPDATE cases SET due = NULL WHERE reference = '{mixed}'"));
    book.sql(&format!("UPDATE cases SET appeal_due = NULL WHERE reference = '{va}'"));
    book.sql("DELETE FROM settings WHERE key = 'deadline_rules'");

    let first = book.run(&["case", "list"]);
    assert_eq!(first.code, 0, "{}", first.stderr);
    assert!(
        first.stderr.contains(&format!("deadline rules revision {RULES_REVISION}): the due date of 2 open cases were recomputed and recorded in the audit log: {mixed}, {va}.")),
        "{}",
        first.stderr
    );
    assert_eq!(book.json(&["case", "show", &mixed])["due"], "2026-12-02");
    assert_eq!(book.json(&["case", "show", &other])["due"], "2026-12-02");
    // The refused case keeps the date it was answered against; its appeal's
    // (Va. Code §59.1-577(C): 60 days) makes it an open case again.
    let refused = book.json(&["case", "show", &va]);
    assert_eq!((&refused["due"], &refused["appeal_due"]), (&json!("2026-11-15"), &json!("2026-12-19")));
    assert_eq!(book.json(&["case", "list", "--open"]).as_array().unwrap().len(), 3);
    let actions = book.sql("SELECT coalesce(reference, '-') || ' ' || action FROM audit_log ORDER BY id DESC LIMIT 3");
    assert_eq!(
        actions,
        format!(
            "- settings.deadline_rules\n{va} deadline.recomputed (deadline rules revision {RULES_REVISION})\n{mixed} deadline.recomputed (deadline rules revision {RULES_REVISION})"
        )
    );
    assert_eq!(
        book.sql("SELECT value FROM settings WHERE key = 'deadline_rules'"),
        format!("{{\"revision\":{RULES_REVISION},\"recomputed\":[\"{mixed}\",\"{va}\"]}}")
    );
    // Once: the next command says nothing and records nothing.
    let entries = book.sql("SELECT count(*) FROM audit_log");
    let second = book.run(&["case", "list"]);
    assert!(!second.stderr.contains("deadline rules"), "{}", second.stderr);
    assert_eq!(book.sql("SELECT count(*) FROM audit_log"), entries);
    assert!(book.json(&["audit", "verify"])["problem"].is_null());
}

//! Append-only migrations tracked by `PRAGMA user_version`.
//!
//! Migration N brings the schema from version N-1 to N. Each runs in one
//! transaction together with its `user_version` bump, so a crash leaves the
//! database at the old version or the new one, never between.

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OptionalExtension, Transaction};
use serde::Serialize;

use crate::{APP_VERSION, Error, Result, Store};

const MIGRATIONS: &[&str] = &[
    include_str!("../migrations/0001_cases.sql"),
    include_str!("../migrations/0002_intake.sql"),
    include_str!("../migrations/0003_correspondence_hash.sql"),
    include_str!("../migrations/0004_case_emails.sql"),
    include_str!("../migrations/0005_processing.sql"),
    include_str!("../migrations/0006_case_data.sql"),
    include_str!("../migrations/0007_case_retention.sql"),
    include_str!("../migrations/0008_open_due_index.sql"),
    include_str!("../migrations/0009_audit_state.sql"),
    include_str!("../migrations/0010_case_kind.sql"),
    include_str!("../migrations/0011_case_actions.sql"),
    include_str!("../migrations/0012_case_right_answers.sql"),
    include_str!("../migrations/0013_letter_drafts.sql"),
    include_str!("../migrations/0014_right_answer_corrections.sql"),
    include_str!("../migrations/0015_search_folded_spellings.sql"),
    include_str!("../migrations/0016_appeal_due.sql"),
];

/// The schema version this build writes.
pub const LATEST_SCHEMA: i64 = MIGRATIONS.len() as i64;

/// The settings key holding the version of Casebook that last brought the
/// schema up to date (so that an older Casebook can name it when it refuses).
pub(crate) const MADE_BY_KEY: &str = "schema_made_by";

/// The settings key holding the revision of the deadline rules the open
/// cases' stored due dates were computed under
/// ([`casebook_core::deadline::RULES_REVISION`]); absent: before revision 1.
/// Kept by the file: a register made new holds none but current ones.
pub const RULES_KEY: &str = "deadline_rules";

/// A register brought up from an older schema when it was opened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Upgrade {
    pub from_schema: i64,
    pub to_schema: i64,
    /// The version of Casebook that made the older schema, where it recorded it.
    pub from_version: Option<String>,
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub to_version: &'static str,
    /// The verified copy of the register as it was before (same encryption).
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub backup: PathBuf,
}

/// Brings an opened register's schema up to date. A register that already
/// holds a schema is first copied beside itself (verified, with the same key),
/// so that a migration can never lose what the older version wrote; a newer
/// schema is refused, naming the version that made it.
pub(crate) fn upgrade(store: &mut Store) -> Result<Option<Upgrade>> {
    let path = store.path.clone();
    let current = crate::schema_of(&store.conn)?;
    check_not_newer(&store.conn, &path, current)?;
    if current == LATEST_SCHEMA {
        return Ok(None);
    }
    if current == 0 {
        // A new register: nothing to keep.
        migrate_to(&mut store.conn, &path, LATEST_SCHEMA)?;
        return Ok(None);
    }
    let backup = backup_path(&path, current);
    store.faithful_copy_to(&backup).map_err(|e| Error::UpgradeBackup {
        path: path.clone(),
        to: LATEST_SCHEMA,
        problem: e.to_string(),
    })?;
    let from_version = made_by(&store.conn);
    migrate_to(&mut store.conn, &path, LATEST_SCHEMA)?;
    if let Some(key) = store.key.clone()
        && crate::chain_key::read(&store.conn)?.is_none()
    {
        // Encrypted by a Casebook that did not key audit chains yet: keyed
        // from the next entry on, as `passphrase change` would.
        let (record, chain) = crate::chain_key::Record::new(&key, crate::audit::next_id(&store.conn)?)?;
        crate::chain_key::write(&store.conn, &record)?;
        crate::chain_key::register(&store.conn, Some(key), Some((&record, chain)))?;
    }
    Ok(Some(Upgrade { from_schema: current, to_schema: LATEST_SCHEMA, from_version, to_version: APP_VERSION, backup }))
}

/// `dir/casebook.schema-9.20261204T170102Z.db` beside `dir/casebook.db`: the
/// name says which schema it holds and when it was kept; never an existing file.
fn backup_path(path: &Path, schema: i64) -> PathBuf {
    let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "casebook".into());
    let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%SZ");
    let mut candidate = path.with_file_name(format!("{stem}.schema-{schema}.{stamp}.db"));
    let mut n = 1;
    while candidate.exists() {
        n += 1;
        candidate = path.with_file_name(format!("{stem}.schema-{schema}.{stamp}-{n}.db"));
    }
    candidate
}

/// The version of Casebook recorded as having made this register's schema.
pub(crate) fn made_by(conn: &Connection) -> Option<String> {
    let json: String =
        conn.query_row("SELECT value FROM settings WHERE key = ?1", [MADE_BY_KEY], |r| r.get(0)).optional().ok()??;
    serde_json::from_str(&json).ok()
}

fn check_not_newer(conn: &Connection, path: &Path, current: i64) -> Result<()> {
    if current > LATEST_SCHEMA {
        return Err(Error::NewerSchema {
            path: path.to_path_buf(),
            found: current,
            known: LATEST_SCHEMA,
            made_by: made_by(conn),
        });
    }
    Ok(())
}

/// Migrates up to `target` (tests use it to build every earlier schema). Each
/// step records this version as the schema's maker in the same transaction.
pub(crate) fn migrate_to(conn: &mut Connection, path: &Path, target: i64) -> Result<()> {
    let current = crate::schema_of(conn)?;
    check_not_newer(conn, path, current)?;
    for (i, sql) in MIGRATIONS.iter().enumerate().take(target as usize).skip(current as usize) {
        let version = i as i64 + 1;
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        after_sql(&tx, version)?;
        tx.pragma_update(None, "user_version", version)?;
        tx.execute(
            "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [MADE_BY_KEY, &serde_json::to_string(APP_VERSION).expect("a string serialises")],
        )?;
        tx.commit()?;
    }
    Ok(())
}

/// What a migration does beyond its SQL, in the same transaction: work that
/// needs Casebook's own code (the SQL file of that schema says so).
fn after_sql(tx: &Transaction<'_>, version: i64) -> Result<()> {
    match version {
        // Every case re-indexed with the folded spellings of its words.
        15 => crate::search::reindex_all(tx),
        _ => Ok(()),
    }
}

/// Test set-up: case 7 (CB-2026-0007, Ada, with these email addresses) written
/// with the columns every schema has, as an older build stored it.
#[cfg(test)]
pub(crate) fn insert_case_7(conn: &Connection, emails: &[&str]) {
    let emails: Vec<String> = emails.iter().map(|e| format!("\"{e}\"")).collect();
    let requester = format!(r#"{{"name":"Ada","emails":[{}]}}"#, emails.join(","));
    conn.execute(
        "INSERT INTO cases (id, reference, status, regime, location, channel, received, requester_name,
             requester, created_at, updated_at)
         VALUES (7, 'CB-2026-0007', 'received', 'uk-gdpr', 'GB-ENG', 'email', '2026-11-02', 'Ada', ?1, 'x', 'x')",
        [requester],
    )
    .unwrap();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrates_from_every_earlier_schema() {
        for start in 0..=LATEST_SCHEMA {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("c.db");
            let mut conn = Connection::open(&path).unwrap();
            migrate_to(&mut conn, &path, start).unwrap();
            drop(conn);
            let store = crate::Store::open(&path, crate::OpenMode::MustExist).unwrap();
            assert_eq!(store.schema_version().unwrap(), LATEST_SCHEMA, "from {start}");
            assert_eq!(store.integrity_check().unwrap(), "ok");
        }
    }

    #[test]
    fn schema_4_indexes_the_emails_of_cases_already_stored() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.db");
        let mut conn = Connection::open(&path).unwrap();
        migrate_to(&mut conn, &path, 3).unwrap();
        insert_case_7(&conn, &["Ada@Example.org", "a2@example.org"]);
        drop(conn);
        let store = crate::Store::open(&path, crate::OpenMode::MustExist).unwrap();
        let found = store.open_cases_with_email("ada@example.ORG").unwrap();
        assert_eq!(found, [casebook_core::CaseId(7)]);
        assert_eq!(store.open_cases_with_email("a2@example.org").unwrap().len(), 1);
    }

    #[test]
    fn schema_15_reindexes_cases_so_their_own_letters_are_found_folded() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.db");
        let mut conn = Connection::open(&path).unwrap();
        migrate_to(&mut conn, &path, 14).unwrap();
        insert_case_7(&conn, &["ls@example.pl"]);
        conn.execute(
            r#"UPDATE cases SET requester_name = 'Łukasz Sørensen',
                 requester = '{"name":"Łukasz Sørensen","emails":["ls@example.pl"],"address":"Hauptstraße 1"}'"#,
            [],
        )
        .unwrap();
        // Indexed as a schema-14 Casebook did: the words as written only.
        conn.execute(
            "INSERT INTO case_search (rowid, text) VALUES (7, 'CB-2026-0007 Łukasz Sørensen Hauptstraße')",
            [],
        )
        .unwrap();
        let found = |store: &crate::Store, text: &str| {
            let q = crate::ListQuery { text: Some(text.into()), ..Default::default() };
            store.list_cases(&q).unwrap().iter().map(|r| r.reference.to_string()).collect::<Vec<_>>()
        };
        drop(conn);
        let store = crate::Store::open(&path, crate::OpenMode::MustExist).unwrap();
        assert_eq!(store.schema_version().unwrap(), LATEST_SCHEMA);
        for typed in ["lukasz", "Łukasz", "sorensen", "Sørensen", "hauptstrasse", "Hauptstraße", "cb-2026-0007"] {
            assert_eq!(found(&store, typed), ["CB-2026-0007"], "{typed}");
        }
        assert!(found(&store, "ada").is_empty());
    }

    #[test]
    fn refuses_a_newer_schema_and_leaves_it_alone() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.db");
        let conn = Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", LATEST_SCHEMA + 5).unwrap();
        drop(conn);
        let err = crate::Store::open(&path, crate::OpenMode::MustExist).err().unwrap();
        assert!(err.to_string().contains("is from a newer Casebook"), "{err}");
        let conn = Connection::open(&path).unwrap();
        let v: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
        assert_eq!(v, LATEST_SCHEMA + 5);
    }

    /// A register at `schema` with one case in it, as the build of that schema wrote it.
    fn register_at(path: &Path, schema: i64, key: Option<&crate::Passphrase>) {
        let mut conn = Connection::open(path).unwrap();
        if let Some(k) = key {
            crate::crypto::apply_key(&conn, k).unwrap();
        }
        migrate_to(&mut conn, path, schema).unwrap();
        insert_case_7(&conn, &["ada@example.org"]);
    }

    #[test]
    fn an_older_register_is_kept_verified_beside_itself_before_it_is_upgraded() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("casebook.db");
        register_at(&path, LATEST_SCHEMA - 1, None);
        let store = crate::Store::open(&path, crate::OpenMode::MustExist).unwrap();
        let upgrade = store.upgrade().cloned().expect("an upgrade is reported");
        assert_eq!((upgrade.from_schema, upgrade.to_schema), (LATEST_SCHEMA - 1, LATEST_SCHEMA));
        assert_eq!(upgrade.from_version.as_deref(), Some(APP_VERSION), "the test's migrations recorded this build");
        assert_eq!(upgrade.backup.parent(), path.parent(), "beside the register");
        let name = upgrade.backup.file_name().unwrap().to_string_lossy().into_owned();
        assert!(name.starts_with(&format!("casebook.schema-{}.", LATEST_SCHEMA - 1)), "{name}");
        let kept = crate::verify_backup(&upgrade.backup, None).unwrap();
        assert_eq!(kept.integrity, "ok");
        assert_eq!((kept.schema, kept.cases), (LATEST_SCHEMA - 1, 1));
        assert_eq!(store.schema_version().unwrap(), LATEST_SCHEMA);
        drop(store);
        // Said once: the next open has nothing to upgrade and makes no second copy.
        let again = crate::Store::open(&path, crate::OpenMode::MustExist).unwrap();
        assert!(again.upgrade().is_none());
        assert_eq!(
            std::fs::read_dir(dir.path())
                .unwrap()
                .filter_map(|e| e.ok())
                .filter(|e| { e.file_name().to_string_lossy().contains(".schema-") })
                .count(),
            1
        );
    }

    #[test]
    fn an_encrypted_register_is_kept_with_the_same_key() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("casebook.db");
        let key = crate::Passphrase::new("a long enough passphrase for the test").unwrap();
        register_at(&path, LATEST_SCHEMA - 1, Some(&key));
        let store = crate::Store::open_with_key(&path, crate::OpenMode::MustExist, Some(&key)).unwrap();
        let backup = store.upgrade().unwrap().backup.clone();
        assert_eq!(crate::database_kind(&backup).unwrap(), crate::DatabaseKind::Encrypted);
        assert!(crate::verify_backup(&backup, None).is_err(), "the copy is not readable without the key");
        assert_eq!(crate::verify_backup(&backup, Some(&key)).unwrap().cases, 1);
    }

    #[test]
    fn a_new_register_is_not_an_upgrade() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("casebook.db");
        let store = crate::Store::open(&path, crate::OpenMode::CreateIfMissing).unwrap();
        assert!(store.upgrade().is_none());
        assert_eq!(
            std::fs::read_dir(dir.path()).unwrap().count(),
            1 + usize::from(path.with_extension("db-wal").exists())
                + usize::from(path.with_extension("db-shm").exists())
        );
    }

    #[test]
    fn a_newer_register_is_refused_naming_the_version_that_made_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.db");
        let mut conn = Connection::open(&path).unwrap();
        migrate_to(&mut conn, &path, LATEST_SCHEMA).unwrap();
        conn.execute("UPDATE settings SET value = '\"9.4.1\"' WHERE key = ?1", [MADE_BY_KEY]).unwrap();
        conn.pragma_update(None, "user_version", LATEST_SCHEMA + 2).unwrap();
        drop(conn);
        let err = crate::Store::open(&path, crate::OpenMode::MustExist).err().unwrap().to_string();
        assert!(err.contains("made by Casebook 9.4.1"), "{err}");
        assert!(err.contains(&format!("this is Casebook {APP_VERSION}")), "{err}");
        let err = crate::verify_backup(&path, None).err().unwrap().to_string();
        assert!(err.contains("made by Casebook 9.4.1"), "{err}");
    }

    #[test]
    fn refuses_a_file_that_is_not_sqlite() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.db");
        std::fs::write(&path, b"this is a text file, not a database, and it is long enough").unwrap();
        let err = crate::Store::open(&path, crate::OpenMode::MustExist).err().unwrap();
        assert!(matches!(err, Error::NotADatabase(_)), "{err}");
        assert_eq!(std::fs::read(&path).unwrap(), b"this is a text file, not a database, and it is long enough");
    }
}

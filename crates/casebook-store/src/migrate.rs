//! Append-only migrations tracked by `PRAGMA user_version`.
//!
//! Migration N brings the schema from version N-1 to N. Each runs in one
//! transaction together with its `user_version` bump, so a crash leaves the
//! database at the old version or the new one, never between.

use std::path::Path;

use rusqlite::Connection;

use crate::{Error, Result};

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
];

/// The schema version this build writes.
pub const LATEST_SCHEMA: i64 = MIGRATIONS.len() as i64;

pub(crate) fn migrate(conn: &mut Connection, path: &Path) -> Result<()> {
    migrate_to(conn, path, LATEST_SCHEMA)
}

/// Migrates up to `target` (tests use it to build every earlier schema).
pub(crate) fn migrate_to(conn: &mut Connection, path: &Path, target: i64) -> Result<()> {
    let current: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if current > LATEST_SCHEMA {
        return Err(Error::NewerSchema { path: path.to_path_buf(), found: current, known: LATEST_SCHEMA });
    }
    for (i, sql) in MIGRATIONS.iter().enumerate().take(target as usize).skip(current as usize) {
        let version = i as i64 + 1;
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", version)?;
        tx.commit()?;
    }
    Ok(())
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
        conn.execute_batch(
            r#"INSERT INTO cases (id, reference, status, regime, location, channel, received, requester_name,
                   requester, created_at, updated_at)
               VALUES (7, 'CB-2026-0007', 'received', 'uk-gdpr', 'GB-ENG', 'email', '2026-11-02', 'Ada',
                   '{"name":"Ada","emails":["Ada@Example.org","a2@example.org"]}', 'x', 'x');"#,
        )
        .unwrap();
        drop(conn);
        let store = crate::Store::open(&path, crate::OpenMode::MustExist).unwrap();
        let found = store.open_cases_with_email("ada@example.ORG").unwrap();
        assert_eq!(found, [casebook_core::CaseId(7)]);
        assert_eq!(store.open_cases_with_email("a2@example.org").unwrap().len(), 1);
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

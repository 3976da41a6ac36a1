//! The team register's schema: append-only, versioned migrations
//! (pg_migrations/NNNN_*.sql), each applied in one transaction together with
//! its row in `casebook_schema`; a server whose schema is newer than this
//! build's is refused ([`crate::Error::PgNewerSchema`]).

use postgres::Client;

/// The migrations, in order: schema n is `MIGRATIONS[n - 1]`. Append only.
const MIGRATIONS: &[&str] = &[
    include_str!("../../pg_migrations/0001_register.sql"),
    include_str!("../../pg_migrations/0002_assignment.sql"),
    include_str!("../../pg_migrations/0003_search.sql"),
    include_str!("../../pg_migrations/0004_answers.sql"),
    include_str!("../../pg_migrations/0005_open_due.sql"),
    include_str!("../../pg_migrations/0006_processing.sql"),
    include_str!("../../pg_migrations/0007_answer_corrections.sql"),
    include_str!("../../pg_migrations/0008_hr_audit.sql"),
    include_str!("../../pg_migrations/0009_case_counts.sql"),
    include_str!("../../pg_migrations/0010_search_ids.sql"),
    include_str!("../../pg_migrations/0011_letters.sql"),
    include_str!("../../pg_migrations/0012_data.sql"),
    include_str!("../../pg_migrations/0013_intake.sql"),
    include_str!("../../pg_migrations/0014_retention.sql"),
    include_str!("../../pg_migrations/0015_migrate_in.sql"),
    include_str!("../../pg_migrations/0016_letter_templates.sql"),
    include_str!("../../pg_migrations/0017_deadline_rules.sql"),
    include_str!("../../pg_migrations/0018_appeal_due.sql"),
];

/// A schema's step that needs Casebook's own code, run after its SQL in the
/// same transaction (its SQL file says so): schema 3 indexes every case
/// already stored with the words the local index would hold.
fn after_sql(tx: &mut postgres::Transaction<'_>, version: i64) -> Result<(), postgres::Error> {
    match version {
        3 => super::search::reindex_all(tx),
        _ => Ok(()),
    }
}

/// The newest schema this build knows.
pub const PG_LATEST_SCHEMA: i64 = MIGRATIONS.len() as i64;

/// The register's schema, or None when the database has no Casebook schema.
pub(crate) fn schema_version(client: &mut Client) -> Result<Option<i64>, postgres::Error> {
    let exists: bool = client.query_one("SELECT to_regclass('public.casebook_schema') IS NOT NULL", &[])?.get(0);
    if !exists {
        return Ok(None);
    }
    let v: Option<i32> = client.query_one("SELECT max(version) FROM casebook_schema", &[])?.get(0);
    Ok(Some(v.map_or(0, i64::from)))
}

/// Applies every migration after `from`, each in its own transaction (the
/// first one creating `casebook_schema` with it). Concurrent upgrades are
/// serialised by a transaction-scoped advisory lock and the second one finds
/// nothing left to do.
pub(crate) fn upgrade(client: &mut Client, from: i64) -> Result<(), postgres::Error> {
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(from.max(0) as usize) {
        let version = i as i64 + 1;
        let mut tx = client.transaction()?;
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&MIGRATION_LOCK])?;
        let done: bool = tx.query_one("SELECT to_regclass('public.casebook_schema') IS NOT NULL", &[])?.get(0);
        if done {
            let current: Option<i32> = tx.query_one("SELECT max(version) FROM casebook_schema", &[])?.get(0);
            if i64::from(current.unwrap_or(0)) >= version {
                continue;
            }
        } else {
            tx.batch_execute(
                "CREATE TABLE casebook_schema (
                     version          integer PRIMARY KEY,
                     applied_at       timestamptz NOT NULL DEFAULT now(),
                     applied_by       text NOT NULL DEFAULT current_user,
                     casebook_version text NOT NULL
                 )",
            )?;
        }
        tx.batch_execute(sql)?;
        after_sql(&mut tx, version)?;
        tx.batch_execute(
            "GRANT SELECT ON casebook_schema TO casebook_dpo, casebook_handler, casebook_auditor, casebook_hr",
        )?;
        tx.execute(
            "INSERT INTO casebook_schema (version, casebook_version) VALUES ($1, $2)",
            &[&(version as i32), &crate::APP_VERSION],
        )?;
        tx.commit()?;
    }
    Ok(())
}

/// The advisory lock key of schema changes ("casebook" + 1).
const MIGRATION_LOCK: i64 = 0x6361_7365_626f_6f6b + 1;

//! A team register copied whole into a new local register file (`casebook
//! team export`, and a team register's `casebook backup`).
//!
//! Everything is read in one read-only `REPEATABLE READ` transaction, so the
//! copy is the register as it stood at one instant while members go on
//! writing; each table is streamed a row at a time into one SQLite
//! transaction of a new register at this build's schema, keeping every id
//! and reference, and the audit log copied entry for entry with its head.
//! The team's entries carry their cases' row digests in `state`, as a
//! local register's do, so the copy's check replays them as its own. The copy then gets one local
//! entry of its own, saying where it came from, who made it, what it holds
//! and the team's head; an encrypted copy's chain is keyed from that entry
//! on, the team's entries before it staying SHA-256, as an encrypted plain
//! register's are. The file is written under a temporary name beside its
//! target, checked read-only (integrity, the chain, the stored files' hashes,
//! each table's rows against the snapshot's) and only then renamed.
//!
//! The team's own letter templates in force are read in the same snapshot:
//! the export's entry records each one's text (so a backup carries them),
//! and the caller writes them as the files a local register reads.
//!
//! Only members of `casebook_dpo` may export: row-level security hides HR
//! cases from everyone else, and a copy without them would not be the register.

use std::path::Path;

use chrono::{DateTime, Utc};
use postgres::fallible_iterator::FallibleIterator;
use postgres::types::{ToSql, Type};
use rusqlite::types::Value;
use serde::Serialize;

use super::PgStore;
use super::tables::{TABLES, Table};
use crate::crypto::{DatabaseKind, Passphrase, database_kind};
use crate::swap::{BackupCheck, sibling, verify_backup};
use crate::{Error, OpenMode, Result, Stamp, Store, chain_key};

pub use crate::audit::EXPORTED_FROM_TEAM;

/// Settings a local register keeps of itself (its chain's head and key,
/// the version that made its schema): never taken from the team's.
fn local_only(key: &str) -> bool {
    [crate::audit::HEAD_KEY, chain_key::RECORD_KEY, crate::migrate::MADE_BY_KEY].contains(&key)
}

/// The rows of one table: as many in the copy as in the snapshot.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TableCount {
    pub table: String,
    pub rows: i64,
}

/// What `team export` wrote: where from, by whom, what the snapshot held
/// (each table's rows, the team's chain), and the new file as checked.
#[derive(Debug, Clone, Serialize)]
pub struct TeamExport {
    /// The team register, without its password.
    pub register: String,
    /// The member who exported it (their login).
    pub exported_by: String,
    pub cases: i64,
    /// Each table's rows, in the snapshot and in the copy alike (the local
    /// entry recording the export is not counted in `audit_log`).
    pub tables: Vec<TableCount>,
    /// The team's chain as the snapshot held it: its entries and head.
    pub team_entries: i64,
    pub team_head: String,
    /// The file written, checked read-only: its chain holds the team's
    /// entries and the one recording the export.
    pub check: BackupCheck,
    /// The team's own letter templates in force in the snapshot
    /// (`<lang>/<kind>.txt`). A local register keeps them as files beside
    /// it, which the caller writes from [`TeamExport::own_templates`]; the
    /// export's entry records each one's text, so the file carries them.
    pub templates: Vec<String>,
    #[serde(skip)]
    pub own_templates: Vec<super::OwnTemplate>,
}

/// The team's chain in the snapshot: its entries and its head record.
struct TeamChain {
    entries: i64,
    head: String,
}

/// The sentence the local entry records (also the CLI's summary).
pub fn export_summary(register: &str, member: &str, cases: i64, entries: i64, head: &str) -> String {
    format!("exported from team register {register} by {member}: {cases} cases, {entries} entries, team head {head}")
}

impl PgStore {
    /// Copies the whole team register into the new local register file
    /// `out` (refused when it exists), encrypted with `key` when given;
    /// the local entry recording it is stamped `at` by this member.
    pub fn export_to_file(&mut self, out: &Path, key: Option<&Passphrase>, at: DateTime<Utc>) -> Result<TeamExport> {
        self.export_to_file_checked(out, key, at, |_| Ok(()))
    }

    /// [`PgStore::export_to_file`], with `check` run on the export as
    /// written and checked, before it takes the name `out`: its error
    /// leaves nothing written.
    pub fn export_to_file_checked<E: From<Error>>(
        &mut self,
        out: &Path,
        key: Option<&Passphrase>,
        at: DateTime<Utc>,
        check: impl FnOnce(&TeamExport) -> std::result::Result<(), E>,
    ) -> std::result::Result<TeamExport, E> {
        if database_kind(out)? != DatabaseKind::Missing || out.symlink_metadata().is_ok() {
            return Err(Error::Exists(out.to_path_buf()).into());
        }
        if let Some(dir) = out.parent().filter(|d| !d.as_os_str().is_empty())
            && !dir.is_dir()
        {
            return Err(Error::Io {
                path: out.to_path_buf(),
                source: std::io::Error::new(std::io::ErrorKind::NotFound, "its folder does not exist"),
            }
            .into());
        }
        let tmp = sibling(out, "exporting");
        let _ = std::fs::remove_file(&tmp);
        let result = self.export_into(&tmp, key, at).map_err(E::from).and_then(|mut export| {
            check(&export)?;
            if database_kind(out)? != DatabaseKind::Missing || out.symlink_metadata().is_ok() {
                return Err(Error::Exists(out.to_path_buf()).into());
            }
            std::fs::rename(&tmp, out).map_err(|source| Error::Io { path: out.to_path_buf(), source })?;
            crate::private::sync_dir(out);
            export.check.path = out.to_path_buf();
            Ok(export)
        });
        if result.is_err() {
            for leftover in
                [tmp.clone(), crate::swap::with_suffix(&tmp, "journal"), crate::swap::with_suffix(&tmp, "wal")]
            {
                let _ = std::fs::remove_file(leftover);
            }
            let _ = std::fs::remove_file(crate::swap::with_suffix(&tmp, "shm"));
        }
        result
    }

    /// A backup of the team register: the same file as a local register's
    /// backup (`Store::backup_to`, encrypted with `key`), made from an
    /// export of one snapshot into a private folder beside `out`, which is
    /// removed afterwards. The export, and the backup as checked.
    pub fn backup_to_file(
        &mut self,
        out: &Path,
        key: &Passphrase,
        at: DateTime<Utc>,
    ) -> Result<(TeamExport, BackupCheck)> {
        if database_kind(out)? != DatabaseKind::Missing || out.symlink_metadata().is_ok() {
            return Err(Error::Exists(out.to_path_buf()));
        }
        let folder = out.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
        let dir = tempfile::Builder::new()
            .prefix(".casebook-team-backup-")
            .tempdir_in(folder)
            .map_err(|source| Error::Io { path: out.to_path_buf(), source })?;
        let export = self.export_to_file(&dir.path().join("register.db"), Some(key), at)?;
        let snapshot = Store::open_with_key(&export.check.path, OpenMode::MustExist, Some(key))?;
        let backup = snapshot.backup_to(out)?;
        drop(snapshot);
        dir.close().map_err(|source| Error::Io { path: out.to_path_buf(), source })?;
        Ok((export, backup))
    }

    /// The export written to `tmp` and checked there.
    fn export_into(&mut self, tmp: &Path, key: Option<&Passphrase>, at: DateTime<Utc>) -> Result<TeamExport> {
        let user = self.user.clone();
        let register = self.config.to_string();
        let mut local = Store::open_with_key(tmp, OpenMode::CreateIfMissing, key)?;
        let (tables, chain, templates) = {
            let mut snapshot = self
                .client
                .build_transaction()
                .read_only(true)
                .isolation_level(postgres::IsolationLevel::RepeatableRead)
                .start()
                .map_err(|e| worded(&user, &self.config, e))?;
            let copied = copy_snapshot(&mut snapshot, &mut local, &user, &register, at);
            snapshot.commit().map_err(|e| worded(&user, &self.config, e))?;
            copied.map_err(|e| match e {
                Copy::Pg(e) => worded(&user, &self.config, e),
                Copy::Local(e) => e,
            })?
        };
        let cases = tables.iter().find(|t| t.table == "cases").map_or(0, |t| t.rows);
        local.check_counts(&tables)?;
        // A file at rest with no WAL beside it: renamed alone, whole.
        local.conn.query_row("PRAGMA journal_mode = DELETE", [], |_| Ok(()))?;
        drop(local);
        crate::swap::sync_file(tmp)?;
        let check = verify_backup(tmp, key)?.require_ok()?;
        if check.audit.entries != chain.entries + 1 || check.cases != cases {
            return Err(Error::Unverified {
                path: tmp.to_path_buf(),
                problem: format!(
                    "the copy holds {} cases and {} audit entries, the team register {cases} and {} (and the export's own)",
                    check.cases, check.audit.entries, chain.entries
                ),
            });
        }
        Ok(TeamExport {
            register,
            exported_by: user,
            cases,
            tables,
            team_entries: chain.entries,
            team_head: chain.head,
            check,
            templates: templates.iter().map(|t| format!("{}/{}.txt", t.language, t.kind)).collect(),
            own_templates: templates,
        })
    }
}

fn worded(user: &str, config: &crate::PgConfig, e: postgres::Error) -> Error {
    super::worded(user, config, e, "exporting the team register")
}

/// A failure while copying: the server's, or the local file's.
enum Copy {
    Pg(postgres::Error),
    Local(Error),
}

impl From<postgres::Error> for Copy {
    fn from(e: postgres::Error) -> Copy {
        Copy::Pg(e)
    }
}

impl From<Error> for Copy {
    fn from(e: Error) -> Copy {
        Copy::Local(e)
    }
}

impl From<super::cases::Fail> for Copy {
    fn from(e: super::cases::Fail) -> Copy {
        match e {
            super::cases::Fail::Server(e) => Copy::Pg(e),
            super::cases::Fail::Store(e) => Copy::Local(e),
        }
    }
}

impl From<rusqlite::Error> for Copy {
    fn from(e: rusqlite::Error) -> Copy {
        Copy::Local(Error::Sqlite(e))
    }
}

/// Reads the snapshot into `local`'s one transaction, which ends with the
/// entry recording the export: each table's rows and the team's chain.
fn copy_snapshot(
    snapshot: &mut postgres::Transaction<'_>,
    local: &mut Store,
    user: &str,
    register: &str,
    at: DateTime<Utc>,
) -> std::result::Result<(Vec<TableCount>, TeamChain, Vec<super::OwnTemplate>), Copy> {
    let is_dpo: bool = snapshot.query_one("SELECT pg_has_role(current_user, 'casebook_dpo', 'MEMBER')", &[])?.get(0);
    if !is_dpo {
        return Err(Copy::Local(Error::PgExportNeedsDpo { user: user.to_string(), register: register.to_string() }));
    }
    // An encrypted copy's chain is keyed from the export's own entry on:
    // the team's entries before it are SHA-256 (format 3).
    let keyed = match local.key.clone() {
        None => None,
        Some(key) => {
            let team_entries: i64 = snapshot.query_one("SELECT count(*) FROM casebook_audit_links()", &[])?.get(0);
            let (record, chain) = chain_key::Record::new(&key, team_entries + 1)?;
            chain_key::register(&local.conn, Some(key), Some((&record, chain)))?;
            Some(record)
        }
    };
    let tx = local.conn.transaction()?;
    // The team's rows keep their ids; a link is checked once all are in.
    tx.pragma_update(None, "defer_foreign_keys", true)?;
    let mut tables = Vec::with_capacity(TABLES.len());
    // Every table of the map, the team's own `hr` and `assigned_to` aside
    // (a local register has no column for them).
    for table in TABLES {
        let rows = copy_table(snapshot, &tx, table)?;
        tables.push(TableCount { table: table.name.to_string(), rows });
    }
    let chain = team_chain(snapshot, &tables)?;
    let templates = super::templates::all_in_force(snapshot)?;
    if let Some(broken) = tx.query_row("PRAGMA foreign_key_check", [], |r| r.get::<_, String>(0)).optional_row()? {
        return Err(Copy::Local(Error::Corrupt(format!(
            "the team register's {broken} refers to a row this member cannot read; nothing was written"
        ))));
    }
    crate::search::reindex_all(&tx)?;
    let head = serde_json::json!({ "id": chain.entries, "hash": chain.head }).to_string();
    tx.execute("INSERT INTO settings (key, value) VALUES (?1, ?2)", rusqlite::params![crate::audit::HEAD_KEY, head])?;
    // The team's stored dates may predate this version's deadline rules: the
    // copy says nothing of them, so that it recomputes them when first opened.
    tx.execute("DELETE FROM settings WHERE key = ?1", [crate::RULES_KEY])?;
    if let Some(record) = &keyed {
        chain_key::write(&tx, record)?;
    }
    let cases = tables.iter().find(|t| t.table == "cases").map_or(0, |t| t.rows);
    let after = serde_json::json!({
        "summary": export_summary(register, user, cases, chain.entries, &chain.head),
        "register": register,
        "exported_by": user,
        "team_entries": chain.entries,
        "team_head": chain.head,
        "tables": tables.iter().map(|t| (t.table.clone(), serde_json::Value::from(t.rows))).collect::<serde_json::Map<_, _>>(),
        "letter_templates": templates.iter().map(super::templates::exported).collect::<Vec<_>>(),
    })
    .to_string();
    crate::audit::append(&tx, Stamp { at, actor: user }, None, EXPORTED_FROM_TEAM, None, Some(&after))?;
    tx.commit()?;
    Ok((tables, chain, templates))
}

/// An optional first row of a query that may return none.
trait OptionalRow<T> {
    fn optional_row(self) -> rusqlite::Result<Option<T>>;
}

impl<T> OptionalRow<T> for rusqlite::Result<T> {
    fn optional_row(self) -> rusqlite::Result<Option<T>> {
        match self {
            Ok(v) => Ok(Some(v)),
            Err(rusqlite::Error::QueryReturnedNoRows) => Ok(None),
            Err(e) => Err(e),
        }
    }
}

/// Streams one table of the snapshot into the local transaction; its rows.
fn copy_table(
    snapshot: &mut postgres::Transaction<'_>,
    tx: &rusqlite::Transaction<'_>,
    table: &Table,
) -> std::result::Result<i64, Copy> {
    let Table { name: table, columns, key: order, .. } = *table;
    let list = columns.iter().map(|(c, _)| format!("\"{c}\"")).collect::<Vec<_>>().join(", ");
    let marks = (1..=columns.len()).map(|i| format!("?{i}")).collect::<Vec<_>>().join(", ");
    // Settings the new file made of itself give way to none of the team's.
    let mut insert = tx.prepare(&format!("INSERT INTO {table} ({list}) VALUES ({marks})"))?;
    let no_params: [&(dyn ToSql + Sync); 0] = [];
    let mut rows = snapshot.query_raw(&format!("SELECT {list} FROM {table} ORDER BY {order}"), no_params)?;
    let mut count = 0;
    while let Some(row) = rows.next()? {
        let values = (0..columns.len()).map(|i| value(&row, i)).collect::<Result<Vec<_>, _>>()?;
        if table == "settings" && matches!(&values[0], Value::Text(k) if local_only(k)) {
            continue;
        }
        insert.execute(rusqlite::params_from_iter(values))?;
        count += 1;
    }
    Ok(count)
}

/// One column of a team row as SQLite stores it (a flag as 0 or 1).
fn value(row: &postgres::Row, i: usize) -> std::result::Result<Value, postgres::Error> {
    Ok(match *row.columns()[i].type_() {
        Type::INT8 => row.try_get::<_, Option<i64>>(i)?.map_or(Value::Null, Value::Integer),
        Type::INT4 => row.try_get::<_, Option<i32>>(i)?.map_or(Value::Null, |v| Value::Integer(v.into())),
        Type::BOOL => row.try_get::<_, Option<bool>>(i)?.map_or(Value::Null, |v| Value::Integer(v.into())),
        Type::BYTEA => row.try_get::<_, Option<Vec<u8>>>(i)?.map_or(Value::Null, Value::Blob),
        _ => row.try_get::<_, Option<String>>(i)?.map_or(Value::Null, Value::Text),
    })
}

/// The team's chain in the snapshot, against the entries copied: every
/// entry the chain holds was read (none hidden from this member), and the
/// head record is the last of them.
fn team_chain(snapshot: &mut postgres::Transaction<'_>, tables: &[TableCount]) -> std::result::Result<TeamChain, Copy> {
    let links: i64 = snapshot.query_one("SELECT count(*) FROM casebook_audit_links()", &[])?.get(0);
    let copied = tables.iter().find(|t| t.table == "audit_log").map_or(0, |t| t.rows);
    if copied != links {
        return Err(Copy::Local(Error::Corrupt(format!(
            "the team register's audit log holds {links} entries and this member read {copied}; nothing was written"
        ))));
    }
    let head = snapshot.query_opt("SELECT id, hash FROM audit_head", &[])?;
    let last = snapshot.query_opt("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1", &[])?;
    let pair = |r: Option<postgres::Row>| r.map(|r| (r.get::<_, i64>(0), r.get::<_, String>(1)));
    match (pair(head), pair(last)) {
        (None, None) => Ok(TeamChain { entries: 0, head: crate::audit::GENESIS.to_string() }),
        (Some(head), Some(last)) if head == last && head.0 == links => Ok(TeamChain { entries: head.0, head: head.1 }),
        (head, _) => Err(Copy::Local(Error::Corrupt(format!(
            "the team register's audit head ({}) is not its last entry ({links} entries): run `casebook audit verify` on it; nothing was written",
            head.map_or("missing".to_string(), |(id, hash)| format!("entry {id}, {hash}"))
        )))),
    }
}

impl Store {
    /// Each table of the copy against the snapshot's rows (the settings the
    /// file keeps of itself and the export's own entry aside).
    fn check_counts(&self, tables: &[TableCount]) -> Result<()> {
        for t in tables {
            let sql = match t.table.as_str() {
                "settings" => "SELECT count(*) FROM settings WHERE key NOT IN (?1, ?2, ?3, ?4)".to_string(),
                "audit_log" => "SELECT count(*) - 1 FROM audit_log".to_string(),
                table => format!("SELECT count(*) FROM {table}"),
            };
            let mut stmt = self.conn.prepare(&sql)?;
            let local: i64 = if t.table == "settings" {
                let made =
                    [crate::audit::HEAD_KEY, chain_key::RECORD_KEY, crate::migrate::MADE_BY_KEY, crate::RULES_KEY];
                stmt.query_row(made, |r| r.get(0))?
            } else {
                stmt.query_row([], |r| r.get(0))?
            };
            if local != t.rows {
                return Err(Error::Unverified {
                    path: self.path.clone(),
                    problem: format!(
                        "{}: {} rows in the team register's snapshot, {local} in the copy",
                        t.table, t.rows
                    ),
                });
            }
        }
        Ok(())
    }
}

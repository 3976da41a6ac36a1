//! A local register moved whole into an empty team register (`casebook team
//! migrate`, issue #21): every table's rows, in one PostgreSQL transaction,
//! so a failure anywhere (a refused row, a lost connection) leaves the team
//! register as it was.
//!
//! Ids are kept (a case's id, a note's, a document's links, an audit entry's),
//! so every reference between rows and every audit entry still names the same
//! row. The audit log is copied entry for entry, hashes and formats included,
//! through schema 15's `casebook_migrate_audit` (the one door for entries
//! whose actor is not the member writing them, open only to a DPO while the
//! chain has no head); then the chain's head is set to the local one and the
//! move appends its own entry, as the member, like any write. What the team
//! register derives (the words' index, the requesters' addresses, the counts
//! by status) is derived here as it is for a case logged there.

use chrono::{DateTime, Utc};
use postgres::Transaction;
use postgres::types::ToSql;
use rusqlite::types::ValueRef;

use super::PgStore;
use super::audit::MIGRATED_ACTION;
use super::tables::{self, Table, Ty};
use super::templates::TemplateMovedIn;
use crate::audit::GENESIS;
use crate::{Error, Result, Store};

/// Settings of the local file that do not move, because they describe the
/// file rather than the organisation: the chain's head (the team register
/// keeps its own in `audit_head`), the wrapped key of a keyed chain (it
/// stays with the file's passphrase; see `pg/audit.rs`'s format 4), the
/// Casebook that made the file's schema and its last upgrade, its backups
/// and restores, and its encryption.
const LOCAL_ONLY_SETTINGS: &[&str] = &[
    "audit_head",
    "audit_chain_key",
    "schema_made_by",
    "deadline_rules",
    "last_upgrade",
    "last_backup",
    "last_restore",
    "encryption",
];

/// Audit entries handed to the server at a time.
const AUDIT_BATCH: usize = 2_000;

/// One table's rows on the local register and on the team register after the move.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct TableCompared {
    pub table: String,
    pub local: i64,
    pub team: i64,
}

/// What a move copied, read back from the team register after its commit.
#[derive(Debug, Clone, serde::Serialize)]
pub struct MigratedIn {
    /// The member who moved it (the move's audit entry names them).
    pub by: String,
    pub cases: i64,
    /// The local register's audit entries, copied.
    pub entries: i64,
    /// The local chain's head (the hash of its last entry; 64 zeros for none).
    pub local_head: String,
    /// The hash of entry `entries` as the team register holds it after the
    /// move (the local head, when the history moved unchanged).
    pub team_hash_at_local_head: String,
    /// The move's own entry on the team register (`entries + 1`).
    pub entry: i64,
    /// Per table: rows on the local register and on the team register. The
    /// audit log's team count includes the move's entry; settings kept only
    /// by a local file ([`LOCAL_ONLY_SETTINGS`]) are not counted.
    pub tables: Vec<TableCompared>,
    /// The local settings that did not move, by key.
    pub not_moved: Vec<String>,
    /// The own letter templates the file kept beside it, moved as rows of
    /// `letter_templates` (`<lang>/<kind>.txt`), each with its audit entry
    /// after the move's.
    pub templates: Vec<String>,
}

impl PgStore {
    /// Copies the local register `local` (opened, and its audit log verified,
    /// by the caller) into this team register, which must be empty (no case,
    /// no setting, no audit entry, nothing in any table moved), as a member of
    /// casebook_dpo; `from` names the file in the move's audit entry. The
    /// own letter templates kept beside the file (read by the caller) are
    /// moved in the same transaction.
    pub fn migrate_in(
        &mut self,
        local: &Store,
        from: &str,
        templates: &[TemplateMovedIn],
        at: DateTime<Utc>,
    ) -> Result<MigratedIn> {
        self.require_dpo()?;
        // One snapshot of the file for its counts, its rows and its head,
        // whatever another program writes to it meanwhile.
        let _snapshot = Snapshot::begin(local)?;
        let local_tables = local_counts(local)?;
        let (entries, local_head) = local_head(local)?;
        let cases = local_tables.iter().find(|t| t.0 == "cases").map_or(0, |t| t.1);
        let user = self.user.clone();
        let register = self.config.to_string();
        let (config, client) = (&self.config, &mut self.client);
        let fail = |e: postgres::Error| super::worded(&user, config, e, "moving the register in");
        let mut tx = client.transaction().map_err(fail)?;
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&super::audit::AUDIT_LOCK]).map_err(fail)?;
        let found = already_there(&mut tx).map_err(fail)?;
        if !found.is_empty() {
            return Err(Error::PgMoveTargetNotEmpty { register, found: found.join(", ") });
        }
        for table in tables::moved_in() {
            copy_table(local, &mut tx, table).map_err(|e| e.into_error(&fail))?;
        }
        copy_audit(local, &mut tx).map_err(|e| e.into_error(&fail))?;
        let derived = (|| -> Result<(), postgres::Error> {
            super::search::reindex_all_with_mail(&mut tx)?;
            tx.execute("SELECT casebook_migrate_sequences()", &[])?;
            if entries > 0 {
                tx.execute("INSERT INTO audit_head (one, id, hash) VALUES (true, $1, $2)", &[&entries, &local_head])?;
            }
            let after = format!(
                "register migrated from {from}: {cases} cases, {entries} audit entries, local head {local_head}"
            );
            super::audit::append(&mut tx, &user, at, None, MIGRATED_ACTION, None, Some(&after))?;
            super::templates::move_in(&mut tx, &user, at, templates)?;
            Ok(())
        })();
        derived.map_err(fail)?;
        tx.commit().map_err(fail)?;
        let team = self.row_counts().map_err(|e| self.error(e))?;
        let team_hash_at_local_head = match entries {
            0 => GENESIS.to_string(),
            n => {
                let row = self.client.query_opt("SELECT hash FROM audit_log WHERE id = $1", &[&n]);
                row.map_err(|e| self.error(e))?.map(|r| r.get(0)).unwrap_or_default()
            }
        };
        let tables = local_tables
            .iter()
            .map(|(table, n)| TableCompared {
                table: table.clone(),
                local: *n,
                team: team.iter().find(|t| t.0 == *table).map_or(0, |t| t.1),
            })
            .collect();
        let not_moved = local_only_settings(local)?;
        Ok(MigratedIn {
            by: self.user.clone(),
            cases,
            entries,
            local_head,
            team_hash_at_local_head,
            entry: entries + 1,
            tables,
            not_moved,
            templates: templates.iter().map(|t| format!("{}/{}.txt", t.language, t.kind)).collect(),
        })
    }

    /// A move is the DPO's: it writes settings, the register of processing
    /// and the audit log's history.
    fn require_dpo(&mut self) -> Result<()> {
        if !self.is_dpo()? {
            return Err(Error::PgMoveNeedsDpo { register: self.config.to_string(), user: self.user.clone() });
        }
        Ok(())
    }

    /// Every moved table's rows as the register holds them, whatever
    /// row-level security hides (schema 15's `casebook_row_counts`, the DPO's).
    fn row_counts(&mut self) -> Result<Vec<(String, i64)>, postgres::Error> {
        let names = moved_names();
        let rows = self.client.query("SELECT name, n FROM casebook_row_counts($1)", &[&names])?;
        Ok(rows.iter().map(|r| (r.get(0), r.get(1))).collect())
    }
}

/// A read transaction on the local file, ended when dropped (it wrote nothing).
struct Snapshot<'a>(&'a Store);

impl<'a> Snapshot<'a> {
    fn begin(local: &'a Store) -> Result<Snapshot<'a>> {
        local.conn.execute_batch("BEGIN DEFERRED")?;
        Ok(Snapshot(local))
    }
}

impl Drop for Snapshot<'_> {
    fn drop(&mut self) {
        let _ = self.0.conn.execute_batch("ROLLBACK");
    }
}

/// The tables a move writes, the audit log last.
fn moved_names() -> Vec<&'static str> {
    tables::moved_in().chain([tables::audit_log()]).map(|t| t.name).collect()
}

/// What the team register already holds, one phrase per table that is not
/// empty (`3 cases`), in the tables' order; empty when it may be moved into.
fn already_there(tx: &mut Transaction<'_>) -> Result<Vec<String>, postgres::Error> {
    let names = moved_names();
    let rows = tx.query("SELECT name, n FROM casebook_row_counts($1)", &[&names])?;
    let mut found = Vec::new();
    for r in &rows {
        let (name, n): (String, i64) = (r.get(0), r.get(1));
        if n > 0 {
            let s = if n == 1 { "" } else { "s" };
            found.push(match name.as_str() {
                "audit_log" => format!("{n} audit {}", if n == 1 { "entry" } else { "entries" }),
                "cases" => format!("{n} case{s}"),
                other => format!("{n} row{s} in {other}"),
            });
        }
    }
    if tx.query_opt("SELECT 1 FROM audit_head", &[])?.is_some() {
        found.push("an audit chain head".into());
    }
    Ok(found)
}

/// The local register's rows per moved table (settings without the local
/// ones), and its audit entries last.
fn local_counts(local: &Store) -> Result<Vec<(String, i64)>> {
    let mut out = Vec::new();
    for Table { name: table, .. } in tables::moved_in() {
        let sql = if *table == "settings" {
            format!("SELECT count(*) FROM settings WHERE key NOT IN ({})", quoted_list(LOCAL_ONLY_SETTINGS))
        } else {
            format!("SELECT count(*) FROM {table}")
        };
        out.push((table.to_string(), local.conn.query_row(&sql, [], |r| r.get(0))?));
    }
    out.push(("audit_log".into(), local.conn.query_row("SELECT count(*) FROM audit_log", [], |r| r.get(0))?));
    Ok(out)
}

/// The local settings that stay on the file, by key.
fn local_only_settings(local: &Store) -> Result<Vec<String>> {
    let sql = format!("SELECT key FROM settings WHERE key IN ({}) ORDER BY key", quoted_list(LOCAL_ONLY_SETTINGS));
    let mut stmt = local.conn.prepare(&sql)?;
    let keys = stmt.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<Vec<String>>>()?;
    Ok(keys)
}

fn quoted_list(keys: &[&str]) -> String {
    keys.iter().map(|k| format!("'{k}'")).collect::<Vec<_>>().join(", ")
}

/// The local chain's last entry and hash (0 and the genesis for none).
fn local_head(local: &Store) -> Result<(i64, String)> {
    let last: Option<(i64, String)> = local
        .conn
        .query_row("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1", [], |r| Ok((r.get(0)?, r.get(1)?)))
        .map(Some)
        .or_else(|e| if e == rusqlite::Error::QueryReturnedNoRows { Ok(None) } else { Err(e) })?;
    Ok(last.unwrap_or_else(|| (0, GENESIS.to_string())))
}

/// A failure reading the local file or writing the team register.
enum CopyError {
    Local(Error),
    Team(postgres::Error),
}

impl CopyError {
    fn into_error(self, team: &impl Fn(postgres::Error) -> Error) -> Error {
        match self {
            CopyError::Local(e) => e,
            CopyError::Team(e) => team(e),
        }
    }
}

impl From<rusqlite::Error> for CopyError {
    fn from(e: rusqlite::Error) -> CopyError {
        CopyError::Local(e.into())
    }
}

impl From<postgres::Error> for CopyError {
    fn from(e: postgres::Error) -> CopyError {
        CopyError::Team(e)
    }
}

/// A value for PostgreSQL.
type Param = Box<dyn ToSql + Sync>;

/// One local value as `ty`; a value of another kind is the file's damage, named.
fn param(table: &str, column: &str, ty: Ty, v: ValueRef<'_>) -> Result<Param, CopyError> {
    use Ty::{Bool, Bytes, Int4, Int8, Text};
    let wrong = || {
        CopyError::Local(Error::Corrupt(format!(
            "{table}.{column} holds a {:?} value, not {}",
            v.data_type(),
            name(ty)
        )))
    };
    Ok(match (ty, v) {
        (Int8, ValueRef::Null) => Box::new(None::<i64>),
        (Int4, ValueRef::Null) => Box::new(None::<i32>),
        (Bool, ValueRef::Null) => Box::new(None::<bool>),
        (Text, ValueRef::Null) => Box::new(None::<String>),
        (Bytes, ValueRef::Null) => Box::new(None::<Vec<u8>>),
        (Int8, ValueRef::Integer(i)) => Box::new(Some(i)),
        (Int4, ValueRef::Integer(i)) => Box::new(Some(i32::try_from(i).map_err(|_| wrong())?)),
        (Bool, ValueRef::Integer(i)) => Box::new(Some(i != 0)),
        (Text, ValueRef::Text(t)) => Box::new(Some(String::from_utf8(t.to_vec()).map_err(|_| wrong())?)),
        (Bytes, ValueRef::Blob(b)) => Box::new(Some(b.to_vec())),
        _ => return Err(wrong()),
    })
}

fn name(ty: Ty) -> &'static str {
    use Ty::{Bool, Bytes, Int4, Int8, Text};
    match ty {
        Int8 | Int4 => "an integer",
        Bool => "0 or 1",
        Text => "text",
        Bytes => "bytes",
    }
}

/// Copies one table's rows, in the local order of their keys.
fn copy_table(local: &Store, tx: &mut Transaction<'_>, table: &Table) -> Result<(), CopyError> {
    let Table { name: table, columns, key, .. } = *table;
    let names: Vec<String> = columns.iter().map(|(c, _)| format!("\"{c}\"")).collect();
    let is_cases = table == "cases";
    let mut placeholders: Vec<String> = (1..=columns.len()).map(|i| format!("${i}")).collect();
    let mut pg_names = names.clone();
    if is_cases {
        pg_names.push("hr".into());
        placeholders.push(format!("${}", columns.len() + 1));
    }
    let insert =
        tx.prepare(&format!("INSERT INTO {table} ({}) VALUES ({})", pg_names.join(", "), placeholders.join(", ")))?;
    let filter = if table == "settings" {
        format!(" WHERE key NOT IN ({})", quoted_list(LOCAL_ONLY_SETTINGS))
    } else {
        String::new()
    };
    let mut stmt = local.conn.prepare(&format!("SELECT {} FROM {table}{filter} ORDER BY {key}", names.join(", ")))?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let mut params: Vec<Param> = Vec::with_capacity(columns.len() + 1);
        for (i, (column, ty)) in columns.iter().enumerate() {
            params.push(param(table, column, *ty, r.get_ref(i)?)?);
        }
        if is_cases {
            // An employee's or applicant's request is an HR case, as when logged on the team register.
            let category: Option<String> = r.get(11)?;
            let hr = category.and_then(|c| c.parse::<casebook_core::SubjectCategory>().ok()).is_some_and(|c| c.is_hr());
            params.push(Box::new(hr));
        }
        let refs: Vec<&(dyn ToSql + Sync)> = params.iter().map(|p| p.as_ref()).collect();
        tx.execute(&insert, &refs)?;
    }
    Ok(())
}

/// The audit log's columns gathered for `casebook_migrate_audit`.
#[derive(Default)]
struct AuditBatch {
    ids: Vec<i64>,
    ats: Vec<String>,
    actors: Vec<String>,
    case_ids: Vec<Option<i64>>,
    refs: Vec<Option<String>>,
    actions: Vec<String>,
    befores: Vec<Option<String>>,
    afters: Vec<Option<String>>,
    prevs: Vec<String>,
    hashes: Vec<String>,
    formats: Vec<i32>,
    before_shas: Vec<Option<String>>,
    after_shas: Vec<Option<String>>,
    states: Vec<Option<String>>,
    state_shas: Vec<Option<String>>,
}

impl AuditBatch {
    fn push(&mut self, r: &rusqlite::Row<'_>) -> rusqlite::Result<()> {
        self.ids.push(r.get(0)?);
        self.ats.push(r.get(1)?);
        self.actors.push(r.get(2)?);
        self.case_ids.push(r.get(3)?);
        self.refs.push(r.get(4)?);
        self.actions.push(r.get(5)?);
        self.befores.push(r.get(6)?);
        self.afters.push(r.get(7)?);
        self.prevs.push(r.get(8)?);
        self.hashes.push(r.get(9)?);
        self.formats.push(r.get(10)?);
        self.before_shas.push(r.get(11)?);
        self.after_shas.push(r.get(12)?);
        self.states.push(r.get(13)?);
        self.state_shas.push(r.get(14)?);
        Ok(())
    }

    fn send(self, tx: &mut Transaction<'_>) -> Result<(), postgres::Error> {
        tx.execute(
            "SELECT casebook_migrate_audit($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)",
            &[
                &self.ids,
                &self.ats,
                &self.actors,
                &self.case_ids,
                &self.refs,
                &self.actions,
                &self.befores,
                &self.afters,
                &self.prevs,
                &self.hashes,
                &self.formats,
                &self.before_shas,
                &self.after_shas,
                &self.states,
                &self.state_shas,
            ],
        )?;
        Ok(())
    }
}

/// Copies the audit log entry for entry, in batches, through schema 15's door.
fn copy_audit(local: &Store, tx: &mut Transaction<'_>) -> Result<(), CopyError> {
    // The map's columns are in `casebook_migrate_audit`'s order.
    let columns = tables::audit_log().names().collect::<Vec<_>>().join(", ");
    let mut stmt = local.conn.prepare(&format!("SELECT {columns} FROM audit_log ORDER BY id"))?;
    let mut rows = stmt.query([])?;
    let mut batch = AuditBatch::default();
    while let Some(r) = rows.next()? {
        batch.push(r)?;
        if batch.ids.len() == AUDIT_BATCH {
            std::mem::take(&mut batch).send(tx)?;
        }
    }
    if !batch.ids.is_empty() {
        batch.send(tx)?;
    }
    Ok(())
}

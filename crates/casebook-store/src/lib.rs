//! Casebook's storage: one SQLite file holding the case register.
//!
//! This crate is the only place with SQL. It owns the schema and its
//! append-only migrations, the queries behind every list, the full-text index,
//! and the hash-chained audit log. Every change to a case is written in the same
//! transaction as its audit entry, so the log and the data never disagree.

mod answers;
mod audit;
mod audit_state;
mod backup;
mod cached;
mod case_ref;
mod case_retention;
mod cases;
mod chain_key;
mod crypto;
mod data;
mod document_retention;
mod documents;
mod drafts;
mod encrypt;
mod intake;
mod location;
mod migrate;
mod pg;
mod private;
mod processing;
mod register;
mod search;
mod settings;
mod stats;
mod stored;
mod swap;
#[cfg(test)]
mod test_support;

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use rusqlite::config::DbConfig;
use rusqlite::{Connection, OpenFlags, TransactionBehavior};

/// The schema a register file is at (`PRAGMA user_version`).
pub(crate) fn schema_of(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row("PRAGMA user_version", [], |r| r.get(0))?)
}

pub use audit::{ANCHOR_PREFIX, AuditEntry, AuditReport};
pub use backup::{RestoreOutcome, restore_backup};
pub use case_retention::{ClosedCase, DeletedCase, RetentionRegister};
pub use cases::{CaseEvent, CaseRow, CaseSort, ListQuery, Matches, SEARCH_COUNT_CAP};
pub use crypto::{DatabaseKind, Passphrase, database_kind};
pub use data::{
    DataFile, DataImport, DataItem, DataRegister, DataSink, FileRead, NewDataFile, NewRedaction, PackageRegister,
    Redaction,
};
pub use document_retention::IDENTITY_DOCUMENT_DELETED;
pub use documents::{Correspondence, DocumentRef, IncomingMessage, NewDocument};
pub use drafts::{DraftRow, LetterRegister, NewDraft, Withdrawal};
pub use encrypt::{EncryptOutcome, encrypt_database};
pub use intake::IntakeRegister;
pub use location::{Location, PgConfig, SslMode, pgpass_lookup};
pub use migrate::{LATEST_SCHEMA, RULES_KEY, Upgrade};
pub use pg::{
    Changed, EXPORTED_FROM_TEAM, MIGRATED_ACTION, MigratedIn, OwnTemplate, PG_LATEST_SCHEMA, PgListener, PgStore,
    TableCompared, TableCount, TeamExport, TemplateMovedIn, export_summary,
};
pub use register::{CaseRegister, DatedCase, ProcessingRegister};
pub use settings::{RulesRevision, parse_setting};

/// This build's version (the workspace's one version number).
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");
pub use private::{create_private_dir_all, create_private_file, write_atomically};
pub use stats::{CaseCounts, MonthOnTime, MonthRightCount, StatsRegister};
pub use stored::sha256_hex;
pub use swap::{BackupCheck, verify_backup};

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{what} '{key}' not found")]
    NotFound { what: &'static str, key: String },
    #[error("no database at '{0}' (run `casebook init` first)")]
    Missing(PathBuf),
    #[error("'{0}' is not a Casebook database (not an SQLite file)")]
    NotADatabase(PathBuf),
    #[error("'{path}' is from a newer Casebook ({}schema {found}); this is Casebook {} and knows schemas up to {known}: install the newer version to open it", made_by.as_ref().map(|v| format!("made by Casebook {v}, ")).unwrap_or_default(), APP_VERSION)]
    NewerSchema { path: PathBuf, found: i64, known: i64, made_by: Option<String> },
    #[error("could not back up '{path}' before upgrading it to schema {to} (nothing was changed): {problem}")]
    UpgradeBackup { path: PathBuf, to: i64, problem: String },
    #[error("stored data is damaged: {0}")]
    Corrupt(String),
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("cannot create the folder for '{path}': {source}")]
    Folder { path: PathBuf, source: std::io::Error },
    #[error("'{path}': {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("the passphrase is empty")]
    EmptyPassphrase,
    #[error("wrong passphrase for '{0}'")]
    WrongPassphrase(PathBuf),
    #[error("'{0}' is encrypted: a passphrase is needed")]
    PassphraseNeeded(PathBuf),
    #[error("'{0}' is not encrypted")]
    NotEncrypted(PathBuf),
    #[error("'{0}' is already encrypted")]
    AlreadyEncrypted(PathBuf),
    #[error("'{0}' is in use by another program (close the Casebook app and try again)")]
    InUse(PathBuf),
    #[error("'{0}' already exists")]
    Exists(PathBuf),
    /// A change prepared on a view of a case that has changed since: who
    /// made the change that made it stale, and when.
    #[error("{reference} was changed by {by} at {} UTC since you read it; reload it and try again", at.format("%Y-%m-%d %H:%M"))]
    Stale { reference: String, by: String, at: DateTime<Utc> },
    #[error("'{path}' does not verify: {problem}")]
    Unverified { path: PathBuf, problem: String },
    /// A `--db` value that is no register: a malformed connection string.
    #[error("{0}")]
    BadLocation(String),
    #[error("wrong password for PostgreSQL role '{user}' on {server}")]
    PgWrongPassword { user: String, server: String },
    #[error(
        "PostgreSQL on {server} asks for a password for role '{user}': put it in the connection string, PGPASSWORD or ~/.pgpass"
    )]
    PgPasswordNeeded { user: String, server: String },
    #[error("cannot reach the PostgreSQL server at {server}: {problem}")]
    PgUnreachable { server: String, problem: String },
    #[error("database '{database}' does not exist on the PostgreSQL server at {server}")]
    PgNoDatabase { database: String, server: String },
    #[error("{0} has no Casebook register: run `casebook team init {0}` to create one (in an empty database)")]
    PgNoSchema(String),
    #[error(
        "{register} is from a newer Casebook (team schema {found}); this is Casebook {} and knows team schemas up to {known}: install the newer version to open it",
        APP_VERSION
    )]
    PgNewerSchema { register: String, found: i64, known: i64 },
    #[error(
        "{register} is at team schema {from} and this Casebook needs {to}: upgrading it creates tables, which role '{user}' may not ({reason}); have the register's owner (the role that ran `casebook team init`) connect once with this version"
    )]
    PgUpgradeNeedsOwner { register: String, user: String, from: i64, to: i64, reason: String },
    #[error("{register} is not empty ({objects} tables or other objects{}): `casebook team init` needs an empty database", schema.map(|s| format!(", already a Casebook register of team schema {s}")).unwrap_or_default())]
    PgNotEmpty { register: String, objects: i64, schema: Option<i64> },
    #[error("PostgreSQL refused it for role '{user}': {what}")]
    PgRefused { user: String, what: String },
    #[error("PostgreSQL: {0}")]
    Postgres(String),
    #[error(
        "'{0}' works no cases on this register: a case is assigned to a member of casebook_dpo or casebook_handler (or to one of those roles)"
    )]
    PgNotMember(String),
    #[error(
        "{register} already holds {found}: a register is moved (`casebook team migrate`) only into a team register just made by `casebook team init`, with no case and no audit entry"
    )]
    PgMoveTargetNotEmpty { register: String, found: String },
    #[error(
        "role '{user}' may not move a register into {register}: `casebook team migrate` writes the settings, the register of processing and the audit log's history, which is the DPO's (a member of casebook_dpo)"
    )]
    PgMoveNeedsDpo { register: String, user: String },
    /// `team export` (or a team register's backup) by a member outside
    /// casebook_dpo: row-level security would leave HR cases out of the copy.
    #[error(
        "role '{user}' is not a member of casebook_dpo: only the DPO may copy {register} whole (members outside casebook_dpo do not see HR cases, so their copy would leave them out)"
    )]
    PgExportNeedsDpo { user: String, register: String },
}

impl Error {
    /// [`Error::Stale`] for `reference`, changed by `by` at the stored
    /// instant `at` (RFC 3339, as the audit log and the drafts keep it).
    pub(crate) fn stale(reference: impl Into<String>, by: impl Into<String>, at: &str) -> Error {
        match DateTime::parse_from_rfc3339(at) {
            Ok(t) => Error::Stale { reference: reference.into(), by: by.into(), at: t.with_timezone(&Utc) },
            Err(_) => Error::Corrupt(format!("stored instant '{at}' is invalid")),
        }
    }

    /// Whether SQLite gave up waiting for another connection's lock.
    pub fn is_busy(&self) -> bool {
        matches!(self, Error::Sqlite(e) if matches!(
            e.sqlite_error_code(),
            Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked)
        ))
    }
}

/// Statuses whose cases no longer run against their own deadline (see `Status::is_open`).
pub(crate) const FINISHED: &str = "('closed', 'withdrawn', 'refused', 'response-sent')";

/// A case still running, as SQL over `cases c` in both dialects: not
/// finished, or finished with a consumer's appeal awaiting its decision
/// (`appeal_due`, schema 16; team schema 18). What a list's "open cases"
/// and the dashboard's counts read; the partial index `cases_open_due`
/// holds exactly these rows, in [`NEXT_DUE`]'s order.
pub(crate) const RUNNING: &str =
    "(c.status NOT IN ('closed', 'withdrawn', 'refused', 'response-sent') OR c.appeal_due IS NOT NULL)";

/// The date a running case must meet next, as SQL over `cases c`: its own
/// due date, or the appeal's while one awaits its decision (the earlier of
/// the two on a case still open meanwhile). Written the same in the index
/// (`cases_open_due`, without the `c.`), which a query finds only when the
/// expression is the same.
pub(crate) const NEXT_DUE: &str = "(CASE WHEN c.appeal_due IS NOT NULL AND (c.due IS NULL OR c.appeal_due < c.due \
     OR c.status IN ('closed', 'withdrawn', 'refused', 'response-sent')) THEN c.appeal_due ELSE c.due END)";

/// A case that still needs something of the DPO, as SQL over `cases c` in
/// both dialects: not yet closed, or closed with a consumer's appeal still
/// awaiting its decision (the appeal has its own statutory date, US state laws).
pub(crate) const NEEDS_WORK: &str = "(c.status != 'closed' OR (SELECT e2.kind FROM case_events e2 \
     WHERE e2.case_id = c.id AND e2.kind IN ('appeal-received', 'appeal-decided') \
     ORDER BY e2.id DESC LIMIT 1) = 'appeal-received')";

/// How long a command waits for another program's write to finish before
/// giving up with "in use". Writes are short (one message, one step, one
/// note per transaction), but a large data import holds the lock for the
/// whole file.
pub(crate) const BUSY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(60);

/// Who made a change, and when: written into the audit entry of that change.
#[derive(Debug, Clone, Copy)]
pub struct Stamp<'a> {
    pub at: DateTime<Utc>,
    pub actor: &'a str,
}

/// Whether opening may create a new database file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenMode {
    CreateIfMissing,
    MustExist,
}

/// The file and key of an open register, to open a reader connection with
/// ([`Store::reader_source`]) without holding the first connection.
pub struct ReaderSource {
    path: PathBuf,
    key: Option<Passphrase>,
}

impl ReaderSource {
    /// A read-only connection: in WAL mode it sees the last committed state
    /// and neither waits for nor blocks a writer; it cannot write.
    pub fn open(&self) -> Result<Store> {
        Store::connect(&self.path, OpenFlags::SQLITE_OPEN_READ_ONLY, self.key.clone())
    }
}

/// An open case register.
pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// The passphrase of an encrypted database, kept to key the backups made
    /// from it; wiped when the store is dropped.
    key: Option<Passphrase>,
    /// Set when opening brought an older schema up to date (see [`Store::upgrade`]).
    upgrade: Option<Upgrade>,
    /// Where a read-only check opened a recovered copy (see
    /// `swap::open_read_only`); removed when the store is dropped, after `conn`.
    #[allow(dead_code, reason = "held for its Drop: the copy is removed after the connection closes")]
    recovered_copy: Option<tempfile::TempDir>,
}

impl Store {
    /// The schema upgrade this open made, with where the verified copy of the
    /// register as it was is kept; `None` when the schema was already current.
    pub fn upgrade(&self) -> Option<&Upgrade> {
        self.upgrade.as_ref()
    }

    /// Opens (or creates) a plain database at `path` and brings its schema up to date.
    pub fn open(path: &Path, mode: OpenMode) -> Result<Store> {
        Self::open_with_key(path, mode, None)
    }

    /// Opens (or creates) the database at `path`. An encrypted file needs
    /// `key`; a missing one is created encrypted when `key` is given. A plain
    /// file opens as it is, key or not ([`Store::is_encrypted`] tells).
    pub fn open_with_key(path: &Path, mode: OpenMode, key: Option<&Passphrase>) -> Result<Store> {
        let kind = database_kind(path)?;
        let exists = kind != DatabaseKind::Missing;
        if !exists && mode == OpenMode::MustExist {
            return Err(Error::Missing(path.to_path_buf()));
        }
        let key = match (kind, key) {
            (DatabaseKind::Encrypted, None) => return Err(Error::PassphraseNeeded(path.to_path_buf())),
            (DatabaseKind::Encrypted | DatabaseKind::Missing, Some(k)) => Some(k.clone()),
            (DatabaseKind::Plain | DatabaseKind::NotADatabase | DatabaseKind::Missing, _) => None,
        };
        if !exists {
            if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                create_private_dir_all(dir).map_err(|source| Error::Folder { path: path.to_path_buf(), source })?;
            }
            // An empty file is a new database to SQLite, which then gives the
            // WAL and shared-memory files the same owner-only mode.
            create_private_file(path).map_err(|source| Error::Io { path: path.to_path_buf(), source })?;
        } else if kind == DatabaseKind::Encrypted
            && key.is_some()
            && ["wal", "journal"].iter().any(|s| swap::with_suffix(path, s).exists())
        {
            // With a WAL or journal beside the file, the key is proven on a
            // read-only connection first: one that cannot write never
            // checkpoints a WAL into the file, deletes it, or rolls back a
            // journal, so a wrong passphrase leaves every byte as it was.
            // (Without either, the read-write connection's first read fails
            // before anything could be written, and closing it does not
            // checkpoint: see `connect`. This spares deriving the key twice.)
            match Store::connect(path, OpenFlags::SQLITE_OPEN_READ_ONLY, key.clone()) {
                Ok(probe) => drop(probe),
                // A journal left by a crash: only a writer can roll it back
                // (which copies its pages back as they are, needing no key).
                Err(Error::Sqlite(e)) if e.sqlite_error_code() == Some(rusqlite::ErrorCode::ReadOnly) => {}
                Err(e) => return Err(e),
            }
        }
        let mut store = Store::connect(path, OpenFlags::SQLITE_OPEN_READ_WRITE, key)?;
        store.upgrade = migrate::upgrade(&mut store)?;
        if !exists {
            store.record_current_rules()?;
        }
        if !exists && let Some(key) = store.key.clone() {
            // A new encrypted register's chain is keyed from its first entry.
            let (record, chain) = chain_key::Record::new(&key, audit::next_id(&store.conn)?)?;
            chain_key::write(&store.conn, &record)?;
            chain_key::register(&store.conn, Some(key), Some((&record, chain)))?;
        }
        Ok(store)
    }

    /// Where a second, read-only connection to this register comes from
    /// (its file and key), for reads that must not queue behind this
    /// connection's work; `None` for an in-memory database, which has no file.
    pub fn reader_source(&self) -> Option<ReaderSource> {
        (self.path != Path::new(":memory:")).then(|| ReaderSource { path: self.path.clone(), key: self.key.clone() })
    }

    /// A configured connection to `path` (read-write or read-only, per
    /// `access`), keyed when `key` is given.
    fn connect(path: &Path, access: OpenFlags, key: Option<Passphrase>) -> Result<Store> {
        let flags = access | OpenFlags::SQLITE_OPEN_URI | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags)?;
        // Until the first read has proven the key (and that this is a
        // database), closing must not checkpoint the WAL into the file.
        conn.set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, true)?;
        if let Some(k) = &key {
            crypto::apply_key(&conn, k)?;
        }
        chain_key::register(&conn, key.clone(), None)?;
        let mut store = Store { conn, path: path.to_path_buf(), key, upgrade: None, recovered_copy: None };
        store.configure()?;
        store.conn.set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, false)?;
        Ok(store)
    }

    /// Opens a private in-memory database (tests, benchmarks).
    pub fn open_in_memory() -> Result<Store> {
        let conn = Connection::open_in_memory()?;
        chain_key::register(&conn, None, None)?;
        let mut store = Store { conn, path: PathBuf::from(":memory:"), key: None, upgrade: None, recovered_copy: None };
        store.configure()?;
        migrate::migrate_to(&mut store.conn, Path::new(":memory:"), LATEST_SCHEMA)?;
        store.record_current_rules()?;
        Ok(store)
    }

    fn configure(&mut self) -> Result<()> {
        // The first read tells an SQLite file from anything else, and with
        // SQLCipher a right key from a wrong one (or from a damaged first page,
        // which it cannot tell apart).
        let not_db = |e: rusqlite::Error| match e.sqlite_error_code() {
            Some(rusqlite::ErrorCode::NotADatabase) if self.key.is_some() => Error::WrongPassphrase(self.path.clone()),
            Some(rusqlite::ErrorCode::NotADatabase) => Error::NotADatabase(self.path.clone()),
            _ => Error::Sqlite(e),
        };
        self.conn.query_row("PRAGMA schema_version", [], |r| r.get::<_, i64>(0)).map_err(not_db)?;
        self.conn.pragma_update(None, "journal_mode", "WAL").map_err(not_db)?;
        self.conn.pragma_update(None, "synchronous", "NORMAL")?;
        self.conn.pragma_update(None, "foreign_keys", true)?;
        // Sorts and temporary indexes stay in memory: SQLCipher would encrypt
        // temporary files too, but none is better.
        self.conn.pragma_update(None, "temp_store", "MEMORY")?;
        if self.key.is_some() {
            // The operating system caches an encrypted file's pages as
            // ciphertext, so every page SQLite's own cache drops is decrypted
            // and authenticated again on the next read. A 64 MiB cache (the
            // default is 2 MiB) holds the working set of the list queries on
            // 100,000 cases; it is only allocated as pages are read.
            self.conn.pragma_update(None, "cache_size", -65536)?;
        }
        self.conn.busy_timeout(BUSY_TIMEOUT)?;
        // Every transaction takes the write lock when it begins, waiting for
        // it (the busy timeout) while another program writes. A deferred one
        // would read first and then fail at once with "database is locked"
        // when its first write finds that another writer committed meanwhile:
        // SQLite cannot wait there, because its snapshot is already stale.
        self.conn.set_transaction_behavior(TransactionBehavior::Immediate);
        // Room for every statement the store runs (the default 16 thrashes
        // during an import, which then spends its time re-parsing SQL).
        self.conn.set_prepared_statement_cache_capacity(256);
        Ok(())
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Whether the file is encrypted (opened with a passphrase).
    pub fn is_encrypted(&self) -> bool {
        self.key.is_some()
    }

    pub fn schema_version(&self) -> Result<i64> {
        schema_of(&self.conn)
    }

    /// `PRAGMA integrity_check`: "ok" or the problems SQLite found.
    pub fn integrity_check(&self) -> Result<String> {
        let mut stmt = self.conn.prepare("PRAGMA integrity_check")?;
        let rows: Vec<String> = stmt.query_map([], |r| r.get(0))?.collect::<Result<_, _>>()?;
        Ok(rows.join("; "))
    }
}

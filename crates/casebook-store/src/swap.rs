//! Replacing a database file safely, and checking one read-only.
//!
//! A backup, a restore and an encryption all write a new database file
//! beside its target ([`sibling`]), sync it ([`sync_file`]), check it
//! read-only ([`verify_backup`]: integrity, the audit chain, the stored
//! documents' hashes) and only then rename it over the target and sync the
//! folder ([`crate::private::sync_dir`]).

use std::fs::File;
use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};
use serde::Serialize;

use crate::crypto::{self, DatabaseKind, Passphrase, database_kind};
use crate::migrate::LATEST_SCHEMA;
use crate::{AuditReport, Error, Result, Store};

/// What verifying a database file found.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct BackupCheck {
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub path: PathBuf,
    pub bytes: u64,
    pub encrypted: bool,
    pub schema: i64,
    /// `PRAGMA integrity_check`: "ok" or the problems.
    pub integrity: String,
    pub audit: AuditReport,
    pub cases: i64,
    pub documents: i64,
    /// Stored documents whose bytes no longer hash to their SHA-256
    /// (`integrity_check` cannot see a changed byte inside a blob).
    pub damaged_documents: Vec<String>,
    pub notes: i64,
}

impl BackupCheck {
    pub fn is_ok(&self) -> bool {
        self.problem().is_none()
    }

    /// What is wrong, in one line; None when the check passed.
    pub fn problem(&self) -> Option<String> {
        if self.integrity != "ok" {
            return Some(format!("integrity check: {}", self.integrity));
        }
        if let Some(first) = self.damaged_documents.first() {
            return Some(format!(
                "{} stored document(s) no longer match their SHA-256, first {first}",
                self.damaged_documents.len()
            ));
        }
        if !self.audit.is_intact() {
            let at = self.audit.first_broken.map(|id| format!(" at entry {id}")).unwrap_or_default();
            return Some(format!("audit chain broken{at}: {}", self.audit.problem.as_deref().unwrap_or("")));
        }
        None
    }

    pub(crate) fn require_ok(self) -> Result<BackupCheck> {
        match self.problem() {
            None => Ok(self),
            Some(problem) => Err(Error::Unverified { path: self.path, problem }),
        }
    }
}

/// Opens a database file read-only (no migration, nothing written) and checks
/// it: integrity, the audit chain, and what it holds.
pub fn verify_backup(path: &Path, key: Option<&Passphrase>) -> Result<BackupCheck> {
    let store = open_read_only(path, key)?;
    check_open(&store).map_err(|e| match e {
        // A page that cannot be read (or, encrypted, fails its HMAC) while checking.
        Error::Sqlite(e) => {
            Error::Unverified { path: path.to_path_buf(), problem: format!("the file is damaged ({e})") }
        }
        Error::Corrupt(what) => {
            Error::Unverified { path: path.to_path_buf(), problem: format!("the file is damaged ({what})") }
        }
        other => other,
    })
}

pub(crate) fn check_open(store: &Store) -> Result<BackupCheck> {
    let path = store.path();
    let schema = store.schema_version()?;
    if schema > LATEST_SCHEMA {
        return Err(Error::NewerSchema {
            path: path.to_path_buf(),
            found: schema,
            known: LATEST_SCHEMA,
            made_by: crate::migrate::made_by(&store.conn),
        });
    }
    if schema < 1 {
        return Err(Error::Unverified {
            path: path.to_path_buf(),
            problem: "not a Casebook database (no schema)".into(),
        });
    }
    let integrity = store.integrity_check()?;
    let count = |table: &str| -> Result<i64> {
        Ok(store.conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))?)
    };
    let (cases, documents, notes) = (count("cases")?, count("documents")?, count("notes")?);
    let damaged_documents = {
        let mut stmt = store.conn.prepare("SELECT sha256, bytes FROM documents ORDER BY sha256")?;
        let mut rows = stmt.query([])?;
        let mut damaged = Vec::new();
        while let Some(row) = rows.next()? {
            let (hash, bytes): (String, Vec<u8>) = (row.get(0)?, row.get(1)?);
            if crate::stored::sha256_hex(&bytes) != hash {
                damaged.push(hash);
            }
        }
        damaged
    };
    let audit = store.verify_audit()?;
    let bytes = std::fs::metadata(path).map_err(|source| Error::Io { path: path.to_path_buf(), source })?.len();
    Ok(BackupCheck {
        path: path.to_path_buf(),
        bytes,
        encrypted: store.key.is_some(),
        schema,
        integrity,
        audit,
        cases,
        documents,
        damaged_documents,
        notes,
    })
}

const COPY_NAME: &str = "register.db";

/// A file a killed program left mid-transaction has a hot rollback journal
/// (`-journal`) or an unmerged WAL beside it; a read-only connection cannot
/// roll the one back (SQLite's "attempt to write a readonly database") and
/// would read the file without the other. So the check reads what the next
/// opening would see: a copy of the file with its journal or WAL, in a private
/// folder beside it, recovered there; the file itself is left as it is.
/// `None` when there is nothing to recover.
fn recovery_copy(path: &Path) -> Result<Option<tempfile::TempDir>> {
    let pending: Vec<&str> = ["journal", "wal"]
        .into_iter()
        .filter(|s| std::fs::metadata(with_suffix(path, s)).is_ok_and(|m| m.len() > 0))
        .collect();
    if pending.is_empty() {
        return Ok(None);
    }
    let folder = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let unfinished = |problem: String| Error::Unverified {
        path: path.to_path_buf(),
        problem: format!(
            "a program stopped while writing it (its -{} file is beside it) and {problem}: open it with Casebook once, or copy it with that file to a folder you can write, then verify again",
            pending.join(" and -")
        ),
    };
    let dir = tempfile::Builder::new()
        .prefix(".casebook-verify-")
        .tempdir_in(folder)
        .map_err(|e| unfinished(format!("no copy can be made in its folder ({e})")))?;
    let copy = dir.path().join(COPY_NAME);
    std::fs::copy(path, &copy).map_err(|e| unfinished(format!("it cannot be copied ({e})")))?;
    for suffix in &pending {
        let from = with_suffix(path, suffix);
        std::fs::copy(&from, with_suffix(&copy, suffix))
            .map_err(|e| unfinished(format!("its -{suffix} file cannot be copied ({e})")))?;
    }
    Ok(Some(dir))
}

/// Opens `path` without creating, migrating or writing anything.
pub(crate) fn open_read_only(path: &Path, key: Option<&Passphrase>) -> Result<Store> {
    let key = match (database_kind(path)?, key) {
        (DatabaseKind::Missing, _) => return Err(Error::Missing(path.to_path_buf())),
        (DatabaseKind::NotADatabase, _) => return Err(Error::NotADatabase(path.to_path_buf())),
        (DatabaseKind::Encrypted, None) => return Err(Error::PassphraseNeeded(path.to_path_buf())),
        (DatabaseKind::Encrypted, Some(k)) => Some(k.clone()),
        (DatabaseKind::Plain, _) => None,
    };
    let recovered_copy = recovery_copy(path)?;
    let conn = match &recovered_copy {
        Some(dir) => Connection::open_with_flags(
            dir.path().join(COPY_NAME),
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?,
        None => Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)?,
    };
    if let Some(k) = &key {
        crypto::apply_key(&conn, k)?;
    }
    crate::chain_key::register(&conn, key.clone(), None)?;
    let store = Store { conn, path: path.to_path_buf(), key, upgrade: None, recovered_copy };
    store.conn.query_row("PRAGMA schema_version", [], |r| r.get::<_, i64>(0)).map_err(|e| {
        match e.sqlite_error_code() {
            Some(rusqlite::ErrorCode::NotADatabase) if store.key.is_some() => {
                Error::WrongPassphrase(path.to_path_buf())
            }
            Some(rusqlite::ErrorCode::NotADatabase) => Error::NotADatabase(path.to_path_buf()),
            _ => Error::Sqlite(e),
        }
    })?;
    Ok(store)
}

/// `dir/.name.<what>-<pid>`: a temporary file on the same file system as
/// `path`, so that renaming it over `path` is atomic.
pub(crate) fn sibling(path: &Path, what: &str) -> PathBuf {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "casebook.db".into());
    path.with_file_name(format!(".{name}.{what}-{}", std::process::id()))
}

/// `path` with `-suffix` added to its file name (`casebook.db-wal`).
pub(crate) fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(format!("-{suffix}"));
    path.with_file_name(name)
}

pub(crate) fn sync_file(path: &Path) -> Result<()> {
    File::open(path).and_then(|f| f.sync_all()).map_err(|source| Error::Io { path: path.to_path_buf(), source })
}

impl Store {
    /// The recorded head of another register file (a backup), opened
    /// read-only with this register's passphrase.
    pub fn audit_anchor_of_file(&self, path: &Path) -> Result<String> {
        open_read_only(path, self.key.as_ref())?.audit_anchor()
    }
}

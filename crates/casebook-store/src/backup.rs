//! Online backups, their verification, and restoring one.
//!
//! A backup goes through SQLite's backup API on the open connection, so it is
//! a consistent snapshot even while another program writes (WAL: readers and
//! the writer do not block each other). It is written under a temporary name
//! beside the target, checked (integrity, audit chain) and only then renamed
//! into place, so a file with the chosen name is always a whole, verified
//! backup. An encrypted register's backup is encrypted with the same
//! passphrase (under its own salt); a plain register's backup is plain.

use std::fs::File;
use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags, backup::StepResult};
use serde::Serialize;

use crate::crypto::{self, DatabaseKind, Passphrase, database_kind};
use crate::migrate::LATEST_SCHEMA;
use crate::private::sync_dir;
use crate::{AuditReport, Error, Result, Store, create_private_dir_all, create_private_file};

/// What verifying a database file found.
#[derive(Debug, Clone, Serialize)]
pub struct BackupCheck {
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

    fn require_ok(self) -> Result<BackupCheck> {
        match self.problem() {
            None => Ok(self),
            Some(problem) => Err(Error::Unverified { path: self.path, problem }),
        }
    }
}

/// What `restore_backup` did.
#[derive(Debug, Clone, Serialize)]
pub struct RestoreOutcome {
    pub restored: BackupCheck,
    /// Where the database that was replaced now is (with `--force`).
    pub previous_kept_as: Option<PathBuf>,
}

impl Store {
    /// Writes a verified backup of the open register to `out`, which must not
    /// exist yet.
    pub fn backup_to(&self, out: &Path) -> Result<BackupCheck> {
        if database_kind(out)? != DatabaseKind::Missing {
            return Err(Error::Exists(out.to_path_buf()));
        }
        let tmp = sibling(out, "partial");
        let _ = std::fs::remove_file(&tmp);
        let result = (|| {
            // Owner-only from the start (SQLite would make it 0644 less the umask).
            create_private_file(&tmp).map_err(|source| Error::Io { path: tmp.clone(), source })?;
            let mut dest = Connection::open_with_flags(
                &tmp,
                OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
            )?;
            if let Some(key) = &self.key {
                crypto::apply_key(&dest, key)?;
            }
            {
                let backup = rusqlite::backup::Backup::new(&self.conn, &mut dest)?;
                // All pages in one step: one read transaction on the source, so
                // a writer elsewhere never makes the copy start over.
                loop {
                    match backup.step(-1)? {
                        StepResult::Done => break,
                        StepResult::More => {}
                        StepResult::Busy | StepResult::Locked => {
                            std::thread::sleep(std::time::Duration::from_millis(50))
                        }
                        _ => {}
                    }
                }
            }
            // One self-contained file, no -wal beside it.
            dest.query_row("PRAGMA journal_mode = DELETE", [], |_| Ok(()))?;
            dest.close().map_err(|(_, e)| e)?;
            sync_file(&tmp)?;
            let check = verify_backup(&tmp, self.key.as_ref())?.require_ok()?;
            std::fs::rename(&tmp, out).map_err(|source| Error::Io { path: out.to_path_buf(), source })?;
            sync_dir(out);
            Ok(BackupCheck { path: out.to_path_buf(), ..check })
        })();
        if result.is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
        result
    }

    /// When the register was created: the first audit entry's instant.
    pub fn first_audit_at(&self) -> Result<Option<String>> {
        use rusqlite::OptionalExtension;
        Ok(self.conn.query_row("SELECT at FROM audit_log ORDER BY id LIMIT 1", [], |r| r.get(0)).optional()?)
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

fn check_open(store: &Store) -> Result<BackupCheck> {
    let path = store.path();
    let schema = store.schema_version()?;
    if schema > LATEST_SCHEMA {
        return Err(Error::NewerSchema { path: path.to_path_buf(), found: schema, known: LATEST_SCHEMA });
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
            if crate::sha256_hex(&bytes) != hash {
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

/// Opens `path` without creating, migrating or writing anything.
pub(crate) fn open_read_only(path: &Path, key: Option<&Passphrase>) -> Result<Store> {
    let key = match (database_kind(path)?, key) {
        (DatabaseKind::Missing, _) => return Err(Error::Missing(path.to_path_buf())),
        (DatabaseKind::NotADatabase, _) => return Err(Error::NotADatabase(path.to_path_buf())),
        (DatabaseKind::Encrypted, None) => return Err(Error::PassphraseNeeded(path.to_path_buf())),
        (DatabaseKind::Encrypted, Some(k)) => Some(k.clone()),
        (DatabaseKind::Plain, _) => None,
    };
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)?;
    if let Some(k) = &key {
        crypto::apply_key(&conn, k)?;
    }
    let store = Store { conn, path: path.to_path_buf(), key };
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

/// Replaces the database at `target` with the backup `from`, after verifying
/// the backup and then the copy about to take its place. An existing target
/// is refused unless `force`; then it is kept beside, renamed
/// `<name>.before-restore-<stamp>`, and the copy takes its name in one rename.
pub fn restore_backup(
    from: &Path,
    target: &Path,
    key: Option<&Passphrase>,
    force: bool,
    stamp: &str,
) -> Result<RestoreOutcome> {
    verify_backup(from, key)?.require_ok()?;
    let target_exists = database_kind(target)? != DatabaseKind::Missing;
    if target_exists && !force {
        return Err(Error::Exists(target.to_path_buf()));
    }
    if let Some(dir) = target.parent().filter(|d| !d.as_os_str().is_empty()) {
        create_private_dir_all(dir).map_err(|source| Error::Folder { path: target.to_path_buf(), source })?;
    }
    let tmp = sibling(target, "restoring");
    let _ = std::fs::remove_file(&tmp);
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| Error::Io { path, source }
    };
    let copied = (|| {
        copy_private(from, &tmp).map_err(io(&tmp))?;
        sync_file(&tmp)?;
        verify_backup(&tmp, key)?.require_ok()
    })();
    let restored = match copied {
        Ok(check) => check,
        Err(e) => {
            let _ = std::fs::remove_file(&tmp);
            return Err(e);
        }
    };
    let mut previous_kept_as = None;
    if target_exists {
        // A second name for the old file (the rename below then replaces the
        // target in one step); its WAL moves with it, so that the old
        // database stays whole and the WAL never meets the restored file.
        let kept = keep_aside(target, stamp)?;
        let wal = with_suffix(target, "wal");
        if wal.exists() {
            std::fs::rename(&wal, with_suffix(&kept, "wal")).map_err(io(&wal))?;
        }
        let _ = std::fs::remove_file(with_suffix(target, "shm"));
        previous_kept_as = Some(kept);
    }
    std::fs::rename(&tmp, target).map_err(io(target))?;
    sync_dir(target);
    Ok(RestoreOutcome { restored: BackupCheck { path: target.to_path_buf(), ..restored }, previous_kept_as })
}

/// Gives the file at `target` a second name, `<name>-before-restore-<stamp>`
/// (then `-2`, `-3`… when that is taken: restores within the same second),
/// never replacing an existing file: a hard link, or where the file system
/// has none an owner-only copy, both created only if the name is free.
fn keep_aside(target: &Path, stamp: &str) -> Result<PathBuf> {
    for n in 1..=1000 {
        let suffix = if n == 1 { format!("before-restore-{stamp}") } else { format!("before-restore-{stamp}-{n}") };
        let kept = with_suffix(target, &suffix);
        // A name whose WAL is still there is taken too: that WAL belongs to it.
        if with_suffix(&kept, "wal").exists() {
            continue;
        }
        let made = match std::fs::hard_link(target, &kept) {
            Err(e) if e.kind() != std::io::ErrorKind::AlreadyExists => copy_private(target, &kept),
            other => other,
        };
        match made {
            Ok(()) => return Ok(kept),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(source) => return Err(Error::Io { path: kept, source }),
        }
    }
    Err(Error::Exists(with_suffix(target, &format!("before-restore-{stamp}-1000"))))
}

/// Copies `from` into the new owner-only file `to` (which must not exist).
fn copy_private(from: &Path, to: &Path) -> std::io::Result<()> {
    let mut source = File::open(from)?;
    let mut dest = create_private_file(to)?;
    let copied = std::io::copy(&mut source, &mut dest).and_then(|_| dest.sync_all());
    if copied.is_err() {
        drop(dest);
        let _ = std::fs::remove_file(to);
    }
    copied
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

//! Encryption at rest: SQLCipher keyed from the DPO's passphrase.
//!
//! The passphrase is handed to SQLCipher through `sqlite3_key`, never inside
//! an SQL text (SQLite keeps a copy of every statement's text), and SQLCipher
//! derives the page key itself (PBKDF2-HMAC-SHA512, 256,000 iterations, a
//! random 16-byte salt in the file's first bytes; ARCHITECTURE.md says why).
//! Our copy lives in a [`Passphrase`], wiped from memory when it is dropped.

use std::io::Read;
use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};
use serde::Serialize;
use zeroize::Zeroizing;

use crate::backup::{BackupCheck, open_read_only, sibling, sync_file, verify_backup, with_suffix};
use crate::private::sync_dir;
use crate::{Error, OpenMode, Result, Store};

/// A passphrase, wiped from memory when dropped. Its `Debug` shows nothing.
#[derive(Clone)]
pub struct Passphrase(Zeroizing<String>);

impl Passphrase {
    /// Refuses an empty passphrase: SQLCipher reads an empty key as "no key".
    pub fn new(text: impl Into<String>) -> Result<Passphrase> {
        let text = Zeroizing::new(text.into());
        if text.is_empty() {
            return Err(Error::EmptyPassphrase);
        }
        Ok(Passphrase(text))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub(crate) fn as_bytes(&self) -> &[u8] {
        self.0.as_bytes()
    }
}

impl std::fmt::Debug for Passphrase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Passphrase(…)")
    }
}

impl PartialEq for Passphrase {
    fn eq(&self, other: &Self) -> bool {
        // Length and content compared without an early exit.
        let (a, b) = (self.as_bytes(), other.as_bytes());
        a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
    }
}

/// What a file holds, judged from its first bytes without a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DatabaseKind {
    Missing,
    /// A plain SQLite file (or an empty file, which SQLite treats as a new database).
    Plain,
    /// Not a plain SQLite file but shaped like an SQLCipher one: whole pages
    /// of what looks like random bytes. Only the key can tell it from noise.
    Encrypted,
    /// Neither: a text file, a truncated file, something else.
    NotADatabase,
}

const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";

/// Looks at the file's header: plain SQLite files start with a fixed magic
/// string, SQLCipher files with their random salt and are whole pages long.
pub fn database_kind(path: &Path) -> Result<DatabaseKind> {
    let io = |source: std::io::Error| Error::Io { path: path.to_path_buf(), source };
    let mut file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(DatabaseKind::Missing),
        Err(e) => return Err(io(e)),
    };
    let len = file.metadata().map_err(io)?.len();
    if len == 0 {
        return Ok(DatabaseKind::Plain);
    }
    let mut head = [0u8; 16];
    let read = file.read(&mut head).map_err(io)?;
    if read == 16 && &head == SQLITE_MAGIC {
        return Ok(DatabaseKind::Plain);
    }
    // SQLite pages are 512 to 65,536 bytes; a database file is a whole number of them.
    if len >= 512 && len % 512 == 0 { Ok(DatabaseKind::Encrypted) } else { Ok(DatabaseKind::NotADatabase) }
}

/// Keys a connection that has not read anything yet. SQLCipher only derives
/// the key (and so only finds out whether it is right) on the first read.
pub(crate) fn apply_key(conn: &Connection, key: &Passphrase) -> Result<()> {
    // SQLCipher logs a failed key check to stderr; our error says it instead.
    conn.execute_batch("PRAGMA cipher_log_level = NONE")?;
    let bytes = key.as_bytes();
    let len = std::ffi::c_int::try_from(bytes.len()).map_err(|_| Error::EmptyPassphrase)?;
    // SAFETY: the handle is open and owned by `conn`, which outlives the call;
    // SQLCipher copies the `len` bytes it is given and keeps no pointer to them.
    let rc = unsafe { libsqlite3_sys::sqlite3_key(conn.handle(), bytes.as_ptr().cast(), len) };
    if rc != libsqlite3_sys::SQLITE_OK {
        return Err(Error::Sqlite(rusqlite::Error::SqliteFailure(libsqlite3_sys::Error::new(rc), None)));
    }
    // The SQLCipher 4 settings, named rather than defaulted, so that a later
    // SQLCipher with other defaults still opens today's files.
    conn.execute_batch("PRAGMA cipher_compatibility = 4")?;
    Ok(())
}

/// Changes the key of an open, keyed connection (SQLCipher rewrites every page
/// in one transaction).
pub(crate) fn rekey(conn: &Connection, key: &Passphrase) -> Result<()> {
    let bytes = key.as_bytes();
    let len = std::ffi::c_int::try_from(bytes.len()).map_err(|_| Error::EmptyPassphrase)?;
    // SAFETY: as in `apply_key`.
    let rc = unsafe { libsqlite3_sys::sqlite3_rekey(conn.handle(), bytes.as_ptr().cast(), len) };
    if rc != libsqlite3_sys::SQLITE_OK {
        return Err(Error::Sqlite(rusqlite::Error::SqliteFailure(libsqlite3_sys::Error::new(rc), None)));
    }
    Ok(())
}

impl Store {
    /// Whether `p` is the passphrase this register was opened with.
    pub fn key_matches(&self, p: &Passphrase) -> bool {
        self.key.as_ref() == Some(p)
    }

    /// Re-keys the encrypted register in place, then proves the new key
    /// reads every page on a fresh connection.
    pub fn change_passphrase(&mut self, new: &Passphrase) -> Result<()> {
        if self.key.is_none() {
            return Err(Error::NotEncrypted(self.path.clone()));
        }
        // SQLCipher re-keys through the rollback journal: leave WAL mode for
        // it, which SQLite allows only when no other connection is open, so
        // this is also the check that the app is not using the file.
        self.leave_wal()?;
        let rekeyed = rekey(&self.conn, new);
        let back = self.conn.query_row("PRAGMA journal_mode = WAL", [], |_| Ok(()));
        rekeyed?;
        back?;
        verify_backup(&self.path, Some(new))?;
        self.key = Some(new.clone());
        Ok(())
    }

    /// Checkpoints the WAL into the file and switches to a rollback journal;
    /// "in use" when another connection has the file open.
    fn leave_wal(&self) -> Result<()> {
        let busy = |e: rusqlite::Error| match e.sqlite_error_code() {
            Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked) => {
                Error::InUse(self.path.clone())
            }
            _ => Error::Sqlite(e),
        };
        self.conn.busy_timeout(std::time::Duration::from_millis(500))?;
        let mode = self.conn.query_row("PRAGMA journal_mode = DELETE", [], |r| r.get::<_, String>(0)).map_err(busy);
        self.conn.busy_timeout(crate::BUSY_TIMEOUT)?;
        // SQLite answers with the mode it kept when it could not switch.
        match mode? {
            m if m.eq_ignore_ascii_case("delete") => Ok(()),
            _ => Err(Error::InUse(self.path.clone())),
        }
    }
}

/// What `encrypt_database` did.
#[derive(Debug, Clone, Serialize)]
pub struct EncryptOutcome {
    pub path: PathBuf,
    /// The check of the encrypted file before it replaced the plain one.
    pub check: BackupCheck,
}

/// Turns the plain register at `path` into an encrypted one: exports it into
/// a new encrypted file beside it, checks that file (integrity, the same
/// audit chain, the same number of cases, documents and notes), and only then
/// renames it over the plain file. The plain file's WAL is folded in and
/// removed first, and the file is held against writers throughout.
pub fn encrypt_database(path: &Path, key: &Passphrase) -> Result<EncryptOutcome> {
    match database_kind(path)? {
        DatabaseKind::Plain => {}
        DatabaseKind::Encrypted => return Err(Error::AlreadyEncrypted(path.to_path_buf())),
        DatabaseKind::Missing => return Err(Error::Missing(path.to_path_buf())),
        DatabaseKind::NotADatabase => return Err(Error::NotADatabase(path.to_path_buf())),
    }
    // Opening migrates an old schema first, so the copy is of the current one.
    let plain = Store::open(path, OpenMode::MustExist)?;
    plain.leave_wal()?;
    // Held until the encrypted copy has replaced the file: no other program
    // can write a change that the copy would miss.
    plain.conn.execute_batch("BEGIN IMMEDIATE").map_err(|_| Error::InUse(path.to_path_buf()))?;
    let before = verify_backup(path, None)?;
    if !before.is_ok() {
        let _ = plain.conn.execute_batch("ROLLBACK");
        return Err(Error::Unverified {
            path: path.to_path_buf(),
            problem: format!(
                "the plain database itself does not verify ({}): repair it before encrypting",
                before.integrity
            ),
        });
    }
    let tmp = sibling(path, "encrypting");
    let _ = std::fs::remove_file(&tmp);
    let exported = (|| {
        // Owner-only from the start; SQLite then writes into the empty file.
        crate::create_private_file(&tmp).map_err(|source| Error::Io { path: tmp.clone(), source })?;
        export_encrypted(path, &tmp, key)?;
        sync_file(&tmp)?;
        let after = verify_backup(&tmp, Some(key))?;
        let same = after.is_ok()
            && after.audit == before.audit
            && (after.cases, after.documents, after.notes, after.schema)
                == (before.cases, before.documents, before.notes, before.schema);
        if !same {
            return Err(Error::Unverified {
                path: tmp.clone(),
                problem: format!(
                    "the encrypted copy differs from the plain database (cases {} vs {}, audit entries {} vs {}, integrity {})",
                    after.cases, before.cases, after.audit.entries, before.audit.entries, after.integrity
                ),
            });
        }
        Ok(after)
    })();
    let check = match exported {
        Ok(check) => check,
        Err(e) => {
            let _ = plain.conn.execute_batch("ROLLBACK");
            let _ = std::fs::remove_file(&tmp);
            return Err(e);
        }
    };
    let renamed = std::fs::rename(&tmp, path).map_err(|source| Error::Io { path: path.to_path_buf(), source });
    let _ = plain.conn.execute_batch("ROLLBACK");
    drop(plain);
    if let Err(e) = renamed {
        let _ = std::fs::remove_file(&tmp);
        return Err(e);
    }
    // In rollback-journal mode there should be none; a stale one must never
    // be replayed into the encrypted file.
    for suffix in ["wal", "shm", "journal"] {
        let _ = std::fs::remove_file(with_suffix(path, suffix));
    }
    sync_dir(path);
    // The file now in place opens with the key and reads every page.
    let check = BackupCheck { path: path.to_path_buf(), ..check };
    open_read_only(path, Some(key))?;
    Ok(EncryptOutcome { path: path.to_path_buf(), check })
}

/// `sqlcipher_export` of the plain file `from` into the new encrypted `to`.
fn export_encrypted(from: &Path, to: &Path, key: &Passphrase) -> Result<()> {
    let conn = Connection::open_with_flags(
        to,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    apply_key(&conn, key)?;
    // The plain file is attached with an empty key (no encryption) and copied
    // into `main`, the encrypted one; the passphrase never enters SQL text.
    let from_str = from.to_str().ok_or_else(|| Error::Io {
        path: from.to_path_buf(),
        source: std::io::Error::new(std::io::ErrorKind::InvalidInput, "the path is not UTF-8"),
    })?;
    conn.execute("ATTACH DATABASE ?1 AS plain KEY ''", [from_str])?;
    conn.query_row("SELECT sqlcipher_export('main', 'plain')", [], |_| Ok(()))?;
    let version: i64 = conn.query_row("PRAGMA plain.user_version", [], |r| r.get(0))?;
    conn.pragma_update(None, "user_version", version)?;
    conn.execute_batch("DETACH DATABASE plain")?;
    conn.query_row("PRAGMA journal_mode = DELETE", [], |_| Ok(()))?;
    conn.close().map_err(|(_, e)| Error::Sqlite(e))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_plain_encrypted_and_other_files_apart() {
        let dir = tempfile::tempdir().unwrap();
        let p = |name: &str| dir.path().join(name);
        let cases: &[(&str, &[u8], DatabaseKind)] = &[
            ("empty", b"", DatabaseKind::Plain),
            ("text", b"a text file, not a database", DatabaseKind::NotADatabase),
            ("magic only", b"SQLite format 3\0", DatabaseKind::Plain),
            ("one page of noise", &[0x5a; 4096], DatabaseKind::Encrypted),
            ("a page and a bit", &[0x5a; 4097], DatabaseKind::NotADatabase),
        ];
        for (name, bytes, kind) in cases {
            std::fs::write(p(name), bytes).unwrap();
            assert_eq!(database_kind(&p(name)).unwrap(), *kind, "{name}");
        }
        assert_eq!(database_kind(&p("nothing here")).unwrap(), DatabaseKind::Missing);
    }

    #[test]
    fn an_empty_passphrase_is_refused_and_none_is_ever_printed() {
        assert!(matches!(Passphrase::new(""), Err(Error::EmptyPassphrase)));
        let p = Passphrase::new("correct horse").unwrap();
        assert_eq!(format!("{p:?}"), "Passphrase(…)");
        assert_eq!(p, Passphrase::new("correct horse").unwrap());
        assert_ne!(p, Passphrase::new("correct horsf").unwrap());
        assert_ne!(p, Passphrase::new("correct horse ").unwrap());
    }
}

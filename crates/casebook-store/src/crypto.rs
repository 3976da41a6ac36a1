//! Encryption at rest: SQLCipher keyed from the DPO's passphrase.
//!
//! The passphrase is handed to SQLCipher through `sqlite3_key`, never inside
//! an SQL text (SQLite keeps a copy of every statement's text), and SQLCipher
//! derives the page key itself (PBKDF2-HMAC-SHA512, 256,000 iterations, a
//! random 16-byte salt in the file's first bytes; ARCHITECTURE.md says why).
//! Our copy lives in a [`Passphrase`], wiped from memory when it is dropped.

use std::io::Read;
use std::path::Path;

use rusqlite::Connection;
use zeroize::Zeroizing;

use crate::{Error, Result, Store};

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
        return Err(keying_failed(conn, rc, "sqlite3_key"));
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
        return Err(keying_failed(conn, rc, "sqlite3_rekey"));
    }
    Ok(())
}

/// SQLCipher's refusal of `call` (code `rc`), named, with the connection's
/// last message: SQLCipher's own log is silenced (see `apply_key`), so
/// this is all that says why.
fn keying_failed(conn: &Connection, rc: std::ffi::c_int, call: &str) -> Error {
    // SAFETY: the handle is open and owned by `conn`; sqlite3_errmsg returns
    // a NUL-terminated string SQLite owns, copied here before any other call.
    let message = unsafe { std::ffi::CStr::from_ptr(libsqlite3_sys::sqlite3_errmsg(conn.handle())) };
    let message = format!("{call} returned {rc}: {}", message.to_string_lossy());
    Error::Sqlite(rusqlite::Error::SqliteFailure(libsqlite3_sys::Error::new(rc), Some(message)))
}

impl Store {
    /// Whether `p` is the passphrase this register was opened with.
    pub fn key_matches(&self, p: &Passphrase) -> bool {
        self.key.as_ref() == Some(p)
    }
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

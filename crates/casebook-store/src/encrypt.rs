//! Turning a plain register into an encrypted one, checked before it takes
//! the plain file's place, and re-keying an encrypted one in place.

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};
use serde::Serialize;

use crate::crypto::{DatabaseKind, Passphrase, apply_key, database_kind, rekey};
use crate::private::sync_dir;
use crate::swap::{BackupCheck, open_read_only, sibling, sync_file, verify_backup, with_suffix};
use crate::{Error, OpenMode, Result, Store, chain_key};

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
            && (after.audit.entries, &after.audit.head) == (before.audit.entries, &before.audit.head)
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
    // The chain is keyed from the next entry on; the plain entries before stay SHA-256.
    let (record, _) = chain_key::Record::new(key, crate::audit::next_id(&conn)?)?;
    chain_key::write(&conn, &record)?;
    conn.query_row("PRAGMA journal_mode = DELETE", [], |_| Ok(()))?;
    conn.close().map_err(|(_, e)| Error::Sqlite(e))?;
    Ok(())
}

impl Store {
    /// Re-keys the encrypted register in place, then proves the new key
    /// reads every page on a fresh connection.
    pub fn change_passphrase(&mut self, new: &Passphrase) -> Result<()> {
        let Some(old) = self.key.clone() else {
            return Err(Error::NotEncrypted(self.path.clone()));
        };
        // While the file is re-keyed the chain key opens with either
        // passphrase, so that it still opens whichever way a crash leaves it.
        let (both, after, chain) = match chain_key::read(&self.conn)? {
            Some(text) => chain_key::Record::parse(&text).map_err(Error::Corrupt)?.rewrapped(&old, new)?,
            None => {
                let (after, chain) = chain_key::Record::new(new, crate::audit::next_id(&self.conn)?)?;
                (after.with_extra_wrap(&chain, &old)?, after, chain)
            }
        };
        chain_key::write(&self.conn, &both)?;
        // SQLCipher re-keys through the rollback journal: leave WAL mode for
        // it, which SQLite allows only when no other connection is open, so
        // this is also the check that the app is not using the file.
        self.leave_wal()?;
        let rekeyed = rekey(&self.conn, new);
        let back = self.conn.query_row("PRAGMA journal_mode = WAL", [], |_| Ok(()));
        rekeyed?;
        back?;
        self.key = Some(new.clone());
        chain_key::write(&self.conn, &after)?;
        chain_key::register(&self.conn, Some(new.clone()), Some((&after, chain)))?;
        verify_backup(&self.path, Some(new))?;
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

//! Online backups, and restoring one (checked first: `swap.rs`).
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
use crate::private::sync_dir;
use crate::swap::{BackupCheck, sibling, sync_file, verify_backup, with_suffix};
use crate::{Error, Result, Store, create_private_dir_all, create_private_file};

/// What `restore_backup` did.
#[derive(Debug, Clone, Serialize)]
pub struct RestoreOutcome {
    pub restored: BackupCheck,
    /// Where the database that was replaced now is (with `--force`).
    pub previous_kept_as: Option<PathBuf>,
    /// A team register's backup: the own letter templates its export
    /// recorded, written where the restored register reads them (filled by
    /// the façade, which knows where that is).
    pub template_files: Vec<String>,
    /// Why they were not written (the folder holds other own templates).
    pub templates_not_written: Option<String>,
}

impl Store {
    /// Writes a verified backup of the open register to `out`, which must not
    /// exist yet.
    pub fn backup_to(&self, out: &Path) -> Result<BackupCheck> {
        self.copy_to(out, BackupCheck::require_ok)
    }

    /// Writes a copy of the open register to `out` and accepts it when it
    /// holds what the register holds (same schema, counts and audit report),
    /// whatever state that is: the copy kept before an upgrade must be
    /// faithful, and a register whose audit log already reports a problem is
    /// still upgraded (the problem stays reported on both).
    pub(crate) fn faithful_copy_to(&self, out: &Path) -> Result<BackupCheck> {
        let source = crate::swap::check_open(self)?;
        self.copy_to(out, |copy| {
            if copy.integrity != "ok" {
                return Err(Error::Unverified {
                    path: copy.path,
                    problem: format!("integrity check: {}", copy.integrity),
                });
            }
            let same = copy.schema == source.schema
                && (copy.cases, copy.documents, copy.notes) == (source.cases, source.documents, source.notes)
                && copy.damaged_documents == source.damaged_documents
                && copy.audit == source.audit;
            if !same {
                return Err(Error::Unverified {
                    path: copy.path,
                    problem: "the copy does not hold what the register holds".into(),
                });
            }
            Ok(copy)
        })
    }

    fn copy_to(&self, out: &Path, accept: impl FnOnce(BackupCheck) -> Result<BackupCheck>) -> Result<BackupCheck> {
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
            let check = accept(verify_backup(&tmp, self.key.as_ref())?)?;
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
        // target in one step); its WAL, or the rollback journal a killed
        // program left, moves with it, so that the old database stays whole
        // and neither ever meets the restored file.
        let kept = keep_aside(target, stamp)?;
        for suffix in ["wal", "journal"] {
            let pending = with_suffix(target, suffix);
            if pending.exists() {
                std::fs::rename(&pending, with_suffix(&kept, suffix)).map_err(io(&pending))?;
            }
        }
        let _ = std::fs::remove_file(with_suffix(target, "shm"));
        previous_kept_as = Some(kept);
    }
    std::fs::rename(&tmp, target).map_err(io(target))?;
    sync_dir(target);
    Ok(RestoreOutcome {
        restored: BackupCheck { path: target.to_path_buf(), ..restored },
        previous_kept_as,
        template_files: Vec::new(),
        templates_not_written: None,
    })
}

/// Gives the file at `target` a second name, `<name>-before-restore-<stamp>`
/// (then `-2`, `-3`… when that is taken: restores within the same second),
/// never replacing an existing file: a hard link, or where the file system
/// has none an owner-only copy, both created only if the name is free.
fn keep_aside(target: &Path, stamp: &str) -> Result<PathBuf> {
    for n in 1..=1000 {
        let suffix = if n == 1 { format!("before-restore-{stamp}") } else { format!("before-restore-{stamp}-{n}") };
        let kept = with_suffix(target, &suffix);
        // A name whose WAL or journal is still there is taken too: it belongs to it.
        if with_suffix(&kept, "wal").exists() || with_suffix(&kept, "journal").exists() {
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

//! A team register copied to a local file: `team export` (a new local
//! register holding everything the team's holds, for a team that shrinks or
//! an offline copy) and `backup` on a team register (the same file as a
//! local register's backup, so `backup verify` and `restore` take it).
//! Both read one snapshot of the server and are the DPO's to run (see
//! `casebook_store::PgStore::export_to_file`). The team's own letter
//! templates travel in both: the export's entry records each one's text,
//! and `team export` writes them as the files a local register reads.

use std::path::Path;

use casebook_store::{BackupCheck, Passphrase, PgConfig, PgStore};
use serde::Serialize;

pub use casebook_store::{EXPORTED_FROM_TEAM, TableCount, TeamExport, export_summary};

use crate::protect::check_new_passphrase;
use crate::steps::StepBook;
use crate::templates::{TeamTemplate, check_folder_for_export, write_for_export};
use crate::{Clock, DataSaid, Error, Result, TeamBook};

/// What a team register's backup wrote: the snapshot exported, and the
/// backup file made from it, checked.
#[derive(Debug, Clone, Serialize)]
pub struct TeamBackup {
    /// The snapshot the backup was made from (its file was temporary).
    pub export: TeamExport,
    pub backup: BackupCheck,
}

/// What `team export` wrote: the new register, and the team's own letter
/// templates as the files it reads them from.
#[derive(Debug, Clone, Serialize)]
pub struct TeamExported {
    #[serde(flatten)]
    pub export: TeamExport,
    /// The templates folder's files, one per own template in force on the
    /// team register (none: its letters use the built-in templates).
    pub template_files: Vec<String>,
}

/// Copies the team register into the new local register file `out`,
/// encrypted with `passphrase` (which must be strong enough for a new
/// register) or plain without one, and its own letter templates into the
/// templates folder beside it, where a local register keeps them. Refused,
/// writing nothing, when that folder holds an own template the team's has
/// not (the copy's letters would be made from it).
pub fn team_export(
    config: &PgConfig,
    out: &Path,
    passphrase: Option<&Passphrase>,
    clock: Clock,
) -> Result<TeamExported> {
    if let Some(p) = passphrase {
        check_new_passphrase(p)?;
    }
    let mut team = PgStore::open(config)?;
    let snapshot = |e: &TeamExport| e.own_templates.iter().map(TeamTemplate::from).collect::<Vec<_>>();
    // Checked with the snapshot's templates before the copy takes its name.
    let export =
        team.export_to_file_checked(out, passphrase, clock(), |e| check_folder_for_export(out, &snapshot(e)))?;
    let written = write_for_export(out, &snapshot(&export))?;
    Ok(TeamExported { export, template_files: written.iter().map(|p| p.display().to_string()).collect() })
}

/// A verified, encrypted backup of the team register into the new file
/// `out`, recorded there as its last backup ([`TeamBook::backup`]).
pub fn team_backup(config: &PgConfig, out: &Path, passphrase: &Passphrase, clock: Clock) -> Result<TeamBackup> {
    TeamBook::open(config, clock)?.backup(out, passphrase)
}

impl TeamBook {
    /// A verified backup of the team register into the new file `out`,
    /// encrypted with `passphrase` (which must be strong enough for a new
    /// register: the file restores as one). The DPO's: the export it is
    /// made from must read every case. Once verified, it is recorded in the
    /// team register as its last backup, by this member (the setting
    /// `last_backup` and its audit entry), for every member's status and
    /// reminder.
    pub fn backup(&self, out: &Path, passphrase: &Passphrase) -> Result<TeamBackup> {
        check_new_passphrase(passphrase)?;
        // `StepBook`'s: the connection (opened again if the server closed it) and now.
        let at = StepBook::stamp(self).at;
        let made = StepBook::register(self).backup_to_file(out, passphrase, at);
        let (export, backup) = made.map_err(|e| match e {
            casebook_store::Error::Exists(p) if p == out => {
                Error::conflicting(DataSaid::BackupFileExists { path: p.display().to_string() })
            }
            other => other.into(),
        })?;
        crate::backup_status::record_backup(self, out, backup.encrypted, backup.cases)?;
        Ok(TeamBackup { export, backup })
    }
}

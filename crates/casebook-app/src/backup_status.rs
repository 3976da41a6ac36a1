//! When a register was last backed up, and the reminder to back it up, the
//! same on a local file and on a team register ([`BackupBook`]).
//!
//! Both keep them as settings: `last_backup`, written with its audit entry
//! (`settings.last_backup`, naming who made the backup) once a backup is
//! whole and verified, and `backup_reminder`, the policy. On a team register
//! the last backup is that of any member, and the policy the DPO's: the
//! database grants writing `settings` to `casebook_dpo` alone, so a
//! handler's change is refused there, naming the role.

use std::path::{Path, PathBuf};

use casebook_store::CaseRegister;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::lifecycle::setting;
use crate::steps::StepBook;
use crate::{DataSaid, Error, Result};

pub(crate) const LAST_BACKUP_KEY: &str = "last_backup";
const REMINDER_KEY: &str = "backup_reminder";

/// The longest period between backup reminders, in days (0 turns them off).
const MAX_REMINDER_DAYS: u32 = 365;

/// When the last backup was made, and what it held.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LastBackup {
    pub at: DateTime<Utc>,
    /// The file as its maker's machine named it.
    pub file: PathBuf,
    pub encrypted: bool,
    pub cases: i64,
    /// Who made it (on a team register, the member's login); absent from
    /// backups recorded before it was kept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<String>,
}

/// How often the DPO wants to be reminded to back up.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct BackupReminderPolicy {
    /// Remind when the last backup is older than this; 0 never reminds.
    pub every_days: u32,
}

impl Default for BackupReminderPolicy {
    fn default() -> Self {
        BackupReminderPolicy { every_days: 7 }
    }
}

/// A due reminder: no backup for longer than the policy allows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct BackupReminder {
    /// None when no backup was ever made (then the age is the register's).
    pub last_backup: Option<DateTime<Utc>>,
    pub days_since: i64,
    pub every_days: u32,
}

impl BackupReminder {
    pub fn message(&self) -> String {
        match self.last_backup {
            Some(_) => format!(
                "the last backup is {} old (reminder after {}): run `casebook backup --out FILE`",
                casebook_core::days(self.days_since),
                casebook_core::days(self.every_days)
            ),
            None => format!(
                "no backup was ever made of this {}-day-old register: run `casebook backup --out FILE`",
                self.days_since
            ),
        }
    }
}

/// The last backup and its reminder on either register: what front ends
/// call on a [`crate::Casebook`] or a [`crate::TeamBook`].
pub trait BackupBook {
    /// The last backup recorded, if any.
    fn last_backup(&self) -> Result<Option<LastBackup>>;
    /// The reminder's period (7 days until one is set).
    fn backup_reminder_policy(&self) -> Result<BackupReminderPolicy>;
    /// Sets how many days may pass without a backup (0: never remind);
    /// audited. On a team register, the DPO's alone.
    fn set_backup_reminder_days(&self, every_days: u32) -> Result<BackupReminderPolicy>;
    /// Some when the last backup (or, before the first, the register's
    /// first audit entry) is older than the reminder period.
    fn backup_reminder(&self) -> Result<Option<BackupReminder>>;
}

impl<B: StepBook> BackupBook for B {
    fn last_backup(&self) -> Result<Option<LastBackup>> {
        setting(&mut *self.register(), LAST_BACKUP_KEY)
    }

    fn backup_reminder_policy(&self) -> Result<BackupReminderPolicy> {
        Ok(setting(&mut *self.register(), REMINDER_KEY)?.unwrap_or_default())
    }

    fn set_backup_reminder_days(&self, every_days: u32) -> Result<BackupReminderPolicy> {
        if every_days > MAX_REMINDER_DAYS {
            return Err(Error::refused(DataSaid::ReminderDaysTooMany { days: every_days, max: MAX_REMINDER_DAYS }));
        }
        let policy = BackupReminderPolicy { every_days };
        let json = serde_json::to_string(&policy).expect("the policy serialises");
        self.register().put_setting_json(REMINDER_KEY, &json, self.stamp())?;
        Ok(policy)
    }

    fn backup_reminder(&self) -> Result<Option<BackupReminder>> {
        let policy = self.backup_reminder_policy()?;
        if policy.every_days == 0 {
            return Ok(None);
        }
        let last = self.last_backup()?.map(|b| b.at);
        let since = match last {
            Some(at) => at,
            None => {
                let first = self.register().first_audit_at()?;
                match first.and_then(|s| DateTime::parse_from_rfc3339(&s).ok()) {
                    Some(at) => at.with_timezone(&Utc),
                    None => return Ok(None),
                }
            }
        };
        let age = self.stamp().at - since;
        if age <= chrono::Duration::days(i64::from(policy.every_days)) {
            return Ok(None);
        }
        Ok(Some(BackupReminder { last_backup: last, days_since: age.num_days(), every_days: policy.every_days }))
    }
}

/// Records the backup just written to `out` and verified (encrypted or not,
/// holding `cases`) as the last, by this book's actor, now. The file is
/// there and whole: a failure now is said so, never read as "no backup".
pub(crate) fn record_backup<B: StepBook + ?Sized>(book: &B, out: &Path, encrypted: bool, cases: i64) -> Result<()> {
    let file = std::path::absolute(out).unwrap_or_else(|_| out.to_path_buf());
    let stamp = book.stamp();
    let last = LastBackup { at: stamp.at, file, encrypted, cases, by: Some(stamp.actor.to_string()) };
    let json = serde_json::to_string(&last).expect("the record serialises");
    book.register().put_setting_json(LAST_BACKUP_KEY, &json, stamp).map_err(|e| {
        Error::conflicting(DataSaid::BackupNotRecorded {
            path: out.display().to_string(),
            detail: Error::from(e).to_string(),
        })
    })
}

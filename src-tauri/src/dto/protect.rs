//! The register's protection as the unlock screen, the welcome and the
//! settings see it: whether it is encrypted and unlocked, how strong a new
//! passphrase looks, and when the app locks itself.

use casebook_app as app;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Where the register stands, for the window to choose its first screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum RegisterStateCode {
    /// No file yet: the welcome creates it (encrypted unless the user declines).
    Missing,
    /// An unencrypted register, open (it cannot be locked).
    Plain,
    /// An encrypted register waiting for its passphrase.
    Locked,
    /// An encrypted register, open.
    Unlocked,
}

/// How hard a new passphrase looks to guess, with the hint to show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PassphraseStrengthDto {
    /// `weak`, `fair` or `strong`.
    pub strength: PassphraseStrengthCode,
    pub hint: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum PassphraseStrengthCode {
    Weak,
    Fair,
    Strong,
}

impl From<app::PassphraseStrength> for PassphraseStrengthDto {
    fn from(s: app::PassphraseStrength) -> Self {
        let strength = match s {
            app::PassphraseStrength::Weak => PassphraseStrengthCode::Weak,
            app::PassphraseStrength::Fair => PassphraseStrengthCode::Fair,
            app::PassphraseStrength::Strong => PassphraseStrengthCode::Strong,
        };
        PassphraseStrengthDto { strength, hint: s.hint().to_owned() }
    }
}

/// A due backup reminder: no backup for longer than the reminder period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BackupReminderDto {
    /// RFC 3339; null when no backup was ever made (then the register's age counts).
    pub last_backup: Option<String>,
    pub days_since: i64,
    pub every_days: u32,
}

impl From<app::BackupReminder> for BackupReminderDto {
    fn from(r: app::BackupReminder) -> Self {
        BackupReminderDto {
            last_backup: r.last_backup.map(|at| at.to_rfc3339()),
            days_since: r.days_since,
            every_days: r.every_days,
        }
    }
}

/// A verified backup just written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BackupDoneDto {
    pub file: String,
    pub encrypted: bool,
    pub cases: i64,
}

//! The forms of the settings screen (a calendar import, the retention
//! periods as typed), and the register's protection as the unlock screen sees it.

use casebook_app as app;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// How to import the file the user is about to pick.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct CalendarImportRequest {
    /// The calendar an `.ics` file updates (a gov.uk JSON file names its own).
    #[ts(optional)]
    pub calendar_id: Option<String>,
    /// Add the file's days (company closures) instead of replacing the years it covers.
    pub add: bool,
}

// ---- protect ----
// The register's protection as the unlock screen, the welcome and the
// settings see it: whether it is encrypted and unlocked, how strong a new
// passphrase looks, and when the app locks itself.

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

/// A verified backup just written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BackupDoneDto {
    pub file: String,
    pub encrypted: bool,
    pub cases: i64,
}

//! The settings screen's calendar import form, and the register's state as
//! the unlock screen sees it.

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
// settings see it.

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

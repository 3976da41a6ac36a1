//! The settings screen's calendar import form.

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

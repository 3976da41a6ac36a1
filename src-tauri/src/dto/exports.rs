//! What the case page's exports return: the file written and how to check it.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A file written where the user chose, with its SHA-256 and size.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ExportedFileDto {
    pub file: String,
    pub sha256: String,
    #[ts(type = "number")]
    pub size: u64,
    /// The package's entries are AES-256 encrypted (always false for an evidence pack).
    pub encrypted: bool,
}

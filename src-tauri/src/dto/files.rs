//! The exports' progress events: which export, and where it is.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Which export: the data package or the evidence pack (one of each may run at a time).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum ExportKindCode {
    Package,
    Evidence,
}

/// Sent as the `export-progress` event while an export runs: which export,
/// and where it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ExportProgressDto {
    pub kind: ExportKindCode,
    #[serde(flatten)]
    pub progress: casebook_app::ExportProgress,
}

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

/// Which export: the data package or the evidence pack (one of each may run at a time).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum ExportKindCode {
    Package,
    Evidence,
}

/// What an export is doing (see `casebook_app::ExportPhase`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum ExportPhaseCode {
    Writing,
    Finishing,
    Gathering,
    LayingOut,
    Saving,
}

/// What a progress label counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum ProgressUnitCode {
    Records,
    Files,
    Sections,
    Pages,
}

/// Sent as the `export-progress` event while an export runs: the label's
/// `count` of `of` `unit` while `phase` runs on `item`, and the bar's `done`
/// of `total` (never going down; equal when the export is complete).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ExportProgressDto {
    pub kind: ExportKindCode,
    pub phase: ExportPhaseCode,
    pub item: String,
    #[ts(type = "number")]
    pub count: u64,
    #[ts(type = "number")]
    pub of: u64,
    pub unit: ProgressUnitCode,
    #[ts(type = "number")]
    pub done: u64,
    #[ts(type = "number")]
    pub total: u64,
}

impl ExportProgressDto {
    pub fn new(kind: ExportKindCode, p: &casebook_app::ExportProgress) -> Self {
        use casebook_app::{ExportPhase as P, ProgressUnit as U};
        ExportProgressDto {
            kind,
            phase: match p.phase {
                P::Writing => ExportPhaseCode::Writing,
                P::Finishing => ExportPhaseCode::Finishing,
                P::Gathering => ExportPhaseCode::Gathering,
                P::LayingOut => ExportPhaseCode::LayingOut,
                P::Saving => ExportPhaseCode::Saving,
            },
            item: p.item.clone(),
            count: p.count,
            of: p.of,
            unit: match p.unit {
                U::Records => ProgressUnitCode::Records,
                U::Files => ProgressUnitCode::Files,
                U::Sections => ProgressUnitCode::Sections,
                U::Pages => ProgressUnitCode::Pages,
            },
            done: p.done,
            total: p.total,
        }
    }
}

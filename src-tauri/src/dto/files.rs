//! Importing emails: progress while it runs, and what became of each message.

use casebook_app as app;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::civil_opt;

/// What happened to one message.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "outcome", rename_all = "kebab-case", rename_all_fields = "camelCase")]
pub enum ImportResultDto {
    /// A new case was opened; `duplicateOf` lists open cases of the same requester.
    Created {
        reference: String,
        due: Option<String>,
        duplicate_of: Vec<String>,
    },
    /// The message answers an existing case and was filed on it.
    Filed {
        reference: String,
        reason: String,
    },
    /// Already imported earlier.
    Skipped {
        reference: String,
        reason: String,
    },
    Failed {
        error: String,
    },
}

/// One message's outcome, named by its file (and number in an mbox).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportOutcomeDto {
    pub file: String,
    pub message: Option<u32>,
    pub result: ImportResultDto,
}

impl From<&app::ImportOutcome> for ImportOutcomeDto {
    fn from(o: &app::ImportOutcome) -> Self {
        let result = match &o.result {
            app::ImportResult::Created { reference, due, duplicate_of, .. } => ImportResultDto::Created {
                reference: reference.clone(),
                due: civil_opt(*due),
                duplicate_of: duplicate_of.clone(),
            },
            app::ImportResult::Filed { reference, reason } => {
                ImportResultDto::Filed { reference: reference.clone(), reason: reason.clone() }
            }
            app::ImportResult::Skipped { reference, reason } => {
                ImportResultDto::Skipped { reference: reference.clone(), reason: reason.clone() }
            }
            app::ImportResult::Failed { error } => ImportResultDto::Failed { error: error.clone() },
        };
        ImportOutcomeDto {
            file: o.file.clone(),
            message: o.message.map(|n| u32::try_from(n).unwrap_or(u32::MAX)),
            result,
        }
    }
}

/// Counts so far, sent as the `import-progress` event after each message.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportProgressDto {
    pub done: u32,
    pub created: u32,
    pub filed: u32,
    pub skipped: u32,
    pub failed: u32,
    /// The file being read.
    pub file: String,
}

impl ImportProgressDto {
    pub fn count(&mut self, o: &app::ImportOutcome) {
        self.done += 1;
        self.file.clone_from(&o.file);
        match o.result {
            app::ImportResult::Created { .. } => self.created += 1,
            app::ImportResult::Filed { .. } => self.filed += 1,
            app::ImportResult::Skipped { .. } => self.skipped += 1,
            app::ImportResult::Failed { .. } => self.failed += 1,
        }
    }
}

/// The end of an import (the `import-finished` event): the counts, every
/// outcome except plain skips, and whether it was cancelled.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportReportDto {
    pub counts: ImportProgressDto,
    pub outcomes: Vec<ImportOutcomeDto>,
    pub cancelled: bool,
}

// ---- exports ----
// What the case page's exports return: the file written and how to check it.

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

#[cfg(test)]
mod tests {
    use super::*;

    fn outcome(result: app::ImportResult) -> app::ImportOutcome {
        app::ImportOutcome { file: "inbox.mbox".into(), message: Some(3), result }
    }

    #[test]
    fn progress_counts_each_kind_of_outcome() {
        let mut p = ImportProgressDto::default();
        p.count(&outcome(app::ImportResult::Failed { error: "no From header".into() }));
        p.count(&outcome(app::ImportResult::Filed { reference: "CB-2026-0001".into(), reason: "reply".into() }));
        p.count(&outcome(app::ImportResult::Skipped { reference: "CB-2026-0001".into(), reason: "again".into() }));
        assert_eq!((p.done, p.created, p.filed, p.skipped, p.failed), (3, 0, 1, 1, 1));
        assert_eq!(p.file, "inbox.mbox");
    }

    #[test]
    fn a_failure_names_its_file_and_message_number() {
        let dto = ImportOutcomeDto::from(&outcome(app::ImportResult::Failed { error: "no From header".into() }));
        let json = serde_json::to_value(&dto).unwrap();
        assert_eq!(json["file"], "inbox.mbox");
        assert_eq!(json["message"], 3);
        assert_eq!(json["result"]["outcome"], "failed");
        assert_eq!(json["result"]["error"], "no From header");
    }
}

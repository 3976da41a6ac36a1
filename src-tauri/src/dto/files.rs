//! Importing emails: progress while it runs, and what became of each
//! message; the exports' progress events and the files they write.

use casebook_app as app;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

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
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportReportDto {
    pub counts: ImportProgressDto,
    pub outcomes: Vec<app::ImportOutcome>,
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

/// Sent as the `export-progress` event while an export runs: which export,
/// and where it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ExportProgressDto {
    pub kind: ExportKindCode,
    #[serde(flatten)]
    pub progress: app::ExportProgress,
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
}

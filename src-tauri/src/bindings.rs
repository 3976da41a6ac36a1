//! Writes the TypeScript types of every DTO into `ui/src/ipc/bindings/`.
//!
//! `cargo test -p casebook-desktop` regenerates the folder from scratch; CI
//! then fails if `git diff --exit-code ui/src/ipc/bindings` shows a change, so
//! the checked-in bindings always match the Rust types.

#[cfg(test)]
mod tests {
    use std::path::Path;

    use ts_rs::{Config, TS};

    use crate::dto::case::{CaseDetail, ExtensionDto, NewRequestDto, OutcomeCode, TimelineEntryDto};
    use crate::dto::dashboard::{DashboardDto, MonthStatsDto};
    use crate::dto::data::{CaseDataDto, DataFileDto, DataImportRequest, RedactionDto, RedactionInputDto};
    use crate::dto::exports::{ExportKindCode, ExportPhaseCode, ExportProgressDto, ExportedFileDto, ProgressUnitCode};
    use crate::dto::import::{ImportProgressDto, ImportReportDto};
    use crate::dto::letters::{LetterDto, LetterKindDto};
    use crate::dto::processing::{RegisterImportDto, SearchInputDto, SearchLogDto, SystemDto, VocabularyTermDto};
    use crate::dto::protect::{BackupDoneDto, BackupReminderDto, PassphraseStrengthDto, RegisterStateCode};
    use crate::dto::retention::{RetentionPolicyDto, RetentionRunDto};
    use crate::dto::settings::{
        CalendarImportDto, CalendarImportRequest, CalendarSummaryDto, DeadlinePolicyDto, DemoLoadDto, HolidayDto,
        OrganisationDto,
    };
    use crate::dto::templates::LetterTemplatesDto;
    use crate::dto::workflow::{
        CaseNextActionDto, FeeRequestDto, IdentityCheckDto, NextActionsDto, RefusalDto, ResponseDto,
    };
    use crate::dto::{AppInfo, CaseListQuery, CasePage, CaseSummary};
    use crate::error::IpcError;

    #[test]
    fn export_bindings() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/src/ipc/bindings");
        // Start empty so that a type removed from Rust disappears from the UI too.
        if dir.exists() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.extension().is_some_and(|e| e == "ts") {
                    std::fs::remove_file(path).unwrap();
                }
            }
        }
        // Day counts and page sizes are far below 2^53: plain numbers, not bigint.
        let cfg = Config::new().with_out_dir(&dir).with_large_int("number");
        CaseListQuery::export_all(&cfg).unwrap();
        CaseSummary::export_all(&cfg).unwrap();
        CasePage::export_all(&cfg).unwrap();
        AppInfo::export_all(&cfg).unwrap();
        IpcError::export_all(&cfg).unwrap();
        RegisterStateCode::export_all(&cfg).unwrap();
        PassphraseStrengthDto::export_all(&cfg).unwrap();
        BackupReminderDto::export_all(&cfg).unwrap();
        BackupDoneDto::export_all(&cfg).unwrap();
        RetentionRunDto::export_all(&cfg).unwrap();
        RetentionPolicyDto::export_all(&cfg).unwrap();
        DemoLoadDto::export_all(&cfg).unwrap();
        ExportedFileDto::export_all(&cfg).unwrap();
        ExportProgressDto::export_all(&cfg).unwrap();
        ExportKindCode::export_all(&cfg).unwrap();
        ExportPhaseCode::export_all(&cfg).unwrap();
        ProgressUnitCode::export_all(&cfg).unwrap();
        CaseDetail::export_all(&cfg).unwrap();
        TimelineEntryDto::export_all(&cfg).unwrap();
        NewRequestDto::export_all(&cfg).unwrap();
        ExtensionDto::export_all(&cfg).unwrap();
        OutcomeCode::export_all(&cfg).unwrap();
        DashboardDto::export_all(&cfg).unwrap();
        OrganisationDto::export_all(&cfg).unwrap();
        DeadlinePolicyDto::export_all(&cfg).unwrap();
        CalendarSummaryDto::export_all(&cfg).unwrap();
        HolidayDto::export_all(&cfg).unwrap();
        CalendarImportDto::export_all(&cfg).unwrap();
        CalendarImportRequest::export_all(&cfg).unwrap();
        MonthStatsDto::export_all(&cfg).unwrap();
        CaseNextActionDto::export_all(&cfg).unwrap();
        NextActionsDto::export_all(&cfg).unwrap();
        IdentityCheckDto::export_all(&cfg).unwrap();
        FeeRequestDto::export_all(&cfg).unwrap();
        RefusalDto::export_all(&cfg).unwrap();
        ResponseDto::export_all(&cfg).unwrap();
        LetterKindDto::export_all(&cfg).unwrap();
        LetterDto::export_all(&cfg).unwrap();
        LetterTemplatesDto::export_all(&cfg).unwrap();
        ImportProgressDto::export_all(&cfg).unwrap();
        ImportReportDto::export_all(&cfg).unwrap();
        VocabularyTermDto::export_all(&cfg).unwrap();
        SystemDto::export_all(&cfg).unwrap();
        RegisterImportDto::export_all(&cfg).unwrap();
        SearchLogDto::export_all(&cfg).unwrap();
        SearchInputDto::export_all(&cfg).unwrap();
        DataImportRequest::export_all(&cfg).unwrap();
        DataFileDto::export_all(&cfg).unwrap();
        CaseDataDto::export_all(&cfg).unwrap();
        RedactionDto::export_all(&cfg).unwrap();
        RedactionInputDto::export_all(&cfg).unwrap();
    }
}

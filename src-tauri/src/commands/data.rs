//! The person's data on a case: importing a system's export (picked in the
//! native dialog and read here), a page of the records kept, and redacting.

use tauri::{AppHandle, State};

use super::dialogs::pick_file;
use crate::dto::data::{CaseDataDto, DataFileDto, DataImportRequest, RedactionDto, RedactionInputDto};
use crate::error::IpcError;
use crate::{Register, off_main_thread};

/// The most records one page may ask for.
const MAX_PAGE: u32 = 500;

/// Asks for a CSV or JSON export and imports it onto the case, all or
/// nothing; `None` when the dialog is cancelled.
pub async fn import_case_data(
    app: AppHandle,
    register: State<'_, Register>,
    request: DataImportRequest,
) -> Result<Option<DataFileDto>, IpcError> {
    let casebook = register.casebook()?;
    off_main_thread(move || {
        let picked = pick_file(&app, "Import a system's export", ("Export (.csv, .json)", &["csv", "json"]))?;
        let Some(path) = picked else { return Ok(None) };
        Ok(Some(casebook.import_data(&request.into_app(path))?.into()))
    })
    .await
}

/// The case's files, `limit` records from `offset`, and its redactions.
pub async fn case_data(
    register: State<'_, Register>,
    reference: String,
    limit: u32,
    offset: u32,
) -> Result<CaseDataDto, IpcError> {
    let casebook = register.casebook()?;
    off_main_thread(move || casebook.case_data(&reference, limit.clamp(1, MAX_PAGE), offset)?.try_into()).await
}

pub async fn redact_data(
    register: State<'_, Register>,
    reference: String,
    redaction: RedactionInputDto,
) -> Result<RedactionDto, IpcError> {
    let casebook = register.casebook()?;
    off_main_thread(move || casebook.redact_data(&redaction.into_app(reference))?.try_into()).await
}

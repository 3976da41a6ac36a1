//! The organisation profile, a holiday calendar imported from a file, and the retention periods.

use tauri::{AppHandle, State};
use tauri_plugin_dialog::DialogExt;

use casebook_app::CalendarImport;

use crate::dto::settings::{CalendarImportRequest, OrganisationDto, RetentionPolicyDto};
use crate::error::{IpcError, IpcErrorCode};
use crate::{Register, off_main_thread};

/// The profile, or nothing on a register that has never been set up (first start).
pub async fn organisation(register: State<'_, Register>) -> Result<Option<OrganisationDto>, IpcError> {
    let casebook = register.casebook()?;
    off_main_thread(move || Ok(casebook.organisation()?.map(Into::into))).await
}

pub async fn set_organisation(
    register: State<'_, Register>,
    organisation: OrganisationDto,
) -> Result<OrganisationDto, IpcError> {
    let casebook = register.casebook()?;
    off_main_thread(move || Ok(casebook.set_organisation(organisation.into_app())?.into())).await
}

/// Asks the user for a calendar file with the native dialog, reads it here
/// (the webview never sees a path or a file) and imports it. `None` when the
/// user cancels.
pub async fn import_calendar(
    app: AppHandle,
    register: State<'_, Register>,
    request: CalendarImportRequest,
) -> Result<Option<CalendarImport>, IpcError> {
    let casebook = register.casebook()?;
    off_main_thread(move || {
        // Blocking is fine here: this is a worker thread, and the dialog runs on the main one.
        let picked = app
            .dialog()
            .file()
            .set_title("Import a holiday calendar")
            .add_filter("gov.uk bank-holidays.json or iCalendar", &["json", "ics"])
            .blocking_pick_file();
        let Some(picked) = picked else { return Ok(None) };
        let path = picked.into_path().map_err(|e| {
            IpcError::new(IpcErrorCode::InvalidInput, format!("the chosen file has no local path: {e}"))
        })?;
        let file_name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let bytes = std::fs::read(&path)
            .map_err(|e| IpcError::new(IpcErrorCode::InvalidInput, format!("cannot read '{file_name}': {e}")))?;
        let import = casebook.import_calendar(&file_name, &bytes, request.calendar_id.as_deref(), request.add)?;
        Ok(Some(import))
    })
    .await
}

/// The retention periods now in force.
pub async fn retention_policy(register: State<'_, Register>) -> Result<RetentionPolicyDto, IpcError> {
    let casebook = register.casebook()?;
    off_main_thread(move || Ok(casebook.retention_policy()?.into())).await
}

/// Saves the retention periods (audited); each problem names its field as
/// `casebook retention set` names its flag.
pub async fn set_retention_policy(
    register: State<'_, Register>,
    policy: RetentionPolicyDto,
) -> Result<RetentionPolicyDto, IpcError> {
    let casebook = register.casebook()?;
    let policy = policy.into_app()?;
    off_main_thread(move || Ok(casebook.set_retention_policy(policy)?.into())).await
}

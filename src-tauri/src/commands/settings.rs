//! The organisation profile, the deadline policy and the holiday calendars.

use tauri::{AppHandle, State};
use tauri_plugin_dialog::DialogExt;

use crate::dto::settings::{
    CalendarImportDto, CalendarImportRequest, CalendarSummaryDto, DeadlinePolicyDto, DemoLoadDto, HolidayDto,
    OrganisationDto, RetentionPolicyDto, RetentionRunDto,
};
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

pub async fn deadline_policy(register: State<'_, Register>) -> Result<DeadlinePolicyDto, IpcError> {
    let casebook = register.casebook()?;
    off_main_thread(move || Ok(casebook.deadline_policy()?.into())).await
}

/// Saves the policy; returns the open cases whose due date moved.
pub async fn set_deadline_policy(
    register: State<'_, Register>,
    policy: DeadlinePolicyDto,
) -> Result<Vec<String>, IpcError> {
    let casebook = register.casebook()?;
    off_main_thread(move || Ok(casebook.set_deadline_policy(&policy.into())?)).await
}

pub async fn list_calendars(register: State<'_, Register>) -> Result<Vec<CalendarSummaryDto>, IpcError> {
    let casebook = register.casebook()?;
    off_main_thread(move || Ok(casebook.list_calendars()?.into_iter().map(Into::into).collect())).await
}

pub async fn calendar_holidays(
    register: State<'_, Register>,
    id: String,
    year: i32,
) -> Result<Vec<HolidayDto>, IpcError> {
    let casebook = register.casebook()?;
    off_main_thread(move || Ok(casebook.calendar_holidays(&id, year)?.into_iter().map(Into::into).collect())).await
}

/// Asks the user for a calendar file with the native dialog, reads it here
/// (the webview never sees a path or a file) and imports it. `None` when the
/// user cancels.
pub async fn import_calendar(
    app: AppHandle,
    register: State<'_, Register>,
    request: CalendarImportRequest,
) -> Result<Option<CalendarImportDto>, IpcError> {
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
        Ok(Some(import.into()))
    })
    .await
}

// ---- demo ----
// First start: the demo organisation, its register of processing and its
// cases, loaded into an empty register to explore the app.

/// Fills the empty register with the demo organisation (refused, changing
/// nothing, when it already holds cases or systems).
pub async fn load_demo_organisation(register: State<'_, Register>) -> Result<DemoLoadDto, IpcError> {
    let casebook = register.casebook()?;
    off_main_thread(move || Ok(casebook.load_demo_organisation(0)?.into())).await
}

// ---- retention ----
// Retention: the settings (identity documents after the identity decision,
// closed cases per outcome after closure), and the dashboard's prompt that
// lists the closed cases due (a dry run) and deletes them once the user confirms.

/// The closed cases due for deletion today, deleting nothing.
pub async fn closed_case_retention(register: State<'_, Register>) -> Result<RetentionRunDto, IpcError> {
    let casebook = register.casebook()?;
    off_main_thread(move || Ok(casebook.closed_case_retention(casebook.today()?)?.into())).await
}

/// Deletes the closed cases due today (each leaves a `case.deleted` audit entry); returns them.
pub async fn delete_due_cases(register: State<'_, Register>) -> Result<RetentionRunDto, IpcError> {
    let casebook = register.casebook()?;
    off_main_thread(move || Ok(casebook.delete_due_cases(casebook.today()?)?.into())).await
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

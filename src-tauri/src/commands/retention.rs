//! The retention of closed cases: the dashboard's prompt lists those due
//! (a dry run) and deletes them once the user confirms.

use tauri::State;

use crate::dto::retention::RetentionRunDto;
use crate::error::IpcError;
use crate::{Register, off_main_thread};

/// The closed cases due for deletion today, deleting nothing.
#[tauri::command]
pub async fn closed_case_retention(register: State<'_, Register>) -> Result<RetentionRunDto, IpcError> {
    let casebook = register.casebook()?;
    off_main_thread(move || Ok(casebook.closed_case_retention(casebook.today()?)?.into())).await
}

/// Deletes the closed cases due today (each leaves a `case.deleted` audit entry); returns them.
#[tauri::command]
pub async fn delete_due_cases(register: State<'_, Register>) -> Result<RetentionRunDto, IpcError> {
    let casebook = register.casebook()?;
    off_main_thread(move || Ok(casebook.delete_due_cases(casebook.today()?)?.into())).await
}

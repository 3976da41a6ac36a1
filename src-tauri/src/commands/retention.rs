//! Retention: the settings (identity documents after the identity decision,
//! closed cases per outcome after closure), and the dashboard's prompt that
//! lists the closed cases due (a dry run) and deletes them once the user confirms.

use tauri::State;

use crate::dto::retention::{RetentionPolicyDto, RetentionRunDto};
use crate::error::IpcError;
use crate::{Register, off_main_thread};

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

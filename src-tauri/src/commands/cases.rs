//! What a case needs beyond one façade call (those are the `@facade` entries
//! of `ipc.rs`): the dashboard's next actions, and the case's imported data
//! (the export picked in the native dialog) and redactions.

use casebook_app::{CaseLifecycle, CaseNextAction, DataBook, DataFile};
use serde::Serialize;
use tauri::{AppHandle, State};

use super::dialogs::{Dialog, pick_file};
use crate::dto::DataImportRequest;
use crate::error::IpcError;
use crate::{Register, off_main_thread};

/// The first of the next actions, soonest first, and how many there are in
/// all (the dashboard shows a few; 100,000 cases would make a large answer).
#[derive(Debug, Serialize, ts_rs::TS)]
pub struct NextActions {
    pub actions: Vec<CaseNextAction>,
    pub total: u32,
}

/// What every case not yet closed needs next, soonest first.
pub async fn next_actions(register: State<'_, Register>, limit: u32) -> Result<NextActions, IpcError> {
    let book = register.book()?;
    off_main_thread(move || {
        let all = crate::either!(&book, |c| c.next_actions(c.today()?))?;
        let total = all.len() as u32;
        let shown = NextActions { actions: all.into_iter().take(limit as usize).collect(), total };
        // Walking every open case (24,400 on the benchmark register) leaves
        // tens of MB in the allocator's free lists; hand them back.
        crate::give_back_memory();
        Ok(shown)
    })
    .await
}

// ---- data ----
// The person's data on a case: importing a system's export (picked in the
// native dialog and read here), a page of the records kept, and redacting.

/// Asks for a CSV or JSON export and imports it onto the case, all or
/// nothing; `None` when the dialog is cancelled.
pub async fn import_case_data(
    app: AppHandle,
    register: State<'_, Register>,
    request: DataImportRequest,
) -> Result<Option<DataFile>, IpcError> {
    let book = register.book()?;
    off_main_thread(move || {
        let picked = pick_file(&app, Dialog::ImportData, &["csv", "json"])?;
        let Some(path) = picked else { return Ok(None) };
        let input = request.into_app(path);
        Ok(Some(crate::either!(&book, |c| c.import_data(&input))?))
    })
    .await
}

//! The native open and save dialogs (register, data and case export
//! screens), and their one test hook: the end-to-end tests cannot drive a native dialog,
//! so with `CASEBOOK_TEST_HOOKS=1` they queue the path the next dialog
//! "picks" (`queue_test_path`). Without the variable the queue is never
//! read and the command refuses.

use std::collections::VecDeque;
use std::path::PathBuf;
use std::sync::Mutex;

use tauri::{AppHandle, Manager, State};
use tauri_plugin_dialog::DialogExt;

use super::import::test_hooks_on;
use crate::error::{IpcError, IpcErrorCode};

/// Paths queued by the end-to-end tests for the next dialogs.
#[derive(Default)]
pub struct TestPicks(Mutex<VecDeque<PathBuf>>);

impl TestPicks {
    fn next(app: &AppHandle) -> Option<PathBuf> {
        if !test_hooks_on() {
            return None;
        }
        app.state::<TestPicks>().0.lock().unwrap_or_else(|p| p.into_inner()).pop_front()
    }
}

fn local(picked: tauri_plugin_dialog::FilePath) -> Result<PathBuf, IpcError> {
    picked
        .into_path()
        .map_err(|e| IpcError::new(IpcErrorCode::InvalidInput, format!("the chosen file has no local path: {e}")))
}

/// Asks for one file to open (blocking: call it on a worker thread); `None` when cancelled.
pub fn pick_file(app: &AppHandle, title: &str, filter: (&str, &[&str])) -> Result<Option<PathBuf>, IpcError> {
    if let Some(path) = TestPicks::next(app) {
        return Ok(Some(path));
    }
    app.dialog().file().set_title(title).add_filter(filter.0, filter.1).blocking_pick_file().map(local).transpose()
}

/// Asks where to save a file (blocking: call it on a worker thread); `None`
/// when cancelled. The dialog itself asks before replacing a file.
pub fn pick_save_path(
    app: &AppHandle,
    title: &str,
    file_name: &str,
    filter: (&str, &[&str]),
) -> Result<Option<PathBuf>, IpcError> {
    if let Some(path) = TestPicks::next(app) {
        return Ok(Some(path));
    }
    let picked = app
        .dialog()
        .file()
        .set_title(title)
        .set_file_name(file_name)
        .add_filter(filter.0, filter.1)
        .blocking_save_file();
    picked.map(local).transpose()
}

/// Asks where to save `bytes` and writes them there; the path, or `None` when cancelled.
pub fn save_file(
    app: &AppHandle,
    title: &str,
    file_name: &str,
    filter: (&str, &[&str]),
    bytes: &[u8],
) -> Result<Option<String>, IpcError> {
    let Some(path) = pick_save_path(app, title, file_name, filter)? else { return Ok(None) };
    std::fs::write(&path, bytes)
        .map_err(|e| IpcError::new(IpcErrorCode::InvalidInput, format!("cannot write '{}': {e}", path.display())))?;
    Ok(Some(path.display().to_string()))
}

/// For the end-to-end tests only: the next open or save dialog of the
/// register, data and case export screens takes `path` instead of asking. Refused unless
/// the app was started with `CASEBOOK_TEST_HOOKS=1`.
pub async fn queue_test_path(picks: State<'_, TestPicks>, path: String) -> Result<(), IpcError> {
    if !test_hooks_on() {
        return Err(IpcError::new(
            IpcErrorCode::InvalidInput,
            "test hooks are off (start the app with CASEBOOK_TEST_HOOKS=1)",
        ));
    }
    picks.0.lock().unwrap_or_else(|p| p.into_inner()).push_back(PathBuf::from(path));
    Ok(())
}

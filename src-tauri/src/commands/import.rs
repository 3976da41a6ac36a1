//! Importing emails (`.eml`, `.msg`, `.mbox`, folders of them), picked with
//! the native dialog or dropped on the window. The import runs on its own
//! thread; the window follows it through events (`import-started`,
//! `import-progress` with counts, `import-finished` with every outcome) and
//! can cancel it. Paths stay in Rust: the webview never sees them.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use tauri::{AppHandle, Emitter, Manager, State};
use tauri_plugin_dialog::DialogExt;

use crate::dto::files::{ImportProgressDto, ImportReportDto};
use crate::error::{IpcError, IpcErrorCode};
use crate::{Register, off_main_thread};

/// At most this often a progress event (an mbox of 10,000 messages would
/// otherwise send 10,000 of them).
const PROGRESS_EVERY: Duration = Duration::from_millis(100);

/// The one import that may run at a time, and its cancel flag.
#[derive(Default)]
pub struct ImportJob {
    running: AtomicBool,
    cancel: Arc<AtomicBool>,
}

/// Starts importing `paths` on a new thread; refused while another import runs.
pub fn start_import(app: &AppHandle, paths: Vec<PathBuf>) -> Result<(), IpcError> {
    let job = app.state::<ImportJob>();
    if paths.is_empty() {
        return Ok(());
    }
    let casebook = app.state::<Register>().casebook()?;
    if job.running.swap(true, Ordering::SeqCst) {
        return Err(IpcError::new(IpcErrorCode::Conflict, "an import is already running: wait for it or cancel it"));
    }
    job.cancel.store(false, Ordering::SeqCst);
    let cancel = Arc::clone(&job.cancel);
    let app = app.clone();
    std::thread::spawn(move || {
        let _ = app.emit("import-started", paths.len());
        let mut counts = ImportProgressDto::default();
        let mut last = Instant::now();
        let outcomes = casebook.import_paths_until(
            &paths,
            &mut |o| {
                counts.count(o);
                if last.elapsed() >= PROGRESS_EVERY {
                    last = Instant::now();
                    let _ = app.emit("import-progress", &counts);
                }
            },
            &cancel,
        );
        let report = ImportReportDto {
            counts,
            // Plain skips (already imported) are counted, not listed.
            outcomes: outcomes
                .iter()
                .filter(|o| !matches!(o.result, casebook_app::ImportResult::Skipped { .. }))
                .cloned()
                .collect(),
            cancelled: cancel.load(Ordering::SeqCst),
        };
        app.state::<ImportJob>().running.store(false, Ordering::SeqCst);
        let _ = app.emit("import-finished", &report);
    });
    Ok(())
}

/// Asks for files with the native dialog and starts importing them; false
/// when the user cancels the dialog.
pub async fn pick_and_import(app: AppHandle) -> Result<bool, IpcError> {
    off_main_thread(move || {
        let picked = app
            .dialog()
            .file()
            .set_title("Import emails")
            .add_filter("Emails (.eml, .msg, .mbox)", &["eml", "msg", "mbox"])
            .blocking_pick_files();
        let Some(picked) = picked else { return Ok(false) };
        let paths =
            picked.into_iter().map(|p| p.into_path()).collect::<Result<Vec<_>, _>>().map_err(|e| {
                IpcError::new(IpcErrorCode::InvalidInput, format!("a chosen file has no local path: {e}"))
            })?;
        start_import(&app, paths)?;
        Ok(true)
    })
    .await
}

pub async fn cancel_import(job: State<'_, ImportJob>) -> Result<(), IpcError> {
    job.cancel.store(true, Ordering::SeqCst);
    Ok(())
}

/// Whether the end-to-end test hooks are on (`CASEBOOK_TEST_HOOKS=1` at start).
pub fn test_hooks_on() -> bool {
    std::env::var("CASEBOOK_TEST_HOOKS").is_ok_and(|v| v == "1")
}

/// For the end-to-end tests only, which cannot drive the native dialog:
/// imports the given paths as if they had been picked. Refused unless the app
/// was started with `CASEBOOK_TEST_HOOKS=1`.
pub async fn import_test_paths(app: AppHandle, paths: Vec<String>) -> Result<(), IpcError> {
    if !test_hooks_on() {
        return Err(IpcError::new(
            IpcErrorCode::InvalidInput,
            "test hooks are off (start the app with CASEBOOK_TEST_HOOKS=1)",
        ));
    }
    start_import(&app, paths.into_iter().map(PathBuf::from).collect())
}

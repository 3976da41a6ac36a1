//! Importing emails (`.eml`, `.msg`, `.mbox`, folders of them), picked with
//! the native dialog or dropped on the window. The import runs on its own
//! thread; the window follows it through events (`import-started`,
//! `import-progress` with counts, `import-finished` with every outcome) and
//! can cancel it. Paths stay in Rust: the webview never sees them.
//!
//! Files the app is started with (`casebook-desktop FILE…`, which is how the
//! desktop's "Open with Casebook" on an `.eml` or `.msg` starts it) wait in
//! [`OpenedFiles`] until the window has asked whether to import them.

use std::ffi::OsString;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tauri::{AppHandle, Emitter, Manager, State};
use tauri_plugin_dialog::DialogExt;

use crate::error::{ErrorCode, IpcError, ShellSaid};
use crate::{Register, off_main_thread};
use casebook_app::{ImportCounts, ImportReport, IntakeBook};

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
    let book = app.state::<Register>().book()?;
    if job.running.swap(true, Ordering::SeqCst) {
        return Err(IpcError::shell(ErrorCode::Conflict, ShellSaid::ImportRunning));
    }
    job.cancel.store(false, Ordering::SeqCst);
    let cancel = Arc::clone(&job.cancel);
    let app = app.clone();
    std::thread::spawn(move || {
        let _ = app.emit("import-started", paths.len());
        let mut counts = ImportCounts::default();
        let mut last = Instant::now();
        let mut told = |o: &casebook_app::ImportOutcome| {
            counts.count(o);
            if last.elapsed() >= PROGRESS_EVERY {
                last = Instant::now();
                let _ = app.emit("import-progress", &counts);
            }
        };
        let outcomes = crate::either!(&book, |c| c.import_paths_until(&paths, &mut told, &cancel));
        let report = ImportReport::new(counts, outcomes, cancel.load(Ordering::SeqCst));
        app.state::<ImportJob>().running.store(false, Ordering::SeqCst);
        let _ = app.emit("import-finished", &report);
    });
    Ok(())
}

/// Asks for files with the native dialog and starts importing them; false
/// when the user cancels the dialog.
pub async fn pick_and_import(app: AppHandle) -> Result<bool, IpcError> {
    off_main_thread(move || {
        let (title, filter) = super::dialogs::words(&app, super::dialogs::Dialog::ImportEmails);
        let picked =
            app.dialog().file().set_title(title).add_filter(filter, &["eml", "msg", "mbox"]).blocking_pick_files();
        let Some(picked) = picked else { return Ok(false) };
        let paths =
            picked.into_iter().map(|p| p.into_path()).collect::<Result<Vec<_>, _>>().map_err(|e| {
                IpcError::shell(ErrorCode::InvalidInput, ShellSaid::NoLocalPath { detail: e.to_string() })
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

/// The files given on the command line, not yet imported or declined.
#[derive(Default)]
pub struct OpenedFiles(Mutex<Vec<PathBuf>>);

impl OpenedFiles {
    /// The arguments after the program's name that are not options (WebKit's
    /// WebDriver starts the app with `--automation`), made absolute so that
    /// the import does not depend on the working folder.
    pub fn from_args(args: impl IntoIterator<Item = OsString>) -> OpenedFiles {
        let files = args
            .into_iter()
            .skip(1)
            .filter(|a| !a.to_string_lossy().starts_with('-'))
            .map(|a| std::path::absolute(&a).unwrap_or_else(|_| PathBuf::from(a)))
            .collect();
        OpenedFiles(Mutex::new(files))
    }

    fn take(&self) -> Vec<PathBuf> {
        std::mem::take(&mut *self.0.lock().unwrap_or_else(|p| p.into_inner()))
    }

    /// The waiting files' names (their folders stay in Rust).
    fn names(&self) -> Vec<String> {
        let files = self.0.lock().unwrap_or_else(|p| p.into_inner());
        files.iter().map(|p| p.file_name().unwrap_or(p.as_os_str()).to_string_lossy().into_owned()).collect()
    }
}

/// The names of the files the app was started with that wait for an answer.
pub async fn opened_files(files: State<'_, OpenedFiles>) -> Result<Vec<String>, IpcError> {
    Ok(files.names())
}

/// Imports the files the app was started with, or forgets them when `import_them`
/// is false; either way they are asked about only once.
pub async fn answer_opened_files(app: AppHandle, import_them: bool) -> Result<(), IpcError> {
    let paths = app.state::<OpenedFiles>().take();
    if import_them { start_import(&app, paths) } else { Ok(()) }
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
        return Err(IpcError::shell(ErrorCode::InvalidInput, ShellSaid::TestHooksOff));
    }
    start_import(&app, paths.into_iter().map(PathBuf::from).collect())
}

#[cfg(test)]
mod tests {
    use super::OpenedFiles;
    use std::ffi::OsString;

    fn args(list: &[&str]) -> Vec<OsString> {
        list.iter().map(OsString::from).collect()
    }

    #[test]
    fn opened_files_are_the_arguments_that_are_not_options_made_absolute() {
        let files = OpenedFiles::from_args(args(&["casebook-desktop", "--automation", "mail/a.eml", "/tmp/b c.msg"]));
        let kept = files.0.lock().unwrap().clone();
        assert_eq!(kept, vec![std::env::current_dir().unwrap().join("mail/a.eml"), "/tmp/b c.msg".into()]);
        assert_eq!(files.names(), ["a.eml", "b c.msg"]);
        assert_eq!(files.take().len(), 2);
        assert!(files.names().is_empty(), "answered files are not asked about again");
        assert!(OpenedFiles::from_args(args(&["casebook-desktop"])).names().is_empty());
    }
}

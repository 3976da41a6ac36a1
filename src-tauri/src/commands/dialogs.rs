//! The native open and save dialogs (register, data and case export
//! screens), titled in the window's language (`set_dialog_words`, which the
//! window sends once it has loaded its strings), and their one test hook:
//! the end-to-end tests cannot drive a native dialog,
//! so with `CASEBOOK_TEST_HOOKS=1` they queue the path the next dialog
//! "picks" (`queue_test_path`). Without the variable the queue is never
//! read and the command refuses.

use std::collections::{HashMap, VecDeque};
use std::path::PathBuf;
use std::sync::Mutex;

use serde::{Deserialize, Serialize};
use tauri::{AppHandle, Manager, State};
use tauri_plugin_dialog::DialogExt;
use ts_rs::TS;

use super::import::test_hooks_on;
use crate::error::{ErrorCode, IpcError, ShellSaid};

/// The native dialogs the shell opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Dialog {
    ImportEmails,
    ImportData,
    ImportProcessing,
    ExportProcessing,
    ImportCalendar,
    ImportTemplate,
    SaveFile,
    SaveLetterPdf,
    SaveLetterEmail,
    SaveEvidence,
    SavePackage,
    SaveBackup,
}

impl Dialog {
    /// The title and the file filter's name until the window sends its own.
    fn english(self) -> (&'static str, &'static str) {
        match self {
            Dialog::ImportEmails => ("Import emails", "Emails (.eml, .msg, .mbox)"),
            Dialog::ImportData => ("Import a system's export", "Export (.csv, .json)"),
            Dialog::ImportProcessing => ("Import a register of processing", "Register of processing (.json)"),
            Dialog::ExportProcessing => ("Export the register of processing", "Register of processing (.json)"),
            Dialog::ImportCalendar => ("Import a holiday calendar", "gov.uk bank-holidays.json or iCalendar"),
            Dialog::ImportTemplate => ("Choose your template's text", "Template text (.txt)"),
            Dialog::SaveFile => ("Save the file as", "File"),
            Dialog::SaveLetterPdf => ("Save the letter as PDF", "PDF"),
            Dialog::SaveLetterEmail => ("Save the letter as an email draft", "Email"),
            Dialog::SaveEvidence => ("Save the evidence pack", "PDF"),
            Dialog::SavePackage => ("Save the data package", "ZIP"),
            Dialog::SaveBackup => ("Save a backup of the register", "Casebook backup"),
        }
    }
}

/// A dialog's title and its file filter's name, in the window's language.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
pub struct DialogWords {
    pub title: String,
    pub filter: String,
}

/// The words the window sent for each dialog.
#[derive(Default)]
pub struct DialogTexts(Mutex<HashMap<Dialog, DialogWords>>);

/// The window's words for its dialogs (sent once its strings are loaded).
pub async fn set_dialog_words(
    texts: State<'_, DialogTexts>,
    words: HashMap<Dialog, DialogWords>,
) -> Result<(), IpcError> {
    *texts.0.lock().unwrap_or_else(|p| p.into_inner()) = words;
    Ok(())
}

/// `dialog`'s title and filter name: the window's, else the English.
pub(crate) fn words(app: &AppHandle, dialog: Dialog) -> (String, String) {
    let sent = app.state::<DialogTexts>().0.lock().unwrap_or_else(|p| p.into_inner()).get(&dialog).cloned();
    chosen(dialog, sent)
}

/// The window's words for `dialog` when it sent both, else the English.
fn chosen(dialog: Dialog, sent: Option<DialogWords>) -> (String, String) {
    match sent {
        Some(w) if !w.title.trim().is_empty() && !w.filter.trim().is_empty() => (w.title, w.filter),
        _ => {
            let (title, filter) = dialog.english();
            (title.to_string(), filter.to_string())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dialog_takes_the_window_s_words_and_keeps_its_english_until_it_has_both() {
        let german =
            DialogWords { title: "Sicherung des Registers speichern".into(), filter: "Casebook-Sicherung".into() };
        assert_eq!(chosen(Dialog::SaveBackup, Some(german.clone())), (german.title.clone(), german.filter.clone()));
        let english = ("Save a backup of the register".to_string(), "Casebook backup".to_string());
        assert_eq!(chosen(Dialog::SaveBackup, None), english);
        let half = DialogWords { title: "Sicherung speichern".into(), filter: " ".into() };
        assert_eq!(chosen(Dialog::SaveBackup, Some(half)), english);
        // What the window sends: a map from each dialog's code to its words.
        let sent: HashMap<Dialog, DialogWords> = serde_json::from_str(
            r#"{ "save-backup": { "title": "T", "filter": "F" }, "import-emails": { "title": "I", "filter": "E" } }"#,
        )
        .unwrap();
        assert_eq!(sent[&Dialog::ImportEmails], DialogWords { title: "I".into(), filter: "E".into() });
    }
}

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
        .map_err(|e| IpcError::shell(ErrorCode::InvalidInput, ShellSaid::NoLocalPath { detail: e.to_string() }))
}

/// Asks for one file to open (blocking: call it on a worker thread); `None` when cancelled.
pub fn pick_file(app: &AppHandle, dialog: Dialog, extensions: &[&str]) -> Result<Option<PathBuf>, IpcError> {
    if let Some(path) = TestPicks::next(app) {
        return Ok(Some(path));
    }
    let (title, filter) = words(app, dialog);
    app.dialog().file().set_title(title).add_filter(filter, extensions).blocking_pick_file().map(local).transpose()
}

/// Asks where to save a file (blocking: call it on a worker thread); `None`
/// when cancelled. The dialog itself asks before replacing a file.
pub fn pick_save_path(
    app: &AppHandle,
    dialog: Dialog,
    file_name: &str,
    extensions: &[&str],
) -> Result<Option<PathBuf>, IpcError> {
    if let Some(path) = TestPicks::next(app) {
        return Ok(Some(path));
    }
    let (title, filter) = words(app, dialog);
    let picked = app
        .dialog()
        .file()
        .set_title(title)
        .set_file_name(file_name)
        .add_filter(filter, extensions)
        .blocking_save_file();
    picked.map(local).transpose()
}

/// Asks where to save `bytes` and writes them there; the path, or `None` when cancelled.
pub fn save_file(
    app: &AppHandle,
    dialog: Dialog,
    file_name: &str,
    extensions: &[&str],
    bytes: &[u8],
) -> Result<Option<String>, IpcError> {
    let Some(path) = pick_save_path(app, dialog, file_name, extensions)? else { return Ok(None) };
    std::fs::write(&path, bytes).map_err(|e| {
        IpcError::shell(
            ErrorCode::InvalidInput,
            ShellSaid::FileNotWritten { path: path.display().to_string(), detail: e.to_string() },
        )
    })?;
    Ok(Some(path.display().to_string()))
}

/// For the end-to-end tests only: the next open or save dialog of the
/// register, data and case export screens takes `path` instead of asking. Refused unless
/// the app was started with `CASEBOOK_TEST_HOOKS=1`.
pub async fn queue_test_path(picks: State<'_, TestPicks>, path: String) -> Result<(), IpcError> {
    if !test_hooks_on() {
        return Err(IpcError::shell(ErrorCode::InvalidInput, ShellSaid::TestHooksOff));
    }
    picks.0.lock().unwrap_or_else(|p| p.into_inner()).push_back(PathBuf::from(path));
    Ok(())
}

//! The register of processing's vocabulary, and importing and exporting a
//! register file (the rest is `@facade` entries of `ipc.rs`). Files are
//! picked and written here through the native dialogs; the webview never sees a file.

use casebook_app::ProcessingImport;
use casebook_core::processing::dpv::{VocabularyTerm, vocabulary};
use tauri::{AppHandle, State};

use super::dialogs::{Dialog, pick_file, save_file};
use crate::error::{ErrorCode, IpcError, ShellSaid};
use crate::{Register, off_main_thread};

/// The DPV terms the register's pickers offer (fixed; no register needed).
pub async fn processing_vocabulary() -> Result<Vec<VocabularyTerm>, IpcError> {
    Ok(vocabulary())
}

/// Asks for a register JSON file and replaces the register with it, all or
/// nothing; `None` when the dialog is cancelled.
pub async fn import_processing_register(
    app: AppHandle,
    register: State<'_, Register>,
) -> Result<Option<ProcessingImport>, IpcError> {
    let casebook = register.casebook()?;
    off_main_thread(move || {
        let picked = pick_file(&app, Dialog::ImportProcessing, &["json"])?;
        let Some(path) = picked else { return Ok(None) };
        let mut import = casebook.import_processing_register(&path)?;
        // The file's name, not its folder: the webview never sees a path.
        import.file = path.file_name().map_or(import.file, |n| n.to_string_lossy().into_owned());
        Ok(Some(import))
    })
    .await
}

/// Saves the register as its JSON document where the user picks; the path,
/// or `None` when the dialog is cancelled.
pub async fn export_processing_register(
    app: AppHandle,
    register: State<'_, Register>,
) -> Result<Option<String>, IpcError> {
    let casebook = register.casebook()?;
    off_main_thread(move || {
        let document = casebook.export_processing_register()?;
        let mut text = serde_json::to_string_pretty(&document)
            .map_err(|e| IpcError::shell(ErrorCode::Internal, ShellSaid::NotSerialised { detail: e.to_string() }))?;
        text.push('\n');
        save_file(&app, Dialog::ExportProcessing, "register-of-processing.json", &["json"], text.as_bytes())
    })
    .await
}

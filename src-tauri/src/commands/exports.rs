//! A case's exports: the evidence pack (PDF) and the portability package
//! (ZIP), each saved where the user picks with the native dialog (the
//! end-to-end tests queue the path: `dialogs::queue_test_path`). Both run
//! on a worker thread; the window shows a busy state meanwhile.

use casebook_app::PackageRequest;
use tauri::{AppHandle, State};

use super::dialogs::pick_save_path;
use crate::dto::exports::ExportedFileDto;
use crate::error::{IpcError, IpcErrorCode};
use crate::{Register, off_main_thread};

/// Makes the case's evidence pack (stored on the case) and saves the PDF where the user picks.
#[tauri::command]
pub async fn save_evidence_pack(
    app: AppHandle,
    register: State<'_, Register>,
    reference: String,
) -> Result<Option<ExportedFileDto>, IpcError> {
    let casebook = register.casebook()?;
    off_main_thread(move || {
        let name = format!("{reference}-evidence-pack.pdf");
        let Some(path) = pick_save_path(&app, "Save the evidence pack", &name, ("PDF", &["pdf"]))? else { return Ok(None) };
        let pack = casebook.evidence_pack(&reference, casebook.today()?)?;
        std::fs::write(&path, &pack.pdf).map_err(|e| {
            IpcError::new(IpcErrorCode::InvalidInput, format!("cannot write '{}': {e}", path.display()))
        })?;
        Ok(Some(ExportedFileDto {
            file: path.display().to_string(),
            sha256: pack.sha256,
            size: pack.pdf.len() as u64,
            encrypted: false,
        }))
    })
    .await
}

/// Exports the case's portability package to the `.zip` the user picks
/// (the dialog already asked before replacing a file), AES-256 encrypted
/// when a password is given.
#[tauri::command]
pub async fn export_package(
    app: AppHandle,
    register: State<'_, Register>,
    reference: String,
    password: Option<String>,
) -> Result<Option<ExportedFileDto>, IpcError> {
    let casebook = register.casebook()?;
    let password = password.filter(|p| !p.is_empty());
    off_main_thread(move || {
        let name = format!("{reference}-package.zip");
        let Some(out) = pick_save_path(&app, "Save the data package", &name, ("ZIP", &["zip"]))? else { return Ok(None) };
        let request = PackageRequest { reference, out, password, force: true };
        let export = casebook.export_package(&request)?;
        Ok(Some(ExportedFileDto {
            file: export.path.display().to_string(),
            sha256: export.sha256,
            size: export.size,
            encrypted: export.encrypted,
        }))
    })
    .await
}

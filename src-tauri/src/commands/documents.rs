//! A case's stored files: saving one where the user picks, and opening the
//! kinds the system's viewer shows safely from a private copy (`viewer`).

use tauri::{AppHandle, State};

use crate::commands::dialogs::save_file;
use crate::commands::letters::safe_name;
use crate::error::IpcError;
use crate::viewer::{ViewerCopies, copy_name};
use crate::{Register, off_main_thread};

/// Saves a stored file of a case, byte for byte, where the user picks; the
/// path chosen, or nothing when the user cancels.
pub async fn save_case_document(
    app: AppHandle,
    register: State<'_, Register>,
    reference: String,
    sha256: String,
) -> Result<Option<String>, IpcError> {
    let casebook = register.casebook()?;
    off_main_thread(move || {
        let (doc, bytes) = casebook.case_document(&reference, &sha256)?;
        let name = safe_name(doc.file_name.as_deref(), &format!("{reference}-{}", &sha256[..sha256.len().min(12)]));
        let extension = std::path::Path::new(&name).extension().map(|e| e.to_string_lossy().into_owned());
        let filter = extension.unwrap_or_else(|| "*".to_owned());
        save_file(&app, "Save the file as", &name, ("File", &[filter.as_str()]), &bytes)
    })
    .await
}

/// Opens a stored file of a case in the system's viewer, when its bytes are
/// a kind the viewer shows safely (the façade refuses the others).
pub async fn open_case_document(
    register: State<'_, Register>,
    copies: State<'_, ViewerCopies>,
    reference: String,
    sha256: String,
) -> Result<(), IpcError> {
    let casebook = register.casebook()?;
    let (doc, kind, bytes) = off_main_thread(move || Ok(casebook.case_document_to_open(&reference, &sha256)?)).await?;
    let extension = kind.extension().unwrap_or("bin");
    copies.open(&copy_name(doc.file_name.as_deref(), "document", extension), &bytes)
}

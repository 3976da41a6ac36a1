//! The register of processing (list, add, edit, remove, import a register
//! file, export it) and a case's search log. Files are picked and written
//! here through the native dialogs; the webview never sees a file.

use tauri::{AppHandle, State};

use super::dialogs::{pick_file, save_file};
use crate::dto::processing::{
    RegisterImportDto, SearchInputDto, SearchLogDto, SystemDto, VocabularyTermDto, vocabulary,
};
use crate::error::{IpcError, IpcErrorCode};
use crate::{Register, off_main_thread};

/// The DPV terms the register's pickers offer (fixed; no register needed).
pub async fn processing_vocabulary() -> Result<Vec<VocabularyTermDto>, IpcError> {
    Ok(vocabulary())
}

pub async fn processing_systems(register: State<'_, Register>) -> Result<Vec<SystemDto>, IpcError> {
    let casebook = register.casebook()?;
    off_main_thread(move || Ok(casebook.processing_systems()?.into_iter().map(Into::into).collect())).await
}

pub async fn add_processing_system(register: State<'_, Register>, system: SystemDto) -> Result<SystemDto, IpcError> {
    let casebook = register.casebook()?;
    let input = system.into_app();
    off_main_thread(move || Ok(casebook.add_processing_system(input)?.into())).await
}

/// Replaces every field of system `id` with the form's (the id itself stays).
pub async fn edit_processing_system(
    register: State<'_, Register>,
    id: String,
    system: SystemDto,
) -> Result<SystemDto, IpcError> {
    let casebook = register.casebook()?;
    let input = system.into_app();
    off_main_thread(move || Ok(casebook.edit_processing_system(&id, input)?.into())).await
}

pub async fn remove_processing_system(register: State<'_, Register>, id: String) -> Result<SystemDto, IpcError> {
    let casebook = register.casebook()?;
    off_main_thread(move || Ok(casebook.remove_processing_system(&id)?.into())).await
}

/// Asks for a register JSON file and replaces the register with it, all or
/// nothing; `None` when the dialog is cancelled.
pub async fn import_processing_register(
    app: AppHandle,
    register: State<'_, Register>,
) -> Result<Option<RegisterImportDto>, IpcError> {
    let casebook = register.casebook()?;
    off_main_thread(move || {
        let picked = pick_file(&app, "Import a register of processing", ("Register of processing (.json)", &["json"]))?;
        let Some(path) = picked else { return Ok(None) };
        Ok(Some(casebook.import_processing_register(&path)?.into()))
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
            .map_err(|e| IpcError::new(IpcErrorCode::Internal, format!("the register does not serialise: {e}")))?;
        text.push('\n');
        save_file(
            &app,
            "Export the register of processing",
            "register-of-processing.json",
            ("Register of processing (.json)", &["json"]),
            text.as_bytes(),
        )
    })
    .await
}

pub async fn search_log(register: State<'_, Register>, reference: String) -> Result<SearchLogDto, IpcError> {
    let casebook = register.casebook()?;
    off_main_thread(move || Ok(casebook.search_log(&reference)?.into())).await
}

/// Records a search of one system (or why it was not searched); the log after it.
pub async fn record_search(
    register: State<'_, Register>,
    reference: String,
    search: SearchInputDto,
) -> Result<SearchLogDto, IpcError> {
    let casebook = register.casebook()?;
    off_main_thread(move || Ok(casebook.record_search(&reference, search.into_app())?.into())).await
}

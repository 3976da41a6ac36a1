//! The organisation's own letter templates (Settings): the list with each own
//! copy's problem, customising one, going back to the built-in one, and
//! opening the folder or an own copy in the system's file manager or editor.
//! Paths are opened here from what the façade lists; the webview never sends one.

use tauri::State;

use crate::dto::templates::LetterTemplatesDto;
use crate::error::{IpcError, IpcErrorCode};
use crate::{Register, off_main_thread};

fn open(path: &std::path::Path) -> Result<(), IpcError> {
    tauri_plugin_opener::open_path(path, None::<&str>)
        .map_err(|e| IpcError::new(IpcErrorCode::Internal, format!("cannot open '{}': {e}", path.display())))
}

/// Every letter kind in every language: built-in or the organisation's own, and what is wrong with an own copy.
pub async fn letter_templates(register: State<'_, Register>) -> Result<LetterTemplatesDto, IpcError> {
    let casebook = register.casebook()?;
    off_main_thread(move || Ok(casebook.letter_templates()?.into())).await
}

/// Copies the built-in template into the templates folder; returns the copy's path.
pub async fn customise_template(
    register: State<'_, Register>,
    kind: String,
    language: String,
) -> Result<String, IpcError> {
    let casebook = register.casebook()?;
    off_main_thread(move || Ok(casebook.customise_template(&kind, &language)?.display().to_string())).await
}

/// Uses the built-in template again; returns where the own copy was kept.
pub async fn restore_builtin_template(
    register: State<'_, Register>,
    kind: String,
    language: String,
) -> Result<String, IpcError> {
    let casebook = register.casebook()?;
    off_main_thread(move || Ok(casebook.restore_builtin_template(&kind, &language)?.display().to_string())).await
}

/// Opens the templates folder in the file manager (making it first, so there is something to open).
pub async fn open_templates_folder(register: State<'_, Register>) -> Result<(), IpcError> {
    let casebook = register.casebook()?;
    off_main_thread(move || {
        let folder = casebook.letter_templates()?.folder;
        casebook_app::create_private_dir_all(&folder).map_err(|e| {
            IpcError::new(IpcErrorCode::InvalidInput, format!("cannot create the folder '{}': {e}", folder.display()))
        })?;
        open(&folder)
    })
    .await
}

/// Opens the organisation's own copy of a template in the system's editor.
pub async fn open_own_template(register: State<'_, Register>, kind: String, language: String) -> Result<(), IpcError> {
    let casebook = register.casebook()?;
    off_main_thread(move || {
        let listed = casebook.letter_templates()?;
        let own = listed.templates.into_iter().find(|t| t.kind == kind && t.language == language).and_then(|t| t.own);
        match own {
            Some(path) => open(&path),
            None => Err(IpcError::new(
                IpcErrorCode::NotFound,
                format!("there is no own copy of the '{kind}' template in '{language}' to open"),
            )),
        }
    })
    .await
}

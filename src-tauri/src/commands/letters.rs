//! Letters: making one on a case, saving its PDF or `.eml` draft where the
//! user picks with the native save dialog, and opening the PDF in the
//! system's viewer. Files are written here; the webview never sees a path.

use std::path::Path;

use casebook_app::{
    CaseLifecycle, Letter, LetterBook, LetterKind, MAX_TEMPLATE_BYTES, PackageBook, TemplateBook, TemplateChange,
};
use casebook_core::Language;
use serde::Serialize;
use tauri::{AppHandle, State};

use crate::commands::dialogs::{Dialog, pick_file, save_file};
use crate::error::{ErrorCode, IpcError, ShellSaid};
use crate::viewer::{ViewerCopies, copy_name};
use crate::{Register, off_main_thread};

/// A file name from a stored name: its last component only, never a path.
pub(crate) fn safe_name(name: Option<&str>, fallback: &str) -> String {
    name.and_then(|n| Path::new(n).file_name())
        .map(|n| n.to_string_lossy().into_owned())
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| fallback.to_owned())
}

/// A letter just made, as the CLI's `--json` writes it, with its text (for
/// reading it in the page) and whether its draft has an `.eml` to save.
#[derive(Debug, Serialize, ts_rs::TS)]
pub struct MadeLetter {
    #[serde(flatten)]
    pub letter: Letter,
    pub text: String,
    pub eml_available: bool,
}

/// Makes a letter on a case, kept as a draft to review (`send_letter` records it as sent).
pub async fn make_letter(
    register: State<'_, Register>,
    reference: String,
    kind: LetterKind,
    language: Option<Language>,
) -> Result<MadeLetter, IpcError> {
    let book = register.book()?;
    let mut letter = off_main_thread(move || {
        Ok(crate::either!(&book, |c| c.make_letter(&reference, kind, language.as_ref(), c.today()?))?)
    })
    .await?;
    let text = std::mem::take(&mut letter.text);
    let eml_available = letter.eml.take().is_some();
    Ok(MadeLetter { letter, text, eml_available })
}

/// Opens a letter's PDF in the system's viewer (refusing any other stored file).
pub async fn open_letter_pdf(
    register: State<'_, Register>,
    copies: State<'_, ViewerCopies>,
    reference: String,
    sha256: String,
) -> Result<(), IpcError> {
    open_stored(register, copies, reference, sha256, true).await
}

/// Opens a stored file in the system's viewer from a copy in the private
/// folder of viewer copies (emptied on lock and exit), when its bytes are a
/// kind the viewer shows safely (the façade refuses the others); with
/// `only_letters`, a file that is not a letter is refused too.
async fn open_stored(
    register: State<'_, Register>,
    copies: State<'_, ViewerCopies>,
    reference: String,
    sha256: String,
    only_letters: bool,
) -> Result<(), IpcError> {
    let book = register.book()?;
    let (doc, kind, bytes) =
        off_main_thread(move || Ok(crate::either!(&book, |c| c.case_document_to_open(&reference, &sha256))?)).await?;
    if only_letters && doc.role != "letter" {
        return Err(IpcError::shell(ErrorCode::InvalidInput, ShellSaid::OnlyLetters));
    }
    let (stem, fallback) = if only_letters { ("letter", "pdf") } else { ("document", "bin") };
    copies.open(&copy_name(doc.file_name.as_deref(), stem, kind.extension().unwrap_or(fallback)), &bytes)
}

// ---- templates ----
// The organisation's own letter templates (Settings): the list with each own
// copy's problem, customising one, going back to the built-in one, and
// opening the folder or an own copy in the system's file manager or editor.
// Paths are opened here from what the façade lists; the webview never sends one.

fn open(path: &std::path::Path) -> Result<(), IpcError> {
    tauri_plugin_opener::open_path(path, None::<&str>).map_err(|e| {
        IpcError::shell(
            ErrorCode::Internal,
            ShellSaid::NotOpened { path: path.display().to_string(), detail: e.to_string() },
        )
    })
}

/// Opens the templates folder in the file manager (made first, so there is something to open).
pub async fn open_templates_folder(register: State<'_, Register>) -> Result<(), IpcError> {
    let casebook = register.casebook()?;
    off_main_thread(move || open(&casebook.made_templates_folder()?)).await
}

/// Asks for a template's text with the native dialog, reads it here (the
/// webview never sees a path or a file) and has the façade check it and keep
/// it as the own template, on either register. `None` when the user cancels.
pub async fn customise_template_from_file(
    app: AppHandle,
    register: State<'_, Register>,
    kind: String,
    language: String,
) -> Result<Option<TemplateChange>, IpcError> {
    let book = register.book()?;
    off_main_thread(move || {
        let Some(path) = pick_file(&app, Dialog::ImportTemplate, &["txt"])? else { return Ok(None) };
        let file_name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let not_read = |detail: String| {
            IpcError::shell(ErrorCode::InvalidInput, ShellSaid::FileNotRead { file_name: file_name.clone(), detail })
        };
        // Read no more than one byte past the limit: the façade refuses a longer text by its size.
        let mut bytes = Vec::new();
        std::fs::File::open(&path)
            .and_then(|f| {
                std::io::Read::read_to_end(&mut std::io::Read::take(f, MAX_TEMPLATE_BYTES as u64 + 1), &mut bytes)
            })
            .map_err(|e| not_read(e.to_string()))?;
        let text = String::from_utf8(bytes)
            .map_err(|e| not_read(format!("it is not UTF-8 text (byte {})", e.utf8_error().valid_up_to())))?;
        Ok(Some(crate::either!(&book, |c| c.set_own_template(&kind, &language, &text))?))
    })
    .await
}

/// Opens the organisation's own copy of a template in the system's editor.
pub async fn open_own_template(register: State<'_, Register>, kind: String, language: String) -> Result<(), IpcError> {
    let casebook = register.casebook()?;
    off_main_thread(move || open(&casebook.own_template(&kind, &language)?)).await
}

// ---- documents ----
// A case's stored files: saving one where the user picks, and opening the
// kinds the system's viewer shows safely from a private copy (`viewer`).

/// Saves a stored file of a case, byte for byte, where the user picks; the
/// path chosen, or nothing when the user cancels.
pub async fn save_case_document(
    app: AppHandle,
    register: State<'_, Register>,
    reference: String,
    sha256: String,
) -> Result<Option<String>, IpcError> {
    let book = register.book()?;
    off_main_thread(move || {
        let (doc, bytes) = crate::either!(&book, |c| c.case_document(&reference, &sha256))?;
        let name = safe_name(doc.file_name.as_deref(), &format!("{reference}-{}", &sha256[..sha256.len().min(12)]));
        let extension = std::path::Path::new(&name).extension().map(|e| e.to_string_lossy().into_owned());
        let filter = extension.unwrap_or_else(|| "*".to_owned());
        save_file(&app, Dialog::SaveFile, &name, &[filter.as_str()], &bytes)
    })
    .await
}

/// Opens any stored file of a case in the system's viewer (see `open_stored`).
pub async fn open_case_document(
    register: State<'_, Register>,
    copies: State<'_, ViewerCopies>,
    reference: String,
    sha256: String,
) -> Result<(), IpcError> {
    open_stored(register, copies, reference, sha256, false).await
}

// ---- drafts ----
// A letter made is a draft of its case until it is marked as sent; a sent
// letter can be marked withdrawn with a reason (never deleted).

/// Opens a draft's PDF in the system's viewer, for review before it is sent.
pub async fn open_draft_pdf(
    register: State<'_, Register>,
    copies: State<'_, ViewerCopies>,
    reference: String,
    draft: i64,
) -> Result<(), IpcError> {
    let book = register.book()?;
    let (d, bytes) = off_main_thread(move || {
        let (d, pdf, _) = crate::either!(&book, |c| c.draft_files(&reference, &draft.to_string()))?;
        Ok((d, pdf))
    })
    .await?;
    let name = copy_name(Some(&d.file_name), "letter", "pdf");
    copies.open(&name, &bytes)
}

/// Saves a draft's PDF, or its `.eml` (`eml`), where the user picks; the
/// path, or nothing when cancelled.
pub async fn save_draft(
    app: AppHandle,
    register: State<'_, Register>,
    reference: String,
    draft: i64,
    eml: bool,
) -> Result<Option<String>, IpcError> {
    let book = register.book()?;
    off_main_thread(move || {
        let (d, pdf, email) = crate::either!(&book, |c| c.draft_files(&reference, &draft.to_string()))?;
        if !eml {
            let name = safe_name(Some(&d.file_name), &format!("{reference}.pdf"));
            return save_file(&app, Dialog::SaveLetterPdf, &name, &["pdf"], &pdf);
        }
        let email = email.ok_or_else(|| {
            IpcError::shell(ErrorCode::NotFound, ShellSaid::NoEmailDraft { draft, reference: reference.clone() })
        })?;
        let name =
            format!("{}.eml", Path::new(&safe_name(Some(&d.file_name), &reference)).with_extension("").display());
        save_file(&app, Dialog::SaveLetterEmail, &name, &["eml"], &email)
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_names_never_become_paths() {
        assert_eq!(safe_name(Some("../../etc/passwd"), "x.pdf"), "passwd");
        assert_eq!(safe_name(Some("CB-2026-0001-acknowledgement.pdf"), "x.pdf"), "CB-2026-0001-acknowledgement.pdf");
        assert_eq!(safe_name(None, "x.pdf"), "x.pdf");
        assert_eq!(safe_name(Some(".."), "x.pdf"), "x.pdf");
    }
}

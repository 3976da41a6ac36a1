//! The settings that do more than one façade call: the register's
//! protection (the unlock screen, creating the register on first start,
//! locking, encrypting), backups from the dashboard's reminder, a holiday
//! calendar imported from a file, and the retention periods as typed.
//!
//! A passphrase crosses IPC as a string once and goes straight into a
//! `Passphrase` (wiped when dropped); it is never logged or returned.

use casebook_app::{BackupCheck, Book, CalendarImport, CaseLifecycle, Passphrase, PassphraseCheck, RegisterState};
use tauri::{AppHandle, Manager, State};

use crate::commands::dialogs::{Dialog, pick_file, pick_save_path};
use crate::dto::settings::CalendarImportRequest;
use crate::error::{ErrorCode, IpcError, ShellSaid};
use crate::{Register, off_main_thread};

fn passphrase(text: String) -> Result<Passphrase, IpcError> {
    Passphrase::new(text).map_err(|_| IpcError::shell(ErrorCode::InvalidInput, ShellSaid::PassphraseEmpty))
}

/// Missing, plain, locked or unlocked; a team register open or waiting for its sign-in: what the window shows first.
pub async fn register_status(app: AppHandle) -> Result<RegisterState, IpcError> {
    off_main_thread(move || Ok(app.state::<Register>().state()?)).await
}

/// Opens another register in the window (Settings): a local file's full
/// path or a team register's `postgres://` URL. The one open until now is
/// closed once the other is in place (the copies opened in the viewer
/// removed), or stays open when the other cannot be opened. The window
/// opens it again at its next start (remembered without any password).
pub async fn open_register(app: AppHandle, location: String) -> Result<RegisterState, IpcError> {
    off_main_thread(move || {
        let register = app.state::<Register>();
        let state = register.open_other(&location)?;
        app.state::<crate::viewer::ViewerCopies>().clear();
        if let Err(e) = casebook_app::remember_window_register(&register.name()) {
            eprintln!("casebook: the window will open its earlier register at its next start: {e}");
        }
        Ok(state)
    })
    .await
}

/// Opens the encrypted register (`wrong-passphrase` when it does not fit),
/// or signs in to the team register (`wrong-password`).
pub async fn unlock(app: AppHandle, passphrase: String) -> Result<(), IpcError> {
    let passphrase = self::passphrase(passphrase)?;
    // Deriving the key takes a moment (PBKDF2): off the main thread.
    off_main_thread(move || Ok(app.state::<Register>().unlock(&passphrase)?)).await
}

/// First start: creates the register, encrypted with `passphrase` (refused
/// when too short), or plain when the user chose to go without.
pub async fn create_register(app: AppHandle, passphrase: Option<String>) -> Result<(), IpcError> {
    let passphrase = passphrase.map(self::passphrase).transpose()?;
    off_main_thread(move || Ok(app.state::<Register>().create(passphrase.as_ref())?)).await
}

/// The strength hint shown while a new passphrase is typed.
pub async fn passphrase_strength(passphrase: String) -> Result<PassphraseCheck, IpcError> {
    let passphrase = self::passphrase(passphrase)?;
    Ok(casebook_app::passphrase_strength(passphrase.as_str()).into())
}

/// Encrypts the open plain register with a new passphrase (Settings), then reopens it.
pub async fn encrypt_register(app: AppHandle, passphrase: String) -> Result<(), IpcError> {
    let passphrase = self::passphrase(passphrase)?;
    off_main_thread(move || Ok(app.state::<Register>().encrypt(&passphrase)?)).await
}

/// Locks the window: the register closes (its key wiped) and the copies
/// opened in the system viewer are removed.
pub async fn lock(
    register: State<'_, Register>,
    copies: State<'_, crate::viewer::ViewerCopies>,
) -> Result<(), IpcError> {
    register.lock()?;
    copies.clear();
    Ok(())
}

/// Asks where to save the backup (native dialog), then makes it there,
/// verified; nothing when the user cancels. A local register's backup is
/// encrypted like the register (`passphrase` is not asked for there and
/// ignored); a team register's with `passphrase`, which it needs (checked
/// before the dialog, as for a new register: the file restores as one), and
/// is recorded in the team register as its last backup.
pub async fn backup_now(
    app: AppHandle,
    register: State<'_, Register>,
    passphrase: Option<String>,
) -> Result<Option<BackupCheck>, IpcError> {
    let book = register.book()?;
    off_main_thread(move || {
        let name = format!("casebook-backup-{}.db", crate::either!(&book, |c| c.today())?.format("%Y-%m-%d"));
        match &book {
            Book::Local(casebook) => {
                let Some(path) = pick_save_path(&app, Dialog::SaveBackup, &name, &["db"])? else { return Ok(None) };
                Ok(Some(casebook.backup(&path)?))
            }
            Book::Team(team) => {
                let passphrase = self::passphrase(passphrase.unwrap_or_default())?;
                casebook_app::check_new_passphrase(&passphrase)?;
                let Some(path) = pick_save_path(&app, Dialog::SaveBackup, &name, &["db"])? else { return Ok(None) };
                Ok(Some(team.backup(&path, &passphrase)?.backup))
            }
        }
    })
    .await
}

/// Asks the user for a calendar file with the native dialog, reads it here
/// (the webview never sees a path or a file) and imports it. `None` when the
/// user cancels.
pub async fn import_calendar(
    app: AppHandle,
    register: State<'_, Register>,
    request: CalendarImportRequest,
) -> Result<Option<CalendarImport>, IpcError> {
    let book = register.book()?;
    off_main_thread(move || {
        let Some(path) = pick_file(&app, Dialog::ImportCalendar, &["json", "ics"])? else { return Ok(None) };
        let file_name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let bytes = std::fs::read(&path).map_err(|e| {
            IpcError::shell(
                ErrorCode::InvalidInput,
                ShellSaid::FileNotRead { file_name: file_name.clone(), detail: e.to_string() },
            )
        })?;
        let (id, add) = (request.calendar_id.as_deref(), request.add);
        let import = crate::either!(&book, |c| c.import_calendar(&file_name, &bytes, id, add))?;
        Ok(Some(import))
    })
    .await
}

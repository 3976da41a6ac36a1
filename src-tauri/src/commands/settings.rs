//! The settings that do more than one façade call: the register's
//! protection (the unlock screen, creating the register on first start,
//! locking, encrypting), backups from the dashboard's reminder, a holiday
//! calendar imported from a file, and the retention periods as typed.
//!
//! A passphrase crosses IPC as a string once and goes straight into a
//! `Passphrase` (wiped when dropped); it is never logged or returned.

use casebook_app::{CalendarImport, Passphrase};
use tauri::{AppHandle, Manager, State};

use crate::commands::dialogs::{pick_file, pick_save_path};
use crate::commands::letters::Drafts;
use crate::dto::settings::{BackupDoneDto, CalendarImportRequest, PassphraseStrengthDto, RegisterStateCode};
use crate::error::{IpcError, IpcErrorCode};
use crate::{Register, off_main_thread};

fn passphrase(text: String) -> Result<Passphrase, IpcError> {
    Passphrase::new(text).map_err(|_| IpcError::new(IpcErrorCode::InvalidInput, "the passphrase is empty"))
}

/// Missing, plain, locked or unlocked: what the window shows first.
pub async fn register_status(app: AppHandle) -> Result<RegisterStateCode, IpcError> {
    off_main_thread(move || app.state::<Register>().state()).await
}

/// Opens the encrypted register; `wrong-passphrase` when it does not fit.
pub async fn unlock(app: AppHandle, passphrase: String) -> Result<(), IpcError> {
    let passphrase = self::passphrase(passphrase)?;
    // Deriving the key takes a moment (PBKDF2): off the main thread.
    off_main_thread(move || app.state::<Register>().unlock(&passphrase)).await
}

/// First start: creates the register, encrypted with `passphrase` (refused
/// when too short), or plain when the user chose to go without.
pub async fn create_register(app: AppHandle, passphrase: Option<String>) -> Result<(), IpcError> {
    let passphrase = passphrase.map(self::passphrase).transpose()?;
    off_main_thread(move || app.state::<Register>().create(passphrase.as_ref())).await
}

/// The strength hint shown while a new passphrase is typed.
pub async fn passphrase_strength(passphrase: String) -> Result<PassphraseStrengthDto, IpcError> {
    let passphrase = self::passphrase(passphrase)?;
    Ok(casebook_app::passphrase_strength(passphrase.as_str()).into())
}

/// Encrypts the open plain register with a new passphrase (Settings), then reopens it.
pub async fn encrypt_register(app: AppHandle, passphrase: String) -> Result<(), IpcError> {
    let passphrase = self::passphrase(passphrase)?;
    off_main_thread(move || app.state::<Register>().encrypt(&passphrase)).await
}

/// Locks the window: the register closes (its key wiped), the letter drafts
/// are forgotten and the copies opened in the system viewer are removed.
pub async fn lock(
    register: State<'_, Register>,
    drafts: State<'_, Drafts>,
    copies: State<'_, crate::viewer::ViewerCopies>,
) -> Result<(), IpcError> {
    register.lock()?;
    drafts.clear();
    copies.clear();
    Ok(())
}

/// Asks where to save the backup (native dialog), then makes it there,
/// verified, encrypted like the register; nothing when the user cancels.
pub async fn backup_now(app: AppHandle, register: State<'_, Register>) -> Result<Option<BackupDoneDto>, IpcError> {
    let casebook = register.casebook()?;
    off_main_thread(move || {
        let name = format!("casebook-backup-{}.db", casebook.today()?.format("%Y-%m-%d"));
        let picked = pick_save_path(&app, "Save a backup of the register", &name, ("Casebook backup", &["db"]))?;
        let Some(path) = picked else { return Ok(None) };
        let check = casebook.backup(&path)?;
        Ok(Some(BackupDoneDto { file: path.display().to_string(), encrypted: check.encrypted, cases: check.cases }))
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
    let casebook = register.casebook()?;
    off_main_thread(move || {
        let filter = ("gov.uk bank-holidays.json or iCalendar", &["json", "ics"][..]);
        let Some(path) = pick_file(&app, "Import a holiday calendar", filter)? else { return Ok(None) };
        let file_name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let bytes = std::fs::read(&path)
            .map_err(|e| IpcError::new(IpcErrorCode::InvalidInput, format!("cannot read '{file_name}': {e}")))?;
        let import = casebook.import_calendar(&file_name, &bytes, request.calendar_id.as_deref(), request.add)?;
        Ok(Some(import))
    })
    .await
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;

    struct TempDir(PathBuf);

    impl TempDir {
        fn new(name: &str) -> TempDir {
            let dir = std::env::temp_dir().join(format!("casebook-desktop-{name}-{}", std::process::id()));
            let _ = std::fs::remove_dir_all(&dir);
            std::fs::create_dir_all(&dir).unwrap();
            TempDir(dir)
        }
    }

    impl Drop for TempDir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    fn key(text: &str) -> Passphrase {
        Passphrase::new(text).unwrap()
    }

    #[test]
    fn after_lock_a_command_needs_the_passphrase_again() {
        let dir = TempDir::new("lock");
        let path = dir.0.join("casebook.db");
        let register = Register::new(path.clone());
        assert_eq!(register.state().unwrap(), RegisterStateCode::Missing);
        assert_eq!(register.casebook().err().unwrap().code, IpcErrorCode::NotInitialised);
        assert!(!path.exists(), "nothing is created before the welcome asks");

        register.create(Some(&key("correct horse battery"))).unwrap();
        assert_eq!(register.state().unwrap(), RegisterStateCode::Unlocked);
        let open = register.casebook().unwrap();
        assert!(open.is_encrypted());

        register.lock().unwrap();
        assert_eq!(register.state().unwrap(), RegisterStateCode::Locked);
        assert_eq!(register.casebook().err().unwrap().code, IpcErrorCode::PassphraseNeeded);
        drop(open);

        // A fresh start finds it locked too.
        let restarted = Register::new(path);
        assert_eq!(restarted.state().unwrap(), RegisterStateCode::Locked);
        assert_eq!(restarted.unlock(&key("not the passphrase")).unwrap_err().code, IpcErrorCode::WrongPassphrase);
        assert_eq!(restarted.casebook().err().unwrap().code, IpcErrorCode::PassphraseNeeded);
        restarted.unlock(&key("correct horse battery")).unwrap();
        assert_eq!(restarted.state().unwrap(), RegisterStateCode::Unlocked);
        assert!(restarted.casebook().unwrap().organisation().unwrap().is_none());
    }

    #[test]
    fn a_plain_register_opens_without_a_passphrase_and_cannot_be_locked() {
        let dir = TempDir::new("plain");
        let register = Register::new(dir.0.join("casebook.db"));
        register.create(None).unwrap();
        assert_eq!(register.state().unwrap(), RegisterStateCode::Plain);
        assert_eq!(register.lock().unwrap_err().code, IpcErrorCode::Conflict);
        assert_eq!(register.state().unwrap(), RegisterStateCode::Plain, "still open");
        assert_eq!(register.create(None).unwrap_err().code, IpcErrorCode::Conflict, "never created twice");

        // Settings encrypt it: too short is refused and leaves it plain and open.
        assert_eq!(register.encrypt(&key("seven77")).unwrap_err().code, IpcErrorCode::InvalidInput);
        assert_eq!(register.state().unwrap(), RegisterStateCode::Plain);
        register.encrypt(&key("correct horse battery")).unwrap();
        assert_eq!(register.state().unwrap(), RegisterStateCode::Unlocked);
        assert_eq!(register.encrypt(&key("correct horse battery")).unwrap_err().code, IpcErrorCode::Conflict);
        register.lock().unwrap();
        assert_eq!(register.casebook().err().unwrap().code, IpcErrorCode::PassphraseNeeded);
        register.unlock(&key("correct horse battery")).unwrap();
    }

    #[test]
    fn a_too_short_passphrase_creates_nothing() {
        let dir = TempDir::new("short");
        let path = dir.0.join("casebook.db");
        let register = Register::new(path.clone());
        let err = register.create(Some(&key("seven77"))).unwrap_err();
        assert_eq!(err.code, IpcErrorCode::InvalidInput);
        assert_eq!(err.message, "the passphrase is too short (7 characters; at least 8)");
        assert!(!path.exists());
        assert_eq!(passphrase(String::new()).unwrap_err().code, IpcErrorCode::InvalidInput);
    }
}

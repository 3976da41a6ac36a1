//! The register slot the window's commands share (`casebook_desktop::Register`):
//! created by the welcome, locked and unlocked, encrypted from Settings.

use std::path::PathBuf;

use casebook_app::Passphrase;
use casebook_desktop::Register;
use casebook_desktop::dto::settings::RegisterStateCode;
use casebook_desktop::error::ErrorCode;

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
    assert_eq!(register.casebook().err().unwrap().code, ErrorCode::NotInitialised);
    assert!(!path.exists(), "nothing is created before the welcome asks");

    register.create(Some(&key("correct horse battery"))).unwrap();
    assert_eq!(register.state().unwrap(), RegisterStateCode::Unlocked);
    let open = register.casebook().unwrap();
    assert!(open.is_encrypted());

    register.lock().unwrap();
    assert_eq!(register.state().unwrap(), RegisterStateCode::Locked);
    assert_eq!(register.casebook().err().unwrap().code, ErrorCode::PassphraseNeeded);
    drop(open);

    // A fresh start finds it locked too.
    let restarted = Register::new(path);
    assert_eq!(restarted.state().unwrap(), RegisterStateCode::Locked);
    assert_eq!(restarted.unlock(&key("not the passphrase")).unwrap_err().code, ErrorCode::WrongPassphrase);
    assert_eq!(restarted.casebook().err().unwrap().code, ErrorCode::PassphraseNeeded);
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
    assert_eq!(register.lock().unwrap_err().code, ErrorCode::Conflict);
    assert_eq!(register.state().unwrap(), RegisterStateCode::Plain, "still open");
    assert_eq!(register.create(None).unwrap_err().code, ErrorCode::Conflict, "never created twice");

    // Settings encrypt it: too short is refused and leaves it plain and open.
    assert_eq!(register.encrypt(&key("seven77")).unwrap_err().code, ErrorCode::InvalidInput);
    assert_eq!(register.state().unwrap(), RegisterStateCode::Plain);
    register.encrypt(&key("correct horse battery")).unwrap();
    assert_eq!(register.state().unwrap(), RegisterStateCode::Unlocked);
    assert_eq!(register.encrypt(&key("correct horse battery")).unwrap_err().code, ErrorCode::Conflict);
    register.lock().unwrap();
    assert_eq!(register.casebook().err().unwrap().code, ErrorCode::PassphraseNeeded);
    register.unlock(&key("correct horse battery")).unwrap();
}

#[test]
fn a_too_short_passphrase_creates_nothing() {
    let dir = TempDir::new("short");
    let path = dir.0.join("casebook.db");
    let register = Register::new(path.clone());
    let err = register.create(Some(&key("seven77"))).unwrap_err();
    assert_eq!(err.code, ErrorCode::InvalidInput);
    assert_eq!(err.message, "the passphrase is too short (7 characters; at least 8)");
    assert!(!path.exists());
}

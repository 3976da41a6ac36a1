//! What the store says when a register cannot be opened, read or written,
//! for a front end to word: the same English as `casebook_store::Error`
//! (a test holds them equal), as facts.

use casebook_store::{APP_VERSION, Error as StoreError};
use serde::Serialize;

/// See [`super::ErrorSaid::Store`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum StoreSaid {
    /// No register at the path.
    #[error("no database at '{path}' (run `casebook init` first)")]
    Missing { path: String },
    /// A file that is not an SQLite database.
    #[error("'{path}' is not a Casebook database (not an SQLite file)")]
    NotADatabase { path: String },
    /// A register made by a newer Casebook.
    #[error("'{path}' is from a newer Casebook ({}schema {found}); this is Casebook {app_version} and knows schemas up to {known}: install the newer version to open it", made_by.as_ref().map(|v| format!("made by Casebook {v}, ")).unwrap_or_default())]
    NewerSchema { path: String, found: i64, known: i64, made_by: Option<String>, app_version: String },
    /// The copy taken before an upgrade could not be made; nothing was changed.
    #[error("could not back up '{path}' before upgrading it to schema {to} (nothing was changed): {problem}")]
    UpgradeBackup { path: String, to: i64, problem: String },
    /// Stored data that does not read as Casebook wrote it.
    #[error("stored data is damaged: {detail}")]
    Corrupt { detail: String },
    /// The database engine's own error (its English).
    #[error("database error: {detail}")]
    Database { detail: String },
    /// The register's folder could not be made.
    #[error("cannot create the folder for '{path}': {detail}")]
    Folder { path: String, detail: String },
    /// A file could not be read or written (the system's reason).
    #[error("'{path}': {detail}")]
    Io { path: String, detail: String },
    /// An empty passphrase.
    #[error("the passphrase is empty")]
    EmptyPassphrase,
    /// A passphrase that does not open the register.
    #[error("wrong passphrase for '{path}'")]
    WrongPassphrase { path: String },
    /// An encrypted register opened without its passphrase.
    #[error("'{path}' is encrypted: a passphrase is needed")]
    PassphraseNeeded { path: String },
    /// A change of passphrase on a register that is not encrypted.
    #[error("'{path}' is not encrypted")]
    NotEncrypted { path: String },
    /// An encryption of a register already encrypted.
    #[error("'{path}' is already encrypted")]
    AlreadyEncrypted { path: String },
    /// A register another program holds open.
    #[error("'{path}' is in use by another program (close the Casebook app and try again)")]
    InUse { path: String },
    /// A file Casebook would not overwrite.
    #[error("'{path}' already exists")]
    Exists { path: String },
    /// A backup or a copy whose check failed.
    #[error("'{path}' does not verify: {problem}")]
    Unverified { path: String, problem: String },
}

impl StoreSaid {
    /// The facts of a store error a front end words, when it is one of them
    /// (not-found and stale edits are [`super::RegisterSaid`]'s; a team
    /// register's server errors stay in their English).
    pub fn of(e: &StoreError) -> Option<StoreSaid> {
        let p = |path: &std::path::Path| path.display().to_string();
        Some(match e {
            StoreError::Missing(path) => StoreSaid::Missing { path: p(path) },
            StoreError::NotADatabase(path) => StoreSaid::NotADatabase { path: p(path) },
            StoreError::NewerSchema { path, found, known, made_by } => StoreSaid::NewerSchema {
                path: p(path),
                found: *found,
                known: *known,
                made_by: made_by.clone(),
                app_version: APP_VERSION.to_string(),
            },
            StoreError::UpgradeBackup { path, to, problem } => {
                StoreSaid::UpgradeBackup { path: p(path), to: *to, problem: problem.clone() }
            }
            StoreError::Corrupt(detail) => StoreSaid::Corrupt { detail: detail.clone() },
            StoreError::Sqlite(e) => StoreSaid::Database { detail: e.to_string() },
            StoreError::Folder { path, source } => StoreSaid::Folder { path: p(path), detail: source.to_string() },
            StoreError::Io { path, source } => StoreSaid::Io { path: p(path), detail: source.to_string() },
            StoreError::EmptyPassphrase => StoreSaid::EmptyPassphrase,
            StoreError::WrongPassphrase(path) => StoreSaid::WrongPassphrase { path: p(path) },
            StoreError::PassphraseNeeded(path) => StoreSaid::PassphraseNeeded { path: p(path) },
            StoreError::NotEncrypted(path) => StoreSaid::NotEncrypted { path: p(path) },
            StoreError::AlreadyEncrypted(path) => StoreSaid::AlreadyEncrypted { path: p(path) },
            StoreError::InUse(path) => StoreSaid::InUse { path: p(path) },
            StoreError::Exists(path) => StoreSaid::Exists { path: p(path) },
            StoreError::Unverified { path, problem } => {
                StoreSaid::Unverified { path: p(path), problem: problem.clone() }
            }
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;

    /// Each store error given as facts says what the store's own error says.
    #[test]
    fn the_facts_of_a_store_error_say_its_english() {
        let path = || PathBuf::from("/home/dpo/casebook.db");
        let io = || std::io::Error::new(std::io::ErrorKind::PermissionDenied, "Permission denied");
        let errors = [
            StoreError::Missing(path()),
            StoreError::NotADatabase(path()),
            StoreError::NewerSchema { path: path(), found: 31, known: 30, made_by: Some("9.0.0".into()) },
            StoreError::NewerSchema { path: path(), found: 31, known: 30, made_by: None },
            StoreError::UpgradeBackup { path: path(), to: 30, problem: "disk full".into() },
            StoreError::Corrupt("stored instant 'x' is invalid".into()),
            StoreError::Folder { path: path(), source: io() },
            StoreError::Io { path: path(), source: io() },
            StoreError::EmptyPassphrase,
            StoreError::WrongPassphrase(path()),
            StoreError::PassphraseNeeded(path()),
            StoreError::NotEncrypted(path()),
            StoreError::AlreadyEncrypted(path()),
            StoreError::InUse(path()),
            StoreError::Exists(path()),
            StoreError::Unverified { path: path(), problem: "the hash differs".into() },
        ];
        for e in &errors {
            let said = StoreSaid::of(e).unwrap_or_else(|| panic!("no facts for {e}"));
            assert_eq!(said.to_string(), e.to_string());
        }
        assert_eq!(StoreSaid::of(&StoreError::Postgres("x".into())), None);
    }
}

//! The one error type that crosses IPC: a code the UI can branch on and a
//! message it can show.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The closed set of error codes the UI handles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum IpcErrorCode {
    NotFound,
    InvalidInput,
    Conflict,
    /// The organisation profile is missing (`casebook init` has not run).
    NotInitialised,
    /// The register is encrypted and locked: the unlock screen asks for its passphrase.
    PassphraseNeeded,
    /// The passphrase given does not open the register.
    WrongPassphrase,
    /// The register could not be read or written (missing, locked, corrupt, newer schema).
    Storage,
    /// Long work was cancelled by the user and left nothing behind.
    Cancelled,
    Internal,
}

/// An error returned by a command, serialised as `{ code, message }`, with
/// `field` when invalid input is in one named field (a stable key such as
/// `on` or `identity-document-days`: the form puts the message beside it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct IpcError {
    pub code: IpcErrorCode,
    pub message: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub field: Option<String>,
}

impl IpcError {
    pub fn new(code: IpcErrorCode, message: impl Into<String>) -> Self {
        IpcError { code, message: message.into(), field: None }
    }

    /// Invalid input in one field.
    pub fn in_field(field: impl Into<String>, message: impl Into<String>) -> Self {
        IpcError { code: IpcErrorCode::InvalidInput, message: message.into(), field: Some(field.into()) }
    }
}

impl From<casebook_app::Error> for IpcError {
    fn from(e: casebook_app::Error) -> Self {
        let code = match e.code() {
            "not-found" => IpcErrorCode::NotFound,
            "invalid-input" => IpcErrorCode::InvalidInput,
            "conflict" => IpcErrorCode::Conflict,
            "not-initialised" => IpcErrorCode::NotInitialised,
            "passphrase-needed" => IpcErrorCode::PassphraseNeeded,
            "wrong-passphrase" => IpcErrorCode::WrongPassphrase,
            "storage" => IpcErrorCode::Storage,
            "cancelled" => IpcErrorCode::Cancelled,
            _ => IpcErrorCode::Internal,
        };
        IpcError { code, message: e.to_string(), field: e.field_key().map(str::to_string) }
    }
}

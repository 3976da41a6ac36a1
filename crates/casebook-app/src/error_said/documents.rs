//! Refusals about letters, drafts, their templates and posted letters.

use serde::Serialize;

/// See [`super::ErrorSaid::Documents`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum DocumentsSaid {
    /// The letter settings' logo path names a folder or something else that is not a file.
    #[error("logo '{path}' is not a file")]
    LogoNotAFile { path: String },
}

//! Refusals about the person's data, packages, evidence, documents kept and
//! the register's protection.

use serde::Serialize;

/// See [`super::ErrorSaid::Data`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum DataSaid {
    /// A redaction of an item (or one of its fields) that is already redacted.
    #[error("item {item}{} is already redacted", field.as_ref().map(|f| format!(" field '{f}'")).unwrap_or_default())]
    AlreadyRedacted { item: String, field: Option<String> },
}

//! Refusals about a case's steps: identity, extensions, answers, appeals,
//! complaints and the action log.

use serde::Serialize;

/// See [`super::ErrorSaid::Workflow`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum WorkflowSaid {
    /// An identity document of no bytes.
    #[error("the identity document is empty")]
    IdentityDocumentEmpty,
}

//! Refusals about cases and their input, the organisation, calendars, the
//! register of processing and the team register.

use serde::Serialize;

/// See [`super::ErrorSaid::Register`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum RegisterSaid {
    /// An edit of a closed case.
    #[error("case {reference} is closed and can no longer be changed")]
    ClosedCaseUnchangeable { reference: String },
    /// A re-opening without its reason (the audit log keeps why).
    #[error("re-opening a case needs its reason")]
    ReopenNeedsReason,
}

//! What a refusal says, as facts: each message a variant with its values, so
//! the command line prints its English (`Display`) and the desktop app words
//! the same facts in the window's language (`ui/src/lib/errorSaid/`), the way
//! the deadline, identity and timeline sentences already are.
//!
//! One enum per area of the façade, each in its own file; [`ErrorSaid`] tags
//! them. A front end matches on every variant: a new message cannot reach the
//! window without its German and French.

mod data;
mod documents;
mod register;
mod store;
mod workflow;

pub use data::DataSaid;
pub use documents::DocumentsSaid;
pub use register::{FileProblem, RegisterSaid, Thing};
pub use store::StoreSaid;
pub use workflow::WorkflowSaid;

use serde::Serialize;

/// A refusal's facts, by area (serialised `{ area, said: { kind, … } }`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
#[serde(tag = "area", content = "said", rename_all = "kebab-case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum ErrorSaid {
    /// Letters, drafts, their templates, posted letters (`letters.rs`, `drafts.rs`, `templates.rs`, `post.rs`).
    #[error(transparent)]
    Documents(DocumentsSaid),
    /// The person's data, packages, evidence, documents kept and the register's protection
    /// (`data.rs`, `package/`, `evidence.rs`, `document_retention.rs`, `protect.rs`).
    #[error(transparent)]
    Data(DataSaid),
    /// A case's steps: identity, extensions, answers, appeals, complaints, actions
    /// (`steps.rs`, `lifecycle.rs`, `answers.rs`, `appeals.rs`, `complaints.rs`, `identity.rs`, `actions.rs`).
    #[error(transparent)]
    Workflow(WorkflowSaid),
    /// Cases and their input, the organisation, calendars, the register of processing, the team register
    /// (`cases.rs`, `input.rs`, `calendars.rs`, `processing.rs`, `organisation.rs`, `team.rs`, …).
    #[error(transparent)]
    Register(RegisterSaid),
    /// A register that cannot be opened, read or written (the store's errors).
    #[error(transparent)]
    Store(StoreSaid),
}

macro_rules! into_said {
    ($($area:ident($ty:ty)),*) => {$(
        impl From<$ty> for ErrorSaid {
            fn from(said: $ty) -> Self {
                ErrorSaid::$area(said)
            }
        }
    )*};
}
into_said!(Documents(DocumentsSaid), Data(DataSaid), Workflow(WorkflowSaid), Register(RegisterSaid), Store(StoreSaid));

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refusal_serialises_as_its_area_and_its_facts_and_displays_its_english() {
        let said = ErrorSaid::from(RegisterSaid::ClosedCaseUnchangeable { reference: "DSR-2026-0007".into() });
        assert_eq!(
            serde_json::to_value(&said).unwrap(),
            serde_json::json!({ "area": "register", "said": { "kind": "closed-case-unchangeable", "reference": "DSR-2026-0007" } })
        );
        assert_eq!(said.to_string(), "case DSR-2026-0007 is closed and can no longer be changed");
        let error = crate::Error::conflicting(said.clone());
        assert_eq!((error.code(), error.said()), (crate::ErrorCode::Conflict, Some(said)));
    }
}

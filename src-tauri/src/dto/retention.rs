//! The retention of closed cases, as the dashboard's prompt shows it.

use casebook_app as app;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::case::OutcomeCode;
use super::{civil, civil_opt};

/// A closed case past its retention period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RetentionDueDto {
    pub reference: String,
    pub closed_on: String,
    pub outcome: OutcomeCode,
    /// The date it became due for deletion.
    pub delete_on: String,
    /// Why, in one sentence (closing date, outcome, period).
    pub reason: String,
}

/// The closed cases due for deletion (a dry run), or those just deleted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RetentionRunDto {
    pub due: Vec<RetentionDueDto>,
    /// Closed cases not yet due.
    pub kept: usize,
    pub next_due: Option<String>,
}

impl From<app::CaseRetentionRun> for RetentionRunDto {
    fn from(r: app::CaseRetentionRun) -> Self {
        RetentionRunDto {
            due: r
                .due
                .into_iter()
                .map(|c| RetentionDueDto {
                    reference: c.reference,
                    closed_on: civil(c.closed_on),
                    outcome: c.outcome.into(),
                    delete_on: civil(c.delete_on),
                    reason: c.reason,
                })
                .collect(),
            kept: r.kept,
            next_due: civil_opt(r.next_due),
        }
    }
}

//! The retention of closed cases, as the dashboard's prompt shows it.

use casebook_app as app;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{Outcome, civil, civil_opt};
use crate::error::IpcError;

/// A closed case past its retention period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RetentionDueDto {
    pub reference: String,
    pub closed_on: String,
    pub outcome: Outcome,
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
                    outcome: c.outcome,
                    delete_on: civil(c.delete_on),
                    reason: c.reason,
                })
                .collect(),
            kept: r.kept,
            next_due: civil_opt(r.next_due),
        }
    }
}

/// How long closed cases with one outcome are kept after closure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ClosurePeriodDto {
    pub outcome: Outcome,
    /// The period as the user types it: `2y`, `18m`, `18 months`, `2 years`.
    pub period: String,
}

/// The retention settings: identity documents kept `identityDocumentDays`
/// days after the identity decision, closed cases per outcome after closure.
/// Read and written in the same shape; the days are text so that what the
/// user typed reaches the check that names the problem.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RetentionPolicyDto {
    pub identity_document_days: String,
    pub after_closure: Vec<ClosurePeriodDto>,
}

impl From<app::RetentionPolicy> for RetentionPolicyDto {
    fn from(p: app::RetentionPolicy) -> Self {
        RetentionPolicyDto {
            identity_document_days: p.identity_document_days.to_string(),
            after_closure: p
                .after_closure_months
                .into_iter()
                .filter_map(|(code, months)| {
                    let outcome = code.parse::<casebook_core::Outcome>().ok()?;
                    Some(ClosurePeriodDto { outcome, period: app::describe_months(months) })
                })
                .collect(),
        }
    }
}

impl RetentionPolicyDto {
    /// Parses the typed values; each problem names its field
    /// (`identity-document-days`, `after-closure.OUTCOME`).
    pub fn into_app(self) -> Result<app::RetentionPolicy, IpcError> {
        let days = self.identity_document_days.trim();
        let identity_document_days = days.parse::<u32>().map_err(|_| {
            IpcError::in_field(
                "identity-document-days",
                format!("'{days}' is not a number of days: expected a whole number, e.g. 30"),
            )
        })?;
        let mut after_closure_months = std::collections::BTreeMap::new();
        for rule in self.after_closure {
            let outcome = rule.outcome;
            let months = app::parse_retention_period(&rule.period).map_err(|e| {
                IpcError::in_field(
                    format!("after-closure.{}", outcome.code()),
                    format!("the period for {}: {e}", outcome.code()),
                )
            })?;
            after_closure_months.insert(outcome.code().to_string(), months);
        }
        Ok(app::RetentionPolicy { identity_document_days, after_closure_months })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dto(days: &str, period: &str) -> RetentionPolicyDto {
        RetentionPolicyDto {
            identity_document_days: days.into(),
            after_closure: vec![ClosurePeriodDto { outcome: Outcome::Refused, period: period.into() }],
        }
    }

    #[test]
    fn typed_periods_become_months_and_back() {
        let policy = dto(" 45 ", "3y").into_app().unwrap();
        assert_eq!(policy.identity_document_days, 45);
        assert_eq!(policy.after_closure_months.get("refused"), Some(&36));
        let back = RetentionPolicyDto::from(policy);
        assert_eq!(back.identity_document_days, "45");
        assert_eq!(back.after_closure[0].period, "3 years");
    }

    #[test]
    fn each_problem_names_its_field() {
        let e = dto("a month", "2y").into_app().unwrap_err();
        assert_eq!(e.field.as_deref(), Some("identity-document-days"));
        assert!(e.message.starts_with("'a month' is not a number of days"), "{}", e.message);
        let e = dto("30", "forever").into_app().unwrap_err();
        assert_eq!(e.field.as_deref(), Some("after-closure.refused"));
        assert!(e.message.starts_with("the period for refused: invalid period 'forever'"), "{}", e.message);
    }
}

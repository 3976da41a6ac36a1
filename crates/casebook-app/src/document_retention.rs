//! Retention of identity documents: kept only as long as the identity
//! decision needs them (UK GDPR / GDPR Art. 5(1)(c) and (e)), then deleted,
//! leaving the check record and the document's hash on the case.
//!
//! `casebook retention run` (and the app, when it starts) deletes what is due;
//! `casebook retention show` lists what is held and when it goes.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::case_retention::CaseRetentionRun;
use crate::{Casebook, Error, Result, event_kind};

pub(crate) const KEY: &str = "retention";

/// How long identity documents are kept after the identity decision, and
/// closed cases after closure (months, by outcome code; see `case_retention.rs`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct RetentionPolicy {
    pub identity_document_days: u32,
    pub after_closure_months: BTreeMap<String, u32>,
}

impl Default for RetentionPolicy {
    fn default() -> Self {
        RetentionPolicy { identity_document_days: 30, after_closure_months: crate::case_retention::default_periods() }
    }
}

/// The longest period the setting accepts (ten years).
const MAX_DAYS: u32 = 3650;

/// One identity document, held or deleted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HeldDocument {
    pub reference: String,
    pub document_id: i64,
    pub sha256: String,
    pub file_name: Option<String>,
    pub size: i64,
    /// The latest identity decision on the case; null while none was made.
    pub decided_on: Option<NaiveDate>,
    /// The day it is (or was) due for deletion; null while there is no decision.
    pub delete_on: Option<NaiveDate>,
}

/// What a retention run did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RetentionRun {
    pub policy: RetentionPolicy,
    pub deleted: Vec<HeldDocument>,
    pub kept: Vec<HeldDocument>,
    /// Closed cases past their retention period (deleted, in a real run).
    pub cases: CaseRetentionRun,
}

impl Casebook {
    pub fn retention_policy(&self) -> Result<RetentionPolicy> {
        Ok(self.store().setting(KEY)?.unwrap_or_default())
    }

    /// Sets the whole retention policy (audited).
    pub fn set_retention_policy(&self, policy: RetentionPolicy) -> Result<RetentionPolicy> {
        if policy.identity_document_days > MAX_DAYS {
            return Err(Error::field(
                "identity-document-days",
                format!("identity documents are kept at most {MAX_DAYS} days, not {}", policy.identity_document_days),
            ));
        }
        for (outcome, months) in &policy.after_closure_months {
            outcome.parse::<casebook_core::Outcome>().map_err(Error::invalid)?;
            crate::case_retention::parse_period(&format!("{months}m")).map_err(Error::invalid)?;
        }
        let stamp = self.stamp();
        self.store().put_setting(KEY, &policy, stamp)?;
        Ok(policy)
    }

    /// The identity documents held, each with its deletion date.
    fn held_documents(&self) -> Result<Vec<HeldDocument>> {
        let days = i64::from(self.retention_policy()?.identity_document_days);
        let store = self.store();
        let mut held = Vec::new();
        for id in store.cases_with_identity_documents()? {
            let case = store.case(id)?;
            let decided_on = store
                .events(id)?
                .iter()
                .filter(|e| event_kind(e) == Some(casebook_core::CaseEventKind::IdentityChecked))
                .map(|e| e.on_date)
                .next_back();
            for d in store.documents(id)?.into_iter().filter(|d| d.role == "identity") {
                held.push(HeldDocument {
                    reference: case.reference.to_string(),
                    document_id: d.id,
                    sha256: d.sha256,
                    file_name: d.file_name,
                    size: d.size,
                    decided_on,
                    delete_on: decided_on.map(|on| on + chrono::Duration::days(days)),
                });
            }
        }
        Ok(held)
    }

    /// What `apply_retention` would delete today, without deleting.
    pub fn retention_status(&self, today: NaiveDate) -> Result<RetentionRun> {
        let (deleted, kept) =
            self.held_documents()?.into_iter().partition(|d| d.delete_on.is_some_and(|on| on <= today));
        let cases = self.closed_case_retention(today)?;
        Ok(RetentionRun { policy: self.retention_policy()?, deleted, kept, cases })
    }

    /// Deletes the identity documents whose retention period has passed, then
    /// the closed cases whose period has, each in its own audited transaction.
    pub fn apply_retention(&self, today: NaiveDate) -> Result<RetentionRun> {
        let run = self.retention_status(today)?;
        let days = run.policy.identity_document_days;
        for d in &run.deleted {
            let case = self.case_by_ref(&d.reference)?;
            let doc = self
                .store()
                .documents(case.id)?
                .into_iter()
                .find(|x| x.id == d.document_id)
                .ok_or_else(|| Error::NotFound { what: "identity document", key: d.document_id.to_string() })?;
            let detail = serde_json::json!({
                "reason": format!(
                    "identity documents are kept {} after the identity decision ({})",
                    casebook_core::days(days),
                    d.decided_on.map(|x| x.to_string()).unwrap_or_default()
                ),
                "decided_on": d.decided_on,
                "retention_days": days,
            });
            let stamp = self.stamp();
            self.store().delete_identity_document(case.id, &doc, today, &detail, stamp)?;
        }
        let cases = self.delete_due_cases(today)?;
        Ok(RetentionRun { cases, ..run })
    }
}

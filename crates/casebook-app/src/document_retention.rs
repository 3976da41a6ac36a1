//! Retention of identity documents: kept only as long as the identity
//! decision needs them (UK GDPR / GDPR Art. 5(1)(c) and (e)), then deleted,
//! leaving the check record and the document's hash on the case.
//!
//! `casebook retention run` (and the app, when it starts) deletes what is due;
//! `casebook retention show` lists what is held and when it goes.

use std::collections::BTreeMap;

use casebook_core::Outcome;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::case_retention::CaseRetentionRun;
use casebook_store::{CaseRegister, LetterRegister, RetentionRegister};

use crate::steps::StepBook;
use crate::{DataSaid, Error, Result, event_kind};

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

/// How long closed cases with one outcome are kept after closure, as a form
/// shows and takes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ClosurePeriod {
    pub outcome: Outcome,
    /// The period as the user types it: `2y`, `18m`, `18 months`, `2 years`.
    pub period: String,
}

/// The retention settings as a form shows and takes them, read and written
/// in the same shape: the days as text, so that what the user typed reaches
/// the check that names the problem, and the periods in words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RetentionForm {
    pub identity_document_days: String,
    pub after_closure: Vec<ClosurePeriod>,
}

impl From<RetentionPolicy> for RetentionForm {
    fn from(p: RetentionPolicy) -> Self {
        let after_closure = p.after_closure_months.into_iter().filter_map(|(code, months)| {
            Some(ClosurePeriod { outcome: code.parse().ok()?, period: crate::describe_months(months) })
        });
        RetentionForm {
            identity_document_days: p.identity_document_days.to_string(),
            after_closure: after_closure.collect(),
        }
    }
}

/// The form field of one outcome's period.
fn after_closure_field(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Fulfilled => "after-closure.fulfilled",
        Outcome::PartlyFulfilled => "after-closure.partly-fulfilled",
        Outcome::NoDataHeld => "after-closure.no-data-held",
        Outcome::Refused => "after-closure.refused",
        Outcome::Withdrawn => "after-closure.withdrawn",
        Outcome::IdentityNotVerified => "after-closure.identity-not-verified",
        Outcome::NotARequest => "after-closure.not-a-request",
        Outcome::Duplicate => "after-closure.duplicate",
    }
}

impl RetentionForm {
    /// Parses the typed values; each problem names its field
    /// (`identity-document-days`, `after-closure.OUTCOME`).
    pub fn parse(self) -> Result<RetentionPolicy> {
        let days = self.identity_document_days.trim();
        let identity_document_days = days.parse::<u32>().map_err(|_| {
            Error::refused_in("identity-document-days", DataSaid::RetentionDaysNotANumber { input: days.to_string() })
        })?;
        let mut after_closure_months = BTreeMap::new();
        for rule in self.after_closure {
            let outcome = rule.outcome;
            let months = crate::parse_retention_period(&rule.period).map_err(|problem| {
                Error::refused_in(after_closure_field(outcome), DataSaid::RetentionPeriodInvalid { outcome, problem })
            })?;
            after_closure_months.insert(outcome.code().to_string(), months);
        }
        Ok(RetentionPolicy { identity_document_days, after_closure_months })
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

/// The retention policy in force on a register (the defaults until one is set).
pub(crate) fn policy_of<R: casebook_store::CaseRegister + ?Sized>(register: &mut R) -> Result<RetentionPolicy> {
    Ok(crate::lifecycle::setting(register, KEY)?.unwrap_or_default())
}

/// Retention on either register: what front ends call on a [`Casebook`] or
/// a [`crate::TeamBook`]. Deleting is the DPO's; on a team register the
/// database refuses anyone else's deletion.
pub trait RetentionBook {
    /// The policy in force (the defaults until one is set).
    fn retention_policy(&self) -> Result<RetentionPolicy>;
    /// Sets the whole retention policy (audited).
    fn set_retention_policy(&self, policy: RetentionPolicy) -> Result<RetentionPolicy>;
    /// What [`RetentionBook::apply_retention`] would delete today, without deleting.
    fn retention_status(&self, today: NaiveDate) -> Result<RetentionRun>;
    /// Deletes the identity documents whose retention period has passed, then
    /// the closed cases whose period has, each in its own audited transaction.
    fn apply_retention(&self, today: NaiveDate) -> Result<RetentionRun>;
    /// The closed cases due for deletion on `today`, oldest first, without deleting.
    fn closed_case_retention(&self, today: NaiveDate) -> Result<CaseRetentionRun>;
    /// Deletes the closed cases due on `today`, each in its own transaction,
    /// leaving a `case.deleted` audit entry holding no personal data.
    fn delete_due_cases(&self, today: NaiveDate) -> Result<CaseRetentionRun>;
}

impl<B: StepBook<Register: RetentionRegister + LetterRegister>> RetentionBook for B {
    fn retention_policy(&self) -> Result<RetentionPolicy> {
        policy_of(&mut *self.register())
    }

    fn set_retention_policy(&self, policy: RetentionPolicy) -> Result<RetentionPolicy> {
        if policy.identity_document_days > MAX_DAYS {
            return Err(Error::refused_in(
                "identity-document-days",
                DataSaid::RetentionDaysTooMany { days: policy.identity_document_days, max: MAX_DAYS },
            ));
        }
        for (outcome, months) in &policy.after_closure_months {
            outcome.parse::<casebook_core::Outcome>().map_err(|e| {
                Error::refused(DataSaid::RetentionOutcomeUnknown { input: outcome.clone(), detail: e.to_string() })
            })?;
            crate::case_retention::parse_period(&format!("{months}m"))
                .map_err(|problem| Error::refused(DataSaid::RetentionMonthsInvalid { months: *months, problem }))?;
        }
        let json = serde_json::to_string(&policy).expect("the retention policy serialises");
        self.register().put_setting_json(KEY, &json, self.stamp())?;
        Ok(policy)
    }

    fn retention_status(&self, today: NaiveDate) -> Result<RetentionRun> {
        let (deleted, kept) =
            held_documents(self)?.into_iter().partition(|d| d.delete_on.is_some_and(|on| on <= today));
        let cases = self.closed_case_retention(today)?;
        Ok(RetentionRun { policy: self.retention_policy()?, deleted, kept, cases })
    }

    fn apply_retention(&self, today: NaiveDate) -> Result<RetentionRun> {
        let run = self.retention_status(today)?;
        let days = run.policy.identity_document_days;
        for d in &run.deleted {
            let case = crate::lifecycle::case(&mut *self.register(), &d.reference)?;
            let doc = self
                .register()
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
            self.register().delete_identity_document(case.id, &doc, today, &detail, self.stamp())?;
        }
        let cases = self.delete_due_cases(today)?;
        Ok(RetentionRun { cases, ..run })
    }

    fn closed_case_retention(&self, today: NaiveDate) -> Result<CaseRetentionRun> {
        let periods = self.retention_policy()?.after_closure_months;
        let closed = self.register().closed_cases()?;
        Ok(crate::case_retention::due_for_deletion(closed, &periods, today))
    }

    fn delete_due_cases(&self, today: NaiveDate) -> Result<CaseRetentionRun> {
        let mut run = self.closed_case_retention(today)?;
        for c in &run.due {
            let id = crate::lifecycle::case(&mut *self.register(), &c.reference)?.id;
            let deleted = self.register().delete_closed_case(id, &c.tombstone(today), self.stamp())?;
            run.audit_entries_kept += deleted.audit_entries_kept;
        }
        if !run.due.is_empty() {
            self.register().after_deletions()?;
        }
        Ok(run)
    }
}

/// The identity documents held, each with its deletion date.
fn held_documents<B: StepBook<Register: RetentionRegister + LetterRegister>>(book: &B) -> Result<Vec<HeldDocument>> {
    let days = i64::from(book.retention_policy()?.identity_document_days);
    let mut register = book.register();
    let mut held = Vec::new();
    for id in register.cases_with_identity_documents()? {
        let (case, _) = register.case_with_version(id)?;
        let decided_on = register
            .events(id)?
            .iter()
            .filter(|e| event_kind(e) == Some(casebook_core::CaseEventKind::IdentityChecked))
            .map(|e| e.on_date)
            .next_back();
        for d in register.documents(id)?.into_iter().filter(|d| d.role == "identity") {
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

#[cfg(test)]
mod form_tests {
    use super::*;

    fn form(days: &str, period: &str) -> RetentionForm {
        RetentionForm {
            identity_document_days: days.into(),
            after_closure: vec![ClosurePeriod { outcome: Outcome::Refused, period: period.into() }],
        }
    }

    #[test]
    fn typed_periods_become_months_and_back() {
        let policy = form(" 45 ", "3y").parse().unwrap();
        assert_eq!(policy.identity_document_days, 45);
        assert_eq!(policy.after_closure_months.get("refused"), Some(&36));
        let back = RetentionForm::from(policy);
        assert_eq!(back.identity_document_days, "45");
        assert_eq!(back.after_closure[0].period, "3 years");
    }

    #[test]
    fn each_problem_names_its_field() {
        let e = form("a month", "2y").parse().unwrap_err();
        assert_eq!(e.field_key(), Some("identity-document-days"));
        assert!(e.to_string().starts_with("'a month' is not a number of days"), "{e}");
        let e = form("30", "forever").parse().unwrap_err();
        assert_eq!(e.field_key(), Some("after-closure.refused"));
        assert!(e.to_string().starts_with("the period for refused: invalid period 'forever'"), "{e}");
        for o in Outcome::ALL {
            assert_eq!(after_closure_field(*o), format!("after-closure.{}", o.code()));
        }
    }
}

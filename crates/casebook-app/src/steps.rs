//! Steps that move a case's clock: asking for identity evidence and receiving
//! it, asking for clarification and getting the answer, taking the extension.
//! Each is recorded as a clock event, with the recomputed due date and the new
//! status, in one transaction with its audit entry.

use casebook_core::{Case, Status};
use casebook_store::CaseEvent;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::dates::event;
use crate::{CaseView, Casebook, Error, Result, parse_date};

/// Taking the extension: why, when the person was told, and — when that was
/// after the notice deadline — the DPO's reason for going ahead anyway.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct ExtensionInput {
    pub reason: String,
    pub notified_on: String,
    pub override_reason: Option<String>,
}

impl Casebook {
    fn record(
        &self,
        reference: &str,
        kind: &str,
        on: &str,
        detail: Option<serde_json::Value>,
        next_status: impl FnOnce(Status) -> Result<Status>,
    ) -> Result<CaseView> {
        let mut case: Case = self.case_by_ref(reference)?;
        if !case.status.is_open() {
            return Err(Error::Conflict(format!("case {} is {}: its clock has stopped", case.reference, case.status)));
        }
        let on_date: NaiveDate = parse_date("--on", on)?;
        let today = self.today()?;
        if on_date > today {
            return Err(Error::invalid(format!("--on {on_date} is in the future (today is {today})")));
        }
        let event = CaseEvent { id: 0, kind: kind.to_string(), on_date, detail, at: self.now() };
        // The engine checks the event against the others (an answer before the question…).
        let deadlines = self.deadlines_with(&case, Some(&event), today)?;
        if kind == event::EXTENSION_TAKEN {
            let notice_by = deadlines.extension_notice_by;
            let late = notice_by.is_some_and(|by| on_date > by);
            let overridden = event.detail.as_ref().and_then(|d| d.get("override_reason")).is_some_and(|r| !r.is_null());
            if notice_by.is_none() && deadlines.extended_due.is_none() {
                return Err(Error::Conflict(format!("{} has no extension in law", case.regime.label())));
            }
            if late && !overridden {
                return Err(Error::Conflict(format!(
                    "the extension notice was due by {} and is dated {on_date}: give --override-reason to record it anyway",
                    notice_by.expect("late implies a deadline")
                )));
            }
        }
        let next = next_status(case.status)?;
        if next != case.status && !case.status.can_move_to(next) {
            return Err(Error::Conflict(format!("case {} cannot go from '{}' to '{next}'", case.reference, case.status)));
        }
        case.status = next;
        case.due = deadlines.due;
        let stamp = self.stamp();
        let (_, saved) = self.store().add_event(&case, kind, on_date, event.detail.as_ref(), stamp)?;
        self.view(saved, today)
    }

    /// Identity evidence (or proof of an agent's authority) was asked for on `on`.
    pub fn request_identity(&self, reference: &str, on: &str, what: Option<&str>) -> Result<CaseView> {
        let detail = what.map(|w| serde_json::json!({ "asked_for": w }));
        self.record(reference, event::IDENTITY_REQUESTED, on, detail, |_| Ok(Status::AwaitingIdentity))
    }

    /// The evidence asked for arrived on `on`.
    pub fn receive_identity(&self, reference: &str, on: &str) -> Result<CaseView> {
        self.record(reference, event::IDENTITY_RECEIVED, on, None, |s| match s {
            Status::AwaitingIdentity => Ok(Status::InProgress),
            _ => Err(Error::Conflict("no identity evidence is awaited on this case".into())),
        })
    }

    /// The DPO asked the person to clarify the request's scope.
    pub fn ask_clarification(&self, reference: &str, on: &str, question: &str) -> Result<CaseView> {
        if question.trim().is_empty() {
            return Err(Error::invalid("the clarification question is empty (--question)"));
        }
        let detail = serde_json::json!({ "question": question.trim() });
        self.record(reference, event::CLARIFICATION_ASKED, on, Some(detail), |_| Ok(Status::AwaitingClarification))
    }

    /// The person answered the clarification question.
    pub fn answer_clarification(&self, reference: &str, on: &str) -> Result<CaseView> {
        self.record(reference, event::CLARIFICATION_ANSWERED, on, None, |s| match s {
            Status::AwaitingClarification => Ok(Status::InProgress),
            _ => Err(Error::Conflict("no clarification is awaited on this case".into())),
        })
    }

    /// Takes the extension the regime allows; the person was told on `notified_on`.
    pub fn take_extension(&self, reference: &str, input: ExtensionInput) -> Result<CaseView> {
        if input.reason.trim().is_empty() {
            return Err(Error::invalid("an extension needs its reason (--reason), which the person must be told"));
        }
        let detail = serde_json::json!({
            "reason": input.reason.trim(),
            "notified_on": input.notified_on.trim(),
            "override_reason": input.override_reason.as_deref().map(str::trim).filter(|r| !r.is_empty()),
        });
        self.record(reference, event::EXTENSION_TAKEN, &input.notified_on, Some(detail), Ok)
    }
}

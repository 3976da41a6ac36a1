//! The action log of a case (`case action`, `case notify`): what was done in
//! each system of the register for each right asked, and the recipients told
//! of it (Art. 19). The confirmations of an erasure or a rectification state
//! these records and nothing else (`letters.rs`).

use casebook_core::processing::SystemId;
use casebook_core::processing::action::{ActionRecord, Did, Notification, notified_right};
use casebook_core::{Case, CaseId, Right};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use casebook_store::{CaseRegister, ProcessingRegister};

use crate::input::non_empty;
use crate::steps::StepBook;
use crate::{Casebook, Error, Result, WorkflowSaid};

/// What was done in one system for one right: codes as core's types, a bad
/// one refused with its field's key (`code.rs`).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "ts", ts(optional_fields))]
pub struct ActionInput {
    /// A system of the register of processing.
    #[serde(deserialize_with = "crate::code::system")]
    pub system: SystemId,
    /// A right the case asked for.
    #[serde(deserialize_with = "crate::code::right")]
    pub right: Right,
    /// What was done: erased, anonymised, kept, rectified, …
    #[serde(deserialize_with = "crate::code::did")]
    pub did: Did,
    /// Kept: the legal ground, in words.
    pub ground: Option<String>,
    /// Rectified: what was changed, from what to what.
    pub detail: Option<String>,
    /// Who did it; default the person running Casebook.
    pub by: Option<String>,
    /// Default today.
    #[serde(default, deserialize_with = "crate::day::on")]
    pub on: Option<NaiveDate>,
}

/// A recipient told of a change.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "ts", ts(optional_fields))]
pub struct NotifyInput {
    pub recipient: String,
    /// The right whose change was notified; default the case's one right that Art. 19 covers.
    #[serde(default, deserialize_with = "crate::code::optional_right")]
    pub right: Option<Right>,
    /// Why a recipient the register of processing does not list was told.
    pub reason: Option<String>,
    pub by: Option<String>,
    /// Default today.
    #[serde(default, deserialize_with = "crate::day::on")]
    pub on: Option<NaiveDate>,
}

/// A case's action log.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ActionLog {
    pub actions: Vec<ActionRecord>,
    pub notifications: Vec<Notification>,
}

/// A recorded notification, with a warning when the register does not list the recipient.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Notified {
    pub log: ActionLog,
    pub warning: Option<String>,
}

impl Casebook {
    /// A right the case asked for.
    pub(crate) fn case_right(case: &Case, right: Right) -> Result<Right> {
        if !case.rights.contains(&right) {
            return Err(Error::refused_in(
                "right",
                WorkflowSaid::RightNotAsked {
                    reference: case.reference.to_string(),
                    right,
                    asked: case.rights.clone(),
                },
            ));
        }
        Ok(right)
    }

    /// Records what was done in one system of the register for one right of the case, audited.
    pub fn record_action(&self, reference: &str, input: ActionInput) -> Result<ActionLog> {
        record_action(self, reference, input)
    }

    /// Records a recipient told of a rectification, erasure or restriction
    /// (Art. 19), audited. A recipient the register of processing does not
    /// list needs a reason, and is recorded with a warning.
    pub fn record_notification(&self, reference: &str, input: NotifyInput) -> Result<Notified> {
        record_notification(self, reference, input)
    }

    /// A case's action log, oldest first.
    pub fn action_log(&self, reference: &str) -> Result<ActionLog> {
        action_log(self, reference)
    }

    pub(crate) fn action_log_of(&self, id: CaseId) -> Result<ActionLog> {
        action_log_of(self, id)
    }
}

// The use cases of the action log, written once for both back ends against
// [`StepBook`] (a local register's `Casebook`, a team register's `TeamBook`).

/// The date of an action on an open case: not in the future, not before receipt.
pub(crate) fn action_date<B: StepBook + ?Sized>(book: &B, case: &Case, on: Option<NaiveDate>) -> Result<NaiveDate> {
    if case.status == casebook_core::Status::Closed {
        return Err(Error::conflicting(WorkflowSaid::ClosedCaseNeedsReopen { reference: case.reference.to_string() }));
    }
    crate::lifecycle::date_on_case(case, on, book.today()?)
}

pub(crate) fn record_action<B: StepBook + ?Sized>(book: &B, reference: &str, input: ActionInput) -> Result<ActionLog> {
    let case = crate::lifecycle::case(&mut *book.register(), reference)?;
    let right = Casebook::case_right(&case, input.right)?;
    let did = input.did;
    // A right that waits for identity is not acted on for a person not yet identified
    // (an opt-out goes ahead: casebook_core::identity::verification_rule).
    if casebook_core::identity::verification_rule(case.regime, right).waits {
        let events = book.register().events(case.id)?;
        if let Some(pending) = crate::WorkflowSaid::identity_pending(&crate::case_progress::progress(&case, &events)) {
            return Err(Error::conflicting(WorkflowSaid::ActionWaitsForIdentity {
                reference: case.reference.to_string(),
                right,
                pending,
            }));
        }
    }
    let system = input.system;
    crate::processing::processing_system(book, system.as_str())?;
    let on = action_date(book, &case, input.on)?;
    let record = ActionRecord {
        right,
        system,
        did,
        ground: non_empty(input.ground),
        detail: non_empty(input.detail),
        by: non_empty(input.by).unwrap_or_else(|| book.actor().to_string()),
        on,
    };
    record.check().map_err(|problem| Error::refused(WorkflowSaid::ActionIncomplete { problem }))?;
    let stamp = book.stamp();
    book.register().add_case_action(case.id, &record, stamp)?;
    action_log_of(book, case.id)
}

pub(crate) fn record_notification<B: StepBook + ?Sized>(
    book: &B,
    reference: &str,
    input: NotifyInput,
) -> Result<Notified> {
    let case = crate::lifecycle::case(&mut *book.register(), reference)?;
    let recipient =
        non_empty(Some(input.recipient)).ok_or_else(|| Error::refused_in("recipient", WorkflowSaid::RecipientEmpty))?;
    let right = match input.right {
        Some(right) => Casebook::case_right(&case, right)?,
        None => {
            let covered: Vec<Right> = case.rights.iter().copied().filter(|r| notified_right(*r)).collect();
            match covered.as_slice() {
                [one] => *one,
                [] => {
                    return Err(Error::conflicting(WorkflowSaid::NothingToNotify {
                        reference: case.reference.to_string(),
                    }));
                }
                _ => return Err(Error::refused_in("right", WorkflowSaid::SeveralRightsToNotify)),
            }
        }
    };
    if !notified_right(right) {
        return Err(Error::refused_in("right", WorkflowSaid::RightNotNotified { right }));
    }
    let on = action_date(book, &case, input.on)?;
    let listed = book
        .register()
        .processing_systems()?
        .iter()
        .flat_map(|s| s.recipients.iter())
        .any(|r| r.name.trim().eq_ignore_ascii_case(&recipient));
    let reason = non_empty(input.reason);
    let warning = if listed {
        None
    } else if reason.is_none() {
        return Err(Error::refused_in("reason", WorkflowSaid::RecipientUnlisted { recipient }));
    } else {
        Some(format!("'{recipient}' is not a recipient in the register of processing; recorded with the reason given"))
    };
    let record = Notification {
        right,
        recipient,
        unlisted_reason: if listed { None } else { reason },
        by: non_empty(input.by).unwrap_or_else(|| book.actor().to_string()),
        on,
    };
    let stamp = book.stamp();
    book.register().add_case_notification(case.id, &record, stamp)?;
    Ok(Notified { log: action_log_of(book, case.id)?, warning })
}

pub(crate) fn action_log<B: StepBook + ?Sized>(book: &B, reference: &str) -> Result<ActionLog> {
    let case = crate::lifecycle::case(&mut *book.register(), reference)?;
    action_log_of(book, case.id)
}

pub(crate) fn action_log_of<B: StepBook + ?Sized>(book: &B, id: CaseId) -> Result<ActionLog> {
    let mut register = book.register();
    Ok(ActionLog { actions: register.case_actions(id)?, notifications: register.case_notifications(id)? })
}

//! A consumer's appeal of a refusal or partial answer (US state laws): recorded
//! after the answer, with its own clock from the state's statute, and decided.
//!
//! Written once for both back ends against [`StepBook`]: an appeal is an
//! event on the request, judged and stored the same on a local register and
//! on a team register, on the case as read (its version checked when it is
//! saved, and judged again when someone changed it meanwhile).

use casebook_core::{AppealOutcome, Case, CaseEventKind, Regime};
use casebook_store::{CaseEvent, CaseRegister};
use chrono::NaiveDate;

use crate::lifecycle;
use crate::steps::StepBook;
use crate::{CaseView, Casebook, Error, Result, WorkflowSaid, event_kind};

/// The consumer appealed on `on`: the appeal's due date comes from the state's statute.
pub(crate) fn record_appeal<B: StepBook + ?Sized>(book: &B, reference: &str, on: NaiveDate) -> Result<CaseView> {
    let id = lifecycle::case(&mut *book.register(), reference)?.id;
    crate::retry_stale(|| {
        let (case, seen) = book.register().case_with_version(id)?;
        let rules = book.rules()?;
        let on = lifecycle::date_on_case(&case, Some(on), rules.today)?;
        if case.regime != Regime::UsState {
            return Err(Error::conflicting(WorkflowSaid::AppealNotInLaw {
                reference: case.reference.to_string(),
                regime: case.regime,
            }));
        }
        let mut events = book.register().events(case.id)?;
        let answered = events
            .iter()
            .filter(|e| matches!(event_kind(e), Some(CaseEventKind::ResponseSent | CaseEventKind::Refused)))
            .map(|e| e.on_date)
            .max()
            .ok_or_else(|| {
                Error::conflicting(WorkflowSaid::AppealWithoutAnswer { reference: case.reference.to_string() })
            })?;
        if on < answered {
            return Err(Error::refused_in("date", WorkflowSaid::AppealBeforeAnswer { on, answered }));
        }
        if crate::dates::open_appeal(&events).is_some() {
            return Err(Error::conflicting(WorkflowSaid::AppealAlreadyOpen { reference: case.reference.to_string() }));
        }
        let stamp = book.stamp();
        let kind = CaseEventKind::AppealReceived.as_str();
        events.push(CaseEvent { id: 0, kind: kind.into(), on_date: on, detail: None, at: stamp.at });
        // The engine checks the appeal against the state's statute (Utah has
        // none) and dates its decision: the case runs again until then.
        let answers = book.answers_of(&case)?;
        let dates = crate::dates::case_dates(&case, &events, &answers, &rules.policy, &rules.calendars, rules.today)?;
        let mut case = case;
        case.appeal_due = dates.appeal_due;
        let (_, saved) = book.register().add_event_seen(&case, Some(seen), kind, on, None, stamp)?;
        book.view_with(saved, &rules)
    })
}

/// The appeal was decided on `on`: `upheld` (the refusal stands), `reversed` or `partly`,
/// with the written explanation of the reasons the consumer is told.
pub(crate) fn decide_appeal<B: StepBook + ?Sized>(
    book: &B,
    reference: &str,
    outcome: AppealOutcome,
    text: &str,
    on: NaiveDate,
) -> Result<CaseView> {
    let id = lifecycle::case(&mut *book.register(), reference)?.id;
    crate::retry_stale(|| {
        let (case, seen) = book.register().case_with_version(id)?;
        let rules = book.rules()?;
        let on = lifecycle::date_on_case(&case, Some(on), rules.today)?;
        let text = crate::input::required_text(text, crate::WorkflowSaid::DecisionNeedsReasons)?;
        let events = book.register().events(case.id)?;
        let appealed = crate::dates::open_appeal(&events).ok_or_else(|| {
            Error::conflicting(WorkflowSaid::NoAppealAwaiting { reference: case.reference.to_string() })
        })?;
        if on < appealed {
            return Err(Error::refused_in("date", WorkflowSaid::DecisionBeforeAppeal { on, appealed }));
        }
        let detail = serde_json::json!({ "outcome": outcome, "text": text });
        let kind = CaseEventKind::AppealDecided.as_str();
        let case = Case { appeal_due: None, ..case };
        let (_, saved) = book.register().add_event_seen(&case, Some(seen), kind, on, Some(&detail), book.stamp())?;
        book.view_with(saved, &rules)
    })
}

impl Casebook {
    /// The consumer appealed on `on`: the appeal's due date comes from the state's statute.
    pub fn record_appeal(&self, reference: &str, on: NaiveDate) -> Result<CaseView> {
        record_appeal(self, reference, on)
    }

    /// The appeal was decided on `on`: `upheld` (the refusal stands), `reversed` or `partly`,
    /// with the written explanation of the reasons the consumer is told.
    pub fn decide_appeal(
        &self,
        reference: &str,
        outcome: AppealOutcome,
        text: &str,
        on: NaiveDate,
    ) -> Result<CaseView> {
        decide_appeal(self, reference, outcome, text, on)
    }
}

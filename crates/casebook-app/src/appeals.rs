//! A consumer's appeal of a refusal or partial answer (US state laws): recorded
//! after the answer, with its own clock from the state's statute, and decided.

use casebook_core::{AppealOutcome, CaseEventKind, Regime};
use chrono::NaiveDate;

use crate::{CaseView, Casebook, Error, Result, event_kind};

impl Casebook {
    /// The consumer appealed on `on`: the appeal's due date comes from the state's statute.
    pub fn record_appeal(&self, reference: &str, on: NaiveDate) -> Result<CaseView> {
        let case = self.case_by_ref(reference)?;
        let on = self.date_on_case(&case, Some(on))?;
        if case.regime != Regime::UsState {
            return Err(Error::Conflict(format!(
                "case {}: an appeal to the controller with its own clock is a US state law's; {} has none",
                case.reference,
                case.regime.label()
            )));
        }
        let events = self.store().events(case.id)?;
        let answered = events
            .iter()
            .filter(|e| matches!(event_kind(e), Some(CaseEventKind::ResponseSent | CaseEventKind::Refused)))
            .map(|e| e.on_date)
            .max()
            .ok_or_else(|| {
                Error::Conflict(format!(
                    "case {}: an appeal answers a refusal or a response, and none is recorded yet",
                    case.reference
                ))
            })?;
        if on < answered {
            return Err(Error::field(
                "date",
                format!("the appeal on {on} is before the answer it appeals ({answered})"),
            ));
        }
        if open_appeal(&events).is_some() {
            return Err(Error::Conflict(format!(
                "case {}: an appeal is already awaiting its decision",
                case.reference
            )));
        }
        let event = casebook_store::CaseEvent {
            id: 0,
            kind: CaseEventKind::AppealReceived.as_str().into(),
            on_date: on,
            detail: None,
            at: self.now(),
        };
        // The engine checks the appeal against the state's statute (Utah has none).
        let today = self.today()?;
        self.deadlines_with(&case, Some(&event), today)?;
        let stamp = self.stamp();
        let (_, saved) = self.store().add_event(&case, CaseEventKind::AppealReceived.as_str(), on, None, stamp)?;
        self.view(saved, today)
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
        let case = self.case_by_ref(reference)?;
        let on = self.date_on_case(&case, Some(on))?;
        let text = crate::input::required_text(text, "the decision needs its written explanation of the reasons")?;
        let events = self.store().events(case.id)?;
        let appealed = open_appeal(&events)
            .ok_or_else(|| Error::Conflict(format!("case {}: no appeal is awaiting a decision", case.reference)))?;
        if on < appealed {
            return Err(Error::field("date", format!("the decision on {on} is before the appeal ({appealed})")));
        }
        let detail = serde_json::json!({ "outcome": outcome, "text": text });
        let stamp = self.stamp();
        let (_, saved) =
            self.store().add_event(&case, CaseEventKind::AppealDecided.as_str(), on, Some(&detail), stamp)?;
        self.view(saved, self.today()?)
    }
}

/// The day of the appeal still awaiting its decision, if any.
fn open_appeal(events: &[casebook_store::CaseEvent]) -> Option<NaiveDate> {
    let mut open = None;
    for e in events {
        match event_kind(e) {
            Some(CaseEventKind::AppealReceived) => open = Some(e.on_date),
            Some(CaseEventKind::AppealDecided) => open = None,
            _ => {}
        }
    }
    open
}

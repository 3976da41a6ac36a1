//! Deadlines of stored cases: the clock events, the organisation's policy and
//! the holiday calendars handed to the pure engine in `casebook-core`.

use std::sync::Arc;

use casebook_core::answer::{RightAnswer, RightOutcome};
use casebook_core::deadline::{
    ClockCase, ClockEvents, DeadlinePolicy, Deadlines, Said, complaint_deadlines, compute_deadlines,
};
use casebook_core::holiday::Calendars;
use casebook_core::{Case, CaseEventKind, CaseKind, Location, NewCase, RecordedEvent, Regime, Right};
use casebook_store::CaseEvent;
use chrono::NaiveDate;
use serde::Serialize;

use crate::{Casebook, Error, RegisterSaid, Result};

pub(crate) const POLICY_KEY: &str = "deadline_policy";

/// A what-if computation (`casebook deadline`): no case is stored. The
/// front end parses its text into these (`parse_date`, `parse_field`,
/// `parse_pause`), so every front end says the same thing about a bad value.
#[derive(Debug, Clone)]
pub struct DeadlineQuestion {
    pub regime: Regime,
    pub location: Location,
    /// The rights asked for; none means access.
    pub rights: Vec<Right>,
    /// What happened so far: received, identity, pauses, extension, appeal…
    pub clock: ClockEvents,
}

/// The stored events the clock reads, oldest first, in core's terms: those
/// of a kind Casebook does not record are passed over.
pub(crate) fn recorded(events: &[CaseEvent]) -> Vec<RecordedEvent> {
    events
        .iter()
        .filter_map(|e| {
            let kind = crate::event_kind(e)?;
            let notified_on = match kind {
                CaseEventKind::ExtensionTaken => e
                    .detail
                    .as_ref()
                    .and_then(|d| d.get("notified_on"))
                    .and_then(|d| d.as_str())
                    .and_then(|d| d.parse().ok()),
                _ => None,
            };
            Some(RecordedEvent { kind, on: e.on_date, notified_on })
        })
        .collect()
}

/// A stored case's dates: the engine's for a request; for a complaint, the
/// acknowledgement rule of DPA 2018 s.164A.
pub(crate) fn case_dates(
    case: &Case,
    events: &[CaseEvent],
    answers: &[RightAnswer],
    policy: &DeadlinePolicy,
    calendars: &Calendars,
    today: NaiveDate,
) -> Result<Deadlines> {
    match case.kind {
        CaseKind::Complaint => {
            let acknowledged = events
                .iter()
                .filter(|e| crate::event_kind(e) == Some(CaseEventKind::Acknowledged))
                .map(|e| e.on_date)
                .min();
            let stopped = !case.status.is_open();
            complaint_deadlines(&case.location, case.received, acknowledged, stopped, calendars, today)
        }
        CaseKind::Request => {
            let clock = ClockEvents::replay(ClockCase::of(case), &recorded(events));
            compute_deadlines(case.regime, &case.location, &case.rights, &clock, policy, calendars, today)
                .map(|d| open_rights_only(d, answers, today))
        }
    }
    .map_err(deadline_input)
}

/// What a case keeps of its dates once they are computed: its due date, and
/// the decision's date while a consumer's appeal awaits it (the lists and
/// the dashboard count such a case as running, by that date).
pub(crate) fn keep_dates(case: &mut Case, dates: &Deadlines, events: &[CaseEvent]) {
    case.due = dates.due;
    case.appeal_due = dates.appeal_due.filter(|_| open_appeal(events).is_some());
}

/// The day of the appeal still awaiting its decision, if any.
pub(crate) fn open_appeal(events: &[CaseEvent]) -> Option<NaiveDate> {
    let mut open = None;
    for e in events {
        match crate::event_kind(e) {
            Some(CaseEventKind::AppealReceived) => open = Some(e.on_date),
            Some(CaseEventKind::AppealDecided) => open = None,
            _ => {}
        }
    }
    open
}

/// Dates the deadline engine cannot compute from, with core's reason.
pub(crate) fn deadline_input(e: impl std::fmt::Display) -> Error {
    Error::refused(RegisterSaid::DeadlineInput { detail: e.to_string() })
}

/// Once every right is answered, the case's date is the one it was answered
/// against: the earliest date of a right answered after it (so a late right
/// makes the case late), else the latest right's date (each was answered by
/// its own).
fn all_answered(mut d: Deadlines, answers: &[RightAnswer], today: NaiveDate) -> Deadlines {
    let answered_on = |right| answers.iter().find(|a| a.right == right).map(|a| a.on);
    let late = d.rights.iter().filter(|r| matches!((r.due, answered_on(r.right)), (Some(due), Some(on)) if on > due));
    let (due, late) = match late.min_by_key(|r| r.due) {
        Some(r) => (r.due, Some(r.right)),
        None => (d.rights.iter().filter_map(|r| r.due).max(), None),
    };
    if due.is_none() || due == d.due {
        return d;
    }
    let new = due.expect("checked");
    d.add_note(match late {
        Some(right) => Said::AnsweredLate { right, due: new },
        None => Said::AnsweredOnTime { due: new },
    });
    d.due = due;
    if d.days_left.is_some() {
        d.days_left = Some((new - today).num_days());
    }
    d
}

/// Once some of a case's rights are answered and others are still open, the
/// case's date is the earliest of the open rights' own dates (with that
/// right's explanation), and a note says so; each right keeps its own date.
fn open_rights_only(mut d: Deadlines, answers: &[RightAnswer], today: NaiveDate) -> Deadlines {
    let answered = |r: &casebook_core::deadline::RightDeadline| answers.iter().any(|a| a.right == r.right);
    let open: Vec<_> = d.rights.iter().filter(|r| !answered(r)).collect();
    if open.is_empty() && !answers.is_empty() && d.due.is_some() {
        return all_answered(d, answers, today);
    }
    if open.len() == d.rights.len() || d.due.is_none() {
        return d;
    }
    let Some(first) = open.iter().filter(|r| r.due.is_some()).min_by_key(|r| r.due) else { return d };
    let (due, steps, right) = (first.due, first.said.clone(), first.right);
    if due == d.due {
        return d;
    }
    let done: Vec<_> = d.rights.iter().filter(|r| answered(r)).map(|r| r.right).collect();
    let new = due.expect("filtered on a date");
    d.add_note(Said::OpenRightsDue { answered: done, due: new, right });
    d.due = due;
    d.set_steps(steps);
    if d.days_left.is_some() {
        d.days_left = Some((new - today).num_days());
    }
    d
}

/// The due date a new case gets when it is logged, under `policy` and `calendars`.
pub(crate) fn statutory_due(
    case: &NewCase,
    policy: &DeadlinePolicy,
    calendars: &Calendars,
    today: NaiveDate,
) -> Result<Option<NaiveDate>> {
    if case.kind == CaseKind::Complaint {
        let d = complaint_deadlines(&case.location, case.received, None, false, calendars, today)
            .map_err(deadline_input)?;
        return Ok(d.due);
    }
    let clock = ClockEvents::received(case.received);
    let d = compute_deadlines(case.regime, &case.location, &case.rights, &clock, policy, calendars, today)
        .map_err(deadline_input)?;
    Ok(d.due)
}

impl Casebook {
    /// The holiday calendars in force: the shipped ones, as updated by imports.
    pub fn calendars(&self) -> Result<Arc<Calendars>> {
        let mut cached = self.calendars.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(c) = cached.as_ref() {
            return Ok(Arc::clone(c));
        }
        let calendars = Arc::new(self.build_calendars()?);
        *cached = Some(Arc::clone(&calendars));
        Ok(calendars)
    }

    pub fn deadline_policy(&self) -> Result<DeadlinePolicy> {
        Ok(self.store().setting(POLICY_KEY)?.unwrap_or_default())
    }

    /// The full deadlines of a stored case, with their explanation.
    pub(crate) fn case_deadlines(&self, case: &Case, today: NaiveDate) -> Result<Deadlines> {
        let events = self.store().events(case.id)?;
        self.case_deadlines_of(case, &events, today)
    }

    /// The same, from the case's events already read.
    pub(crate) fn case_deadlines_of(&self, case: &Case, events: &[CaseEvent], today: NaiveDate) -> Result<Deadlines> {
        let answers = self.answers_of(case)?;
        self.case_deadlines_answered(case, events, &answers, today)
    }

    /// The same, with the case's answers given (one about to be recorded among them).
    pub(crate) fn case_deadlines_answered(
        &self,
        case: &Case,
        events: &[CaseEvent],
        answers: &[RightAnswer],
        today: NaiveDate,
    ) -> Result<Deadlines> {
        case_dates(case, events, answers, &self.deadline_policy()?, &*self.calendars()?, today)
    }
}

/// One right of a case, its own due date, and its answer once answered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RightDue {
    pub right: Right,
    pub due: Option<NaiveDate>,
    /// How the right was answered (`case answer`); absent while it is open.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub answered: Option<RightOutcome>,
}

/// Each right's due date and answer, where the rights of a case do not all
/// share the case's date, or some are answered and others not.
pub fn rights_due(d: &Deadlines, answers: &[RightAnswer]) -> Vec<RightDue> {
    let answered = |right: Right| answers.iter().find(|a| a.right == right).map(|a| a.outcome);
    let same_date = d.rights.iter().all(|r| r.due == d.due);
    let same_state = d.rights.iter().all(|r| answered(r.right).is_some()) || answers.is_empty();
    if same_date && same_state {
        return Vec::new();
    }
    d.rights.iter().map(|r| RightDue { right: r.right, due: r.due, answered: answered(r.right) }).collect()
}

//! What each case needs next, across the register, soonest first: written
//! once for both back ends against [`StepBook`] (a team member sees the
//! cases the database lets them see).

use casebook_core::answer::RightAnswer;
use casebook_core::workflow::{CaseDates, NextAction, next_action};
use casebook_core::{Case, Regime, Status};
use chrono::NaiveDate;
use serde::Serialize;

use casebook_store::CaseRegister;

use crate::case_progress::progress;
use crate::dates::{RightDue, rights_due};
use crate::steps::StepBook;
use crate::{Casebook, Deadlines, Result};

/// One line of `casebook next`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CaseNextAction {
    pub reference: String,
    pub status: Status,
    pub regime: Regime,
    pub requester_name: String,
    pub due: Option<NaiveDate>,
    /// Each right's own due date, where the case's rights do not share one
    /// (empty otherwise).
    /// Absent from the JSON when empty, so optional in TypeScript too.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<Vec<RightDue>>", optional))]
    pub rights_due: Vec<RightDue>,
    #[serde(flatten)]
    pub next: NextAction,
}

/// The dates a next step is measured against, from the engine's.
fn next_dates(d: &Deadlines) -> CaseDates {
    CaseDates {
        due: d.due,
        acknowledge_by: d.acknowledge_by,
        extension_notice_by: d.extension_notice_by,
        appeal_due: d.appeal_due,
    }
}

/// What the case's letters leave to do: the drafts not yet sent, and whether
/// an access response went out before the package it says is enclosed.
pub(crate) struct Letters {
    pub(crate) unsent: Vec<String>,
    pub(crate) package_owed: bool,
}

/// What a case needs next, from its dates, events, answers and unsent letters.
pub(crate) fn next_action_from(
    case: &Case,
    d: &Deadlines,
    events: &[casebook_store::CaseEvent],
    answers: &[RightAnswer],
    letters: Letters,
    today: NaiveDate,
) -> Option<NextAction> {
    let dates = next_dates(d);
    let mut p = Casebook::with_answers(case, progress(case, events), answers);
    (p.unsent_drafts, p.package_owed) = (letters.unsent, letters.package_owed);
    next_action(&p, &dates, today)
}

impl Casebook {
    /// The next action one case needs (None once closed).
    pub(crate) fn next_action_of(&self, case: &Case, today: NaiveDate) -> Result<Option<NextAction>> {
        let d = self.case_deadlines(case, today)?;
        self.next_action_with(case, &d, today)
    }

    /// The same, with the case's deadlines already computed.
    pub(crate) fn next_action_with(&self, case: &Case, d: &Deadlines, today: NaiveDate) -> Result<Option<NextAction>> {
        let events = self.store().events(case.id)?;
        let answers = self.answers_of(case)?;
        let unsent =
            self.store().drafts(case.id)?.into_iter().filter(|d| d.state == "draft").map(|d| d.title).collect();
        let package_owed = self.store().owed_their_package(Some(case.id))?.contains(&case.id.0);
        Ok(next_action_from(case, d, &events, &answers, Letters { unsent, package_owed }, today))
    }

    /// What one case needs next.
    pub fn next_action(&self, reference: &str, today: NaiveDate) -> Result<Option<NextAction>> {
        let case = self.case_by_ref(reference)?;
        self.next_action_of(&case, today)
    }

    /// Each right's own due date for a case, where its rights do not share one.
    pub fn rights_due(&self, reference: &str, today: NaiveDate) -> Result<Vec<RightDue>> {
        let case = self.case_by_ref(reference)?;
        let answers = self.answers_of(&case)?;
        Ok(rights_due(&self.case_deadlines(&case, today)?, &answers))
    }

    /// What every case not yet closed needs next, soonest first (cases
    /// without a date last), then by reference.
    pub fn next_actions(&self, today: NaiveDate) -> Result<Vec<CaseNextAction>> {
        next_actions(self, today)
    }
}

/// What every case not yet closed (that the member may see) needs next,
/// soonest first (cases without a date last), then by reference; written
/// once for both back ends against [`StepBook`].
pub(crate) fn next_actions<B: StepBook + ?Sized>(book: &B, today: NaiveDate) -> Result<Vec<CaseNextAction>> {
    // One read of the open cases with their events and answers, one of the
    // policy and the calendars; then the engine runs in memory, case by case.
    let open = book.register().open_dated_cases()?;
    let rules = book.rules()?;
    let mut unsent = book.unsent_draft_titles()?;
    let owed = book.owed_their_package(None)?;
    let mut out = Vec::new();
    for (case, events, mut answers) in open {
        // An answer to a right since taken off the case is kept, not counted.
        answers.retain(|a| case.rights.contains(&a.right));
        let d = crate::dates::case_dates(&case, &events, &answers, &rules.policy, &rules.calendars, today)?;
        let dates = next_dates(&d);
        let mut p = Casebook::with_answers(&case, progress(&case, &events), &answers);
        p.unsent_drafts = unsent.remove(&case.id.0).unwrap_or_default();
        p.package_owed = owed.contains(&case.id.0);
        if let Some(next) = next_action(&p, &dates, today) {
            out.push(CaseNextAction {
                reference: case.reference.to_string(),
                status: case.status,
                regime: case.regime,
                requester_name: case.requester.name,
                due: case.due,
                rights_due: rights_due(&d, &answers),
                next,
            });
        }
    }
    out.sort_by(|a, b| {
        (a.next.by.is_none(), a.next.by, a.reference.len(), &a.reference).cmp(&(
            b.next.by.is_none(),
            b.next.by,
            b.reference.len(),
            &b.reference,
        ))
    });
    Ok(out)
}

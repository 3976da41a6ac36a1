//! Each right of a case answered on its own (`case answer`): its outcome,
//! checked as the whole case's response is (identity settled for a right that
//! waits for it, every relevant system searched, what was done recorded in
//! the action log), and each right's state on the case's page.

use casebook_core::answer::{AnswerCorrection, RightAnswer, RightOutcome, overall_outcome};
use casebook_core::identity::{IdentityOutcome, VerificationGround, VerificationRule, verification_rule};
use casebook_core::processing::action::actions_for;
use casebook_core::workflow::{CaseProgress, RefusalReason};
use casebook_core::{Case, CaseKind, Right, Status};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use casebook_store::CaseRegister;

use crate::input::non_empty;
use crate::lifecycle::Rules;
use crate::steps::StepBook;
use crate::{CaseView, Casebook, Deadlines, Error, Result, WorkflowSaid};

/// The answer to one right (CLI flags or the case page's form): codes as
/// core's types, a bad one refused with its field's key (`code.rs`).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct AnswerInput {
    /// A right the case asked for.
    #[serde(deserialize_with = "crate::code::right")]
    pub right: Right,
    /// fulfilled, partly, refused, not-applicable or no-data.
    #[serde(deserialize_with = "crate::code::outcome")]
    pub outcome: RightOutcome,
    /// Partly: the exemption that applies to the rest, in words.
    #[serde(default)]
    pub exemption: Option<String>,
    /// Refused: a refusal ground the case's regime accepts.
    #[serde(default, deserialize_with = "crate::code::ground")]
    pub ground: Option<RefusalReason>,
    /// Not applicable: why; refused: the reason in words (optional).
    #[serde(default)]
    pub reason: Option<String>,
    /// Default today.
    #[serde(default, deserialize_with = "crate::day::on")]
    pub on: Option<NaiveDate>,
    /// Who answered; default the person running Casebook.
    #[serde(default)]
    pub by: Option<String>,
}

impl AnswerInput {
    /// The answer `outcome` to `right`, today, by the person running Casebook.
    pub fn new(right: Right, outcome: RightOutcome) -> Self {
        AnswerInput { right, outcome, exemption: None, ground: None, reason: None, on: None, by: None }
    }
}

/// One right of a case: its own due date, whether it waits for identity, and its answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RightState {
    pub right: Right,
    /// The right's own due date (the extended one where the extension covers it).
    pub due: Option<NaiveDate>,
    /// Whether this right is answered only once identity is settled.
    pub needs_identity: bool,
    /// Why it does or does not wait (the rule and its source), in English: `ground`'s label.
    pub why: String,
    /// Why it does or does not wait, for a front end to word.
    pub ground: VerificationGround,
    /// Not yet answered, and waiting for identity now (evidence awaited or a failed check standing).
    pub waits_for_identity: bool,
    /// How it was answered, once it is (the corrected answer, where it was corrected).
    pub answer: Option<RightAnswer>,
    /// The answers it had before each correction, oldest first, with why it was corrected.
    pub corrections: Vec<AnswerCorrection>,
}

/// Identity evidence was asked for, or a check failed: a refusal for want of identity rests on something.
pub(crate) fn identity_sought(p: &CaseProgress, events: &[casebook_store::CaseEvent]) -> bool {
    p.identity_decision == Some(IdentityOutcome::Failed)
        || events.iter().any(|e| e.kind == casebook_core::CaseEventKind::IdentityRequested.as_str())
}

/// The rights of a case not yet answered, in the case's order.
pub(crate) fn unanswered(case: &Case, answers: &[RightAnswer]) -> Vec<Right> {
    case.rights.iter().copied().filter(|r| !answers.iter().any(|a| a.right == *r)).collect()
}

/// The error for closing a case with rights unanswered: names each, and the command.
pub(crate) fn unanswered_error(case: &Case, open: &[Right], outcome_hint: &'static str) -> Error {
    Error::conflicting(WorkflowSaid::RightsUnanswered {
        reference: case.reference.to_string(),
        rights: open.to_vec(),
        outcome_hint,
    })
}

impl Casebook {
    /// The answers to the rights the case asks for now (an answer to a right
    /// since taken off the case by `case update --right` is kept, not counted).
    pub(crate) fn answers_of(&self, case: &Case) -> Result<Vec<RightAnswer>> {
        crate::lifecycle::answers_of(&mut *self.store(), case)
    }

    /// The unanswered rights that go ahead without identity, for the next action.
    pub(crate) fn go_ahead(case: &Case, answers: &[RightAnswer]) -> Vec<Right> {
        unanswered(case, answers).into_iter().filter(|r| !verification_rule(case.regime, *r).waits).collect()
    }

    /// Fills the answers' part of a case's progress: the outcome once every
    /// right is answered, and the rights that go ahead meanwhile.
    pub(crate) fn with_answers(case: &Case, mut p: CaseProgress, answers: &[RightAnswer]) -> CaseProgress {
        if unanswered(case, answers).is_empty() {
            let outcomes: Vec<RightOutcome> = answers.iter().map(|a| a.outcome).collect();
            p.answered_outcome = overall_outcome(&outcomes);
        }
        p.go_ahead = Self::go_ahead(case, answers);
        p
    }

    /// Each right of a case with its own due date, what it waits for, and its answer.
    pub(crate) fn right_states(&self, case: &Case, d: &Deadlines, p: &CaseProgress) -> Result<Vec<RightState>> {
        let answers = self.answers_of(case)?;
        let corrections = self.store().right_answer_corrections(case.id)?;
        Ok(right_states_from(case, d, p, &answers, &corrections))
    }
}

/// Each right of a case on its own, from the case's answers and their corrections.
pub(crate) fn right_states_from(
    case: &Case,
    d: &Deadlines,
    p: &CaseProgress,
    answers: &[RightAnswer],
    corrections: &[AnswerCorrection],
) -> Vec<RightState> {
    let pending = crate::WorkflowSaid::identity_pending(p).is_some() && case.status.is_open();
    case.rights
        .iter()
        .map(|&right| {
            let VerificationRule { waits, ground } = verification_rule(case.regime, right);
            let answer = answers.iter().find(|a| a.right == right).cloned();
            RightState {
                right,
                due: d.rights.iter().find(|r| r.right == right).map_or(d.due, |r| r.due),
                needs_identity: waits,
                why: ground.label().to_string(),
                ground,
                waits_for_identity: waits && pending && answer.is_none(),
                answer,
                corrections: corrections.iter().filter(|c| c.earlier.right == right).cloned().collect(),
            }
        })
        .collect()
}

impl Casebook {
    /// Each right of a case on its own: its date, whether it waits for identity, its answer.
    pub fn right_status(&self, reference: &str) -> Result<Vec<RightState>> {
        let case = self.case_by_ref(reference)?;
        let events = self.store().events(case.id)?;
        let deadlines = self.case_deadlines_of(&case, &events, self.today()?)?;
        self.right_states(&case, &deadlines, &crate::case_progress::progress(&case, &events))
    }

    /// Records the answer to one right of a case, audited, after the checks
    /// the whole case's response runs for that right. An opt-out and other
    /// rights that need no verification are answered while identity is awaited.
    pub fn answer_right(&self, reference: &str, input: AnswerInput) -> Result<CaseView> {
        answer_right(self, reference, input)
    }

    /// Corrects the recorded answer to one right (a mistake found after it
    /// was recorded), with the reason, audited: the answer as it stood is kept
    /// in the right's history, never overwritten silently. The corrected
    /// answer passes the same checks as a first answer; a closed case is
    /// re-opened first (`case reopen`, with its reason).
    pub fn correct_right_answer(&self, reference: &str, input: AnswerInput, reason: &str) -> Result<CaseView> {
        correct_right_answer(self, reference, input, reason)
    }
}

/// Corrects the recorded answer to one right (a mistake found after it was
/// recorded), with the reason, audited; written once for both back ends
/// against [`StepBook`]. The answer as it stood is kept in the right's
/// history, never overwritten silently; the corrected answer passes the same
/// checks as a first answer; a closed case is re-opened first.
pub(crate) fn correct_right_answer<B: StepBook + ?Sized>(
    book: &B,
    reference: &str,
    input: AnswerInput,
    reason: &str,
) -> Result<CaseView> {
    crate::retry_stale(|| correct_right_answer_once(book, reference, input.clone(), reason))
}

/// [`correct_right_answer`] on the case as read once: stale (and tried
/// again) when it changed before the correction is written.
fn correct_right_answer_once<B: StepBook + ?Sized>(
    book: &B,
    reference: &str,
    input: AnswerInput,
    reason: &str,
) -> Result<CaseView> {
    let reason = reason.trim();
    if reason.is_empty() {
        return Err(Error::refused_in("correct", WorkflowSaid::CorrectionNeedsReason));
    }
    let (case, seen) = case_seen(book, reference)?;
    let r = &case.reference;
    if case.status == Status::Closed {
        return Err(Error::conflicting(WorkflowSaid::CorrectionOnClosedCase { reference: r.to_string() }));
    }
    let right = Casebook::case_right(&case, input.right)?;
    let Some(earlier) = book.answers_of(&case)?.into_iter().find(|a| a.right == right) else {
        return Err(Error::conflicting(WorkflowSaid::NoAnswerToCorrect { reference: r.to_string(), right }));
    };
    // The day the right was answered stays the one recorded unless corrected too.
    let on = input.on.or(Some(earlier.on));
    let answer = typed_answer(book, &case, AnswerInput { on, ..input })?;
    if (earlier.outcome, earlier.ground, &earlier.detail, earlier.on)
        == (answer.outcome, answer.ground, &answer.detail, answer.on)
    {
        return Err(Error::refused_in(
            "outcome",
            WorkflowSaid::NothingToCorrect {
                reference: r.to_string(),
                right,
                outcome: earlier.outcome,
                on: earlier.on,
            },
        ));
    }
    let rules = book.rules()?;
    let due = checked_due_with(book, &case, &answer, &rules)?;
    let stamp = book.stamp();
    book.register().correct_right_answer(case.id, Some(seen), &answer, reason, rules.today, due, stamp)?;
    let case = crate::lifecycle::case(&mut *book.register(), reference)?;
    book.view_with(case, &rules)
}

/// Reads a typed answer for `case`: the right one the case asked for,
/// the outcome with what it needs (a ground, an exemption, a reason), and
/// nothing an outcome does not take.
fn typed_answer<B: StepBook + ?Sized>(book: &B, case: &Case, input: AnswerInput) -> Result<RightAnswer> {
    let r = &case.reference;
    if case.kind == CaseKind::Complaint {
        return Err(Error::conflicting(WorkflowSaid::IsAComplaint { reference: r.to_string() }));
    }
    let right = Casebook::case_right(case, input.right)?;
    let (outcome, ground) = (input.outcome, input.ground);
    let exemption = non_empty(input.exemption);
    let reason = non_empty(input.reason);
    if exemption.is_some() && outcome != RightOutcome::Partly {
        return Err(Error::refused_in("exemption", WorkflowSaid::ExemptionNotForOutcome { outcome }));
    }
    if reason.is_some() && !matches!(outcome, RightOutcome::Refused | RightOutcome::NotApplicable) {
        return Err(Error::refused_in("reason", WorkflowSaid::ReasonNotForOutcome { outcome }));
    }
    if ground.is_some() && outcome != RightOutcome::Refused {
        return Err(Error::refused_in("ground", WorkflowSaid::GroundNotForOutcome { outcome }));
    }
    if case.status == Status::NeedsTriage {
        return Err(Error::conflicting(WorkflowSaid::AnswerNeedsTriage { reference: r.to_string() }));
    }
    let on = crate::actions::action_date(book, case, input.on)?;
    let answer = RightAnswer {
        right,
        outcome,
        ground,
        detail: if outcome == RightOutcome::Partly { exemption } else { reason },
        by: non_empty(input.by).unwrap_or_else(|| book.actor().to_string()),
        on,
    };
    answer.check(case.regime).map_err(|e| {
        let field = match outcome {
            RightOutcome::Partly => "exemption",
            RightOutcome::Refused => "ground",
            RightOutcome::NotApplicable => "reason",
            _ => "by",
        };
        Error::refused_in(field, WorkflowSaid::AnswerIncomplete { problem: e })
    })?;
    Ok(answer)
}

/// Checks `answer` against the case's recorded steps, and gives the case's
/// due date with it in place of the right's earlier answer, if any: that of
/// the rights still open.
fn checked_due_with<B: StepBook + ?Sized>(
    book: &B,
    case: &Case,
    answer: &RightAnswer,
    rules: &Rules,
) -> Result<Option<NaiveDate>> {
    let events = book.register().events(case.id)?;
    let progress = crate::case_progress::progress(case, &events);
    check_answer(book, case, &progress, identity_sought(&progress, &events), answer)?;
    let mut answers = book.answers_of(case)?;
    answers.retain(|a| a.right != answer.right);
    answers.push(answer.clone());
    Ok(crate::dates::case_dates(case, &events, &answers, &rules.policy, &rules.calendars, rules.today)?.due)
}

/// Records the answer to one right of a case, audited, after the checks the
/// whole case's response runs for that right; written once for both back
/// ends against [`StepBook`]. An opt-out and other rights that need no
/// verification are answered while identity is awaited.
pub(crate) fn answer_right<B: StepBook + ?Sized>(book: &B, reference: &str, input: AnswerInput) -> Result<CaseView> {
    crate::retry_stale(|| answer_right_once(book, reference, input.clone()))
}

/// The case of `reference` and the version it was read at: a step computed
/// from it is written only if the case is still as read.
fn case_seen<B: StepBook + ?Sized>(book: &B, reference: &str) -> Result<(Case, i64)> {
    let id = crate::lifecycle::case(&mut *book.register(), reference)?.id;
    Ok(book.register().case_with_version(id)?)
}

/// [`answer_right`] on the case as read once: stale (and tried again) when
/// it changed before the answer is written.
fn answer_right_once<B: StepBook + ?Sized>(book: &B, reference: &str, input: AnswerInput) -> Result<CaseView> {
    let (case, seen) = case_seen(book, reference)?;
    let answer = typed_answer(book, &case, input)?;
    let (r, right) = (&case.reference, answer.right);
    if let Some(done) = book.register().right_answers(case.id)?.into_iter().find(|a| a.right == right) {
        return Err(Error::conflicting(WorkflowSaid::AlreadyAnswered {
            reference: r.to_string(),
            right,
            on: done.on,
            outcome: done.outcome,
        }));
    }
    let rules = book.rules()?;
    let due = checked_due_with(book, &case, &answer, &rules)?;
    let stamp = book.stamp();
    book.register().add_right_answer(case.id, Some(seen), &answer, due, stamp)?;
    let case = crate::lifecycle::case(&mut *book.register(), reference)?;
    book.view_with(case, &rules)
}

/// Checks one right's answer against the record: identity settled for a
/// right that waits for it, every relevant system searched, and what was
/// done recorded for a right answered by an action. The same checks run
/// when `case close` answers the rights still open.
pub(crate) fn check_answer<B: StepBook + ?Sized>(
    book: &B,
    case: &Case,
    p: &CaseProgress,
    sought: bool,
    answer: &RightAnswer,
) -> Result<()> {
    let r = &case.reference;
    let right = answer.right;
    let rule = verification_rule(case.regime, right);
    if answer.answers_with_data() {
        if rule.waits
            && let Some(pending) = crate::WorkflowSaid::identity_pending(p)
        {
            let meanwhile = Casebook::go_ahead(case, &book.answers_of(case)?);
            return Err(Error::conflicting(WorkflowSaid::RightWaitsForIdentity {
                reference: r.to_string(),
                right,
                pending,
                meanwhile,
            }));
        }
        // A right that only stops something (an opt-out) is answered by
        // what was done, checked below; the others, and "no data held",
        // by the search of every relevant system.
        let by_action = !rule.waits && answer.outcome != RightOutcome::NoData;
        if !by_action {
            book.require_searches(case)?;
        }
        if matches!(answer.outcome, RightOutcome::Fulfilled | RightOutcome::Partly)
            && !actions_for(right).is_empty()
            && !book.acted_on(case, right)?
        {
            return Err(Error::conflicting(WorkflowSaid::NothingDoneForRight {
                reference: r.to_string(),
                right,
                outcome: answer.outcome,
                actions: actions_for(right).to_vec(),
            }));
        }
    }
    if answer.ground == Some(RefusalReason::IdentityNotVerified) {
        if !rule.waits {
            return Err(Error::refused_in(
                "ground",
                WorkflowSaid::NotRefusedForIdentity { right, ground: rule.ground },
            ));
        }
        if !sought {
            return Err(Error::conflicting(WorkflowSaid::IdentityRefusalUnsought { reference: r.to_string(), right }));
        }
    }
    Ok(())
}

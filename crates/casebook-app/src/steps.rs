//! The steps that work a case between receipt and answer: acknowledging it,
//! asking for identity evidence or an agent's authority and receiving it,
//! asking for clarification, taking the extension, asking for a fee and
//! receiving it, refusing, the requester withdrawing, sending the response.
//!
//! Each step is a case event (its date and what was recorded with it) saved
//! with the recomputed due date and the new status in one transaction with its
//! audit entry. Whether a step is allowed, and the status it leaves, is
//! `casebook_core::workflow::status_after`; what it does to the clock is the
//! deadline engine's business (`ClockEvents::replay` in `casebook-core`).
//!
//! Written once for both back ends against [`StepBook`]: a step is judged,
//! dated and stored the same on a local register and on a team register.

use casebook_core::identity::{IdentityOutcome, Suggestion};
use casebook_core::workflow::{
    CaseProgress, FeeGround, RefusalReason, Step, StepError, fee_grounds, refusal_reasons, status_after,
};
use std::sync::MutexGuard;

use casebook_core::answer::RightAnswer;
use casebook_core::{Case, CaseEventKind, Channel, Right};
use casebook_store::{CaseEvent, CaseRegister, LetterRegister, ProcessingRegister, Stamp, Store};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::case_progress::{progress, suggestion};
use crate::input::non_empty;
use crate::lifecycle::{self, Rules};
use crate::{CaseView, Casebook, Error, RegisterSaid, Result, WorkflowSaid};

/// Taking the extension: why, when the person was told, and — when that was
/// after the notice deadline — the DPO's reason for going ahead anyway.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "ts", ts(optional_fields))]
pub struct ExtensionInput {
    pub reason: String,
    #[serde(deserialize_with = "crate::day::notified_on")]
    pub notified_on: NaiveDate,
    pub override_reason: Option<String>,
}

/// Asking for a fee.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "ts", ts(optional_fields))]
pub struct FeeRequest {
    /// Default today.
    #[serde(default, deserialize_with = "crate::day::on")]
    pub on: Option<NaiveDate>,
    /// A ground the regime allows.
    pub ground: FeeGround,
    /// The amount, as written to the person ("£10").
    pub amount: String,
}

/// Refusing a request.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "ts", ts(optional_fields))]
pub struct Refusal {
    /// Default today.
    #[serde(default, deserialize_with = "crate::day::on")]
    pub on: Option<NaiveDate>,
    /// A reason the regime accepts.
    pub reason: RefusalReason,
    /// The reasons in words, as the person is told them.
    pub text: String,
}

/// The response going out.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "ts", ts(optional_fields))]
pub struct ResponseSent {
    /// Default today.
    #[serde(default, deserialize_with = "crate::day::on")]
    pub on: Option<NaiveDate>,
    pub channel: Channel,
    /// What was sent ("copy of the data as a PDF, cover letter").
    pub what: String,
}

fn required(value: &str, field: &'static str, empty: WorkflowSaid) -> Result<String> {
    let v = value.trim();
    if v.is_empty() {
        return Err(Error::refused_in(field, empty));
    }
    Ok(v.to_string())
}

/// What recording a step needs of an open register: the local one
/// ([`Casebook`]) or a team's ([`crate::TeamBook`]). The step use cases
/// below are written once against it, so a step is judged, dated and stored
/// the same on either back end.
pub(crate) trait StepBook {
    type Register: CaseRegister + ProcessingRegister + LetterRegister + ?Sized;
    /// The register, locked for one call at a time (never held across the
    /// calls below, which may lock it themselves).
    fn register(&self) -> MutexGuard<'_, Self::Register>;
    /// The organisation, its policy and calendars, and today.
    fn rules(&self) -> Result<Rules>;
    /// The holiday calendars in force: the shipped ones as the register's
    /// imports update them, built once.
    fn calendars(&self) -> Result<std::sync::Arc<casebook_core::holiday::Calendars>>;
    /// Keeps `calendars` as those in force (after an import was stored).
    fn keep_calendars(&self, calendars: std::sync::Arc<casebook_core::holiday::Calendars>);
    fn stamp(&self) -> Stamp<'_>;
    /// The organisation's civil date now.
    fn today(&self) -> Result<NaiveDate>;
    /// Who records a decision, unless the input names someone.
    fn actor(&self) -> &str;
    /// The answers recorded to the case's rights, which its dates take into account.
    fn answers_of(&self, case: &Case) -> Result<Vec<RightAnswer>> {
        crate::lifecycle::answers_of(&mut *self.register(), case)
    }
    /// Refuses to answer the case while a system of the register of
    /// processing relevant to its requester has neither been searched nor
    /// had the reason for not searching recorded. A register without systems
    /// asks nothing.
    fn require_searches(&self, case: &Case) -> Result<()> {
        let (systems, history) = {
            let mut register = self.register();
            (register.processing_systems()?, register.case_searches(case.id)?)
        };
        let missing = casebook_core::processing::search::unsearched(&systems, case.subject_category, &history);
        if missing.is_empty() {
            return Ok(());
        }
        let systems: Vec<String> = missing.iter().map(|s| s.to_string()).collect();
        Err(Error::conflicting(WorkflowSaid::NotSearched { reference: case.reference.to_string(), systems }))
    }
    /// Whether something is recorded as done for `right` on the case (an
    /// erasure, a stop of processing), which answering it needs.
    fn acted_on(&self, case: &Case, right: Right) -> Result<bool> {
        Ok(self.register().case_actions(case.id)?.iter().any(|a| a.right == right))
    }
    /// The titles of the letters made and not yet sent, by case id, which
    /// a case's next action names.
    fn unsent_draft_titles(&self) -> Result<std::collections::HashMap<i64, Vec<String>>> {
        Ok(self.register().unsent_draft_titles()?)
    }
    /// The cases whose access response went out while no package holding
    /// the copy of the data it says is enclosed was exported, by case id:
    /// of every case, or of `only`.
    fn owed_their_package(&self, only: Option<casebook_core::CaseId>) -> Result<std::collections::HashSet<i64>> {
        Ok(self.register().owed_their_package(only)?)
    }
    /// The case's page as front ends show it.
    fn view_with(&self, case: Case, rules: &Rules) -> Result<CaseView>;
}

impl StepBook for Casebook {
    type Register = Store;

    fn register(&self) -> MutexGuard<'_, Store> {
        self.store()
    }

    fn rules(&self) -> Result<Rules> {
        Casebook::rules(self)
    }

    fn calendars(&self) -> Result<std::sync::Arc<casebook_core::holiday::Calendars>> {
        Casebook::calendars(self)
    }

    fn keep_calendars(&self, calendars: std::sync::Arc<casebook_core::holiday::Calendars>) {
        *self.calendars.lock().unwrap_or_else(|p| p.into_inner()) = Some(calendars);
    }

    fn stamp(&self) -> Stamp<'_> {
        Casebook::stamp(self)
    }

    fn today(&self) -> Result<NaiveDate> {
        Casebook::today(self)
    }

    fn actor(&self) -> &str {
        &self.actor
    }

    fn view_with(&self, case: Case, rules: &Rules) -> Result<CaseView> {
        self.view(case, rules.today)
    }
}

/// Records `step` on a case: checks it against the case's status and
/// history (`check`), against the clock (the engine), and saves it with the
/// new status and due date, judged on the case as read and judged again
/// when another program or member changed it meanwhile.
pub(crate) fn record_step<B: StepBook + ?Sized>(
    book: &B,
    reference: &str,
    step: Step,
    kind: CaseEventKind,
    on: Option<NaiveDate>,
    detail: Option<serde_json::Value>,
    check: impl Fn(&Case, &CaseProgress, NaiveDate) -> Result<()>,
) -> Result<CaseView> {
    let id = lifecycle::case(&mut *book.register(), reference)?.id;
    crate::retry_stale(|| {
        let (mut case, seen) = book.register().case_with_version(id)?;
        if !case.status.is_open() {
            return Err(Error::conflicting(WorkflowSaid::ClockStopped {
                reference: case.reference.to_string(),
                status: case.status,
            }));
        }
        let rules = book.rules()?;
        let today = rules.today;
        let on_date = on.unwrap_or(today);
        if on_date > today {
            return Err(Error::refused_in("on", RegisterSaid::DateInFuture { date: on_date, today }));
        }
        let next = status_after(step, case.status)
            .map_err(|e| Error::conflicting(step_refused(case.reference.to_string(), step, e)))?;
        let mut events = book.register().events(case.id)?;
        check(&case, &progress(&case, &events), on_date)?;
        let stamp = book.stamp();
        let event = CaseEvent { id: 0, kind: kind.as_str().to_string(), on_date, detail: detail.clone(), at: stamp.at };
        // The engine checks the event against the others (an answer before the question…).
        events.push(event.clone());
        let answers = book.answers_of(&case)?;
        let deadlines = crate::dates::case_dates(&case, &events, &answers, &rules.policy, &rules.calendars, today)?;
        if on_date < case.received {
            return Err(Error::refused_in(
                "on",
                WorkflowSaid::DateBeforeReceipt { date: on_date, received: case.received },
            ));
        }
        if kind == CaseEventKind::ExtensionTaken {
            let notice_by = deadlines.extension_notice_by;
            let late = notice_by.is_some_and(|by| on_date > by);
            let overridden = event.detail.as_ref().and_then(|d| d.get("override_reason")).is_some_and(|r| !r.is_null());
            if notice_by.is_none() && deadlines.extended_due.is_none() {
                return Err(Error::conflicting(WorkflowSaid::NoExtensionInLaw { regime: case.regime }));
            }
            if late && !overridden {
                return Err(Error::refused_in(
                    "override-reason",
                    WorkflowSaid::ExtensionNoticeLate {
                        due_by: notice_by.expect("late implies a deadline"),
                        dated: on_date,
                    },
                ));
            }
        }
        case.status = next;
        crate::dates::keep_dates(&mut case, &deadlines, &events);
        let (_, saved) =
            book.register().add_event_seen(&case, Some(seen), kind.as_str(), on_date, event.detail.as_ref(), stamp)?;
        book.view_with(saved, &rules)
    })
}

/// What answering a case needs, whichever command records the answer
/// (`case respond`, or `case close` as fulfilled, partly fulfilled or no
/// data held): every relevant system searched, no identity evidence still
/// awaited, and no failed identity check standing.
pub(crate) fn require_answerable<B: StepBook + ?Sized>(book: &B, case: &Case, p: &CaseProgress) -> Result<()> {
    book.require_searches(case)?;
    match crate::WorkflowSaid::identity_pending(p) {
        Some(pending) => {
            Err(Error::conflicting(WorkflowSaid::IdentityPending { reference: case.reference.to_string(), pending }))
        }
        None => Ok(()),
    }
}

/// What the workflow's refusal of `step` on case `reference` says: core's
/// [`StepError`], with the case named.
fn step_refused(reference: String, step: Step, e: StepError) -> WorkflowSaid {
    match e {
        StepError::Finished(status) => WorkflowSaid::CaseFinished { reference, status },
        StepError::NeedsTriage => WorkflowSaid::StepNeedsTriage { reference },
        StepError::NotAwaited(_) if step == Step::ClarificationAnswered => {
            WorkflowSaid::ClarificationNotAwaited { reference }
        }
        StepError::NotAwaited(_) => WorkflowSaid::IdentityEvidenceNotAwaited { reference },
        StepError::EvidenceNotReceived => WorkflowSaid::IdentityEvidenceNotReceived { reference },
    }
}

/// Identity evidence was asked for on `on`.
pub(crate) fn request_identity<B: StepBook + ?Sized>(
    book: &B,
    reference: &str,
    on: NaiveDate,
    what: Option<&str>,
) -> Result<CaseView> {
    let detail = non_empty(what).map(|w| serde_json::json!({ "asked_for": w }));
    evidence_requested(book, reference, on, detail)
}

/// Proof of an agent's authority (a signed authorisation, a power of
/// attorney, parental responsibility) was asked for: the clock moves as
/// for identity evidence.
pub(crate) fn request_authority<B: StepBook + ?Sized>(
    book: &B,
    reference: &str,
    on: NaiveDate,
    what: Option<&str>,
) -> Result<CaseView> {
    let detail = serde_json::json!({ "asked_for": non_empty(what), "proof_of": "authority" });
    evidence_requested(book, reference, on, Some(detail))
}

/// Records that evidence (of identity or of authority, as `detail` says)
/// was asked for on `on`: one step for the clock either way.
fn evidence_requested<B: StepBook + ?Sized>(
    book: &B,
    reference: &str,
    on: NaiveDate,
    detail: Option<serde_json::Value>,
) -> Result<CaseView> {
    record_step(
        book,
        reference,
        Step::IdentityRequested,
        CaseEventKind::IdentityRequested,
        Some(on),
        detail,
        |_, _, _| Ok(()),
    )
}

/// The evidence asked for arrived on `on`.
pub(crate) fn receive_identity<B: StepBook + ?Sized>(book: &B, reference: &str, on: NaiveDate) -> Result<CaseView> {
    record_step(book, reference, Step::IdentityReceived, CaseEventKind::IdentityReceived, Some(on), None, |_, _, _| {
        Ok(())
    })
}

/// The DPO asked the person to clarify the request's scope.
pub(crate) fn ask_clarification<B: StepBook + ?Sized>(
    book: &B,
    reference: &str,
    on: NaiveDate,
    question: &str,
) -> Result<CaseView> {
    let question = required(question, "question", WorkflowSaid::ClarificationQuestionEmpty)?;
    let detail = serde_json::json!({ "question": question });
    record_step(
        book,
        reference,
        Step::ClarificationAsked,
        CaseEventKind::ClarificationAsked,
        Some(on),
        Some(detail),
        |_, _, _| Ok(()),
    )
}

/// The person answered the clarification question.
pub(crate) fn answer_clarification<B: StepBook + ?Sized>(book: &B, reference: &str, on: NaiveDate) -> Result<CaseView> {
    record_step(
        book,
        reference,
        Step::ClarificationAnswered,
        CaseEventKind::ClarificationAnswered,
        Some(on),
        None,
        |_, _, _| Ok(()),
    )
}

/// Takes the extension the regime allows; the person was told on `notified_on`.
pub(crate) fn take_extension<B: StepBook + ?Sized>(
    book: &B,
    reference: &str,
    input: ExtensionInput,
) -> Result<CaseView> {
    if input.reason.trim().is_empty() {
        return Err(Error::refused_in("reason", WorkflowSaid::ExtensionNeedsReason));
    }
    let detail = serde_json::json!({
        "reason": input.reason.trim(),
        "notified_on": input.notified_on,
        "override_reason": non_empty(input.override_reason.as_deref()),
    });
    record_step(
        book,
        reference,
        Step::ExtensionTaken,
        CaseEventKind::ExtensionTaken,
        Some(input.notified_on),
        Some(detail),
        |_, p, _| {
            if p.extended {
                return Err(Error::conflicting(WorkflowSaid::ExtensionAlreadyTaken));
            }
            Ok(())
        },
    )
}

/// Receipt was confirmed to the requester on `on` (default today) by `channel`.
pub(crate) fn acknowledge<B: StepBook + ?Sized>(
    book: &B,
    reference: &str,
    on: Option<NaiveDate>,
    channel: Channel,
) -> Result<CaseView> {
    let detail = serde_json::json!({ "channel": channel });
    record_step(book, reference, Step::Acknowledge, CaseEventKind::Acknowledged, on, Some(detail), |case, p, _| match p
        .acknowledged_on
    {
        Some(on) => {
            Err(Error::conflicting(WorkflowSaid::AlreadyAcknowledged { reference: case.reference.to_string(), on }))
        }
        None => Ok(()),
    })
}

/// A fee was asked for, on a ground the regime allows. Under the UK GDPR
/// the clock restarts when it is paid.
pub(crate) fn request_fee<B: StepBook + ?Sized>(book: &B, reference: &str, input: FeeRequest) -> Result<CaseView> {
    let ground = input.ground;
    let amount = required(&input.amount, "amount", WorkflowSaid::FeeAmountEmpty)?;
    let detail = serde_json::json!({ "ground": ground, "amount": amount });
    record_step(
        book,
        reference,
        Step::FeeRequested,
        CaseEventKind::FeeRequested,
        input.on,
        Some(detail),
        |case, p, _| {
            let (grounds, source) = fee_grounds(case.regime);
            if grounds.is_empty() {
                return Err(Error::conflicting(WorkflowSaid::NoFeeAllowed {
                    regime: case.regime,
                    citation: source.to_string(),
                }));
            }
            if !grounds.contains(&ground) {
                return Err(Error::refused_in(
                    "ground",
                    WorkflowSaid::FeeGroundNotAllowed {
                        ground,
                        regime: case.regime,
                        allowed: grounds.to_vec(),
                        citation: source.to_string(),
                    },
                ));
            }
            if let Some(asked_on) = p.fee_requested_on {
                return Err(Error::conflicting(WorkflowSaid::FeeStillUnpaid { asked_on }));
            }
            Ok(())
        },
    )
}

/// The fee asked for was paid on `on`.
pub(crate) fn receive_fee<B: StepBook + ?Sized>(book: &B, reference: &str, on: Option<NaiveDate>) -> Result<CaseView> {
    record_step(book, reference, Step::FeePaid, CaseEventKind::FeePaid, on, None, |_, p, on| match p.fee_requested_on {
        None => Err(Error::conflicting(WorkflowSaid::NoFeeAwaited)),
        Some(asked_on) if on < asked_on => {
            Err(Error::refused_in("on", WorkflowSaid::FeePaidBeforeAsked { date: on, asked_on }))
        }
        Some(_) => Ok(()),
    })
}

/// Refuses the request. The record names the supervisory authority the
/// person may complain to, as the answer must.
pub(crate) fn refuse<B: StepBook + ?Sized>(book: &B, reference: &str, input: Refusal) -> Result<CaseView> {
    let reason = input.reason;
    let text = required(&input.text, "text", WorkflowSaid::RefusalTextEmpty)?;
    let case = lifecycle::case(&mut *book.register(), reference)?;
    let authority = casebook_core::authority::supervisory_authority(case.regime, &case.location);
    let detail = serde_json::json!({
        "reason": reason,
        "text": text,
        "complaint_authority": authority,
        "right_to_complain": complaint_sentence(case.regime, &case.location, authority.as_ref()),
    });
    record_step(book, reference, Step::Refuse, CaseEventKind::Refused, input.on, Some(detail), |case, _, _| {
        let (reasons, source) = refusal_reasons(case.regime);
        if !reasons.contains(&reason) {
            return Err(Error::refused_in(
                "reason",
                WorkflowSaid::RefusalReasonNotAccepted {
                    reason,
                    regime: case.regime,
                    accepted: reasons.to_vec(),
                    citation: source.to_string(),
                },
            ));
        }
        Ok(())
    })
}

/// The requester withdrew the request.
pub(crate) fn withdraw<B: StepBook + ?Sized>(
    book: &B,
    reference: &str,
    on: Option<NaiveDate>,
    how: Option<&str>,
) -> Result<CaseView> {
    let detail = non_empty(how).map(|h| serde_json::json!({ "how": h }));
    record_step(book, reference, Step::Withdraw, CaseEventKind::Withdrawn, on, detail, |_, _, _| Ok(()))
}

/// The response went out.
pub(crate) fn respond<B: StepBook + ?Sized>(book: &B, reference: &str, input: ResponseSent) -> Result<CaseView> {
    let channel = input.channel;
    let what = required(&input.what, "what", WorkflowSaid::WhatWasSentEmpty)?;
    let detail = serde_json::json!({ "channel": channel, "what": what });
    record_step(book, reference, Step::Respond, CaseEventKind::ResponseSent, input.on, Some(detail), |case, p, _| {
        if case.kind == casebook_core::CaseKind::Complaint {
            return Err(Error::conflicting(WorkflowSaid::IsAComplaint { reference: case.reference.to_string() }));
        }
        require_answerable(book, case, p)
    })
}

/// The identity check Casebook suggests for a case, and why.
pub(crate) fn suggest_identity_check<B: StepBook + ?Sized>(book: &B, reference: &str) -> Result<Suggestion> {
    Ok(suggestion(&lifecycle::case(&mut *book.register(), reference)?))
}

impl Casebook {
    /// Identity evidence was asked for on `on`.
    pub fn request_identity(&self, reference: &str, on: NaiveDate, what: Option<&str>) -> Result<CaseView> {
        request_identity(self, reference, on, what)
    }

    /// Proof of an agent's authority was asked for: the clock moves as for
    /// identity evidence.
    pub fn request_authority(&self, reference: &str, on: NaiveDate, what: Option<&str>) -> Result<CaseView> {
        request_authority(self, reference, on, what)
    }

    /// The evidence asked for arrived on `on`.
    pub fn receive_identity(&self, reference: &str, on: NaiveDate) -> Result<CaseView> {
        receive_identity(self, reference, on)
    }

    /// The DPO asked the person to clarify the request's scope.
    pub fn ask_clarification(&self, reference: &str, on: NaiveDate, question: &str) -> Result<CaseView> {
        ask_clarification(self, reference, on, question)
    }

    /// The person answered the clarification question.
    pub fn answer_clarification(&self, reference: &str, on: NaiveDate) -> Result<CaseView> {
        answer_clarification(self, reference, on)
    }

    /// Takes the extension the regime allows; the person was told on `notified_on`.
    pub fn take_extension(&self, reference: &str, input: ExtensionInput) -> Result<CaseView> {
        take_extension(self, reference, input)
    }

    /// Receipt was confirmed to the requester on `on` (default today) by `channel`.
    pub fn acknowledge(&self, reference: &str, on: Option<NaiveDate>, channel: Channel) -> Result<CaseView> {
        acknowledge(self, reference, on, channel)
    }

    /// A fee was asked for, on a ground the regime allows.
    pub fn request_fee(&self, reference: &str, input: FeeRequest) -> Result<CaseView> {
        request_fee(self, reference, input)
    }

    /// The fee asked for was paid on `on`.
    pub fn receive_fee(&self, reference: &str, on: Option<NaiveDate>) -> Result<CaseView> {
        receive_fee(self, reference, on)
    }

    /// Refuses the request, naming the supervisory authority the person may
    /// complain to.
    pub fn refuse(&self, reference: &str, input: Refusal) -> Result<CaseView> {
        refuse(self, reference, input)
    }

    /// The requester withdrew the request.
    pub fn withdraw(&self, reference: &str, on: Option<NaiveDate>, how: Option<&str>) -> Result<CaseView> {
        withdraw(self, reference, on, how)
    }

    /// The response went out.
    pub fn respond(&self, reference: &str, input: ResponseSent) -> Result<CaseView> {
        respond(self, reference, input)
    }

    /// The identity check Casebook suggests for a case, and why.
    pub fn suggest_identity_check(&self, reference: &str) -> Result<Suggestion> {
        suggest_identity_check(self, reference)
    }
}

/// The sentence a refusal must carry (UK GDPR / GDPR Art. 12(4)): whom the
/// person may complain to, and the courts only where the law gives a
/// judicial remedy (`judicial_remedy`: none under the CCPA or a US state law).
fn complaint_sentence(
    regime: casebook_core::Regime,
    location: &casebook_core::Location,
    authority: Option<&casebook_core::authority::Authority>,
) -> String {
    let whom = match authority {
        Some(a) => {
            format!("{}{}", a.in_sentence("en"), a.website.as_deref().map(|w| format!(" ({w})")).unwrap_or_default())
        }
        None => "the supervisory authority".into(),
    };
    let appeal = casebook_core::authority::appeal(regime, location)
        .map(|a| format!("You may appeal this decision by writing to us, quoting our reference ({}). ", a.section))
        .unwrap_or_default();
    match casebook_core::authority::judicial_remedy(regime) {
        Some(_) => format!("{appeal}You have the right to complain to {whom}, and to seek a judicial remedy."),
        None => format!("{appeal}You have the right to complain to {whom}."),
    }
}

/// Whether identity decisions on a case are final (a second check is refused).
pub(crate) fn identity_settled(p: &CaseProgress) -> bool {
    matches!(p.identity_decision, Some(IdentityOutcome::Verified | IdentityOutcome::NotNeeded))
}

#[cfg(test)]
mod tests {
    use casebook_core::authority::supervisory_authority;
    use casebook_core::{Location, Regime};

    /// The refusal's recorded sentence names the case's authority, the
    /// appeal where a US state law gives one, and the courts only where the
    /// law gives a judicial remedy (GDPR Art. 79; the US state laws leave
    /// enforcement to the Attorney General).
    #[test]
    fn the_recorded_right_to_complain_speaks_of_the_courts_only_where_the_law_does() {
        for (regime, location, want) in [
            (
                Regime::UkGdpr,
                "GB-ENG",
                "You have the right to complain to the Information Commissioner's Office (ICO) (https://ico.org.uk/make-a-complaint/), and to seek a judicial remedy.",
            ),
            (
                Regime::UsState,
                "US-VA",
                "You may appeal this decision by writing to us, quoting our reference (Va. Code \u{a7}59.1-577(C)). You have the right to complain to the Attorney General of Virginia.",
            ),
            (
                Regime::Ccpa,
                "US-CA",
                "You have the right to complain to the California Privacy Protection Agency (CPPA) (https://cppa.ca.gov/webapplications/complaint).",
            ),
        ] {
            let location = Location::parse(location).unwrap();
            let authority = supervisory_authority(regime, &location);
            assert_eq!(super::complaint_sentence(regime, &location, authority.as_ref()), want);
        }
    }
}

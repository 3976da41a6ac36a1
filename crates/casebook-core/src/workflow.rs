//! Working a case: which steps each status allows, what a fee or a refusal may
//! rest on under each regime, and what a case needs next.
//!
//! Pure rules: the façade gathers a case's history into [`CaseProgress`] and
//! asks [`next_action`] what the DPO should do, and [`status_after`] whether a
//! step is allowed and where it leaves the case.

use chrono::NaiveDate;
use serde::Serialize;
use thiserror::Error;

use crate::code_enum;
use crate::identity::{IdentityMethod, IdentityOutcome};
use crate::{Outcome, Regime, Right, Status};

/// A step the DPO records on a case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Acknowledge,
    /// Identity evidence or proof of an agent's authority asked for.
    IdentityRequested,
    IdentityReceived,
    IdentityChecked(IdentityOutcome),
    ClarificationAsked,
    ClarificationAnswered,
    FeeRequested,
    FeePaid,
    ExtensionTaken,
    Refuse,
    Withdraw,
    Respond,
}

/// Why a step cannot be taken in the case's status.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum StepError {
    #[error("the case is {0}: no more steps can be recorded")]
    Finished(Status),
    #[error("the case needs triage first: confirm it is a request (case update --status received)")]
    NeedsTriage,
    #[error("no {0} is awaited on this case")]
    NotAwaited(&'static str),
    #[error("the identity evidence asked for has not been recorded as received (identity received)")]
    EvidenceNotReceived,
}

/// Whether `step` may be recorded on a case in `current`, and its status afterwards.
pub fn status_after(step: Step, current: Status) -> Result<Status, StepError> {
    use Status::*;
    if !current.is_open() {
        return Err(StepError::Finished(current));
    }
    if current == NeedsTriage {
        return Err(StepError::NeedsTriage);
    }
    Ok(match step {
        Step::Acknowledge if current == Received => Acknowledged,
        Step::Acknowledge => current,
        Step::IdentityRequested => AwaitingIdentity,
        Step::IdentityReceived if current == AwaitingIdentity => InProgress,
        Step::IdentityReceived => return Err(StepError::NotAwaited("identity evidence")),
        Step::IdentityChecked(_) if current == AwaitingIdentity => return Err(StepError::EvidenceNotReceived),
        Step::IdentityChecked(IdentityOutcome::Failed) => current,
        Step::IdentityChecked(_) if matches!(current, Received | Acknowledged) => InProgress,
        Step::IdentityChecked(_) => current,
        Step::ClarificationAsked => AwaitingClarification,
        Step::ClarificationAnswered if current == AwaitingClarification => InProgress,
        Step::ClarificationAnswered => return Err(StepError::NotAwaited("clarification")),
        Step::FeeRequested | Step::FeePaid | Step::ExtensionTaken => current,
        Step::Refuse => Refused,
        Step::Withdraw => Withdrawn,
        Step::Respond => ResponseSent,
    })
}

code_enum! {
    /// What a fee may be charged for.
    pub enum FeeGround as "fee ground" {
        ManifestlyUnfounded = "manifestly-unfounded", "Manifestly unfounded request";
        ManifestlyExcessive = "manifestly-excessive", "Manifestly excessive (e.g. repetitive) request";
        FurtherCopies = "further-copies", "Further copies of the data";
        /// The cost of giving access, where the law allows a modest charge.
        CostOfAccess = "cost-of-access", "Cost of giving access";
        DisproportionateEffort = "disproportionate-effort", "Disproportionate effort";
    }
}

/// The grounds on which a regime lets a controller charge, and the source.
/// Empty where the law says requests are free.
pub fn fee_grounds(regime: Regime) -> (&'static [FeeGround], &'static str) {
    use FeeGround::*;
    match regime {
        Regime::UkGdpr => {
            (&[ManifestlyUnfounded, ManifestlyExcessive, FurtherCopies], "UK GDPR Art. 12(5)(a), Art. 15(3)")
        }
        Regime::EuGdpr => {
            (&[ManifestlyUnfounded, ManifestlyExcessive, FurtherCopies], "GDPR Art. 12(5)(a), Art. 15(3)")
        }
        Regime::Ccpa => (&[ManifestlyUnfounded, ManifestlyExcessive], "Cal. Civ. Code §1798.145(h)(3)"),
        Regime::UsState => {
            (&[ManifestlyUnfounded, ManifestlyExcessive], "Va. Code §59.1-577(B)(1) and the laws modelled on it")
        }
        Regime::Lgpd => (&[], "LGPD Art. 18 §5: requests are free of charge"),
        Regime::Pipeda => (&[CostOfAccess], "PIPEDA Sch. 1 principle 4.9.4: minimal cost, told in advance"),
        Regime::Fadp => (&[DisproportionateEffort], "revFADP Art. 25(6); DPO Art. 19: at most CHF 300"),
        Regime::Popia => (&[CostOfAccess], "PAIA s.54: the prescribed access fee"),
        Regime::AuApp => (&[CostOfAccess], "APP 12.8: not excessive, never for making the request"),
    }
}

/// Where the law lets a fee be charged only once the person, told of it,
/// confirms the request (else it is withdrawn), and the provision, with the
/// days given to confirm where the law sets them: PIPEDA s.8(6) (the
/// approximate cost told, and the person "has advised the organization that
/// the request is not being withdrawn"); the Swiss data protection ordinance
/// Art. 19(3) (not confirmed within ten days, the request is withdrawn at no
/// cost; the response period starts once those ten days have run).
pub fn fee_confirmation(regime: Regime) -> Option<(&'static str, Option<u32>)> {
    match regime {
        Regime::Pipeda => Some(("PIPEDA s.8(6)", None)),
        Regime::Fadp => Some(("FADP Art. 25(6); DPO Art. 19(3)", Some(10))),
        _ => None,
    }
}

/// Where the law has the acknowledgement of a request describe, in general,
/// how the organisation verifies the person: under the CCPA, a request to
/// know (access, portability), to delete or to correct is confirmed within
/// 10 business days with "information about how the business will process
/// the request", which "shall describe in general the business's
/// verification process" (11 CCR §7021(a)). The provision, for a case of
/// `regime` asking for `rights`; none where no right asked for needs it (an
/// opt-out of sale alone) or the law asks no such description.
pub fn verification_described(regime: Regime, rights: &[Right]) -> Option<&'static str> {
    use Right::{Access, Erasure, Portability, Rectification};
    let known_deleted_or_corrected = rights.iter().any(|r| matches!(r, Access | Portability | Erasure | Rectification));
    (regime == Regime::Ccpa && known_deleted_or_corrected).then_some("11 CCR \u{a7}7021(a)")
}

code_enum! {
    /// Why a request is refused.
    pub enum RefusalReason as "refusal reason" {
        ManifestlyUnfounded = "manifestly-unfounded", "Manifestly unfounded";
        ManifestlyExcessive = "manifestly-excessive", "Manifestly excessive";
        /// An exemption or restriction in law (legal privilege, third parties' rights…).
        Exemption = "exemption", "An exemption applies";
        IdentityNotVerified = "identity-not-verified", "Identity could not be verified";
    }
}

/// The reasons a regime accepts for refusing, and the source.
pub fn refusal_reasons(regime: Regime) -> (&'static [RefusalReason], &'static str) {
    use RefusalReason::*;
    const ALL: &[RefusalReason] = &[ManifestlyUnfounded, ManifestlyExcessive, Exemption, IdentityNotVerified];
    const NARROW: &[RefusalReason] = &[Exemption, IdentityNotVerified];
    match regime {
        Regime::UkGdpr => (ALL, "UK GDPR Art. 12(2), 12(5)(b); DPA 2018 Sch. 2\u{2013}4"),
        Regime::EuGdpr => (ALL, "GDPR Art. 11(2), 12(2), 12(5)(b), 23"),
        Regime::Ccpa => (ALL, "Cal. Civ. Code §1798.145; 11 CCR §7060(d)"),
        Regime::UsState => (ALL, "Va. Code §59.1-577 and the laws modelled on it"),
        Regime::Fadp => (ALL, "revFADP Art. 26"),
        Regime::AuApp => (ALL, "APP 12.3"),
        Regime::Lgpd => (NARROW, "LGPD Art. 4, 18 §4"),
        Regime::Pipeda => (NARROW, "PIPEDA s.9"),
        Regime::Popia => (NARROW, "POPIA s.23(4); PAIA Part 3 Ch. 4"),
    }
}

/// How long an unanswered request for identity, clarification or a fee waits
/// before Casebook suggests a reminder.
pub const REMINDER_AFTER_DAYS: i64 = 14;

/// What a case's history says, as far as its next step is concerned.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CaseProgress {
    pub status: Option<Status>,
    pub acknowledged_on: Option<NaiveDate>,
    /// When outstanding identity evidence (or proof of authority) was asked for.
    pub identity_asked_on: Option<NaiveDate>,
    /// The latest check's outcome.
    pub identity_decision: Option<IdentityOutcome>,
    /// The method suggested for this request ([`IdentityMethod::None`]: no check needed).
    pub suggested_method: Option<IdentityMethod>,
    pub clarification_asked_on: Option<NaiveDate>,
    pub fee_requested_on: Option<NaiveDate>,
    pub extended: bool,
    /// Every right is answered on its own: the case's outcome from the answers.
    pub answered_outcome: Option<Outcome>,
    /// Rights not yet answered that go ahead without identity verification
    /// (see [`crate::identity::verification_rule`]).
    pub go_ahead: Vec<crate::Right>,
    /// The titles of the case's letter drafts neither sent nor discarded.
    pub unsent_drafts: Vec<String>,
    /// The day a consumer's appeal arrived, while it awaits its decision (US state laws).
    pub appeal_open_since: Option<NaiveDate>,
    /// An access response went out saying "a copy of the data is enclosed",
    /// and no package holding that copy was exported yet.
    pub package_owed: bool,
}

/// The dates the next step is measured against (from the deadline engine).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CaseDates {
    pub due: Option<NaiveDate>,
    pub acknowledge_by: Option<NaiveDate>,
    pub extension_notice_by: Option<NaiveDate>,
    /// When an appeal received must be decided (the state's statute).
    pub appeal_due: Option<NaiveDate>,
}

code_enum! {
    /// The kind of thing a case needs next.
    pub enum ActionKind as "action" {
        Triage = "triage", "Triage";
        Acknowledge = "acknowledge", "Acknowledge receipt";
        ChaseIdentity = "chase-identity", "Chase identity evidence";
        ChaseClarification = "chase-clarification", "Chase the clarification";
        ChaseFee = "chase-fee", "Chase the fee";
        CheckIdentity = "check-identity", "Check identity";
        RetryIdentity = "retry-identity", "Identity not verified";
        Respond = "respond", "Respond";
        SendLetter = "send-letter", "Send the letter";
        DecideAppeal = "decide-appeal", "Decide the appeal";
        ExportPackage = "export-package", "Export the data package";
        Close = "close", "Close";
    }
}

/// What a case needs next, by when, in words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct NextAction {
    pub action: ActionKind,
    pub by: Option<NaiveDate>,
    /// The step in English words (the command line's): [`NextStep`]'s `Display`.
    pub text: String,
    /// The facts the words are made of, for a front end to say them in its own language.
    pub step: NextStep,
}

impl NextAction {
    fn new(action: ActionKind, by: Option<NaiveDate>, step: NextStep) -> Self {
        NextAction { action, by, text: step.to_string(), step }
    }
}

/// What a case waits for from the requester.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum Awaited {
    Identity,
    Clarification,
    Fee,
}

/// The next step of a case with the facts it rests on: one variant a sentence,
/// so that each front end words it in its language (the English is `Display`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum NextStep {
    /// Decide whether the message is a privacy request.
    Triage,
    /// The requester withdrew: close the case.
    CloseWithdrawn,
    /// The request was refused: close the case once the refusal has gone out.
    CloseRefused,
    /// The request was refused and the letter telling the person is a draft.
    SendRefusal {
        title: String,
    },
    /// The response was sent: close the case with its outcome.
    CloseResponseSent,
    /// Every right is answered but the letter telling the person is a draft.
    SendDraft {
        title: String,
        outcome: Outcome,
    },
    /// Every right is answered: close with the outcome the answers give.
    CloseAnswered {
        outcome: Outcome,
    },
    /// The access response sent says a copy of the data is enclosed, and no
    /// package holding it was exported: export it and send it.
    ExportPackage,
    /// A consumer appealed (US state laws): decide by the statute's date.
    DecideAppeal {
        received: NaiveDate,
        due: Option<NaiveDate>,
        /// Days past the appeal's due date, if it has passed.
        overdue_days: Option<u32>,
    },
    Acknowledge {
        by: NaiveDate,
    },
    /// Something was asked of the requester; the reminder's own period runs until `remind_on`.
    Awaiting {
        what: Awaited,
        asked: NaiveDate,
        /// Days since it was asked (0: today).
        days_ago: u32,
        remind_on: NaiveDate,
        /// Rights answered meanwhile (they do not wait for identity).
        meanwhile: Vec<crate::Right>,
    },
    /// Something was asked of the requester and the reminder is due.
    NoAnswer {
        what: Awaited,
        asked: NaiveDate,
        days_ago: u32,
        meanwhile: Vec<crate::Right>,
    },
    CheckIdentity {
        /// The method suggested for this request.
        method: IdentityMethod,
        /// Days past the due date, if it has passed.
        overdue_days: Option<u32>,
        meanwhile: Vec<crate::Right>,
    },
    RetryIdentity {
        overdue_days: Option<u32>,
        meanwhile: Vec<crate::Right>,
    },
    Respond {
        due: Option<NaiveDate>,
        overdue_days: Option<u32>,
        /// The extension may still be taken, with notice by this day.
        extension_notice_by: Option<NaiveDate>,
    },
}

impl std::fmt::Display for NextStep {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use NextStep::*;
        let ago = |n: u32| if n == 0 { "today".to_string() } else { format!("{} ago", crate::days(n)) };
        let meanwhile = |rights: &[crate::Right]| match rights {
            [] => String::new(),
            rights => {
                let codes: Vec<&str> = rights.iter().map(|r| r.code()).collect();
                let they = if rights.len() == 1 { "it does" } else { "they do" };
                format!("; meanwhile answer {}: {they} not wait for identity", codes.join(", "))
            }
        };
        let overdue = |days: &Option<u32>| days.map(|n| format!("overdue by {}: ", crate::days(n))).unwrap_or_default();
        match self {
            Triage => write!(f, "decide whether this is a privacy request, then confirm it or close it"),
            CloseWithdrawn => write!(f, "withdrawn by the requester: close the case (outcome withdrawn)"),
            CloseRefused => write!(f, "refused: once the refusal has gone out, close the case (outcome refused)"),
            SendRefusal { title } => {
                write!(f, "refused: send the draft \"{title}\" (or discard it), then close the case (outcome refused)")
            }
            CloseResponseSent => write!(f, "response sent: close the case with its outcome"),
            SendDraft { title, outcome } => write!(
                f,
                "every right is answered: send the draft \"{title}\" (or discard it), then close the case (outcome {outcome})"
            ),
            CloseAnswered { outcome } => write!(f, "every right is answered: close the case (outcome {outcome})"),
            ExportPackage => write!(
                f,
                "the access response sent says a copy of the data is enclosed: export the data package and send it, then close the case"
            ),
            DecideAppeal { received, due, overdue_days } => {
                write!(f, "{}decide the consumer's appeal received {received}", overdue(overdue_days))?;
                if let Some(due) = due {
                    write!(f, " by {due}")?;
                }
                write!(f, " and tell them the decision with its reasons")
            }
            Acknowledge { by } => write!(f, "confirm receipt to the requester by {by}"),
            Awaiting { what: Awaited::Fee, days_ago, remind_on, .. } => write!(
                f,
                "fee requested {}, awaiting payment (the request waits until it is paid): remind the requester on {remind_on} if it has not come",
                ago(*days_ago)
            ),
            Awaiting { what, days_ago, remind_on, meanwhile: m, .. } => {
                let asked = if *what == Awaited::Identity { "identity requested" } else { "clarification asked" };
                write!(
                    f,
                    "{asked} {}, awaiting the answer: remind the requester on {remind_on} if none has come{}",
                    ago(*days_ago),
                    meanwhile(m)
                )
            }
            NoAnswer { what: Awaited::Identity, days_ago, meanwhile: m, .. } => write!(
                f,
                "identity requested {}, no answer: send a reminder or close as unverified{}",
                ago(*days_ago),
                meanwhile(m)
            ),
            NoAnswer { what: Awaited::Clarification, days_ago, .. } => write!(
                f,
                "clarification asked {}, no answer: send a reminder, or answer what can be answered",
                ago(*days_ago)
            ),
            NoAnswer { what: Awaited::Fee, days_ago, .. } => write!(
                f,
                "fee requested {}, not paid: send a reminder (the request waits until it is paid)",
                ago(*days_ago)
            ),
            CheckIdentity { method, overdue_days, meanwhile: m } => write!(
                f,
                "{}check identity (suggested: {}){}",
                overdue(overdue_days),
                method.label().to_lowercase(),
                meanwhile(m)
            ),
            RetryIdentity { overdue_days, meanwhile: m } => write!(
                f,
                "{}identity not verified: ask for other evidence, or refuse (identity-not-verified){}",
                overdue(overdue_days),
                meanwhile(m)
            ),
            Respond { due, overdue_days, extension_notice_by } => {
                write!(f, "{}send the response", overdue(overdue_days))?;
                if let Some(due) = due {
                    write!(f, " by {due}")?;
                }
                if let Some(by) = extension_notice_by {
                    write!(f, " (or take the extension and tell the person by {by})")?;
                }
                Ok(())
            }
        }
    }
}

/// When a reminder of something asked on `since` is due.
fn reminder(since: NaiveDate) -> NaiveDate {
    since + chrono::Duration::days(REMINDER_AFTER_DAYS)
}

/// Whole days from `from` to `to`, none when `to` is earlier.
fn days_between(from: NaiveDate, to: NaiveDate) -> u32 {
    u32::try_from((to - from).num_days()).unwrap_or(0)
}

/// The chase of an answer the case waits for (identity, clarification, fee),
/// if it waits for one. A reminder has its own period: until it is over the
/// case waits, and the action says when a reminder will be due rather than
/// asking for one now. Only identity holds back other rights (`meanwhile`).
fn chase_answer(p: &CaseProgress, today: NaiveDate, meanwhile: &[crate::Right]) -> Option<NextAction> {
    let waits = [
        (p.identity_asked_on, Awaited::Identity, ActionKind::ChaseIdentity),
        (p.clarification_asked_on, Awaited::Clarification, ActionKind::ChaseClarification),
        (p.fee_requested_on, Awaited::Fee, ActionKind::ChaseFee),
    ];
    let (asked, what, action) = waits.into_iter().find_map(|(on, what, action)| Some((on?, what, action)))?;
    let meanwhile = if what == Awaited::Identity { meanwhile.to_vec() } else { Vec::new() };
    let days_ago = days_between(asked, today);
    let step = if today < reminder(asked) {
        NextStep::Awaiting { what, asked, days_ago, remind_on: reminder(asked), meanwhile }
    } else {
        NextStep::NoAnswer { what, asked, days_ago, meanwhile }
    };
    Some(NextAction::new(action, Some(reminder(asked)), step))
}

/// The one thing a case needs next, or None when it is closed.
pub fn next_action(p: &CaseProgress, d: &CaseDates, today: NaiveDate) -> Option<NextAction> {
    use ActionKind::*;
    let status = p.status?;
    let act = |action, by, step| Some(NextAction::new(action, by, step));
    // An appeal has its own statutory date, whatever became of the request.
    if let Some(received) = p.appeal_open_since {
        let overdue_days = d.appeal_due.filter(|due| *due < today).map(|due| days_between(due, today));
        let step = NextStep::DecideAppeal { received, due: d.appeal_due, overdue_days };
        return act(DecideAppeal, d.appeal_due.or(Some(today)), step);
    }
    match status {
        Status::Closed => return None,
        Status::NeedsTriage => return act(Triage, Some(today), NextStep::Triage),
        Status::Withdrawn => return act(Close, Some(today), NextStep::CloseWithdrawn),
        // The person has not been told while the refusal is still a draft.
        Status::Refused => {
            return match p.unsent_drafts.first() {
                Some(title) => act(SendLetter, Some(today), NextStep::SendRefusal { title: title.clone() }),
                None => act(Close, Some(today), NextStep::CloseRefused),
            };
        }
        Status::ResponseSent if p.package_owed => return act(ExportPackage, Some(today), NextStep::ExportPackage),
        Status::ResponseSent => return act(Close, Some(today), NextStep::CloseResponseSent),
        _ => {}
    }
    if let Some(outcome) = p.answered_outcome {
        // The person has not been told while the letter is still a draft.
        if let Some(title) = p.unsent_drafts.first() {
            return act(SendLetter, Some(today), NextStep::SendDraft { title: title.clone(), outcome });
        }
        if p.package_owed {
            return act(ExportPackage, Some(today), NextStep::ExportPackage);
        }
        return act(Close, Some(today), NextStep::CloseAnswered { outcome });
    }
    if p.acknowledged_on.is_none()
        && let Some(by) = d.acknowledge_by
    {
        return act(Acknowledge, Some(by), NextStep::Acknowledge { by });
    }
    // Rights that do not wait for identity are answered meanwhile.
    if let Some(chase) = chase_answer(p, today, &p.go_ahead) {
        return Some(chase);
    }
    let overdue_days = d.due.filter(|due| *due < today).map(|due| days_between(due, today));
    let meanwhile = p.go_ahead.clone();
    match (p.identity_decision, p.suggested_method) {
        (None, Some(method)) if method != IdentityMethod::None => {
            return act(CheckIdentity, d.due, NextStep::CheckIdentity { method, overdue_days, meanwhile });
        }
        (Some(IdentityOutcome::Failed), _) => {
            return act(RetryIdentity, d.due, NextStep::RetryIdentity { overdue_days, meanwhile });
        }
        _ => {}
    }
    let extension_notice_by = d.extension_notice_by.filter(|by| !p.extended && *by >= today);
    act(Respond, d.due, NextStep::Respond { due: d.due, overdue_days, extension_notice_by })
}

/// Why a case cannot be closed with an outcome: its English is the command
/// line's; a front end words the facts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Error)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum CloseError {
    /// An answered outcome before the response was recorded.
    #[error(
        "closing as '{outcome}' needs the response recorded first (case respond: it checks every relevant system was searched and identity was settled)"
    )]
    NoResponse { outcome: Outcome },
    /// Refused before the refusal and its ground were recorded.
    #[error("closing as 'refused' needs the refusal recorded with its ground first (case refuse --reason … --text …)")]
    NoRefusal,
    /// Identity not verified while identity was never asked for.
    #[error(
        "closing as 'identity-not-verified' needs identity evidence asked for or a failed identity check on record (identity request / identity check)"
    )]
    IdentityNeverSought,
    /// An outcome that contradicts what the case's status records.
    #[error("closing as '{outcome}' does not fit a case whose status is '{status}'")]
    Mismatch { outcome: Outcome, status: Status },
}

/// Whether a case in `status` may be closed as `outcome`: the one path to
/// "done". An answered outcome (fulfilled, partly fulfilled, no data held)
/// needs the response recorded (which ran the searches and identity checks),
/// a refusal needs the refusal with its ground; withdrawn, not a request and
/// duplicate skip the checks; identity not verified needs identity sought.
/// `identity_sought`: identity evidence was asked for, or a check failed.
pub fn close_allowed(outcome: Outcome, status: Status, identity_sought: bool) -> Result<(), CloseError> {
    use Outcome as O;
    match outcome {
        O::Fulfilled | O::PartlyFulfilled | O::NoDataHeld if status != Status::ResponseSent => {
            Err(CloseError::NoResponse { outcome })
        }
        O::Refused if status != Status::Refused => Err(CloseError::NoRefusal),
        O::IdentityNotVerified if !identity_sought => Err(CloseError::IdentityNeverSought),
        O::IdentityNotVerified if status == Status::ResponseSent => Err(CloseError::Mismatch { outcome, status }),
        O::Withdrawn if matches!(status, Status::Refused | Status::ResponseSent) => {
            Err(CloseError::Mismatch { outcome, status })
        }
        _ => Ok(()),
    }
}

/// Why a status cannot be set by hand ([`manual_status`]): its English is the
/// command line's, naming the command of the step that sets it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Error)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum StatusByHand {
    /// A plain status (received, in progress) the case cannot go to from its own.
    #[error("a case cannot go from '{from}' to '{to}' by hand")]
    NotFrom { from: Status, to: Status },
    /// A status that is the result of its step, which records the facts.
    #[error("the status '{status}' is set by its step, not by hand: use {}", step_command(*status))]
    SetByItsStep { status: Status },
}

/// The command line's step that sets `status`, for [`StatusByHand::SetByItsStep`].
fn step_command(status: Status) -> &'static str {
    use Status::*;
    match status {
        NeedsTriage => "nothing: a case is put back to triage only by intake",
        Acknowledged => "`case acknowledge` (it records the date and channel)",
        AwaitingIdentity => "`identity request` (it records the date and moves the clock)",
        AwaitingClarification => "`clarification ask` (it records the question and pauses the clock)",
        ResponseSent => "`case respond` (it checks the searches and identity first)",
        Refused => "`case refuse` (it records the ground)",
        Withdrawn => "`case withdraw`",
        Closed => "`case close` with an outcome",
        Received | InProgress => "`case update --status`",
    }
}

/// The statuses `case update --status` may set: those that record no step
/// and stop or move no clock. `received` confirms that an item needing triage
/// is a request; `in-progress` marks work started on a received or
/// acknowledged case. Every other status is the result of its step (refuse,
/// withdraw, respond, identity, clarification, close), which records the
/// facts and runs the checks; the error names the step.
pub fn manual_status(from: Status, to: Status) -> Result<(), StatusByHand> {
    use Status::*;
    match to {
        Received if from == NeedsTriage => Ok(()),
        InProgress if matches!(from, Received | Acknowledged) => Ok(()),
        Received | InProgress => Err(StatusByHand::NotFrom { from, to }),
        status => Err(StatusByHand::SetByItsStep { status }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use IdentityOutcome as O;
    use Status::*;

    /// (regime, rights, the provision that has the acknowledgement describe
    /// the verification process)
    #[test]
    fn the_ccpa_acknowledgement_of_a_request_to_know_delete_or_correct_describes_the_verification() {
        use Right::*;
        let table: &[(Regime, &[Right], Option<&str>)] = &[
            // 11 CCR §7021(a): requests to delete, to correct and to know.
            (Regime::Ccpa, &[Access], Some("11 CCR §7021(a)")),
            (Regime::Ccpa, &[Portability], Some("11 CCR §7021(a)")),
            (Regime::Ccpa, &[Erasure], Some("11 CCR §7021(a)")),
            (Regime::Ccpa, &[OptOutOfSale, Rectification], Some("11 CCR §7021(a)")),
            // An opt-out or a limit need not be verified (§7026(d), §7027(e)) and is not a §7021 request.
            (Regime::Ccpa, &[OptOutOfSale], None),
            (Regime::Ccpa, &[LimitSensitive, OptOutOfSale], None),
            // The other laws ask no such description of an acknowledgement.
            (Regime::UsState, &[Access], None),
            (Regime::UkGdpr, &[Access, Erasure], None),
            (Regime::EuGdpr, &[Access], None),
        ];
        for (regime, rights, expected) in table {
            assert_eq!(verification_described(*regime, rights), *expected, "{regime} {rights:?}");
        }
    }

    /// (outcome, status, identity sought, allowed)
    #[test]
    fn closing_needs_the_facts_of_its_outcome() {
        use Outcome as Out;
        let table: &[(Out, Status, bool, Result<(), CloseError>)] = &[
            (Out::Fulfilled, Received, false, Err(CloseError::NoResponse { outcome: Out::Fulfilled })),
            (Out::Fulfilled, InProgress, true, Err(CloseError::NoResponse { outcome: Out::Fulfilled })),
            (Out::Fulfilled, ResponseSent, false, Ok(())),
            (Out::PartlyFulfilled, Refused, false, Err(CloseError::NoResponse { outcome: Out::PartlyFulfilled })),
            (Out::NoDataHeld, ResponseSent, false, Ok(())),
            (Out::NoDataHeld, Acknowledged, false, Err(CloseError::NoResponse { outcome: Out::NoDataHeld })),
            (Out::Refused, InProgress, false, Err(CloseError::NoRefusal)),
            (Out::Refused, Refused, false, Ok(())),
            (Out::Withdrawn, Received, false, Ok(())),
            (Out::Withdrawn, Withdrawn, false, Ok(())),
            (Out::Withdrawn, Refused, false, Err(CloseError::Mismatch { outcome: Out::Withdrawn, status: Refused })),
            (Out::IdentityNotVerified, AwaitingIdentity, true, Ok(())),
            (Out::IdentityNotVerified, Received, false, Err(CloseError::IdentityNeverSought)),
            (Out::NotARequest, NeedsTriage, false, Ok(())),
            (Out::Duplicate, Received, false, Ok(())),
        ];
        for (outcome, status, sought, expected) in table {
            assert_eq!(&close_allowed(*outcome, *status, *sought), expected, "{outcome} from {status}");
        }
    }

    /// (from, to, allowed, words the error must contain)
    #[test]
    fn only_plain_statuses_are_set_by_hand() {
        let table: &[(Status, Status, bool, &str)] = &[
            (NeedsTriage, Received, true, ""),
            (Received, InProgress, true, ""),
            (Acknowledged, InProgress, true, ""),
            (AwaitingIdentity, InProgress, false, "by hand"),
            (InProgress, Received, false, "cannot go from 'in-progress' to 'received'"),
            (Received, ResponseSent, false, "case respond"),
            (InProgress, Refused, false, "case refuse"),
            (Received, Acknowledged, false, "case acknowledge"),
            (Received, Closed, false, "case close"),
            (Received, AwaitingIdentity, false, "identity request"),
        ];
        for (from, to, ok, words) in table {
            let got = manual_status(*from, *to);
            assert_eq!(got.is_ok(), *ok, "{from} -> {to}: {got:?}");
            if let Err(e) = got {
                assert!(e.to_string().contains(words), "{from} -> {to}: {e}");
            }
        }
    }

    /// (step, from, expected status or error)
    #[test]
    fn the_status_transition_table() {
        let table: &[(Step, Status, Result<Status, StepError>)] = &[
            (Step::Acknowledge, Received, Ok(Acknowledged)),
            (Step::Acknowledge, AwaitingIdentity, Ok(AwaitingIdentity)),
            (Step::Acknowledge, Closed, Err(StepError::Finished(Closed))),
            (Step::Acknowledge, NeedsTriage, Err(StepError::NeedsTriage)),
            (Step::IdentityRequested, Received, Ok(AwaitingIdentity)),
            (Step::IdentityRequested, Acknowledged, Ok(AwaitingIdentity)),
            (Step::IdentityRequested, InProgress, Ok(AwaitingIdentity)),
            (Step::IdentityRequested, ResponseSent, Err(StepError::Finished(ResponseSent))),
            (Step::IdentityReceived, AwaitingIdentity, Ok(InProgress)),
            (Step::IdentityReceived, InProgress, Err(StepError::NotAwaited("identity evidence"))),
            (Step::IdentityChecked(O::Verified), Received, Ok(InProgress)),
            (Step::IdentityChecked(O::Verified), Acknowledged, Ok(InProgress)),
            (Step::IdentityChecked(O::NotNeeded), Received, Ok(InProgress)),
            (Step::IdentityChecked(O::Verified), InProgress, Ok(InProgress)),
            (Step::IdentityChecked(O::Failed), Acknowledged, Ok(Acknowledged)),
            (Step::IdentityChecked(O::Verified), AwaitingIdentity, Err(StepError::EvidenceNotReceived)),
            (Step::ClarificationAsked, InProgress, Ok(AwaitingClarification)),
            (Step::ClarificationAnswered, AwaitingClarification, Ok(InProgress)),
            (Step::ClarificationAnswered, InProgress, Err(StepError::NotAwaited("clarification"))),
            (Step::FeeRequested, InProgress, Ok(InProgress)),
            (Step::FeePaid, Acknowledged, Ok(Acknowledged)),
            (Step::ExtensionTaken, InProgress, Ok(InProgress)),
            (Step::ExtensionTaken, Closed, Err(StepError::Finished(Closed))),
            (Step::Refuse, InProgress, Ok(Refused)),
            (Step::Refuse, Refused, Err(StepError::Finished(Refused))),
            (Step::Withdraw, AwaitingIdentity, Ok(Withdrawn)),
            (Step::Withdraw, Withdrawn, Err(StepError::Finished(Withdrawn))),
            (Step::Respond, InProgress, Ok(ResponseSent)),
            (Step::Respond, ResponseSent, Err(StepError::Finished(ResponseSent))),
        ];
        for (step, from, expected) in table {
            let got = status_after(*step, *from);
            assert_eq!(&got, expected, "{step:?} from {from}");
            // Every status a step leads to is one the workflow allows.
            if let Ok(to) = got {
                assert!(to == *from || from.can_move_to(to), "{step:?}: {from} → {to} is not an allowed move");
            }
        }
    }

    #[test]
    fn fee_and_refusal_tables() {
        assert!(fee_grounds(Regime::Lgpd).0.is_empty());
        assert!(fee_grounds(Regime::UkGdpr).0.contains(&FeeGround::FurtherCopies));
        assert!(!fee_grounds(Regime::Ccpa).0.contains(&FeeGround::FurtherCopies));
        for r in Regime::ALL {
            assert!(!fee_grounds(*r).1.is_empty());
            assert!(refusal_reasons(*r).0.contains(&RefusalReason::Exemption), "{r}");
        }
        assert!(!refusal_reasons(Regime::Pipeda).0.contains(&RefusalReason::ManifestlyExcessive));
    }

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn the_next_step_carries_its_facts_for_other_languages() {
        let progress = CaseProgress {
            status: Some(AwaitingIdentity),
            identity_asked_on: Some(d("2026-11-20")),
            go_ahead: vec![crate::Right::Unsubscribe],
            ..Default::default()
        };
        let next = next_action(&progress, &CaseDates::default(), d("2026-11-29")).expect("open case");
        assert_eq!(
            serde_json::to_value(&next.step).unwrap(),
            serde_json::json!({
                "kind": "awaiting", "what": "identity", "asked": "2026-11-20", "days_ago": 9,
                "remind_on": "2026-12-04", "meanwhile": ["unsubscribe"],
            })
        );
        assert_eq!(next.text, next.step.to_string());
        let overdue = next_action(
            &CaseProgress { status: Some(InProgress), ..Default::default() },
            &CaseDates { due: Some(d("2026-11-27")), ..Default::default() },
            d("2026-11-29"),
        )
        .expect("open case");
        assert_eq!(
            serde_json::to_value(&overdue.step).unwrap(),
            serde_json::json!({ "kind": "respond", "due": "2026-11-27", "overdue_days": 2, "extension_notice_by": null })
        );
    }

    #[test]
    #[allow(clippy::too_many_lines)] // a table of cases, one a line: a test, not a function the limit is for
    fn the_next_action_table() {
        let today = d("2026-11-29");
        let dates = CaseDates {
            due: Some(d("2026-12-02")),
            acknowledge_by: None,
            extension_notice_by: Some(d("2026-12-02")),
            appeal_due: None,
        };
        let base = CaseProgress {
            status: Some(InProgress),
            identity_decision: Some(O::Verified),
            suggested_method: Some(IdentityMethod::RegisteredEmail),
            ..Default::default()
        };
        let ccpa = CaseDates { acknowledge_by: Some(d("2026-12-01")), ..dates };
        /// The next action expected: its kind, letter, and words it contains.
        type Expected<'a> = Option<(ActionKind, Option<&'a str>, &'a str)>;
        let appealed = CaseDates { appeal_due: Some(d("2026-12-20")), ..dates };
        let table: Vec<(CaseProgress, CaseDates, Expected)> = vec![
            (CaseProgress { status: Some(Closed), ..base.clone() }, dates, None),
            // The access response sent says the data is enclosed: the package goes out before the case closes.
            (
                CaseProgress { answered_outcome: Some(Outcome::Fulfilled), package_owed: true, ..base.clone() },
                dates,
                Some((
                    ActionKind::ExportPackage,
                    Some("2026-11-29"),
                    "export the data package and send it, then close the case",
                )),
            ),
            (
                CaseProgress { status: Some(ResponseSent), package_owed: true, ..base.clone() },
                dates,
                Some((
                    ActionKind::ExportPackage,
                    Some("2026-11-29"),
                    "the access response sent says a copy of the data is enclosed",
                )),
            ),
            // A refusal recorded is not a refusal sent: its draft goes out first.
            (
                CaseProgress {
                    status: Some(Refused),
                    unsent_drafts: vec!["Your request: our decision".into()],
                    ..base.clone()
                },
                dates,
                Some((
                    ActionKind::SendLetter,
                    Some("2026-11-29"),
                    "refused: send the draft \"Your request: our decision\" (or discard it), then close the case (outcome refused)",
                )),
            ),
            (
                CaseProgress { status: Some(Refused), ..base.clone() },
                dates,
                Some((
                    ActionKind::Close,
                    Some("2026-11-29"),
                    "refused: once the refusal has gone out, close the case (outcome refused)",
                )),
            ),
            // An appeal (Va. Code §59.1-577(C): 60 days) comes first, whatever the request's status,
            // closed too: its date is the statute's, not the request's.
            (
                CaseProgress { status: Some(Refused), appeal_open_since: Some(d("2026-11-25")), ..base.clone() },
                appealed,
                Some((
                    ActionKind::DecideAppeal,
                    Some("2026-12-20"),
                    "decide the consumer's appeal received 2026-11-25 by 2026-12-20",
                )),
            ),
            (
                CaseProgress { status: Some(Closed), appeal_open_since: Some(d("2026-10-01")), ..base.clone() },
                CaseDates { appeal_due: Some(d("2026-11-27")), ..dates },
                Some((
                    ActionKind::DecideAppeal,
                    Some("2026-11-27"),
                    "overdue by 2 days: decide the consumer's appeal received 2026-10-01 by 2026-11-27",
                )),
            ),
            // Every right answered on its own: close, with the outcome the answers give.
            (
                CaseProgress { answered_outcome: Some(Outcome::PartlyFulfilled), ..base.clone() },
                dates,
                Some((
                    ActionKind::Close,
                    Some("2026-11-29"),
                    "every right is answered: close the case (outcome partly-fulfilled)",
                )),
            ),
            (
                CaseProgress { status: Some(Closed), answered_outcome: Some(Outcome::Fulfilled), ..base.clone() },
                dates,
                None,
            ),
            // ... but not while the letter telling the person is still a draft.
            (
                CaseProgress {
                    answered_outcome: Some(Outcome::Fulfilled),
                    unsent_drafts: vec!["Response to your access request".into()],
                    ..base.clone()
                },
                dates,
                Some((
                    ActionKind::SendLetter,
                    Some("2026-11-29"),
                    "send the draft \"Response to your access request\" (or discard it), then close the case (outcome fulfilled)",
                )),
            ),
            // An opt-out goes ahead while the deletion waits for identity.
            (
                CaseProgress {
                    status: Some(AwaitingIdentity),
                    identity_asked_on: Some(d("2026-11-27")),
                    go_ahead: vec![crate::Right::OptOutOfSale],
                    ..base.clone()
                },
                dates,
                Some((
                    ActionKind::ChaseIdentity,
                    Some("2026-12-11"),
                    "if none has come; meanwhile answer opt-out-of-sale: it does not wait for identity",
                )),
            ),
            (
                CaseProgress {
                    identity_decision: None,
                    go_ahead: vec![crate::Right::Objection, crate::Right::Unsubscribe],
                    acknowledged_on: Some(d("2026-11-20")),
                    ..base.clone()
                },
                dates,
                Some((
                    ActionKind::CheckIdentity,
                    Some("2026-12-02"),
                    "(suggested: request came from the email address on file); meanwhile answer objection, unsubscribe: they do not wait",
                )),
            ),
            (
                CaseProgress { status: Some(Withdrawn), ..base.clone() },
                dates,
                Some((ActionKind::Close, Some("2026-11-29"), "outcome withdrawn")),
            ),
            (
                CaseProgress { status: Some(ResponseSent), ..base.clone() },
                dates,
                Some((ActionKind::Close, Some("2026-11-29"), "with its outcome")),
            ),
            (
                CaseProgress { status: Some(NeedsTriage), ..base.clone() },
                dates,
                Some((ActionKind::Triage, Some("2026-11-29"), "privacy request")),
            ),
            (base.clone(), ccpa, Some((ActionKind::Acknowledge, Some("2026-12-01"), "confirm receipt"))),
            (
                CaseProgress { acknowledged_on: Some(d("2026-11-20")), ..base.clone() },
                ccpa,
                Some((
                    ActionKind::Respond,
                    Some("2026-12-02"),
                    "send the response by 2026-12-02 (or take the extension",
                )),
            ),
            (
                CaseProgress {
                    status: Some(AwaitingIdentity),
                    identity_asked_on: Some(d("2026-11-17")),
                    ..base.clone()
                },
                CaseDates::default(),
                Some((
                    ActionKind::ChaseIdentity,
                    Some("2026-12-01"),
                    "identity requested 12 days ago, awaiting the answer: remind the requester on 2026-12-01 if none has come",
                )),
            ),
            (
                CaseProgress {
                    status: Some(AwaitingClarification),
                    clarification_asked_on: Some(d("2026-11-28")),
                    ..base.clone()
                },
                dates,
                Some((
                    ActionKind::ChaseClarification,
                    Some("2026-12-12"),
                    "clarification asked 1 day ago, awaiting the answer: remind the requester on 2026-12-12 if none has come",
                )),
            ),
            (
                CaseProgress { fee_requested_on: Some(d("2026-11-29")), ..base.clone() },
                dates,
                Some((
                    ActionKind::ChaseFee,
                    Some("2026-12-13"),
                    "fee requested today, awaiting payment (the request waits until it is paid): remind the requester on 2026-12-13",
                )),
            ),
            (
                CaseProgress {
                    status: Some(AwaitingIdentity),
                    identity_asked_on: Some(d("2026-11-29")),
                    ..base.clone()
                },
                CaseDates::default(),
                Some((
                    ActionKind::ChaseIdentity,
                    Some("2026-12-13"),
                    "identity requested today, awaiting the answer: remind the requester on 2026-12-13 if none has come",
                )),
            ),
            (
                CaseProgress { fee_requested_on: Some(d("2026-11-15")), ..base.clone() },
                dates,
                Some((
                    ActionKind::ChaseFee,
                    Some("2026-11-29"),
                    "fee requested 14 days ago, not paid: send a reminder",
                )),
            ),
            (
                CaseProgress { identity_decision: None, ..base.clone() },
                dates,
                Some((
                    ActionKind::CheckIdentity,
                    Some("2026-12-02"),
                    "suggested: request came from the email address on file",
                )),
            ),
            (
                CaseProgress { identity_decision: None, suggested_method: Some(IdentityMethod::None), ..base.clone() },
                dates,
                Some((ActionKind::Respond, Some("2026-12-02"), "send the response")),
            ),
            (
                CaseProgress { identity_decision: Some(O::Failed), ..base.clone() },
                dates,
                Some((ActionKind::RetryIdentity, Some("2026-12-02"), "ask for other evidence")),
            ),
            (
                base.clone(),
                CaseDates { due: Some(d("2026-11-25")), extension_notice_by: Some(d("2026-11-25")), ..dates },
                Some((ActionKind::Respond, Some("2026-11-25"), "overdue by 4 days: send the response by 2026-11-25")),
            ),
            (
                base.clone(),
                CaseDates { due: Some(d("2026-11-28")), extension_notice_by: Some(d("2026-11-28")), ..dates },
                Some((ActionKind::Respond, Some("2026-11-28"), "overdue by 1 day: send the response by 2026-11-28")),
            ),
            (
                CaseProgress { extended: true, ..base.clone() },
                dates,
                Some((ActionKind::Respond, Some("2026-12-02"), "send the response by 2026-12-02")),
            ),
        ];
        for (progress, dates, expected) in table {
            let got = next_action(&progress, &dates, today);
            match (got, expected) {
                (None, None) => {}
                (Some(a), Some((kind, by, text))) => {
                    assert_eq!(a.action, kind, "{progress:?}: {}", a.text);
                    assert_eq!(a.by, by.map(d), "{progress:?}");
                    assert!(a.text.contains(text), "{:?} lacks {text:?}", a.text);
                    assert!(!a.text.contains(" 1 days"), "{}", a.text);
                    // No reminder is asked for before its own period is over.
                    if a.by.is_some_and(|by| by > today) {
                        assert!(!a.text.contains("send a reminder"), "{}", a.text);
                    }
                    if progress.extended {
                        assert!(!a.text.contains("extension"), "{}", a.text);
                    }
                }
                (got, expected) => panic!("{progress:?}: got {got:?}, expected {expected:?}"),
            }
        }
    }
}

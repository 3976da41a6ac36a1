//! Refusals about a case's steps: identity, extensions, answers, appeals,
//! complaints and the action log.
//!
//! Dates are civil dates, codes core's enums (the window names them from its
//! tables); references, system ids, names and citations pass through as
//! written. The English of each variant is the command line's, its commands
//! included; the window says what to do in its own terms.

use casebook_core::answer::{AnswerProblem, RightOutcome};
use casebook_core::identity::{IdentityMethod, IdentityOutcome, IdentitySaid, VerificationGround};
use casebook_core::processing::action::{ActionProblem, Did};
use casebook_core::workflow::{CaseProgress, FeeGround, RefusalReason};
use casebook_core::{Channel, Regime, Right, Status};
use chrono::NaiveDate;
use serde::Serialize;

/// See [`super::ErrorSaid::Workflow`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum WorkflowSaid {
    /// An identity document of no bytes.
    #[error("the identity document is empty")]
    IdentityDocumentEmpty,

    // --- Dates of a step ---
    /// A step or action dated before the request was received.
    #[error("the date {date} is before the request was received ({received})")]
    DateBeforeReceipt {
        #[cfg_attr(feature = "ts", ts(type = "string"))]
        date: NaiveDate,
        #[cfg_attr(feature = "ts", ts(type = "string"))]
        received: NaiveDate,
    },

    // --- The case's state ---
    /// A step on a case whose status stopped its clock (closed, refused, withdrawn…).
    #[error("case {reference} is {status}: its clock has stopped")]
    ClockStopped { reference: String, status: Status },
    /// A step the workflow refuses because the case is finished.
    #[error("case {reference}: the case is {status}: no more steps can be recorded")]
    CaseFinished { reference: String, status: Status },
    /// A step on a case still to be triaged.
    #[error("case {reference}: the case needs triage first: confirm it is a request (case update --status received)")]
    StepNeedsTriage { reference: String },
    /// An answer to a right on a case still to be triaged.
    #[error("case {reference} needs triage first: confirm it is a request (case update --status received)")]
    AnswerNeedsTriage { reference: String },
    /// Identity evidence recorded as received when none was asked for.
    #[error("case {reference}: no identity evidence is awaited on this case")]
    IdentityEvidenceNotAwaited { reference: String },
    /// A clarification recorded as answered when none was asked for.
    #[error("case {reference}: no clarification is awaited on this case")]
    ClarificationNotAwaited { reference: String },
    /// An identity check recorded while the evidence asked for has not arrived.
    #[error("case {reference}: the identity evidence asked for has not been recorded as received (identity received)")]
    IdentityEvidenceNotReceived { reference: String },
    /// An action or an answer on a closed case.
    #[error("case {reference} is closed (re-open it first: case reopen {reference} --reason …)")]
    ClosedCaseNeedsReopen { reference: String },
    /// A response recorded on a complaint (or a right of a complaint answered).
    #[error("case {reference} is a complaint: answer it with `complaint answer`")]
    IsAComplaint { reference: String },
    /// A complaint's answer recorded on a request.
    #[error("case {reference}: a request is answered with `case respond`")]
    IsARequest { reference: String },

    // --- Required words ---
    /// A clarification asked for without its question.
    #[error("the clarification question is empty")]
    ClarificationQuestionEmpty,
    /// A fee asked for without its amount.
    #[error("the amount is empty")]
    FeeAmountEmpty,
    /// A refusal recorded without its reasons in words.
    #[error("the text giving the refusal's reasons is empty")]
    RefusalTextEmpty,
    /// A response recorded without saying what was sent.
    #[error("what was sent is empty")]
    WhatWasSentEmpty,
    /// A note of no words.
    #[error("the note is empty")]
    NoteEmpty,

    // --- Searches and identity before an answer ---
    /// An answer while systems of the register of processing are neither searched nor excused.
    #[error(
        "case {reference} cannot be answered yet: not searched: {} (record in the case's search log each search and its result, or why the system was not searched)",
        systems.join(", ")
    )]
    NotSearched { reference: String, systems: Vec<String> },
    /// An answer while identity is not settled on the case.
    #[error("case {reference}: {pending}")]
    IdentityPending { reference: String, pending: IdentityPending },
    /// An answer with data to a right that waits for identity, while identity is not settled.
    #[error(
        "case {reference}: {right} waits for identity: {pending}{}",
        if meanwhile.is_empty() { String::new() } else { format!("; {} can be answered meanwhile", codes(meanwhile)) }
    )]
    RightWaitsForIdentity { reference: String, right: Right, pending: IdentityPending, meanwhile: Vec<Right> },
    /// An action for a right that waits for identity, while identity is not settled.
    #[error("case {reference}: {right} waits for identity, so nothing is done for it yet: {pending}")]
    ActionWaitsForIdentity { reference: String, right: Right, pending: IdentityPending },

    // --- Extension ---
    /// An extension without the reason the person must be told.
    #[error("an extension needs its reason, which the person must be told")]
    ExtensionNeedsReason,
    /// An extension under a law that has none.
    #[error("{} has no extension in law", regime.label())]
    NoExtensionInLaw { regime: Regime },
    /// An extension notice dated after the day it was due, without a reason to record it anyway.
    #[error("the extension notice was due by {due_by} and is dated {dated}: give a reason to record it anyway")]
    ExtensionNoticeLate {
        #[cfg_attr(feature = "ts", ts(type = "string"))]
        due_by: NaiveDate,
        #[cfg_attr(feature = "ts", ts(type = "string"))]
        dated: NaiveDate,
    },
    /// A second extension on a case.
    #[error("the extension was already taken on this case")]
    ExtensionAlreadyTaken,

    // --- Acknowledgement, fee, refusal ---
    /// A second acknowledgement.
    #[error("case {reference} was already acknowledged on {on}")]
    AlreadyAcknowledged {
        reference: String,
        #[cfg_attr(feature = "ts", ts(type = "string"))]
        on: NaiveDate,
    },
    /// A fee asked for under a law that allows none.
    #[error("{} allows no fee ({citation})", regime.label())]
    NoFeeAllowed { regime: Regime, citation: String },
    /// A fee asked for on a ground the law does not allow.
    #[error("the ground '{ground}': {} allows a fee only for {} ({citation})", regime.label(), codes(allowed))]
    FeeGroundNotAllowed { ground: FeeGround, regime: Regime, allowed: Vec<FeeGround>, citation: String },
    /// A fee asked for while an earlier one is unpaid.
    #[error("a fee asked for on {asked_on} is still unpaid")]
    FeeStillUnpaid {
        #[cfg_attr(feature = "ts", ts(type = "string"))]
        asked_on: NaiveDate,
    },
    /// A fee recorded as paid when none was asked for.
    #[error("no fee is awaited on this case")]
    NoFeeAwaited,
    /// A fee paid on a day before it was asked for.
    #[error("the date {date} is before the fee was asked for ({asked_on})")]
    FeePaidBeforeAsked {
        #[cfg_attr(feature = "ts", ts(type = "string"))]
        date: NaiveDate,
        #[cfg_attr(feature = "ts", ts(type = "string"))]
        asked_on: NaiveDate,
    },
    /// A refusal on a reason the law does not accept.
    #[error("the reason '{reason}': {} accepts {} ({citation})", regime.label(), codes(accepted))]
    RefusalReasonNotAccepted { reason: RefusalReason, regime: Regime, accepted: Vec<RefusalReason>, citation: String },

    // --- A new request and its data subject ---
    /// A new request's data subject named without a relationship.
    #[error("a data subject needs a relationship to the requester")]
    SubjectNeedsRelationship,
    /// A relationship given without the data subject's name.
    #[error("a relationship needs the data subject's name")]
    RelationshipNeedsSubjectName,
    /// A date of birth given for a new request without a data subject.
    #[error("a date of birth is the data subject's: give --subject-name and --subject-relationship with it")]
    BirthDateNeedsSubject,
    /// Who took a request given for a channel other than phone or in person.
    #[error("who took the request is recorded for phone and in-person requests, not '{channel}'")]
    TakenByNotSpoken { channel: Channel },
    /// An update that empties the subject's name and sets other details of the subject.
    #[error("an empty subject name removes the data subject, so it cannot come with other --subject-* values")]
    EmptySubjectNameWithDetails,
    /// An update naming a data subject for the first time without a relationship.
    #[error(
        "a data subject needs a relationship to the requester (--subject-relationship parent|guardian|solicitor|authorised-agent|power-of-attorney|other)"
    )]
    NewSubjectNeedsRelationship,
    /// An update giving a data subject's details on a case without one.
    #[error("the case has no data subject: give --subject-name with the other --subject-* values")]
    NoSubjectForDetails,
    /// A data subject's date of birth that is not a date.
    #[error("invalid subject birth date '{text}': expected YYYY-MM-DD")]
    BirthDateMalformed { text: String },
    /// A data subject born after the request was received.
    #[error("the subject's birth date {born} is after the request was received on {received}")]
    BornAfterReceipt {
        #[cfg_attr(feature = "ts", ts(type = "string"))]
        born: NaiveDate,
        #[cfg_attr(feature = "ts", ts(type = "string"))]
        received: NaiveDate,
    },

    // --- The list and its search ---
    /// "My cases" asked of a local register, which has one user.
    #[error(
        "a local register has one user, whose cases are all of them: a member's own cases are listed on a team register (--db postgres://…)"
    )]
    MineOnLocalRegister,
    /// A search of no words.
    #[error("the search text is empty: give a name, an email address or a word")]
    SearchTextEmpty,
    /// A search text over the longest searched.
    #[error("the search text is {length} characters long; at most {max} are searched")]
    SearchTextTooLong { length: usize, max: usize },
    /// A search text without a letter or digit.
    #[error("the search text '{text}' has no letter or digit to search for")]
    SearchTextNoWord { text: String },

    // --- Each right's answer ---
    /// A right the case did not ask for.
    #[error("case {reference} did not ask for {right} (it asked for {})", codes(asked))]
    RightNotAsked { reference: String, right: Right, asked: Vec<Right> },
    /// A case closed (with an outcome) while rights are unanswered. `outcome_hint`
    /// is the command line's (its `--outcome` values), which the window does not show.
    #[error(
        "case {reference}: {} {} not answered: `casebook case answer {reference} --right {} --outcome {outcome_hint}`{}",
        codes(rights),
        if rights.len() == 1 { "is" } else { "are" },
        if rights.len() == 1 { rights[0].code() } else { "R" },
        if rights.len() == 1 { "" } else { " for each" }
    )]
    RightsUnanswered {
        reference: String,
        rights: Vec<Right>,
        #[serde(skip)]
        #[cfg_attr(feature = "ts", ts(skip))]
        outcome_hint: &'static str,
    },
    /// A correction without the reason the answer was wrong.
    #[error("correcting an answer needs the reason why it was wrong")]
    CorrectionNeedsReason,
    /// A correction on a closed case.
    #[error(
        "case {reference} is closed: re-open it first (`casebook case reopen {reference} --reason …`) to correct an answer"
    )]
    CorrectionOnClosedCase { reference: String },
    /// A correction of a right not yet answered.
    #[error(
        "case {reference}: {right} has no answer to correct: answer it (`casebook case answer {reference} --right {right} --outcome …`)"
    )]
    NoAnswerToCorrect { reference: String, right: Right },
    /// A correction that changes nothing.
    #[error("case {reference}: {right} is already recorded as {outcome} on {on}: nothing to correct")]
    NothingToCorrect {
        reference: String,
        right: Right,
        outcome: RightOutcome,
        #[cfg_attr(feature = "ts", ts(type = "string"))]
        on: NaiveDate,
    },
    /// A second answer to a right.
    #[error(
        "case {reference}: {right} was already answered on {on} ({outcome}); a right is answered once: to correct it, `casebook case answer {reference} --right {right} --outcome … --correct \"why\"`"
    )]
    AlreadyAnswered {
        reference: String,
        right: Right,
        #[cfg_attr(feature = "ts", ts(type = "string"))]
        on: NaiveDate,
        outcome: RightOutcome,
    },
    /// An exemption given with an outcome other than partly fulfilled.
    #[error("an exemption is recorded for a right partly fulfilled, not for '{outcome}'")]
    ExemptionNotForOutcome { outcome: RightOutcome },
    /// A reason given with an outcome other than refused or not applicable.
    #[error("a reason is recorded for a right refused or not applicable, not for '{outcome}'")]
    ReasonNotForOutcome { outcome: RightOutcome },
    /// A refusal ground given with an outcome other than refused.
    #[error("a refusal ground is recorded for a refused right, not for '{outcome}'")]
    GroundNotForOutcome { outcome: RightOutcome },
    /// An answer missing what its outcome needs (core's check).
    #[error("{problem}")]
    AnswerIncomplete { problem: AnswerProblem },
    /// A right answered as done while nothing done for it is recorded.
    #[error(
        "case {reference}: {right} cannot be answered as {outcome}: nothing is recorded as done for it: `casebook case action {reference} --system ID --right {right} --did {}`",
        actions.iter().map(|d| d.code()).collect::<Vec<_>>().join("|")
    )]
    NothingDoneForRight { reference: String, right: Right, outcome: RightOutcome, actions: Vec<Did> },
    /// A right refused as identity not verified although it goes ahead without identity.
    #[error("{right} is not refused for want of identity: {}", ground.label())]
    NotRefusedForIdentity { right: Right, ground: VerificationGround },
    /// A right refused as identity not verified without identity ever sought.
    #[error(
        "case {reference}: refusing {right} as identity not verified needs identity evidence asked for or a failed identity check on record (identity request / identity check)"
    )]
    IdentityRefusalUnsought { reference: String, right: Right },

    // --- Appeals (a US state's) ---
    /// An appeal under a law without an appeal to the controller.
    #[error("case {reference}: an appeal to the controller with its own clock is a US state law's; {} has none", regime.label())]
    AppealNotInLaw { reference: String, regime: Regime },
    /// An appeal before any refusal or response.
    #[error("case {reference}: an appeal answers a refusal or a response, and none is recorded yet")]
    AppealWithoutAnswer { reference: String },
    /// An appeal dated before the answer it appeals.
    #[error("the appeal on {on} is before the answer it appeals ({answered})")]
    AppealBeforeAnswer {
        #[cfg_attr(feature = "ts", ts(type = "string"))]
        on: NaiveDate,
        #[cfg_attr(feature = "ts", ts(type = "string"))]
        answered: NaiveDate,
    },
    /// A second appeal while one awaits its decision.
    #[error("case {reference}: an appeal is already awaiting its decision")]
    AppealAlreadyOpen { reference: String },
    /// A decision recorded when no appeal awaits one.
    #[error("case {reference}: no appeal is awaiting a decision")]
    NoAppealAwaiting { reference: String },
    /// A decision dated before the appeal.
    #[error("the decision on {on} is before the appeal ({appealed})")]
    DecisionBeforeAppeal {
        #[cfg_attr(feature = "ts", ts(type = "string"))]
        on: NaiveDate,
        #[cfg_attr(feature = "ts", ts(type = "string"))]
        appealed: NaiveDate,
    },

    // --- Complaints ---
    /// A complaint without the complainant's name.
    #[error("the complainant's name is empty")]
    ComplainantNameEmpty,
    /// A complaint received before DPA 2018 s.164A applied.
    #[error(
        "the complaint on {received} is before DPA 2018 s.164A applied on {in_force_from}: log it as a note on the request instead"
    )]
    ComplaintBeforeLaw {
        #[cfg_attr(feature = "ts", ts(type = "string"))]
        received: NaiveDate,
        #[cfg_attr(feature = "ts", ts(type = "string"))]
        in_force_from: NaiveDate,
    },
    /// A complaint received before the request it concerns.
    #[error(
        "the complaint on {received} is before the request it concerns ({reference}) was received on {request_received}"
    )]
    ComplaintBeforeRequest {
        #[cfg_attr(feature = "ts", ts(type = "string"))]
        received: NaiveDate,
        reference: String,
        #[cfg_attr(feature = "ts", ts(type = "string"))]
        request_received: NaiveDate,
    },
    /// A complaint about a case this register does not hold.
    #[error("no case {reference}: a complaint names a request of this register")]
    ConcernsUnknownCase { reference: String },
    /// A complaint about another complaint.
    #[error("{reference} is itself a complaint, not a request")]
    ConcernsAComplaint { reference: String },

    // --- Identity checks ---
    /// An identity decision without its rationale.
    #[error("the rationale is empty: say why, in words")]
    RationaleEmpty,
    /// The method "none" with an outcome other than "not needed".
    #[error("the method 'none' goes with the outcome 'not-needed'")]
    MethodNoneNeedsNotNeeded,
    /// The outcome "not needed" with a method other than "none".
    #[error("the outcome 'not-needed' goes with the method 'none'")]
    NotNeededNeedsMethodNone,
    /// An identity check without what was compared.
    #[error("say what was compared with what")]
    ComparedMissing,
    /// Another method than the suggested one without a reason.
    #[error(
        "the suggested method for this request is '{suggested}' ({}): give a reason for using '{method}' instead",
        reasons.iter().map(ToString::to_string).collect::<Vec<_>>().join("; ")
    )]
    OtherMethodNeedsReason { suggested: IdentityMethod, reasons: Vec<IdentitySaid>, method: IdentityMethod },
    /// An identity decision once identity is settled.
    #[error(
        "identity on case {reference} is already settled ({})",
        was.map(|o| o.label().to_lowercase()).unwrap_or_default()
    )]
    IdentityAlreadySettled { reference: String, was: Option<IdentityOutcome> },

    // --- The action log and notifications ---
    /// An action that misses what it needs (core's check).
    #[error("{problem}")]
    ActionIncomplete { problem: ActionProblem },
    /// A notification without its recipient.
    #[error("the recipient is empty")]
    RecipientEmpty,
    /// A notification on a case that asked for no rectification, erasure or restriction.
    #[error("case {reference} asked for no rectification, erasure or restriction: there is no change to notify")]
    NothingToNotify { reference: String },
    /// A notification without its right on a case that asked for several.
    #[error("the case asked for several rights: name the one notified")]
    SeveralRightsToNotify,
    /// A notification of a right recipients are not told of.
    #[error("recipients are told of a rectification, erasure or restriction, not of {right}")]
    RightNotNotified { right: Right },
    /// A recipient not in the register of processing, told without a reason.
    #[error("'{recipient}' is not a recipient in the register of processing: say why it was told")]
    RecipientUnlisted { recipient: String },
    /// An appeal decision recorded without its written reasons.
    #[error("the decision needs its written explanation of the reasons")]
    DecisionNeedsReasons,
    /// A complaint's answer recorded without its text.
    #[error("the answer needs its text: what was found and what was done")]
    ComplaintAnswerNeedsText,
}

/// Why identity is not settled on a case: evidence asked for and not
/// arrived, or the latest check failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, thiserror::Error)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum IdentityPending {
    /// Identity evidence was asked for and has not arrived.
    #[error(
        "identity evidence asked for on {asked_on} has not arrived: record it (identity received) or refuse (identity-not-verified)"
    )]
    EvidenceAwaited {
        #[cfg_attr(feature = "ts", ts(type = "string"))]
        asked_on: NaiveDate,
    },
    /// The latest identity check failed.
    #[error("the latest identity check failed: check again (identity check) or refuse (identity-not-verified)")]
    CheckFailed,
}

impl WorkflowSaid {
    /// Why identity is not settled on a case, or None when it is (or was
    /// never asked for): evidence asked for and not arrived, or the latest
    /// check failed.
    pub(crate) fn identity_pending(p: &CaseProgress) -> Option<IdentityPending> {
        if let Some(asked_on) = p.identity_asked_on {
            return Some(IdentityPending::EvidenceAwaited { asked_on });
        }
        (p.identity_decision == Some(IdentityOutcome::Failed)).then_some(IdentityPending::CheckFailed)
    }
}

/// Codes as the command line lists them: "access, erasure".
fn codes<T: std::fmt::Display>(items: &[T]) -> String {
    items.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    /// The English is the command line's, word for word (its lists, plurals and labels).
    #[test]
    fn each_refusal_says_the_command_lines_english() {
        let reference = || "DSR-2026-0007".to_string();
        let cases: Vec<(WorkflowSaid, &str)> = vec![
            (
                WorkflowSaid::RightsUnanswered {
                    reference: reference(),
                    rights: vec![Right::Access],
                    outcome_hint: "partly --exemption …",
                },
                "case DSR-2026-0007: access is not answered: `casebook case answer DSR-2026-0007 --right access --outcome partly --exemption …`",
            ),
            (
                WorkflowSaid::RightsUnanswered {
                    reference: reference(),
                    rights: vec![Right::Access, Right::Erasure],
                    outcome_hint: "fulfilled",
                },
                "case DSR-2026-0007: access, erasure are not answered: `casebook case answer DSR-2026-0007 --right R --outcome fulfilled` for each",
            ),
            (
                WorkflowSaid::RightWaitsForIdentity {
                    reference: reference(),
                    right: Right::Access,
                    pending: IdentityPending::CheckFailed,
                    meanwhile: vec![Right::OptOutOfSale],
                },
                "case DSR-2026-0007: access waits for identity: the latest identity check failed: check again (identity check) or refuse (identity-not-verified); opt-out-of-sale can be answered meanwhile",
            ),
            (
                WorkflowSaid::IdentityPending {
                    reference: reference(),
                    pending: IdentityPending::EvidenceAwaited { asked_on: day("2026-03-02") },
                },
                "case DSR-2026-0007: identity evidence asked for on 2026-03-02 has not arrived: record it (identity received) or refuse (identity-not-verified)",
            ),
            (
                WorkflowSaid::IdentityAlreadySettled { reference: reference(), was: Some(IdentityOutcome::NotNeeded) },
                "identity on case DSR-2026-0007 is already settled (no check needed)",
            ),
            (
                WorkflowSaid::FeeGroundNotAllowed {
                    ground: FeeGround::CostOfAccess,
                    regime: Regime::UkGdpr,
                    allowed: vec![FeeGround::ManifestlyUnfounded, FeeGround::FurtherCopies],
                    citation: "Art. 12(5)".into(),
                },
                "the ground 'cost-of-access': UK GDPR allows a fee only for manifestly-unfounded, further-copies (Art. 12(5))",
            ),
            (
                WorkflowSaid::NothingDoneForRight {
                    reference: reference(),
                    right: Right::Erasure,
                    outcome: RightOutcome::Fulfilled,
                    actions: vec![Did::Erased, Did::Anonymised],
                },
                "case DSR-2026-0007: erasure cannot be answered as fulfilled: nothing is recorded as done for it: `casebook case action DSR-2026-0007 --system ID --right erasure --did erased|anonymised`",
            ),
            (
                WorkflowSaid::ClosedCaseNeedsReopen { reference: reference() },
                "case DSR-2026-0007 is closed (re-open it first: case reopen DSR-2026-0007 --reason …)",
            ),
        ];
        for (said, english) in cases {
            assert_eq!(said.to_string(), english);
        }
    }

    #[test]
    fn a_refusal_serialises_its_codes_and_dates_for_the_window() {
        let said = WorkflowSaid::AlreadyAnswered {
            reference: "DSR-2026-0007".into(),
            right: Right::Erasure,
            on: day("2026-03-20"),
            outcome: RightOutcome::Refused,
        };
        assert_eq!(
            serde_json::to_value(&said).unwrap(),
            serde_json::json!({ "kind": "already-answered", "reference": "DSR-2026-0007", "right": "erasure", "on": "2026-03-20", "outcome": "refused" })
        );
    }
}

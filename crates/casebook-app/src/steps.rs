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

use casebook_core::identity::{IdentityOutcome, IdentityQuestion, Suggestion, suggest_method};
use casebook_core::workflow::{
    CaseProgress, FeeGround, RefusalReason, Step, fee_grounds, refusal_reasons, status_after,
};
use casebook_core::{Case, CaseEventKind, Channel};
use casebook_store::CaseEvent;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::{CaseView, Casebook, Error, Result, event_kind};

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

fn trimmed(s: Option<&str>) -> Option<String> {
    s.map(str::trim).filter(|s| !s.is_empty()).map(str::to_string)
}

fn required(value: &str, field: &'static str, what: &str) -> Result<String> {
    let v = value.trim();
    if v.is_empty() {
        return Err(Error::field(field, format!("{what} is empty")));
    }
    Ok(v.to_string())
}

/// The identity check Casebook suggests for a stored case.
pub(crate) fn suggestion(case: &Case) -> Suggestion {
    suggest_method(&IdentityQuestion {
        rights: &case.rights,
        channel: case.channel,
        regime: case.regime,
        on_behalf: case.data_subject.as_ref().map(|s| s.relationship),
        child: case
            .data_subject
            .as_ref()
            .and_then(|s| casebook_core::identity::child_finding(s, case.regime, &case.location, case.received)),
    })
}

/// What a case's recorded steps add up to.
pub(crate) fn progress(case: &Case, events: &[CaseEvent]) -> CaseProgress {
    let mut p = CaseProgress {
        status: Some(case.status),
        suggested_method: Some(suggestion(case).method),
        ..CaseProgress::default()
    };
    for e in events {
        let Some(kind) = event_kind(e) else { continue };
        match kind {
            CaseEventKind::Acknowledged => p.acknowledged_on = Some(e.on_date),
            CaseEventKind::IdentityRequested => p.identity_asked_on = Some(e.on_date),
            CaseEventKind::IdentityReceived => p.identity_asked_on = None,
            CaseEventKind::IdentityChecked => {
                p.identity_decision = detail_str(e, "outcome").and_then(|o| o.parse().ok());
            }
            CaseEventKind::ClarificationAsked => p.clarification_asked_on = Some(e.on_date),
            CaseEventKind::ClarificationAnswered => p.clarification_asked_on = None,
            CaseEventKind::FeeRequested => p.fee_requested_on = Some(e.on_date),
            CaseEventKind::FeePaid => p.fee_requested_on = None,
            CaseEventKind::ExtensionTaken => p.extended = true,
            _ => {}
        }
    }
    p
}

pub(crate) fn detail_str<'a>(e: &'a CaseEvent, field: &str) -> Option<&'a str> {
    e.detail.as_ref()?.get(field)?.as_str()
}

impl Casebook {
    /// Records `step` on a case: checks it against the case's status and
    /// history (`check`), against the clock (the engine), and saves it.
    pub(crate) fn record_step(
        &self,
        reference: &str,
        step: Step,
        kind: CaseEventKind,
        on: Option<NaiveDate>,
        detail: Option<serde_json::Value>,
        check: impl Fn(&Case, &CaseProgress, NaiveDate) -> Result<()>,
    ) -> Result<CaseView> {
        let id = self.case_by_ref(reference)?.id;
        // Checked and saved against the case as read: when another program
        // changed it meanwhile, the step is judged again on the new state.
        self.retry_stale(|| {
            let (mut case, seen) = self.store().case_with_version(id)?;
        if !case.status.is_open() {
            return Err(Error::Conflict(format!("case {} is {}: its clock has stopped", case.reference, case.status)));
        }
        let today = self.today()?;
        let on_date = on.unwrap_or(today);
        if on_date > today {
            return Err(Error::field("on", format!("the date {on_date} is in the future (today is {today})")));
        }
        let next =
            status_after(step, case.status).map_err(|e| Error::Conflict(format!("case {}: {e}", case.reference)))?;
        let history = self.store().events(case.id)?;
        check(&case, &progress(&case, &history), on_date)?;
        let event = CaseEvent { id: 0, kind: kind.as_str().to_string(), on_date, detail: detail.clone(), at: self.now() };
        // The engine checks the event against the others (an answer before the question…).
        let deadlines = self.deadlines_with(&case, Some(&event), today)?;
        if on_date < case.received {
            return Err(Error::field(
                "on",
                format!("the date {on_date} is before the request was received ({})", case.received),
            ));
        }
        if kind == CaseEventKind::ExtensionTaken {
            let notice_by = deadlines.extension_notice_by;
            let late = notice_by.is_some_and(|by| on_date > by);
            let overridden = event.detail.as_ref().and_then(|d| d.get("override_reason")).is_some_and(|r| !r.is_null());
            if notice_by.is_none() && deadlines.extended_due.is_none() {
                return Err(Error::Conflict(format!("{} has no extension in law", case.regime.label())));
            }
            if late && !overridden {
                return Err(Error::field(
                    "override-reason",
                    format!(
                        "the extension notice was due by {} and is dated {on_date}: give a reason to record it anyway",
                        notice_by.expect("late implies a deadline")
                    ),
                ));
            }
        }
        case.status = next;
        case.due = deadlines.due;
        let stamp = self.stamp();
        let (_, saved) = self.store().add_event_seen(&case, Some(seen), kind.as_str(), on_date, event.detail.as_ref(), stamp)?;
        self.view(saved, today)
        })
    }

    /// Identity evidence was asked for on `on`.
    pub fn request_identity(&self, reference: &str, on: NaiveDate, what: Option<&str>) -> Result<CaseView> {
        let detail = trimmed(what).map(|w| serde_json::json!({ "asked_for": w }));
        self.record_step(
            reference,
            Step::IdentityRequested,
            CaseEventKind::IdentityRequested,
            Some(on),
            detail,
            |_, _, _| Ok(()),
        )
    }

    /// Proof of an agent's authority (a signed authorisation, a power of
    /// attorney, parental responsibility) was asked for: the clock moves as
    /// for identity evidence.
    pub fn request_authority(&self, reference: &str, on: NaiveDate, what: Option<&str>) -> Result<CaseView> {
        let detail = serde_json::json!({ "asked_for": trimmed(what), "proof_of": "authority" });
        self.record_step(
            reference,
            Step::IdentityRequested,
            CaseEventKind::IdentityRequested,
            Some(on),
            Some(detail),
            |_, _, _| Ok(()),
        )
    }

    /// The evidence asked for arrived on `on`.
    pub fn receive_identity(&self, reference: &str, on: NaiveDate) -> Result<CaseView> {
        self.record_step(
            reference,
            Step::IdentityReceived,
            CaseEventKind::IdentityReceived,
            Some(on),
            None,
            |_, _, _| Ok(()),
        )
    }

    /// The DPO asked the person to clarify the request's scope.
    pub fn ask_clarification(&self, reference: &str, on: NaiveDate, question: &str) -> Result<CaseView> {
        let question = required(question, "question", "the clarification question")?;
        let detail = serde_json::json!({ "question": question });
        self.record_step(
            reference,
            Step::ClarificationAsked,
            CaseEventKind::ClarificationAsked,
            Some(on),
            Some(detail),
            |_, _, _| Ok(()),
        )
    }

    /// The person answered the clarification question.
    pub fn answer_clarification(&self, reference: &str, on: NaiveDate) -> Result<CaseView> {
        self.record_step(
            reference,
            Step::ClarificationAnswered,
            CaseEventKind::ClarificationAnswered,
            Some(on),
            None,
            |_, _, _| Ok(()),
        )
    }

    /// Takes the extension the regime allows; the person was told on `notified_on`.
    pub fn take_extension(&self, reference: &str, input: ExtensionInput) -> Result<CaseView> {
        if input.reason.trim().is_empty() {
            return Err(Error::field("reason", "an extension needs its reason, which the person must be told"));
        }
        let detail = serde_json::json!({
            "reason": input.reason.trim(),
            "notified_on": input.notified_on,
            "override_reason": trimmed(input.override_reason.as_deref()),
        });
        self.record_step(
            reference,
            Step::ExtensionTaken,
            CaseEventKind::ExtensionTaken,
            Some(input.notified_on),
            Some(detail),
            |_, p, _| {
                if p.extended {
                    return Err(Error::Conflict("the extension was already taken on this case".into()));
                }
                Ok(())
            },
        )
    }

    /// Receipt was confirmed to the requester on `on` (default today) by `channel`.
    pub fn acknowledge(&self, reference: &str, on: Option<NaiveDate>, channel: Channel) -> Result<CaseView> {
        let detail = serde_json::json!({ "channel": channel });
        self.record_step(reference, Step::Acknowledge, CaseEventKind::Acknowledged, on, Some(detail), |case, p, _| {
            match p.acknowledged_on {
                Some(d) => Err(Error::Conflict(format!("case {} was already acknowledged on {d}", case.reference))),
                None => Ok(()),
            }
        })
    }

    /// A fee was asked for, on a ground the regime allows. Under the UK GDPR
    /// the clock restarts when it is paid.
    pub fn request_fee(&self, reference: &str, input: FeeRequest) -> Result<CaseView> {
        let ground = input.ground;
        let amount = required(&input.amount, "amount", "the amount")?;
        let detail = serde_json::json!({ "ground": ground, "amount": amount });
        self.record_step(
            reference,
            Step::FeeRequested,
            CaseEventKind::FeeRequested,
            input.on,
            Some(detail),
            |case, p, _| {
                let (grounds, source) = fee_grounds(case.regime);
                if grounds.is_empty() {
                    return Err(Error::Conflict(format!("{} allows no fee ({source})", case.regime.label())));
                }
                if !grounds.contains(&ground) {
                    let codes: Vec<_> = grounds.iter().map(|g| g.code()).collect();
                    return Err(Error::field(
                        "ground",
                        format!(
                            "the ground '{ground}': {} allows a fee only for {} ({source})",
                            case.regime.label(),
                            codes.join(", ")
                        ),
                    ));
                }
                if let Some(d) = p.fee_requested_on {
                    return Err(Error::Conflict(format!("a fee asked for on {d} is still unpaid")));
                }
                Ok(())
            },
        )
    }

    /// The fee asked for was paid on `on`.
    pub fn receive_fee(&self, reference: &str, on: Option<NaiveDate>) -> Result<CaseView> {
        self.record_step(reference, Step::FeePaid, CaseEventKind::FeePaid, on, None, |_, p, on| {
            match p.fee_requested_on {
                None => Err(Error::Conflict("no fee is awaited on this case".into())),
                Some(asked) if on < asked => {
                    Err(Error::field("on", format!("the date {on} is before the fee was asked for ({asked})")))
                }
                Some(_) => Ok(()),
            }
        })
    }

    /// Refuses the request. The record names the supervisory authority the
    /// person may complain to, as the answer must.
    pub fn refuse(&self, reference: &str, input: Refusal) -> Result<CaseView> {
        let reason = input.reason;
        let text = required(&input.text, "text", "the text giving the refusal's reasons")?;
        let case = self.case_by_ref(reference)?;
        let authority = casebook_core::authority::supervisory_authority(case.regime, &case.location);
        let detail = serde_json::json!({
            "reason": reason,
            "text": text,
            "complaint_authority": authority,
            "right_to_complain": complaint_sentence(authority.as_ref()),
        });
        self.record_step(reference, Step::Refuse, CaseEventKind::Refused, input.on, Some(detail), |case, _, _| {
            let (reasons, source) = refusal_reasons(case.regime);
            if !reasons.contains(&reason) {
                let codes: Vec<_> = reasons.iter().map(|r| r.code()).collect();
                return Err(Error::field(
                    "reason",
                    format!("the reason '{reason}': {} accepts {} ({source})", case.regime.label(), codes.join(", ")),
                ));
            }
            Ok(())
        })
    }

    /// The requester withdrew the request.
    pub fn withdraw(&self, reference: &str, on: Option<NaiveDate>, how: Option<&str>) -> Result<CaseView> {
        let detail = trimmed(how).map(|h| serde_json::json!({ "how": h }));
        self.record_step(reference, Step::Withdraw, CaseEventKind::Withdrawn, on, detail, |_, _, _| Ok(()))
    }

    /// The response went out.
    pub fn respond(&self, reference: &str, input: ResponseSent) -> Result<CaseView> {
        let channel = input.channel;
        let what = required(&input.what, "what", "what was sent")?;
        let detail = serde_json::json!({ "channel": channel, "what": what });
        self.record_step(reference, Step::Respond, CaseEventKind::ResponseSent, input.on, Some(detail), |case, p, _| {
            if case.kind == casebook_core::CaseKind::Complaint {
                return Err(Error::Conflict(format!(
                    "case {} is a complaint: answer it with `complaint answer`",
                    case.reference
                )));
            }
            self.require_answerable(case, p)
        })
    }

    /// The identity check Casebook suggests for a case, and why.
    pub fn suggest_identity_check(&self, reference: &str) -> Result<Suggestion> {
        Ok(suggestion(&self.case_by_ref(reference)?))
    }
}

/// The sentence a refusal must carry (UK GDPR / GDPR Art. 12(4)).
fn complaint_sentence(authority: Option<&casebook_core::authority::Authority>) -> String {
    match authority {
        Some(a) => format!(
            "You have the right to complain to {}{}, and to seek a judicial remedy.",
            a.in_sentence("en"),
            a.website.as_deref().map(|w| format!(" ({w})")).unwrap_or_default()
        ),
        None => "You have the right to complain to the supervisory authority and to seek a judicial remedy.".into(),
    }
}

/// Whether identity decisions on a case are final (a second check is refused).
pub(crate) fn identity_settled(p: &CaseProgress) -> bool {
    matches!(p.identity_decision, Some(IdentityOutcome::Verified | IdentityOutcome::NotNeeded))
}

//! What a case's recorded steps add up to ([`progress`]): acknowledged,
//! identity evidence asked for or checked, clarification or a fee awaited,
//! the extension taken; and the identity check Casebook suggests for it.
//! Read by the steps, the answers, the next action and the case's page.

use casebook_core::identity::{IdentityQuestion, Suggestion, suggest_method};
use casebook_core::workflow::CaseProgress;
use casebook_core::{Case, CaseEventKind};
use casebook_store::CaseEvent;

use crate::event_kind;

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
            CaseEventKind::AppealReceived => p.appeal_open_since = Some(e.on_date),
            CaseEventKind::AppealDecided => p.appeal_open_since = None,
            _ => {}
        }
    }
    p
}

pub(crate) fn detail_str<'a>(e: &'a CaseEvent, field: &str) -> Option<&'a str> {
    e.detail.as_ref()?.get(field)?.as_str()
}

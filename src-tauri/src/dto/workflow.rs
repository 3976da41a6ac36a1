//! The steps that work a case beyond the clock (acknowledgement, identity
//! checks, fees, refusal, withdrawal, response) and what the case page needs
//! to offer them: the suggested identity check, the fee grounds and refusal
//! reasons the case's law allows, the authority a refusal must name.

use casebook_app as app;
use casebook_core as core;
use casebook_core::identity::{IdentityMethod, IdentityOutcome};
use casebook_core::workflow::{ActionKind, FeeGround, RefusalReason};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{civil_opt, code_text};

/// What a case needs next, by when, in the engine's words.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NextActionDto {
    pub action: ActionKind,
    pub by: Option<String>,
    pub text: String,
}

impl From<core::workflow::NextAction> for NextActionDto {
    fn from(n: core::workflow::NextAction) -> Self {
        NextActionDto { action: n.action, by: civil_opt(n.by), text: n.text }
    }
}

/// One line of the dashboard's "next actions".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CaseNextActionDto {
    pub reference: String,
    pub requester_name: String,
    pub due: Option<String>,
    pub next: NextActionDto,
}

/// The first of the next actions, soonest first, and how many there are in
/// all (the dashboard shows a few; 100,000 cases would make a large answer).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NextActionsDto {
    pub actions: Vec<CaseNextActionDto>,
    pub total: u32,
}

impl From<app::CaseNextAction> for CaseNextActionDto {
    fn from(c: app::CaseNextAction) -> Self {
        CaseNextActionDto {
            reference: c.reference,
            requester_name: c.requester_name,
            due: civil_opt(c.due),
            next: c.next.into(),
        }
    }
}

/// The proportionate identity check for a request, and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct IdentitySuggestionDto {
    pub method: IdentityMethod,
    pub needs_check: bool,
    pub reasons: Vec<String>,
}

impl From<core::identity::Suggestion> for IdentitySuggestionDto {
    fn from(s: core::identity::Suggestion) -> Self {
        IdentitySuggestionDto { method: s.method, needs_check: s.needs_check, reasons: s.reasons }
    }
}

/// The supervisory authority a refused person may complain to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AuthorityDto {
    pub name: String,
    pub address: Option<String>,
    pub website: Option<String>,
}

impl From<core::authority::Authority> for AuthorityDto {
    fn from(a: core::authority::Authority) -> Self {
        AuthorityDto { name: a.name, address: a.address, website: a.website }
    }
}

/// An identity check as the DPO records it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct IdentityCheckDto {
    pub method: IdentityMethod,
    pub outcome: IdentityOutcome,
    /// What was compared with what.
    #[ts(optional)]
    pub compared: Option<String>,
    pub rationale: String,
    /// `YYYY-MM-DD`.
    pub on: String,
    /// Why another method than the suggested one was used.
    #[ts(optional)]
    pub override_reason: Option<String>,
}

impl From<IdentityCheckDto> for app::IdentityCheckInput {
    fn from(c: IdentityCheckDto) -> Self {
        app::IdentityCheckInput {
            method: code_text(c.method),
            compared: c.compared,
            outcome: code_text(c.outcome),
            rationale: c.rationale,
            decided_by: None,
            on: Some(c.on),
            override_reason: c.override_reason,
        }
    }
}

/// Asking for a fee.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FeeRequestDto {
    pub on: String,
    pub ground: FeeGround,
    /// As written to the person ("£10").
    pub amount: String,
}

impl From<FeeRequestDto> for app::FeeRequest {
    fn from(f: FeeRequestDto) -> Self {
        app::FeeRequest { on: Some(f.on), ground: code_text(f.ground), amount: f.amount }
    }
}

/// Refusing a request.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RefusalDto {
    pub on: String,
    pub reason: RefusalReason,
    /// The reasons in words, as the person is told them.
    pub text: String,
}

impl From<RefusalDto> for app::Refusal {
    fn from(r: RefusalDto) -> Self {
        app::Refusal { on: Some(r.on), reason: code_text(r.reason), text: r.text }
    }
}

/// The response going out.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ResponseDto {
    pub on: String,
    pub channel: super::Channel,
    /// What was sent.
    pub what: String,
}

impl From<ResponseDto> for app::ResponseSent {
    fn from(r: ResponseDto) -> Self {
        app::ResponseSent { on: Some(r.on), channel: code_text(r.channel), what: r.what }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refusal_travels_as_the_cli_flags_would() {
        let dto: RefusalDto = serde_json::from_str(
            r#"{"on":"2026-11-20","reason":"manifestly-excessive","text":"the fourth copy this month"}"#,
        )
        .unwrap();
        let r: app::Refusal = dto.into();
        assert_eq!((r.on.as_deref(), r.reason.as_str()), (Some("2026-11-20"), "manifestly-excessive"));
    }
}

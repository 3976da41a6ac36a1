//! Identity checks: the per-case record of how identity (or an agent's
//! authority) was established, and the identity documents kept for it.
//!
//! A check is a case event (`identity-checked`) whose detail is the record:
//! method, what was compared with what, outcome, who decided, when, why, and
//! the method Casebook suggested (with the DPO's reason when another was used).

use casebook_core::identity::{IdentityMethod, IdentityOutcome};
use casebook_core::workflow::Step;
use casebook_core::{CaseEventKind, Status};
use casebook_store::{DocumentRef, NewDocument};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use casebook_store::{CaseRegister, IntakeRegister, LetterRegister};

use crate::case_progress::{detail_str, suggestion};
use crate::input::non_empty;
use crate::lifecycle;
use crate::steps::{StepBook, identity_settled, record_step};
use crate::{Error, RegisterSaid, Result, WorkflowSaid, event_kind};

/// An identity check as the DPO records it (checked by [`Casebook::check_identity`]).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "ts", ts(optional_fields))]
pub struct IdentityCheckInput {
    pub method: IdentityMethod,
    /// What was compared with what ("email sender vs. address on the account").
    pub compared: Option<String>,
    pub outcome: IdentityOutcome,
    pub rationale: String,
    /// Default: the person running Casebook.
    pub decided_by: Option<String>,
    /// Default today.
    #[serde(default, deserialize_with = "crate::day::on")]
    pub on: Option<NaiveDate>,
    /// Why another method than the suggested one was used.
    pub override_reason: Option<String>,
}

/// A recorded identity check.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IdentityCheck {
    pub reference: String,
    pub method: IdentityMethod,
    pub compared: Option<String>,
    pub outcome: IdentityOutcome,
    pub decided_by: String,
    pub decided_on: NaiveDate,
    pub rationale: String,
    pub suggested_method: IdentityMethod,
    pub override_reason: Option<String>,
    pub recorded_at: DateTime<Utc>,
    /// The case's status after the check.
    pub status: Option<Status>,
}

/// An identity document of a case: held, or deleted with its hash kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct IdentityDocument {
    pub document_id: i64,
    pub sha256: String,
    pub file_name: Option<String>,
    pub size: i64,
    pub held: bool,
    pub deleted_on: Option<NaiveDate>,
}

/// Records an identity decision. Refused when identity was already settled
/// (verified or not needed), when evidence asked for has not been recorded
/// as received, or when another method than the suggested one is used
/// without a reason.
pub(crate) fn check_identity<B: StepBook + ?Sized>(
    book: &B,
    reference: &str,
    input: IdentityCheckInput,
) -> Result<IdentityCheck> {
    let (method, outcome) = (input.method, input.outcome);
    let rationale = non_empty(Some(&input.rationale))
        .ok_or_else(|| Error::refused_in("rationale", WorkflowSaid::RationaleEmpty))?;
    let compared = non_empty(input.compared.as_deref());
    match (method == IdentityMethod::None, outcome == IdentityOutcome::NotNeeded) {
        (true, false) => {
            return Err(Error::refused_in("method", WorkflowSaid::MethodNoneNeedsNotNeeded));
        }
        (false, true) => {
            return Err(Error::refused_in("outcome", WorkflowSaid::NotNeededNeedsMethodNone));
        }
        _ => {}
    }
    if compared.is_none() && outcome != IdentityOutcome::NotNeeded {
        return Err(Error::refused_in("compared", WorkflowSaid::ComparedMissing));
    }
    let override_reason = non_empty(input.override_reason.as_deref());
    let case = lifecycle::case(&mut *book.register(), reference)?;
    let suggested = suggestion(&case);
    if method != suggested.method && override_reason.is_none() {
        return Err(Error::refused_in(
            "override-reason",
            WorkflowSaid::OtherMethodNeedsReason { suggested: suggested.method, reasons: suggested.said, method },
        ));
    }
    let decided_by = non_empty(input.decided_by.as_deref()).unwrap_or_else(|| book.actor().to_string());
    let detail = serde_json::json!({
        "method": method,
        "compared": compared,
        "outcome": outcome,
        "decided_by": decided_by,
        "rationale": rationale,
        "suggested_method": suggested.method,
        "override_reason": override_reason,
    });
    let view = record_step(
        book,
        reference,
        Step::IdentityChecked(outcome),
        CaseEventKind::IdentityChecked,
        input.on,
        Some(detail),
        |case, p, _| {
            if identity_settled(p) {
                return Err(Error::conflicting(WorkflowSaid::IdentityAlreadySettled {
                    reference: case.reference.to_string(),
                    was: p.identity_decision,
                }));
            }
            Ok(())
        },
    )?;
    let mut checks = identity_checks(book, &view.case.reference.to_string())?;
    let mut last = checks.pop().expect("the check just recorded");
    last.status = Some(view.case.status);
    Ok(last)
}

/// Every identity check on a case, oldest first.
pub(crate) fn identity_checks<B: StepBook + ?Sized>(book: &B, reference: &str) -> Result<Vec<IdentityCheck>> {
    let case = lifecycle::case(&mut *book.register(), reference)?;
    let events = book.register().events(case.id)?;
    Ok(events
        .iter()
        .filter(|e| event_kind(e) == Some(CaseEventKind::IdentityChecked))
        .filter_map(|e| {
            let d = e.detail.as_ref()?;
            let s = |f: &str| detail_str(e, f).map(str::to_string);
            Some(IdentityCheck {
                reference: case.reference.to_string(),
                method: s("method")?.parse().ok()?,
                compared: s("compared"),
                outcome: s("outcome")?.parse().ok()?,
                decided_by: s("decided_by").unwrap_or_default(),
                decided_on: e.on_date,
                rationale: s("rationale").unwrap_or_default(),
                suggested_method: d.get("suggested_method")?.as_str()?.parse().ok()?,
                override_reason: s("override_reason"),
                recorded_at: e.at,
                status: None,
            })
        })
        .collect())
}

/// Files an identity document (a scan of a passport, a bill) on a case,
/// in one transaction with its audit entry. It is deleted once the
/// retention period after the decision has passed (see
/// [`Casebook::apply_retention`]); its hash stays on the case. Refused when
/// empty, or on a closed case.
pub(crate) fn attach_identity_document<B: StepBook + ?Sized>(
    book: &B,
    reference: &str,
    bytes: &[u8],
    file_name: Option<&str>,
    content_type: Option<&str>,
) -> Result<DocumentRef>
where
    B::Register: IntakeRegister,
{
    if bytes.is_empty() {
        return Err(Error::refused(WorkflowSaid::IdentityDocumentEmpty));
    }
    let case = lifecycle::case(&mut *book.register(), reference)?;
    if case.status == Status::Closed {
        return Err(Error::conflicting(RegisterSaid::CaseClosed { reference: case.reference.to_string() }));
    }
    let doc = NewDocument { bytes, content_type, role: "identity", file_name };
    let stamp = book.stamp();
    Ok(book.register().attach_document(case.id, &doc, stamp)?)
}

/// The identity documents of a case: those held, then those deleted (by
/// their recorded hash).
pub(crate) fn identity_documents<B: StepBook + ?Sized>(book: &B, reference: &str) -> Result<Vec<IdentityDocument>>
where
    B::Register: IntakeRegister,
{
    let case = lifecycle::case(&mut *book.register(), reference)?;
    let mut register = book.register();
    let mut docs: Vec<IdentityDocument> = register
        .documents(case.id)?
        .into_iter()
        .filter(|d| d.role == "identity")
        .map(|d| IdentityDocument {
            document_id: d.id,
            sha256: d.sha256,
            file_name: d.file_name,
            size: d.size,
            held: true,
            deleted_on: None,
        })
        .collect();
    let events = register.events(case.id)?;
    for e in events.iter().filter(|e| event_kind(e) == Some(CaseEventKind::IdentityDocumentDeleted)) {
        let Some(d) = e.detail.as_ref() else { continue };
        docs.push(IdentityDocument {
            document_id: d.get("document_id").and_then(|v| v.as_i64()).unwrap_or_default(),
            sha256: detail_str(e, "sha256").unwrap_or_default().to_string(),
            file_name: detail_str(e, "file_name").map(str::to_string),
            size: d.get("size").and_then(|v| v.as_i64()).unwrap_or_default(),
            held: false,
            deleted_on: Some(e.on_date),
        });
    }
    Ok(docs)
}

/// How many days identity documents are kept after the identity decision
/// (the retention policy, a setting of either register).
pub(crate) fn identity_document_days<B: StepBook + ?Sized>(book: &B) -> Result<u32> {
    let policy: Option<crate::RetentionPolicy> =
        lifecycle::setting(&mut *book.register(), crate::document_retention::KEY)?;
    Ok(policy.unwrap_or_default().identity_document_days)
}

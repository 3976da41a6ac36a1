//! The steps on a case beyond the clock ones in `cases`: acknowledgement,
//! proof of authority, identity checks, fees, refusal, withdrawal, response.
//! Each is one façade call; the case's page comes back as it now stands.

use tauri::State;

use crate::Register;
use crate::commands::cases::detail_after;
use crate::dto::case::CaseDetail;
use crate::dto::workflow::{FeeRequestDto, IdentityCheckDto, RefusalDto, ResponseDto};
use crate::dto::{Channel, code_text};
use crate::error::IpcError;

fn blank_is_none(s: Option<String>) -> Option<String> {
    s.filter(|s| !s.trim().is_empty())
}

pub async fn acknowledge(
    register: State<'_, Register>,
    reference: String,
    on: String,
    channel: Channel,
) -> Result<CaseDetail, IpcError> {
    detail_after(register, move |book| book.acknowledge(&reference, Some(&on), &code_text(channel))).await
}

/// Proof of an agent's authority asked for: the clock moves as for identity evidence.
pub async fn request_authority(
    register: State<'_, Register>,
    reference: String,
    on: String,
    what: Option<String>,
) -> Result<CaseDetail, IpcError> {
    let what = blank_is_none(what);
    detail_after(register, move |book| book.request_authority(&reference, &on, what.as_deref())).await
}

/// Records an identity decision, then returns the case's page.
pub async fn check_identity(
    register: State<'_, Register>,
    reference: String,
    check: IdentityCheckDto,
) -> Result<CaseDetail, IpcError> {
    detail_after(register, move |book| {
        let recorded = book.check_identity(&reference, check.into())?;
        book.case(&recorded.reference, book.today()?)
    })
    .await
}

pub async fn request_fee(
    register: State<'_, Register>,
    reference: String,
    fee: FeeRequestDto,
) -> Result<CaseDetail, IpcError> {
    detail_after(register, move |book| book.request_fee(&reference, fee.into())).await
}

pub async fn receive_fee(register: State<'_, Register>, reference: String, on: String) -> Result<CaseDetail, IpcError> {
    detail_after(register, move |book| book.receive_fee(&reference, Some(&on))).await
}

pub async fn refuse(
    register: State<'_, Register>,
    reference: String,
    refusal: RefusalDto,
) -> Result<CaseDetail, IpcError> {
    detail_after(register, move |book| book.refuse(&reference, refusal.into())).await
}

pub async fn withdraw(
    register: State<'_, Register>,
    reference: String,
    on: String,
    how: Option<String>,
) -> Result<CaseDetail, IpcError> {
    let how = blank_is_none(how);
    detail_after(register, move |book| book.withdraw(&reference, Some(&on), how.as_deref())).await
}

pub async fn respond(
    register: State<'_, Register>,
    reference: String,
    response: ResponseDto,
) -> Result<CaseDetail, IpcError> {
    detail_after(register, move |book| book.respond(&reference, response.into())).await
}

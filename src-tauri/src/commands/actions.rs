//! What a case page records beyond its steps: the action log (what was done
//! in each system, the recipients told), re-opening a closed case, a US state
//! appeal and its decision, and complaints to the controller.

use casebook_app::NewComplaint;
use tauri::State;

use super::cases::detail_after;
use crate::dto::actions::{ActionInputDto, ActionLogDto, NotifiedDto, NotifyInputDto};
use crate::dto::case::{CaseDetail, NewComplaintDto};
use crate::error::IpcError;
use crate::{Register, off_main_thread};

pub async fn action_log(register: State<'_, Register>, reference: String) -> Result<ActionLogDto, IpcError> {
    let casebook = register.casebook()?;
    off_main_thread(move || Ok(casebook.action_log(&reference)?.into())).await
}

pub async fn record_action(
    register: State<'_, Register>,
    reference: String,
    action: ActionInputDto,
) -> Result<ActionLogDto, IpcError> {
    let casebook = register.casebook()?;
    off_main_thread(move || Ok(casebook.record_action(&reference, action.into_app())?.into())).await
}

/// Each right of the case on its own: its date, whether it waits for identity, its answer.
pub async fn right_status(
    register: State<'_, Register>,
    reference: String,
) -> Result<Vec<casebook_app::RightState>, IpcError> {
    let casebook = register.casebook()?;
    off_main_thread(move || Ok(casebook.right_status(&reference)?)).await
}

/// Records one right's answer, after the façade's checks.
pub async fn answer_right(
    register: State<'_, Register>,
    reference: String,
    answer: casebook_app::AnswerInput,
) -> Result<CaseDetail, IpcError> {
    detail_after(register, move |book| book.answer_right(&reference, answer)).await
}

pub async fn record_notification(
    register: State<'_, Register>,
    reference: String,
    notification: NotifyInputDto,
) -> Result<NotifiedDto, IpcError> {
    let casebook = register.casebook()?;
    off_main_thread(move || Ok(casebook.record_notification(&reference, notification.into_app())?.into())).await
}

pub async fn reopen_case(
    register: State<'_, Register>,
    reference: String,
    reason: String,
) -> Result<CaseDetail, IpcError> {
    detail_after(register, move |book| book.reopen_case(&reference, &reason)).await
}

pub async fn record_appeal(
    register: State<'_, Register>,
    reference: String,
    on: String,
) -> Result<CaseDetail, IpcError> {
    detail_after(register, move |book| book.record_appeal(&reference, &on)).await
}

pub async fn decide_appeal(
    register: State<'_, Register>,
    reference: String,
    outcome: String,
    text: String,
    on: String,
) -> Result<CaseDetail, IpcError> {
    detail_after(register, move |book| book.decide_appeal(&reference, &outcome, &text, &on)).await
}

pub async fn log_complaint(register: State<'_, Register>, complaint: NewComplaintDto) -> Result<CaseDetail, IpcError> {
    let input: NewComplaint = complaint.into();
    detail_after(register, move |book| book.log_complaint(input)).await
}

pub async fn answer_complaint(
    register: State<'_, Register>,
    reference: String,
    outcome: String,
    text: String,
    on: Option<String>,
) -> Result<CaseDetail, IpcError> {
    detail_after(register, move |book| book.answer_complaint(&reference, &outcome, &text, on.as_deref())).await
}

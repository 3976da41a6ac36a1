//! What a case page records beyond its steps: the action log (what was done
//! in each system, the recipients told), re-opening a closed case, a US state
//! appeal and its decision, and complaints to the controller.

use casebook_app::{ActionInput, ActionLog, CaseView, NewComplaint, Notified, NotifyInput};
use tauri::State;

use super::cases::detail_after;
use crate::error::IpcError;
use crate::{Register, off_main_thread};

pub async fn action_log(register: State<'_, Register>, reference: String) -> Result<ActionLog, IpcError> {
    let casebook = register.casebook()?;
    off_main_thread(move || Ok(casebook.action_log(&reference)?)).await
}

pub async fn record_action(
    register: State<'_, Register>,
    reference: String,
    action: ActionInput,
) -> Result<ActionLog, IpcError> {
    // `by` is the person running Casebook, never the window's.
    let action = ActionInput { by: None, ..action };
    let casebook = register.casebook()?;
    off_main_thread(move || Ok(casebook.record_action(&reference, action)?)).await
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
) -> Result<CaseView, IpcError> {
    detail_after(register, move |book| book.answer_right(&reference, answer)).await
}

/// Corrects one right's recorded answer with why; the façade keeps the earlier one.
pub async fn correct_right_answer(
    register: State<'_, Register>,
    reference: String,
    answer: casebook_app::AnswerInput,
    reason: String,
) -> Result<CaseView, IpcError> {
    // `by` is the person running Casebook, never the window's.
    let answer = casebook_app::AnswerInput { by: None, ..answer };
    detail_after(register, move |book| book.correct_right_answer(&reference, answer, &reason)).await
}

pub async fn record_notification(
    register: State<'_, Register>,
    reference: String,
    notification: NotifyInput,
) -> Result<Notified, IpcError> {
    let notification = NotifyInput { by: None, ..notification };
    let casebook = register.casebook()?;
    off_main_thread(move || Ok(casebook.record_notification(&reference, notification)?)).await
}

pub async fn reopen_case(
    register: State<'_, Register>,
    reference: String,
    reason: String,
) -> Result<CaseView, IpcError> {
    detail_after(register, move |book| book.reopen_case(&reference, &reason)).await
}

pub async fn record_appeal(register: State<'_, Register>, reference: String, on: String) -> Result<CaseView, IpcError> {
    detail_after(register, move |book| book.record_appeal(&reference, &on)).await
}

pub async fn decide_appeal(
    register: State<'_, Register>,
    reference: String,
    outcome: String,
    text: String,
    on: String,
) -> Result<CaseView, IpcError> {
    detail_after(register, move |book| book.decide_appeal(&reference, &outcome, &text, &on)).await
}

pub async fn log_complaint(register: State<'_, Register>, complaint: NewComplaint) -> Result<CaseView, IpcError> {
    detail_after(register, move |book| book.log_complaint(complaint)).await
}

pub async fn answer_complaint(
    register: State<'_, Register>,
    reference: String,
    outcome: String,
    text: String,
    on: Option<String>,
) -> Result<CaseView, IpcError> {
    detail_after(register, move |book| book.answer_complaint(&reference, &outcome, &text, on.as_deref())).await
}

//! A case's page, the new-case form, the steps on a case, and the dashboard.

use casebook_app::Casebook;
use std::sync::Arc;
use tauri::State;

use crate::dto::case::{CaseDetail, ExtensionDto, NewRequestDto, NoteDto, TimelineEntryDto};
use crate::dto::dashboard::{DashboardDto, MonthStatsDto};
use crate::dto::workflow::NextActionsDto;
use crate::dto::{Outcome, Status, civil};
use crate::error::IpcError;
use crate::{Register, off_main_thread};

/// Runs `work` on the register and returns the case's page as it now stands.
pub(crate) async fn detail_after(
    register: State<'_, Register>,
    work: impl FnOnce(&Casebook) -> Result<casebook_app::CaseView, casebook_app::Error> + Send + 'static,
) -> Result<CaseDetail, IpcError> {
    let casebook: Arc<Casebook> = register.casebook()?;
    off_main_thread(move || {
        let view = work(&casebook)?;
        Ok(CaseDetail::new(view, casebook.today()?))
    })
    .await
}

/// The organisation's civil date, which deadlines are counted in (forms default to it).
pub async fn today(register: State<'_, Register>) -> Result<String, IpcError> {
    let casebook = register.casebook()?;
    off_main_thread(move || Ok(civil(casebook.today()?))).await
}

pub async fn case_detail(register: State<'_, Register>, reference: String) -> Result<CaseDetail, IpcError> {
    detail_after(register, move |book| book.case(&reference, book.today()?)).await
}

pub async fn case_timeline(
    register: State<'_, Register>,
    reference: String,
) -> Result<Vec<TimelineEntryDto>, IpcError> {
    let casebook = register.casebook()?;
    off_main_thread(move || Ok(casebook.timeline(&reference)?.into_iter().map(Into::into).collect())).await
}

pub async fn log_request(register: State<'_, Register>, request: NewRequestDto) -> Result<CaseDetail, IpcError> {
    detail_after(register, move |book| book.log_request(request.into_app())).await
}

pub async fn add_note(register: State<'_, Register>, reference: String, text: String) -> Result<NoteDto, IpcError> {
    let casebook = register.casebook()?;
    off_main_thread(move || Ok(casebook.add_note(&reference, &text)?.into())).await
}

pub async fn request_identity(
    register: State<'_, Register>,
    reference: String,
    on: String,
    what: Option<String>,
) -> Result<CaseDetail, IpcError> {
    let what = what.filter(|w| !w.trim().is_empty());
    detail_after(register, move |book| book.request_identity(&reference, &on, what.as_deref())).await
}

pub async fn receive_identity(
    register: State<'_, Register>,
    reference: String,
    on: String,
) -> Result<CaseDetail, IpcError> {
    detail_after(register, move |book| book.receive_identity(&reference, &on)).await
}

pub async fn ask_clarification(
    register: State<'_, Register>,
    reference: String,
    on: String,
    question: String,
) -> Result<CaseDetail, IpcError> {
    detail_after(register, move |book| book.ask_clarification(&reference, &on, &question)).await
}

pub async fn answer_clarification(
    register: State<'_, Register>,
    reference: String,
    on: String,
) -> Result<CaseDetail, IpcError> {
    detail_after(register, move |book| book.answer_clarification(&reference, &on)).await
}

pub async fn take_extension(
    register: State<'_, Register>,
    reference: String,
    extension: ExtensionDto,
) -> Result<CaseDetail, IpcError> {
    detail_after(register, move |book| book.take_extension(&reference, extension.into())).await
}

pub async fn update_status(
    register: State<'_, Register>,
    reference: String,
    status: Status,
) -> Result<CaseDetail, IpcError> {
    let update = casebook_app::CaseUpdate { status: Some(status.to_string()), ..Default::default() };
    detail_after(register, move |book| book.update_case(&reference, update)).await
}

pub async fn close_case(
    register: State<'_, Register>,
    reference: String,
    outcome: Outcome,
    on: Option<String>,
) -> Result<CaseDetail, IpcError> {
    let on = on.filter(|d| !d.trim().is_empty());
    detail_after(register, move |book| book.close_case(&reference, outcome.code(), on.as_deref())).await
}

pub async fn dashboard(register: State<'_, Register>) -> Result<DashboardDto, IpcError> {
    let casebook = register.casebook()?;
    off_main_thread(move || Ok(casebook.dashboard(casebook.today()?)?.into())).await
}

/// Requests per month by right and answers on time, for the dashboard's charts.
pub async fn monthly_stats(register: State<'_, Register>) -> Result<Vec<MonthStatsDto>, IpcError> {
    let casebook = register.casebook()?;
    off_main_thread(move || Ok(casebook.monthly_stats(casebook.today()?)?.into_iter().map(Into::into).collect())).await
}

/// What every case not yet closed needs next, soonest first.
pub async fn next_actions(register: State<'_, Register>, limit: u32) -> Result<NextActionsDto, IpcError> {
    let casebook = register.casebook()?;
    off_main_thread(move || {
        let all = casebook.next_actions(casebook.today()?)?;
        let total = all.len() as u32;
        let shown = NextActionsDto { actions: all.into_iter().take(limit as usize).map(Into::into).collect(), total };
        // Walking every open case (24,400 on the benchmark register) leaves
        // tens of MB in the allocator's free lists; hand them back.
        crate::give_back_memory();
        Ok(shown)
    })
    .await
}

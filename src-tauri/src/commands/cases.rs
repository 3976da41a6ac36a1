//! A case's page, the new-case form, the steps on a case (acknowledge, identity,
//! fee, refusal, response…), its imported data and redactions, and the dashboard.

use std::sync::Arc;

use casebook_app::{
    CaseNextAction, CaseView, Casebook, ExtensionInput, FeeRequest, IdentityCheckInput, NewRequest, Refusal,
    ResponseSent, TimelineEntry,
};
use casebook_core::Note;
use serde::Serialize;
use tauri::{AppHandle, State};

use super::dialogs::pick_file;
use crate::dto::data::{CaseDataDto, DataFileDto, DataImportRequest, RedactionDto, RedactionInputDto};
use crate::dto::{Channel, Outcome, Status, civil, code_text};
use crate::error::IpcError;
use crate::{Register, off_main_thread};

/// Runs `work` on the register and returns the case's page as it now stands.
pub(crate) async fn detail_after(
    register: State<'_, Register>,
    work: impl FnOnce(&Casebook) -> Result<CaseView, casebook_app::Error> + Send + 'static,
) -> Result<CaseView, IpcError> {
    let casebook: Arc<Casebook> = register.casebook()?;
    off_main_thread(move || Ok(work(&casebook)?)).await
}

/// The organisation's civil date, which deadlines are counted in (forms default to it).
pub async fn today(register: State<'_, Register>) -> Result<String, IpcError> {
    let casebook = register.casebook()?;
    off_main_thread(move || Ok(civil(casebook.today()?))).await
}

pub async fn case_detail(register: State<'_, Register>, reference: String) -> Result<CaseView, IpcError> {
    detail_after(register, move |book| book.case(&reference, book.today()?)).await
}

pub async fn case_timeline(register: State<'_, Register>, reference: String) -> Result<Vec<TimelineEntry>, IpcError> {
    let casebook = register.casebook()?;
    off_main_thread(move || Ok(casebook.timeline(&reference)?)).await
}

pub async fn log_request(register: State<'_, Register>, request: NewRequest) -> Result<CaseView, IpcError> {
    detail_after(register, move |book| book.log_request(request)).await
}

pub async fn add_note(register: State<'_, Register>, reference: String, text: String) -> Result<Note, IpcError> {
    let casebook = register.casebook()?;
    off_main_thread(move || Ok(casebook.add_note(&reference, &text)?)).await
}

pub async fn request_identity(
    register: State<'_, Register>,
    reference: String,
    on: String,
    what: Option<String>,
) -> Result<CaseView, IpcError> {
    let what = what.filter(|w| !w.trim().is_empty());
    detail_after(register, move |book| book.request_identity(&reference, &on, what.as_deref())).await
}

pub async fn receive_identity(
    register: State<'_, Register>,
    reference: String,
    on: String,
) -> Result<CaseView, IpcError> {
    detail_after(register, move |book| book.receive_identity(&reference, &on)).await
}

pub async fn ask_clarification(
    register: State<'_, Register>,
    reference: String,
    on: String,
    question: String,
) -> Result<CaseView, IpcError> {
    detail_after(register, move |book| book.ask_clarification(&reference, &on, &question)).await
}

pub async fn answer_clarification(
    register: State<'_, Register>,
    reference: String,
    on: String,
) -> Result<CaseView, IpcError> {
    detail_after(register, move |book| book.answer_clarification(&reference, &on)).await
}

pub async fn take_extension(
    register: State<'_, Register>,
    reference: String,
    extension: ExtensionInput,
) -> Result<CaseView, IpcError> {
    detail_after(register, move |book| book.take_extension(&reference, extension)).await
}

pub async fn update_status(
    register: State<'_, Register>,
    reference: String,
    status: Status,
) -> Result<CaseView, IpcError> {
    let update = casebook_app::CaseUpdate { status: Some(status.to_string()), ..Default::default() };
    detail_after(register, move |book| book.update_case(&reference, update)).await
}

/// The requester's and the data subject's details, through the façade's `update_case` as the CLI's
/// `case update`; nothing else of the case changes.
pub async fn update_people(
    register: State<'_, Register>,
    reference: String,
    update: casebook_app::PeopleUpdate,
) -> Result<CaseView, IpcError> {
    detail_after(register, move |book| book.update_case(&reference, update.into())).await
}

pub async fn close_case(
    register: State<'_, Register>,
    reference: String,
    outcome: Outcome,
    on: Option<String>,
) -> Result<CaseView, IpcError> {
    let on = on.filter(|d| !d.trim().is_empty());
    detail_after(register, move |book| book.close_case(&reference, outcome.code(), on.as_deref())).await
}

/// The first of the next actions, soonest first, and how many there are in
/// all (the dashboard shows a few; 100,000 cases would make a large answer).
#[derive(Debug, Serialize, ts_rs::TS)]
pub struct NextActions {
    pub actions: Vec<CaseNextAction>,
    pub total: u32,
}

/// What every case not yet closed needs next, soonest first.
pub async fn next_actions(register: State<'_, Register>, limit: u32) -> Result<NextActions, IpcError> {
    let casebook = register.casebook()?;
    off_main_thread(move || {
        let all = casebook.next_actions(casebook.today()?)?;
        let total = all.len() as u32;
        let shown = NextActions { actions: all.into_iter().take(limit as usize).collect(), total };
        // Walking every open case (24,400 on the benchmark register) leaves
        // tens of MB in the allocator's free lists; hand them back.
        crate::give_back_memory();
        Ok(shown)
    })
    .await
}

// ---- steps ----
// The steps on a case beyond the clock ones in `cases`: acknowledgement,
// proof of authority, identity checks, fees, refusal, withdrawal, response.
// Each is one façade call; the case's page comes back as it now stands.

fn blank_is_none(s: Option<String>) -> Option<String> {
    s.filter(|s| !s.trim().is_empty())
}

pub async fn acknowledge(
    register: State<'_, Register>,
    reference: String,
    on: String,
    channel: Channel,
) -> Result<CaseView, IpcError> {
    detail_after(register, move |book| book.acknowledge(&reference, Some(&on), &code_text(channel))).await
}

/// Proof of an agent's authority asked for: the clock moves as for identity evidence.
pub async fn request_authority(
    register: State<'_, Register>,
    reference: String,
    on: String,
    what: Option<String>,
) -> Result<CaseView, IpcError> {
    let what = blank_is_none(what);
    detail_after(register, move |book| book.request_authority(&reference, &on, what.as_deref())).await
}

/// Records an identity decision, then returns the case's page.
pub async fn check_identity(
    register: State<'_, Register>,
    reference: String,
    check: IdentityCheckInput,
) -> Result<CaseView, IpcError> {
    // Decided by the person running Casebook, never by what the window says.
    let check = IdentityCheckInput { decided_by: None, ..check };
    detail_after(register, move |book| {
        let recorded = book.check_identity(&reference, check)?;
        book.case(&recorded.reference, book.today()?)
    })
    .await
}

pub async fn request_fee(
    register: State<'_, Register>,
    reference: String,
    fee: FeeRequest,
) -> Result<CaseView, IpcError> {
    detail_after(register, move |book| book.request_fee(&reference, fee)).await
}

pub async fn receive_fee(register: State<'_, Register>, reference: String, on: String) -> Result<CaseView, IpcError> {
    detail_after(register, move |book| book.receive_fee(&reference, Some(&on))).await
}

pub async fn refuse(register: State<'_, Register>, reference: String, refusal: Refusal) -> Result<CaseView, IpcError> {
    detail_after(register, move |book| book.refuse(&reference, refusal)).await
}

pub async fn withdraw(
    register: State<'_, Register>,
    reference: String,
    on: String,
    how: Option<String>,
) -> Result<CaseView, IpcError> {
    let how = blank_is_none(how);
    detail_after(register, move |book| book.withdraw(&reference, Some(&on), how.as_deref())).await
}

pub async fn respond(
    register: State<'_, Register>,
    reference: String,
    response: ResponseSent,
) -> Result<CaseView, IpcError> {
    detail_after(register, move |book| book.respond(&reference, response)).await
}

// ---- data ----
// The person's data on a case: importing a system's export (picked in the
// native dialog and read here), a page of the records kept, and redacting.

/// The most records one page may ask for.
const MAX_PAGE: u32 = 500;

/// Asks for a CSV or JSON export and imports it onto the case, all or
/// nothing; `None` when the dialog is cancelled.
pub async fn import_case_data(
    app: AppHandle,
    register: State<'_, Register>,
    request: DataImportRequest,
) -> Result<Option<DataFileDto>, IpcError> {
    let casebook = register.casebook()?;
    off_main_thread(move || {
        let picked = pick_file(&app, "Import a system's export", ("Export (.csv, .json)", &["csv", "json"]))?;
        let Some(path) = picked else { return Ok(None) };
        Ok(Some(casebook.import_data(&request.into_app(path))?.into()))
    })
    .await
}

/// The case's files, `limit` records from `offset`, and its redactions.
pub async fn case_data(
    register: State<'_, Register>,
    reference: String,
    limit: u32,
    offset: u32,
) -> Result<CaseDataDto, IpcError> {
    let casebook = register.casebook()?;
    off_main_thread(move || casebook.case_data(&reference, limit.clamp(1, MAX_PAGE), offset)?.try_into()).await
}

pub async fn redact_data(
    register: State<'_, Register>,
    reference: String,
    redaction: RedactionInputDto,
) -> Result<RedactionDto, IpcError> {
    let casebook = register.casebook()?;
    off_main_thread(move || casebook.redact_data(&redaction.into_app(reference))?.try_into()).await
}

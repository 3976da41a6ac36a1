//! Complaints to the controller (UK DPA 2018 s.164A, in force 2026-06-19): a
//! case of its own kind, linked to the request it concerns where there is
//! one; acknowledged within 30 days, then answered without undue delay.
//! Written once for both back ends against [`StepBook`]: a complaint is
//! logged, worked and answered the same on a local and on a team register.

use casebook_core::{
    CaseKind, Channel, ComplaintOutcome, Language, Location, NewCase, Reference, Regime, Requester, Status,
};
use casebook_store::CaseRegister;
use serde::{Deserialize, Serialize};

use chrono::NaiveDate;

use crate::input::{non_empty, parse_emails};
use crate::steps::StepBook;
use crate::{CaseView, Casebook, Error, RegisterSaid, Result, WorkflowSaid, parse_reference};

/// A complaint as the DPO gives it (`casebook complaint new`, the case
/// page's "record a complaint"): its channel, day and place already core's
/// types, as [`crate::NewRequest`]'s are.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "ts", ts(optional_fields))]
pub struct NewComplaint {
    pub requester_name: String,
    pub requester_emails: Vec<String>,
    pub requester_address: Option<String>,
    #[serde(deserialize_with = "crate::code::channel")]
    pub channel: Channel,
    /// `YYYY-MM-DD`: the day the complaint reached the organisation.
    #[serde(deserialize_with = "crate::day::received")]
    pub received: NaiveDate,
    /// The reference of the request the complaint is about, if any.
    pub concerns: Option<String>,
    /// A UK location (default the organisation's).
    #[serde(default, deserialize_with = "crate::code::location")]
    #[cfg_attr(feature = "ts", ts(as = "Option<String>"))]
    pub location: Option<Location>,
    #[serde(default, deserialize_with = "crate::code::language")]
    pub language: Option<Language>,
    /// What the person complains about, in the DPO's words (kept as a note).
    pub summary: Option<String>,
}

/// Logs a complaint to the controller and returns it with its reference and
/// its acknowledgement date; written once for both back ends against
/// [`StepBook`].
pub(crate) fn log_complaint<B: StepBook + ?Sized>(book: &B, input: NewComplaint) -> Result<CaseView> {
    let rules = book.rules()?;
    let org = rules.organisation.as_ref().ok_or(Error::NotInitialised)?;
    let name = input.requester_name.trim().to_string();
    if name.is_empty() {
        return Err(Error::refused_in("requester-name", WorkflowSaid::ComplainantNameEmpty));
    }
    let received = input.received;
    let today = rules.today;
    if received > today {
        return Err(Error::refused_in("received", RegisterSaid::DateInFuture { date: received, today }));
    }
    let rule = casebook_core::deadline::law::UK_COMPLAINTS;
    if received < rule.in_force_from {
        return Err(Error::refused_in(
            "received",
            WorkflowSaid::ComplaintBeforeLaw { received, in_force_from: rule.in_force_from },
        ));
    }
    let location = input.location.unwrap_or_else(|| org.default_location.clone());
    let concerns = match non_empty(input.concerns) {
        None => None,
        Some(r) => Some(concerned_request(book, &r, received)?),
    };
    let new = NewCase {
        kind: CaseKind::Complaint,
        concerns,
        requester: Requester {
            name,
            emails: parse_emails(&input.requester_emails)?,
            postal_address: non_empty(input.requester_address),
            phone: None,
            customer_ids: Vec::new(),
            date_of_birth: None,
        },
        data_subject: None,
        subject_category: None,
        channel: input.channel,
        received,
        received_at: None,
        rights: Vec::new(),
        regime: Regime::UkGdpr,
        location,
        language: input.language.map(|l| l.to_string()),
        status: Status::Received,
        intake: None,
    };
    // The s.164A rule checks the location and the date (in force from 2026-06-19).
    let due = crate::dates::statutory_due(&new, &rules.policy, &rules.calendars, today)?;
    let notes: Vec<String> = non_empty(input.summary).into_iter().collect();
    let case = book.register().log_case(&new, due, &notes, book.stamp())?;
    book.view_with(case, &rules)
}

/// The request of this register a complaint received on `received` is
/// about, by its reference `r`: a request, not a complaint, received before.
fn concerned_request<B: StepBook + ?Sized>(book: &B, r: &str, received: NaiveDate) -> Result<Reference> {
    let reference = parse_reference(r)?;
    let request = crate::lifecycle::case(&mut *book.register(), r).map_err(|_| {
        Error::refused_in("concerns", WorkflowSaid::ConcernsUnknownCase { reference: reference.to_string() })
    })?;
    if request.kind == CaseKind::Complaint {
        return Err(Error::refused_in(
            "concerns",
            WorkflowSaid::ConcernsAComplaint { reference: reference.to_string() },
        ));
    }
    if received < request.received {
        return Err(Error::refused_in(
            "received",
            WorkflowSaid::ComplaintBeforeRequest {
                received,
                reference: reference.to_string(),
                request_received: request.received,
            },
        ));
    }
    Ok(reference)
}

/// The complaint was answered on `on`: its outcome and what was said.
pub(crate) fn answer_complaint<B: StepBook + ?Sized>(
    book: &B,
    reference: &str,
    outcome: ComplaintOutcome,
    text: &str,
    on: Option<NaiveDate>,
) -> Result<CaseView> {
    let text = crate::input::required_text(text, crate::WorkflowSaid::ComplaintAnswerNeedsText)?;
    let case = crate::lifecycle::case(&mut *book.register(), reference)?;
    if case.kind != CaseKind::Complaint {
        return Err(Error::conflicting(WorkflowSaid::IsARequest { reference: case.reference.to_string() }));
    }
    let detail = serde_json::json!({ "outcome": outcome, "text": text });
    crate::steps::record_step(
        book,
        reference,
        casebook_core::workflow::Step::Respond,
        casebook_core::CaseEventKind::ComplaintAnswered,
        on,
        Some(detail),
        |_, _, _| Ok(()),
    )
}

impl Casebook {
    /// Logs a complaint to the controller and returns it with its reference and
    /// its acknowledgement date.
    pub fn log_complaint(&self, input: NewComplaint) -> Result<CaseView> {
        log_complaint(self, input)
    }

    /// The complaint was answered on `on`: its outcome and what was said.
    pub fn answer_complaint(
        &self,
        reference: &str,
        outcome: ComplaintOutcome,
        text: &str,
        on: Option<NaiveDate>,
    ) -> Result<CaseView> {
        answer_complaint(self, reference, outcome, text, on)
    }
}

//! Complaints to the controller (UK DPA 2018 s.164A, in force 2026-06-19): a
//! case of its own kind, linked to the request it concerns where there is
//! one; acknowledged within 30 days, then answered without undue delay.

use casebook_core::{CaseKind, Channel, ComplaintOutcome, Language, Location, NewCase, Regime, Requester, Status};
use casebook_store::CaseRegister;
use serde::{Deserialize, Serialize};

use chrono::NaiveDate;

use crate::input::{non_empty, parse_emails};
use crate::{CaseView, Casebook, Error, Result, parse_reference};

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

impl Casebook {
    /// Logs a complaint to the controller and returns it with its reference and
    /// its acknowledgement date.
    pub fn log_complaint(&self, input: NewComplaint) -> Result<CaseView> {
        let org = self.require_organisation()?;
        let name = input.requester_name.trim().to_string();
        if name.is_empty() {
            return Err(Error::field("requester-name", "the complainant's name is empty"));
        }
        let received = input.received;
        let today = self.today()?;
        if received > today {
            return Err(Error::field("received", format!("the date {received} is in the future (today is {today})")));
        }
        let rule = casebook_core::deadline::law::UK_COMPLAINTS;
        if received < rule.in_force_from {
            return Err(complaint_before(
                received,
                format!("DPA 2018 s.164A applied on {}: log it as a note on the request instead", rule.in_force_from),
            ));
        }
        let location = input.location.unwrap_or_else(|| org.default_location.clone());
        let concerns = match non_empty(input.concerns) {
            None => None,
            Some(r) => {
                let reference = parse_reference(&r)?;
                let request = self.case_by_ref(&r).map_err(|_| {
                    Error::field(
                        "concerns",
                        format!("no case {reference}: a complaint names a request of this register"),
                    )
                })?;
                if request.kind == CaseKind::Complaint {
                    return Err(Error::field("concerns", format!("{reference} is itself a complaint, not a request")));
                }
                if received < request.received {
                    return Err(complaint_before(
                        received,
                        format!("the request it concerns ({reference}) was received on {}", request.received),
                    ));
                }
                Some(reference)
            }
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
        let due = self.statutory_due(&new, today)?;
        let notes: Vec<String> = non_empty(input.summary).into_iter().collect();
        let stamp = self.stamp();
        let case = self.store().log_case(&new, due, &notes, stamp)?;
        self.view(case, today)
    }

    /// The complaint was answered on `on`: its outcome and what was said.
    pub fn answer_complaint(
        &self,
        reference: &str,
        outcome: ComplaintOutcome,
        text: &str,
        on: Option<chrono::NaiveDate>,
    ) -> Result<CaseView> {
        let text = crate::input::required_text(text, "the answer needs its text: what was found and what was done")?;
        let case = self.case_by_ref(reference)?;
        if case.kind != CaseKind::Complaint {
            return Err(Error::Conflict(format!("case {}: a request is answered with `case respond`", case.reference)));
        }
        let detail = serde_json::json!({ "outcome": outcome, "text": text });
        crate::steps::record_step(
            self,
            reference,
            casebook_core::workflow::Step::Respond,
            casebook_core::CaseEventKind::ComplaintAnswered,
            on,
            Some(detail),
            |_, _, _| Ok(()),
        )
    }
}

/// A complaint's receipt refused as too early: before `what`.
fn complaint_before(received: chrono::NaiveDate, what: String) -> Error {
    Error::field("received", format!("the complaint on {received} is before {what}"))
}

//! Requests that arrive on paper (or by phone, or in person), logged by the
//! DPO with the scans of the letter as evidence.

use casebook_core::classify::extract_details;
use casebook_core::{Channel, Language, Location, NewCase, Regime, Requester, Right, Status};
use casebook_intake::language::classify_request;
use casebook_store::{Correspondence, IncomingMessage, IntakeRegister, NewDocument};
use serde::{Deserialize, Serialize};

use chrono::NaiveDate;

use crate::steps::StepBook;
use crate::{CaseView, DocumentsSaid, Error, RegisterSaid, Result};

/// Largest scan accepted (a multi-page colour scan stays well under it).
pub const MAX_SCAN_BYTES: usize = 50 * 1024 * 1024;

/// A scan of the letter: its file name (metadata only) and bytes.
#[derive(Debug, Clone)]
pub struct Scan {
    pub file_name: String,
    pub bytes: Vec<u8>,
}

/// A posted letter as the DPO logs it (`casebook letter log`): its dates
/// and codes already core's types, as [`crate::NewRequest`]'s are.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PostedLetter {
    pub requester_name: String,
    pub requester_emails: Vec<String>,
    pub requester_address: Option<String>,
    /// The day it was delivered to the organisation; the clock starts here.
    #[serde(deserialize_with = "crate::day::received")]
    pub received: NaiveDate,
    /// The postmark, recorded but not used for the dates.
    #[serde(default, deserialize_with = "crate::day::postmark")]
    pub postmark: Option<NaiveDate>,
    /// The letter's text, typed or pasted; classified like an email when no right is given.
    pub text: Option<String>,
    /// Rights asked for (primary first); found from the text when empty.
    #[serde(deserialize_with = "crate::code::rights")]
    pub rights: Vec<Right>,
    #[serde(default, deserialize_with = "crate::code::regime")]
    pub regime: Option<Regime>,
    #[serde(default, deserialize_with = "crate::code::location")]
    pub location: Option<Location>,
    /// Default: the language the text is recognised to be in.
    #[serde(default, deserialize_with = "crate::code::language")]
    pub language: Option<Language>,
}

fn scan_type(scan: &Scan) -> Result<&'static str> {
    let b = &scan.bytes;
    if b.len() > MAX_SCAN_BYTES {
        return Err(Error::refused(DocumentsSaid::ScanTooLarge {
            file_name: scan.file_name.clone(),
            limit_mb: (MAX_SCAN_BYTES / 1024 / 1024) as u64,
        }));
    }
    if b.starts_with(b"%PDF-") {
        Ok("application/pdf")
    } else if b.starts_with(b"\x89PNG\r\n\x1a\n") {
        Ok("image/png")
    } else if b.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Ok("image/jpeg")
    } else {
        Err(Error::refused(DocumentsSaid::ScanNotPdfOrImage { file_name: scan.file_name.clone() }))
    }
}

/// The rights a posted letter asks for: those given, else those its text
/// is recognised to ask for (refused when none is).
fn posted_rights(
    given: Vec<Right>,
    classification: Option<&casebook_core::classify::Classification>,
) -> Result<Vec<Right>> {
    if !given.is_empty() {
        return crate::input::checked_rights(given);
    }
    let found: Vec<Right> = classification.iter().flat_map(|c| c.rights.iter().map(|m| m.right)).collect();
    if found.is_empty() {
        return Err(Error::refused_in("right", DocumentsSaid::PostedLetterNoRight));
    }
    crate::input::checked_rights(found)
}

/// The letter's record: its first scan as the original (or its text when
/// there is no scan), the other scans beside it, dated noon of the day it came.
fn letter_record<'a>(
    scans: &'a [Scan],
    types: &[&'static str],
    text: Option<&str>,
    text_bytes: &'a [u8],
    received: chrono::NaiveDate,
) -> IncomingMessage<'a> {
    // The letter's record: its first scan as the original (or its text
    // when there is no scan), the other scans beside it.
    let mut docs: Vec<NewDocument<'_>> = scans
        .iter()
        .zip(types)
        .map(|(s, t)| NewDocument {
            bytes: &s.bytes,
            content_type: Some(t),
            role: "scan",
            file_name: Some(&s.file_name),
        })
        .collect();
    let original = if docs.is_empty() {
        NewDocument {
            bytes: text_bytes,
            content_type: Some("text/plain; charset=utf-8"),
            role: "evidence",
            file_name: None,
        }
    } else {
        docs.remove(0)
    };
    let at = received.and_hms_opt(12, 0, 0).expect("noon exists").and_utc();
    IncomingMessage {
        correspondence: Correspondence {
            id: 0,
            direction: "in".into(),
            channel: Channel::Letter.code().into(),
            at,
            subject: None,
            body_text: text.map(str::to_string),
            message_id: None,
            sha256: None,
        },
        original,
        attachments: docs,
    }
}

/// Logs a letter received by post as a new case, with its scans kept as
/// evidence, in one transaction (on either register: a scan refused, or
/// any write failing, leaves nothing).
pub(crate) fn log_letter<B: StepBook + ?Sized>(book: &B, input: PostedLetter, scans: &[Scan]) -> Result<CaseView>
where
    B::Register: IntakeRegister,
{
    let rules = book.rules()?;
    let org = rules.organisation.clone().ok_or(Error::NotInitialised)?;
    let today = rules.today;
    let mut input = input;
    let words = [Some(&mut input.requester_name), input.requester_address.as_mut(), input.text.as_mut()];
    words.into_iter().flatten().for_each(crate::input::without_nul);
    let text = input.text.as_deref().map(str::trim).filter(|t| !t.is_empty());
    if text.is_none() && scans.is_empty() {
        return Err(Error::refused_in("letter-text", DocumentsSaid::PostedLetterEmpty));
    }
    let types = scans.iter().map(scan_type).collect::<Result<Vec<_>>>()?;
    let received = input.received;
    if received > today {
        return Err(Error::refused(RegisterSaid::ReceivedInFuture { received, today }));
    }
    let postmark = input.postmark;
    if let Some(p) = postmark.filter(|p| *p > received) {
        return Err(Error::refused(DocumentsSaid::PostmarkAfterReceipt { postmark: p, received }));
    }
    let name = input.requester_name.trim().to_string();
    if name.is_empty() {
        return Err(Error::refused_in("requester-name", RegisterSaid::RequesterNameEmpty));
    }

    let classification = text.map(|t| classify_request("", t));
    let details = text.map(extract_details).unwrap_or_default();
    let rights = posted_rights(input.rights, classification.as_ref())?;
    let emails = input
        .requester_emails
        .iter()
        .map(|e| {
            let e = e.trim();
            crate::input::looks_like_email(e)
                .then(|| e.to_string())
                .ok_or_else(|| Error::refused(RegisterSaid::InvalidEmail { email: e.to_string() }))
        })
        .collect::<Result<Vec<_>>>()?;
    let new = NewCase {
        kind: casebook_core::CaseKind::Request,
        concerns: None,
        requester: Requester {
            name,
            emails,
            postal_address: input.requester_address.filter(|a| !a.trim().is_empty()).or(details.postal_address),
            phone: details.phone,
            customer_ids: details.customer_ids,
            date_of_birth: details.date_of_birth,
        },
        data_subject: None,
        subject_category: None,
        channel: Channel::Letter,
        received,
        received_at: None,
        rights,
        regime: input.regime.unwrap_or(org.default_regime),
        location: input.location.unwrap_or_else(|| org.default_location.clone()),
        // A case's language is the bare ISO 639-1 code ("pt", not "pt-BR"): letter templates exist per language.
        language: input.language.map(|l| l.to_string()).or_else(|| {
            classification.as_ref().and_then(|c| c.language.as_deref()?.split('-').next().map(str::to_string))
        }),
        status: Status::Received,
        intake: Some(serde_json::json!({
            "postmark": postmark,
            "scans": scans.len(),
            "classification": classification,
        })),
    };
    let due = crate::dates::statutory_due(&new, &rules.policy, &rules.calendars, today)?;

    let text_bytes = text.unwrap_or_default().as_bytes();
    let message = letter_record(scans, &types, text, text_bytes, received);
    let mut notes = Vec::new();
    if let Some(p) = postmark {
        notes.push(format!("letter postmarked {p}, delivered {received}"));
    }
    let stamp = book.stamp();
    let case = book.register().open_case_from_message(&new, due, &message, &notes, stamp)?;
    book.view_with(case, &rules)
}

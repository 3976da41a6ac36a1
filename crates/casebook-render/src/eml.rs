//! The `.eml` draft: an RFC 5322 message from the DPO to the requester with
//! the letter's text as the body and its PDF attached, for the DPO to open in
//! a mail client, check and send. Built with mail-builder (MIME structure,
//! header encoding of non-ASCII names, base64); the Date, the Message-ID and
//! the MIME boundary are set here so the renderer never reads the clock.

use mail_builder::MessageBuilder;
use mail_builder::headers::content_type::ContentType;
use mail_builder::headers::raw::Raw;
use mail_builder::mime::MimePart;
use sha2::{Digest, Sha256};

use crate::{Error, LetterInput};

/// The draft's bytes and its Message-ID (without angle brackets), which the
/// case records so a reply threads back to it.
pub(crate) fn draft(
    input: &LetterInput<'_>,
    title: &str,
    text: &str,
    pdf: &[u8],
    file_name: &str,
) -> Result<(Vec<u8>, String), Error> {
    let org = input.organisation;
    let from = org.dpo_email.trim();
    if from.is_empty() {
        return Err(Error::Email(NoEml::NoDpoEmail));
    }
    let Some(to) = input.case.requester.emails.first() else {
        return Err(Error::Email(NoEml::NoRequesterEmail { reference: input.case.reference.clone() }));
    };
    let hash: String = Sha256::digest(pdf).iter().take(8).map(|b| format!("{b:02x}")).collect();
    let domain = from.rsplit_once('@').map(|(_, d)| d).unwrap_or("casebook.invalid");
    let message_id = format!("{}.{}.{hash}@{domain}", input.case.reference, input.kind.code());
    let from_name =
        if org.dpo_name.trim().is_empty() { org.name.trim().to_string() } else { org.dpo_name.trim().to_string() };
    let to_name = input.case.requester.name.split_whitespace().collect::<Vec<_>>().join(" ");
    // The reference in brackets lets a reply be filed on the right case even
    // when the mail client drops In-Reply-To.
    let subject = format!("[{}] {}", input.case.reference, title);
    let body = MimePart::new(
        ContentType::new("multipart/mixed").attribute("boundary", format!("casebook-{hash}")),
        vec![
            MimePart::new("text/plain", text),
            MimePart::new("application/pdf", pdf).attachment(file_name.to_string()),
        ],
    );
    let bytes = MessageBuilder::new()
        .from((from_name, from.to_string()))
        .to((to_name, to.clone()))
        .subject(subject)
        .message_id(message_id.clone())
        .date(input.created_at.timestamp())
        // Outlook opens a message with this header as a draft to send.
        .header("X-Unsent", Raw::new("1"))
        .body(body)
        .write_to_vec()
        .map_err(|e| Error::Email(NoEml::NotWritten { detail: e.to_string() }))?;
    Ok((bytes, message_id))
}

/// Why a letter has no `.eml` draft, as facts (`Display` is the English).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, thiserror::Error)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum NoEml {
    /// The organisation profile has no DPO e-mail address to send from.
    #[error("no .eml draft: the organisation profile has no DPO email (casebook init --dpo-email)")]
    NoDpoEmail,
    /// The case has no e-mail address for the requester.
    #[error("no .eml draft: case {reference} has no email address for the requester")]
    NoRequesterEmail { reference: String },
    /// The message could not be written (`detail`: the mail builder's words).
    #[error("cannot write the .eml draft: {detail}")]
    NotWritten { detail: String },
}

//! Outlook `.msg` files (OLE compound documents), through `msg_parser`.

use std::cell::Cell;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Once;

use chrono::{DateTime, Utc};
use mail_parser::MessageParser;

use crate::html::{html_to_text, sanitise_html};
use crate::sniff::OLE_SIGNATURE;
use crate::{Attachment, IntakeError, MAX_ATTACHMENT_BYTES, Mailbox, ParsedMessage, ReceivedSource, sha256_hex};

thread_local! {
    /// Set while a panic is expected and caught: the hook then prints nothing.
    static QUIET: Cell<bool> = const { Cell::new(false) };
}

/// Runs `f`, turning a panic into an `Err` without the panic message and
/// backtrace on stderr (a refused file is reported as such, once). Other
/// threads' panics, and ours outside `f`, still reach the previous hook.
fn quietly<T>(f: impl FnOnce() -> T) -> std::thread::Result<T> {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !QUIET.with(Cell::get) {
                previous(info);
            }
        }));
    });
    QUIET.with(|q| q.set(true));
    let result = catch_unwind(AssertUnwindSafe(f));
    QUIET.with(|q| q.set(false));
    result
}

/// Checks the compound file's structure with `cfb` before `msg_parser`
/// reads it. msg_parser believes a stream's declared size: it allocates
/// that many bytes and scans them, so a 9.7 KB file declaring a stream of
/// gigabytes took 0.2 s of CPU in release and over a minute in the fuzzer's
/// build. No stream of a real file is larger than the file that holds it.
fn check_streams(bytes: &[u8]) -> Result<(), IntakeError> {
    let file = cfb::CompoundFile::open(std::io::Cursor::new(bytes))
        .map_err(|e| IntakeError::MsgUnreadable(e.to_string().to_lowercase()))?;
    let whole = bytes.len() as u64;
    match file.walk().find(|entry| entry.is_stream() && entry.len() > whole) {
        Some(entry) => Err(IntakeError::MsgUnreadable(format!(
            "its stream {} claims {} bytes, more than the whole file's {whole}",
            entry.path().display(),
            entry.len()
        ))),
        None => Ok(()),
    }
}

/// Parses an Outlook `.msg`. The transport headers stored in it (when the
/// message came from outside) give the ids and the `Received:` time, exactly
/// as for an `.eml`; without them the delivery time is used.
pub fn parse_msg(bytes: &[u8]) -> Result<ParsedMessage, IntakeError> {
    if bytes.is_empty() {
        return Err(IntakeError::Empty);
    }
    if !bytes.starts_with(OLE_SIGNATURE) {
        return Err(IntakeError::NotMsg("missing OLE signature".into()));
    }
    // msg_parser is young and indexes into the file's tables; a panic on a
    // hostile file must become an error for that file, not end the import
    // (cfb's check runs under the same guard).
    quietly(|| check_streams(bytes)).map_err(|_| IntakeError::MsgUnreadable("its structure is broken".into()))??;
    let outlook = quietly(|| msg_parser::Outlook::from_slice(bytes))
        .map_err(|_| IntakeError::MsgUnreadable("its structure is broken".into()))?
        .map_err(|e| IntakeError::MsgUnreadable(e.to_string().to_lowercase()))?;

    let headers = outlook.headers.raw.as_bytes();
    let parsed = (!headers.is_empty()).then(|| MessageParser::default().parse_headers(headers)).flatten();
    let id_list = |value: &mail_parser::HeaderValue| -> Vec<String> {
        match value {
            mail_parser::HeaderValue::Text(t) => vec![t.to_string()],
            mail_parser::HeaderValue::TextList(l) => l.iter().map(|t| t.to_string()).collect(),
            _ => Vec::new(),
        }
    };
    let clean = |id: String| id.trim().trim_start_matches('<').trim_end_matches('>').to_string();
    let utc = |d: &mail_parser::DateTime| d.is_valid().then(|| DateTime::from_timestamp(d.to_timestamp(), 0)).flatten();

    let (message_id, mut in_reply_to, received, date_header) = match &parsed {
        Some(m) => (
            m.message_id().map(|s| clean(s.to_string())),
            id_list(m.in_reply_to()).into_iter().chain(id_list(m.references())).map(clean).collect::<Vec<_>>(),
            m.received_all().find_map(|r| r.date.as_ref().and_then(utc)),
            m.date().and_then(utc),
        ),
        None => (None, Vec::new(), None, None),
    };
    in_reply_to.dedup();
    let rfc3339 = |s: &str| DateTime::parse_from_rfc3339(s).ok().map(|d| d.with_timezone(&Utc));
    let date_header = date_header.or_else(|| rfc3339(&outlook.client_submit_time));
    let received_at = received
        .map(|d| (d, ReceivedSource::ReceivedHeader))
        .or_else(|| rfc3339(&outlook.message_delivery_time).map(|d| (d, ReceivedSource::MsgDeliveryTime)))
        .or_else(|| date_header.map(|d| (d, ReceivedSource::DateHeader)));

    let person = |name: &str, email: &str| {
        let email = email.trim();
        (!email.is_empty()).then(|| Mailbox {
            name: Some(name.trim().to_string()).filter(|n| !n.is_empty()),
            address: email.to_string(),
        })
    };
    let mut attachments = Vec::new();
    for a in &outlook.attachments {
        let name = [&a.long_file_name, &a.file_name, &a.display_name].into_iter().find(|n| !n.is_empty()).cloned();
        if a.payload_bytes.len() > MAX_ATTACHMENT_BYTES {
            return Err(IntakeError::AttachmentTooLarge {
                name: name.map_or_else(|| "(unnamed)".into(), |n| format!("'{n}'")),
                size: a.payload_bytes.len(),
                limit: MAX_ATTACHMENT_BYTES,
            });
        }
        let content_type = if a.mime_tag.is_empty() {
            "application/octet-stream".to_string()
        } else {
            a.mime_tag.to_ascii_lowercase()
        };
        attachments.push(Attachment {
            file_name: name,
            content_type,
            sha256: sha256_hex(&a.payload_bytes),
            bytes: a.payload_bytes.clone(),
        });
    }
    let html = Some(outlook.html.as_str()).filter(|h| !h.trim().is_empty());
    let text_body =
        if outlook.body.trim().is_empty() { html.map(html_to_text).unwrap_or_default() } else { outlook.body.clone() };
    Ok(ParsedMessage {
        raw: bytes.to_vec(),
        sha256: sha256_hex(bytes),
        message_id: message_id.filter(|id| !id.is_empty()),
        in_reply_to,
        subject: outlook.subject.trim().to_string(),
        from: person(&outlook.sender.name, &outlook.sender.email),
        reply_to: parsed
            .as_ref()
            .and_then(|m| m.reply_to())
            .and_then(|a| a.first())
            .and_then(|a| person(a.name().unwrap_or(""), a.address().unwrap_or(""))),
        to: outlook.to.iter().filter_map(|p| person(&p.name, &p.email)).collect(),
        date_header,
        received_at,
        text_body,
        html_body_sanitised: html.map(sanitise_html),
        attachments,
    })
}

//! Single RFC 5322 messages (`.eml`), through mail-parser.

use chrono::{DateTime, Utc};
use mail_parser::{Address, HeaderValue, MessageParser, MimeHeaders, PartType};

use crate::html::{html_to_text, sanitise_html};
use crate::sniff::{check_header_block, strip_bom};
use crate::{Attachment, IntakeError, MAX_ATTACHMENT_BYTES, Mailbox, ParsedMessage, ReceivedSource, sha256_hex};

/// Parses one email. Refuses what is not an email (an image, a PDF, random
/// bytes, an empty file), a message cut off inside its headers, and
/// attachments over [`MAX_ATTACHMENT_BYTES`].
pub fn parse_eml(bytes: &[u8]) -> Result<ParsedMessage, IntakeError> {
    parse_eml_with_limit(bytes, MAX_ATTACHMENT_BYTES)
}

/// [`parse_eml`] with another attachment size limit, in bytes.
pub fn parse_eml_with_limit(bytes: &[u8], attachment_limit: usize) -> Result<ParsedMessage, IntakeError> {
    check_header_block(bytes)?;
    let content = skip_mbox_separator(strip_bom(bytes));
    let message = MessageParser::default()
        .parse(content)
        .ok_or_else(|| IntakeError::NotAnEmail("no header lines found".into()))?;

    let mut text_parts = Vec::new();
    let mut html_parts = Vec::new();
    for part in message.text_bodies() {
        if let PartType::Text(text) = &part.body {
            text_parts.push(text.as_ref());
        }
    }
    for part in message.html_bodies() {
        if let PartType::Html(html) = &part.body {
            html_parts.push(html.as_ref());
        }
    }
    let html = (!html_parts.is_empty()).then(|| html_parts.join("\n"));
    let text_body = if text_parts.is_empty() {
        html.as_deref().map(html_to_text).unwrap_or_default()
    } else {
        text_parts.join("\n")
    };

    let mut attachments = Vec::new();
    for part in message.attachments() {
        let bytes = part.contents();
        let file_name = part.attachment_name().map(str::to_string);
        if bytes.len() > attachment_limit {
            return Err(IntakeError::AttachmentTooLarge {
                name: file_name.map_or_else(|| "(unnamed)".to_string(), |n| format!("'{n}'")),
                size: bytes.len(),
                limit: attachment_limit,
            });
        }
        let content_type = part
            .content_type()
            .map(|ct| match ct.subtype() {
                Some(sub) => format!("{}/{}", ct.ctype(), sub),
                None => ct.ctype().to_string(),
            })
            .unwrap_or_else(|| {
                if matches!(part.body, PartType::Message(_)) {
                    "message/rfc822".into()
                } else {
                    "application/octet-stream".into()
                }
            })
            .to_ascii_lowercase();
        attachments.push(Attachment { file_name, content_type, sha256: sha256_hex(bytes), bytes: bytes.to_vec() });
    }

    let date_header = message.date().and_then(to_utc);
    // Topmost first (mail-parser's `received()` is the last one). When the
    // topmost hop's date cannot be read, the next hop's is the best evidence left.
    let received_header = message.received_all().find_map(|r| r.date.as_ref().and_then(to_utc));
    let received_at = received_header
        .map(|d| (d, ReceivedSource::ReceivedHeader))
        .or_else(|| date_header.map(|d| (d, ReceivedSource::DateHeader)));

    let mut in_reply_to = ids(message.in_reply_to());
    for id in ids(message.references()) {
        if !in_reply_to.contains(&id) {
            in_reply_to.push(id);
        }
    }
    Ok(ParsedMessage {
        raw: bytes.to_vec(),
        sha256: sha256_hex(bytes),
        message_id: message.message_id().map(clean_id).filter(|id| !id.is_empty()),
        in_reply_to,
        subject: message.subject().unwrap_or_default().trim().to_string(),
        from: message.from().and_then(first_mailbox),
        reply_to: message.reply_to().and_then(first_mailbox),
        to: message.to().map(all_mailboxes).unwrap_or_default(),
        date_header,
        received_at,
        text_body,
        html_body_sanitised: html.as_deref().map(sanitise_html),
        attachments,
    })
}

/// An mbox separator line ("From sender date") left at the top of an .eml.
fn skip_mbox_separator(bytes: &[u8]) -> &[u8] {
    if bytes.starts_with(b"From ")
        && let Some(i) = bytes.iter().position(|&b| b == b'\n')
    {
        return &bytes[i + 1..];
    }
    bytes
}

fn to_utc(d: &mail_parser::DateTime) -> Option<DateTime<Utc>> {
    d.is_valid().then(|| DateTime::from_timestamp(d.to_timestamp(), 0)).flatten()
}

fn clean_id(id: &str) -> String {
    id.trim().trim_start_matches('<').trim_end_matches('>').to_string()
}

fn ids(value: &HeaderValue) -> Vec<String> {
    let list: Vec<&str> = match value {
        HeaderValue::Text(t) => vec![t.as_ref()],
        HeaderValue::TextList(l) => l.iter().map(|t| t.as_ref()).collect(),
        _ => Vec::new(),
    };
    list.into_iter().map(clean_id).filter(|id| !id.is_empty()).collect()
}

fn mailbox(addr: &mail_parser::Addr) -> Option<Mailbox> {
    let address = addr.address()?.trim();
    (!address.is_empty()).then(|| Mailbox {
        name: addr.name().map(str::trim).filter(|n| !n.is_empty()).map(str::to_string),
        address: address.to_string(),
    })
}

fn first_mailbox(address: &Address) -> Option<Mailbox> {
    address.iter().find_map(mailbox)
}

fn all_mailboxes(address: &Address) -> Vec<Mailbox> {
    address.iter().filter_map(mailbox).collect()
}

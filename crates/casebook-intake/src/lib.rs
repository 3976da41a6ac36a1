//! Bytes in: incoming emails (`.eml`, `.mbox`, Outlook `.msg`) parsed into
//! one plain, owned [`ParsedMessage`] each.
//!
//! The original bytes travel with the parsed message unchanged, with their
//! SHA-256, because they are the case's evidence. Everything a view might
//! show is made safe here: HTML bodies are sanitised (no scripts, forms,
//! styles, `javascript:` links or remote images, so tracking pixels never
//! load) and attachment names are metadata, never paths. Any input, however
//! broken, gives a [`ParsedMessage`] or an [`IntakeError`] naming the
//! problem; nothing here panics or reads the clock. Storing cases is
//! `casebook-app`'s job; classifying the text is `casebook-core`'s.

mod eml;
mod error;
pub mod export;
pub mod filetype;
mod html;
pub mod language;
mod mbox;
mod msg;
mod sniff;

use chrono::{DateTime, Utc};
use serde::Serialize;
use sha2::{Digest, Sha256};

pub use eml::{parse_eml, parse_eml_with_limit};
pub use error::IntakeError;
pub use filetype::{FileKind, sniff_file};
pub use html::{html_to_text, sanitise_html};
pub use mbox::MboxReader;
pub use msg::parse_msg;
pub use sniff::{InputKind, sniff};

/// Attachments larger than this are refused (the whole message is reported, not stored).
pub const MAX_ATTACHMENT_BYTES: usize = 50 * 1024 * 1024;

/// Messages in an mbox larger than this are skipped with an error, so one
/// broken separator cannot make the reader hold the rest of the file.
pub const MAX_MESSAGE_BYTES: usize = 100 * 1024 * 1024;

/// One email, parsed. Owned and plain, so it can be stored, shown or classified.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ParsedMessage {
    /// The original bytes, unchanged: the evidence.
    #[serde(skip)]
    pub raw: Vec<u8>,
    /// SHA-256 of `raw`, lower-case hex.
    pub sha256: String,
    /// Without angle brackets.
    pub message_id: Option<String>,
    /// Ids from In-Reply-To and References, without angle brackets, In-Reply-To first, no repeats.
    pub in_reply_to: Vec<String>,
    pub subject: String,
    pub from: Option<Mailbox>,
    pub reply_to: Option<Mailbox>,
    pub to: Vec<Mailbox>,
    pub date_header: Option<DateTime<Utc>>,
    /// When the message arrived: the topmost `Received:` header's timestamp
    /// (added by the organisation's own server), else the `Date:` header.
    pub received_at: Option<(DateTime<Utc>, ReceivedSource)>,
    /// Plain text; converted from the HTML when only HTML was sent.
    pub text_body: String,
    /// The HTML body after sanitising, when HTML was sent. Never the raw HTML.
    pub html_body_sanitised: Option<String>,
    pub attachments: Vec<Attachment>,
}

/// Which header `received_at` came from, shown to the DPO beside the instant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ReceivedSource {
    ReceivedHeader,
    DateHeader,
    /// An Outlook `.msg` without transport headers: its delivery time property.
    MsgDeliveryTime,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mailbox {
    pub name: Option<String>,
    pub address: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Attachment {
    /// The sender's file name, as metadata only: never use it as a path.
    pub file_name: Option<String>,
    /// `type/subtype`, lower case.
    pub content_type: String,
    #[serde(skip)]
    pub bytes: Vec<u8>,
    /// SHA-256 of `bytes`, lower-case hex: the attachment's address in storage.
    pub sha256: String,
}

/// Lower-case hex SHA-256 of some bytes.
pub fn sha256_hex(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    let mut hex = String::with_capacity(64);
    for b in digest {
        hex.push_str(&format!("{b:02x}"));
    }
    hex
}

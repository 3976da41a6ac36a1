//! What can be wrong with an input, in words the DPO can act on.

use thiserror::Error;

/// Why a file or a message could not be taken in. Messages are lower case
/// and name the problem; the caller adds the file name.
#[derive(Debug, Error)]
pub enum IntakeError {
    #[error("not an email: the file is empty")]
    Empty,
    /// The bytes are something else entirely: an image, a PDF, random data.
    #[error("not an email: {0}")]
    NotAnEmail(String),
    #[error("truncated headers: the message ends before its header block does")]
    TruncatedHeaders,
    #[error("message is over the size limit of {limit} bytes")]
    MessageTooLarge { limit: usize },
    #[error("attachment {name} is {size} bytes, over the limit of {limit} bytes")]
    AttachmentTooLarge { name: String, size: usize, limit: usize },
    #[error("not an Outlook .msg file: {0}")]
    NotMsg(String),
    #[error("the Outlook .msg file could not be read: {0}")]
    MsgUnreadable(String),
    #[error("reading the mailbox failed: {0}")]
    Io(#[from] std::io::Error),
    /// An error in one message of an mbox; the others are still read.
    #[error("message {number}: {source}")]
    InMessage {
        /// Counting from 1, in the order of the mailbox.
        number: usize,
        #[source]
        source: Box<IntakeError>,
    },
}

impl IntakeError {
    /// The message number, for an error inside an mbox.
    pub fn message_number(&self) -> Option<usize> {
        match self {
            IntakeError::InMessage { number, .. } => Some(*number),
            _ => None,
        }
    }
}

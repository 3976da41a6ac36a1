//! Mailboxes in mbox format, read one message at a time.

use std::io::BufRead;

use crate::{IntakeError, MAX_MESSAGE_BYTES, ParsedMessage, parse_eml};

/// Streams the messages of an mbox: only the message being read is in memory.
///
/// Messages start at lines `From <sender> <date>`; lines quoted as
/// `>From ` (mboxrd) are unquoted. Each item is one message, parsed, or an
/// error whose message names the message's number (from 1); an error in one
/// message does not stop the others.
pub struct MboxReader<R: BufRead> {
    reader: R,
    number: usize,
    started: bool,
    done: bool,
}

impl<R: BufRead> MboxReader<R> {
    pub fn new(reader: R) -> Self {
        MboxReader { reader, number: 0, started: false, done: false }
    }

    fn fail(&mut self, error: IntakeError) -> Option<Result<ParsedMessage, IntakeError>> {
        Some(Err(IntakeError::InMessage { number: self.number, source: Box::new(error) }))
    }
}

/// A separator is "From " followed by something with a year in it; a body
/// line "From here on…" that an mboxo writer forgot to quote is not.
fn is_separator(line: &[u8]) -> bool {
    line.starts_with(b"From ") && line.windows(4).any(|w| w.iter().all(u8::is_ascii_digit))
}

impl<R: BufRead> Iterator for MboxReader<R> {
    type Item = Result<ParsedMessage, IntakeError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        let mut message = Vec::new();
        let mut too_large = false;
        let mut line = Vec::new();
        loop {
            line.clear();
            match self.reader.read_until(b'\n', &mut line) {
                Ok(0) => {
                    self.done = true;
                    break;
                }
                Ok(_) => {}
                Err(e) => {
                    self.done = true;
                    self.number += 1;
                    return self.fail(IntakeError::Io(e));
                }
            }
            if !self.started {
                if line.iter().all(u8::is_ascii_whitespace) {
                    continue;
                }
                if !is_separator(&line) {
                    self.done = true;
                    return Some(Err(IntakeError::NotAnEmail(
                        "not an mbox: the first line is not a 'From ' separator".into(),
                    )));
                }
                self.started = true;
                continue;
            }
            if is_separator(&line) {
                break;
            }
            let unquoted = match line.iter().position(|&b| b != b'>') {
                Some(i) if i > 0 && line[i..].starts_with(b"From ") => &line[1..],
                _ => &line[..],
            };
            if message.len() + unquoted.len() > MAX_MESSAGE_BYTES {
                too_large = true;
                message.clear();
            }
            if !too_large {
                message.extend_from_slice(unquoted);
            }
        }
        if !self.started {
            self.done = true;
            return Some(Err(IntakeError::Empty));
        }
        self.number += 1;
        if too_large {
            return self.fail(IntakeError::MessageTooLarge { limit: MAX_MESSAGE_BYTES });
        }
        // The blank line before the next separator belongs to the mbox, not to the message.
        if message.ends_with(b"\r\n\r\n") {
            message.truncate(message.len() - 2);
        } else if message.ends_with(b"\n\n") {
            message.truncate(message.len() - 1);
        }
        let number = self.number;
        Some(parse_eml(&message).map_err(|e| IntakeError::InMessage { number, source: Box::new(e) }))
    }
}

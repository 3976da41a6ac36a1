//! Telling what a file is from its first bytes, and what it is not.

use crate::IntakeError;

/// The kinds of file intake reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputKind {
    Eml,
    Mbox,
    Msg,
}

/// The signature every OLE compound file (and so every Outlook `.msg`) starts with.
pub(crate) const OLE_SIGNATURE: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// Decides from the content (the first few kilobytes are enough) whether a
/// file is a single email, an mbox or an Outlook `.msg`. The name only breaks
/// a tie: a `.mbox` holding one message that starts with a `From ` line.
/// `None` when the content is not an email at all, whatever the name says.
pub fn sniff(path_name: &str, first_bytes: &[u8]) -> Option<InputKind> {
    if first_bytes.starts_with(OLE_SIGNATURE) {
        return Some(InputKind::Msg);
    }
    let bytes = strip_bom(first_bytes);
    if bytes.starts_with(b"From ") {
        // An mbox separator line, then a message. Some .eml exports keep the
        // separator too; parse_eml skips it, so the name may choose.
        let rest = bytes.iter().position(|&b| b == b'\n').map_or(&b""[..], |i| &bytes[i + 1..]);
        if !starts_with_header(rest) {
            return None;
        }
        let is_eml = path_name.to_ascii_lowercase().ends_with(".eml");
        return Some(if is_eml { InputKind::Eml } else { InputKind::Mbox });
    }
    (non_email_kind(bytes).is_none() && starts_with_header(bytes)).then_some(InputKind::Eml)
}

pub(crate) fn strip_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)
}

/// `Name: value` where the name is printable ASCII without a colon (RFC 5322 ftext).
pub(crate) fn is_header_line(line: &[u8]) -> bool {
    match line.iter().position(|&b| b == b':') {
        Some(colon) if colon > 0 => line[..colon].iter().all(|&b| (33..=126).contains(&b)),
        _ => false,
    }
}

fn starts_with_header(bytes: &[u8]) -> bool {
    let first = bytes.split(|&b| b == b'\n').next().unwrap_or(b"");
    is_header_line(first)
}

/// A name for bytes that are clearly some other kind of file.
pub(crate) fn non_email_kind(bytes: &[u8]) -> Option<&'static str> {
    const MAGIC: &[(&[u8], &str)] = &[
        (b"\x89PNG", "this is a PNG image"),
        (b"%PDF", "this is a PDF document"),
        (b"\xFF\xD8\xFF", "this is a JPEG image"),
        (b"GIF8", "this is a GIF image"),
        (b"PK\x03\x04", "this is a ZIP archive (or an Office document)"),
        (b"\x1F\x8B", "this is a gzip archive"),
        (OLE_SIGNATURE, "this is an OLE compound file (an Outlook .msg? read it as .msg)"),
    ];
    if let Some((_, what)) = MAGIC.iter().find(|(magic, _)| bytes.starts_with(magic)) {
        return Some(what);
    }
    let head = &bytes[..bytes.len().min(4096)];
    head.contains(&0).then_some("this is binary data (it contains NUL bytes)")
}

/// Checks that the bytes begin with a header block of real email headers that
/// ends in a blank line. A leading mbox `From ` line is skipped.
pub(crate) fn check_header_block(bytes: &[u8]) -> Result<(), IntakeError> {
    let bytes = strip_bom(bytes);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(IntakeError::Empty);
    }
    if let Some(what) = non_email_kind(bytes) {
        return Err(IntakeError::NotAnEmail(what.to_string()));
    }
    let mut lines = bytes.split(|&b| b == b'\n').map(|l| l.strip_suffix(b"\r").unwrap_or(l)).peekable();
    if lines.peek().is_some_and(|l| l.starts_with(b"From ")) {
        lines.next();
    }
    let mut names: Vec<String> = Vec::new();
    for line in lines {
        if line.is_empty() {
            break;
        }
        if line.starts_with(b" ") || line.starts_with(b"\t") {
            if names.is_empty() {
                return Err(IntakeError::NotAnEmail("no header lines found".into()));
            }
            continue;
        }
        if !is_header_line(line) {
            if names.is_empty() {
                return Err(IntakeError::NotAnEmail("no header lines found".into()));
            }
            // A line that is not a header ends the block, as in most readers.
            break;
        }
        let name = &line[..line.iter().position(|&b| b == b':').unwrap_or(0)];
        names.push(String::from_utf8_lossy(name).to_ascii_lowercase());
    }
    let ended = bytes.windows(2).any(|w| w == b"\n\n") || bytes.windows(4).any(|w| w == b"\r\n\r\n");
    const KNOWN: &[&str] = &[
        "from",
        "to",
        "subject",
        "date",
        "message-id",
        "received",
        "return-path",
        "mime-version",
        "content-type",
        "sender",
        "reply-to",
    ];
    if !names.iter().any(|n| KNOWN.contains(&n.as_str())) {
        return Err(IntakeError::NotAnEmail(
            "no email headers found (From, To, Subject, Date, Message-ID, Received)".into(),
        ));
    }
    if !ended {
        return Err(IntakeError::TruncatedHeaders);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffs_by_content() {
        let eml = b"From: a@example.com\r\nSubject: hi\r\n\r\nbody";
        let mbox = b"From a@example.com Mon Mar  2 10:00:00 2026\nFrom: a@example.com\n\nbody\n";
        let mut msg = OLE_SIGNATURE.to_vec();
        msg.extend([0; 32]);
        let table: [(&str, &[u8], Option<InputKind>); 9] = [
            ("x.eml", eml, Some(InputKind::Eml)),
            ("x.txt", eml, Some(InputKind::Eml)),
            ("archive.mbox", mbox, Some(InputKind::Mbox)),
            ("noext", mbox, Some(InputKind::Mbox)),
            ("one.eml", mbox, Some(InputKind::Eml)),
            ("x.eml", &msg, Some(InputKind::Msg)),
            ("x.eml", b"\x89PNG\r\n\x1a\n", None),
            ("x.msg", b"%PDF-1.7", None),
            ("x.eml", b"", None),
        ];
        for (name, bytes, expected) in table {
            assert_eq!(sniff(name, bytes), expected, "{name}");
        }
    }
}

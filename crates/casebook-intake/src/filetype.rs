//! What a stored file really is, from its bytes, and whether the system's
//! viewer may open it. Attachments are hostile input: their name and
//! declared content type are chosen by the sender, so neither is read here.

use serde::Serialize;

use crate::sniff::{OLE_SIGNATURE, sniff, strip_bom};

/// How many leading bytes [`sniff_file`] looks at (it may be given more).
pub const SNIFF_BYTES: usize = 8192;

/// The kind of a stored file, decided from its content.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum FileKind {
    Pdf,
    Png,
    Jpeg,
    Gif,
    Webp,
    /// UTF-8 text without control characters or markup.
    Text,
    /// HTML, SVG or XML: markup that can run scripts or load remote content.
    Markup,
    /// An email (`.eml`, mbox): a mail client would render its HTML.
    Email,
    /// A program or script (ELF, Windows, Mach-O, `#!`).
    Executable,
    /// ZIP (and so Office documents), gzip, 7-Zip, RAR, bzip2, xz.
    Archive,
    /// An OLE compound file: old Office documents (macros) or Outlook `.msg`.
    OleDocument,
    Unknown,
}

impl FileKind {
    /// Whether the system's viewer shows this kind safely: PDF, the common
    /// images and plain text. Everything else is only saved.
    pub fn viewable(self) -> bool {
        matches!(self, FileKind::Pdf | FileKind::Png | FileKind::Jpeg | FileKind::Gif | FileKind::Webp | FileKind::Text)
    }

    /// A stable code (`pdf`, `png`, `text`, `markup`…).
    pub fn code(self) -> &'static str {
        match self {
            FileKind::Pdf => "pdf",
            FileKind::Png => "png",
            FileKind::Jpeg => "jpeg",
            FileKind::Gif => "gif",
            FileKind::Webp => "webp",
            FileKind::Text => "text",
            FileKind::Markup => "markup",
            FileKind::Email => "email",
            FileKind::Executable => "executable",
            FileKind::Archive => "archive",
            FileKind::OleDocument => "ole-document",
            FileKind::Unknown => "unknown",
        }
    }

    /// The extension a copy for the viewer gets, so the viewer picks the
    /// program for what the bytes are, not for what the name claims.
    /// `None` for kinds that are never opened.
    pub fn extension(self) -> Option<&'static str> {
        Some(match self {
            FileKind::Pdf => "pdf",
            FileKind::Png => "png",
            FileKind::Jpeg => "jpg",
            FileKind::Gif => "gif",
            FileKind::Webp => "webp",
            FileKind::Text => "txt",
            _ => return None,
        })
    }

    /// Why a kind is not opened, for the person asking (`None` when it is).
    pub fn refusal(self) -> Option<&'static str> {
        Some(match self {
            k if k.viewable() => return None,
            FileKind::Markup => "it is HTML or other markup, which can run scripts or load remote content",
            FileKind::Email => "it is an email, which a mail program would show with its remote content",
            FileKind::Executable => "it is a program or script",
            FileKind::Archive => "it is an archive or an Office document, which can hold macros or other programs",
            FileKind::OleDocument => "it is an old-style Office document or Outlook message, which can hold macros",
            _ => "its type could not be recognised from its content",
        })
    }
}

/// Decides a stored file's kind from its first bytes ([`SNIFF_BYTES`] are
/// enough; more are fine). The file's name and declared type play no part.
pub fn sniff_file(bytes: &[u8]) -> FileKind {
    const MAGIC: &[(&[u8], FileKind)] = &[
        (b"%PDF-", FileKind::Pdf),
        (b"\x89PNG\r\n\x1a\n", FileKind::Png),
        (b"\xFF\xD8\xFF", FileKind::Jpeg),
        (b"GIF87a", FileKind::Gif),
        (b"GIF89a", FileKind::Gif),
        (b"\x7FELF", FileKind::Executable),
        (b"MZ", FileKind::Executable),
        (b"\xFE\xED\xFA\xCE", FileKind::Executable),
        (b"\xFE\xED\xFA\xCF", FileKind::Executable),
        (b"\xCE\xFA\xED\xFE", FileKind::Executable),
        (b"\xCF\xFA\xED\xFE", FileKind::Executable),
        (b"\xCA\xFE\xBA\xBE", FileKind::Executable),
        (b"#!", FileKind::Executable),
        (b"PK\x03\x04", FileKind::Archive),
        (b"PK\x05\x06", FileKind::Archive),
        (b"\x1F\x8B", FileKind::Archive),
        (b"7z\xBC\xAF\x27\x1C", FileKind::Archive),
        (b"Rar!\x1A\x07", FileKind::Archive),
        (b"BZh", FileKind::Archive),
        (b"\xFD7zXZ\x00", FileKind::Archive),
        (OLE_SIGNATURE, FileKind::OleDocument),
    ];
    if let Some((_, kind)) = MAGIC.iter().find(|(magic, _)| bytes.starts_with(magic)) {
        return *kind;
    }
    if bytes.len() >= 12 && bytes.starts_with(b"RIFF") && &bytes[8..12] == b"WEBP" {
        return FileKind::Webp;
    }
    let head = &bytes[..bytes.len().min(SNIFF_BYTES)];
    let text = strip_bom(head);
    if !is_text(text, head.len() == SNIFF_BYTES) {
        return FileKind::Unknown;
    }
    if is_markup(text) {
        return FileKind::Markup;
    }
    if sniff("", text).is_some() {
        return FileKind::Email;
    }
    FileKind::Text
}

/// Non-empty UTF-8 (a character cut off at the end of the head is fine)
/// without control characters other than tab, line breaks and form feed.
fn is_text(bytes: &[u8], cut: bool) -> bool {
    if bytes.is_empty() {
        return false;
    }
    let valid = match std::str::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) if e.error_len().is_none() && cut => {
            // Cut in the middle of a character by the head's end.
            std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default()
        }
        Err(_) => return false,
    };
    valid.chars().all(|c| !c.is_control() || matches!(c, '\t' | '\n' | '\r' | '\x0C'))
}

/// Text that starts like markup, or holds tags a browser would act on.
fn is_markup(text: &[u8]) -> bool {
    let lower = text.to_ascii_lowercase();
    let start = lower.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(lower.len());
    if lower[start..].starts_with(b"<") {
        return true;
    }
    const TAGS: &[&[u8]] = &[b"<html", b"<!doctype", b"<script", b"<svg", b"<body", b"<iframe", b"<meta", b"<?xml"];
    TAGS.iter().any(|t| lower.windows(t.len()).any(|w| w == *t))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The name is what an attacker would choose; the kind must not follow it.
    #[test]
    fn the_kind_comes_from_the_bytes_never_the_name() {
        let mut webp = b"RIFF\x24\x00\x00\x00WEBPVP8 ".to_vec();
        webp.extend_from_slice(&[0; 16]);
        let cases: &[(&str, &[u8], FileKind)] = &[
            ("report.txt", b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", FileKind::Pdf),
            ("photo.pdf", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", FileKind::Png),
            ("scan.png", b"\xFF\xD8\xFF\xE0\x00\x10JFIF\x00", FileKind::Jpeg),
            ("anim.jpg", b"GIF89a\x01\x00\x01\x00\x80\x00\x00", FileKind::Gif),
            ("pic.gif", &webp, FileKind::Webp),
            ("notes.pdf", "Dear DPO,\r\nplease send me my data. Grüße\n".as_bytes(), FileKind::Text),
            ("invoice.pdf", b"<!DOCTYPE html><html><script>alert(1)</script></html>", FileKind::Markup),
            ("letter.txt", b"Hello\n<script src=https://evil.example/x.js></script>", FileKind::Markup),
            ("image.png", b"<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>", FileKind::Markup),
            (
                "photo.jpg",
                b"\x7FELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00>\x00",
                FileKind::Executable,
            ),
            ("readme.txt", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00", FileKind::Executable),
            ("notes.txt", b"#!/bin/sh\nrm -rf ~\n", FileKind::Executable),
            ("data.pdf", b"PK\x03\x04\x14\x00\x06\x00\x08\x00", FileKind::Archive),
            ("old.txt", b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00\x00", FileKind::OleDocument),
            ("mail.txt", b"From: a@example.com\r\nSubject: hi\r\n\r\nbody\r\n", FileKind::Email),
            ("blob.pdf", b"\x00\x01\x02\x03binary", FileKind::Unknown),
            ("empty.txt", b"", FileKind::Unknown),
            ("latin1.txt", b"Gr\xFC\xDFe", FileKind::Unknown),
        ];
        for (name, bytes, want) in cases {
            assert_eq!(sniff_file(bytes), *want, "{name}");
        }
    }

    #[test]
    fn only_pdf_images_and_text_open_with_the_sniffed_extension() {
        assert!(sniff_file(b"%PDF-1.4\n").viewable());
        assert_eq!(sniff_file(b"%PDF-1.4\n").extension(), Some("pdf"));
        assert_eq!(sniff_file(b"plain words\n").extension(), Some("txt"));
        for refused in [&b"<html></html>"[..], b"\x7FELF\x02", b"PK\x03\x04", b"\x00\x00"] {
            let kind = sniff_file(refused);
            assert!(!kind.viewable(), "{kind:?}");
            assert_eq!(kind.extension(), None);
            assert!(kind.refusal().is_some());
        }
        assert_eq!(FileKind::Png.refusal(), None);
    }

    #[test]
    fn long_text_cut_in_a_character_is_still_text() {
        // One ASCII letter, then two-byte letters: the head ends in the middle of one.
        let cut = format!("a{}", "ä".repeat(SNIFF_BYTES)).into_bytes();
        assert!(std::str::from_utf8(&cut[..SNIFF_BYTES]).is_err());
        assert_eq!(sniff_file(&cut), FileKind::Text);
    }
}

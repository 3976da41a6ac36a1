//! Emails in, ParsedMessage out: every fixture in tests/corpus/emails, the
//! errors for what is not an email, and no panic on any bytes.

use std::io::BufReader;
use std::path::PathBuf;

use casebook_intake::{
    InputKind, IntakeError, MboxReader, ParsedMessage, ReceivedSource, parse_eml, parse_eml_with_limit, parse_msg,
    sha256_hex, sniff,
};
use proptest::prelude::*;

fn fixture(name: &str) -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/emails").join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn eml(name: &str) -> ParsedMessage {
    parse_eml(&fixture(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

#[test]
fn plain_text_message() {
    let bytes = fixture("plain.eml");
    let m = parse_eml(&bytes).unwrap();
    assert_eq!(m.raw, bytes, "the evidence is the original bytes");
    assert_eq!(m.sha256, sha256_hex(&bytes));
    assert_eq!(m.sha256.len(), 64);
    assert_eq!(m.message_id.as_deref(), Some("CAF3x9@mail.example.org"));
    assert_eq!(m.subject, "Please delete my account");
    let from = m.from.as_ref().unwrap();
    assert_eq!((from.name.as_deref(), from.address.as_str()), (Some("Jane Doe"), "jane.doe@example.org"));
    assert_eq!(m.reply_to.as_ref().unwrap().address, "jane@private.example");
    let to: Vec<&str> = m.to.iter().map(|t| t.address.as_str()).collect();
    assert_eq!(to, ["privacy@casebook-demo.example", "dpo@casebook-demo.example"]);
    assert_eq!(m.date_header.unwrap().to_rfc3339(), "2026-03-02T09:14:55+00:00");
    let (at, source) = m.received_at.unwrap();
    assert_eq!((at.to_rfc3339().as_str(), source), ("2026-03-02T09:15:02+00:00", ReceivedSource::ReceivedHeader));
    assert!(m.text_body.contains("please delete my account"), "{}", m.text_body);
    assert_eq!(m.html_body_sanitised, None, "no HTML was sent");
    assert!(m.attachments.is_empty());
    assert!(m.in_reply_to.is_empty());
}

#[test]
fn html_only_is_sanitised_and_converted_to_text() {
    let m = eml("html-only.eml");
    let html = m.html_body_sanitised.as_deref().unwrap();
    for banned in
        ["<script", "document.cookie", "<style", "onload", "tracker.example", "javascript:", "<form", "password"]
    {
        assert!(!html.contains(banned), "{banned} survived: {html}");
    }
    assert!(html.contains("cid:logo@shop.example"), "inline images stay: {html}");
    assert!(html.contains("https://shop.example/impressum"));
    assert!(m.text_body.contains("ich bitte um Auskunft nach Art. 15 DSGVO."), "{}", m.text_body);
    assert!(!m.text_body.contains("evil"), "{}", m.text_body);
}

#[test]
fn charsets_and_transfer_encodings() {
    let m = eml("latin1-qp.eml");
    assert_eq!(m.subject, "Löschung meiner Daten");
    assert_eq!(m.from.unwrap().name.as_deref(), Some("Jürgen Müller"));
    assert!(m.text_body.contains("bitte um Löschung meiner Daten."), "{}", m.text_body);
    assert!(m.text_body.contains("Straße: Große Gasse 5"), "{}", m.text_body);

    let m = eml("cp1252-base64.eml");
    assert!(
        m.text_body.contains("je demande l\u{2019}effacement de mes données \u{2013} \u{201c}immédiatement\u{201d}"),
        "{}",
        m.text_body
    );
    assert!(m.text_body.contains("12 €"), "{}", m.text_body);

    let m = eml("rfc2047-subject.eml");
    assert_eq!(m.subject, "Löschung meiner Daten und Auskunft über alles");
    assert_eq!(m.from.unwrap().name.as_deref(), Some("Jürgen Weiß"));
}

#[test]
fn attachment_names_are_metadata_only() {
    let m = eml("hostile-attachment.eml");
    assert_eq!(m.attachments.len(), 2);
    let passwd = &m.attachments[0];
    assert_eq!(passwd.file_name.as_deref(), Some("../../etc/passwd"), "kept verbatim as metadata");
    assert_eq!(passwd.content_type, "application/octet-stream");
    assert_eq!(passwd.bytes, b"root:x:0:0:root:/root:/bin/bash\n");
    assert_eq!(passwd.sha256, sha256_hex(&passwd.bytes));
    let pdf = &m.attachments[1];
    assert_eq!(pdf.file_name.as_deref(), Some("Reisepass Müller.pdf"), "RFC 2231 name decoded");
    assert_eq!(pdf.content_type, "application/pdf");
    assert!(m.text_body.contains("Here is my passport"));
}

#[test]
fn attachments_over_the_limit_are_refused_with_a_message() {
    let err = parse_eml_with_limit(&fixture("hostile-attachment.eml"), 10).unwrap_err();
    assert_eq!(err.to_string(), "attachment '../../etc/passwd' is 32 bytes, over the limit of 10 bytes");
    assert_eq!(casebook_intake::MAX_ATTACHMENT_BYTES, 50 * 1024 * 1024);
}

#[test]
fn replies_carry_their_thread() {
    let m = eml("reply.eml");
    assert_eq!(m.in_reply_to, ["ack-1@casebook-demo.example", "CAF3x9@mail.example.org"]);
    assert!(m.subject.contains("[CB-2026-0042]"));
}

#[test]
fn topmost_received_header_wins() {
    let m = eml("received-chain.eml");
    let (at, source) = m.received_at.unwrap();
    assert_eq!(source, ReceivedSource::ReceivedHeader);
    assert_eq!(at.to_rfc3339(), "2026-03-10T23:59:30+00:00");
    assert_eq!(m.date_header.unwrap().to_rfc3339(), "2026-03-10T23:49:58+00:00");
}

#[test]
fn date_header_when_there_is_no_received() {
    let m = eml("reply.eml");
    assert_eq!(m.received_at.unwrap().1, ReceivedSource::DateHeader);
    let json = serde_json::to_value(&m).unwrap();
    assert_eq!(json["received_at"][1], "date-header");
    assert!(json.get("raw").is_none(), "bytes are not serialised");
}

#[test]
fn what_is_not_an_email_is_refused_with_a_reason() {
    let table: [(&[u8], &str); 7] = [
        (b"", "not an email: the file is empty"),
        (b"  \r\n\n", "not an email: the file is empty"),
        (&fixture("not-an-email.png"), "not an email: this is a PNG image"),
        (b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n", "not an email: this is a PDF document"),
        (b"Dear Sir,\nplease delete my data.\n", "not an email: no header lines found"),
        (
            b"Note: this is a text file\n\nwith a colon\n",
            "not an email: no email headers found (From, To, Subject, Date, Message-ID, Received)",
        ),
        (&fixture("truncated.eml"), "truncated headers: the message ends before its header block does"),
    ];
    for (bytes, expected) in table {
        assert_eq!(parse_eml(bytes).unwrap_err().to_string(), expected);
    }
    assert_eq!(
        parse_msg(&fixture("plain.eml")).unwrap_err().to_string(),
        "not an Outlook .msg file: missing OLE signature"
    );
}

#[test]
fn mbox_streams_messages_and_numbers_errors() {
    let file = std::fs::File::open(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/emails/several.mbox"))
        .unwrap();
    let results: Vec<_> = MboxReader::new(BufReader::new(file)).collect();
    assert_eq!(results.len(), 3);
    let first = results[0].as_ref().unwrap();
    assert_eq!(first.subject, "First: access request");
    assert!(first.text_body.contains("\nFrom the bottom of my heart"), "mboxrd quoting undone: {}", first.text_body);
    assert!(!first.raw.ends_with(b"\n\n"), "the separator's blank line is not part of the message");
    let err = results[1].as_ref().unwrap_err();
    assert_eq!(err.message_number(), Some(2));
    assert_eq!(err.to_string(), "message 2: not an email: no header lines found");
    assert_eq!(results[2].as_ref().unwrap().subject, "Third: unsubscribe");

    let not_mbox: Vec<_> = MboxReader::new(&b"Subject: x\n\nbody\n"[..]).collect();
    assert_eq!(not_mbox.len(), 1);
    assert!(not_mbox[0].as_ref().unwrap_err().to_string().starts_with("not an email: not an mbox"));
    let empty: Vec<_> = MboxReader::new(&b""[..]).collect();
    assert_eq!(empty[0].as_ref().unwrap_err().to_string(), "not an email: the file is empty");
}

#[test]
fn outlook_msg_sample() {
    let bytes = fixture("ascii.msg");
    assert_eq!(sniff("sample.msg", &bytes), Some(InputKind::Msg));
    assert_eq!(sniff("renamed.eml", &bytes), Some(InputKind::Msg), "content decides, not the name");
    let m = parse_msg(&bytes).unwrap();
    assert_eq!(m.raw, bytes);
    assert!(!m.subject.is_empty() || !m.text_body.is_empty(), "{m:?}");
    let broken = parse_msg(&bytes[..600]).unwrap_err();
    assert!(matches!(broken, IntakeError::MsgUnreadable(_)), "{broken}");
}

#[test]
fn a_stream_larger_than_its_file_is_refused_before_msg_parser_reads_it() {
    let bytes = fixture("huge-stream.msg");
    assert_eq!(sniff("found.msg", &bytes), Some(InputKind::Msg));
    let refused = parse_msg(&bytes).unwrap_err();
    assert!(matches!(refused, IntakeError::MsgUnreadable(_)), "{refused}");
    assert!(refused.to_string().contains("malformed directory entry"), "{refused}");

    // A well-formed file whose named-property stream declares 2 GB: the
    // directory entry found by its UTF-16 name, its size at offset 0x78.
    let mut bytes = fixture("ascii.msg");
    let name: Vec<u8> = "__substg1.0_00030102".encode_utf16().flat_map(u16::to_le_bytes).collect();
    let entry = bytes.windows(name.len()).position(|w| w == name).expect("the sample has named properties");
    bytes[entry + 0x78..entry + 0x7C].copy_from_slice(&0x7FFF_FFF0u32.to_le_bytes());
    let said = parse_msg(&bytes).unwrap_err().to_string();
    assert!(said.contains("claims 2147483632 bytes, more than the whole file's"), "{said}");
}

#[test]
fn sniffing_fixtures() {
    for (name, kind) in
        [("plain.eml", Some(InputKind::Eml)), ("several.mbox", Some(InputKind::Mbox)), ("not-an-email.png", None)]
    {
        assert_eq!(sniff(name, &fixture(name)), kind, "{name}");
    }
}

#[test]
fn truncated_fixtures_never_panic() {
    for name in [
        "plain.eml",
        "html-only.eml",
        "latin1-qp.eml",
        "cp1252-base64.eml",
        "hostile-attachment.eml",
        "several.mbox",
        "ascii.msg",
    ] {
        let bytes = fixture(name);
        for cut in (0..bytes.len()).step_by(7) {
            let part = &bytes[..cut];
            let _ = parse_eml(part);
            let _ = parse_msg(part);
            let _ = sniff(name, part);
            let _ = MboxReader::new(part).count();
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let _ = parse_eml(&bytes);
        let _ = parse_msg(&bytes);
        let _ = sniff("x.eml", &bytes);
        let _ = MboxReader::new(&bytes[..]).count();
    }

    #[test]
    fn header_like_noise_never_panics(lines in proptest::collection::vec("[A-Za-z-]{1,12}: [ -~]{0,40}|[ -~]{0,60}|", 0..30)) {
        let text = lines.join("\r\n");
        let _ = parse_eml(text.as_bytes());
        let _ = MboxReader::new(format!("From x 2026\n{text}").as_bytes()).count();
    }

    #[test]
    fn ole_header_with_noise_never_panics(noise in proptest::collection::vec(any::<u8>(), 0..4096)) {
        let mut bytes = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        bytes.extend(noise);
        let _ = parse_msg(&bytes);
    }

    #[test]
    fn corrupted_msg_never_panics(flips in proptest::collection::vec((0usize..9728, any::<u8>()), 1..40)) {
        let mut bytes = fixture("ascii.msg");
        for (at, value) in flips {
            let at = at % bytes.len();
            bytes[at] = value;
        }
        let _ = parse_msg(&bytes);
    }
}

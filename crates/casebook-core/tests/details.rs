//! Who wrote a letter: the sender's block a letter starts with, the signature
//! of an email, phones as phones. The bodies are the public request templates
//! of the shared corpus (`/work/shared/corpus/request-letters`, CC0) with a
//! sender's block or a signature put around them, then hostile inputs.

use std::path::Path;

use casebook_core::classify::extract_details;

fn shared_letters() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/request-letters");
    let mut out = Vec::new();
    for lang in ["en", "de"] {
        let mut paths: Vec<_> = std::fs::read_dir(root.join(lang))
            .unwrap_or_else(|e| panic!("{}: {e}", root.join(lang).display()))
            .map(|e| e.unwrap().path())
            .collect();
        paths.sort();
        for p in paths {
            out.push((p.display().to_string(), std::fs::read_to_string(&p).unwrap()));
        }
    }
    assert!(out.len() >= 10, "the shared corpus is there");
    out
}

/// (sender's block, recipient's block, expected name, address, phone)
type Header<'a> = (&'a str, &'a str, &'a str, &'a str, Option<&'a str>);

#[test]
fn a_letter_starting_with_the_senders_block() {
    let headers: [Header; 4] = [
        (
            "Erika Mustermann\nHeidestraße 17\n51147 Köln\nTel. 0221 1234567",
            "Larkspur Software Ltd\nDatenschutzbeauftragte\n1 Example Road\nLondon EC1A 1BB",
            "Erika Mustermann",
            "Heidestraße 17, 51147 Köln",
            Some("0221 1234567"),
        ),
        (
            "Hannah Okafor\nFlat 3, 12 Mill Lane\nLeeds LS1 4AB\nUnited Kingdom\n07700 900123",
            "Data Protection Officer\nLarkspur Software Ltd\n1 Example Road\nLondon EC1A 1BB",
            "Hannah Okafor",
            "Flat 3, 12 Mill Lane, Leeds LS1 4AB, United Kingdom",
            Some("07700 900123"),
        ),
        (
            "Jürgen Müller · Lindenstraße 5 · 90402 Nürnberg",
            "Larkspur Software Ltd\n1 Example Road\nLondon EC1A 1BB",
            "Jürgen Müller",
            "Lindenstraße 5, 90402 Nürnberg",
            None,
        ),
        (
            "John Smith\n500 Market St\nSan Francisco, CA 94105\nPhone: +1 415 555 0100\njohn@example.com",
            "Acme Inc.\nPrivacy Team\n1 Main St\nAustin, TX 78701",
            "John Smith",
            "500 Market St, San Francisco, CA 94105",
            Some("+1 415 555 0100"),
        ),
    ];
    for (path, body) in shared_letters() {
        for (sender, recipient, name, address, phone) in headers {
            let letter = format!("{sender}\n\n{recipient}\n\n4 December 2026\n\n{body}\n");
            let d = extract_details(&letter);
            assert_eq!(d.name.as_deref(), Some(name), "{path}: {sender}");
            assert_eq!(d.postal_address.as_deref(), Some(address), "{path}: {sender}");
            assert_eq!(d.phone.as_deref(), phone, "{path}: {sender}");
        }
    }
}

#[test]
fn an_email_signature_gives_the_address_and_the_phone_apart() {
    let signatures = [
        (
            "Mit freundlichen Grüßen\n\nErika Mustermann\nHeidestraße 17\n51147 Köln\n0221 1234567",
            Some("Heidestraße 17, 51147 Köln"),
            Some("0221 1234567"),
        ),
        // A phone alone under the name is a phone, never an address.
        ("Yours sincerely,\nJane Doe\n020 7946 0958", None, Some("020 7946 0958")),
        ("Kind regards,\nJane Doe\nMobile: 07700 900123", None, Some("07700 900123")),
        ("Kind regards,\nJane Doe\nT +44 20 7946 0958\nM 07700 900123", None, Some("+44 20 7946 0958")),
        (
            "Regards,\nJane Doe\n1 High Street\nLondon SW1A 1AA\n(020) 7946 0958",
            Some("1 High Street, London SW1A 1AA"),
            Some("(020) 7946 0958"),
        ),
        ("Mit freundlichen Grüßen\nErika Mustermann\nTelefon 0221-1234567", None, Some("0221-1234567")),
    ];
    for (path, body) in shared_letters() {
        // The templates end with their closing: the signature's name follows it.
        for (signature, address, phone) in signatures {
            let email = format!("{}\n{signature}\n", body.trim_end());
            let d = extract_details(&email);
            assert_eq!(d.postal_address.as_deref(), address, "{path}: {signature}");
            assert_eq!(d.phone.as_deref(), phone, "{path}: {signature}");
        }
        // A template alone names no address and no phone.
        let d = extract_details(&body);
        assert_eq!((d.postal_address, d.phone), (None, None), "{path}");
    }
}

#[test]
fn hostile_and_misleading_first_lines() {
    let cases: &[(&str, Option<&str>, Option<&str>)] = &[
        // The recipient first (no sender's block): an organisation's address is not the requester's.
        (
            "Larkspur Software Ltd\n1 Example Road\nLondon EC1A 1BB\n\nDear Sir or Madam,\nplease delete my data.",
            None,
            None,
        ),
        (
            "Datenschutzbeauftragter\nBeispiel GmbH\nHauptstraße 1\n80331 München\n\nGuten Tag,\nbitte löschen.",
            None,
            None,
        ),
        // A salutation is not a name.
        ("Hello,\n1 High Street\nLondon SW1A 1AA\n\nplease delete my data.", None, None),
        ("Dear Sir,\nplease delete my data.", None, None),
        // A name over a phone only: no address.
        ("Jane Doe\n020 7946 0958\n\nPlease delete my data.", None, None),
        // Order numbers and dates are not phones.
        ("Jane Doe\nOrder 2026-11-04-778812\n\nPlease delete my data.", None, None),
        ("", None, None),
        ("\n\n\n", None, None),
        ("·|•·|•", None, None),
    ];
    for (text, address, name) in cases {
        let d = extract_details(text);
        assert_eq!(d.postal_address.as_deref(), *address, "{text:?}");
        assert_eq!(d.name.as_deref(), *name, "{text:?}");
    }
    // A huge first block or line costs its length and proposes nothing wrong.
    let block = "Jane Doe\n".to_string() + &"1 High Street\n".repeat(50_000) + "London SW1A 1AA\n";
    assert_eq!(extract_details(&block).postal_address, None);
    let line = "Jane Doe · ".to_string() + &"x · ".repeat(50_000);
    assert_eq!(extract_details(&line).postal_address, None);
    // A number with text after it is not a phone line.
    let d = extract_details("Kind regards,\nJane Doe\n0221 1234567 ext. office\n");
    assert_eq!(d.phone, None);
}

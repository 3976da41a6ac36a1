//! Intake: `casebook import` on real email files (the intake crate's fixtures
//! and messages written here), checking what becomes a case, what is filed on
//! a case, what is refused, and that the originals are kept unchanged.

use std::path::PathBuf;

use serde_json::Value;

use crate::harness::Book;

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../casebook-intake/tests/corpus/emails")
}

fn fixture(name: &str) -> String {
    fixtures().join(name).to_str().unwrap().to_string()
}

fn sha256_of(path: &str) -> String {
    let out = std::process::Command::new("sha256sum").arg(path).output().unwrap();
    String::from_utf8(out.stdout).unwrap().split_whitespace().next().unwrap().to_string()
}

fn import(book: &Book, paths: &[&str]) -> (i32, Vec<Value>) {
    let mut args = vec!["--json", "import"];
    args.extend_from_slice(paths);
    let r = book.run(&args);
    let v: Value = serde_json::from_str(&r.stdout).unwrap_or_else(|e| panic!("{e}: {} {}", r.stdout, r.stderr));
    (r.code, v.as_array().unwrap().clone())
}

#[test]
fn a_request_email_becomes_a_case_with_its_evidence() {
    let book = Book::new();
    let (code, out) = import(&book, &[&fixture("plain.eml")]);
    assert_eq!(code, 0);
    assert_eq!(out[0]["outcome"], "created");
    let reference = out[0]["reference"].as_str().unwrap();
    let case = book.json(&["case", "show", reference]);
    assert_eq!(case["channel"], "email");
    assert_eq!(case["requester"]["name"], "Jane Doe");
    // Reply-To first: that is where the answer goes; From is kept too.
    assert_eq!(case["requester"]["emails"], serde_json::json!(["jane@private.example", "jane.doe@example.org"]));
    assert_eq!(case["rights"][0], "erasure");
    // Date: Mon, 2 Mar 2026 10:14:55 +0100 → 09:14:55 UTC → 2 Mar in London.
    assert_eq!(case["received"], "2026-03-02");
    assert_eq!(case["due"], "2026-04-02");
    assert!(case["intake"]["received_from"].is_string());
    assert!(!case["intake"]["classification"]["rights"][0]["phrases"].as_array().unwrap().is_empty());
    // The original bytes are kept unchanged, identified by their SHA-256.
    let evidence = case["documents"].as_array().unwrap().iter().find(|d| d["role"] == "evidence").unwrap();
    assert_eq!(evidence["sha256"], sha256_of(&fixture("plain.eml")));
    assert_eq!(case["correspondence"][0]["direction"], "in");
    assert_eq!(case["correspondence"][0]["sha256"], evidence["sha256"]);

    // Importing it again changes nothing.
    let (_, again) = import(&book, &[&fixture("plain.eml")]);
    assert_eq!((again[0]["outcome"].as_str(), again[0]["reference"].as_str()), (Some("skipped"), Some(reference)));
    assert_eq!(book.json(&["case", "list"]).as_array().unwrap().len(), 1);
}

#[test]
fn the_topmost_received_header_gives_the_date_in_the_organisations_zone() {
    let book = Book::new();
    let (_, out) = import(&book, &[&fixture("received-chain.eml")]);
    let case = book.json(&["case", "show", out[0]["reference"].as_str().unwrap()]);
    assert_eq!(case["intake"]["received_from"], "received-header");
    assert_eq!(case["received"], "2026-03-10");
    // "Do not sell my personal information": a CCPA opt-out, suggested with its reason.
    assert_eq!(case["rights"][0], "opt-out-of-sale");
    assert_eq!(case["regime"], "ccpa");
    assert!(case["intake"]["regime_suggestion"]["reason"].as_str().unwrap().contains("sell"));
}

#[test]
fn attachments_are_documents_and_their_names_are_only_metadata() {
    let book = Book::new();
    let (_, out) = import(&book, &[&fixture("hostile-attachment.eml")]);
    let case = book.json(&["case", "show", out[0]["reference"].as_str().unwrap()]);
    let names: Vec<&str> = case["documents"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["role"] == "attachment")
        .map(|d| d["file_name"].as_str().unwrap())
        .collect();
    assert!(names.contains(&"../../etc/passwd") && names.contains(&"Reisepass Müller.pdf"), "{names:?}");
    // Nothing was written next to the database or anywhere else by that name.
    let dir = book.dir.as_path();
    let files: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert!(files.iter().all(|f| f.to_string_lossy().starts_with("casebook.db")), "{files:?}");
}

#[test]
fn a_folder_imports_what_it_can_and_names_what_it_cannot() {
    let book = Book::new();
    let (code, out) = import(&book, &[fixtures().to_str().unwrap()]);
    assert_eq!(code, 1, "a failed message makes the command fail");
    let failed: Vec<String> = out
        .iter()
        .filter(|o| o["outcome"] == "failed")
        .map(|o| format!("{} {}", o["file"].as_str().unwrap(), o["message"]))
        .collect();
    assert_eq!(
        failed,
        ["README.md null", "huge-stream.msg null", "not-an-email.png null", "several.mbox 2", "truncated.eml null"]
    );
    let created = out.iter().filter(|o| o["outcome"] == "created").count();
    assert!(created >= 8, "{out:#?}");
    // The reply to a message on a case is filed on it, not opened as a case.
    let reply = out.iter().find(|o| o["file"] == "reply.eml").unwrap();
    assert_eq!(reply["outcome"], "filed", "{reply}");
    // Every case that came in is consistent and audited.
    assert!(book.json(&["audit", "verify"])["first_broken"].is_null());
}

const INVOICE: &str = "From: Billing <billing@supplier.example>\r\nTo: accounts@acme.example\r\nSubject: Invoice 2026-1142\r\nDate: Tue, 24 Nov 2026 09:00:00 +0000\r\nMessage-ID: <inv-1142@supplier.example>\r\n\r\nPlease find attached our invoice for November. Payment is due within 30 days.\r\n";

const GERMAN: &str = "From: =?UTF-8?Q?J=C3=BCrgen_M=C3=BCller?= <jm@example.de>\r\nTo: privacy@acme.example\r\nSubject: Auskunft nach Art. 15 DSGVO\r\nDate: Wed, 25 Nov 2026 08:30:00 +0100\r\nMessage-ID: <de-1@example.de>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nSehr geehrte Damen und Herren,\r\n\r\nich bitte um Auskunft nach Art. 15 DSGVO über alle zu meiner Person gespeicherten Daten.\r\nMeine Kundennummer: K-4711\r\n\r\nMit freundlichen Grüßen\r\nJürgen Müller\r\n";

#[test]
fn non_requests_wait_for_triage_and_a_second_request_is_flagged_as_duplicate() {
    let book = Book::new();
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, bytes: &[u8]| {
        let p = dir.path().join(name);
        std::fs::write(&p, bytes).unwrap();
        p.to_str().unwrap().to_string()
    };
    let (_, out) = import(&book, &[&write("invoice.eml", INVOICE.as_bytes())]);
    assert_eq!(out[0]["status"], "needs-triage");

    let (_, out) = import(&book, &[&write("de.eml", GERMAN.as_bytes())]);
    let first = out[0]["reference"].as_str().unwrap().to_string();
    let case = book.json(&["case", "show", &first]);
    assert_eq!((case["language"].as_str(), case["rights"][0].as_str()), (Some("de"), Some("access")));
    assert_eq!(case["requester"]["name"], "Jürgen Müller");
    assert_eq!(case["requester"]["customer_ids"][0], "K-4711");

    let second = GERMAN.replace("<de-1@example.de>", "<de-2@example.de>").replace("Wed, 25 Nov", "Thu, 26 Nov");
    let (_, out) = import(&book, &[&write("de2.eml", second.as_bytes())]);
    assert_eq!(out[0]["outcome"], "created");
    assert_eq!(out[0]["duplicate_of"], serde_json::json!([first]));
}

#[test]
fn a_message_naming_its_case_is_filed_there() {
    let book = Book::new();
    let r = book.new_case("Ada", "ada@example.org", "2026-11-02", &[]);
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("id.eml");
    std::fs::write(&p, format!("From: Ada <ada@example.org>\r\nSubject: Re: your request [{r}]\r\nDate: Mon, 23 Nov 2026 10:00:00 +0000\r\nMessage-ID: <id-1@example.org>\r\n\r\nHere is the utility bill you asked for.\r\n")).unwrap();
    let (_, out) = import(&book, &[p.to_str().unwrap()]);
    assert_eq!((out[0]["outcome"].as_str(), out[0]["reference"].as_str()), (Some("filed"), Some(r.as_str())));
    let case = book.json(&["case", "show", &r]);
    assert_eq!(case["correspondence"].as_array().unwrap().len(), 1);
    assert_eq!(book.json(&["case", "list", "--search", "utility"])[0]["reference"], r);
}

#[test]
fn the_received_date_can_be_corrected_with_a_reason() {
    let book = Book::new();
    let (_, out) = import(&book, &[&fixture("plain.eml")]);
    let r = out[0]["reference"].as_str().unwrap();
    assert_ne!(book.run(&["case", "received", r, "--on", "2026-03-03"]).code, 0, "--reason is required");
    let refused = book.run(&["case", "received", r, "--on", "2026-03-03", "--reason", " "]);
    refused.fails_with("needs its reason");
    let c = book.json(&[
        "case",
        "received",
        r,
        "--on",
        "2026-03-01",
        "--reason",
        "forwarded late from sales; arrived on Sunday",
    ]);
    assert_eq!((c["received"].as_str(), c["due"].as_str()), (Some("2026-03-01"), Some("2026-04-01")));
    assert!(c["notes"][0]["text"].as_str().unwrap().contains("forwarded late"));
    assert!(book.json(&["audit", "verify"])["first_broken"].is_null());
}

#[test]
fn a_phone_request_records_who_took_it() {
    let book = Book::new();
    let r = book.json(&[
        "case",
        "new",
        "--requester-name",
        "Ada",
        "--channel",
        "phone",
        "--received",
        "2026-11-27",
        "--right",
        "erasure",
        "--taken-by",
        "Sam at reception",
        "--note",
        "called twice",
    ]);
    let notes: Vec<&str> = r["notes"].as_array().unwrap().iter().map(|n| n["text"].as_str().unwrap()).collect();
    assert_eq!(notes, ["Phone request taken by Sam at reception on 2026-11-27", "called twice"]);
    book.run(&[
        "case",
        "new",
        "--requester-name",
        "Ada",
        "--channel",
        "email",
        "--received",
        "2026-11-27",
        "--right",
        "access",
        "--taken-by",
        "Sam",
    ])
    .fails_with("who took the request is recorded for phone and in-person requests, not 'email' (--taken-by)");
}

const LETTER_DE: &str = "Erika Mustermann\nLindenstraße 5\n90402 Nürnberg\n\nSehr geehrte Damen und Herren,\n\nich widerspreche der Nutzung meiner Daten für Werbung und bitte um Löschung meiner Daten nach Art. 17 DSGVO.\n\nMit freundlichen Grüßen\nErika Mustermann\n";

#[test]
fn a_posted_letter_is_logged_with_its_scans_as_evidence() {
    let book = Book::new();
    let dir = tempfile::tempdir().unwrap();
    let scan = dir.path().join("scan-1.pdf");
    std::fs::write(&scan, b"%PDF-1.4\n% a scanned page\n").unwrap();
    let photo = dir.path().join("page2.jpg");
    std::fs::write(&photo, [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, b'J', b'F', b'I', b'F']).unwrap();
    let case = book.json(&[
        "letter",
        "log",
        "--received",
        "2026-11-23",
        "--postmark",
        "2026-11-20",
        "--requester-name",
        "Erika Mustermann",
        "--scan",
        scan.to_str().unwrap(),
        "--scan",
        photo.to_str().unwrap(),
        "--text",
        LETTER_DE,
    ]);
    assert_eq!((case["channel"].as_str(), case["received"].as_str()), (Some("letter"), Some("2026-11-23")));
    let rights: Vec<&str> = case["rights"].as_array().unwrap().iter().map(|r| r.as_str().unwrap()).collect();
    assert!(rights.contains(&"erasure") && rights.contains(&"objection"), "{rights:?}");
    assert_eq!(case["language"], "de");
    assert_eq!(case["intake"]["postmark"], "2026-11-20");
    let roles: Vec<&str> = case["documents"].as_array().unwrap().iter().map(|d| d["role"].as_str().unwrap()).collect();
    assert_eq!(roles, ["scan", "scan"]);
    assert_eq!(case["correspondence"][0]["sha256"], sha256_of(scan.to_str().unwrap()));
    assert!(case["notes"][0]["text"].as_str().unwrap().contains("postmarked 2026-11-20"));
}

#[test]
fn a_posted_letter_with_bad_input_is_refused_and_nothing_is_stored() {
    let book = Book::new();
    let dir = tempfile::tempdir().unwrap();
    let fake = dir.path().join("scan.pdf");
    std::fs::write(&fake, b"MZ\x90\x00 this is an executable").unwrap();
    let before = book.stored();
    let base = ["letter", "log", "--received", "2026-11-23", "--requester-name", "Erika"];
    let table: &[(&[&str], &str)] = &[
        (&["--scan", fake.to_str().unwrap(), "--right", "access"], "scan 'scan.pdf' is not a PDF, PNG or JPEG file"),
        (&["--right", "access"], "a letter needs its text"),
        (&["--text", "Dear Sir, thank you for the lovely catalogue."], "no right recognised in the letter's text"),
        (
            &["--text", "Please delete my data", "--postmark", "2026-11-25"],
            "postmark 2026-11-25 is after the day the letter was received",
        ),
        (&["--scan", "/nonexistent/scan.pdf", "--right", "access"], "cannot read scan /nonexistent/scan.pdf"),
    ];
    for (extra, needle) in table {
        let mut args = base.to_vec();
        args.extend_from_slice(extra);
        book.run(&args).fails_with(needle);
    }
    assert!(book.stored() == before, "a refused letter changed the database");
}

/// A complaint is offered as one: the imported case carries the note that says
/// how to open it as a complaint (UK DPA 2018 s.164A) with its 30-day acknowledgement.
#[test]
fn a_complaint_is_offered_as_one() {
    let book = Book::new();
    let dir = book.dir.clone();
    let eml = dir.join("complaint.eml");
    std::fs::write(
        &eml,
        "From: Ada Lovelace <ada@example.org>\r\nTo: dpo@acme.example\r\nSubject: Complaint about my GDPR request\r\n\
         Date: Mon, 2 Nov 2026 10:00:00 +0000\r\nMessage-ID: <c1@example.org>\r\n\r\n\
         I am writing to make this complaint about how you handled my personal data under the GDPR: \
         my subject access request was answered late.\r\n",
    )
    .unwrap();
    let (code, out) = import(&book, &[eml.to_str().unwrap()]);
    assert_eq!(code, 0, "{out:?}");
    let reference = out[0]["reference"].as_str().unwrap();
    let case = book.json(&["case", "show", reference]);
    assert_eq!(case["intake"]["classification"]["kind"], "complaint", "{case:#}");
    let notes: Vec<&str> = case["notes"].as_array().unwrap().iter().filter_map(|n| n["text"].as_str()).collect();
    assert!(notes.iter().any(|n| n.contains("casebook complaint new --concerns")), "{notes:?}");
}

/// Contact details as they are: a phone under an email's signature is the
/// phone (not the postal address), and a posted letter's opening sender
/// block gives the address.
#[test]
fn phones_are_phones_and_a_letters_first_lines_give_the_address() {
    let book = Book::new();
    let dir = tempfile::tempdir().unwrap();
    let eml = dir.path().join("phone.eml");
    std::fs::write(
        &eml,
        "From: Jane Doe <jane@example.org>\r\nTo: dpo@acme.example\r\nSubject: Delete my data\r\nDate: Mon, 23 Nov 2026 10:00:00 +0000\r\nMessage-ID: <phone-1@example.org>\r\n\r\nHello,\r\n\r\nplease delete all my personal data under Article 17 GDPR.\r\n\r\nKind regards,\r\nJane Doe\r\n020 7946 0958\r\n",
    )
    .unwrap();
    let (code, out) = import(&book, &[eml.to_str().unwrap()]);
    assert_eq!(code, 0, "{out:?}");
    let r = out[0]["reference"].as_str().unwrap_or_else(|| panic!("{out:?}")).to_string();
    let case = book.json(&["case", "show", &r]);
    assert_eq!(case["requester"]["phone"], "020 7946 0958", "{case:#}");
    assert!(case["requester"]["postal_address"].is_null(), "{case:#}");
    let letter = "Erika Mustermann\nHeidestraße 17\n51147 Köln\nTel. 0221 1234567\n\nAcme Ltd\n1 Example Road\nLondon EC1A 1BB\n\n20. November 2026\n\nGuten Tag,\n\nbitte löschen Sie alle meine personenbezogenen Daten (Art. 17 DSGVO).\n\nMit freundlichen Grüßen\nErika Mustermann\n";
    let case = book.json(&[
        "letter",
        "log",
        "--received",
        "2026-11-23",
        "--requester-name",
        "Erika Mustermann",
        "--text",
        letter,
    ]);
    assert_eq!(case["requester"]["postal_address"], "Heidestraße 17, 51147 Köln", "{case:#}");
    assert_eq!(case["requester"]["phone"], "0221 1234567", "{case:#}");
}

#[test]
fn bench_classify_times_detection_and_classification_of_each_request() {
    let book = Book::empty();
    let letters = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../casebook-core/tests/corpus/letters/de");
    let report = book.json(&["bench", "--classify", letters.to_str().unwrap(), "--runs", "1"]);
    let report = &report["classify"];
    assert!(report["requests"].as_u64().unwrap() >= 20, "{report:#}");
    for part in ["detect_and_classify", "detect", "classify"] {
        let median = report[part]["median_ms"].as_f64().unwrap();
        assert!(median > 0.0 && median <= report[part]["max_ms"].as_f64().unwrap(), "{part}: {report:#}");
    }
    book.run(&["bench", "--classify", "/nonexistent/letters"])
        .fails_with("--classify: cannot read /nonexistent/letters");
    let empty = tempfile::tempdir().unwrap();
    book.run(&["bench", "--classify", empty.path().to_str().unwrap()]).fails_with("--classify: no .txt file under");
}

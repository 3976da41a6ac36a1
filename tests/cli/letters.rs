//! Letters: every kind in every built-in language, checked as real PDFs
//! with poppler (`pdftotext`, `pdffonts`) and `qpdf --check`; the .eml draft;
//! pagination; hostile input; refusals that change nothing.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::harness::{Book, local_only, on_team};

const KINDS: [&str; 15] = [
    "acknowledgement",
    "id-request",
    "authority-request",
    "clarification",
    "extension",
    "fee-request",
    "access-response",
    "erasure-confirmation",
    "rectification-confirmation",
    "restriction-confirmation",
    "objection-confirmation",
    "opt-out-confirmation",
    "refusal",
    "no-data",
    "id-reminder",
];

pub(crate) fn tool(name: &str, args: &[&str]) -> String {
    let out = Command::new(name)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{name} is installed by scripts/setup.sh: {e}"));
    assert!(out.status.success(), "{name} {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The PDF's text with every run of white space as one space (poppler
/// breaks lines where the layout wrapped them).
pub(crate) fn pdf_text(pdf: &Path) -> String {
    tool("pdftotext", &[pdf.to_str().unwrap(), "-"]).split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `pdfinfo`'s value for `key`.
pub(crate) fn pdf_info(pdf: &Path, key: &str) -> String {
    let info = tool("pdfinfo", &[pdf.to_str().unwrap()]);
    info.lines()
        .find_map(|l| l.strip_prefix(&format!("{key}:")))
        .map(|v| v.trim().to_string())
        .unwrap_or_else(|| panic!("no {key} in {info}"))
}

/// Every font embedded, subset and with a Unicode map; `qpdf --check` clean.
pub(crate) fn assert_sound(pdf: &Path) {
    let fonts = tool("pdffonts", &[pdf.to_str().unwrap()]);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(!rows.is_empty(), "no fonts in {}", pdf.display());
    for row in rows {
        let cols: Vec<&str> = row.split_whitespace().collect();
        let flags = &cols[cols.len() - 5..cols.len() - 2];
        assert_eq!(flags, ["yes", "yes", "yes"], "emb/sub/uni in {}: {row}", pdf.display());
    }
    let check = tool("qpdf", &["--check", pdf.to_str().unwrap()]);
    assert!(check.contains("No syntax or stream encoding errors"), "{check}");
}

pub(crate) fn folder(book: &Book) -> PathBuf {
    book.dir.clone()
}

fn processing_settings(book: &Book, purposes: usize) {
    let purposes: Vec<String> = (1..=purposes)
        .map(|i| format!("Purpose {i}: running the customer account and billing for the service"))
        .collect();
    let settings = serde_json::json!({
        "processing": {
            "purposes": purposes,
            "data_categories": ["Name and postal address", "Email address", "Order history"],
            "recipients": ["Parcel carrier (DHL)", "Payment processor (Stripe)"],
            "retention": "Account data for the life of the account plus 6 years (Limitation Act 1980).",
            "sources": ["Credit reference agency (Experian)"],
            "automated_decisions": "None: no decision about you is made by automated means alone.",
            "transfers": "Stripe, Inc. (USA) under the UK International Data Transfer Addendum."
        }
    });
    let file = folder(book).join("letters.json");
    std::fs::write(&file, settings.to_string()).unwrap();
    let r = book.run(&["letter", "settings", "--file", file.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
}

/// An EU case in Bavaria with every step a letter can quote.
fn worked_case(book: &Book) -> String {
    let reference = book.new_case(
        "Jürgen Müller",
        "jm@example.de",
        "2026-11-02",
        &[
            "--regime",
            "eu-gdpr",
            "--location",
            "DE-BY",
            "--language",
            "de",
            "--requester-address",
            "Lindenstraße 5\n90402 Nürnberg",
            "--subject-name",
            "Lena Müller",
            "--subject-relationship",
            "parent",
            // Every right a letter kind answers, so that each kind fits the case.
            "--right",
            "access",
            "--right",
            "erasure",
            "--right",
            "rectification",
            "--right",
            "restriction",
            "--right",
            "objection",
            "--right",
            "opt-out-of-sale",
        ],
    );
    for args in [
        vec!["identity", "request", &reference, "--on", "2026-11-03", "--what", "a copy of a recent utility bill"],
        vec!["identity", "received", &reference, "--on", "2026-11-05"],
        vec![
            "clarification",
            "ask",
            &reference,
            "--on",
            "2026-11-06",
            "--question",
            "Which of your two customer accounts do you mean?",
        ],
        vec!["clarification", "answer", &reference, "--on", "2026-11-09"],
        vec![
            "extension",
            "take",
            &reference,
            "--reason",
            "the request covers ten years of records in four systems",
            "--notified-on",
            "2026-11-20",
        ],
    ] {
        let r = book.run(&args);
        assert_eq!(r.code, 0, "{args:?}: {}", r.stderr);
    }
    reference
}

#[test]
fn every_kind_renders_in_english_german_and_french() {
    let book = Book::new();
    processing_settings(&book, 3);
    let reference = worked_case(&book);
    // The confirmations state the action log: a system searched, what was done, who was told.
    book.register_systems(&["crm"]);
    for args in [
        vec!["case", "update", &reference, "--subject-category", "customer"],
        vec!["case", "searched", &reference, "--system", "crm", "--result", "found", "--on", "2026-11-20"],
        vec![
            "case",
            "action",
            &reference,
            "--system",
            "crm",
            "--right",
            "erasure",
            "--did",
            "erased",
            "--on",
            "2026-11-21",
        ],
        vec![
            "case",
            "action",
            &reference,
            "--system",
            "crm",
            "--right",
            "rectification",
            "--did",
            "rectified",
            "--detail",
            "Anschrift: Altstraße 1 → Lindenstraße 5",
            "--on",
            "2026-11-21",
        ],
        vec![
            "case",
            "notify",
            &reference,
            "--recipient",
            "Hosting provider",
            "--right",
            "erasure",
            "--on",
            "2026-11-22",
        ],
        vec!["case", "action", &reference, "--system", "crm", "--right", "restriction", "--did", "restricted"],
        vec!["case", "action", &reference, "--system", "crm", "--right", "objection", "--did", "suppressed"],
        vec!["case", "action", &reference, "--system", "crm", "--right", "opt-out-of-sale", "--did", "suppressed"],
        // The fee request states the recorded step (GDPR Art. 15(3): further copies).
        vec![
            "case",
            "fee-request",
            &reference,
            "--ground",
            "further-copies",
            "--amount",
            "€10.00",
            "--on",
            "2026-11-20",
        ],
    ] {
        let r = book.run(&args);
        assert_eq!(r.code, 0, "{args:?}: {}", r.stderr);
    }
    // The access response and the confirmations state each right's recorded answer.
    crate::letter_facts::answer_rights(
        &book,
        &reference,
        &["access", "erasure", "rectification", "restriction", "objection", "opt-out-of-sale"],
    );
    // The refusal and the no-data letter go out on a case refused, whose
    // rights are not answered with data and whose searches found nothing.
    let unanswered = worked_case(&book);
    for args in [
        vec!["case", "update", &unanswered, "--subject-category", "customer"],
        vec!["case", "searched", &unanswered, "--system", "crm", "--result", "nothing-found", "--on", "2026-11-20"],
        vec![
            "case",
            "refuse",
            &unanswered,
            "--reason",
            "manifestly-unfounded",
            "--text",
            "the same request was answered on 1 October 2026",
        ],
    ] {
        let r = book.run(&args);
        assert_eq!(r.code, 0, "{args:?}: {}", r.stderr);
    }
    let dir = folder(&book);
    for lang in ["en", "de", "fr", "es", "it", "nl", "pt", "pl"] {
        for kind in KINDS {
            let out = dir.join(format!("{lang}-{kind}.pdf"));
            let case = if matches!(kind, "refusal" | "no-data") { &unanswered } else { &reference };
            let r = book.run(&[
                "letter",
                "make",
                case,
                "--kind",
                kind,
                "--lang",
                lang,
                "--out",
                out.to_str().unwrap(),
                "--reason",
                "manifestly unfounded: the same request was answered on 1 October 2026",
                "--fee",
                "€10.00",
            ]);
            assert_eq!(r.code, 0, "{lang} {kind}: {}", r.stderr);
            assert_sound(&out);
            let text = pdf_text(&out);
            assert!(text.contains("Jürgen Müller") && text.contains(case.as_str()), "{lang} {kind}: {text}");
        }
    }
    let de = pdf_text(&dir.join("de-extension.pdf"));
    assert!(de.contains("Verlängerung der Frist"), "{de}");
    assert!(de.contains("Lindenstraße 5") && de.contains("90402 Nürnberg"), "{de}");
    assert!(de.contains("Mit freundlichen Grüßen"), "{de}");
    assert!(de.contains("ten years of records"), "the extension gives its reasons: {de}");
    assert!(de.contains("2026-0001") && de.contains("Seite 1 von 1"), "{de}");
    let refusal = pdf_text(&dir.join("en-refusal.pdf"));
    assert!(refusal.contains("Bayerisches Landesamt für Datenschutzaufsicht"), "{refusal}");
    assert!(refusal.contains("courts"), "{refusal}");
    let erasure = pdf_text(&dir.join("en-erasure-confirmation.pdf"));
    assert!(erasure.contains("The crm system: erased"), "{erasure}");
    assert!(erasure.contains("Hosting provider (22 November 2026)"), "only the recipient told: {erasure}");
    assert!(!erasure.contains("Parcel carrier") && !erasure.contains("Payment processor"), "{erasure}");
    let rectified = pdf_text(&dir.join("de-rectification-confirmation.pdf"));
    // The organisation's own words, quoted as recorded in a German letter.
    assert!(rectified.contains("„The crm system“: „Anschrift: Altstraße 1 → Lindenstraße 5“"), "{rectified}");
    assert!(!rectified.contains("Hosting provider"), "told of the erasure, not of the correction: {rectified}");
    // Each confirmation states its own right's action, and nothing recorded for another right.
    let restricted = pdf_text(&dir.join("en-restriction-confirmation.pdf"));
    assert!(restricted.contains("in these systems: • The crm system There we now only store it"), "{restricted}");
    assert!(!restricted.contains("Hosting provider") && !restricted.contains("erased"), "{restricted}");
    let objection = pdf_text(&dir.join("fr-objection-confirmation.pdf"));
    assert!(
        objection.contains("« The crm system » : coordonnées inscrites sur notre liste d'opposition"),
        "{objection}"
    );
    let opt_out = pdf_text(&dir.join("en-opt-out-confirmation.pdf"));
    assert!(opt_out.contains("The crm system: added to our opt-out list"), "{opt_out}");
    // Twelve months without asking to opt back in is California's rule (Cal. Civ. Code
    // §1798.135(c)(4)), not this UK case's: the letter does not promise it.
    assert!(!opt_out.contains("twelve months"), "not a CCPA case: {opt_out}");
    assert!(!opt_out.contains("third parties"), "no one is recorded as told: {opt_out}");
    let access = pdf_text(&dir.join("en-access-response.pdf"));
    assert!(access.contains("6 years after the account closes"), "from the system searched: {access}");
    let fr = pdf_text(&dir.join("fr-acknowledgement.pdf"));
    assert!(fr.contains("accusé de réception") && fr.contains("salutations distinguées"), "{fr}");
}

#[test]
fn the_case_language_is_used_and_the_letter_is_recorded_with_its_hash() {
    let book = Book::new();
    let reference = worked_case(&book);
    let dir = folder(&book);
    let (pdf, txt, eml) = (dir.join("a.pdf"), dir.join("a.txt"), dir.join("a.eml"));
    let made = book.json(&[
        "letter",
        "make",
        &reference,
        "--kind",
        "acknowledgement",
        "--out",
        pdf.to_str().unwrap(),
        "--text",
        txt.to_str().unwrap(),
        "--eml",
        eml.to_str().unwrap(),
    ]);
    assert_eq!(made["language"], "de");
    let sha = made["sha256"].as_str().unwrap();
    assert_eq!(sha.len(), 64);
    let text = std::fs::read_to_string(&txt).unwrap();
    assert!(text.starts_with("Ihre datenschutzrechtliche Anfrage: Eingangsbestätigung"), "{text}");
    let draft = std::fs::read_to_string(&eml).unwrap();
    // The subject is an encoded word (it has an umlaut); the bracketed reference stays readable in it.
    let subject = draft.lines().find(|l| l.starts_with("Subject:")).unwrap();
    assert!(subject.contains(&format!("[{reference}]")), "{draft}");
    assert!(draft.contains("From: \"Acme Ltd\" <dpo@acme.example>") || draft.contains("<dpo@acme.example>"), "{draft}");
    assert!(draft.contains("<jm@example.de>"), "{draft}");
    assert!(
        draft.contains("Content-Type: application/pdf") && draft.contains("Content-Transfer-Encoding: base64"),
        "{draft}"
    );
    assert!(draft.contains(&format!("filename=\"{reference}-acknowledgement.pdf\"")), "{draft}");
    assert!(draft.contains("X-Unsent: 1"));
    // The draft is kept with the PDF's hash (not yet correspondence: see drafts.rs); the chain is intact.
    let audit = book.run(&["audit", "verify"]);
    assert_eq!(audit.code, 0, "{}", audit.stdout);
    let stored = book.stored();
    assert!(stored.windows(sha.len()).any(|w| w == sha.as_bytes()), "the PDF's hash is stored");
}

#[test]
fn a_long_access_response_spans_pages_with_page_x_of_n() {
    let book = Book::new();
    processing_settings(&book, 60);
    let reference = book.new_case("Ørsted Σωκράτης Дмитрий", "o@example.org", "2026-11-02", &[]);
    let out = folder(&book).join("access.pdf");
    crate::letter_facts::answer_rights(&book, &reference, &["access"]);
    let made = book.json(&["letter", "make", &reference, "--kind", "access-response", "--out", out.to_str().unwrap()]);
    let pages = made["pages"].as_u64().unwrap();
    assert!(pages >= 2, "{pages} pages");
    assert_sound(&out);
    assert_eq!(pdf_info(&out, "Pages"), pages.to_string());
    assert_eq!(pdf_info(&out, "Title"), "Your request for access to your personal data");
    assert_eq!(pdf_info(&out, "Author"), "Acme Ltd");
    let created = pdf_info(&out, "CreationDate");
    assert!(
        created.contains("Nov 29") && created.contains("2026"),
        "the date passed in, not the machine's clock: {created}"
    );
    let text = pdf_text(&out);
    assert!(
        text.contains(&format!("Page 1 of {pages}")) && text.contains(&format!("Page {pages} of {pages}")),
        "{text}"
    );
    assert!(text.contains("Ørsted Σωκράτης Дмитрий"), "{text}");
    assert!(text.contains("Purpose 60:") && text.contains("International Data Transfer Addendum"), "{text}");
    assert!(text.contains("Information Commissioner"), "{text}");
}

#[test]
fn hostile_names_render_literally() {
    let book = Book::new();
    let long = "Wolfeschlegelsteinhausenbergerdorff ".repeat(12);
    let names = [
        long.trim().to_string(),
        "{{ 7*7 }} {% for x in range(3) %}X{% endfor %}".to_string(),
        "<script>alert(1)</script> <b>Bob</b>".to_string(),
        "محمد عبد الله".to_string(),
        "W".repeat(300),
    ];
    for (i, name) in names.iter().enumerate() {
        let reference = book.new_case(name, "h@example.org", "2026-11-02", &[]);
        let out = folder(&book).join(format!("hostile-{i}.pdf"));
        let r = book.run(&["letter", "make", &reference, "--kind", "no-data", "--out", out.to_str().unwrap()]);
        assert_eq!(r.code, 0, "{name}: {}", r.stderr);
        assert_sound(&out);
        let flat = pdf_text(&out);
        match i {
            1 => {
                assert!(flat.contains("{{ 7*7 }}") && flat.contains("{% for x in range(3) %}X{% endfor %}"), "{flat}");
                assert!(!flat.contains("49") && !flat.contains("XXX"), "template code ran: {flat}");
            }
            2 => assert!(flat.contains("<script>alert(1)</script> <b>Bob</b>"), "{flat}"),
            _ => {}
        }
        // Nothing runs off the page: every word poppler finds lies within the page box.
        let bbox = tool("pdftotext", &["-bbox", out.to_str().unwrap(), "-"]);
        for line in bbox.lines().filter(|l| l.contains("<word ")) {
            let num = |key: &str| -> f64 {
                let at = line.find(&format!("{key}=\"")).unwrap() + key.len() + 2;
                line[at..].split('"').next().unwrap().parse().unwrap()
            };
            assert!(num("xMin") >= 0.0 && num("xMax") <= 595.5, "{name}: word off the page: {line}");
        }
    }
}

#[test]
fn cjk_names_use_a_fallback_font_from_the_organisation_folder() {
    let book = Book::new();
    let fonts = folder(&book).join("fonts");
    std::fs::create_dir(&fonts).unwrap();
    std::fs::copy("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", fonts.join("DroidSansFallbackFull.ttf"))
        .expect("fonts-droid-fallback is installed by scripts/setup.sh");
    let reference = book.new_case("李小龙 Zoë Łukasiewicz", "l@example.org", "2026-11-02", &[]);
    let out = folder(&book).join("cjk.pdf");
    let r = book.run(&["letter", "make", &reference, "--kind", "acknowledgement", "--out", out.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_sound(&out);
    assert!(pdf_text(&out).contains("李小龙 Zoë Łukasiewicz"));
    assert!(std::fs::metadata(&out).unwrap().len() < 200_000, "the CJK face is subset");
}

#[test]
fn names_in_every_script_extract_as_typed() {
    let book = Book::new();
    for (i, name) in ["Zoë Łukasiewicz", "Ørsted", "Σωκράτης", "Дмитрий", "李小龙", "محمد"].iter().enumerate()
    {
        let reference = book.new_case(name, "n@example.org", "2026-11-02", &[]);
        let out = folder(&book).join(format!("script-{i}.pdf"));
        let r = book.run(&["letter", "make", &reference, "--kind", "acknowledgement", "--out", out.to_str().unwrap()]);
        assert_eq!(r.code, 0, "{name}: {}", r.stderr);
        assert_sound(&out);
        let text = pdf_text(&out);
        assert!(text.contains(&format!("Dear {name},")) || text.contains(name), "{name}: {text}");
        let fonts = tool("pdffonts", &[out.to_str().unwrap()]);
        assert_eq!(fonts.contains("DroidSansFallback"), *name == "李小龙", "the CJK face only when needed: {fonts}");
        assert!(std::fs::metadata(&out).unwrap().len() < 120_000, "{name}: fonts are subset");
    }
}

#[test]
fn refusals_are_clear_and_change_nothing() {
    let book = Book::new();
    let reference = book.new_case("Ada Lovelace", "ada@example.org", "2026-11-02", &[]);
    let out = folder(&book).join("x.pdf");
    let o = out.to_str().unwrap();
    let before = book.stored();
    book.run(&["letter", "make", &reference, "--kind", "thank-you", "--out", o])
        .fails_with("unknown letter kind 'thank-you' (expected one of: acknowledgement");
    book.run(&["letter", "make", &reference, "--kind", "refusal", "--lang", "sv", "--reason", "x", "--out", o])
        .fails_with("no 'sv' template for letter kind 'refusal' (available: de, en, es, fr, it, nl, pl, pt)");
    book.run(&["letter", "make", &reference, "--kind", "refusal", "--lang", "english", "--out", o])
        .fails_with("invalid language 'english'");
    book.run(&["letter", "make", &reference, "--kind", "refusal", "--out", o]).fails_with("a refusal needs its reason");
    book.run(&["letter", "make", &reference, "--kind", "refusal", "--reason", "x", "--out", o])
        .fails_with("the refusal letter states that the request is refused, and no refusal is recorded");
    book.run(&["letter", "make", &reference, "--kind", "id-request", "--out", o]).fails_with("identity request");
    book.run(&["letter", "make", &reference, "--kind", "access-response", "--out", o])
        .fails_with("purposes, data_categories");
    book.run(&["letter", "make", "CB-2026-0099", "--kind", "no-data", "--out", o]).fails_with("CB-2026-0099");
    let phone = book.json(&[
        "case",
        "new",
        "--requester-name",
        "Bo",
        "--channel",
        "phone",
        "--received",
        "2026-11-02",
        "--right",
        "access",
    ]);
    let phone_ref = phone["reference"].as_str().unwrap().to_string();
    let before_eml = book.stored();
    book.run(&[
        "letter",
        "make",
        &phone_ref,
        "--kind",
        "no-data",
        "--out",
        o,
        "--eml",
        folder(&book).join("x.eml").to_str().unwrap(),
    ])
    .fails_with("no email address for the requester");
    assert_eq!(book.stored(), before_eml, "a refused draft records nothing");
    assert!(!out.exists());
    let _ = before;

    // An existing file is kept unless --force.
    std::fs::write(&out, b"keep me").unwrap();
    book.run(&["letter", "make", &reference, "--kind", "no-data", "--out", o]).fails_with("exists (use --force");
    assert_eq!(std::fs::read(&out).unwrap(), b"keep me");
    let r = book.run(&["letter", "make", &reference, "--kind", "no-data", "--out", o, "--force"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(std::fs::read(&out).unwrap().starts_with(b"%PDF-"));
}

#[test]
fn an_organisation_template_overrides_the_shipped_one() {
    if local_only("own templates are files beside a local register's file") {
        return;
    }
    let book = Book::new();
    let dir = folder(&book).join("templates").join("en");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("no-data.txt"),
        "Nothing on file\nDear {{ requester.name }},\n\nWe searched and found nothing (ref. {{ case.reference }}).\n",
    )
    .unwrap();
    let reference = book.new_case("Ada Lovelace", "ada@example.org", "2026-11-02", &[]);
    let out = folder(&book).join("o.pdf");
    let r = book.run(&["letter", "make", &reference, "--kind", "no-data", "--out", out.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let text = pdf_text(&out);
    assert!(
        text.contains("Nothing on file") && text.contains("We searched and found nothing (ref. CB-2026-0001)"),
        "{text}"
    );

    // A broken override names its file and line.
    std::fs::write(dir.join("no-data.txt"), "Title\n\n{{ requester.nmae }}\n").unwrap();
    book.run(&["letter", "make", &reference, "--kind", "no-data", "--out", out.to_str().unwrap(), "--force"])
        .fails_with("template en/no-data.txt: line 3");
}

#[test]
fn own_templates_are_made_listed_checked_and_put_aside() {
    if local_only("own templates are files beside a local register's file") {
        return;
    }
    let book = Book::new();
    let reference = book.new_case("Ada Lovelace", "ada@example.org", "2026-11-02", &[]);
    let listed = book.json(&["letter", "templates"]);
    assert_eq!(listed["folder"], folder(&book).join("templates").to_str().unwrap());
    let rows = listed["templates"].as_array().unwrap();
    // Every request kind, the two complaint kinds, the appeal decision, the account deactivation and
    // preferences confirmations (tests/cli/children.rs) and the shared closing, in each of the
    // eight languages letters go out in (en, de, fr, es, it, nl, pt, pl).
    assert_eq!(rows.len(), 8 * (KINDS.len() + 3 + 2 + 1));
    assert!(rows.iter().all(|r| r["own"].is_null() && r["problem"].is_null() && r["built_in"] == true));

    // Customise, edit, and the letter says what the file now says.
    let r = book.run(&["letter", "template", "customise", "no-data", "--lang", "en"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let own = folder(&book).join("templates/en/no-data.txt");
    assert_eq!(r.stdout.trim(), format!("own copy made: {}", own.display()));
    let shipped = std::fs::read_to_string(&own).unwrap();
    assert!(shipped.contains("{{"), "the built-in template was copied: {shipped}");
    std::fs::write(&own, shipped.replacen('\n', "\n\nOur own words for {{ requester.name }}, checked by Legal.\n", 1))
        .unwrap();
    let out = folder(&book).join("o.pdf");
    let r = book.run(&["letter", "make", &reference, "--kind", "no-data", "--out", out.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(pdf_text(&out).contains("Our own words for Ada Lovelace, checked by Legal."), "{}", pdf_text(&out));
    book.run(&["letter", "template", "customise", "no-data", "--lang", "en"])
        .fails_with("already an own copy of en/no-data.txt");

    // A broken own copy shows in the list, with its file and line, before any letter is made.
    std::fs::write(&own, "Nothing\n\n{{ requester.nmae }}\n").unwrap();
    let r = book.run(&["letter", "templates"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let line = r.stdout.lines().find(|l| l.starts_with("no-data") && l.contains(" en ")).unwrap();
    assert!(line.contains("own") && line.contains("template en/no-data.txt: line 3"), "{line}");
    let listed = book.json(&["letter", "templates"]);
    let row = listed["templates"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["kind"] == "no-data" && r["language"] == "en")
        .unwrap()
        .clone();
    assert_eq!(row["own"], own.to_str().unwrap());
    assert!(row["problem"].as_str().unwrap().contains("undefined"), "{row}");

    // Back to the built-in one: the own copy is kept aside, the letter is the shipped one again.
    let r = book.run(&["letter", "template", "restore", "no-data", "--lang", "en"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let aside = folder(&book).join("templates/en/no-data.txt.20261129T100000Z.bak");
    assert!(r.stdout.contains(aside.to_str().unwrap()), "{}", r.stdout);
    assert_eq!(std::fs::read_to_string(&aside).unwrap(), "Nothing\n\n{{ requester.nmae }}\n");
    assert!(!own.exists());
    let r = book.run(&["letter", "make", &reference, "--kind", "no-data", "--out", out.to_str().unwrap(), "--force"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(!pdf_text(&out).contains("Our own words"));
    book.run(&["letter", "template", "restore", "no-data", "--lang", "en"]).fails_with("own template 'en/no-data.txt");
}

#[test]
fn template_commands_refuse_unknown_kinds_and_languages() {
    let book = Book::new();
    // A team register's own copy needs its text (`--from`): `show` asks the same of the kind and language.
    let verb = if on_team() { "show" } else { "customise" };
    book.run(&["letter", "template", verb, "love-letter", "--lang", "en"])
        .fails_with("unknown letter kind 'love-letter'");
    book.run(&["letter", "template", verb, "no-data", "--lang", "../../x"]).fails_with("invalid language '../../x'");
    let no_sv = if on_team() { "there is no 'sv' template of no-data" } else { "no built-in 'sv' template" };
    book.run(&["letter", "template", verb, "no-data", "--lang", "sv"]).fails_with(no_sv);
    // The text letters would be made from, in a language with no template at all: what to do, on either register.
    book.run(&["letter", "template", "show", "no-data", "--lang", "sv"]).fails_with(
        "there is no 'sv' template of no-data, built-in or your own (built-in languages: en, de, fr, es, it, nl, pt, pl): keep one of your own with `casebook letter template customise no-data --lang sv --from FILE`",
    );
    book.run(&["letter", "template", "restore", "../no-data", "--lang", "en"])
        .fails_with("unknown letter kind '../no-data'");
    assert!(!folder(&book).join("templates").exists());
}

/// A German (and French) letter on the demo organisation's register lists
/// its purposes, recipients and categories in its own language: no English
/// DPV label is left in it, and the organisation's own words are quoted as
/// recorded.
#[test]
fn a_german_erasure_letter_has_no_english_vocabulary() {
    let book = Book::empty();
    let loaded = book.run(&["demo", "load"]);
    assert_eq!(loaded.code, 0, "{}", loaded.stderr);
    for (lang, kind, quote) in [
        ("de", "erasure-confirmation", ('\u{201e}', '\u{201c}')),
        ("de", "access-response", ('\u{201e}', '\u{201c}')),
        ("fr", "access-response", ('\u{ab}', '\u{bb}')),
        ("es", "access-response", ('\u{ab}', '\u{bb}')),
        ("it", "access-response", ('\u{ab}', '\u{bb}')),
        ("nl", "access-response", ('\u{201c}', '\u{201d}')),
        ("pt", "access-response", ('\u{ab}', '\u{bb}')),
        ("pl", "access-response", ('\u{201e}', '\u{201d}')),
    ] {
        use casebook_core::processing::dpv::{TERMS, label_in};
        // A label the languages share ("Marketing", "Name") is not English only.
        let english: Vec<&str> =
            TERMS.iter().filter(|(id, en, _)| label_in(id, lang) != Some(*en)).map(|(_, en, _)| *en).collect();
        let r = book.new_case(
            "Jürgen Müller",
            "jm@example.de",
            "2026-11-02",
            &[
                "--right",
                "erasure",
                "--right",
                "access",
                "--regime",
                "eu-gdpr",
                "--location",
                "DE-BY",
                "--language",
                lang,
            ],
        );
        // What the letters state must be recorded first: every relevant
        // system searched (found), and for the erasure what was done in each.
        let log = book.json(&["case", "search-log", &r]);
        for system in log["unsearched"].as_array().unwrap() {
            let system = system.as_str().unwrap();
            book.json(&["case", "searched", &r, "--system", system, "--result", "found"]);
            if kind == "erasure-confirmation" {
                book.json(&["case", "action", &r, "--system", system, "--right", "erasure", "--did", "erased"]);
            }
        }
        let right = if kind == "erasure-confirmation" { "erasure" } else { "access" };
        crate::letter_facts::answer_rights(&book, &r, &[right]);
        let out = book.dir.join(format!("{r}-{kind}.pdf"));
        let made = book.run(&["letter", "make", &r, "--kind", kind, "--out", out.to_str().unwrap()]);
        assert_eq!(made.code, 0, "{}", made.stderr);
        let text = pdf_text(&out);
        assert!(text.contains(quote.0), "{lang} {kind}: nothing quoted as recorded: {text}");
        // The organisation's own words are between quotes; what is left is the letter's language.
        let mut outside = String::new();
        let mut depth = 0;
        for c in text.chars() {
            if c == quote.0 {
                depth += 1;
            } else if c == quote.1 && depth > 0 {
                depth -= 1;
            } else if depth == 0 {
                outside.push(c);
            }
        }
        // A label as a whole word or words ("Consent", not the start of "Consentement").
        let has_word = |label: &str| {
            outside.match_indices(label).any(|(at, _)| {
                let before = outside[..at].chars().next_back().is_none_or(|c| !c.is_alphabetic());
                let after = outside[at + label.len()..].chars().next().is_none_or(|c| !c.is_alphabetic());
                before && after
            })
        };
        for label in &english {
            assert!(!has_word(label), "{lang} {kind}: English label {label:?} in {outside}");
        }
        assert!(!outside.contains("Processors acting for us") && !outside.contains("none"), "{outside}");
    }
}

#[test]
fn letters_of_a_request_mixing_rights_that_wait_for_identity_with_rights_that_go_ahead_say_which_is_which() {
    let book = Book::new();
    let r =
        book.new_case("Ian Wright", "ian@example.org", "2026-11-02", &["--right", "access", "--right", "unsubscribe"]);
    book.json(&["identity", "request", &r, "--on", "2026-11-03", "--what", "a copy of a recent utility bill"]);
    let dir = tempfile::tempdir().unwrap();
    let text = |kind: &str| {
        let out = dir.path().join(format!("{kind}.pdf"));
        book.json(&["letter", "make", &r, "--kind", kind, "--out", out.to_str().unwrap()]);
        pdf_text(&out)
    };
    // The unsubscribe's month from receipt; access's clock not started.
    let ack = text("acknowledgement");
    assert!(
        ack.contains("We will act on your request for unsubscribing from marketing by 2 December 2026 at the latest: it does not wait for us to confirm your identity. For access, the time we have to respond starts once we have confirmed your identity."),
        "{ack}"
    );
    assert!(!ack.contains("We will respond by"), "{ack}");
    let ask = text("id-request");
    assert!(ask.contains("Before we can act on your request for access of 2 November 2026"), "{ask}");
    assert!(
        ask.contains(
            "Meanwhile we are acting on your request for unsubscribing from marketing, which does not need this check."
        ),
        "{ask}"
    );
    // A request of rights that all wait reads as before.
    let all = book.new_case("Jo", "jo@example.org", "2026-11-02", &["--right", "access", "--right", "erasure"]);
    book.json(&["identity", "request", &all, "--on", "2026-11-03", "--what", "a bill"]);
    let out = dir.path().join("all.pdf");
    book.json(&["letter", "make", &all, "--kind", "id-request", "--out", out.to_str().unwrap()]);
    let all_text = pdf_text(&out);
    assert!(all_text.contains("your request for access and erasure of 2 November 2026"), "{all_text}");
    assert!(!all_text.contains("Meanwhile"), "{all_text}");
}

/// UK GDPR Art. 12A: a fee, like identity evidence, holds the clock until it
/// arrives. The acknowledgement says what is awaited, and never that the
/// person's identity is in question when only a fee is.
#[test]
fn an_acknowledgement_names_the_fee_when_the_clock_waits_for_a_fee() {
    let book = Book::new();
    let dir = tempfile::tempdir().unwrap();
    let letter = |r: &str, kind: &str, lang: &str| {
        let out = dir.path().join(format!("{r}-{kind}-{lang}.pdf"));
        let path = out.to_str().unwrap();
        book.json(&["letter", "make", r, "--kind", kind, "--lang", lang, "--out", path, "--force"]);
        pdf_text(&out).replace('\n', " ")
    };
    let ack = |r: &str, lang: &str| letter(r, "acknowledgement", lang);
    let fee = ["fee-request", "--ground", "manifestly-excessive", "--amount", "£25", "--on", "2026-11-03"];
    let only_fee = book.new_case("Ann Lee", "ann@example.org", "2026-11-02", &["--right", "access"]);
    book.json(&[&["case", fee[0], &only_fee], &fee[1..]].concat());
    let text = ack(&only_fee, "en");
    assert!(text.contains("The time we have to respond starts once we have received the fee we asked for."), "{text}");
    assert!(!text.contains("identity"), "{text}");
    let de = ack(&only_fee, "de");
    assert!(de.contains("sobald wir das angeforderte Entgelt erhalten haben"), "{de}");
    // The case's page says so too.
    assert_eq!(book.json(&["case", "show", &only_fee])["deadlines"]["waiting_for"], "fee");
    let shown = book.run(&["case", "show", &only_fee]);
    assert!(shown.stdout.contains("Clock:      waiting-for-identity (awaiting the fee)"), "{}", shown.stdout);

    // Both awaited, in a request whose unsubscribe goes ahead meanwhile.
    let both =
        book.new_case("Bo Kim", "bo@example.org", "2026-11-02", &["--right", "access", "--right", "unsubscribe"]);
    book.json(&["identity", "request", &both, "--on", "2026-11-03", "--what", "a copy of a recent utility bill"]);
    book.json(&[&["case", fee[0], &both], &fee[1..]].concat());
    let text = ack(&both, "en");
    assert!(
        text.contains("it does not wait for us to confirm your identity or for the fee we asked for. For access, the time we have to respond starts once we have confirmed your identity and received the fee we asked for."),
        "{text}"
    );
    // Asking for either, the letter says the period starts once both have arrived.
    let ask = letter(&both, "id-request", "en");
    assert!(ask.contains("The period we have to respond (access) begins on the day we have received both what we asked for and the fee we asked for."), "{ask}");
    let fee_letter = letter(&both, "fee-request", "fr");
    assert!(
        fee_letter.contains("le jour où nous avons reçu à la fois le paiement et le justificatif d'identité demandé"),
        "{fee_letter}"
    );
    let alone = letter(&only_fee, "fee-request", "en");
    assert!(alone.contains("the period we have to respond begins on the day it arrives."), "{alone}");
    // A fee is asked for by the recorded step (which checks the law allows it), not by a letter alone.
    let unasked = book.new_case("Bea Roe", "bea@example.org", "2026-11-02", &["--right", "access"]);
    let out = book.dir.join("unasked-fee.pdf");
    let r = book.run(&[
        "letter",
        "make",
        &unasked,
        "--kind",
        "fee-request",
        "--fee",
        "£25",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_ne!(r.code, 0);
    assert!(
        r.stderr.contains("states the fee request recorded on the case") && r.stderr.contains("casebook fee request"),
        "{}",
        r.stderr
    );
    assert!(!out.exists(), "nothing written");
    // The evidence arrived; the fee is still awaited.
    book.json(&[
        "case",
        "identity-received",
        &both,
        "--outcome",
        "verified",
        "--method",
        "registered-email",
        "--rationale",
        "written from the address on file",
        "--on",
        "2026-11-05",
    ]);
    let text = ack(&both, "en");
    assert!(text.contains("it does not wait for the fee we asked for. For access, the time we have to respond starts once we have received the fee we asked for."), "{text}");
    let shown = book.run(&["case", "show", &both]);
    assert!(
        shown
            .stdout
            .contains("Access                         due - (waiting for the fee: its clock starts when it arrives)"),
        "{}",
        shown.stdout
    );
}

//! Issue 16: mixed requests per regime, each right answered on its own and
//! closed only once all are, with the letters read back by pdftotext: every
//! list item is a recorded fact (exactly the actions recorded for the letter's
//! right and the recipients recorded as told), the letter goes to the right
//! person, and speaks one language throughout.

use serde_json::Value;

use crate::harness::Book;
use crate::letters::{folder, pdf_text};

fn run_ok(book: &Book, args: &[&str]) -> Value {
    let mut all = vec!["--json"];
    all.extend_from_slice(args);
    let run = book.run(&all);
    assert_eq!(run.code, 0, "{args:?}: {}", run.stderr);
    serde_json::from_str(&run.stdout).unwrap_or(Value::Null)
}

/// Makes a letter (a draft) and returns its extracted text.
fn letter(book: &Book, reference: &str, kind: &str) -> String {
    let out = folder(book).join(format!("{reference}-{kind}.pdf"));
    let run = book.run(&["letter", "make", reference, "--kind", kind, "--out", out.to_str().unwrap(), "--force"]);
    assert_eq!(run.code, 0, "{kind}: {}", run.stderr);
    pdf_text(&out)
}

/// A refused command: one line naming `needle`, the register unchanged.
fn refused(book: &Book, args: &[&str], needle: &str) {
    let before = book.stored();
    book.run(args).fails_with(needle);
    assert!(book.stored() == before, "{args:?}: a refused command changed the register");
}

/// The letter's list items are exactly `items`: each is there, and there are no others.
fn lists_exactly(text: &str, items: &[&str]) {
    for item in items {
        assert!(text.contains(&format!("• {item}")), "missing list item {item:?}: {text}");
    }
    assert_eq!(text.matches('•').count(), items.len(), "list items other than {items:?}: {text}");
}

fn absent(text: &str, words: &[&str], why: &str) {
    for w in words {
        assert!(!text.contains(w), "{why}: {w:?} in {text}");
    }
}

/// A register of processing with systems named as given, each with one recipient.
fn register(book: &Book, systems: &[(&str, &str, &str)]) {
    let systems: Vec<Value> = systems
        .iter()
        .map(|(id, name, recipient)| {
            serde_json::json!({
                "id": id, "name": name,
                "data_subjects": ["dpv:Customer"],
                "personal_data": ["dpv-pd:Name", "dpv-pd:EmailAddress"],
                "purposes": [{ "purpose": "dpv:ServiceProvision", "legal_basis": "dpv:Contract" }],
                "recipients": [{ "kind": "dpv:DataProcessor", "name": recipient }],
                "retention": "6 years",
                "transfers": [], "sources": ["dpv:DataSubjectDataSource"], "automated_decisions": []
            })
        })
        .collect();
    let register = serde_json::json!({ "format": "casebook-register-of-processing", "version": 1, "systems": systems });
    let path = folder(book).join("register-of-processing.json");
    std::fs::write(&path, register.to_string()).unwrap();
    run_ok(book, &["processing", "import", path.to_str().unwrap()]);
}

fn right<'a>(shown: &'a Value, code: &str) -> &'a Value {
    shown["right_status"].as_array().unwrap().iter().find(|s| s["right"] == code).unwrap()
}

/// CCPA (California): an opt-out of sale and a deletion. The opt-out goes
/// ahead without identity and is answered by its own, earlier date; the
/// deletion waits for identity; each confirmation lists exactly what was
/// recorded for its right; the case is done only once both are answered.
#[test]
fn ccpa_opt_out_and_deletion_are_answered_each_by_its_own_date() {
    let book = Book::new();
    register(
        &book,
        &[
            ("crm", "Customer accounts", "Hosting provider"),
            ("adtech", "Advertising partners feed", "Ad network"),
            ("billing", "Billing", "Payment processor"),
        ],
    );
    let r = book.ccpa_opt_out_and_deletion_with(&["--requester-address", "1 Ocean Ave\nSan Francisco, CA 94110"]);
    run_ok(&book, &["case", "acknowledge", &r, "--on", "2026-11-20", "--channel", "email"]);
    run_ok(&book, &["identity", "request", &r, "--on", "2026-11-23", "--what", "the last order number"]);
    let shown = run_ok(&book, &["case", "show", &r]);
    let opt_out_due = right(&shown, "opt-out-of-sale")["due"].as_str().unwrap().to_string();
    let erasure_due = right(&shown, "erasure")["due"].as_str().unwrap().to_string();
    // 15 business days (11 CCR §7026(f)) against 45 days (Cal. Civ. Code §1798.130).
    assert!(opt_out_due < erasure_due, "{opt_out_due} vs {erasure_due}");
    assert_eq!(right(&shown, "opt-out-of-sale")["needs_identity"], false);
    assert_eq!(right(&shown, "erasure")["waits_for_identity"], true);

    // The deletion waits: nothing done or answered for it while identity is awaited.
    refused(
        &book,
        &["case", "action", &r, "--system", "crm", "--right", "erasure", "--did", "erased", "--on", "2026-11-24"],
        "erasure waits for identity",
    );
    refused(&book, &["case", "answer", &r, "--right", "erasure", "--outcome", "fulfilled"], "waits for identity");
    // The opt-out goes ahead, within its own date.
    run_ok(
        &book,
        &[
            "case",
            "action",
            &r,
            "--system",
            "adtech",
            "--right",
            "opt-out-of-sale",
            "--did",
            "suppressed",
            "--on",
            "2026-11-24",
        ],
    );
    let answered = run_ok(
        &book,
        &["case", "answer", &r, "--right", "opt-out-of-sale", "--outcome", "fulfilled", "--on", "2026-11-24"],
    );
    let on = right(&answered, "opt-out-of-sale")["answer"]["on"].as_str().unwrap().to_string();
    assert!(on <= opt_out_due, "answered on {on}, due {opt_out_due}");
    assert!(right(&answered, "erasure")["answer"].is_null());
    refused(&book, &["case", "close", &r], "erasure is not answered");

    let opt_out = letter(&book, &r, "opt-out-confirmation");
    lists_exactly(
        &opt_out,
        &["Advertising partners feed: added to our opt-out list, so that your request is honoured there"],
    );
    assert!(opt_out.contains("Cal Doe 1 Ocean Ave San Francisco, CA 94110"), "to the requester: {opt_out}");
    absent(
        &opt_out,
        &["Customer accounts", "Billing", "delet", "erase", "Ad network", "Hosting provider", "Payment processor"],
        "nothing recorded for the opt-out but the suppression",
    );

    // Identity settled: the deletion is carried out, told, answered.
    run_ok(&book, &["identity", "received", &r, "--on", "2026-11-25"]);
    run_ok(
        &book,
        &[
            "identity",
            "check",
            &r,
            "--method",
            "account-details",
            "--outcome",
            "verified",
            "--compared",
            "email and last order number vs. the account",
            "--rationale",
            "both match",
            "--on",
            "2026-11-25",
        ],
    );
    for (system, result) in [("crm", "found"), ("adtech", "found"), ("billing", "nothing-found")] {
        run_ok(&book, &["case", "searched", &r, "--system", system, "--result", result, "--on", "2026-11-26"]);
    }
    run_ok(
        &book,
        &["case", "action", &r, "--system", "crm", "--right", "erasure", "--did", "erased", "--on", "2026-11-26"],
    );
    run_ok(
        &book,
        &[
            "case",
            "action",
            &r,
            "--system",
            "adtech",
            "--right",
            "erasure",
            "--did",
            "kept",
            "--ground",
            "the opt-out record itself (11 CCR §7026)",
            "--on",
            "2026-11-26",
        ],
    );
    run_ok(
        &book,
        &["case", "notify", &r, "--recipient", "Hosting provider", "--right", "erasure", "--on", "2026-11-27"],
    );
    run_ok(
        &book,
        &[
            "case",
            "answer",
            &r,
            "--right",
            "erasure",
            "--outcome",
            "partly",
            "--exemption",
            "the opt-out record is kept to honour the opt-out",
            "--on",
            "2026-11-27",
        ],
    );
    let deleted = letter(&book, &r, "erasure-confirmation");
    lists_exactly(
        &deleted,
        &[
            "Customer accounts: erased",
            "Advertising partners feed: kept, on this legal ground: the opt-out record itself (11 CCR §7026)",
            "Hosting provider (27 November 2026)",
        ],
    );
    absent(&deleted, &["Billing", "Ad network", "Payment processor", "opt-out list"], "not recorded for the deletion");
    assert!(deleted.contains("Cal Doe 1 Ocean Ave"), "{deleted}");
    // Both answered: the case is done, measured against each right's own date.
    let closed = run_ok(&book, &["case", "close", &r, "--on", "2026-11-27"]);
    assert_eq!((closed["status"].as_str(), closed["outcome"].as_str()), (Some("closed"), Some("partly-fulfilled")));
    assert!(book.json(&["audit", "verify"])["first_broken"].is_null());
}

/// The words of one GDPR scenario's letters in one language.
struct Words {
    lang: &'static str,
    /// How the letter quotes the organisation's own words (names, grounds) as recorded.
    quotes: (&'static str, &'static str),
    systems: [(&'static str, &'static str, &'static str); 3],
    ground: &'static str,
    erased: &'static str,
    kept: &'static str,
    suppressed: &'static str,
    told: &'static str,
    greeting: &'static str,
    closing: &'static str,
    /// Another language's words that must not appear.
    foreign: &'static [&'static str],
}

/// GDPR erasure + objection: each right answered on its own with what was
/// done per system; the erasure confirmation lists exactly the actions
/// recorded for the erasure and the recipients actually told, not the
/// register's other recipients; the objection's its suppression only.
fn gdpr_erasure_and_objection(w: &Words) {
    let book = Book::new();
    register(&book, &w.systems);
    let [(_, accounts, host), (_, billing, tax), (_, newsletter, mailer)] = w.systems;
    let q = |own: &str| format!("{}{own}{}", w.quotes.0, w.quotes.1);
    let r = book.new_case(
        "Jürgen Müller",
        "jm@example.de",
        "2026-11-16",
        &[
            "--regime",
            "eu-gdpr",
            "--location",
            "DE-BE",
            "--language",
            w.lang,
            "--requester-address",
            "Lindenstraße 5\n10969 Berlin",
            "--right",
            "erasure",
            "--right",
            "objection",
            "--subject-category",
            "customer",
        ],
    );
    // The objection first, on its own: the newsletter's suppression list.
    run_ok(&book, &["case", "action", &r, "--system", "newsletter", "--right", "objection", "--did", "suppressed"]);
    run_ok(&book, &["case", "answer", &r, "--right", "objection", "--outcome", "fulfilled", "--on", "2026-11-18"]);
    let objection = letter(&book, &r, "objection-confirmation");
    lists_exactly(&objection, &[&format!("{}: {}", q(newsletter), w.suppressed)]);
    absent(&objection, &[accounts, billing, host, tax, mailer, w.erased], "not recorded for the objection");
    refused(&book, &["case", "close", &r], "erasure is not answered");

    // The erasure: searched, erased in one system, kept in another on a ground, one recipient told.
    for system in ["accounts", "billing", "newsletter"] {
        run_ok(&book, &["case", "searched", &r, "--system", system, "--result", "found", "--on", "2026-11-19"]);
    }
    run_ok(&book, &["case", "action", &r, "--system", "accounts", "--right", "erasure", "--did", "erased"]);
    run_ok(
        &book,
        &["case", "action", &r, "--system", "billing", "--right", "erasure", "--did", "kept", "--ground", w.ground],
    );
    run_ok(&book, &["case", "notify", &r, "--recipient", host, "--right", "erasure", "--on", "2026-11-25"]);
    run_ok(
        &book,
        &[
            "case",
            "answer",
            &r,
            "--right",
            "erasure",
            "--outcome",
            "partly",
            "--exemption",
            w.ground,
            "--on",
            "2026-11-25",
        ],
    );
    let erasure = letter(&book, &r, "erasure-confirmation");
    lists_exactly(
        &erasure,
        &[
            &format!("{}: {}", q(accounts), w.erased),
            &format!("{}: {}{}", q(billing), w.kept, q(w.ground)),
            &format!("{} ({})", q(host), w.told),
        ],
    );
    absent(
        &erasure,
        &[newsletter, tax, mailer, w.suppressed],
        "the erasure states its own actions and recipients only",
    );
    for text in [&objection, &erasure] {
        assert!(text.contains("Jürgen Müller Lindenstraße 5 10969 Berlin"), "to the requester: {text}");
        assert!(text.contains(w.greeting) && text.contains(w.closing), "{text}");
        absent(text, w.foreign, "one language throughout");
    }
    let closed = run_ok(&book, &["case", "close", &r]);
    assert_eq!(closed["outcome"], "partly-fulfilled");
}

#[test]
fn gdpr_erasure_and_objection_each_answered_with_exactly_what_was_done() {
    gdpr_erasure_and_objection(&Words {
        lang: "en",
        quotes: ("", ""),
        systems: [
            ("accounts", "Customer accounts", "Hosting provider"),
            ("billing", "Billing", "Tax adviser"),
            ("newsletter", "Newsletter", "Mailing service"),
        ],
        ground: "invoices are kept for ten years (HGB s.257)",
        erased: "erased",
        kept: "kept, on this legal ground: ",
        suppressed: "contact details added to our marketing suppression list, and kept only there, so that no more marketing is sent",
        told: "25 November 2026",
        greeting: "Dear Jürgen Müller,",
        closing: "Yours sincerely",
        foreign: &["gelöscht", "aufbewahrt", "Guten Tag", "Seite "],
    });
}

/// The same in German, with the register's names in German: no English list
/// item, greeting or closing.
#[test]
fn gdpr_erasure_and_objection_in_german_has_no_english_list_item() {
    gdpr_erasure_and_objection(&Words {
        lang: "de",
        quotes: ("\u{201e}", "\u{201c}"),
        systems: [
            ("accounts", "Kundenkonten", "Hosting-Dienstleister"),
            ("billing", "Buchhaltung", "Steuerberater"),
            ("newsletter", "Rundbrief", "Versanddienst"),
        ],
        ground: "Rechnungen werden zehn Jahre aufbewahrt (§ 257 HGB)",
        erased: "gelöscht",
        kept: "aufbewahrt aus folgendem Rechtsgrund: ",
        suppressed: "Kontaktdaten in unsere Werbesperrliste aufgenommen",
        told: "25. November 2026",
        greeting: "Guten Tag Jürgen Müller,",
        closing: "Mit freundlichen Grüßen",
        foreign: &["erased", "kept", "legal ground", "suppression", "marketing", "Dear ", "Yours sincerely", "Page "],
    });
}

/// UK GDPR: a parent asks for access to their child's data. The data subject
/// and the relationship are recorded; the letters go to the parent and speak
/// of "your child's" data; the access response names only the system whose
/// search found data and the recipient the register lists for it.
#[test]
fn uk_access_by_a_parent_is_answered_to_the_parent_about_your_child() {
    let book = Book::new();
    register(&book, &[("crm", "Customer accounts", "Hosting provider"), ("billing", "Billing", "Tax adviser")]);
    let r = book.new_case(
        "Sarah Smith",
        "sarah@example.org",
        "2026-11-16",
        &["--requester-address", "3 Elm Road\nLeeds LS1 4AB", "--subject-category", "customer"],
    );
    let updated = run_ok(
        &book,
        &[
            "case",
            "update",
            &r,
            "--subject-name",
            "Emma Smith",
            "--relationship",
            "parent",
            "--subject-birth-date",
            "2016-05-01",
        ],
    );
    let shown = run_ok(&book, &["case", "show", &r]);
    for c in [&updated, &shown] {
        assert_eq!(c["data_subject"]["name"], "Emma Smith");
        assert_eq!(c["data_subject"]["relationship"], "parent");
        assert_eq!(c["data_subject"]["birth_date"], "2016-05-01");
        assert_eq!(c["requester"]["name"], "Sarah Smith");
    }
    let ack = letter(&book, &r, "acknowledgement");
    assert!(ack.contains("on behalf of your child Emma Smith"), "{ack}");
    run_ok(&book, &["case", "searched", &r, "--system", "crm", "--result", "found", "--on", "2026-11-20"]);
    run_ok(&book, &["case", "searched", &r, "--system", "billing", "--result", "nothing-found", "--on", "2026-11-20"]);
    run_ok(&book, &["case", "answer", &r, "--right", "access", "--outcome", "fulfilled", "--on", "2026-11-20"]);
    let access = letter(&book, &r, "access-response");
    assert!(access.contains("your child's personal data"), "{access}");
    assert!(access.contains("personal data about your child Emma Smith"), "{access}");
    assert!(access.contains("Customer accounts") && access.contains("Hosting provider"), "{access}");
    absent(&access, &["Billing", "Tax adviser", "your personal data", "Dear Emma"], "not found, or not the parent's");
    for text in [&ack, &access] {
        assert!(text.contains("Sarah Smith 3 Elm Road Leeds LS1 4AB"), "addressed to the parent: {text}");
        assert!(text.contains("Dear Sarah Smith,") && text.contains("Yours sincerely"), "{text}");
        absent(text, &["Guten Tag", "Bonjour", "Seite "], "English throughout");
    }
}

//! Issue 16: mixed requests per regime, answered with the real binary and
//! read back with pdftotext. Every statement of a letter rests on a recorded
//! fact, the letter goes to the right person, in one language throughout.

use crate::harness::Book;
use crate::letters::{folder, pdf_text};

/// Makes a letter and returns its text as pdftotext reads it (one line,
/// whitespace collapsed).
fn letter(book: &Book, reference: &str, kind: &str, extra: &[&str]) -> String {
    let out = folder(book).join(format!("{kind}.pdf"));
    let mut args = vec!["letter", "make", reference, "--kind", kind, "--out", out.to_str().unwrap(), "--force"];
    args.extend_from_slice(extra);
    let run = book.run(&args);
    assert_eq!(run.code, 0, "{kind}: {}", run.stderr);
    pdf_text(&out)
}

/// A letter refused with `needle`, writing and recording nothing.
fn refused(book: &Book, reference: &str, kind: &str, needle: &str) {
    let out = folder(book).join("refused.pdf");
    let before = book.stored();
    book.run(&["letter", "make", reference, "--kind", kind, "--out", out.to_str().unwrap()]).fails_with(needle);
    assert!(!out.exists() && book.stored() == before, "{kind}: a refused letter wrote or recorded something");
}

fn run_ok(book: &Book, args: &[&str]) {
    let run = book.run(args);
    assert_eq!(run.code, 0, "{args:?}: {}", run.stderr);
}

fn absent(text: &str, words: &[&str], why: &str) {
    for w in words {
        assert!(!text.contains(w), "{why}: {w:?} in {text}");
    }
}

/// CCPA: the opt-out of sale goes ahead, and is confirmed, while the
/// deletion waits for the requester's identity; the deletion is confirmed
/// once verified and carried out, stating only what was deleted.
#[test]
fn ccpa_opt_out_is_confirmed_without_waiting_for_the_deletions_identity_check() {
    let book = Book::with_systems(&["crm", "adtech"]);
    let r = book.ccpa_opt_out_and_deletion();
    // Identity asked for the deletion, not yet received.
    run_ok(
        &book,
        &["identity", "request", &r, "--on", "2026-11-23", "--what", "the email address and last order number"],
    );
    refused(
        &book,
        &r,
        "opt-out-confirmation",
        &format!(
            "no suppressed or preferences-changed is recorded for case {r}: `casebook case action {r} --system ID --right opt-out-of-sale|limit-sensitive"
        ),
    );

    // The opt-out needs no verification (11 CCR §7026(d)): it is carried out and confirmed now.
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
    crate::letter_facts::answer_rights(&book, &r, &["opt-out-of-sale"]);
    let opt_out = letter(&book, &r, "opt-out-confirmation", &[]);
    assert!(
        opt_out.contains("this is what we have done, system by system: • The adtech system: added to our opt-out list"),
        "{opt_out}"
    );
    assert!(opt_out.contains("for at least twelve months"), "{opt_out}");
    assert!(
        opt_out.contains("Cal Doe") && opt_out.contains("cal@example.com"),
        "addressed to the requester: {opt_out}"
    );
    absent(
        &opt_out,
        &["The crm system", "erase", "delet", "third parties", "Hosting provider"],
        "not recorded for the opt-out",
    );
    absent(&opt_out, &["Guten Tag", "Bonjour"], "English throughout");

    // The deletion: refused until something is recorded as deleted.
    refused(
        &book,
        &r,
        "erasure-confirmation",
        "and none is recorded: `casebook case action REF --system ID --right erasure",
    );
    run_ok(&book, &["identity", "received", &r, "--on", "2026-11-26"]);
    run_ok(
        &book,
        &["case", "action", &r, "--system", "crm", "--right", "erasure", "--did", "erased", "--on", "2026-11-27"],
    );
    for system in ["crm", "adtech"] {
        run_ok(&book, &["case", "searched", &r, "--system", system, "--result", "found", "--on", "2026-11-27"]);
    }
    crate::letter_facts::answer_rights(&book, &r, &["erasure"]);
    let deleted = letter(&book, &r, "erasure-confirmation", &[]);
    assert!(deleted.contains("system by system: • The crm system: erased"), "{deleted}");
    absent(
        &deleted,
        &["The adtech system", "opt-out", "told each of them", "Hosting provider"],
        "not recorded for the deletion",
    );
    // Neither letter names a recipient told, since none was recorded.
    let log = book.json(&["case", "show", &r])["action_log"].clone();
    assert_eq!(log["notifications"], serde_json::json!([]), "{log:#}");
}

/// GDPR, on the demo organisation, in German: an erasure with data kept on a
/// legal ground and a recipient told, and an objection to marketing. Each
/// letter states its own right's actions, in German, quoting the register's
/// own (English) names as recorded.
#[test]
fn gdpr_erasure_and_objection_on_the_demo_organisation_in_german() {
    let book = Book::empty();
    run_ok(&book, &["demo", "load"]);
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
            "de",
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
    for kind in ["erasure-confirmation", "objection-confirmation"] {
        refused(&book, &r, kind, "case action");
    }
    let host = "Cloud hosting provider (servers in Ireland, support staff in the US)";
    for args in [
        vec!["case", "action", &r, "--system", "accounts", "--right", "erasure", "--did", "erased"],
        vec![
            "case",
            "action",
            &r,
            "--system",
            "billing",
            "--right",
            "erasure",
            "--did",
            "kept",
            "--ground",
            "§ 147 AO: Rechnungen zehn Jahre",
        ],
        vec!["case", "notify", &r, "--recipient", host, "--right", "erasure", "--on", "2026-11-25"],
        vec!["case", "action", &r, "--system", "marketing", "--right", "objection", "--did", "suppressed"],
    ] {
        run_ok(&book, &args);
    }
    // Each right's answer, recorded once every relevant system is searched.
    let log = book.json(&["case", "search-log", &r]);
    for system in log["unsearched"].as_array().unwrap() {
        run_ok(&book, &["case", "searched", &r, "--system", system.as_str().unwrap(), "--result", "found"]);
    }
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
            "§ 147 AO: Rechnungen zehn Jahre",
        ],
    );
    crate::letter_facts::answer_rights(&book, &r, &["objection"]);
    let erasure = letter(&book, &r, "erasure-confirmation", &[]);
    for fact in [
        "„Product accounts“: gelöscht",
        "„Billing and payments“: aufbewahrt aus folgendem Rechtsgrund: „§ 147 AO: Rechnungen zehn Jahre“",
        &format!("„{host}“ (25. November 2026)"),
    ] {
        assert!(erasure.contains(fact), "{fact}: {erasure}");
    }
    absent(&erasure, &["Newsletter and marketing", "Werbesperrliste"], "the objection's action is not the erasure's");
    let objection = letter(&book, &r, "objection-confirmation", &[]);
    assert!(
        objection.contains("„Newsletter and marketing“: Kontaktdaten in unsere Werbesperrliste aufgenommen"),
        "{objection}"
    );
    absent(
        &objection,
        &["Product accounts", "Billing and payments", "gelöscht", "Cloud hosting"],
        "not recorded for the objection",
    );
    for text in [&erasure, &objection] {
        // To the requester, at the address recorded, in German from greeting to closing.
        assert!(text.contains("Jürgen Müller Lindenstraße 5 10969 Berlin"), "{text}");
        assert!(text.contains("Guten Tag Jürgen Müller,") && text.contains("Mit freundlichen Grüßen"), "{text}");
        assert!(text.contains("Seite 1 von 1"), "{text}");
        absent(
            text,
            &[
                "Dear ",
                "Yours sincerely",
                "erased",
                "kept",
                "suppression",
                "Page 1",
                "geehrte/r",
                "Larkspur Software Inc.",
            ],
            "German throughout, nothing unrecorded",
        );
    }
}

/// UK GDPR: a parent asks for access to their ten-year-old's data. The
/// letters go to the parent, speak of "your child", and the access response
/// lists only the systems that concern the child and whose search found data.
#[test]
fn uk_access_by_a_parent_for_a_child_lists_only_what_the_searches_found() {
    let book = Book::with_systems(&["crm", "billing"]);
    let r = book.new_case(
        "Sarah Smith",
        "sarah@example.org",
        "2026-11-16",
        &["--requester-address", "3 Elm Road\nLeeds LS1 4AB", "--subject-category", "customer"],
    );
    run_ok(
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
    let ack = letter(&book, &r, "acknowledgement", &[]);
    assert!(ack.contains("made on behalf of your child Emma Smith"), "{ack}");
    // Not every system searched yet: no access response.
    refused(&book, &r, "access-response", "has systems not searched yet: crm, billing");
    run_ok(&book, &["case", "searched", &r, "--system", "crm", "--result", "found", "--on", "2026-11-20"]);
    run_ok(&book, &["case", "searched", &r, "--system", "billing", "--result", "nothing-found", "--on", "2026-11-20"]);
    crate::letter_facts::answer_rights(&book, &r, &["access"]);
    let access = letter(&book, &r, "access-response", &[]);
    assert!(access.contains("Your request for access to your child's personal data"), "{access}");
    assert!(access.contains("personal data about your child Emma Smith"), "{access}");
    assert!(access.contains("6 years after the account closes"), "from the system searched: {access}");
    assert!(access.contains("Hosting provider"), "the recipient the register lists for the system found: {access}");
    absent(&access, &["The billing system", "your personal data", "Dear Emma"], "not found, or not about the parent");
    for text in [&ack, &access] {
        assert!(text.contains("Sarah Smith 3 Elm Road Leeds LS1 4AB"), "to the parent: {text}");
        assert!(text.contains("Dear Sarah Smith,") && text.contains("Yours sincerely"), "{text}");
        absent(text, &["Guten Tag", "Bonjour", "Seite "], "English throughout");
    }
}

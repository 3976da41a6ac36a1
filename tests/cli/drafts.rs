//! Drafts before records (#16): `letter make` keeps a draft, not
//! correspondence; `letter send` records it as sent, `letter discard` drops
//! it, `letter withdraw` marks a sent letter withdrawn without deleting it.
//! Every refusal is one line and leaves the register byte-identical.

use serde_json::Value;

use crate::harness::Book;
use crate::letters::{folder, pdf_text};

fn show(book: &Book, reference: &str) -> Value {
    book.json(&["case", "show", reference])
}

fn make(book: &Book, reference: &str, kind: &str, out: &str) -> String {
    let pdf = folder(book).join(out);
    let run = book.run(&["letter", "make", reference, "--kind", kind, "--out", pdf.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    run.stdout
}

/// Runs a command that must fail with `needle` and leave the register untouched.
fn refused(book: &Book, args: &[&str], needle: &str) {
    let before = book.stored();
    book.run(args).fails_with(needle);
    assert!(book.stored() == before, "{args:?} changed the register");
}

#[test]
fn a_letter_made_is_a_draft_until_it_is_sent() {
    let book = Book::new();
    let reference = book.new_case("Ada Lovelace", "ada@example.org", "2026-11-20", &[]);
    let said = make(&book, &reference, "acknowledgement", "ack.pdf");
    assert!(said.contains("Draft 1 made"), "{said}");
    assert!(said.contains(&format!("letter send {reference} 1 --on DATE --channel")), "{said}");

    let case = show(&book, &reference);
    assert_eq!(case["correspondence"].as_array().unwrap().len(), 0, "a draft is not correspondence");
    assert!(
        !case["documents"].as_array().unwrap().iter().any(|d| d["role"] == "letter"),
        "no letter document before it is sent"
    );
    let drafts = book.json(&["letter", "drafts", &reference]);
    assert_eq!(drafts.as_array().unwrap().len(), 1);
    assert_eq!(drafts[0]["id"], 1);
    assert_eq!(drafts[0]["state"], "draft");
    assert_eq!(drafts[0]["kind"], "acknowledgement");
    assert_eq!(drafts[0]["letter_date"], "2026-11-29");
    let human = book.run(&["case", "show", &reference]).stdout;
    assert!(human.contains("Draft 1: acknowledgement (en), dated 2026-11-29, not sent"), "{human}");

    // Bad input: one line each, nothing recorded.
    let send = |on: &str, channel: &str| {
        ["letter", "send", &reference, "1", "--on", on, "--channel", channel].map(String::from)
    };
    let args = send("2026-11-30", "email");
    refused(
        &book,
        &args.iter().map(String::as_str).collect::<Vec<_>>(),
        "the date 2026-11-30 is in the future (today is 2026-11-29) (--on)",
    );
    let args = send("2026-11-28", "email");
    refused(
        &book,
        &args.iter().map(String::as_str).collect::<Vec<_>>(),
        "the date 2026-11-28 is before draft 1 was made (the letter is dated 2026-11-29) (--on)",
    );
    let args = send("29/11/2026", "email");
    refused(
        &book,
        &args.iter().map(String::as_str).collect::<Vec<_>>(),
        "invalid date '29/11/2026': expected YYYY-MM-DD",
    );
    let args = send("2026-11-29", "pigeon");
    refused(&book, &args.iter().map(String::as_str).collect::<Vec<_>>(), "unknown channel 'pigeon'");
    refused(
        &book,
        &["letter", "send", &reference, "7", "--on", "2026-11-29", "--channel", "email"],
        &format!("draft '7 of case {reference}' not found"),
    );
    refused(
        &book,
        &["letter", "send", &reference, "one", "--on", "2026-11-29", "--channel", "email"],
        "invalid draft 'one'",
    );
    assert_eq!(show(&book, &reference)["correspondence"].as_array().unwrap().len(), 0);

    // Sent by post: correspondence out with the PDF, the draft marked sent.
    let sent = book.json(&["letter", "send", &reference, "1", "--on", "2026-11-29", "--channel", "post"]);
    assert_eq!(sent["channel"], "letter");
    assert_eq!(sent["sent_on"], "2026-11-29");
    assert_eq!(sent["draft"]["state"], "sent");
    let case = show(&book, &reference);
    let letters = case["correspondence"].as_array().unwrap();
    assert_eq!(letters.len(), 1);
    assert_eq!(letters[0]["direction"], "out");
    assert_eq!(letters[0]["channel"], "letter");
    assert_eq!(letters[0]["id"], sent["correspondence_id"]);
    assert_eq!(letters[0]["sha256"], case["drafts"][0]["sha256"], "the PDF reviewed is the PDF sent");
    assert!(case["documents"].as_array().unwrap().iter().any(|d| d["role"] == "letter"));

    // Once sent: not again, not discarded.
    refused(
        &book,
        &["letter", "send", &reference, "1", "--on", "2026-11-29", "--channel", "email"],
        &format!("draft 1 of case {reference} was already sent (correspondence 1)"),
    );
    refused(&book, &["letter", "discard", &reference, "1"], "was already sent");

    // A second draft, discarded: listed as such, never correspondence, not sendable.
    let said = make(&book, &reference, "acknowledgement", "ack-again.pdf");
    assert!(said.contains("Draft 2 made"), "{said}");
    let discarded = book.json(&["letter", "discard", &reference, "2"]);
    assert_eq!(discarded["state"], "discarded");
    refused(&book, &["letter", "discard", &reference, "2"], "was discarded: make the letter again");
    refused(&book, &["letter", "send", &reference, "2", "--on", "2026-11-29", "--channel", "email"], "was discarded");
    assert_eq!(show(&book, &reference)["correspondence"].as_array().unwrap().len(), 1);
    let drafts = book.json(&["letter", "drafts", &reference]);
    assert_eq!(drafts[1]["state"], "discarded");

    // Withdrawn with a reason: it stays, marked, in case show, the timeline and the evidence pack.
    refused(&book, &["letter", "withdraw", &reference, "1", "--reason", "  "], "the reason is empty");
    refused(
        &book,
        &["letter", "withdraw", &reference, "9", "--reason", "sent to the wrong address"],
        &format!("correspondence '9 of case {reference}' not found"),
    );
    let withdrawn = book.json(&["letter", "withdraw", &reference, "1", "--reason", "sent to the wrong address"]);
    assert_eq!(withdrawn["reason"], "sent to the wrong address");
    assert_eq!(withdrawn["by"], "test-dpo");
    refused(
        &book,
        &["letter", "withdraw", &reference, "1", "--reason", "again"],
        "was already withdrawn on 2026-11-29 (sent to the wrong address)",
    );
    let case = show(&book, &reference);
    assert_eq!(case["correspondence"].as_array().unwrap().len(), 1, "a withdrawn letter is never deleted");
    assert_eq!(case["withdrawn"][0]["correspondence_id"], 1);
    let human = book.run(&["case", "show", &reference]).stdout;
    assert!(human.contains("WITHDRAWN") && human.contains("sent to the wrong address"), "{human}");
    let timeline = case["timeline"].to_string();
    for action in ["letter.drafted", "letter.sent", "letter.discarded", "correspondence.withdrawn"] {
        assert!(timeline.contains(action), "{action} missing from {timeline}");
    }
    let pack = folder(&book).join("pack.pdf");
    let run = book.run(&["case", "evidence", &reference, "--out", pack.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = pdf_text(&pack);
    assert!(text.contains("Withdrawn") && text.contains("sent to the wrong address"), "{text}");

    let audit = book.run(&["audit", "verify"]);
    assert_eq!(audit.code, 0, "{}{}", audit.stdout, audit.stderr);
}

#[test]
fn a_draft_whose_facts_changed_is_not_sent() {
    let book = Book::new();
    let reference = book.new_case("Ada Lovelace", "ada@example.org", "2026-11-20", &[]);
    make(&book, &reference, "acknowledgement", "ack.pdf");
    let run = book.run(&["case", "update", &reference, "--requester-name", "Augusta Ada King"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    refused(
        &book,
        &["letter", "send", &reference, "1", "--on", "2026-11-29", "--channel", "email"],
        &format!("case {reference} changed since draft 1 was made: the letter would now read differently"),
    );
    // Made again, the new draft goes out.
    make(&book, &reference, "acknowledgement", "ack2.pdf");
    book.json(&["letter", "discard", &reference, "1"]);
    let sent = book.json(&["letter", "send", &reference, "2", "--on", "2026-11-29", "--channel", "email"]);
    assert_eq!(sent["draft"]["state"], "sent");
}

#[test]
fn a_draft_is_not_sent_on_a_closed_case_and_a_received_message_is_not_withdrawn() {
    let book = Book::new();
    let reference = book.new_case("Ada Lovelace", "ada@example.org", "2026-11-20", &["--right", "erasure"]);
    make(&book, &reference, "acknowledgement", "ack.pdf");
    let run = book.run(&["case", "withdraw", &reference, "--on", "2026-11-29"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let closed = book.run(&["case", "close", &reference, "--outcome", "withdrawn"]);
    assert_eq!(closed.code, 0, "{}", closed.stderr);
    refused(
        &book,
        &["letter", "send", &reference, "1", "--on", "2026-11-29", "--channel", "email"],
        "is closed: no letter is recorded on a closed case",
    );

    let posted = book.json(&[
        "letter",
        "log",
        "--received",
        "2026-11-25",
        "--requester-name",
        "Grace Hopper",
        "--text",
        "Please give me a copy of my data.",
        "--right",
        "access",
    ]);
    let posted = posted["reference"].as_str().unwrap();
    refused(
        &book,
        &["letter", "withdraw", posted, "1", "--reason", "mistake"],
        "was received, not sent: only a letter sent can be withdrawn",
    );
}

#[test]
fn make_can_record_it_sent_at_once_for_scripts() {
    let book = Book::new();
    let reference = book.new_case("Ada Lovelace", "ada@example.org", "2026-11-20", &[]);
    let pdf = folder(&book).join("ack.pdf");
    let pdf = pdf.to_str().unwrap();
    let make = ["letter", "make", &reference, "--kind", "acknowledgement", "--out", pdf];
    let with = |extra: &[&'static str]| make.iter().copied().chain(extra.iter().copied()).collect::<Vec<&str>>();
    refused(
        &book,
        &with(&["--sent-on", "2026-11-28", "--channel", "email"]),
        "is before the letter's date (2026-11-29)",
    );
    refused(&book, &with(&["--sent-on", "2026-11-30", "--channel", "email"]), "is in the future");
    refused(&book, &with(&["--sent-on", "2026-11-29", "--channel", "fax"]), "unknown channel 'fax'");
    assert!(!std::path::Path::new(pdf).exists(), "nothing written either");
    let run = book.run(&with(&["--channel", "email"]));
    assert_ne!(run.code, 0, "--channel alone is refused");

    let made = book.json(&with(&["--sent-on", "2026-11-29", "--channel", "email"]));
    assert_eq!(made["draft"], 1);
    assert_eq!(made["sent"]["channel"], "email");
    let case = show(&book, &reference);
    assert_eq!(case["correspondence"].as_array().unwrap().len(), 1);
    assert_eq!(case["correspondence"][0]["sha256"], made["sha256"]);
    assert_eq!(case["drafts"][0]["state"], "sent");
}

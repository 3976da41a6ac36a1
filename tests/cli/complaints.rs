//! Complaints to the controller (UK DPA 2018 s.164A, in force 2026-06-19): a
//! case of their own kind, acknowledged within 30 days, answered, with their
//! own letters; checked through the binary and the letters' extracted text.

use crate::harness::Book;
use crate::letters::pdf_text;

#[test]
fn a_complaint_is_logged_acknowledged_answered_and_written_to() {
    let book = Book::new();
    let request = book.new_case("Ada Lovelace", "ada@example.org", "2026-10-01", &[]);
    let c = book.json(&[
        "complaint",
        "new",
        "--requester-name",
        "Ada Lovelace",
        "--requester-email",
        "ada@example.org",
        "--channel",
        "email",
        "--received",
        "2026-10-30",
        "--concerns",
        &request,
        "--summary",
        "my access request was answered late",
    ]);
    let complaint = c["reference"].as_str().unwrap().to_string();
    assert_eq!((c["kind"].as_str(), c["concerns"].as_str()), (Some("complaint"), Some(request.as_str())));
    // 30 Oct + 30 days = Sun 29 Nov → Mon 30 Nov 2026.
    assert_eq!(c["due"], "2026-11-30");
    assert_eq!(c["deadlines"]["complaint_acknowledge_by"], "2026-11-30");
    assert_eq!(c["deadlines"]["rules_in_force"]["id"], "uk-dpa-164a");
    assert!(c["rights"].as_array().unwrap().is_empty());

    // A request's letters and steps do not fit a complaint, and the reverse.
    let dir = book.dir.clone();
    let out = |name: &str| dir.join(name).to_str().unwrap().to_string();
    book.run(&["letter", "make", &complaint, "--kind", "acknowledgement", "--out", &out("x.pdf")])
        .fails_with("the acknowledgement letter does not fit case");
    book.run(&["letter", "make", &request, "--kind", "complaint-acknowledgement", "--out", &out("y.pdf")])
        .fails_with("which is a request");
    book.run(&["case", "respond", &complaint, "--channel", "email", "--what", "a reply"])
        .fails_with("answer it with `complaint answer`");
    // The outcome letter states the recorded answer: none yet, so no letter.
    book.run(&["letter", "make", &complaint, "--kind", "complaint-outcome", "--out", &out("z.pdf")])
        .fails_with("has none: record it first with `complaint answer");

    book.json(&["letter", "make", &complaint, "--kind", "complaint-acknowledgement", "--out", &out("ack.pdf")]);
    let text = pdf_text(&dir.join("ack.pdf"));
    assert!(text.contains("complaint about how we have handled your personal data"), "{text}");
    assert!(text.contains(&format!("concerning your request {request}")), "{text}");
    let acked = book.json(&["case", "acknowledge", &complaint, "--date", "2026-11-02"]);
    assert!(acked["due"].is_null(), "acknowledged: no date counts down (without undue delay)");

    book.run(&["complaint", "answer", &complaint, "--outcome", "maybe", "--text", "x"])
        .fails_with("unknown complaint outcome 'maybe' (expected one of: upheld, partly-upheld, not-upheld)");
    book.json(&[
        "complaint",
        "answer",
        &complaint,
        "--outcome",
        "upheld",
        "--text",
        "We answered your access request three days late; we have added a weekly check of open requests.",
        "--date",
        "2026-11-20",
    ]);
    for lang in ["en", "de", "fr"] {
        let pdf = out(&format!("outcome-{lang}.pdf"));
        book.json(&["letter", "make", &complaint, "--kind", "complaint-outcome", "--lang", lang, "--out", &pdf]);
        let text = pdf_text(std::path::Path::new(&pdf));
        assert!(text.contains("three days late"), "{lang}: {text}");
        assert!(text.contains("Information Commissioner's Office"), "{lang}: the ICO is named: {text}");
        let upheld = match lang {
            "en" => "We have upheld your complaint.",
            "de" => "Wir geben Ihrer Beschwerde statt.",
            _ => "Nous avons fait droit à votre réclamation.",
        };
        assert!(text.contains(upheld), "{lang}: {text}");
    }
    let en = pdf_text(&dir.join("outcome-en.pdf"));
    assert!(en.contains("complain to the Information Commissioner's Office"), "{en}");
    assert!(book.json(&["audit", "verify"])["first_broken"].is_null());
}

#[test]
fn bad_complaints_are_refused_and_nothing_is_written() {
    let book = Book::new();
    let request = book.new_case("Ada", "ada@example.org", "2026-10-01", &[]);
    let new = |received: &str, extra: &[&str]| {
        let mut args = vec!["complaint", "new", "--requester-name", "Bo", "--channel", "email", "--received", received];
        args.extend_from_slice(extra);
        book.run(&args)
    };
    new("2026-06-18", &[]).fails_with("before DPA 2018 s.164A applied on 2026-06-19");
    new("2026-09-01", &["--concerns", &request]).fails_with("is before the request it concerns");
    new("2026-11-01", &["--concerns", "CB-2026-0099"]).fails_with("no case CB-2026-0099");
    new("2026-11-01", &["--location", "FR"]).fails_with("needs a UK location");
    new("2026-12-01", &[]).fails_with("is in the future");
    assert_eq!(book.json(&["case", "list"]).as_array().unwrap().len(), 1, "nothing was written");
}

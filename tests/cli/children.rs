//! Issue 16: the seed's own rights (account deactivation, communication
//! preferences) and children with their representatives.

use crate::harness::Book;
use crate::letters::{folder, pdf_text};

fn settings(book: &Book) {
    let settings = serde_json::json!({
        "processing": {
            "purposes": ["Running the customer account"],
            "data_categories": ["Name and email address"],
            "recipients": [],
            "retention": "For the life of the account plus 6 years.",
            "sources": [],
            "automated_decisions": "None.",
            "transfers": "None."
        }
    });
    let file = folder(book).join("letters.json");
    std::fs::write(&file, settings.to_string()).unwrap();
    let r = book.run(&["letter", "settings", "--file", file.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
}

#[test]
fn case_update_records_the_data_subject_after_import() {
    let book = Book::new();
    let r = book.new_case("Anna Smith", "anna@example.org", "2026-11-02", &[]);
    let c = book.json(&[
        "case",
        "update",
        &r,
        "--subject-name",
        "Tom Smith",
        "--relationship",
        "parent",
        "--subject-birth-date",
        "2016-04-01",
    ]);
    assert_eq!(c["data_subject"]["name"], "Tom Smith");
    assert_eq!(c["data_subject"]["relationship"], "parent");
    assert_eq!(c["data_subject"]["birth_date"], "2016-04-01");
    let shown = book.run(&["case", "show", &r]);
    assert!(shown.stdout.contains("On behalf of: Tom Smith (Parent, born 2016-04-01)"), "{}", shown.stdout);
    // Changing one field keeps the others; the child flag without a birth date.
    let c = book.json(&["case", "update", &r, "--subject-birth-date", "", "--subject-child"]);
    assert_eq!(
        (c["data_subject"]["name"].as_str(), c["data_subject"]["child"].as_bool()),
        (Some("Tom Smith"), Some(true))
    );
    assert!(c["data_subject"].get("birth_date").is_none(), "{c:#}");

    // Bad input: one line naming the problem, nothing recorded.
    let before = book.stored();
    book.run(&["case", "update", &r, "--subject-birth-date", "2027-01-01"])
        .fails_with("after the request was received");
    book.run(&["case", "update", &r, "--subject-birth-date", "1 April 2016"]).fails_with("invalid subject birth date");
    book.run(&["case", "update", &r, "--relationship", "uncle"]).fails_with("unknown relationship 'uncle'");
    book.run(&["case", "update", &r, "--subject-name", "", "--subject-child"]).fails_with("removes the data subject");
    let other = book.new_case("Bo Jones", "bo@example.org", "2026-11-02", &[]);
    let before_other = book.stored();
    book.run(&["case", "update", &other, "--relationship", "parent"]).fails_with("has no data subject");
    book.run(&["case", "update", &other, "--subject-name", "Ann Jones"]).fails_with("needs a relationship");
    assert_eq!(book.stored(), before_other, "a refused update leaves the file as it was");
    let _ = before;
    // An empty name removes the subject.
    let c = book.json(&["case", "update", &r, "--subject-name", ""]);
    assert!(c["data_subject"].is_null(), "{c:#}");
}

#[test]
fn a_parents_access_request_for_a_child_is_answered_about_your_child() {
    let book = Book::new();
    settings(&book);
    let r = book.new_case("Anna Smith", "anna@example.org", "2026-11-02", &[]);
    book.json(&[
        "case",
        "update",
        &r,
        "--subject-name",
        "Tom Smith",
        "--relationship",
        "parent",
        "--subject-birth-date",
        "2016-04-01",
    ]);
    // Ten years old in the UK (under 13, DPA 2018 s.9): parental responsibility.
    let s = book.json(&["identity", "suggest", &r]);
    assert_eq!(s["method"], "parental-responsibility", "{s:#}");
    let reasons = s["reasons"].to_string();
    assert!(reasons.contains("under 13") && reasons.contains("DPA 2018 s.9"), "{s:#}");
    let dir = folder(&book);
    crate::letter_facts::answer_rights(&book, &r, &["access"]);
    for (lang, title, about) in [
        ("en", "Your request for access to your child's personal data", "personal data about your child Tom Smith"),
        ("de", "Auskunft über die personenbezogenen Daten Ihres Kindes", "über Ihr Kind Tom Smith"),
        ("fr", "Accès aux données personnelles de votre enfant", "votre enfant Tom Smith"),
    ] {
        let out = dir.join(format!("{lang}-access.pdf"));
        let text_out = dir.join(format!("{lang}-access.txt"));
        let run = book.run(&[
            "letter",
            "make",
            &r,
            "--kind",
            "access-response",
            "--lang",
            lang,
            "--out",
            out.to_str().unwrap(),
            "--text",
            text_out.to_str().unwrap(),
        ]);
        assert_eq!(run.code, 0, "{lang}: {}", run.stderr);
        let text = pdf_text(&out);
        assert!(text.contains(title) && text.contains(about), "{lang}: {text}");
        let plain = std::fs::read_to_string(&text_out).unwrap().split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(plain.contains(about), "{lang}: {plain}");
    }
    let en = pdf_text(&dir.join("en-access.pdf"));
    assert!(!en.contains("your personal data"), "{en}");

    // Over the UK age (13): the letter names the person, and a parent needs their agreement.
    book.json(&["case", "update", &r, "--subject-birth-date", "2010-04-01"]);
    let s = book.json(&["identity", "suggest", &r]);
    assert_eq!(s["method"], "signed-authorisation", "{s:#}");
    assert!(s["reasons"].to_string().contains("may exercise their own rights"), "{s:#}");
    let out = dir.join("older.pdf");
    let run = book.run(&["letter", "make", &r, "--kind", "access-response", "--out", out.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = pdf_text(&out);
    assert!(text.contains("personal data about Tom Smith") && !text.contains("your child"), "{text}");
}

#[test]
fn deactivation_and_preferences_are_rights_with_their_own_clock_and_letters() {
    let book = Book::new();
    let r = book.new_case(
        "Anna Smith",
        "anna@example.org",
        "2026-11-02",
        &["--right", "deactivate-account", "--right", "communication-preferences"],
    );
    let c = book.json(&["case", "show", &r]);
    assert_eq!(c["rights"], serde_json::json!(["deactivate-account", "communication-preferences"]));
    assert_eq!(c["due"], "2026-12-02", "UK GDPR Art. 12(3): one month at the latest");
    let dir = folder(&book);
    let ack = dir.join("ack.txt");
    let run = book.run(&[
        "letter",
        "make",
        &r,
        "--kind",
        "acknowledgement",
        "--out",
        dir.join("ack.pdf").to_str().unwrap(),
        "--text",
        ack.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let ack = std::fs::read_to_string(&ack).unwrap().split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(ack.contains("a request for account deactivation and a change of communication preferences"), "{ack}");
    assert!(!ack.contains("another request"), "{ack}");

    // The confirmations state the action log, and are refused, naming the command, without it.
    book.register_systems(&["shop", "newsletter"]);
    let out = dir.join("deactivated.pdf");
    let o = out.to_str().unwrap();
    let before = book.stored();
    book.run(&["letter", "make", &r, "--kind", "account-deactivation-confirmation", "--out", o]).fails_with(&format!(
        "no account-deactivated is recorded for case {r}: `casebook case action {r} --system ID --right deactivate-account --did account-deactivated`"
    ));
    book.run(&["letter", "make", &r, "--kind", "preferences-confirmation", "--out", o])
        .fails_with("--right communication-preferences --did preferences-changed|suppressed");
    assert_eq!(book.stored(), before, "a refused letter records nothing");
    #[rustfmt::skip]
    book.json(&["case", "action", &r, "--system", "shop", "--right", "deactivate-account", "--did", "account-deactivated"]);
    #[rustfmt::skip]
    book.json(&["case", "action", &r, "--system", "newsletter", "--right", "communication-preferences", "--did", "preferences-changed", "--detail", "newsletter off, post only"]);
    // Each confirmation states its right's recorded answer: refused, naming the right, until there is one.
    book.run(&["letter", "make", &r, "--kind", "preferences-confirmation", "--out", o]).fails_with(&format!(
        "case {r}: the preferences-confirmation letter states the answer to communication-preferences, and communication-preferences has no recorded answer: record it first (`casebook case answer {r} --right communication-preferences --outcome fulfilled|partly …`)"
    ));
    for system in ["shop", "newsletter"] {
        book.json(&["case", "searched", &r, "--system", system, "--result", "found"]);
    }
    crate::letter_facts::answer_rights(&book, &r, &["deactivate-account", "communication-preferences"]);
    for (kind, words, absent) in [
        (
            "account-deactivation-confirmation",
            "we have deactivated your account, system by system: • The shop system: account deactivated",
            "newsletter",
        ),
        (
            "preferences-confirmation",
            "we have changed your communication preferences, system by system: • The newsletter system: preferences changed: newsletter off, post only",
            "shop",
        ),
    ] {
        let run = book.run(&["letter", "make", &r, "--kind", kind, "--out", o, "--force"]);
        assert_eq!(run.code, 0, "{kind}: {}", run.stderr);
        let text = pdf_text(&out).split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(text.contains(words), "{text}");
        // Each letter states its own right's actions, not the other's.
        assert!(!text.contains(absent), "{kind}: {text}");
    }
    // A confirmation for a right the case does not have is refused.
    let access = book.new_case("Bo Jones", "bo@example.org", "2026-11-02", &[]);
    book.run(&["letter", "make", &access, "--kind", "preferences-confirmation", "--out", o, "--force"])
        .fails_with("letter answers communication-preferences, and case");
}

#[test]
fn no_statute_sets_a_date_for_deactivation_under_the_ccpa() {
    let book = Book::empty();
    let out = book.json(&[
        "deadline",
        "--regime",
        "ccpa",
        "--location",
        "US-CA",
        "--received",
        "2026-11-02",
        "--right",
        "deactivate-account",
    ]);
    assert!(out["due"].is_null(), "{out:#}");
    assert!(out.to_string().contains("no statute sets a date"), "{out:#}");
    let out = book.json(&[
        "deadline",
        "--regime",
        "uk-gdpr",
        "--location",
        "GB-ENG",
        "--received",
        "2026-11-02",
        "--right",
        "communication-preferences",
    ]);
    assert_eq!(out["due"], "2026-12-02", "{out:#}");
    assert!(out.to_string().contains("PECR"), "{out:#}");

    // A CCPA case with no statutory date: the acknowledgement promises no date and
    // does not blame a missing identity check for it.
    let book = Book::new();
    let r = book.new_case(
        "Al Green",
        "al@example.org",
        "2026-11-02",
        &["--regime", "ccpa", "--location", "US-CA", "--right", "deactivate-account"],
    );
    let shown = book.run(&["case", "show", &r]);
    assert!(shown.stdout.contains("Due:        - (no statutory date)"), "{}", shown.stdout);
    let dir = folder(&book);
    let out = dir.join("ack.pdf");
    let run = book.run(&["letter", "make", &r, "--kind", "acknowledgement", "--out", out.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = pdf_text(&out);
    assert!(text.contains("account deactivation"), "{text}");
    assert!(!text.contains("identity") && !text.contains("respond by"), "{text}");
}

#[test]
fn a_new_case_takes_the_data_subjects_birth_date() {
    let book = Book::new();
    let parent = ["--subject-name", "Tom Child", "--subject-relationship", "parent"];
    let with = |extra: &[&'static str]| {
        let mut args = parent.to_vec();
        args.extend_from_slice(extra);
        args
    };
    let r =
        book.new_case("Pat Parent", "pat@example.org", "2026-11-20", &with(&["--subject-birth-date", "2016-04-01"]));
    let c = book.json(&["case", "show", &r]);
    assert_eq!(c["data_subject"]["birth_date"], "2016-04-01");
    assert_eq!(c["data_subject"]["name"], "Tom Child");

    let before = book.stored();
    let new = |extra: &[&str]| {
        let mut args = vec![
            "case",
            "new",
            "--requester-name",
            "Pat Parent",
            "--channel",
            "email",
            "--received",
            "2026-11-20",
            "--right",
            "access",
        ];
        args.extend_from_slice(extra);
        book.run(&args)
    };
    new(&with(&["--subject-birth-date", "1 April 2016"])).fails_with("invalid subject birth date '1 April 2016'");
    new(&with(&["--subject-birth-date", "2026-11-21"])).fails_with("is after the request was received on 2026-11-20");
    new(&["--subject-birth-date", "2016-04-01"]).fails_with("a date of birth is the data subject's");
    assert!(book.stored() == before, "a refused case new records nothing");
}

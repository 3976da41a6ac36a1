//! Nothing Casebook records or sends is untrue: one path to "done", letters
//! that fit the case, the action log, and letters stating recorded facts only.

use crate::harness::Book;

fn entries(book: &Book) -> serde_json::Value {
    book.json(&["audit", "verify"])["entries"].clone()
}

#[test]
fn closing_or_setting_a_status_cannot_get_round_the_checks_of_a_response() {
    let book = Book::with_systems(&["crm", "billing"]);
    let r = book.new_case("Ada", "ada@example.org", "2026-11-10", &["--subject-category", "customer"]);
    let before = book.stored();
    let audited = entries(&book);
    let table: &[(&[&str], &str)] = &[
        (&["case", "close", &r, "--outcome", "fulfilled"], "closing as 'fulfilled' needs the response recorded first"),
        (&["case", "close", &r, "--outcome", "no-data-held"], "closing as 'no-data-held' needs the response recorded"),
        (&["case", "close", &r, "--outcome", "refused"], "needs the refusal recorded with its ground first"),
        (&["case", "close", &r, "--outcome", "identity-not-verified"], "needs identity evidence asked for"),
        (&["case", "update", &r, "--status", "response-sent"], "is set by its step, not by hand: use `case respond`"),
        (&["case", "update", &r, "--status", "refused"], "use `case refuse`"),
        (&["case", "update", &r, "--status", "withdrawn"], "use `case withdraw`"),
        (&["case", "update", &r, "--status", "acknowledged"], "use `case acknowledge`"),
        (&["case", "respond", &r, "--channel", "email", "--what", "copy"], "not searched: crm, billing"),
    ];
    for (args, needle) in table {
        book.run(args).fails_with(needle);
    }
    assert!(book.stored() == before, "a refused command changed the register");
    assert_eq!(entries(&book), audited);

    // Searched everything: the response goes out, then the case closes as fulfilled.
    for system in ["crm", "billing"] {
        book.json(&["case", "searched", &r, "--system", system, "--result", "found"]);
    }
    book.run(&["case", "close", &r, "--outcome", "fulfilled"]).fails_with("needs the response recorded first");
    book.json(&["case", "respond", &r, "--channel", "email", "--what", "copy of the data"]);
    book.run(&["case", "close", &r, "--outcome", "refused"]).fails_with("needs the refusal recorded");
    let closed = book.json(&["case", "close", &r, "--outcome", "fulfilled"]);
    assert_eq!((closed["status"].as_str(), closed["outcome"].as_str()), (Some("closed"), Some("fulfilled")));

    // Outcomes that answer nothing skip the checks.
    for outcome in ["withdrawn", "not-a-request", "duplicate"] {
        let c = book.new_case("Bo", "bo@example.org", "2026-11-20", &["--subject-category", "customer"]);
        assert_eq!(book.json(&["case", "close", &c, "--outcome", outcome])["outcome"], outcome);
    }
    let unverified = book.new_case("Cy", "cy@example.org", "2026-11-20", &["--subject-category", "customer"]);
    book.json(&["identity", "request", &unverified, "--on", "2026-11-21"]);
    book.run(&["case", "respond", &unverified, "--channel", "email", "--what", "copy"])
        .fails_with("cannot be answered yet");
    book.json(&["case", "close", &unverified, "--outcome", "identity-not-verified"]);
    let refused = book.new_case("Di", "di@example.org", "2026-11-20", &["--subject-category", "customer"]);
    book.json(&["case", "refuse", &refused, "--reason", "exemption", "--text", "legal privilege"]);
    book.json(&["case", "close", &refused, "--outcome", "refused"]);
    // Triage is the one status set by hand besides "in progress".
    let triage = book.new_case("Ed", "ed@example.org", "2026-11-20", &[]);
    assert_eq!(book.json(&["case", "update", &triage, "--status", "in-progress"])["status"], "in-progress");
    assert!(book.json(&["audit", "verify"])["first_broken"].is_null());
}

#[test]
fn a_letter_must_fit_a_right_of_the_case_and_a_closed_case_takes_none_until_reopened() {
    let book = Book::new();
    let r = book.new_case("Ada", "ada@example.org", "2026-11-10", &["--right", "access"]);
    let out = book.dir.join("letter.pdf");
    let out = out.to_str().unwrap();
    let before = book.stored();
    book.run(&["letter", "make", &r, "--kind", "rectification-confirmation", "--out", out]).fails_with(&format!(
        "the rectification-confirmation letter answers rectification, and case {r} asked for access"
    ));
    book.run(&["letter", "make", &r, "--kind", "erasure-confirmation", "--out", out]).fails_with("answers erasure");
    book.run(&["letter", "make", &r, "--kind", "opt-out-confirmation", "--out", out])
        .fails_with("answers opt-out-of-sale or limit-sensitive");
    assert!(book.stored() == before, "a refused letter changed the register");

    book.json(&["case", "close", &r, "--outcome", "duplicate"]);
    let closed = book.stored();
    book.run(&["letter", "make", &r, "--kind", "acknowledgement", "--out", out])
        .fails_with(&format!("case {r} is closed: no letter is recorded on a closed case (re-open it first"));
    book.run(&["case", "reopen", &r, "--reason", "  "]).fails_with("re-opening a case needs its reason");
    assert!(book.stored() == closed);
    let open = book.json(&["case", "reopen", &r, "--reason", "not a duplicate after all: different account"]);
    assert_eq!((open["status"].as_str(), open["outcome"].as_str()), (Some("in-progress"), None));
    book.run(&["case", "reopen", &r, "--reason", "again"]).fails_with("is not closed (it is in-progress)");
    let letter = book.json(&["letter", "make", &r, "--kind", "acknowledgement", "--out", out]);
    assert_eq!(letter["kind"], "acknowledgement");
    let shown = book.json(&["case", "show", &r]);
    let reopened = shown["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["item"]["kind"] == "reopened" || e["item"]["action"] == "case.reopened")
        .expect("the re-opening is on the timeline");
    assert!(
        reopened.to_string().contains("different account") || reopened.to_string().contains("reopened"),
        "{reopened}"
    );
    assert!(book.json(&["audit", "verify"])["first_broken"].is_null());
}

#[test]
fn the_action_log_records_what_was_done_per_right_and_system_and_who_was_told() {
    let book = Book::with_systems(&["crm", "billing"]);
    let r = book.customer_case("Ada", "ada@example.org", "2026-11-10", &["erasure", "rectification"]);
    let before = book.stored();
    let audited = entries(&book);
    let table: &[(&[&str], &str)] = &[
        (
            &["case", "action", &r, "--system", "payroll", "--right", "erasure", "--did", "erased"],
            "system 'payroll' is not in the register",
        ),
        (
            &["case", "action", &r, "--system", "crm", "--right", "access", "--did", "erased"],
            "did not ask for access (it asked for erasure, rectification) (--right)",
        ),
        (
            &["case", "action", &r, "--system", "crm", "--right", "erasure", "--did", "shredded"],
            "unknown action 'shredded'",
        ),
        (
            &["case", "action", &r, "--system", "billing", "--right", "erasure", "--did", "kept"],
            "data kept needs its legal ground",
        ),
        (
            &["case", "action", &r, "--system", "crm", "--right", "rectification", "--did", "rectified"],
            "from what to what",
        ),
        (
            &["case", "action", &r, "--system", "crm", "--right", "erasure", "--did", "rectified", "--detail", "x"],
            "'rectified' does not answer erasure",
        ),
        (
            &["case", "action", &r, "--system", "crm", "--right", "erasure", "--did", "erased", "--on", "2026-11-01"],
            "before the request was received",
        ),
        (&["case", "notify", &r, "--recipient", "Hosting provider"], "several rights: name the one notified (--right)"),
        (
            &["case", "notify", &r, "--recipient", "Acme Credit Agency", "--right", "erasure"],
            "'Acme Credit Agency' is not a recipient in the register of processing: say why it was told (--reason)",
        ),
    ];
    for (args, needle) in table {
        book.run(args).fails_with(needle);
    }
    assert!(book.stored() == before, "a refused action changed the register");
    assert_eq!(entries(&book), audited);

    book.json(&[
        "case",
        "action",
        &r,
        "--system",
        "crm",
        "--right",
        "erasure",
        "--did",
        "erased",
        "--on",
        "2026-11-20",
    ]);
    book.json(&[
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
        "invoices kept 6 years (Companies Act 2006 s.388)",
    ]);
    book.json(&[
        "case",
        "action",
        &r,
        "--system",
        "crm",
        "--right",
        "rectification",
        "--did",
        "rectified",
        "--detail",
        "postal address: 1 Old St to 2 New St",
    ]);
    book.json(&["case", "notify", &r, "--recipient", "hosting provider", "--right", "erasure", "--on", "2026-11-21"]);
    let unlisted = book.run(&[
        "--json",
        "case",
        "notify",
        &r,
        "--recipient",
        "Acme Credit Agency",
        "--right",
        "erasure",
        "--reason",
        "told us it held a copy",
    ]);
    assert_eq!(unlisted.code, 0, "{}", unlisted.stderr);
    assert!(
        unlisted.stderr.contains("warning: 'Acme Credit Agency' is not a recipient in the register"),
        "{}",
        unlisted.stderr
    );

    let shown = book.json(&["case", "show", &r]);
    let log = &shown["action_log"];
    assert_eq!(log["actions"].as_array().unwrap().len(), 3);
    assert_eq!(log["actions"][1]["did"], "kept");
    assert_eq!(log["actions"][1]["ground"], "invoices kept 6 years (Companies Act 2006 s.388)");
    assert_eq!(log["actions"][0]["by"], "test-dpo");
    assert_eq!(log["notifications"][0]["recipient"], "hosting provider");
    assert_eq!(log["notifications"][0]["on"], "2026-11-21");
    assert_eq!(log["notifications"][1]["unlisted_reason"], "told us it held a copy");
    let human = book.run(&["case", "show", &r]).stdout;
    assert!(human.contains("Action:     2026-11-20 erasure: crm erased by test-dpo"), "{human}");
    assert!(human.contains("billing kept by test-dpo (ground: invoices kept 6 years"), "{human}");
    assert!(human.contains("Notified:   2026-11-21 erasure: hosting provider by test-dpo"), "{human}");
    let timeline = shown["timeline"].to_string();
    assert!(timeline.contains("action.recorded") && timeline.contains("recipient.notified"), "{timeline}");

    // The evidence pack shows the action log.
    let pack = book.dir.join("pack.pdf");
    book.json(&["case", "evidence", &r, "--out", pack.to_str().unwrap()]);
    let text = crate::letters::pdf_text(&pack);
    for words in [
        "What was done, per right and system (the action log):",
        "Recipients told of the change (Art. 19):",
        "Acme Credit Agency",
        "Not in the register: told us it held a copy",
    ] {
        assert!(text.contains(words), "{words}: {text}");
    }

    // Every action is in the audit chain; a row edited behind Casebook's back is named.
    assert!(book.json(&["audit", "verify"])["first_broken"].is_null());
    book.sql("UPDATE case_actions SET did = 'erased', ground = NULL WHERE did = 'kept'");
    let report = book.run(&["audit", "verify"]);
    assert_ne!(report.code, 0, "an edited action must not verify: {}", report.stdout);
    assert!(
        report.stdout.contains("case_actions") || report.stderr.contains("case_actions"),
        "{} {}",
        report.stdout,
        report.stderr
    );
}

#[test]
fn letters_state_only_what_the_searches_and_the_action_log_record() {
    let book = Book::with_systems(&["crm", "billing", "newsletter"]);
    let dir = book.dir.clone();
    let pdf = dir.join("letter.pdf");
    let out = pdf.to_str().unwrap();
    let r = book.customer_case("Ada", "ada@example.org", "2026-11-10", &["access", "erasure"]);
    let before = book.stored();
    let table: &[(&[&str], String)] = &[
        (
            &["letter", "make", &r, "--kind", "access-response", "--out", out],
            format!("case {r} has systems not searched yet: crm, billing, newsletter"),
        ),
        (
            &["letter", "make", &r, "--kind", "erasure-confirmation", "--out", out],
            "an erasure confirmation states what was erased, anonymised or kept in each system, and none is recorded"
                .into(),
        ),
        (
            &["letter", "make", &r, "--kind", "erasure-confirmation", "--recipient", "Hosting provider", "--out", out],
            format!("names only the recipients recorded as told: record each with `case notify {r}"),
        ),
    ];
    for (args, needle) in table {
        book.run(args).fails_with(needle);
    }
    assert!(book.stored() == before, "a refused letter changed the register");

    // Nothing found anywhere: no access response, the no-data letter instead.
    for system in ["crm", "billing"] {
        book.json(&["case", "searched", &r, "--system", system, "--result", "nothing-found"]);
    }
    book.json(&["case", "searched", &r, "--system", "newsletter", "--not-searched", "--reason", "never subscribed"]);
    book.run(&["letter", "make", &r, "--kind", "access-response", "--out", out]).fails_with(&format!(
        "no search on case {r} found any: send the no-data letter instead (letter make {r} --kind no-data)"
    ));
    // Found in the CRM only: the letter names it, and no other system.
    book.json(&["case", "searched", &r, "--system", "crm", "--result", "found"]);
    crate::letter_facts::answer_rights(&book, &r, &["access"]);
    book.json(&["letter", "make", &r, "--kind", "access-response", "--out", out]);
    let text = crate::letters::pdf_text(&pdf);
    assert!(text.contains("Hosting provider"), "the recipients of the system found: {text}");
    assert!(text.contains("The crm system: 6 years after the account closes"), "{text}");
    assert!(!text.contains("The billing system") && !text.contains("The newsletter system"), "{text}");

    // The erasure confirmation: what the action log says, and who was told.
    book.json(&["case", "action", &r, "--system", "crm", "--right", "erasure", "--did", "erased"]);
    book.json(&[
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
        "invoices are kept for six years (Companies Act 2006 s.388)",
    ]);
    std::fs::remove_file(&pdf).unwrap();
    crate::letter_facts::answer_rights(&book, &r, &["erasure"]);
    book.json(&["letter", "make", &r, "--kind", "erasure-confirmation", "--out", out]);
    let text = crate::letters::pdf_text(&pdf);
    assert!(text.contains("The crm system: erased"), "{text}");
    assert!(
        text.contains(
            "The billing system: kept, on this legal ground: invoices are kept for six years (Companies Act 2006 s.388)"
        ),
        "{text}"
    );
    assert!(!text.contains("newsletter"), "{text}");
    assert!(
        !text.contains("told each of them") && !text.contains("Hosting provider"),
        "no one recorded as told: {text}"
    );
    book.json(&["case", "notify", &r, "--recipient", "Hosting provider", "--right", "erasure", "--on", "2026-11-25"]);
    std::fs::remove_file(&pdf).unwrap();
    book.json(&["letter", "make", &r, "--kind", "erasure-confirmation", "--out", out]);
    let text = crate::letters::pdf_text(&pdf);
    assert!(text.contains("told each of them about the erasure: • Hosting provider (25 November 2026)"), "{text}");
}

/// 11 CCR §7021(a): a CCPA acknowledgement of a request to know, delete or
/// correct describes in general how the business verifies the consumer. The
/// letter states the profile's own words in the letter's language or is
/// refused, naming the provision, the language and the command, with nothing
/// written (never quoting another language's words); clearing the words
/// refuses again.
#[test]
fn a_ccpa_acknowledgement_states_the_recorded_verification_process_or_is_refused() {
    let book = Book::new();
    let ca = |right: &str| {
        book.new_case(
            "Carla",
            "carla@example.org",
            "2026-11-25",
            &["--regime", "ccpa", "--location", "US-CA", "--right", right],
        )
    };
    let (know, opt_out) = (ca("access"), ca("opt-out-of-sale"));
    let pdf = |name: &str| book.dir.join(name).to_str().unwrap().to_string();
    let out = &pdf("refused.pdf");
    let before = book.stored();
    book.run(&["letter", "make", &know, "--kind", "acknowledgement", "--out", out]).fails_with(
        "this acknowledgement must describe in general how you verify a requester (11 CCR §7021(a)), and the organisation profile records no such description in this letter's language (en): `casebook init --verification-process en=\"…\"`",
    );
    assert!(book.stored() == before, "a refused letter changed the register");
    // An opt-out is not verified, and its acknowledgement describes nothing.
    let opt_out_pdf = &pdf("opt-out.pdf");
    book.json(&["letter", "make", &opt_out, "--kind", "acknowledgement", "--out", opt_out_pdf]);
    assert!(!crate::letters::pdf_text(std::path::Path::new(opt_out_pdf)).contains("How we verify"));

    let words = "We match your email address and last order number with your account";
    let profile = book.json(&["init", "--verification-process", &format!("  {words}  ")]);
    assert_eq!(profile["organisation"]["verification_process"], serde_json::json!({ "en": words }), "{profile}");
    let shown = book.run(&["init"]).stdout;
    assert!(shown.contains(&format!("How requesters are verified (en): {words}\n")), "{shown}");
    let stated = &pdf("stated.pdf");
    book.json(&["letter", "make", &know, "--kind", "acknowledgement", "--out", stated]);
    let text = crate::letters::pdf_text(std::path::Path::new(stated));
    assert!(text.contains(&format!("How we verify a request: {words}.")), "{text}");

    // A Spanish acknowledgement does not quote the English words: refused,
    // offering English, until the Spanish words are recorded beside them.
    let spanish = ["letter", "make", &know, "--kind", "acknowledgement", "--lang", "es", "--out", out];
    book.run(&spanish).fails_with(
        "no such description in this letter's language (es): `casebook init --verification-process es=\"…\"`, or make the letter in a language it has one in (en: --lang en)",
    );
    let palabras = "Comparamos su correo electrónico y su último número de pedido con su cuenta";
    let profile = book.json(&["init", "--verification-process", &format!("ES={palabras}")]);
    assert_eq!(
        profile["organisation"]["verification_process"],
        serde_json::json!({ "en": words, "es": palabras }),
        "the English words are kept: {profile}"
    );
    book.json(&spanish);
    let text = crate::letters::pdf_text(std::path::Path::new(out));
    assert!(text.contains(&format!("Cómo verificamos una solicitud: {palabras}.")), "{text}");
    assert!(!text.contains(words), "{text}");

    book.json(&["init", "--verification-process", "", "--verification-process", "es="]);
    let profile = book.json(&["init", "--verification-process", "en=x", "--verification-process", "en="]);
    assert_eq!(profile["organisation"]["verification_process"], serde_json::json!({}), "{profile}");
    book.run(&["letter", "make", &know, "--kind", "acknowledgement", "--out", out, "--force"])
        .fails_with("(11 CCR §7021(a))");
}

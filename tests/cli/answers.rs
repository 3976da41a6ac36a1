//! Issue 16: each right of a case answered on its own (`case answer`), the
//! case closed only once every right is, and an opt-out answered while the
//! deletion beside it waits for the requester's identity.

use crate::harness::Book;
use crate::letters::{folder, pdf_text};

fn run_ok(book: &Book, args: &[&str]) {
    let run = book.run(args);
    assert_eq!(run.code, 0, "{args:?}: {}", run.stderr);
}

/// A command refused with `needle` on one line, leaving the register byte-identical
/// and the case as it was.
fn refused(book: &Book, reference: &str, args: &[&str], needle: &str) {
    let before = book.stored();
    let shown = book.json(&["case", "show", reference]);
    let run = book.run(args);
    assert_ne!(run.code, 0, "{args:?} was accepted");
    let err = run.stderr.trim_end();
    assert!(err.contains(needle), "{args:?}: {err}");
    assert_eq!(err.lines().filter(|l| l.starts_with("error:")).count(), 1, "{args:?}: one error line: {err}");
    assert!(!err.lines().any(|l| !l.starts_with("error:") && !l.starts_with("warning:")), "one line: {err}");
    assert!(book.stored() == before, "{args:?}: a refused command changed the register");
    assert_eq!(book.json(&["case", "show", reference]), shown, "{args:?}");
}

fn identity_check(book: &Book, r: &str, on: &str) {
    run_ok(
        book,
        &[
            "identity",
            "check",
            r,
            "--method",
            "account-details",
            "--outcome",
            "verified",
            "--compared",
            "email and last order number vs. the account",
            "--rationale",
            "both match the account",
            "--on",
            on,
        ],
    );
}

/// CCPA opt-out + deletion: the opt-out is carried out, answered and
/// confirmed while the deletion waits for identity; nothing is done or
/// answered for the deletion before then; the case closes only once the
/// deletion is answered too.
#[test]
fn ccpa_opt_out_is_answered_while_the_deletion_waits_for_identity() {
    let book = Book::with_systems(&["crm", "adtech"]);
    let r = book.ccpa_opt_out_and_deletion();
    run_ok(&book, &["case", "acknowledge", &r, "--on", "2026-11-21", "--channel", "email"]);
    run_ok(&book, &["identity", "request", &r, "--on", "2026-11-23", "--what", "the last order number"]);

    // Each right's rule and date, shown on the case.
    let shown = book.json(&["case", "show", &r]);
    let states = shown["right_status"].as_array().unwrap();
    assert_eq!(states[0]["right"], "opt-out-of-sale");
    assert_eq!(states[0]["needs_identity"], false);
    assert!(states[0]["why"].as_str().unwrap().contains("11 CCR §7026(d)"), "{shown:#}");
    assert_eq!((states[1]["right"].as_str(), states[1]["waits_for_identity"].as_bool()), (Some("erasure"), Some(true)));
    assert_ne!(states[0]["due"], states[1]["due"], "the opt-out has its own, earlier date: {states:?}");
    let next = book.json(&["next"]);
    assert!(
        next[0]["text"].as_str().unwrap().contains("meanwhile answer opt-out-of-sale: it does not wait for identity"),
        "{next:#}"
    );

    // The deletion waits: nothing done or answered for it yet.
    refused(
        &book,
        &r,
        &["case", "action", &r, "--system", "crm", "--right", "erasure", "--did", "erased", "--on", "2026-11-24"],
        "erasure waits for identity, so nothing is done for it yet: identity evidence asked for on 2026-11-23 has not arrived",
    );
    refused(
        &book,
        &r,
        &["case", "answer", &r, "--right", "erasure", "--outcome", "fulfilled"],
        "erasure waits for identity: identity evidence asked for on 2026-11-23 has not arrived",
    );
    // The opt-out is answered by what was done, so that comes first.
    refused(
        &book,
        &r,
        &["case", "answer", &r, "--right", "opt-out-of-sale", "--outcome", "fulfilled"],
        "nothing is recorded as done for it: `casebook case action",
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
            "opt-out-of-sale",
            "--did",
            "suppressed",
            "--on",
            "2026-11-24",
        ],
    );
    let answered = book.json(&[
        "case",
        "answer",
        &r,
        "--right",
        "opt-out-of-sale",
        "--outcome",
        "fulfilled",
        "--on",
        "2026-11-24",
    ]);
    assert_eq!(answered["right_status"][0]["answer"]["outcome"], "fulfilled");
    assert_eq!(answered["right_status"][1]["answer"], serde_json::Value::Null);
    // The case is now due when the deletion is.
    assert_eq!(answered["due"], answered["right_status"][1]["due"], "{answered:#}");
    let out = folder(&book).join("opt-out.pdf");
    run_ok(&book, &["letter", "make", &r, "--kind", "opt-out-confirmation", "--out", out.to_str().unwrap()]);
    let letter = pdf_text(&out);
    assert!(letter.contains("The adtech system: added to our opt-out list"), "{letter}");
    assert!(!letter.contains("delet") && !letter.contains("The crm system"), "{letter}");
    let text = book.run(&["case", "show", &r]).stdout;
    assert!(text.contains("Right:      opt-out-of-sale") && text.contains("fulfilled on 2026-11-24"), "{text}");
    assert!(text.contains("Right:      erasure") && text.contains("open, waits for identity"), "{text}");
    let list = book.run(&["case", "list"]).stdout;
    assert!(list.contains("answered: fulfilled; Erasure due"), "{list}");

    // Not closed while the deletion is open, whichever way it is asked.
    refused(
        &book,
        &r,
        &["case", "close", &r],
        &format!("case {r}: erasure is not answered: `casebook case answer {r} --right erasure --outcome"),
    );
    refused(&book, &r, &["case", "close", &r, "--outcome", "fulfilled"], "needs the response recorded first");

    // Identity settled: the deletion is carried out, answered, and the case closes.
    run_ok(&book, &["identity", "received", &r, "--on", "2026-11-25"]);
    identity_check(&book, &r, "2026-11-25");
    run_ok(&book, &["case", "searched", &r, "--system", "crm", "--result", "found", "--on", "2026-11-26"]);
    run_ok(&book, &["case", "searched", &r, "--system", "adtech", "--result", "found", "--on", "2026-11-26"]);
    run_ok(
        &book,
        &["case", "action", &r, "--system", "crm", "--right", "erasure", "--did", "erased", "--on", "2026-11-27"],
    );
    run_ok(&book, &["case", "answer", &r, "--right", "erasure", "--outcome", "fulfilled", "--on", "2026-11-27"]);
    // Every right answered, but the opt-out confirmation is still a draft:
    // the person has not been told, so `next` says send it, not close.
    let next = book.json(&["next"]);
    assert_eq!(next[0]["action"], "send-letter", "{next:#}");
    assert!(next[0]["text"].as_str().unwrap().contains("send the draft"), "{next:#}");
    run_ok(&book, &["letter", "send", &r, "1", "--on", "2026-11-29", "--channel", "email"]);
    assert_eq!(book.json(&["next"])[0]["action"], "close");
    let closed = book.json(&["case", "close", &r, "--on", "2026-11-29"]);
    assert_eq!((closed["status"].as_str(), closed["outcome"].as_str()), (Some("closed"), Some("fulfilled")));
    // Each right answered by its own date: the case is measured against the last of them.
    assert_eq!(closed["due"], closed["right_status"][1]["due"], "{closed:#}");
    assert!(closed["deadlines"]["notes"].to_string().contains("each right was answered by its own date"), "{closed:#}");
    assert!(book.json(&["audit", "verify"])["problem"].is_null());
}

/// GDPR erasure + objection to marketing: the objection is answered by the
/// suppression, the erasure partly (data kept on a legal ground, the
/// exemption in words); the case's outcome is derived from both.
#[test]
fn gdpr_erasure_partly_and_objection_fulfilled_close_as_partly_fulfilled() {
    let book = Book::with_systems(&["crm", "billing"]);
    let r = book.customer_case("Ann Example", "ann@example.org", "2026-11-16", &["erasure", "objection"]);
    run_ok(&book, &["case", "action", &r, "--system", "crm", "--right", "objection", "--did", "suppressed"]);
    run_ok(&book, &["case", "answer", &r, "--right", "objection", "--outcome", "fulfilled"]);
    // Erasure: every relevant system searched first.
    refused(
        &book,
        &r,
        &["case", "answer", &r, "--right", "erasure", "--outcome", "partly", "--exemption", "tax records"],
        "not searched: crm, billing",
    );
    run_ok(&book, &["case", "searched", &r, "--system", "crm", "--result", "found"]);
    run_ok(&book, &["case", "searched", &r, "--system", "billing", "--result", "found"]);
    run_ok(&book, &["case", "action", &r, "--system", "crm", "--right", "erasure", "--did", "erased"]);
    run_ok(
        &book,
        &[
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
            "HMRC: invoices kept 6 years",
        ],
    );
    refused(
        &book,
        &r,
        &["case", "answer", &r, "--right", "erasure", "--outcome", "partly"],
        "erasure partly fulfilled needs the exemption that applies to the rest, in words (--exemption)",
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
            "invoices kept for 6 years under a statutory retention duty (Art. 17(3)(b))",
        ],
    );
    // Every right answered: the outcome is derived, and a different one is refused.
    refused(
        &book,
        &r,
        &["case", "close", &r, "--outcome", "fulfilled"],
        "the answers make the outcome 'partly-fulfilled', not 'fulfilled'",
    );
    let closed = book.json(&["case", "close", &r]);
    assert_eq!(closed["outcome"], "partly-fulfilled");
    let states = closed["right_status"].as_array().unwrap();
    assert_eq!(states[0]["answer"]["outcome"], "partly");
    assert!(states[0]["answer"]["detail"].as_str().unwrap().contains("Art. 17(3)(b)"));
    assert_eq!(states[1]["answer"]["outcome"], "fulfilled");
    // The evidence pack lists each right's answer.
    let pack = folder(&book).join("pack.pdf");
    run_ok(&book, &["case", "evidence", &r, "--out", pack.to_str().unwrap()]);
    let text = pdf_text(&pack);
    assert!(text.contains("Erasure answered partly fulfilled on") && text.contains("Art. 17(3)(b)"), "{text}");
    assert!(text.contains("Objection answered fulfilled on"), "{text}");
}

/// A case answered as a whole (`case respond`) still closes with
/// `--outcome fulfilled`: the rights still open are answered with it.
#[test]
fn closing_a_case_answered_as_a_whole_answers_each_right() {
    let book = Book::with_systems(&["crm"]);
    let r = book.new_case("Bo", "bo@example.org", "2026-11-16", &["--subject-category", "customer"]);
    run_ok(&book, &["case", "searched", &r, "--system", "crm", "--result", "found"]);
    run_ok(&book, &["case", "respond", &r, "--channel", "email", "--what", "a copy of the data"]);
    let closed = book.json(&["case", "close", &r, "--outcome", "fulfilled", "--on", "2026-11-28"]);
    assert_eq!(closed["outcome"], "fulfilled");
    let answer = &closed["right_status"][0]["answer"];
    assert_eq!((answer["right"].as_str(), answer["outcome"].as_str()), (Some("access"), Some("fulfilled")));
    assert_eq!(answer["on"], "2026-11-28");
}

/// Bad input: one line naming the problem, nothing recorded.
#[test]
fn bad_answers_are_refused_on_one_line_recording_nothing() {
    let book = Book::with_systems(&["crm"]);
    let r = book.customer_case("Di", "di@example.org", "2026-11-16", &["erasure", "unsubscribe"]);
    let answer = |extra: &[&str]| {
        let mut args = vec!["case", "answer", r.as_str()];
        args.extend_from_slice(extra);
        args.into_iter().map(str::to_string).collect::<Vec<_>>()
    };
    let cases: &[(&[&str], &str)] = &[
        (
            &["--right", "access", "--outcome", "fulfilled"],
            "did not ask for access (it asked for erasure, unsubscribe) (--right)",
        ),
        (&["--right", "delete", "--outcome", "fulfilled"], "unknown right 'delete'"),
        (
            &["--right", "erasure", "--outcome", "done"],
            "unknown right outcome 'done' (expected one of: fulfilled, partly",
        ),
        (&["--right", "erasure", "--outcome", "refused", "--ground", "too-busy"], "unknown refusal reason 'too-busy'"),
        (&["--right", "erasure", "--outcome", "refused"], "refusing erasure needs its ground (one of:"),
        (
            &["--right", "erasure", "--outcome", "fulfilled", "--exemption", "x"],
            "an exemption is recorded for a right partly fulfilled, not for 'fulfilled' (--exemption)",
        ),
        (&["--right", "erasure", "--outcome", "not-applicable"], "needs the reason why it does not apply (--reason)"),
        (
            &["--right", "unsubscribe", "--outcome", "refused", "--ground", "identity-not-verified"],
            "unsubscribe is not refused for want of identity: acting on it only stops marketing",
        ),
        (
            &["--right", "erasure", "--outcome", "refused", "--ground", "identity-not-verified"],
            "needs identity evidence asked for or a failed identity check on record",
        ),
        (&["--right", "erasure", "--outcome", "no-data", "--on", "2030-01-01"], "is in the future"),
        (&["--right", "erasure", "--outcome", "no-data", "--on", "2026-11-01"], "before the request was received"),
    ];
    for (extra, needle) in cases {
        let args = answer(extra);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        refused(&book, &r, &args, needle);
    }
    // Answering twice.
    run_ok(&book, &["case", "action", &r, "--system", "crm", "--right", "unsubscribe", "--did", "suppressed"]);
    run_ok(&book, &["case", "answer", &r, "--right", "unsubscribe", "--outcome", "fulfilled"]);
    refused(
        &book,
        &r,
        &["case", "answer", &r, "--right", "unsubscribe", "--outcome", "fulfilled"],
        "unsubscribe was already answered on 2026-11-29 (fulfilled); a right is answered once",
    );
    // Closing with a right unanswered.
    refused(
        &book,
        &r,
        &["case", "close", &r],
        &format!("erasure is not answered: `casebook case answer {r} --right erasure"),
    );

    // A ground the regime does not accept (LGPD: exemption or identity only).
    let lgpd = book.new_case(
        "Eva",
        "eva@example.org",
        "2026-11-16",
        &["--regime", "lgpd", "--location", "BR", "--right", "erasure"],
    );
    refused(
        &book,
        &lgpd,
        &["case", "answer", &lgpd, "--right", "erasure", "--outcome", "refused", "--ground", "manifestly-excessive"],
        "the ground 'manifestly-excessive' is not one lgpd accepts (one of: exemption, identity-not-verified; LGPD Art. 4, 18 §4)",
    );
}

/// A DPO's mistake in a recorded answer is corrected with its reason: the
/// earlier answer stays in the right's history (case show, the evidence
/// pack), the correction is audited, and a closed case is re-opened first.
#[test]
fn a_recorded_answer_is_corrected_with_its_reason_and_the_earlier_one_kept() {
    let book = Book::with_systems(&["crm", "billing"]);
    let r = book.customer_case("Ann Example", "ann@example.org", "2026-11-16", &["erasure", "objection"]);
    // Nothing to correct before a right is answered.
    refused(
        &book,
        &r,
        &["case", "answer", &r, "--right", "objection", "--outcome", "fulfilled", "--correct", "wrong"],
        &format!("objection has no answer to correct: answer it (`casebook case answer {r} --right objection"),
    );
    run_ok(&book, &["case", "action", &r, "--system", "crm", "--right", "objection", "--did", "suppressed"]);
    run_ok(&book, &["case", "answer", &r, "--right", "objection", "--outcome", "fulfilled", "--on", "2026-11-20"]);
    run_ok(&book, &["case", "searched", &r, "--system", "crm", "--result", "found"]);
    run_ok(&book, &["case", "searched", &r, "--system", "billing", "--result", "found"]);
    run_ok(&book, &["case", "action", &r, "--system", "crm", "--right", "erasure", "--did", "erased"]);
    run_ok(&book, &["case", "answer", &r, "--right", "erasure", "--outcome", "fulfilled", "--on", "2026-11-24"]);
    // Answering again is refused, pointing to the correction.
    refused(
        &book,
        &r,
        &["case", "answer", &r, "--right", "erasure", "--outcome", "fulfilled"],
        "a right is answered once: to correct it, `casebook case answer",
    );
    // Bad corrections: no reason, nothing changed, the corrected answer's own checks.
    refused(
        &book,
        &r,
        &["case", "answer", &r, "--right", "erasure", "--outcome", "partly", "--exemption", "x", "--correct", " "],
        "correcting an answer needs the reason why it was wrong (--correct)",
    );
    refused(
        &book,
        &r,
        &["case", "answer", &r, "--right", "erasure", "--outcome", "fulfilled", "--correct", "typo"],
        "erasure is already recorded as fulfilled on 2026-11-24: nothing to correct",
    );
    refused(
        &book,
        &r,
        &["case", "answer", &r, "--right", "erasure", "--outcome", "partly", "--correct", "billing kept invoices"],
        "erasure partly fulfilled needs the exemption that applies to the rest, in words (--exemption)",
    );

    // Billing kept the invoices: the erasure was partial.
    run_ok(
        &book,
        &[
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
            "HMRC: invoices kept 6 years",
        ],
    );
    let why = "billing keeps the invoices for 6 years: the erasure was only partial";
    let fixed = book.json(&[
        "case",
        "answer",
        &r,
        "--right",
        "erasure",
        "--outcome",
        "partly",
        "--exemption",
        "invoices kept for 6 years under a statutory retention duty (Art. 17(3)(b))",
        "--correct",
        why,
    ]);
    let erasure = &fixed["right_status"][0];
    assert_eq!(erasure["answer"]["outcome"], "partly", "{fixed:#}");
    assert_eq!(erasure["answer"]["on"], "2026-11-24", "the day answered stays unless corrected: {fixed:#}");
    let history = erasure["corrections"].as_array().unwrap();
    assert_eq!(history.len(), 1, "{fixed:#}");
    assert_eq!(history[0]["earlier"]["outcome"], "fulfilled");
    assert_eq!(history[0]["earlier"]["on"], "2026-11-24");
    assert_eq!(history[0]["reason"], why);
    assert!(fixed["right_status"][1]["corrections"].as_array().unwrap().is_empty());
    let shown = book.run(&["case", "show", &r]);
    assert!(
        shown
            .stdout
            .contains(&format!("corrected on 2026-11-29 by test-dpo: was fulfilled on 2026-11-24 by test-dpo ({why})")),
        "{}",
        shown.stdout
    );
    assert!(book.json(&["audit", "verify"])["problem"].is_null());

    // The outcome follows the corrected answer.
    let closed = book.json(&["case", "close", &r]);
    assert_eq!(closed["outcome"], "partly-fulfilled");
    // Closed: re-opened first.
    refused(
        &book,
        &r,
        &["case", "answer", &r, "--right", "objection", "--outcome", "no-data", "--correct", "x"],
        &format!("case {r} is closed: re-open it first (`casebook case reopen {r} --reason …`) to correct an answer"),
    );
    let pack = folder(&book).join("pack.pdf");
    run_ok(&book, &["case", "evidence", &r, "--out", pack.to_str().unwrap()]);
    let text = pdf_text(&pack);
    assert!(text.contains("Erasure corrected") && text.contains("was fulfilled on 2026-11-24"), "{text}");
}

/// Letters from each right's recorded answer: a confirmation for a right
/// answered as refused is refused, naming the answer and the letter that
/// states it; the refusal letter speaks for the refused right only, with its
/// ground and the DPO's words; a no-data letter beside an access answered
/// with data is refused; nothing is recorded by a refused letter.
#[test]
fn letters_follow_each_rights_recorded_answer() {
    let book = Book::with_systems(&["crm"]);
    let out = folder(&book).join("letter.pdf");
    let out = out.to_str().unwrap();
    let r = book.customer_case("Ann Example", "ann@example.org", "2026-11-16", &["erasure", "objection"]);
    run_ok(&book, &["case", "action", &r, "--system", "crm", "--right", "objection", "--did", "suppressed"]);
    run_ok(&book, &["case", "answer", &r, "--right", "objection", "--outcome", "fulfilled"]);
    run_ok(
        &book,
        &[
            "case",
            "answer",
            &r,
            "--right",
            "erasure",
            "--outcome",
            "refused",
            "--ground",
            "manifestly-excessive",
            "--reason",
            "the fourth identical request this month",
            "--on",
            "2026-11-20",
        ],
    );
    refused(
        &book,
        &r,
        &["letter", "make", &r, "--kind", "erasure-confirmation", "--out", out],
        &format!(
            "case {r}: erasure is answered as refused (manifestly-excessive) on 2026-11-20: the erasure-confirmation letter would say otherwise; the refusal letter states it (letter make {r} --kind refusal)"
        ),
    );
    // The refusal speaks for the erasure, not the objection that was carried out.
    run_ok(&book, &["letter", "make", &r, "--kind", "refusal", "--out", out]);
    let text = pdf_text(std::path::Path::new(out));
    assert!(text.contains("your request for erasure of"), "{text}");
    assert!(!text.contains("objection"), "{text}");
    assert!(text.contains("Our reason: Manifestly excessive: the fourth identical request this month"), "{text}");
    // The objection's confirmation states what was done.
    run_ok(&book, &["letter", "make", &r, "--kind", "objection-confirmation", "--out", out, "--force"]);

    // Every right answered and none refused: no refusal letter.
    let bo = book.new_case("Bo", "bo@example.org", "2026-11-16", &["--subject-category", "customer"]);
    run_ok(&book, &["case", "searched", &bo, "--system", "crm", "--result", "found"]);
    run_ok(&book, &["case", "answer", &bo, "--right", "access", "--outcome", "fulfilled"]);
    refused(
        &book,
        &bo,
        &["letter", "make", &bo, "--kind", "refusal", "--reason", "x", "--out", out, "--force"],
        &format!("case {bo}: no right is answered as refused (access fulfilled): a refusal letter would say otherwise"),
    );
    refused(
        &book,
        &bo,
        &["letter", "make", &bo, "--kind", "no-data", "--out", out, "--force"],
        &format!(
            "case {bo}: access is answered as fulfilled on 2026-11-29: the no-data letter would say no data is held"
        ),
    );
}

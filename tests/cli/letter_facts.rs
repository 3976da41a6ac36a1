//! Issue 16, property: for every letter kind `casebook letter kinds` offers and
//! every combination of the facts it may need (all of them where few, else a
//! deterministic sample), `letter make` on the real binary either makes a
//! letter whose every statement is backed by the record, or refuses on one
//! line naming what is missing and records nothing.
//!
//! Every fact recorded carries a marker ("Mk…"): the register's system and
//! recipient names and retention, the requester's address, the child's name,
//! a ground kept, a rectification, the identity asked for, an extension's or
//! a refusal's reasons. The oracle reads the case back (`case show --json`)
//! and allows in the letter only the markers of facts recorded that the
//! letter may state: a system only where its search found the person's data
//! (access response) or something was done in it for a right the letter
//! answers (confirmations), a recipient only where told of that right (or, in
//! an access response, listed for a system found), "your child" only for a
//! child recorded as the data subject.

use std::collections::BTreeSet;

use serde_json::Value;

use crate::harness::Book;
use crate::letters::{folder, pdf_text};

/// The facts a letter may need, each recorded by one or more commands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Fact {
    /// The requester's postal address.
    Address,
    /// A child under 13 as the data subject, the requester their parent.
    Child,
    /// Identity evidence asked for.
    IdentityAsked,
    /// Identity verified.
    IdentityVerified,
    /// Every relevant system searched: crm found, billing nothing found.
    Searched,
    /// What was done per system for the case's rights.
    Actions,
    /// A recipient told, per right acted on.
    Notified,
    /// The step the letter reports (extension, clarification, fee, refusal, appeal, complaint answer).
    Step,
    /// Each right's answer (`case answer`).
    Answered,
}

use Fact::*;

/// Rights a letter kind's case asks for, its regime, and the facts it may need.
struct Setup {
    rights: &'static [&'static str],
    regime: &'static [&'static str],
    facts: &'static [Fact],
    complaint: bool,
}

const ANSWERING: &[Fact] = &[Address, Child, IdentityVerified, Searched, Actions, Notified, Answered];
const GENERAL: &[Fact] = &[Address, Child, IdentityAsked, Searched, Step, Answered];

fn setup(kind: &str) -> Setup {
    let s = |rights, facts| Setup { rights, regime: &[], facts, complaint: false };
    match kind {
        "access-response" => s(&["access"], ANSWERING),
        "erasure-confirmation" => s(&["erasure"], ANSWERING),
        "rectification-confirmation" => s(&["rectification"], ANSWERING),
        "restriction-confirmation" => s(&["restriction"], ANSWERING),
        "objection-confirmation" => s(&["objection"], ANSWERING),
        "account-deactivation-confirmation" => s(&["deactivate-account"], ANSWERING),
        "preferences-confirmation" => s(&["communication-preferences"], ANSWERING),
        "opt-out-confirmation" => Setup {
            rights: &["opt-out-of-sale"],
            regime: &["--regime", "ccpa", "--location", "US-CA"],
            facts: ANSWERING,
            complaint: false,
        },
        "appeal-decision" => Setup {
            rights: &["access"],
            regime: &["--regime", "us-state", "--location", "US-VA"],
            facts: &[Address, Step],
            complaint: false,
        },
        "complaint-acknowledgement" | "complaint-outcome" => {
            Setup { rights: &[], regime: &[], facts: &[Address, Step], complaint: true }
        }
        // About the request as a whole: a mixed one.
        _ => s(&["access", "erasure"], GENERAL),
    }
}

/// Markers of the register: names, retention and recipients per system.
const CRM: &str = "MkSysCrm";
const BILLING: &str = "MkSysBilling";
const CRM_RECIPIENT: &str = "MkRecipientHost";
const BILLING_RECIPIENT: &str = "MkRecipientBank";
/// The recipient told of a right acted on (one the register lists, so no reason is needed).
const TOLD: &str = CRM_RECIPIENT;

fn register(book: &Book) {
    let system = |id: &str, name: &str, recipient: &str| {
        serde_json::json!({
            "id": id, "name": name,
            "data_subjects": ["dpv:Customer"],
            "personal_data": ["dpv-pd:Name", "dpv-pd:EmailAddress"],
            "purposes": [{ "purpose": "dpv:ServiceProvision", "legal_basis": "dpv:Contract" }],
            "recipients": [{ "kind": "dpv:DataProcessor", "name": recipient }],
            "retention": format!("{name}Retention for 6 years"),
            "transfers": [], "sources": ["dpv:DataSubjectDataSource"], "automated_decisions": []
        })
    };
    let register = serde_json::json!({
        "format": "casebook-register-of-processing", "version": 1,
        "systems": [system("crm", CRM, CRM_RECIPIENT), system("billing", BILLING, BILLING_RECIPIENT)]
    });
    let path = folder(book).join("register.json");
    std::fs::write(&path, register.to_string()).unwrap();
    let run = book.run(&["processing", "import", path.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
}

/// What was done for a right, as `case action` arguments (system, did, extra).
fn actions_for(right: &str) -> Vec<(&'static str, &'static str, Vec<&'static str>)> {
    match right {
        "erasure" => vec![("crm", "erased", vec![]), ("billing", "kept", vec!["--ground", "MkGround invoices"])],
        "rectification" => vec![("crm", "rectified", vec!["--detail", "MkDetail address old to new"])],
        "restriction" => vec![("crm", "restricted", vec![])],
        "objection" | "opt-out-of-sale" => vec![("crm", "suppressed", vec![])],
        "deactivate-account" => vec![("crm", "account-deactivated", vec![])],
        "communication-preferences" => vec![("crm", "preferences-changed", vec!["--detail", "MkDetail no post"])],
        _ => vec![],
    }
}

/// Runs a recording command; a refusal (a precondition not met by the
/// facts chosen, e.g. no extension while identity is awaited) leaves that
/// fact out, which the oracle reads back, and is counted in `missed`.
fn record(book: &Book, args: &[&str]) -> bool {
    let ok = book.run(args).code == 0;
    if !ok {
        MISSED.with(|m| m.set(m.get() + 1));
    }
    ok
}

thread_local! {
    static MISSED: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Logs the case for `kind` and records the facts of `has`, in the order a DPO would.
fn make_case(book: &Book, kind: &str, setup: &Setup, has: &BTreeSet<Fact>) -> String {
    let address: &[&str] =
        if has.contains(&Address) { &["--requester-address", "MkAddress Road 7\nLeeds"] } else { &[] };
    if setup.complaint {
        let mut args = vec![
            "--json",
            "complaint",
            "new",
            "--requester-name",
            "Ada Example",
            "--requester-email",
            "ada@example.org",
            "--channel",
            "email",
            "--received",
            "2026-11-10",
            "--summary",
            "my request was answered late",
        ];
        args.extend_from_slice(address);
        let r = book.run(&args).json()["reference"].as_str().unwrap().to_string();
        if has.contains(&Step) {
            record(book, &["complaint", "answer", &r, "--outcome", "upheld", "--text", "MkComplaintAnswer"]);
        }
        return r;
    }
    let mut extra: Vec<&str> = setup.regime.to_vec();
    for right in setup.rights {
        extra.extend(["--right", right]);
    }
    extra.extend(["--subject-category", "customer"]);
    extra.extend_from_slice(address);
    let r = book.new_case("Ada Example", "ada@example.org", "2026-11-10", &extra);
    if has.contains(&Child) {
        record(
            book,
            &[
                "case",
                "update",
                &r,
                "--subject-name",
                "MkChild Example",
                "--relationship",
                "parent",
                "--subject-birth-date",
                "2017-03-01",
            ],
        );
    }
    if has.contains(&IdentityAsked) {
        record(book, &["identity", "request", &r, "--on", "2026-11-11", "--what", "MkIdentityAsked order number"]);
    }
    if has.contains(&IdentityVerified) {
        record(
            book,
            &[
                "identity",
                "check",
                &r,
                "--method",
                "account-details",
                "--outcome",
                "verified",
                "--compared",
                "email vs the account",
                "--rationale",
                "it matches",
                "--on",
                "2026-11-12",
            ],
        );
    }
    if has.contains(&Searched) {
        // For the no-data letter, nothing found anywhere: that is the fact it states.
        let crm = if kind == "no-data" { "nothing-found" } else { "found" };
        record(book, &["case", "searched", &r, "--system", "crm", "--result", crm, "--on", "2026-11-13"]);
        record(
            book,
            &["case", "searched", &r, "--system", "billing", "--result", "nothing-found", "--on", "2026-11-13"],
        );
    }
    for right in setup.rights {
        if has.contains(&Actions) {
            for (system, did, more) in actions_for(right) {
                let mut args = vec!["case", "action", &r, "--system", system, "--right", right, "--did", did];
                args.extend(more);
                args.extend(["--on", "2026-11-14"]);
                record(book, &args);
            }
        }
        if has.contains(&Notified) && !actions_for(right).is_empty() {
            record(book, &["case", "notify", &r, "--recipient", TOLD, "--right", right, "--on", "2026-11-15"]);
        }
    }
    if has.contains(&Step) {
        match kind {
            "extension" => {
                record(
                    book,
                    &["extension", "take", &r, "--reason", "MkExtension many systems", "--notified-on", "2026-11-16"],
                );
            }
            "clarification" => {
                record(
                    book,
                    &["clarification", "ask", &r, "--on", "2026-11-16", "--question", "MkClarification which?"],
                );
            }
            "fee-request" => {
                record(
                    book,
                    &[
                        "fee",
                        "request",
                        &r,
                        "--ground",
                        "manifestly-excessive",
                        "--amount",
                        "MkFee 10",
                        "--on",
                        "2026-11-16",
                    ],
                );
            }
            "refusal" => {
                record(
                    book,
                    &["case", "refuse", &r, "--reason", "manifestly-excessive", "--text", "MkRefusal repeated"],
                );
            }
            "appeal-decision" => {
                record(
                    book,
                    &[
                        "case",
                        "refuse",
                        &r,
                        "--reason",
                        "exemption",
                        "--text",
                        "MkRefusal privilege",
                        "--date",
                        "2026-11-16",
                    ],
                );
                record(book, &["case", "appeal", &r, "--date", "2026-11-18"]);
                record(
                    book,
                    &[
                        "case",
                        "appeal-decided",
                        &r,
                        "--outcome",
                        "upheld",
                        "--text",
                        "MkAppealDecision privilege",
                        "--date",
                        "2026-11-20",
                    ],
                );
            }
            _ => {}
        }
    }
    if has.contains(&Answered) {
        for right in setup.rights {
            let outcome: &[&str] = match kind {
                "refusal" => {
                    &["--outcome", "refused", "--ground", "manifestly-excessive", "--reason", "MkAnswerRefused"]
                }
                "no-data" => &["--outcome", "no-data"],
                _ => &["--outcome", "fulfilled"],
            };
            let mut args = vec!["case", "answer", &r, "--right", right];
            args.extend_from_slice(outcome);
            args.extend(["--on", "2026-11-20"]);
            record(book, &args);
        }
    }
    r
}

/// The markers the record lets a letter of `kind` state, read back from `case show --json`.
fn allowed(kind: &str, shown: &Value) -> BTreeSet<String> {
    let mut ok = BTreeSet::new();
    let mut allow = |m: &str| {
        ok.insert(m.to_string());
    };
    let name = |id: &str| if id == "crm" { CRM } else { BILLING };
    let recipient = |id: &str| if id == "crm" { CRM_RECIPIENT } else { BILLING_RECIPIENT };
    if shown["requester"]["postal_address"].as_str().is_some_and(|a| a.contains("MkAddress")) {
        allow("MkAddress");
    }
    if shown["data_subject"]["name"].as_str().is_some_and(|n| n.contains("MkChild")) {
        allow("MkChild");
    }
    let timeline = shown["timeline"].to_string();
    for step in ["MkIdentityAsked", "MkExtension", "MkClarification", "MkFee", "MkRefusal", "MkAppealDecision"] {
        if timeline.contains(step) {
            allow(step);
        }
    }
    if shown.to_string().contains("MkComplaintAnswer") {
        allow("MkComplaintAnswer");
    }
    let rights: Vec<String> = shown["rights"].as_array().unwrap().iter().map(|r| r.as_str().unwrap().into()).collect();
    for a in shown["right_status"].as_array().unwrap() {
        if a["answer"]["detail"].as_str().is_some_and(|d| d.contains("MkAnswerRefused")) {
            allow("MkAnswerRefused");
        }
    }
    let letter_rights: &[&str] = match kind {
        "access-response" => &["access", "portability"],
        "erasure-confirmation" => &["erasure"],
        "rectification-confirmation" => &["rectification"],
        "restriction-confirmation" => &["restriction"],
        "objection-confirmation" => &["objection", "unsubscribe", "withdraw-consent"],
        "opt-out-confirmation" => &["opt-out-of-sale", "limit-sensitive"],
        "account-deactivation-confirmation" => &["deactivate-account"],
        "preferences-confirmation" => &["communication-preferences"],
        _ => &[],
    };
    if kind == "access-response" {
        // Only the systems whose latest search found the person's data.
        for s in shown["search_log"]["systems"].as_array().unwrap() {
            let id = s["system"].as_str().or_else(|| s["id"].as_str()).unwrap_or_default();
            if s.to_string().contains("\"found\"") {
                allow(name(id));
                allow(&format!("{}Retention", name(id)));
                allow(recipient(id));
            }
        }
    }
    for a in shown["action_log"]["actions"].as_array().unwrap() {
        let right = a["right"].as_str().unwrap();
        if letter_rights.contains(&right) && rights.iter().any(|r| r == right) {
            allow(name(a["system"].as_str().unwrap()));
            for field in ["ground", "detail"] {
                if let Some(t) = a[field].as_str() {
                    for word in t.split_whitespace().filter(|w| w.starts_with("Mk")) {
                        allow(word);
                    }
                }
            }
        }
    }
    for n in shown["action_log"]["notifications"].as_array().unwrap() {
        if letter_rights.contains(&n["right"].as_str().unwrap()) {
            allow(n["recipient"].as_str().unwrap());
        }
    }
    ok
}

/// Every marker in a text: a word starting "Mk", up to the first character not a letter.
fn markers(text: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let mut rest = text;
    while let Some(at) = rest.find("Mk") {
        let word: String = rest[at..].chars().take_while(|c| c.is_ascii_alphabetic()).collect();
        found.insert(word.clone());
        rest = &rest[at + word.len().max(2)..];
    }
    found
}

/// The subsets of `facts` to try: all of them for up to 4 facts, else the
/// empty and the full set, the full set less each fact (each fact missing
/// alone), and a fixed pseudo-random sample (a linear congruential
/// generator seeded by the kind).
fn subsets(kind: &str, facts: &[Fact]) -> Vec<BTreeSet<Fact>> {
    let n = facts.len();
    let of = |mask: u32| (0..n).filter(|i| mask & (1 << i) != 0).map(|i| facts[i]).collect::<BTreeSet<_>>();
    let full = (1u32 << n) - 1;
    if n <= 4 {
        return (0..=full).map(of).collect();
    }
    let mut masks = vec![0, full];
    for i in 0..n {
        masks.push(full & !(1 << i));
    }
    let mut seed = kind.bytes().fold(0x9E37_79B9u32, |h, b| h.rotate_left(5) ^ u32::from(b));
    for _ in 0..3 {
        seed = seed.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
        masks.push((seed >> 8) & full);
    }
    masks.sort_unstable();
    masks.dedup();
    masks.into_iter().map(of).collect()
}

/// Words a refusal may use to name what is missing or what stands against the letter.
const NAMING: &[&str] = &[
    "search",
    "case action",
    "case notify",
    "case answer",
    "answer",
    "identity",
    "extension",
    "clarif",
    "fee",
    "refus",
    "appeal",
    "complaint",
    "no data",
    "no-data",
    "record",
    "address",
    "child",
    "would say",
];

/// Checks every kind of `group` (see [`group`]) over the subsets of its facts.
fn check_kinds(which: Group) {
    let book = Book::new();
    register(&book);
    let kinds = book.json(&["letter", "kinds"]);
    let kinds: Vec<String> =
        kinds.as_array().unwrap().iter().map(|k| k["code"].as_str().unwrap().to_string()).collect();
    assert!(kinds.len() >= 20, "{kinds:?}");
    let kinds: Vec<String> = kinds.into_iter().filter(|k| group(k) == which).collect();
    assert!(!kinds.is_empty());
    let out = folder(&book).join("letter.pdf");
    let mut report = Vec::new();
    for kind in &kinds {
        let setup = setup(kind);
        let mut made = 0;
        for has in subsets(kind, setup.facts) {
            MISSED.with(|m| m.set(0));
            let r = make_case(&book, kind, &setup, &has);
            let all_recorded = MISSED.with(|m| m.get()) == 0;
            let shown = book.json(&["case", "show", &r]);
            let before = book.stored();
            let _ = std::fs::remove_file(&out);
            let run = book.run(&["letter", "make", &r, "--kind", kind, "--out", out.to_str().unwrap()]);
            let what = format!("{kind} with {has:?} on {r}");
            if run.code != 0 {
                let err = run.stderr.trim_end();
                assert_eq!(err.lines().count(), 1, "{what}: not one line: {err}");
                assert!(err.starts_with("error: "), "{what}: {err}");
                let lower = err.to_lowercase();
                assert!(NAMING.iter().any(|w| lower.contains(w)), "{what}: names nothing missing: {err}");
                assert!(
                    !out.exists() && book.stored() == before,
                    "{what}: a refused letter wrote or recorded something"
                );
                // With every fact it may need recorded, no kind is refused.
                assert!(
                    !(all_recorded && has.len() == setup.facts.len()),
                    "{what}: refused with every fact recorded: {err}\n{}",
                    report.join("\n")
                );
                report.push(format!("{what}: refused: {err}"));
                continue;
            }
            made += 1;
            let text = pdf_text(&out);
            let ok = allowed(kind, &shown);
            let stated = markers(&text);
            let unbacked: Vec<&String> = stated.difference(&ok).collect();
            assert!(unbacked.is_empty(), "{what}: states {unbacked:?}, not in the record (allowed {ok:?}): {text}");
            if kind == "no-data" {
                let log = shown["search_log"].to_string();
                assert!(!log.contains("\"found\""), "{what}: no data held, beside a search that found some: {text}");
            }
            let child = shown["data_subject"]["birth_date"].as_str().is_some();
            assert!(child || !text.contains("your child"), "{what}: 'your child' with no child recorded: {text}");
            assert!(!text.contains("{{") && !text.contains("}}"), "{what}: a placeholder: {text}");
            report.push(format!("{what}: made, stating {stated:?}"));
        }
        assert!(made > 0, "{kind}: never made\n{}", report.join("\n"));
    }
}

/// The kinds split in three tests, so that they run side by side.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Group {
    /// The access response and the confirmations: they answer rights.
    Answering,
    /// The confirmations of the seed's own rights, the opt-out, complaints and appeals.
    Other,
    /// Letters about the request as a whole.
    Request,
}

fn group(kind: &str) -> Group {
    match kind {
        "access-response"
        | "erasure-confirmation"
        | "rectification-confirmation"
        | "restriction-confirmation"
        | "objection-confirmation" => Group::Answering,
        "opt-out-confirmation"
        | "account-deactivation-confirmation"
        | "preferences-confirmation"
        | "complaint-acknowledgement"
        | "complaint-outcome"
        | "appeal-decision" => Group::Other,
        _ => Group::Request,
    }
}

#[test]
fn letters_answering_rights_state_only_recorded_facts_or_refuse_naming_the_missing_one() {
    check_kinds(Group::Answering);
}

#[test]
fn other_confirmations_complaint_and_appeal_letters_state_only_recorded_facts() {
    check_kinds(Group::Other);
}

#[test]
fn letters_about_the_request_state_only_recorded_facts_or_refuse_naming_the_missing_one() {
    check_kinds(Group::Request);
}

/// Records each of `rights` of case `reference` as answered fulfilled
/// (`case answer`): letters that answer rights state the recorded answers.
pub(crate) fn answer_rights(book: &Book, reference: &str, rights: &[&str]) {
    for right in rights {
        let run = book.run(&["case", "answer", reference, "--right", right, "--outcome", "fulfilled"]);
        assert_eq!(run.code, 0, "answering {right}: {}", run.stderr);
    }
}

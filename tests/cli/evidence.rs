//! The case evidence pack: a real PDF checked with poppler and qpdf, its
//! table header repeated on every page, recorded on the case, and refusals
//! that write nothing.

use crate::harness::Book;
use crate::letters::{assert_sound, folder, pdf_info, pdf_text, tool};

const NOTES: usize = 140;

/// A case with an acknowledgement, an identity check, a letter and many notes.
fn busy_case(book: &Book) -> (String, String) {
    let r = book.new_case(
        "Zoë Łukasiewicz",
        "zoe@example.org",
        "2026-11-02",
        &["--requester-address", "12 High Street\nLeeds LS1 4AP"],
    );
    for args in [
        vec!["case", "acknowledge", &r, "--on", "2026-11-03", "--channel", "email"],
        vec!["identity", "request", &r, "--on", "2026-11-04", "--what", "a recent utility bill"],
        vec!["identity", "received", &r, "--on", "2026-11-10"],
        vec![
            "identity",
            "check",
            &r,
            "--method",
            "registered-email",
            "--outcome",
            "verified",
            "--compared",
            "sender zoe@example.org vs. the address on the account",
            "--rationale",
            "the request came from the address on file for six years",
            "--on",
            "2026-11-10",
        ],
    ] {
        let run = book.run(&args);
        assert_eq!(run.code, 0, "{args:?}: {}", run.stderr);
    }
    for i in 1..=NOTES {
        let run = book.run(&[
            "note",
            "add",
            &r,
            &format!("Call log {i:03}: spoke to the requester about the scope of the search"),
        ]);
        assert_eq!(run.code, 0, "{}", run.stderr);
    }
    let letter = folder(book).join("ack.pdf");
    let made = book.json(&[
        "letter",
        "make",
        &r,
        "--kind",
        "acknowledgement",
        "--out",
        letter.to_str().unwrap(),
        "--sent-on",
        "2026-11-29",
        "--channel",
        "email",
    ]);
    (r, made["sha256"].as_str().unwrap().to_string())
}

#[test]
fn the_evidence_pack_tells_the_whole_case_and_is_recorded() {
    let book = Book::new();
    let (r, letter_sha) = busy_case(&book);
    let out = folder(&book).join("pack.pdf");
    let made = book.json(&["case", "evidence", &r, "--out", out.to_str().unwrap()]);
    assert_sound(&out);
    let pages = made["pages"].as_u64().unwrap();
    assert_eq!(pdf_info(&out, "Pages"), pages.to_string());
    // ~150 timeline rows at three or four to a line-height: several pages, not dozens.
    assert!((4..=20).contains(&pages), "{pages} pages");
    assert_eq!(made["audit_intact"], true);
    assert!(made["timeline_entries"].as_u64().unwrap() > NOTES as u64);
    assert_eq!(pdf_info(&out, "Title"), format!("Evidence pack: case {r}"));

    let text = pdf_text(&out);
    for expected in [
        "Case summary",
        "Zoë Łukasiewicz",
        "12 High Street",
        "Dates and how each was computed",
        "Identity decision",
        "the request came from the address on file for six years",
        "Request came from the email address on file",
        "Call log 001:",
        &format!("Call log {NOTES:03}:"),
        "identity-requested (effective 2026-11-04)",
        "asked_for: a recent utility bill",
        "Documents sent and received",
        &letter_sha,
        "hash chain verifies",
        &format!("Page {pages} of {pages}"),
    ] {
        assert!(text.contains(expected), "{expected:?} missing from the pack: {text}");
    }
    // Every date comes with the engine's explanation.
    let due = book.json(&["case", "show", &r])["deadlines"]["steps"][0].as_str().unwrap().to_string();
    let first_words: String = due.split_whitespace().take(4).collect::<Vec<_>>().join(" ");
    assert!(text.contains(&first_words), "{first_words:?}: {text}");

    // The timeline's header row is repeated on every page the table runs on to.
    let mut continued = 0;
    for page in 2..=pages {
        let p = page.to_string();
        // -layout keeps each printed row on one line, so the header row reads as one.
        let page_text = tool("pdftotext", &["-layout", "-f", &p, "-l", &p, out.to_str().unwrap(), "-"]);
        let rows: Vec<String> = page_text.lines().map(|l| l.split_whitespace().collect::<Vec<_>>().join(" ")).collect();
        assert!(
            rows.iter().any(|l| l.contains(&format!("Evidence pack · {r}"))),
            "running header on page {page}: {page_text}"
        );
        if page_text.contains("Call log") {
            let header = rows.iter().position(|l| l == "When (UTC) Who What Detail");
            let first_row = rows.iter().position(|l| l.contains("Call log"));
            assert!(
                header.is_some() && header < first_row,
                "page {page} continues the timeline without its header: {page_text}"
            );
            continued += 1;
        }
    }
    assert!(continued >= 2, "the timeline spans pages: {continued}");

    // Recorded: the PDF is on the case with its hash, in the audit log, and the chain still verifies.
    let shown = book.json(&["case", "show", &r]);
    let docs = shown["documents"].as_array().unwrap();
    let pack = docs.iter().find(|d| d["role"] == "evidence-pack").expect("the pack is stored on the case");
    assert_eq!(pack["sha256"], made["sha256"]);
    let sha = tool("sha256sum", &[out.to_str().unwrap()]);
    assert_eq!(made["sha256"], sha.split_whitespace().next().unwrap(), "the file written is the one recorded");
    let audit = book.run(&["audit", "verify"]);
    assert_eq!(audit.code, 0, "{}", audit.stdout);
}

#[test]
fn refusals_write_nothing_and_change_nothing() {
    let book = Book::new();
    let r = book.new_case("Ada Lovelace", "ada@example.org", "2026-11-02", &[]);
    let out = folder(&book).join("pack.pdf");
    let o = out.to_str().unwrap();
    let before = book.stored();
    book.run(&["case", "evidence", "CB-2026-0099", "--out", o]).fails_with("CB-2026-0099");
    book.run(&["case", "evidence", &r, "--out", folder(&book).join("no/such/dir/p.pdf").to_str().unwrap()])
        .fails_with("does not exist");
    std::fs::write(&out, b"keep me").unwrap();
    book.run(&["case", "evidence", &r, "--out", o]).fails_with("exists (use --force");
    assert_eq!(std::fs::read(&out).unwrap(), b"keep me");
    assert_eq!(book.stored(), before, "a refused pack records nothing");
    let run = book.run(&["case", "evidence", &r, "--out", o, "--force"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("audit chain intact"), "{}", run.stdout);
    assert_sound(&out);
}

/// The systems searched (and not, with why), the exports imported, and the
/// redaction schedule: in the pack, which is for the regulator, not the person.
#[test]
fn the_pack_shows_the_search_log_and_the_redaction_schedule() {
    let book = Book::with_systems(&["crm", "billing", "support"]);
    let r = book.new_case("Ada Lovelace", "ada@example.org", "2026-11-02", &["--customer-id", "C-1001"]);
    let out = folder(&book).join("empty.pdf");
    book.json(&["case", "evidence", &r, "--out", out.to_str().unwrap()]);
    let text = pdf_text(&out);
    assert!(text.contains("Not yet searched, and no reason recorded: crm, billing, support."), "{text}");
    assert!(text.contains("Nothing was withheld"), "{text}");

    let csv = folder(&book).join("crm.csv");
    std::fs::write(&csv, "customer_id,email,notes\nC-1001,ada@example.org,Called about Bob Babbage\n").unwrap();
    let file = book.json(&["data", "import", &r, "--system", "crm", "--categories", "contact", csv.to_str().unwrap()]);
    let item = book.json(&["data", "list", &r])["items"][0]["id"].to_string();
    for args in [
        vec!["case", "searched", &r, "--system", "crm", "--result", "found", "--by", "Sam Ito", "--date", "2026-11-05"],
        vec!["case", "searched", &r, "--system", "billing", "--result", "nothing-found", "--note", "no invoices"],
        vec![
            "case",
            "searched",
            &r,
            "--system",
            "support",
            "--not-searched",
            "--reason",
            "requester never contacted support",
        ],
        vec![
            "data",
            "redact",
            &r,
            &item,
            "--field",
            "notes",
            "--reason",
            "third-party-data",
            "--note",
            "names another customer",
        ],
    ] {
        let run = book.run(&args);
        assert_eq!(run.code, 0, "{args:?}: {}", run.stderr);
    }
    let out = folder(&book).join("pack.pdf");
    book.json(&["case", "evidence", &r, "--out", out.to_str().unwrap()]);
    assert_sound(&out);
    let text = pdf_text(&out);
    for expected in [
        "Systems searched",
        "Searched: Found",
        "Sam Ito",
        "Searched: Nothing found",
        "no invoices",
        "requester never contacted support",
        "Every relevant system has a record",
        "crm: crm.csv (csv), contact",
        file["sha256"].as_str().unwrap(),
        "Redaction schedule",
        "1 item(s) withheld",
        &format!("record {item} field notes"),
        "Third-party data",
        "names another customer",
    ] {
        assert!(text.contains(expected), "{expected:?} missing from the pack: {text}");
    }
}

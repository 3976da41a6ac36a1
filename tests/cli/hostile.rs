//! Hostile input through `casebook import` (issue 9): attachment names that
//! are paths or device names, HTML built to run, track or hide, MIME nested
//! thousands deep and header bombs. None escapes its place, none runs, none
//! hangs or crashes the import.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::harness::Book;

fn fixture(name: &str) -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/corpus/hostile")
        .join(name)
        .to_str()
        .unwrap()
        .to_string()
}

/// Imports `path`, returning the case as `case show` gives it.
fn import_case(book: &Book, path: &str) -> Value {
    let out = book.json(&["import", path]);
    assert_eq!(out[0]["outcome"], "created", "{out}");
    book.json(&["case", "show", out[0]["reference"].as_str().unwrap()])
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> =
        std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    names
}

#[test]
fn attachment_names_are_metadata_never_paths() {
    let book = Book::new();
    let folder = book.dir.clone();
    let before = files_in(&folder);
    let case = import_case(&book, &fixture("hostile-names.eml"));
    let names: Vec<&str> = case["documents"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["role"] == "attachment")
        .map(|d| d["file_name"].as_str().unwrap())
        .collect();
    // Kept as the sender wrote them (they are evidence), minus control characters.
    assert_eq!(names, ["CON", "invoice.pdf.exe", "..\\..\\Windows\\win.ini", "/etc/cron.d/evil"]);
    assert!(!Path::new("/etc/cron.d/evil").exists());
    let after = files_in(&folder);
    assert!(
        after.iter().all(|f| before.contains(f) || f.starts_with("casebook.db")),
        "the import wrote files beside the database: {after:?}"
    );
}

#[test]
fn a_ten_thousand_character_name_is_cut_to_255() {
    let book = Book::new();
    let dir = tempfile::tempdir().unwrap();
    let long = "A".repeat(10_000) + ".pdf";
    let eml = format!(
        "From: a@example.org\r\nSubject: access request\r\nMessage-ID: <long@example.org>\r\nMIME-Version: 1.0\r\n\
         Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n\
         Please send me my personal data.\r\n--b\r\nContent-Type: application/pdf\r\n\
         Content-Disposition: attachment; filename=\"{long}\"\r\n\r\n%PDF-1.4\r\n--b--\r\n"
    );
    let path = dir.path().join("long.eml");
    std::fs::write(&path, eml).unwrap();
    let case = import_case(&book, path.to_str().unwrap());
    let doc = case["documents"].as_array().unwrap().iter().find(|d| d["role"] == "attachment").unwrap();
    assert_eq!(doc["file_name"].as_str().unwrap().chars().count(), 255);
}

#[test]
fn html_never_keeps_anything_that_runs_tracks_or_hides() {
    let book = Book::new();
    let case = import_case(&book, &fixture("hostile-html.eml"));
    let stored = serde_json::to_string(&case).unwrap();
    for banned in [
        "<script",
        "document.cookie",
        "onload",
        "onerror",
        "javascript:",
        "tracker.example",
        "evil.example",
        "<iframe",
        "<form",
        "<style",
        "display:none",
        "http-equiv",
    ] {
        assert!(!stored.contains(banned), "'{banned}' survived into the stored case: {stored}");
    }
    let body = case["correspondence"][0]["body_text"].as_str().unwrap();
    assert!(body.contains("Ich bitte um Auskunft nach Art. 15 DSGVO."), "{body}");
    // Text hidden by CSS is shown: nothing in a request is hidden from the DPO.
    assert!(body.contains("HIDDEN-BY-CSS") && body.contains("TINY-WHITE-TEXT"), "{body}");
    assert!(body.contains("JS-LINK"), "the link's text stays, not its target: {body}");
    assert_eq!(case["rights"][0], "access");
}

/// Runs the import with a time limit; a hang or a panic fails the test.
fn import_within(book: &Book, path: &Path, limit: Duration) -> (i32, String, String) {
    let started = Instant::now();
    let r = book.run(&["--json", "import", path.to_str().unwrap()]);
    assert!(started.elapsed() < limit, "import took {:?}", started.elapsed());
    assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
    assert!(r.code == 0 || r.code == 1, "exit {}: {}", r.code, r.stderr);
    (r.code, r.stdout, r.stderr)
}

#[test]
fn mime_nested_two_thousand_deep_neither_hangs_nor_crashes() {
    let book = Book::new();
    let dir = tempfile::tempdir().unwrap();
    let depth = 2_000;
    let mut eml = String::from(
        "From: a@example.org\r\nSubject: nested\r\nMessage-ID: <deep@example.org>\r\nMIME-Version: 1.0\r\n",
    );
    for i in 0..depth {
        eml.push_str(&format!("Content-Type: multipart/mixed; boundary=\"b{i}\"\r\n\r\n--b{i}\r\n"));
    }
    eml.push_str("Content-Type: text/plain\r\n\r\nPlease send me my personal data.\r\n");
    for i in (0..depth).rev() {
        eml.push_str(&format!("--b{i}--\r\n"));
    }
    let path = dir.path().join("deep.eml");
    std::fs::write(&path, eml).unwrap();
    let (code, stdout, stderr) = import_within(&book, &path, Duration::from_secs(30));
    let out: Value = serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{e}: {stdout} {stderr}"));
    assert!(code == 0 || out[0]["outcome"] == "failed", "{out}");
    assert!(book.json(&["audit", "verify"])["first_broken"].is_null());
}

#[test]
fn a_header_bomb_neither_hangs_nor_crashes() {
    let book = Book::new();
    let dir = tempfile::tempdir().unwrap();
    let mut eml = String::from("From: a@example.org\r\nMessage-ID: <bomb@example.org>\r\n");
    for i in 0..100_000 {
        eml.push_str(&format!("X-Junk-{i}: =?UTF-8?B?w7w=?= value {i}\r\n"));
    }
    eml.push_str(&format!("Subject: {}\r\n", "access ".repeat(150_000)));
    eml.push_str("Received: from a by b; Mon, 2 Mar 2026 10:00:00 +0000\r\n".repeat(2_000).as_str());
    eml.push_str("\r\nPlease send me my personal data.\r\n");
    let path = dir.path().join("bomb.eml");
    std::fs::write(&path, eml).unwrap();
    let (_, stdout, stderr) = import_within(&book, &path, Duration::from_secs(60));
    let out: Value = serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{e}: {stdout} {stderr}"));
    assert!(matches!(out[0]["outcome"].as_str(), Some("created" | "failed")), "{out}");
    assert!(book.json(&["audit", "verify"])["first_broken"].is_null());
}

/// The .msg on which the fuzzer made msg_parser panic (RELIABILITY.md): the
/// import refuses it by name, quietly (no panic text), and stores nothing.
#[test]
fn the_msg_that_panicked_the_parser_is_refused_quietly() {
    let book = Book::new();
    let path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/corpus/fuzz/parse_msg-panic-stream-name.msg");
    let before = book.stored();
    let run = book.run(&["--json", "import", path.to_str().unwrap()]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let out: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(out[0]["outcome"], "failed");
    // Refused by the compound-file check before msg_parser could panic on it.
    assert_eq!(
        out[0]["error"],
        "the Outlook .msg file could not be read: malformed fat (fat has 32 entries, but file has only 18 sectors)"
    );
    assert!(!run.stderr.contains("panicked"), "the caught panic is not printed: {}", run.stderr);
    assert_eq!(book.stored(), before, "nothing stored");
}

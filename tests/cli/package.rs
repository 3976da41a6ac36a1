//! The portability package: its files checked against the manifest and the
//! JSON Schema, redactions applied and the schedule kept out, reproducible
//! exports, AES-256 encryption (7-Zip), verification naming the first
//! mismatch, the audit entry, and refusals that leave nothing behind.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

use crate::harness::Book;

fn write(book: &Book, name: &str, bytes: &[u8]) -> PathBuf {
    let path = book.dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

const CRM: &str = "customer_id,email,name,notes\n\
C-1001,ada@example.org,Ada Lovelace,Prefers email\n\
C-1001,ada@example.org,Ada Lovelace,Called about Bob Babbage's account\n\
C-1001,ada@example.org,Ada Lovelace,=cmd|' /C calc'!A0\n";

/// A case with data from two systems, one record withheld and one field redacted.
pub(crate) fn case_with_data(book: &Book, extra: &[&str]) -> String {
    book.register_systems(&["crm", "billing"]);
    let mut args = vec!["--customer-id", "C-1001", "--right", "portability"];
    args.extend_from_slice(extra);
    let r = book.new_case("Ada Lovelace", "ada@example.org", "2026-11-02", &args);
    let crm = write(book, "crm.csv", CRM.as_bytes());
    book.json(&["data", "import", &r, "--system", "crm", "--categories", "contact", crm.to_str().unwrap()]);
    let billing = write(
        book,
        "billing.json",
        br#"[{"invoice": "INV-1", "amount": 12.5, "lines": [{"sku": "A", "qty": 2}], "customer": "C-1001"}]"#,
    );
    book.json(&["data", "import", &r, "--system", "billing", "--categories", "financial", billing.to_str().unwrap()]);
    // The cover letter states what the searches found.
    for system in ["crm", "billing"] {
        book.json(&["case", "searched", &r, "--system", system, "--result", "found"]);
    }
    // ... and the recorded answer to the right it answers.
    crate::letter_facts::answer_rights(book, &r, &["portability"]);
    let items = book.json(&["data", "list", &r])["items"].as_array().unwrap().clone();
    let second = items[1]["id"].as_i64().unwrap().to_string();
    let first = items[0]["id"].as_i64().unwrap().to_string();
    book.json(&[
        "data",
        "redact",
        &r,
        &second,
        "--reason",
        "third-party-data",
        "--note",
        "SECRET-SCHEDULE-NOTE about Bob",
    ]);
    book.json(&[
        "data",
        "redact",
        &r,
        &first,
        "--field",
        "notes",
        "--reason",
        "exemption",
        "--article",
        "Art. 23",
        "--note",
        "SECRET-SCHEDULE-NOTE two",
    ]);
    r
}

pub(crate) fn entries(zip_path: &Path, password: Option<&str>) -> Vec<(String, Vec<u8>)> {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(zip_path).unwrap()).unwrap();
    (0..zip.len())
        .map(|i| {
            let mut e = match password {
                Some(p) => zip.by_index_decrypt(i, p.as_bytes()).unwrap(),
                None => zip.by_index(i).unwrap(),
            };
            let mut bytes = Vec::new();
            e.read_to_end(&mut bytes).unwrap();
            (e.name().unwrap().to_string(), bytes)
        })
        .collect()
}

fn entry<'a>(all: &'a [(String, Vec<u8>)], name: &str) -> &'a [u8] {
    &all.iter().find(|(n, _)| n == name).unwrap_or_else(|| panic!("no {name} in the package")).1
}

pub(crate) fn sha256(bytes: &[u8]) -> String {
    let out = Command::new("sha256sum")
        .arg("-")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    out.stdin.as_ref().unwrap().write_all(bytes).unwrap();
    let out = out.wait_with_output().unwrap();
    String::from_utf8_lossy(&out.stdout).split_whitespace().next().unwrap().to_string()
}

#[test]
fn a_package_holds_every_file_the_manifest_lists_and_nothing_withheld() {
    let book = Book::new();
    let r = case_with_data(&book, &[]);
    let dir = book.dir.as_path();
    let export = book.json(&["package", "export", &r, "--out", dir.to_str().unwrap()]);
    let path = PathBuf::from(export["path"].as_str().unwrap());
    assert_eq!(path.file_name().unwrap().to_str().unwrap(), format!("{r}-data-package.zip"));
    assert_eq!(export["records"], 3, "two CRM records (one withheld) and one billing record");
    let all = entries(&path, None);
    let names: Vec<&str> = all.iter().map(|(n, _)| n.as_str()).collect();
    let letter = format!("{r}-access-response.pdf");
    assert_eq!(
        names,
        [
            "README.txt",
            "portability-package.schema.json",
            "data/billing.json",
            "data/billing.csv",
            "data/crm.json",
            "data/crm.csv",
            "report.pdf",
            &letter,
            "manifest.json"
        ]
    );

    // The manifest: every other file with its size and SHA-256.
    let manifest: Value = serde_json::from_slice(entry(&all, "manifest.json")).unwrap();
    assert_eq!(manifest["case_reference"], r.as_str());
    assert_eq!(manifest["controller"]["name"], "Acme Ltd");
    assert_eq!(manifest["format_version"], 1);
    assert_eq!(manifest["generated_at"], "2026-11-29T10:00:00Z");
    let listed = manifest["files"].as_array().unwrap();
    assert_eq!(listed.len(), all.len() - 1);
    for f in listed {
        let bytes = entry(&all, f["path"].as_str().unwrap());
        assert_eq!(f["size"].as_u64().unwrap(), bytes.len() as u64, "{f}");
        assert_eq!(f["sha256"].as_str().unwrap(), sha256(bytes), "{f}");
    }

    // Each data file is valid against the shipped schema.
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../assets/schemas/portability-package.schema.json"
        ))
        .unwrap(),
    )
    .unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    for system in ["crm", "billing"] {
        let data: Value = serde_json::from_slice(entry(&all, &format!("data/{system}.json"))).unwrap();
        let errors: Vec<String> = validator.iter_errors(&data).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "data/{system}.json: {errors:?}");
    }
    // A file that is not the format fails the schema (the test can fail).
    assert!(!validator.is_valid(&serde_json::json!({"format": "casebook-portability-data", "records": "x"})));

    let crm: Value = serde_json::from_slice(entry(&all, "data/crm.json")).unwrap();
    assert_eq!(crm["record_count"], 2);
    assert_eq!(crm["records"][0]["notes"], "[redacted]");
    assert_eq!(crm["records"][1]["notes"], "=cmd|' /C calc'!A0");
    let billing: Value = serde_json::from_slice(entry(&all, "data/billing.json")).unwrap();
    assert_eq!(billing["records"][0]["lines"][0]["qty"], 2, "JSON structure kept");
    let csv = String::from_utf8(entry(&all, "data/crm.csv").to_vec()).unwrap();
    assert_eq!(
        csv,
        "customer_id,email,name,notes\nC-1001,ada@example.org,Ada Lovelace,[redacted]\nC-1001,ada@example.org,Ada Lovelace,'=cmd|' /C calc'!A0\n"
    );
    // The withheld record and the redaction schedule are nowhere in the package.
    for (name, bytes) in &all {
        let text = String::from_utf8_lossy(bytes);
        assert!(!text.contains("Bob Babbage") && !text.contains("SECRET-SCHEDULE-NOTE"), "{name} leaks withheld data");
    }

    // The report, as a person reads it; a sound PDF.
    let report = dir.join("report.pdf");
    std::fs::write(&report, entry(&all, "report.pdf")).unwrap();
    let text = pdf_text(&report);
    for needle in [
        "Your personal data held by Acme Ltd",
        "Providing the service",
        "6 years after the account closes",
        "System: crm",
        "2 records",
        "notes: [redacted]",
        "System: billing",
        "invoice: INV-1",
    ] {
        assert!(text.contains(needle), "report lacks {needle:?}: {text}");
    }
    assert!(!text.contains("Bob Babbage") && !text.contains("SECRET-SCHEDULE-NOTE"));
    assert_sound(&report);
    assert!(String::from_utf8_lossy(entry(&all, "README.txt")).contains("data/crm.json, data/crm.csv"));

    let check = book.json(&["package", "verify", path.to_str().unwrap()]);
    assert_eq!((check["files_checked"].as_u64(), check["problem"].is_null()), (Some(8), true));

    // Audited with the package's hash.
    let audit: Value =
        serde_json::from_str(&book.sql("SELECT after FROM audit_log WHERE action = 'package.exported'")).unwrap();
    assert_eq!(audit["sha256"].as_str().unwrap(), sha256(&std::fs::read(&path).unwrap()));
    assert_eq!(book.run(&["audit", "verify"]).code, 0);
}

fn tool(name: &str, args: &[&str]) -> String {
    let out = Command::new(name)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{name} is installed by scripts/setup.sh: {e}"));
    assert!(out.status.success(), "{name} {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn pdf_text(pdf: &Path) -> String {
    tool("pdftotext", &[pdf.to_str().unwrap(), "-"]).split_whitespace().collect::<Vec<_>>().join(" ")
}

fn assert_sound(pdf: &Path) {
    let fonts = tool("pdffonts", &[pdf.to_str().unwrap()]);
    for row in fonts.lines().skip(2) {
        let cols: Vec<&str> = row.split_whitespace().collect();
        assert_eq!(&cols[cols.len() - 5..cols.len() - 2], ["yes", "yes", "yes"], "emb/sub/uni: {row}");
    }
    assert!(tool("qpdf", &["--check", pdf.to_str().unwrap()]).contains("No syntax or stream encoding errors"));
}

#[test]
fn two_exports_differ_only_in_the_generated_at_time_and_the_audit_head() {
    let mut book = Book::new();
    let r = case_with_data(&book, &["--language", "de"]);
    let dir = book.dir.clone();
    let one = dir.join("one.zip");
    let two = dir.join("two.zip");
    book.json(&["package", "export", &r, "--out", one.to_str().unwrap()]);
    book.now = "2026-11-30T09:15:00Z".into();
    book.json(&["package", "export", &r, "--out", two.to_str().unwrap()]);
    let (a, b) = (entries(&one, None), entries(&two, None));
    assert_eq!(a.len(), b.len());
    for ((name, x), (_, y)) in a.iter().zip(&b) {
        if name == "manifest.json" {
            // The first export's audit entry moved the chain's head the second carries.
            let head = |m: &str| m.lines().filter(|l| !l.contains("\"audit_head\"")).collect::<Vec<_>>().join("\n");
            let x = head(&String::from_utf8_lossy(x).replace("2026-11-29T10:00:00Z", "T"));
            let y = head(&String::from_utf8_lossy(y).replace("2026-11-30T09:15:00Z", "T"));
            assert_eq!(x, y);
        } else {
            assert!(x == y, "{name} differs between two exports");
        }
    }
    // The README speaks the request's language.
    assert!(String::from_utf8_lossy(entry(&a, "README.txt")).starts_with("Ihre personenbezogenen Daten"));
}

#[test]
fn an_encrypted_package_opens_with_its_password_only() {
    let book = Book::new();
    let r = case_with_data(&book, &[]);
    let dir = book.dir.clone();
    let path = dir.join("enc.zip");
    let out = Command::new(env!("CARGO_BIN_EXE_casebook"))
        .args(["--db", book.db.to_str().unwrap(), "--json", "package", "export", &r, "--out", path.to_str().unwrap()])
        .env("CASEBOOK_NOW", &book.now)
        .env("CASEBOOK_PACKAGE_PASSWORD", "correct horse battery")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let export: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(export["encrypted"], true);
    // Every entry is AES-encrypted: unreadable without the password.
    let mut zip = zip::ZipArchive::new(std::fs::File::open(&path).unwrap()).unwrap();
    for i in 0..zip.len() {
        assert!(zip.by_index(i).is_err(), "entry {i} opens without the password");
    }
    assert_eq!(entries(&path, Some("correct horse battery")).len(), 9);
    // 7-Zip reads it (p7zip-full from scripts/setup.sh).
    let t = Command::new("7z")
        .args(["t", "-pcorrect horse battery", path.to_str().unwrap()])
        .output()
        .expect("7z is installed by scripts/setup.sh");
    assert!(String::from_utf8_lossy(&t.stdout).contains("Everything is Ok"), "{}", String::from_utf8_lossy(&t.stdout));
    let t = Command::new("7z").args(["t", "-pwrong", path.to_str().unwrap()]).output().unwrap();
    assert!(!t.status.success());
    // The password is never stored.
    for f in [book.db.clone(), book.db.with_extension("db-wal")] {
        let bytes = std::fs::read(&f).unwrap_or_default();
        assert!(!String::from_utf8_lossy(&bytes).contains("correct horse"), "{} holds the password", f.display());
    }

    book.run(&["package", "verify", path.to_str().unwrap()]).fails_with("the package is encrypted; give its password");
    let pw = write(&book, "pw.txt", b"correct horse battery\n");
    let verify = |pwfile: &Path| {
        Command::new("sh")
            .arg("-c")
            .arg(format!("\"$0\" --json package verify '{}' --password-fd 3 3<'{}'", path.display(), pwfile.display()))
            .arg(env!("CARGO_BIN_EXE_casebook"))
            .output()
            .unwrap()
    };
    let ok = verify(&pw);
    assert!(ok.status.success(), "{}", String::from_utf8_lossy(&ok.stderr));
    let wrong = verify(&write(&book, "bad.txt", b"not the password\n"));
    assert!(String::from_utf8_lossy(&wrong.stderr).contains("wrong password"));
    // --password works, with a warning that it shows in the process list.
    let short =
        book.run(&["package", "export", &r, "--out", dir.join("short.zip").to_str().unwrap(), "--password", "short"]);
    assert_ne!(short.code, 0);
    assert!(short.stderr.contains("warning: --password shows in the process list"), "{}", short.stderr);
    assert!(short.stderr.contains("error: the package password needs at least 10 characters"), "{}", short.stderr);
    assert!(!dir.join("short.zip").exists());
}

#[test]
fn verify_names_the_first_file_that_does_not_match() {
    let book = Book::new();
    let r = case_with_data(&book, &[]);
    let dir = book.dir.clone();
    let good = dir.join("good.zip");
    book.json(&["package", "export", &r, "--out", good.to_str().unwrap()]);
    // Rewrite the package with one byte of data/crm.csv changed, or an extra file.
    let rewrite = |name: &str, change: &dyn Fn(&str, &mut Vec<u8>), extra: bool| -> PathBuf {
        let path = dir.join(name);
        let mut w = zip::ZipWriter::new(std::fs::File::create(&path).unwrap());
        for (n, mut bytes) in entries(&good, None) {
            change(&n, &mut bytes);
            w.start_file(n.as_str(), zip::write::SimpleFileOptions::default()).unwrap();
            w.write_all(&bytes).unwrap();
        }
        if extra {
            w.start_file("data/extra.csv", zip::write::SimpleFileOptions::default()).unwrap();
            w.write_all(b"x\n").unwrap();
        }
        w.finish().unwrap();
        path
    };
    let tampered = rewrite(
        "t.zip",
        &|n, b| {
            if n == "data/crm.csv" {
                b[0] = b'X'
            }
        },
        false,
    );
    let out = book.run(&["package", "verify", tampered.to_str().unwrap()]);
    assert_eq!(out.code, 1);
    assert!(out.stdout.contains("does not match its manifest: data/crm.csv: SHA-256"), "{}", out.stdout);
    let longer = rewrite(
        "l.zip",
        &|n, b| {
            if n == "README.txt" {
                b.push(b'!')
            }
        },
        false,
    );
    let out = book.run(&["--json", "package", "verify", longer.to_str().unwrap()]);
    assert!(
        out.stdout.contains("README.txt: ") && out.stdout.contains("bytes where the manifest says"),
        "{}",
        out.stdout
    );
    let extra = rewrite("e.zip", &|_, _| {}, true);
    assert!(
        book.run(&["package", "verify", extra.to_str().unwrap()])
            .stdout
            .contains("data/extra.csv is in the package but not in its manifest")
    );
    let not_zip = book.dir.join("register-of-processing.json");
    std::fs::write(&not_zip, "{}").unwrap();
    book.run(&["package", "verify", not_zip.to_str().unwrap()]).fails_with("not a ZIP package");
}

#[test]
fn a_refused_export_leaves_no_file_and_no_audit_entry() {
    let book = Book::new();
    // No record of processing: the cover letter (access response) refuses.
    let r = book.new_case("Ada Lovelace", "ada@example.org", "2026-11-02", &[]);
    let dir = book.dir.clone();
    let out = book.run(&["package", "export", &r, "--out", dir.join("p.zip").to_str().unwrap()]);
    assert_ne!(out.code, 0);
    let leftovers: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".zip"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    book.run(&["package", "export", &r, "--out", dir.join("nowhere/p.zip").to_str().unwrap()])
        .fails_with("does not exist");
    book.run(&["package", "export", &r, "--out", dir.join("p.txt").to_str().unwrap()])
        .fails_with("expected an existing folder or a .zip file name");
    book.register_systems(&["crm"]);
    let p = dir.join("p.zip");
    // A case with no records gets no package: its answer is the no-data letter.
    let before = book.stored();
    book.run(&["package", "export", &r, "--out", p.to_str().unwrap()])
        .fails_with(&format!("case {r} has no records to export (no data imported, or all of it withheld): if no personal data is held, send the no-data letter (letter make {r} --kind no-data)"));
    assert!(book.stored() == before && !p.exists());
    let crm = write(&book, "crm.csv", b"email,name\nada@example.org,Ada Lovelace\n");
    book.json(&["data", "import", &r, "--system", "crm", "--categories", "contact", crm.to_str().unwrap()]);
    book.run(&["package", "export", &r, "--out", p.to_str().unwrap()]).fails_with("has systems not searched yet: crm");
    book.json(&["case", "searched", &r, "--system", "crm", "--result", "found"]);
    book.run(&["package", "export", &r, "--out", p.to_str().unwrap()])
        .fails_with(&format!("the access-response letter states the answer to access, and access has no recorded answer: record it first (`casebook case answer {r} --right access"));
    assert!(!p.exists());
    crate::letter_facts::answer_rights(&book, &r, &["access"]);
    book.json(&["package", "export", &r, "--out", p.to_str().unwrap()]);
    book.run(&["package", "export", &r, "--out", p.to_str().unwrap()]).fails_with("exists (use --force to replace it)");
    book.json(&["package", "export", &r, "--out", p.to_str().unwrap(), "--force"]);
    assert_eq!(book.sql("SELECT count(*) FROM audit_log WHERE action = 'package.exported'"), "2");
}

/// A case with data ([`case_with_data`]) and its access response made as a
/// draft: the reference, what `letter make` said, and the PDF's path.
fn access_response_drafted(book: &Book) -> (String, Value, PathBuf) {
    let r = case_with_data(book, &[]);
    let out = book.dir.join("access.pdf");
    let made = book.json(&["letter", "make", &r, "--kind", "access-response", "--out", out.to_str().unwrap()]);
    (r, made, out)
}

/// The access response says "a copy of the data is enclosed": once it has
/// gone out, the case's next step is the package holding that copy, until one
/// is exported; then the case may close.
#[test]
fn an_access_response_sent_asks_for_its_package_before_the_case_closes() {
    let book = Book::new();
    let (r, made, _) = access_response_drafted(&book);
    let draft = made["draft"].to_string();
    let next = |book: &Book| book.json(&["next"])[0].clone();
    assert_eq!(next(&book)["action"], "send-letter");
    book.json(&["letter", "send", &r, &draft, "--on", "2026-11-29", "--channel", "email"]);
    let owed = next(&book);
    assert_eq!(
        (&owed["action"], &owed["step"]["kind"]),
        (&Value::from("export-package"), &Value::from("export-package"))
    );
    assert!(owed["text"].as_str().unwrap().contains("says a copy of the data is enclosed"), "{owed:#}");
    let shown = book.run(&["case", "show", &r]).stdout;
    assert!(shown.contains("Next:       the access response sent says a copy of the data is enclosed"), "{shown}");
    let export = book.json(&["package", "export", &r, "--out", book.dir.to_str().unwrap()]);
    let zip = entries(std::path::Path::new(export["path"].as_str().unwrap()), None);
    assert!(
        zip.iter().any(|(name, _)| name == &format!("{r}-access-response.pdf")),
        "the letter sent is in the package"
    );
    assert_eq!(next(&book)["action"], "close");
}

/// An access response made as a draft and not yet sent is the letter the
/// DPO reviewed: the package carries that draft as its cover letter and
/// records it as sent with it, once (no second access response, no draft
/// left asking to be sent). A draft the record no longer matches is refused
/// before anything is written.
#[test]
fn a_package_sends_the_access_response_draft_as_its_cover_letter() {
    let book = Book::new();
    let (r, made, out) = access_response_drafted(&book);
    let draft_pdf = std::fs::read(&out).unwrap();
    // The record changes after the draft: the export is refused, nothing written or recorded.
    let run = book.run(&["case", "update", &r, "--requester-name", "Augusta Ada King"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let before = book.stored();
    let zip = book.dir.join("p.zip");
    book.run(&["package", "export", &r, "--out", zip.to_str().unwrap()])
        .fails_with(&format!("case {r} changed since draft 1 was made: the letter would now read differently"));
    assert!(book.stored() == before && !zip.exists());
    // Put back as it was, the draft reads the same again and goes with the package.
    let run = book.run(&["case", "update", &r, "--requester-name", "Ada Lovelace"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let export = book.json(&["package", "export", &r, "--out", zip.to_str().unwrap()]);
    let entries = entries(Path::new(export["path"].as_str().unwrap()), None);
    let cover = &entries.iter().find(|(name, _)| name == &format!("{r}-access-response.pdf")).unwrap().1;
    assert!(cover == &draft_pdf, "the package's cover letter is the draft reviewed");
    let drafts = book.json(&["letter", "drafts", &r]);
    assert_eq!((&drafts[0]["id"], &drafts[0]["state"]), (&made["draft"], &Value::from("sent")), "{drafts:#}");
    let case = book.json(&["case", "show", &r]);
    let letters = case["correspondence"].as_array().unwrap();
    let access: Vec<_> = letters.iter().filter(|c| c["direction"] == "out").collect();
    assert_eq!(access.len(), 1, "one access response sent, not two: {letters:#?}");
    assert_eq!((&access[0]["channel"], &access[0]["id"]), (&Value::from("letter"), &drafts[0]["correspondence_id"]));
    assert_eq!(book.json(&["next"])[0]["action"], "close");
    // Exported again, the package reuses the letter sent; nothing more is sent.
    book.json(&["package", "export", &r, "--out", zip.to_str().unwrap(), "--force"]);
    assert_eq!(book.json(&["case", "show", &r])["correspondence"].as_array().unwrap().len(), letters.len());
}

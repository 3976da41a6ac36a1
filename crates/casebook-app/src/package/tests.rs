//! The export's progress, cancel and reproducibility, on a real register.

use std::fs::File;
use std::io::Read;
use std::path::Path;
use std::sync::atomic::AtomicBool;

use zip::ZipArchive;

use super::{PackageRequest, verify_package};
use crate::progress::cancel_at_call;
use crate::{
    Casebook, DataBook, DataImportInput, Error, ExportPhase, ExportProgress, PackageBook, ProgressUnit, RedactionInput,
};

/// A register in `dir` (real SQLite) with the demo organisation and, on
/// its first case, 40 records from "accounts" (one withheld) and 25 from
/// "billing".
fn register(dir: &Path) -> (Casebook, String) {
    let (book, reference) = crate::demo_organisation::demo_register(dir);
    // The cover letter states what the searches found: the demo leaves the mailboxes unsearched.
    book.record_search(
        &reference,
        crate::SearchInput {
            result: Some(casebook_core::processing::search::SearchResult::Found),
            ..crate::SearchInput::new(casebook_core::processing::SystemId::parse("email").unwrap())
        },
    )
    .unwrap();
    for (system, rows) in [("accounts", 40), ("billing", 25)] {
        let path = dir.join(format!("{system}.csv"));
        let mut csv = "member_id,email,points\n".to_string();
        for i in 0..rows {
            csv.push_str(&format!("M-{i:04},person{i}@example.org,{}\n", i * 10));
        }
        std::fs::write(&path, csv).unwrap();
        book.import_data(&DataImportInput {
            reference: reference.clone(),
            system: system.into(),
            categories: "contact".into(),
            path,
            match_identifiers: false,
        })
        .unwrap();
    }
    let item = book.case_data(&reference, 1, 0).unwrap().items[0].id;
    book.redact_data(&RedactionInput {
        reference: reference.clone(),
        item: item.to_string(),
        reason: casebook_core::data::RedactionReason::ThirdPartyData,
        note: "about someone else".into(),
        field: None,
        article: None,
    })
    .unwrap();
    // The cover letter states the recorded answer to the rights it answers.
    let case = book.case_by_ref(&reference).unwrap();
    for right in
        case.rights.iter().filter(|r| matches!(r, casebook_core::Right::Access | casebook_core::Right::Portability))
    {
        book.answer_right(&reference, crate::AnswerInput::new(*right, casebook_core::answer::RightOutcome::Fulfilled))
            .unwrap();
    }
    (book, reference)
}

/// What a cancel must leave unchanged: the audit log's length, the
/// case's package exports audited, its documents and correspondence.
fn state(book: &Casebook, reference: &str) -> (i64, usize, usize, usize) {
    let case = book.case_by_ref(reference).unwrap();
    let store = book.store();
    let exports = store.audit_of_case(case.id).unwrap().iter().filter(|e| e.action == "package.exported").count();
    (
        store.verify_audit().unwrap().entries,
        exports,
        store.documents(case.id).unwrap().len(),
        store.correspondence(case.id).unwrap().len(),
    )
}

fn request(reference: &str, out: &Path) -> PackageRequest {
    PackageRequest { reference: reference.into(), out: out.to_path_buf(), password: None, force: false }
}

#[test]
fn progress_counts_records_and_files_up_to_the_total() {
    let dir = tempfile::tempdir().unwrap();
    let (book, reference) = register(dir.path());
    let out = dir.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let mut seen: Vec<ExportProgress> = Vec::new();
    let export = book
        .export_package_until(&request(&reference, &out), &mut |p| seen.push(p.clone()), &AtomicBool::new(false))
        .unwrap();
    assert_eq!(export.records, 39 + 25);
    assert!(seen.windows(2).all(|w| w[0].done <= w[1].done && w[0].total == w[1].total), "done went down");
    let last = seen.last().unwrap();
    assert_eq!((last.done, last.total), (2 * 64 + 9 + 1, 2 * 64 + 9 + 1));
    assert_eq!(last.phase, ExportPhase::Finishing);
    // Each data file counts its records up to its total, less the one withheld.
    for (file, total) in [("data/accounts.json", 39), ("data/accounts.csv", 39), ("data/billing.csv", 25)] {
        let of_file: Vec<&ExportProgress> = seen.iter().filter(|p| p.item == file).collect();
        assert!(of_file.iter().all(|p| p.unit == ProgressUnit::Records && p.of == total), "{file}");
        assert_eq!(of_file.last().unwrap().count, total, "{file}");
    }
    // Every file of the package was announced, numbered 1 to 9.
    let files: Vec<(u64, &str)> = seen
        .iter()
        .filter(|p| p.unit == ProgressUnit::Files && p.phase == ExportPhase::Writing)
        .map(|p| (p.count, p.item.as_str()))
        .collect();
    let mut names: Vec<&str> = files.iter().map(|f| f.1).collect();
    names.dedup();
    assert_eq!(
        names,
        ["README.txt", "portability-package.schema.json", "report.pdf", export.files[7].path.as_str(), "manifest.json"]
    );
    assert_eq!(files.last().unwrap().0, 9);
}

#[test]
fn a_cancel_leaves_no_file_and_records_nothing_until_the_audit_entry() {
    let dir = tempfile::tempdir().unwrap();
    let (book, reference) = register(dir.path());
    let out = dir.path().join("out");
    std::fs::create_dir(&out).unwrap();
    // How many progress calls a whole export makes (into another folder).
    let probe = dir.path().join("probe");
    std::fs::create_dir(&probe).unwrap();
    let before_all = state(&book, &reference);
    let mut calls = 0usize;
    book.export_package_until(&request(&reference, &probe), &mut |_| calls += 1, &AtomicBool::new(true))
        .expect_err("cancelled before it starts");
    assert_eq!(state(&book, &reference), before_all);
    let mut events: Vec<ExportProgress> = Vec::new();
    // The progress calls of a whole export, on a second register made alike.
    let twin = tempfile::tempdir().unwrap();
    let (copy, _) = register(twin.path());
    copy.export_package_until(&request(&reference, &probe), &mut |p| events.push(p.clone()), &AtomicBool::new(false))
        .unwrap();
    let n = events.len();
    let at = |pred: &dyn Fn(&ExportProgress) -> bool| events.iter().position(pred).unwrap();
    let points = [
        0,
        at(&|p| p.item == "data/accounts.json" && p.count == 20),
        at(&|p| p.item == "data/billing.csv" && p.count == 1),
        at(&|p| p.item == "report.pdf"),
        at(&|p| p.item == "manifest.json"),
        at(&|p| p.phase == ExportPhase::Finishing),
        n - 2,
    ];
    for point in points {
        let cancel = AtomicBool::new(false);
        let before = state(&book, &reference);
        let result =
            book.export_package_until(&request(&reference, &out), &mut cancel_at_call(point + 1, &cancel), &cancel);
        assert!(matches!(result, Err(Error::Cancelled)), "cancel at call {point}: {result:?}");
        assert_eq!(std::fs::read_dir(&out).unwrap().count(), 0, "a file is left after a cancel at call {point}");
        assert_eq!(state(&book, &reference), before, "the register changed after a cancel at call {point}");
    }
    // A cancel at the last call, after the audit entry: the export completes.
    let cancel = AtomicBool::new(false);
    let export =
        book.export_package_until(&request(&reference, &out), &mut cancel_at_call(n, &cancel), &cancel).unwrap();
    assert!(export.path.is_file());
    assert_eq!(std::fs::read_dir(&out).unwrap().count(), 1);
    // The package's audit entry, and the cover letter made for it.
    let (audit, exports, documents, letters) = state(&book, &reference);
    assert!(audit > before_all.0);
    assert_eq!((exports, documents, letters), (before_all.1 + 1, before_all.2 + 1, before_all.3 + 1));
}

#[test]
fn the_export_with_progress_writes_the_same_entries() {
    let dir = tempfile::tempdir().unwrap();
    let (book, reference) = register(dir.path());
    let plain = dir.path().join("plain.zip");
    let followed = dir.path().join("followed.zip");
    let a = book.export_package(&request(&reference, &plain)).unwrap();
    let mut calls = 0;
    let b = book
        .export_package_until(&request(&reference, &followed), &mut |_| calls += 1, &AtomicBool::new(false))
        .unwrap();
    assert!(calls > 64);
    // Entry for entry the same; only the audit chain's head moved (the first export's entry).
    assert_eq!(a.files.len(), b.files.len());
    let entries = |path: &Path| -> Vec<(String, String)> {
        let mut zip = ZipArchive::new(File::open(path).unwrap()).unwrap();
        (0..zip.len())
            .map(|i| {
                let mut e = zip.by_index(i).unwrap();
                let mut bytes = Vec::new();
                e.read_to_end(&mut bytes).unwrap();
                let text = String::from_utf8_lossy(&bytes);
                let text: Vec<&str> = text.lines().filter(|l| !l.contains("\"audit_head\"")).collect();
                (e.name().unwrap().to_string(), text.join("\n"))
            })
            .collect()
    };
    assert_eq!(entries(&plain), entries(&followed));
    // Every JSON entry parses (data files, schema, manifest).
    for (name, text) in entries(&plain).iter().filter(|(name, _)| name.ends_with(".json")) {
        assert!(serde_json::from_str::<serde_json::Value>(text).is_ok(), "{name} is not JSON");
    }
    assert!(verify_package(&followed, None).unwrap().problem.is_none());
}

//! Letters in, rights out: every letter in the shared corpus of public request
//! templates and in our own corpus must classify as its file name says.
//!
//! Our letters live in `tests/corpus/letters/<lang>/<description>__<expected>.txt`,
//! where `<expected>` is `+`-joined: the primary right's code first, then the
//! other rights asked for (the set must match exactly); or `none` for a
//! message that is not a request; `reminder` or `complaint` for those kinds.
//! A first line `Subject: …` is the subject; the rest is the body.

use std::path::{Path, PathBuf};

use casebook_core::Right;
use casebook_core::classify::{Classification, MessageKind, classify_request};

fn letters_in(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    files
}

/// Classifies a letter written in `language` (told here: detection is
/// `casebook-intake`'s and is tested there, on these same letters).
fn classify_file(path: &Path, language: &str) -> Classification {
    let text = std::fs::read_to_string(path).unwrap();
    match text.strip_prefix("Subject: ") {
        Some(rest) => {
            let (subject, body) = rest.split_once('\n').unwrap_or((rest, ""));
            classify_request(subject, body, Some(language))
        }
        None => classify_request("", &text, Some(language)),
    }
}

fn describe(c: &Classification) -> String {
    let rights: Vec<String> =
        c.rights.iter().map(|r| format!("{} {:.2} {:?}", r.right, r.confidence, r.phrases)).collect();
    format!(
        "kind {:?}, is_request {}, confidence {:.2}, language {:?}, rights [{}]",
        c.kind,
        c.is_request,
        c.confidence,
        c.language,
        rights.join("; ")
    )
}

/// Checks one letter against its expectation; returns a message when it fails.
fn check(path: &Path, expected: &[&str], language: &str) -> Option<String> {
    let c = classify_file(path, language);
    let got: Vec<Right> = c.rights.iter().map(|r| r.right).collect();
    let ok = match expected {
        ["none"] => !c.is_request && c.kind == MessageKind::NotARequest && c.confidence <= 0.3,
        ["reminder", rest @ ..] => {
            c.kind == MessageKind::Reminder
                && c.is_request
                && rest.iter().all(|code| got.iter().any(|r| r.code() == *code))
        }
        ["complaint"] => c.kind == MessageKind::Complaint && c.is_request,
        [primary, others @ ..] => {
            let mut want: Vec<&str> = others.to_vec();
            want.push(primary);
            want.sort();
            let mut have: Vec<&str> = got.iter().map(|r| r.code()).collect();
            have.sort();
            c.is_request
                && c.kind == MessageKind::Request
                && got.first().map(|r| r.code()) == Some(*primary)
                && want == have
        }
        [] => false,
    };
    (!ok).then(|| format!("{}: expected {expected:?} in {language:?}, got {}", path.display(), describe(&c)))
}

#[test]
fn shared_corpus_of_public_templates() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/request-letters");
    let mut failures = Vec::new();
    let mut count = 0;
    for lang in ["en", "de"] {
        for path in letters_in(&root.join(lang)) {
            let stem = path.file_stem().unwrap().to_str().unwrap();
            let expected: &[&str] = match stem.split('-').next().unwrap() {
                "admonition" => &["reminder"],
                "complaint" => &["complaint"],
                right => &[match right {
                    "access" => "access",
                    "erasure" => "erasure",
                    "objection" => "objection",
                    "rectification" => "rectification",
                    other => panic!("no expectation for corpus file {other}"),
                }],
            };
            count += 1;
            // Templates ask for several rights at once; only the primary is pinned here.
            let c = classify_file(&path, lang);
            let primary_ok = match expected {
                ["reminder"] => c.kind == MessageKind::Reminder && c.is_request,
                ["complaint"] => c.kind == MessageKind::Complaint && c.is_request,
                [right] => c.kind == MessageKind::Request && c.rights.first().map(|r| r.right.code()) == Some(*right),
                _ => unreachable!(),
            };
            if !primary_ok {
                failures.push(format!("{}: expected {expected:?}, got {}", path.display(), describe(&c)));
            }
        }
    }
    assert_eq!(count, 14, "the shared corpus changed: update this test");
    assert!(failures.is_empty(), "{} of {count} failed:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn erasure_template_also_withdraws_consent_objects_and_restricts() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/request-letters");
    for lang in ["en", "de"] {
        let c = classify_file(&root.join(lang).join("erasure-default.txt"), lang);
        let got: Vec<Right> = c.rights.iter().map(|r| r.right).collect();
        for right in [Right::WithdrawConsent, Right::Objection, Right::Restriction] {
            assert!(got.contains(&right), "{lang}: {right} missing from {}", describe(&c));
        }
    }
}

#[test]
fn our_corpus_in_eight_languages() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/letters");
    let mut failures = Vec::new();
    let mut count = 0;
    for lang in casebook_core::classify::LANGUAGES {
        let files = letters_in(&root.join(lang));
        assert!(files.len() >= 5, "{lang}: only {} letters", files.len());
        for path in files {
            let stem = path.file_stem().unwrap().to_str().unwrap().to_string();
            let (_, expected) = stem.split_once("__").unwrap_or_else(|| panic!("{stem}: no __expected in the name"));
            let expected: Vec<&str> = expected.split('+').collect();
            count += 1;
            failures.extend(check(&path, &expected, lang));
        }
    }
    assert!(count >= 60, "only {count} letters");
    assert!(failures.is_empty(), "{} of {count} failed:\n{}", failures.len(), failures.join("\n"));
}

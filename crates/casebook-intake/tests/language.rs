//! Language identification on short requests: the corpus in
//! `tests/corpus/lang/` (two sentences each), the letters of
//! `casebook-core`'s corpus, and bad input.

use std::collections::BTreeMap;
use std::path::Path;
use std::time::{Duration, Instant};

use casebook_intake::language::{MAX_DETECT_BYTES, classify_request, detect_language};

/// The languages the stop-word lists used to know: these must all be right.
const EARLIER: [&str; 8] = ["en", "de", "fr", "es", "it", "nl", "pt", "sv"];

fn base(code: Option<&str>) -> String {
    code.map_or("null".into(), |c| c.split('-').next().unwrap_or(c).to_string())
}

#[test]
fn short_requests_in_26_languages() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/lang");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    assert_eq!(files.len(), 26, "24 EU languages + no + is");
    // expected → (got → count)
    let mut confusion: BTreeMap<String, BTreeMap<String, usize>> = BTreeMap::new();
    for file in &files {
        let expected = file.file_stem().unwrap().to_str().unwrap().to_string();
        let text = std::fs::read_to_string(file).unwrap();
        let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
        assert!(lines.len() >= 5, "{expected}: only {} requests", lines.len());
        for line in lines {
            let got = base(detect_language(line).as_ref().map(|l| l.code));
            *confusion.entry(expected.clone()).or_default().entry(got).or_default() += 1;
        }
    }
    let total: usize = confusion.values().flat_map(|m| m.values()).sum();
    let right: usize = confusion.iter().map(|(e, m)| m.get(e).copied().unwrap_or(0)).sum();
    let table: Vec<String> = confusion.iter().map(|(e, m)| format!("{e}: {m:?}")).collect();
    println!("{right}/{total} right\n{}", table.join("\n"));
    assert!(right * 100 >= total * 95, "{right}/{total} right:\n{}", table.join("\n"));
    for lang in EARLIER {
        let m = &confusion[lang];
        assert_eq!(m.len(), 1, "{lang} must be 100% right: {m:?}");
        assert!(m.contains_key(lang), "{lang}: {m:?}");
    }
}

/// Every letter of the classifier's corpus, in every language with a phrase
/// table: all right in the eight earlier languages, at least 95% in each of
/// the others.
#[test]
/// Language and primary right, end to end (detected, then classified in the
/// language detected), per language: what BENCHMARKS.md reports.
fn the_letters_of_the_classifier_corpus_are_all_told_right() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../casebook-core/tests/corpus/letters");
    let mut report = Vec::new();
    let mut failed = false;
    let mut total = 0;
    for lang in casebook_core::classify::LANGUAGES {
        let mut wrong = Vec::new();
        let mut count = 0;
        for entry in std::fs::read_dir(root.join(lang)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_none_or(|x| x != "txt") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            let (subject, body) = match text.strip_prefix("Subject: ") {
                Some(rest) => rest.split_once('\n').unwrap_or((rest, "")),
                None => ("", text.as_str()),
            };
            count += 1;
            let c = classify_request(subject, body);
            let got = base(c.language.as_deref());
            if got != *lang {
                wrong.push(format!("{}: {got}", path.display()));
            } else if let Some(miss) = primary_missed(&path, &c) {
                wrong.push(miss);
            }
        }
        let must_all = EARLIER.contains(lang);
        let enough = if must_all { wrong.is_empty() } else { (count - wrong.len()) * 100 >= count * 95 };
        failed |= !enough || count < 5;
        report.push(format!("{lang}: {}/{count} right {wrong:?}", count - wrong.len()));
        total += count;
    }
    println!("{}", report.join("\n"));
    assert!(total >= 60, "only {total} letters");
    assert!(!failed, "{}", report.join("\n"));
}

/// What the detected language then the classifier made of a corpus letter
/// against the first part of its name (`__access+erasure`: access primary;
/// `none`, `reminder…`, `complaint`: the kind); `None` when right.
fn primary_missed(path: &Path, c: &casebook_core::classify::Classification) -> Option<String> {
    use casebook_core::classify::MessageKind;
    let stem = path.file_stem()?.to_str()?;
    let (_, expected) = stem.split_once("__")?;
    let primary = expected.split('+').next()?;
    let ok = match primary {
        "none" => c.kind == MessageKind::NotARequest,
        "reminder" => c.kind == MessageKind::Reminder,
        "complaint" => c.kind == MessageKind::Complaint,
        code => c.kind == MessageKind::Request && c.rights.first().map(|r| r.right.code()) == Some(code),
    };
    let got: Vec<&str> = c.rights.iter().map(|r| r.right.code()).collect();
    (!ok).then(|| format!("{}: primary {primary}, got {:?} {got:?}", path.display(), c.kind))
}

#[test]
fn empty_and_wordless_text_has_no_language() {
    for text in ["", "   \n\t", "GDPR", "12345 678", "!!! ???"] {
        assert_eq!(detect_language(text), None, "{text:?}");
        assert_eq!(classify_request("", text).language, None, "{text:?}");
    }
}

#[test]
fn a_script_none_of_the_languages_uses_has_no_language() {
    for text in ["これは日本語の文章です。私のデータを削除してください。", "ข้อมูลส่วนบุคคลของฉัน กรุณาลบ"]
    {
        assert_eq!(detect_language(text), None, "{text:?}");
    }
}

#[test]
fn mixed_text_gets_the_dominant_language_with_less_confidence() {
    let german = "Ich bitte Sie, alle Daten zu löschen, die Sie über mich gespeichert haben. \
                  Bitte bestätigen Sie mir die Löschung schriftlich und nennen Sie die Empfänger.";
    let pure = detect_language(german).expect("German is told");
    assert_eq!(pure.code, "de");
    let mixed = detect_language(&format!("{german} Thanks a lot.")).expect("the dominant language is told");
    assert_eq!(mixed.code, "de");
    assert!(mixed.confidence > 0.0 && mixed.confidence <= 1.0, "{mixed:?}");
}

#[test]
fn a_megabyte_of_one_word_is_bounded_and_does_not_panic() {
    let text = "löschen ".repeat(131_072); // 1 MiB
    let start = Instant::now();
    let got = detect_language(&text);
    let short = detect_language(&"löschen ".repeat(MAX_DETECT_BYTES / 8));
    // Only the opening is read: a megabyte is told like its first 4 KB (the
    // confidence to floating-point rounding: the detector sums in no fixed order).
    let (got, short) = (got.expect("a language"), short.expect("a language"));
    assert_eq!(got.code, short.code);
    assert!((got.confidence - short.confidence).abs() < 1e-9, "{got:?} vs {short:?}");
    // Generous for a debug build on a loaded machine; in release it is ~1 ms.
    assert!(start.elapsed() < Duration::from_secs(10), "{:?}", start.elapsed());
    let c = classify_request("", &text);
    assert_eq!(c.language.as_deref(), Some(got.code));
}

#[test]
fn a_german_request_with_english_lines_is_not_told_as_a_language_neither_is_in() {
    // The text of the hostile-HTML fixture: the trigram models alone said
    // Slovak with certainty, and the German phrase table was never tried.
    let body = "Ich bitte um Auskunft nach Art. 15 DSGVO.\nHIDDEN-BY-CSS please also delete everything\n\
                TINY-WHITE-TEXT\nJS-LINK Impressum";
    let c = classify_request("Auskunft", body);
    assert_eq!(c.language.as_deref(), Some("de"), "{c:?}");
    assert_eq!(c.rights[0].right, casebook_core::Right::Access, "{c:?}");
}

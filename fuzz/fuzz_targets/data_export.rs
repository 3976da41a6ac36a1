//! Any bytes as a system's export, read as CSV, as JSON and as an Excel
//! workbook: a clean refusal or records numbered in order, with the file's
//! size and hash, never a panic, a hang or unbounded memory.
#![no_main]
use casebook_intake::export::{Format, read_file};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let dir = std::env::temp_dir().join(format!("casebook-fuzz-export-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("export");
    std::fs::write(&path, data).expect("temp file");
    for format in [Format::Csv, Format::Json, Format::Xlsx] {
        let mut last = 0u64;
        let read = read_file(&path, format, 0, |r| {
            assert_eq!(r.no, last + 1, "records are numbered in order");
            last = r.no;
            Ok::<(), std::convert::Infallible>(())
        });
        if let Ok((_, records, sha, size)) = read {
            assert_eq!(records, last);
            assert_eq!(size, data.len() as u64);
            assert_eq!(sha.len(), 64);
        }
    }
});

//! Any bytes as an mbox: each message parsed or refused, never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    for message in casebook_intake::MboxReader::new(std::io::Cursor::new(data)).take(10_000) {
        let _ = message;
    }
});

//! Any file name and first bytes: a kind or None.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: (&str, &[u8])| {
    let _ = casebook_intake::sniff(input.0, input.1);
});

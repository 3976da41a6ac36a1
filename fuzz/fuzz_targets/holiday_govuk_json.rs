//! Any text as a gov.uk bank-holidays.json: calendars or an error naming the problem.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let _ = casebook_core::holiday::parse_govuk_json("fuzz.json", text);
});

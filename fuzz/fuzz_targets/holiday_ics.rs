//! Any text as an iCalendar file of holidays.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let _ = casebook_core::holiday::parse_ics("fuzz.ics", "england-and-wales", text);
});

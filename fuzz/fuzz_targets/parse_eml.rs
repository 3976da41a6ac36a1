//! Any bytes as an .eml: an error or a message, never a panic or a hang.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(m) = casebook_intake::parse_eml(data) {
        // What is stored and shown must hold no active HTML.
        if let Some(html) = m.html_body_sanitised {
            assert!(!html.to_ascii_lowercase().contains("<script"), "script survived sanitising");
        }
    }
});

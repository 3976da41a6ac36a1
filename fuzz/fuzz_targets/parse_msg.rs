//! Any bytes as an Outlook .msg. msg_parser panics on some corrupt files
//! (e.g. slicing a stream name inside a UTF-8 character, found here);
//! parse_msg catches that and returns an error, which is what is tested:
//! libfuzzer-sys's panic hook aborts even on a caught panic, so it is
//! replaced by a quiet one, and a panic escaping parse_msg still aborts
//! (the fuzz_target! wrapper catches it and aborts).
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    static QUIET: std::sync::Once = std::sync::Once::new();
    QUIET.call_once(|| std::panic::set_hook(Box::new(|_| {})));
    let _ = casebook_intake::parse_msg(data);
});

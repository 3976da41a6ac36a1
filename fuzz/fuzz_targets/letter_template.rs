//! Any text as an organisation's own acknowledgement template (an outside
//! file in the data folder): filled for a fixed case, it gives a letter or a
//! refusal naming the template, never a panic or a hang (fuel and an output
//! limit bound what a template may do).
#![no_main]
use std::sync::OnceLock;

use casebook_core::deadline::{ClockEvents, DeadlinePolicy, Deadlines, compute_deadlines};
use casebook_core::holiday::Calendars;
use casebook_core::{Channel, Language, Location, Organisation, Regime, Requester, Right, Wordings};
use casebook_render::{CaseFacts, LetterDetails, LetterInput, LetterKind, Templates, letter_text};
use chrono::{NaiveDate, TimeZone, Utc};
use libfuzzer_sys::fuzz_target;

fn day(s: &str) -> NaiveDate {
    s.parse().expect("a date")
}

struct Fixed {
    org: Organisation,
    case: CaseFacts,
    deadlines: Deadlines,
    details: LetterDetails,
}

fn fixed() -> &'static Fixed {
    static FIXED: OnceLock<Fixed> = OnceLock::new();
    FIXED.get_or_init(|| {
        let location = Location::parse("GB-ENG").expect("a location");
        let deadlines = compute_deadlines(
            Regime::UkGdpr,
            &location,
            &[Right::Access],
            &ClockEvents::received(day("2026-11-02")),
            &DeadlinePolicy::default(),
            &Calendars::shipped(),
            day("2026-11-29"),
        )
        .expect("deadlines");
        Fixed {
            org: Organisation {
                name: "Acme Ltd".into(),
                postal_address: "1 High Street\nLeeds".into(),
                dpo_name: "Dee Peo".into(),
                dpo_email: "dpo@acme.example".into(),
                default_regime: Regime::UkGdpr,
                default_location: location.clone(),
                time_zone: "Europe/London".into(),
                verification_process: {
                    let mut words = Wordings::default();
                    words.set(
                        Language::parse("en").expect("a language"),
                        "We match your email address with your account",
                    );
                    words
                },
            },
            case: CaseFacts {
                reference: "CB-2026-0001".into(),
                requester: Requester {
                    name: "Zoë Łukasiewicz".into(),
                    emails: vec!["zoe@example.org".into()],
                    ..Default::default()
                },
                data_subject: None,
                rights: vec![Right::Access],
                regime: Regime::UkGdpr,
                location,
                channel: Channel::Email,
                received: day("2026-11-02"),
                identity_asked_for: None,
                identity_requested_on: None,
                clarification_question: None,
                clarification_asked_on: None,
                extension_reason: None,
                extension_notified_on: None,
                concerns: None,
                complaint_outcome: None,
                complaint_answered_on: None,
                appeal_received_on: None,
                appeal_outcome: None,
                appeal_decided_on: None,
            },
            deadlines,
            details: LetterDetails::default(),
        }
    })
}

fuzz_target!(|template: &str| {
    let f = fixed();
    let dir = std::env::temp_dir().join(format!("casebook-fuzz-template-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("en")).expect("temp dir");
    std::fs::write(dir.join("en/acknowledgement.txt"), template).expect("temp file");
    let input = LetterInput {
        kind: LetterKind::Acknowledgement,
        language: "en",
        organisation: &f.org,
        processing: None,
        logo_png: None,
        case: &f.case,
        deadlines: &f.deadlines,
        details: &f.details,
        date: day("2026-11-29"),
        created_at: Utc.with_ymd_and_hms(2026, 11, 29, 10, 0, 0).single().expect("an instant"),
        fallback_fonts: &[],
        audit_head: None,
        identity_document_days: 30,
    };
    if let Err(e) = letter_text(&input, &Templates::new(Some(dir))) {
        let message = e.to_string();
        assert!(message.starts_with("template en/") || message.starts_with("no 'en' template"), "{message}");
    }
});

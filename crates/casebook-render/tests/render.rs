//! Every kind in every shipped language renders, with the facts it needs.

use casebook_core::deadline::{ClockEvents, DeadlinePolicy, compute_deadlines};
use casebook_core::holiday::Calendars;
use casebook_core::{Channel, Location, Organisation, Regime, Requester, Right};
use casebook_render::{
    ActionFact, CaseFacts, LetterDetails, LetterInput, LetterKind, NotifiedFact, ProcessingRecord, Templates,
    render_letter,
};
use chrono::{NaiveDate, TimeZone, Utc};

fn day(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn org() -> Organisation {
    Organisation {
        name: "Beispiel GmbH".into(),
        postal_address: "Hauptstraße 1\n80331 München".into(),
        dpo_name: "Erika Mustermann".into(),
        dpo_email: "dpo@beispiel.example".into(),
        default_regime: Regime::EuGdpr,
        default_location: Location::parse("DE-BY").unwrap(),
        time_zone: "Europe/Berlin".into(),
    }
}

fn facts() -> CaseFacts {
    CaseFacts {
        reference: "CB-2026-0001".into(),
        requester: Requester {
            name: "Jürgen Müller".into(),
            emails: vec!["jm@example.de".into()],
            postal_address: Some("Lindenstraße 5\n90402 Nürnberg".into()),
            ..Default::default()
        },
        data_subject: None,
        rights: vec![Right::Access],
        regime: Regime::EuGdpr,
        location: Location::parse("DE-BY").unwrap(),
        channel: Channel::Letter,
        received: day("2026-11-02"),
        identity_asked_for: Some("a copy of a recent utility bill".into()),
        identity_requested_on: Some(day("2026-11-03")),
        clarification_question: Some("Which accounts?".into()),
        clarification_asked_on: Some(day("2026-11-04")),
        extension_reason: Some("the request covers ten years of records".into()),
        extension_notified_on: Some(day("2026-11-20")),
        concerns: None,
        complaint_outcome: None,
        complaint_answered_on: None,
        appeal_received_on: None,
        appeal_outcome: None,
        appeal_decided_on: None,
    }
}

#[test]
fn every_kind_renders_in_every_language() {
    let calendars = Calendars::shipped();
    let mut clock = ClockEvents::received(day("2026-11-02"));
    clock.extended = true;
    clock.extension_notified_on = Some(day("2026-11-20"));
    let deadlines = compute_deadlines(
        Regime::EuGdpr,
        &Location::parse("DE-BY").unwrap(),
        &[Right::Access],
        &clock,
        &DeadlinePolicy::default(),
        &calendars,
        day("2026-11-29"),
    )
    .unwrap();
    let processing = ProcessingRecord {
        purposes: Some(vec!["Kundenkonto führen".into()]),
        data_categories: Some(vec!["Name, Anschrift".into()]),
        recipients: Some(vec![]),
        retention: Some("10 Jahre".into()),
        sources: Some(vec![]),
        automated_decisions: Some("Keine.".into()),
        transfers: Some("Keine.".into()),
    };
    let details = LetterDetails {
        reason: Some("offenkundig unbegründet".into()),
        fee: Some("10,00 €".into()),
        recipients: vec![],
        actions: vec![
            ActionFact { system: "Kundendatenbank".into(), did: "erased".into(), ground: None, detail: None },
            ActionFact {
                system: "Buchhaltung".into(),
                did: "kept".into(),
                ground: Some("§ 147 AO: zehn Jahre".into()),
                detail: None,
            },
            ActionFact {
                system: "Kundendatenbank".into(),
                did: "rectified".into(),
                ground: None,
                detail: Some("Anschrift: Altstraße 1 → Neustraße 2".into()),
            },
        ],
        notified: vec![NotifiedFact { recipient: "Zahlungsdienstleister".into(), on: day("2026-11-20") }],
    };
    let (org, case) = (org(), facts());
    let out = std::env::var_os("CASEBOOK_RENDER_OUT").map(std::path::PathBuf::from);
    for lang in ["en", "de", "fr"] {
        for kind in LetterKind::ALL {
            let input = LetterInput {
                kind: *kind,
                language: lang,
                organisation: &org,
                processing: Some(&processing),
                logo_png: None,
                case: &case,
                deadlines: &deadlines,
                details: &details,
                date: day("2026-11-29"),
                created_at: Utc.with_ymd_and_hms(2026, 11, 29, 10, 0, 0).unwrap(),
                fallback_fonts: &[],
                audit_head: None,
            };
            let letter = render_letter(&input, &Templates::default()).unwrap_or_else(|e| panic!("{lang} {kind}: {e}"));
            if *kind == LetterKind::ErasureConfirmation {
                // What the action log records, and nothing else.
                for fact in ["Kundendatenbank", "§ 147 AO: zehn Jahre", "Zahlungsdienstleister"] {
                    assert!(letter.text.contains(fact), "{lang} {kind}: {}", letter.text);
                }
                assert!(!letter.text.contains("Altstraße"), "{lang} {kind}: {}", letter.text);
            }
            if *kind == LetterKind::RectificationConfirmation {
                assert!(letter.text.contains("Anschrift: Altstraße 1 → Neustraße 2"), "{lang} {kind}: {}", letter.text);
            }
            assert!(letter.pdf.starts_with(b"%PDF-"), "{lang} {kind}");
            assert!(letter.text.contains("Jürgen Müller"), "{lang} {kind}: {}", letter.text);
            assert!(letter.eml.is_some());
            if let Some(dir) = &out {
                std::fs::write(dir.join(format!("{lang}-{kind}.pdf")), &letter.pdf).unwrap();
                std::fs::write(dir.join(format!("{lang}-{kind}.txt")), &letter.text).unwrap();
            }
        }
    }
}

/// An organisation's own template is outside input: one that loops without
/// end or writes without end is refused, quickly, naming the template.
#[test]
fn a_runaway_template_is_refused_not_run() {
    let calendars = Calendars::shipped();
    let clock = ClockEvents::received(day("2026-11-02"));
    let deadlines = compute_deadlines(
        Regime::EuGdpr,
        &Location::parse("DE-BY").unwrap(),
        &[Right::Access],
        &clock,
        &DeadlinePolicy::default(),
        &calendars,
        day("2026-11-29"),
    )
    .unwrap();
    let details = LetterDetails::default();
    let (org, case) = (org(), facts());
    let input = LetterInput {
        kind: LetterKind::Acknowledgement,
        language: "en",
        organisation: &org,
        processing: None,
        logo_png: None,
        case: &case,
        deadlines: &deadlines,
        details: &details,
        date: day("2026-11-29"),
        created_at: Utc.with_ymd_and_hms(2026, 11, 29, 10, 0, 0).unwrap(),
        fallback_fonts: &[],
        audit_head: None,
    };
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("en")).unwrap();
    for (template, want) in [
        ("Title\n{% for a in range(100000) %}{% for b in range(100000) %}x{% endfor %}{% endfor %}", "fuel"),
        ("Title\n{% for a in range(100000) %}{{ 'all work and no play ' * 100 }}{% endfor %}", "fuel"),
        ("Title\n{{ 'x' * 300000 }}", "KiB of text"),
    ] {
        std::fs::write(dir.path().join("en/acknowledgement.txt"), template).unwrap();
        let err = render_letter(&input, &Templates::new(Some(dir.path().to_path_buf()))).expect_err("refused");
        let message = err.to_string();
        assert!(
            message.starts_with("template en/acknowledgement.txt:") && message.contains(want),
            "{template}: {message}"
        );
    }
}

/// Every confirmation that states actions is refused, naming what is missing,
/// when the action log has none for it.
#[test]
fn a_confirmation_without_recorded_actions_is_refused() {
    let calendars = Calendars::shipped();
    let clock = ClockEvents::received(day("2026-11-02"));
    let deadlines = compute_deadlines(
        Regime::EuGdpr,
        &Location::parse("DE-BY").unwrap(),
        &[Right::Erasure],
        &clock,
        &DeadlinePolicy::default(),
        &calendars,
        day("2026-11-29"),
    )
    .unwrap();
    let (org, case) = (org(), facts());
    let only_kept_for_rectification =
        vec![ActionFact { system: "CRM".into(), did: "restricted".into(), ground: None, detail: None }];
    let table: &[(LetterKind, Vec<ActionFact>, &str)] = &[
        (LetterKind::ErasureConfirmation, vec![], "states what was erased, anonymised or kept"),
        (LetterKind::ErasureConfirmation, only_kept_for_rectification.clone(), "--right erasure"),
        (LetterKind::RectificationConfirmation, vec![], "states what was corrected"),
        (LetterKind::RectificationConfirmation, only_kept_for_rectification, "--right rectification"),
    ];
    for (kind, actions, words) in table {
        let details = LetterDetails { actions: actions.clone(), ..Default::default() };
        let input = LetterInput {
            kind: *kind,
            language: "en",
            organisation: &org,
            processing: None,
            logo_png: None,
            case: &case,
            deadlines: &deadlines,
            details: &details,
            date: day("2026-11-29"),
            created_at: Utc.with_ymd_and_hms(2026, 11, 29, 10, 0, 0).unwrap(),
            fallback_fonts: &[],
            audit_head: None,
        };
        let err = render_letter(&input, &Templates::default()).err().unwrap_or_else(|| panic!("{kind} went out"));
        assert!(err.to_string().contains(words), "{kind}: {err}");
    }
}

//! Every kind in every shipped language renders, with the facts it needs.

use casebook_core::deadline::ClockEvents;
use casebook_core::holiday::Calendars;
use casebook_core::{Channel, Language, Location, Organisation, Regime, Requester, Right, Wordings};
use casebook_render::{
    ActionFact, CaseFacts, LetterDetails, LetterInput, LetterKind, NotifiedFact, ProcessingRecord, Templates,
    render_letter,
};

mod common;
use common::{day, letter_input};

fn org() -> Organisation {
    Organisation {
        name: "Beispiel GmbH".into(),
        postal_address: "Hauptstraße 1\n80331 München".into(),
        dpo_name: "Erika Mustermann".into(),
        dpo_email: "dpo@beispiel.example".into(),
        default_regime: Regime::EuGdpr,
        default_location: Location::parse("DE-BY").unwrap(),
        time_zone: "Europe/Berlin".into(),
        verification_process: Wordings::default(),
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
        complaint_outcome: Some("partly-upheld".into()),
        complaint_answered_on: Some(day("2026-11-27")),
        appeal_received_on: Some(day("2026-11-25")),
        appeal_outcome: Some("upheld".into()),
        appeal_decided_on: Some(day("2026-11-28")),
    }
}

/// A record of processing with one purpose and one category, no recipients
/// and no sources, and `none` for automated decisions and transfers.
fn processing_of(purpose: &str, categories: &str, retention: &str, none: &str) -> ProcessingRecord {
    ProcessingRecord {
        purposes: Some(vec![purpose.into()]),
        data_categories: Some(vec![categories.into()]),
        recipients: Some(vec![]),
        retention: Some(retention.into()),
        sources: Some(vec![]),
        automated_decisions: Some(none.into()),
        transfers: Some(none.into()),
    }
}

#[test]
fn every_kind_renders_in_every_language() {
    let calendars = Calendars::shipped();
    let mut clock = ClockEvents::received(day("2026-11-02"));
    clock.extended = true;
    clock.extension_notified_on = Some(day("2026-11-20"));
    let deadlines =
        common::deadlines(&calendars, Regime::EuGdpr, &Location::parse("DE-BY").unwrap(), &[Right::Access], &clock);
    let processing = processing_of("Kundenkonto führen", "Name, Anschrift", "10 Jahre", "Keine.");
    let details = LetterDetails {
        reason: Some("offenkundig unbegründet".into()),
        fee: Some("10,00 €".into()),
        recipients: vec![],
        actions: vec![
            ActionFact { system: "Shop".into(), did: "account-deactivated".into(), ground: None, detail: None },
            ActionFact { system: "Newsletter".into(), did: "suppressed".into(), ground: None, detail: None },
            ActionFact { system: "CRM".into(), did: "restricted".into(), ground: None, detail: None },
            ActionFact {
                system: "Kundenportal".into(),
                did: "preferences-changed".into(),
                ground: None,
                detail: Some("nur noch Post".into()),
            },
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
    for lang in casebook_render::template::SHIPPED_LANGUAGES {
        for kind in LetterKind::ALL {
            // A confirmation of one right goes out only on a case that asks for it.
            let mut case = case.clone();
            case.rights.extend(kind.right());
            let input = letter_input(*kind, lang, &org, &case, &deadlines, &details, Some(&processing));
            let letter = render_letter(&input, &Templates::default()).unwrap_or_else(|e| panic!("{lang} {kind}: {e}"));
            if *kind == LetterKind::ErasureConfirmation {
                // What the action log records, and nothing else.
                for fact in ["Kundendatenbank", "§ 147 AO: zehn Jahre", "Zahlungsdienstleister"] {
                    assert!(letter.text.contains(fact), "{lang} {kind}: {}", letter.text);
                }
                assert!(!letter.text.contains("Altstraße"), "{lang} {kind}: {}", letter.text);
            }
            if *kind == LetterKind::AccessResponse && *lang == *"fr" {
                // Transfers abroad, not "outside the EU": the letter serves Swiss, UK and other cases too.
                assert!(letter.text.contains("## Transferts vers d'autres pays"), "{}", letter.text);
            }
            if *kind == LetterKind::RectificationConfirmation {
                assert!(letter.text.contains("Anschrift: Altstraße 1 → Neustraße 2"), "{lang} {kind}: {}", letter.text);
            }
            assert!(letter.pdf.starts_with(b"%PDF-"), "{lang} {kind}");
            assert!(letter.text.contains("Jürgen Müller"), "{lang} {kind}: {}", letter.text);
            let greeting = match lang {
                "de" => "Guten Tag Jürgen Müller,",
                "fr" => "Bonjour Jürgen Müller,",
                "es" => "Buenos días, Jürgen Müller:",
                "pl" => "Dzień dobry, Jürgen Müller,",
                "pt" => "Bom dia, Jürgen Müller,",
                "nl" => "Geachte Jürgen Müller,",
                "it" => "Gentile Jürgen Müller,",
                _ => "Dear Jürgen Müller,",
            };
            assert_eq!(letter.text.lines().nth(2), Some(greeting), "{lang} {kind}: {}", letter.text);
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
    let deadlines =
        common::deadlines(&calendars, Regime::EuGdpr, &Location::parse("DE-BY").unwrap(), &[Right::Access], &clock);
    let details = LetterDetails::default();
    let (org, case) = (org(), facts());
    let input = letter_input(LetterKind::Acknowledgement, "en", &org, &case, &deadlines, &details, None);
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

/// Renders one letter of `kind` in `lang` for `case`, from the shipped
/// templates or those in `own` first.
fn render(
    kind: LetterKind,
    lang: &str,
    case: &CaseFacts,
    processing: Option<&ProcessingRecord>,
    own: Option<&std::path::Path>,
) -> casebook_render::RenderedLetter {
    let calendars = Calendars::shipped();
    let deadlines =
        common::deadlines(&calendars, case.regime, &case.location, &case.rights, &ClockEvents::received(case.received));
    let details = LetterDetails { reason: Some("we found no breach".into()), ..Default::default() };
    let org = org();
    let input = letter_input(kind, lang, &org, case, &deadlines, &details, processing);
    render_letter(&input, &Templates::new(own.map(|p| p.to_path_buf())))
        .unwrap_or_else(|e| panic!("{lang} {kind}: {e}"))
}

/// The text of a PDF's pages `first..=last` (all pages: `None`), as poppler extracts it.
fn pdf_text(pdf: &[u8], pages: Option<(usize, usize)>) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("letter.pdf");
    std::fs::write(&path, pdf).unwrap();
    let mut cmd = std::process::Command::new("pdftotext");
    if let Some((first, last)) = pages {
        cmd.args(["-f", &first.to_string(), "-l", &last.to_string()]);
    }
    let out = cmd.arg(&path).arg("-").output().expect("pdftotext (poppler-utils) is installed");
    assert!(out.status.success(), "pdftotext: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn a_complaints_letters_say_complaint_in_the_header() {
    let mut case = facts();
    case.complaint_outcome = Some("not-upheld".into());
    case.complaint_answered_on = Some(day("2026-11-20"));
    for (lang, complaint, request) in [
        ("en", "Your complaint of", "Your request of"),
        ("de", "Ihre Beschwerde vom", "Ihre Anfrage vom"),
        ("fr", "Votre réclamation du", "Votre demande du"),
    ] {
        for kind in [LetterKind::ComplaintAcknowledgement, LetterKind::ComplaintOutcome] {
            let text = pdf_text(&render(kind, lang, &case, None, None).pdf, None);
            assert!(text.contains(complaint) && !text.contains(request), "{lang} {kind}: {text}");
        }
        let text = pdf_text(&render(LetterKind::Acknowledgement, lang, &case, None, None).pdf, None);
        assert!(text.contains(request) && !text.contains(complaint), "{lang}: {text}");
    }
}

/// French repeats "de" before each right of a list ("d'accès et
/// d'effacement", never "d'accès et effacement"), elided before a vowel.
#[test]
fn french_letters_put_de_before_each_right_asked_for() {
    let mut case = facts();
    for (rights, want) in [
        (vec![Right::Access], "demande d'accès"),
        (vec![Right::Access, Right::Erasure], "demande d'accès et d'effacement"),
        (
            vec![Right::Rectification, Right::Access, Right::Unsubscribe],
            "demande de rectification, d'accès et de désabonnement de la prospection",
        ),
    ] {
        case.rights = rights;
        for kind in [LetterKind::Acknowledgement, LetterKind::Refusal] {
            let text = render(kind, "fr", &case, None, None).text.replace('\n', " ");
            assert!(text.contains(want), "{kind}: {text}");
            assert!(
                !text.contains("accès et effacement") && !text.contains("accès et désabonnement"),
                "{kind}: {text}"
            );
        }
    }
    // The rights that wait for identity, and those that go ahead, each the same way.
    let text = render(LetterKind::IdRequest, "fr", &case, None, None).text.replace('\n', " ");
    assert!(text.contains("votre demande de rectification et d'accès du 2 novembre 2026"), "{text}");
    assert!(text.contains("votre demande de désabonnement de la prospection, qui ne nécessite pas"), "{text}");
}

#[test]
fn the_authority_is_named_as_the_language_reads_it() {
    let mut case = facts();
    for (regime, location, lang, want) in [
        (Regime::UkGdpr, "GB-ENG", "en", "complain to the Information Commissioner's Office (ICO), Wycliffe House"),
        (Regime::EuGdpr, "DE-BY", "en", "complain to the Bayerisches Landesamt für Datenschutzaufsicht (BayLDA)"),
        (Regime::EuGdpr, "DE-SN", "en", "complain to the data protection authority of the German Land"),
        (Regime::EuGdpr, "DE-SN", "de", "beschweren: die Datenschutzaufsichtsbehörde des Landes"),
        (Regime::EuGdpr, "DE-BY", "de", "beschweren: Bayerisches Landesamt für Datenschutzaufsicht (BayLDA)"),
        (Regime::EuGdpr, "FR", "fr", "l'autorité de contrôle : Commission nationale de l'informatique"),
        (Regime::UkGdpr, "GB-ENG", "fr", "l'autorité de contrôle : Information Commissioner's Office (ICO)"),
    ] {
        case.regime = regime;
        case.location = Location::parse(location).unwrap();
        let text = render(LetterKind::Refusal, lang, &case, None, None).text.replace('\n', " ");
        assert!(text.contains(want), "{regime} {location} {lang}: {text}");
        assert!(!text.contains("the the ") && !text.contains("to Information"), "{text}");
    }
}

/// A refusal tells a US consumer how to appeal where the state's law gives an
/// appeal (Va. Code §59.1-577(B)(2): "instructions for how to appeal"), names
/// the Attorney General of the case's state, and speaks of the courts only
/// where the law gives the person a judicial remedy (GDPR Art. 79; none under
/// the US state laws or the CCPA, whose regulators enforce them).
#[test]
fn a_refusal_states_the_appeal_and_the_courts_only_where_the_law_gives_them() {
    let mut case = facts();
    case.rights = vec![Right::Erasure];
    #[rustfmt::skip]
    let table = [
        (Regime::UsState, "US-VA", "en", Some("You may appeal this decision (Va. Code §59.1-577(C)): write to us at dpo@beispiel.example, quoting our reference CB-2026-0001"), "the Attorney General of Virginia", None),
        (Regime::UsState, "US-CO", "de", Some("Sie können gegen diese Entscheidung Widerspruch einlegen (C.R.S. §6-1-1306(3))"), "des Bundesstaats Colorado", None),
        (Regime::UsState, "US-VA", "fr", Some("Vous pouvez former un recours contre cette décision"), "de l'État de Virginia", None),
        // Utah's act gives no appeal (Utah Code §13-61-203).
        (Regime::UsState, "US-UT", "en", None, "the Attorney General of Utah", None),
        (Regime::Ccpa, "US-CA", "en", None, "the California Privacy Protection Agency (CPPA)", None),
        (Regime::EuGdpr, "DE-BY", "en", None, "Bayerisches Landesamt", Some("seek to enforce your rights through the courts")),
        (Regime::EuGdpr, "DE-BY", "de", None, "Bayerisches Landesamt", Some("einen gerichtlichen Rechtsbehelf einzulegen")),
        (Regime::UkGdpr, "GB-ENG", "en", None, "the Information Commissioner's Office", Some("seek to enforce your rights through the courts")),
        (Regime::Pipeda, "CA-ON", "en", None, "the Office of the Privacy Commissioner of Canada", None),
    ];
    for (regime, location, lang, appeal, authority, courts) in table {
        case.regime = regime;
        case.location = Location::parse(location).unwrap();
        let text =
            render(LetterKind::Refusal, lang, &case, None, None).text.split_whitespace().collect::<Vec<_>>().join(" ");
        match appeal {
            Some(words) => assert!(text.contains(words), "{regime} {location} {lang}: {text}"),
            None => assert!(
                !text.contains("appeal") && !text.contains("Widerspruch") && !text.contains("recours"),
                "{regime} {location} {lang}: {text}"
            ),
        }
        assert!(text.contains(authority), "{regime} {location} {lang}: {text}");
        assert!(!text.contains("requester's state") && !text.contains('{'), "{text}");
        match courts {
            Some(words) => assert!(text.contains(words), "{regime} {location} {lang}: {text}"),
            None => assert!(
                !text.contains("courts") && !text.contains("gericht") && !text.contains("juridictionnel"),
                "{regime} {location} {lang}: {text}"
            ),
        }
    }
}

/// The text of one letter of `kind` in `lang` for `case`, stating `actions`
/// from the action log, with identity evidence kept `identity_document_days`.
fn letter_text(kind: LetterKind, lang: &str, case: &CaseFacts, actions: Vec<ActionFact>, days: u32) -> String {
    let calendars = Calendars::shipped();
    let mut clock = ClockEvents::received(case.received);
    // An extension letter tells of the extension taken.
    clock.extended = kind == LetterKind::Extension;
    clock.extension_notified_on = case.extension_notified_on.filter(|_| clock.extended);
    let deadlines = common::deadlines(&calendars, case.regime, &case.location, &case.rights, &clock);
    let (org, details) = (org(), LetterDetails { actions, ..LetterDetails::default() });
    let input = LetterInput {
        identity_document_days: days,
        ..letter_input(kind, lang, &org, case, &deadlines, &details, None)
    };
    render_letter(&input, &Templates::default()).unwrap_or_else(|e| panic!("{lang} {kind}: {e}")).text
}

/// A letter's text with its white space folded, to read sentences across lines.
fn folded(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The case of [`facts`] asking for `rights` under `regime` at `location`.
fn case_of(rights: Vec<Right>, regime: Regime, location: &str) -> CaseFacts {
    CaseFacts { rights, regime, location: Location::parse(location).unwrap(), ..facts() }
}

/// One action of the log, in a system.
fn act(system: &str, did: &str, ground: Option<&str>, detail: Option<&str>) -> ActionFact {
    ActionFact {
        system: system.into(),
        did: did.into(),
        ground: ground.map(String::from),
        detail: detail.map(String::from),
    }
}

/// An objection confirmation's title says what the person asked for: a
/// withdrawal of consent (GDPR Art. 7(3)) is no objection (Art. 21).
#[test]
fn an_objection_confirmation_is_titled_by_the_rights_it_answers() {
    let changed = || vec![act("Web analytics", "preferences-changed", None, Some("analytics consent refused"))];
    #[rustfmt::skip]
    let table = [
        (vec![Right::WithdrawConsent], "en", "Your data protection request: withdrawal of consent acted on"),
        (vec![Right::Erasure, Right::WithdrawConsent], "fr", "Votre demande relative à vos données personnelles : retrait du consentement pris en compte"),
        (vec![Right::Unsubscribe, Right::WithdrawConsent], "en", "Your data protection request: objection upheld and withdrawal of consent acted on"),
        (vec![Right::Objection], "de", "Ihre datenschutzrechtliche Anfrage: Widerspruch umgesetzt"),
        (vec![Right::Unsubscribe], "pl", "Państwa wniosek dotyczący ochrony danych: sprzeciw uwzględniony"),
    ];
    for (rights, lang, title) in table {
        let case = case_of(rights, Regime::EuGdpr, "DE-BY");
        let text = letter_text(LetterKind::ObjectionConfirmation, lang, &case, changed(), 30);
        assert_eq!(text.lines().next(), Some(title), "{lang}: {text}");
    }
}

/// An erasure confirmation says "erasure carried out" only when something was
/// erased; data kept is a request not acted on in part, so the letter then
/// names the right to complain, and to appeal or go to court where the law
/// gives those (GDPR Art. 12(4); Va. Code §59.1-577(B)(2)). The same action
/// recorded twice is stated once.
#[test]
fn an_erasure_confirmation_that_keeps_data_says_how_to_challenge_it() {
    let kept = act("Billing", "kept", Some("invoices kept six years by tax law"), None);
    let erased = act("Newsletter", "erased", None, None);
    #[rustfmt::skip]
    let table = [
        (Regime::UkGdpr, "GB-ENG", vec![kept.clone()], "Your data protection request: our answer on erasure", &["If you disagree with our keeping this data, you have the right to complain to the Information Commissioner's Office", "through the courts"][..], &["appeal", "Newsletter"][..]),
        (Regime::UkGdpr, "GB-ENG", vec![erased.clone(), kept.clone(), erased.clone()], "Your data protection request: erasure carried out", &["- Newsletter: erased", "complain to the Information Commissioner's Office"][..], &["appeal"][..]),
        (Regime::UkGdpr, "GB-ENG", vec![erased.clone()], "Your data protection request: erasure carried out", &["- Newsletter: erased"][..], &["complain", "courts", "kept"][..]),
        (Regime::UsState, "US-VA", vec![erased.clone(), kept.clone()], "Your data protection request: erasure carried out", &["You may appeal our decision to keep this data (Va. Code §59.1-577(C))", "complain to the Attorney General of Virginia"][..], &["courts"][..]),
    ];
    for (regime, location, actions, title, has, has_not) in table {
        let case = case_of(vec![Right::Erasure], regime, location);
        let text = letter_text(LetterKind::ErasureConfirmation, "en", &case, actions, 30);
        assert_eq!(text.lines().next(), Some(title), "{text}");
        let flat = folded(&text);
        for words in has {
            assert!(flat.contains(words), "{location}: no {words:?} in {text}");
        }
        for words in has_not {
            assert!(!flat.contains(words), "{location}: {words:?} in {text}");
        }
        assert!(flat.matches("- Newsletter: erased").count() <= 1, "{text}");
    }
}

/// A rectification confirmation that leaves data unchanged names the right
/// to complain (Art. 12(4)); the opt-out confirmation promises twelve months
/// without asking to opt back in only under the CCPA, whose rule it is (Cal.
/// Civ. Code §1798.135(c)(4)).
#[test]
fn rectification_and_opt_out_confirmations_state_only_what_the_law_and_the_log_give() {
    let uk = case_of(vec![Right::Rectification], Regime::UkGdpr, "GB-ENG");
    let fixed = act("CRM", "rectified", None, Some("surname: Smyth → Smith"));
    let kept = act("CRM", "kept", Some("the signed contract stands as signed"), None);
    let text = folded(&letter_text(LetterKind::RectificationConfirmation, "en", &uk, vec![fixed.clone(), kept], 30));
    assert!(text.contains("If you disagree with our decision not to change this data, you have the right to complain to the Information Commissioner's Office"), "{text}");
    let text = folded(&letter_text(LetterKind::RectificationConfirmation, "en", &uk, vec![fixed], 30));
    assert!(!text.contains("complain") && !text.contains("courts"), "{text}");
    let suppressed = || vec![act("CRM", "suppressed", None, None)];
    let twelve = "for at least twelve months";
    let ca = case_of(vec![Right::OptOutOfSale], Regime::Ccpa, "US-CA");
    let text = folded(&letter_text(LetterKind::OptOutConfirmation, "en", &ca, suppressed(), 30));
    assert!(text.contains(twelve), "{text}");
    let va = case_of(vec![Right::OptOutOfSale], Regime::UsState, "US-VA");
    let text = folded(&letter_text(LetterKind::OptOutConfirmation, "en", &va, suppressed(), 30));
    assert!(!text.contains(twelve), "{text}");
}

/// An identity or authority request promises to delete the evidence by the
/// register's retention setting, never sooner than it will be: "within 30
/// days of the check", or "once the check is done" only when it is kept 0 days.
#[test]
fn an_identity_request_promises_deletion_by_the_retention_setting() {
    let case = facts();
    #[rustfmt::skip]
    let table = [
        (LetterKind::IdRequest, "en", 30, "delete it within 30 days of the check, keeping only a record"),
        (LetterKind::IdRequest, "en", 1, "delete it within 1 day of the check"),
        (LetterKind::IdRequest, "en", 0, "delete it once the check is done"),
        (LetterKind::AuthorityRequest, "de", 30, "löschen ihn spätestens 30 Tage nach der Prüfung"),
        (LetterKind::IdRequest, "fr", 14, "le supprimerons au plus tard 14 jours après la vérification"),
        (LetterKind::IdRequest, "pl", 30, "usuniemy w ciągu 30 dni od zakończenia weryfikacji"),
    ];
    for (kind, lang, days, words) in table {
        let text = folded(&letter_text(kind, lang, &case, vec![], days));
        assert!(text.contains(words), "{lang} {kind} {days}: {text}");
    }
    // The letter's sources name where the period comes from, for the DPO to check.
    let letter = render(LetterKind::IdRequest, "en", &case, None, None);
    assert!(
        letter.sources.iter().any(|s| s.field == "retention" && s.from.contains("retention set")),
        "{:?}",
        letter.sources
    );
}

/// Whatever the length of a letter, its last page holds the end of the body
/// as well as the closing: the closing is never on a page of its own.
#[test]
fn the_closing_never_stands_alone_on_a_page() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("en")).unwrap();
    let case = facts();
    let mut breaks = 0;
    // Every length of body from half a page to two pages, a line at a time,
    // with a last paragraph of one line and of five.
    for last in ["The end of the body, last words.", &"A long last paragraph that wraps over several lines. ".repeat(7)]
    {
        for n in 20..90 {
            let filler: String = (0..n).map(|i| format!("Paragraph {i} of the body.\n\n")).collect();
            let template = format!("Title\n{{{{ salutation }}}}\n\n{filler}{last} ENDMARK\n");
            std::fs::write(dir.path().join("en/acknowledgement.txt"), template).unwrap();
            let letter = render(LetterKind::Acknowledgement, "en", &case, None, Some(dir.path()));
            let page = pdf_text(&letter.pdf, Some((letter.pages, letter.pages)));
            assert!(page.contains("Yours sincerely"), "{n}: {page}");
            assert!(page.contains("ENDMARK"), "{n} paragraphs, {} pages: the last page is only {page:?}", letter.pages);
            if letter.pages > 1
                && !pdf_text(&letter.pdf, Some((letter.pages - 1, letter.pages - 1))).contains("Paragraph")
            {
                panic!("{n}: a page without body text");
            }
            breaks += usize::from(letter.pages > 1);
        }
    }
    assert!(breaks > 20, "the bodies cross a page break");
}

/// The account deactivation and preferences confirmations state what the
/// action log records as done, and are refused, naming the command that
/// records it, without it or on a case that did not ask for the right.
#[test]
fn deactivation_and_preferences_confirmations_state_the_recorded_fact_only() {
    let calendars = Calendars::shipped();
    let deadlines = common::deadlines(
        &calendars,
        Regime::EuGdpr,
        &Location::parse("DE-BY").unwrap(),
        &[Right::DeactivateAccount],
        &ClockEvents::received(day("2026-11-02")),
    );
    let org = org();
    let render = |kind: LetterKind, lang: &str, rights: Vec<Right>, actions: Vec<ActionFact>| {
        let mut case = facts();
        case.rights = rights;
        let details = LetterDetails { actions, ..LetterDetails::default() };
        let input = letter_input(kind, lang, &org, &case, &deadlines, &details, None);
        render_letter(&input, &Templates::default()).map(|l| l.text).map_err(|e| e.to_string())
    };
    let act = |did: &str, detail: Option<&str>| ActionFact {
        system: "Shop CUST-4411".into(),
        did: did.into(),
        ground: None,
        detail: detail.map(String::from),
    };
    #[rustfmt::skip]
    let table = [
        (LetterKind::AccountDeactivationConfirmation, Right::DeactivateAccount, "account-deactivated", "en", "we have deactivated your account"),
        (LetterKind::AccountDeactivationConfirmation, Right::DeactivateAccount, "account-deactivated", "de", "dass wir Ihr Konto deaktiviert haben"),
        (LetterKind::AccountDeactivationConfirmation, Right::DeactivateAccount, "account-deactivated", "fr", "nous confirmons avoir désactivé votre compte"),
        (LetterKind::PreferencesConfirmation, Right::CommunicationPreferences, "preferences-changed", "en", "we have changed your communication preferences"),
        (LetterKind::PreferencesConfirmation, Right::CommunicationPreferences, "preferences-changed", "de", "Ihre Kommunikationseinstellungen geändert haben"),
        (LetterKind::PreferencesConfirmation, Right::CommunicationPreferences, "preferences-changed", "fr", "avoir modifié vos préférences de communication"),
    ];
    for (kind, right, did, lang, words) in table {
        let detail = (did == "preferences-changed").then_some("newsletter off, post only");
        let text =
            render(kind, lang, vec![right], vec![act(did, detail)]).unwrap_or_else(|e| panic!("{lang} {kind}: {e}"));
        let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(flat.contains(words), "{lang} {kind}: {text}");
        assert!(flat.contains("Shop CUST-4411"), "{lang} {kind}: {text}");
        if let Some(d) = detail {
            assert!(flat.contains(d), "{lang} {kind}: {text}");
        }
        assert!(!flat.contains("geehrte/r"), "{lang} {kind}: {text}");
        // Kept alone is no deactivation; nothing at all is nothing done.
        let kept = ActionFact { ground: Some("tax law".into()), ..act("kept", None) };
        for actions in [vec![], vec![kept]] {
            let err = render(kind, lang, vec![right], actions).unwrap_err();
            assert!(
                err.contains(&format!("no {did}"))
                    && err.contains(&format!("case action CB-2026-0001 --system ID --right {}", right.code())),
                "{err}"
            );
        }
        let err = render(kind, lang, vec![Right::Access], vec![act(did, detail)]).unwrap_err();
        assert!(err.contains("asks for none (its rights: access)") && err.contains(right.code()), "{err}");
    }
}

/// Every confirmation that states actions is refused, naming what is missing,
/// when the action log has none for it.
#[test]
fn a_confirmation_without_recorded_actions_is_refused() {
    let calendars = Calendars::shipped();
    let clock = ClockEvents::received(day("2026-11-02"));
    let deadlines =
        common::deadlines(&calendars, Regime::EuGdpr, &Location::parse("DE-BY").unwrap(), &[Right::Erasure], &clock);
    let (org, case) = (org(), facts());
    let only_kept_for_rectification =
        vec![ActionFact { system: "CRM".into(), did: "restricted".into(), ground: None, detail: None }];
    let table: &[(LetterKind, Vec<ActionFact>, &str)] = &[
        (LetterKind::ErasureConfirmation, vec![], "states what was erased, anonymised or kept"),
        (LetterKind::ErasureConfirmation, only_kept_for_rectification.clone(), "--right erasure"),
        (LetterKind::RectificationConfirmation, vec![], "states what was corrected"),
        (LetterKind::RectificationConfirmation, only_kept_for_rectification, "--right rectification"),
        (LetterKind::RestrictionConfirmation, vec![], "no restricted is recorded"),
        (LetterKind::ObjectionConfirmation, vec![], "--right objection|unsubscribe|withdraw-consent"),
        (
            LetterKind::OptOutConfirmation,
            vec![],
            "--right opt-out-of-sale|limit-sensitive --did suppressed|preferences-changed",
        ),
    ];
    for (kind, actions, words) in table {
        let details = LetterDetails { actions: actions.clone(), ..Default::default() };
        let input = letter_input(*kind, "en", &org, &case, &deadlines, &details, None);
        let err = render_letter(&input, &Templates::default()).err().unwrap_or_else(|| panic!("{kind} went out"));
        assert!(err.to_string().contains(words), "{kind}: {err}");
    }
}

/// A letter without its `.eml` says why as facts, whose English is the one
/// the command line has always printed.
#[test]
fn a_letter_without_its_eml_draft_says_why() {
    let mut case = facts();
    case.requester.emails.clear();
    let letter = render(LetterKind::Acknowledgement, "en", &case, None, None);
    assert!(letter.eml.is_none());
    let why = letter.eml_unavailable.expect("it says why");
    assert_eq!(why, casebook_render::NoEml::NoRequesterEmail { reference: "CB-2026-0001".into() });
    assert_eq!(why.to_string(), "no .eml draft: case CB-2026-0001 has no email address for the requester");
    assert_eq!(
        serde_json::to_value(&why).unwrap(),
        serde_json::json!({ "kind": "no-requester-email", "reference": "CB-2026-0001" })
    );
    assert!(render(LetterKind::Acknowledgement, "en", &facts(), None, None).eml_unavailable.is_none());
}

/// The law is named as the person's language reads it: with the article its
/// gender takes in German and French (das Datenschutzgesetz, la loi), and a
/// US state's act by its own name, not "the state privacy law".
#[test]
fn the_law_is_named_with_its_article_and_a_state_act_by_its_name() {
    #[rustfmt::skip]
    let table = [
        (Regime::Fadp, "CH-ZH", "de", LetterKind::Acknowledgement, "Wir bearbeiten sie nach dem Datenschutzgesetz (DSG) als Anfrage"),
        (Regime::UsState, "US-VA", "de", LetterKind::Extension, "wie es das US-Datenschutzrecht des Bundesstaats (Virginia Consumer Data Protection Act) erlaubt."),
        (Regime::EuGdpr, "DE-BY", "de", LetterKind::Acknowledgement, "nach der Datenschutz-Grundverordnung (DSGVO) als Anfrage"),
        (Regime::Ccpa, "US-CA", "de", LetterKind::Extension, "wie es der California Consumer Privacy Act (CCPA/CPRA) erlaubt."),
        (Regime::Fadp, "CH-GE", "fr", LetterKind::Acknowledgement, "Nous la traitons au titre de la loi fédérale sur la protection des données (LPD) comme"),
        (Regime::Ccpa, "US-CA", "fr", LetterKind::Extension, "comme le permet le California Consumer Privacy Act (CCPA/CPRA)."),
        (Regime::EuGdpr, "FR-IDF", "fr", LetterKind::Acknowledgement, "au titre du règlement général sur la protection des données (RGPD) comme"),
        (Regime::Pipeda, "CA-QC", "fr", LetterKind::Extension, "comme le permet la Loi sur la protection des renseignements personnels et les documents électroniques (LPRPDE)."),
        (Regime::UsState, "US-VA", "en", LetterKind::Acknowledgement, "We are handling it under the Virginia Consumer Data Protection Act as a request"),
        (Regime::UsState, "US-CO", "en", LetterKind::Extension, "as the Colorado Privacy Act allows."),
        (Regime::UsState, "US-VA", "es", LetterKind::Acknowledgement, "conforme a lo que establece la ley de privacidad del estado (Virginia Consumer Data Protection Act), como"),
        (Regime::UsState, "US-VA", "de", LetterKind::Acknowledgement, "nach dem US-Datenschutzrecht des Bundesstaats (Virginia Consumer Data Protection Act) als"),
    ];
    for (regime, location, lang, kind, needle) in table {
        let case = case_of(vec![Right::Access], regime, location);
        let text = folded(&letter_text(kind, lang, &case, vec![], 30));
        assert!(text.contains(needle), "{regime:?} {lang} {kind}: {needle}\n{text}");
    }
}

/// The DPO's reasons (an extension's, a refusal's) end with a full stop, as typed or added.
#[test]
fn the_reasons_typed_end_as_a_sentence() {
    for (typed, read) in [
        ("the request covers ten years of records", "Our reasons: the request covers ten years of records. "),
        ("Ten years of records!", "Our reasons: Ten years of records! "),
        ("the archive is off site (in Leeds)", "Our reasons: the archive is off site (in Leeds). "),
        ("the records are marked \"closed.\"", "Our reasons: the records are marked \"closed.\" "),
    ] {
        let case = CaseFacts { extension_reason: Some(typed.into()), ..facts() };
        let text = folded(&letter_text(LetterKind::Extension, "en", &case, vec![], 30));
        assert!(text.contains(read), "{typed}: {text}");
    }
    let calendars = Calendars::shipped();
    let case = facts();
    let deadlines =
        common::deadlines(&calendars, case.regime, &case.location, &case.rights, &ClockEvents::received(case.received));
    let org = org();
    let details = LetterDetails {
        reason: Some("Sie haben dieselbe Auskunft bereits viermal erhalten".into()),
        ..LetterDetails::default()
    };
    let input = letter_input(LetterKind::Refusal, "de", &org, &case, &deadlines, &details, None);
    let text = folded(&render_letter(&input, &Templates::default()).unwrap().text);
    assert!(text.contains("Unsere Begründung: Sie haben dieselbe Auskunft bereits viermal erhalten. "), "{text}");
    // What the identity check asks for, and a clarification's question, likewise.
    let case = CaseFacts {
        identity_asked_for: Some("a copy of a recent utility bill".into()),
        clarification_question: Some("which of your two accounts you mean".into()),
        ..facts()
    };
    let text = folded(&letter_text(LetterKind::IdRequest, "en", &case, vec![], 30));
    assert!(text.contains("a copy of a recent utility bill. We ask only"), "{text}");
    let text = folded(&letter_text(LetterKind::Clarification, "en", &case, vec![], 30));
    assert!(text.contains("which of your two accounts you mean. While we wait"), "{text}");
}

/// An access response says "the information the law requires" only under a
/// law that requires it, and lists the rights to rectify, erase, restrict and
/// object only under a law that gives them all (a US state law, the CCPA,
/// PIPEDA and the Australian Privacy Act do not).
#[test]
fn an_access_response_states_only_what_the_case_law_requires_and_gives() {
    let processing = processing_of("Customer accounts", "Name, address", "Ten years", "None.");
    #[rustfmt::skip]
    let table = [
        (Regime::UkGdpr, "GB-ENG", true, true),
        (Regime::EuGdpr, "DE-BY", true, true),
        (Regime::Fadp, "CH-ZH", true, true),
        (Regime::Lgpd, "BR-SP", false, false),
        (Regime::Popia, "ZA-GP", false, true),
        (Regime::Ccpa, "US-CA", false, false),
        (Regime::Pipeda, "CA-ON", false, false),
        (Regime::UsState, "US-VA", false, false),
        (Regime::AuApp, "AU-NSW", false, false),
    ];
    let calendars = Calendars::shipped();
    let org = org();
    let details = LetterDetails::default();
    for (regime, location, required, rights) in table {
        let case = case_of(vec![Right::Access], regime, location);
        let deadlines =
            common::deadlines(&calendars, regime, &case.location, &case.rights, &ClockEvents::received(case.received));
        for lang in casebook_render::template::SHIPPED_LANGUAGES {
            let input =
                letter_input(LetterKind::AccessResponse, lang, &org, &case, &deadlines, &details, Some(&processing));
            let text = render_letter(&input, &Templates::default()).unwrap().text;
            let heads: Vec<&str> = text.lines().filter(|l| l.starts_with("## ")).collect();
            // Purposes … transfers, the rights where the law gives them, the complaint.
            assert_eq!(heads.len(), if rights { 9 } else { 8 }, "{regime:?} {lang}: {heads:?}");
            if *lang == *"en" {
                let text = folded(&text);
                assert_eq!(text.contains("requires us to give you with it follows"), required, "{regime:?}: {text}");
                assert_eq!(!text.contains("How we process it follows"), required, "{regime:?}: {text}");
                assert_eq!(text.contains("## Your rights You may ask us to correct"), rights, "{regime:?}: {text}");
            }
        }
    }
}

/// A restriction confirmation states what the restriction means (the data
/// only stored but for the law's exceptions, the person told before it is
/// lifted) only where the case's law sets those terms in those words (GDPR
/// and UK GDPR Art. 18(2)-(3)); under a US state law, which gives no right to
/// restriction, and POPIA, whose s.14(7) words them otherwise, it says what
/// was restricted and nothing more.
#[test]
fn a_restriction_confirmation_states_the_terms_only_where_the_law_sets_them() {
    #[rustfmt::skip]
    let table = [
        (Regime::UkGdpr, "GB-ENG", true),
        (Regime::EuGdpr, "DE-BY", true),
        (Regime::Popia, "ZA-GP", false),
        (Regime::UsState, "US-VA", false),
        (Regime::Ccpa, "US-CA", false),
        (Regime::Lgpd, "BR-SP", false),
        (Regime::Pipeda, "CA-ON", false),
    ];
    for (regime, location, terms) in table {
        let case = case_of(vec![Right::Restriction], regime, location);
        for lang in casebook_render::template::SHIPPED_LANGUAGES {
            let restricted = vec![act("Mailing list", "restricted", None, None)];
            let text = letter_text(LetterKind::RestrictionConfirmation, lang, &case, restricted, 30);
            assert!(text.contains("- Mailing list"), "{regime:?} {lang}: {text}");
            // "We will tell you before the restriction is lifted", in each language.
            let before_lifted = [
                "before the restriction is lifted",
                "Bevor die Einschränkung",
                "antes de que se levante",
                "avant la levée",
                "prima che la limitazione",
                "voordat de beperking",
                "przed uchyleniem",
                "previamente o levantamento",
            ];
            assert_eq!(before_lifted.iter().any(|w| text.contains(w)), terms, "{regime:?} {lang}: {text}");
        }
    }
}

/// A letter for what the case's law does not allow is refused, naming the
/// law: a fee under the LGPD (Art. 18 §5: requests are free of charge), an
/// extension under a law that sets none (LGPD Art. 19, APP 12).
#[test]
fn a_letter_the_law_does_not_allow_is_refused_naming_the_law() {
    use casebook_render::{Error, MissingFact};
    let calendars = Calendars::shipped();
    let org = org();
    let details = LetterDetails { fee: Some("R$ 10,00".into()), ..LetterDetails::default() };
    let refused = |kind, regime, location| {
        let case = case_of(vec![Right::Access], regime, location);
        let mut clock = ClockEvents::received(case.received);
        clock.extended = true;
        let deadlines = common::deadlines(&calendars, regime, &case.location, &case.rights, &clock);
        let input = letter_input(kind, "en", &org, &case, &deadlines, &details, None);
        render_letter(&input, &Templates::default()).err()
    };
    let fee = refused(LetterKind::FeeRequest, Regime::Lgpd, "BR-SP");
    assert!(
        matches!(&fee, Some(Error::Missing(MissingFact::NoFeeInLaw { regime: Regime::Lgpd, provision })) if provision.contains("Art. 18 §5")),
        "{fee:?}"
    );
    assert_eq!(
        fee.unwrap().to_string(),
        "no fee may be asked under Brazil LGPD: LGPD Art. 18 §5: requests are free of charge; there is no fee request to make"
    );
    for (regime, location) in [(Regime::Lgpd, "BR-SP"), (Regime::AuApp, "AU-NSW"), (Regime::Fadp, "CH-ZH")] {
        let e = refused(LetterKind::Extension, regime, location);
        assert!(matches!(e, Some(Error::Missing(MissingFact::NoExtensionInLaw { regime: r })) if r == regime), "{e:?}");
    }
    // Where the law allows them, the same letters are made.
    assert!(refused(LetterKind::FeeRequest, Regime::UkGdpr, "GB-ENG").is_none());
    assert!(refused(LetterKind::Extension, Regime::Pipeda, "CA-ON").is_none());
}

/// An acknowledgement of rights due on different dates says which is due
/// when, and which period the law lets be extended; one date stays one
/// sentence.
#[test]
fn an_acknowledgement_says_when_each_right_is_due_and_which_period_may_be_extended() {
    // Connecticut: consent revoked, stopped within 15 days (Conn. Gen. Stat. §42-520(a)(6)), not extended;
    // access within 45, extendable (§42-518(c)(1)). Received 2 November 2026.
    let ct = case_of(vec![Right::Access, Right::WithdrawConsent], Regime::UsState, "US-CT");
    let text = folded(&letter_text(LetterKind::Acknowledgement, "en", &ct, vec![], 30));
    assert!(
        text.contains("We will respond by 17 November 2026 (withdrawal of consent) and by 17 December 2026 (access) at the latest. The law allows us to extend the period for access in some circumstances; if we need to, we will tell you so, with our reasons, by 17 December 2026."),
        "{text}"
    );
    let text = folded(&letter_text(LetterKind::Acknowledgement, "de", &ct, vec![], 30));
    assert!(
        text.contains(
            "bis zum 17. November 2026 (Widerruf der Einwilligung) und bis zum 17. Dezember 2026 (Auskunft)."
        ),
        "{text}"
    );
    let uk = case_of(vec![Right::Access, Right::Erasure], Regime::UkGdpr, "GB-ENG");
    let text = folded(&letter_text(LetterKind::Acknowledgement, "en", &uk, vec![], 30));
    assert!(
        text.contains("We will respond by 2 December 2026 at the latest. The law allows us to extend this period in some circumstances;"),
        "{text}"
    );
    assert!(!text.contains("complex"), "the GDPR's ground is not every law's: {text}");
}

/// A clarification says the period is paused only where the law pauses it,
/// for the rights it pauses (UK GDPR Art. 12A(5): access only), and that it
/// runs again the day after the answer arrives (both days are left out).
#[test]
fn a_clarification_says_which_period_is_paused_and_when_it_runs_again() {
    let text = |rights: Vec<Right>, regime, location| {
        folded(&letter_text(LetterKind::Clarification, "en", &case_of(rights, regime, location), vec![], 30))
    };
    let paused = "the period we have to respond";
    let uk = text(vec![Right::Access, Right::Erasure], Regime::UkGdpr, "GB-ENG");
    assert!(uk.contains(&format!("{paused} (access) is paused")), "{uk}");
    assert!(uk.contains("it resumes the day after your answer arrives."), "{uk}");
    let uk = text(vec![Right::Erasure], Regime::UkGdpr, "GB-ENG");
    assert!(!uk.contains("paused"), "no pause for erasure under the UK GDPR: {uk}");
    let eu = text(vec![Right::Access, Right::Erasure], Regime::EuGdpr, "DE-BY");
    assert!(eu.contains(&format!("{paused} is paused")), "{eu}");
    let va = text(vec![Right::Access], Regime::UsState, "US-VA");
    assert!(!va.contains("paused"), "nothing stops a state's clock: {va}");
}

/// The GDPR's "supervisory authority" is the GDPR's (and the FADP's) term: a
/// letter under another law names its authority as the competent one (the
/// Privacy Commissioner of Canada, Brazil's ANPD), in every language.
#[test]
fn the_gdpr_term_for_the_authority_is_used_only_under_the_gdpr() {
    #[rustfmt::skip]
    let table = [
        (Regime::EuGdpr, "FR", "fr", "auprès de l'autorité de contrôle : "),
        (Regime::Pipeda, "CA-QC", "fr", "auprès de l'autorité compétente : le Commissariat à la protection de la vie privée du Canada"),
        (Regime::Lgpd, "BR-SP", "pt", "à autoridade competente: Autoridade Nacional de Proteção de Dados"),
        (Regime::EuGdpr, "PT", "pt", "à autoridade de controlo: "),
        (Regime::Fadp, "CH-ZH", "de", "bei der Aufsichtsbehörde zu beschweren: "),
        (Regime::Pipeda, "CA-ON", "de", "bei der zuständigen Behörde zu beschweren: "),
        (Regime::Lgpd, "BR-SP", "es", "ante la autoridad competente: "),
        (Regime::Popia, "ZA-GP", "it", "all'autorità competente: "),
        (Regime::Popia, "ZA-GP", "nl", "bij de bevoegde autoriteit: "),
        (Regime::Pipeda, "CA-ON", "pl", "do właściwego organu: "),
    ];
    for (regime, location, lang, words) in table {
        let case = case_of(vec![Right::Access], regime, location);
        let text = folded(&render(LetterKind::Refusal, lang, &case, None, None).text);
        assert!(text.contains(words), "{regime:?} {lang}: {text}");
    }
}

/// A fee request asks the person to confirm the request at that cost where
/// the law lets a fee be charged only then: PIPEDA s.8(6) (the approximate
/// cost told, the request not withdrawn); the Swiss ordinance Art. 19(3)
/// (not confirmed within ten days, withdrawn at no cost). Elsewhere it does not.
#[test]
fn a_fee_request_asks_for_the_confirmation_the_law_requires() {
    let calendars = Calendars::shipped();
    let org = org();
    let details = LetterDetails { fee: Some("CHF 50".into()), ..LetterDetails::default() };
    let text = |regime, location, lang: &str| {
        let case = case_of(vec![Right::Access], regime, location);
        let deadlines =
            common::deadlines(&calendars, regime, &case.location, &case.rights, &ClockEvents::received(case.received));
        let input = letter_input(LetterKind::FeeRequest, lang, &org, &case, &deadlines, &details, None);
        folded(&render_letter(&input, &Templates::default()).unwrap().text)
    };
    let ca = text(Regime::Pipeda, "CA-ON", "en");
    assert!(ca.contains("This is the approximate cost of giving you access. Please tell us whether you wish to go ahead with your request at this cost, or withdraw it."), "{ca}");
    let ch = text(Regime::Fadp, "CH-ZH", "de");
    assert!(
        ch.contains("Bestätigen Sie sie nicht innerhalb von 10 Tagen, gilt sie als ohne Kostenfolge zurückgezogen."),
        "{ch}"
    );
    let ch = text(Regime::Fadp, "CH-GE", "fr");
    assert!(ch.contains("dans un délai de 10 jours, elle est réputée retirée, sans frais pour vous."), "{ch}");
    // The ten days of the Swiss ordinance, in each shipped language: asked
    // under the FADP, not under the UK GDPR (which has no such rule).
    let ten_days = [
        ("en", "within 10 days, it is treated as withdrawn"),
        ("de", "innerhalb von 10 Tagen, gilt sie als"),
        ("fr", "dans un délai de 10 jours, elle est réputée retirée"),
        ("es", "en un plazo de 10 días, se considerará retirada"),
        ("it", "entro 10 giorni, essa si intende ritirata"),
        ("nl", "binnen 10 dagen, dan geldt het als kosteloos ingetrokken"),
        ("pl", "w ciągu 10 dni, uważa się go za wycofany"),
        ("pt", "no prazo de 10 dias, considera-se retirado"),
    ];
    assert_eq!(ten_days.len(), casebook_render::template::SHIPPED_LANGUAGES.len());
    for (lang, sentence) in ten_days {
        assert!(casebook_render::template::SHIPPED_LANGUAGES.contains(&lang), "{lang}");
        let ch = text(Regime::Fadp, "CH-ZH", lang);
        assert!(ch.contains(sentence), "{lang}: {ch}");
        let uk = text(Regime::UkGdpr, "GB-ENG", lang);
        assert!(!uk.contains(sentence), "{lang}: no confirmation under the UK GDPR: {uk}");
    }
}

/// An extension notice on a request whose rights the extension does not all
/// cover says which is due when: a withdrawal of consent in Connecticut keeps
/// its 15 days (Conn. Gen. Stat. §42-520(a)(6)) while access is extended.
#[test]
fn an_extension_notice_keeps_the_date_of_a_right_it_does_not_extend() {
    let ct = case_of(vec![Right::Access, Right::WithdrawConsent], Regime::UsState, "US-CT");
    let text = folded(&letter_text(LetterKind::Extension, "en", &ct, vec![], 30));
    assert!(
        text.contains("We will now respond by 17 November 2026 (withdrawal of consent) and by 31 January 2027 (access) at the latest."),
        "{text}"
    );
    let text = folded(&letter_text(LetterKind::Extension, "fr", &ct, vec![], 30));
    assert!(text.contains("le 17 novembre 2026 (retrait du consentement) et le 31 janvier 2027 (accès)."), "{text}");
    let uk = case_of(vec![Right::Access], Regime::UkGdpr, "GB-ENG");
    let text = folded(&letter_text(LetterKind::Extension, "en", &uk, vec![], 30));
    assert!(text.contains("We will now respond by 2 February 2027 at the latest."), "{text}");
}

/// An objection answered in part by keeping the data (compelling grounds,
/// Art. 21(1)) tells the person how to challenge that decision (Art.
/// 12(4)), as the erasure and rectification letters do.
#[test]
fn an_objection_that_keeps_data_says_how_to_challenge_it() {
    let uk = case_of(vec![Right::Objection], Regime::UkGdpr, "GB-ENG");
    let kept = act("CRM", "kept", Some("our legitimate interests in fraud prevention override"), None);
    let suppressed = act("Newsletter", "suppressed", None, None);
    let text =
        folded(&letter_text(LetterKind::ObjectionConfirmation, "en", &uk, vec![suppressed.clone(), kept.clone()], 30));
    assert!(
        text.contains("If you disagree with our keeping this data, you have the right to complain to the Information Commissioner's Office"),
        "{text}"
    );
    let text = folded(&letter_text(LetterKind::ObjectionConfirmation, "en", &uk, vec![suppressed.clone()], 30));
    assert!(!text.contains("complain"), "{text}");
    let de = case_of(vec![Right::Objection], Regime::EuGdpr, "DE-BY");
    let text = folded(&letter_text(LetterKind::ObjectionConfirmation, "de", &de, vec![suppressed, kept], 30));
    assert!(text.contains("bei der Aufsichtsbehörde zu beschweren: Bayerisches Landesamt"), "{text}");
}

/// An erasure confirmation is titled "erasure carried out" only where data
/// was erased or anonymised: a deactivated account is not an erasure.
#[test]
fn a_deactivation_alone_is_not_titled_an_erasure() {
    let uk = case_of(vec![Right::Erasure], Regime::UkGdpr, "GB-ENG");
    let text = letter_text(
        LetterKind::ErasureConfirmation,
        "en",
        &uk,
        vec![act("Shop", "account-deactivated", None, None)],
        30,
    );
    assert!(text.starts_with("Your data protection request: our answer on erasure"), "{text}");
    let text = letter_text(LetterKind::ErasureConfirmation, "en", &uk, vec![act("Shop", "erased", None, None)], 30);
    assert!(text.starts_with("Your data protection request: erasure carried out"), "{text}");
}

/// An identity request on a request that mixes rights that wait for the
/// check with rights that go ahead says which period waits: an unsubscribe's
/// clock is not moved by the check (UK GDPR Art. 12A(3) restarts, the EDPB's
/// pause, only for the rights that wait).
#[test]
fn an_identity_request_says_whose_period_waits_for_the_evidence() {
    for (regime, location, words) in [
        (
            Regime::UkGdpr,
            "GB-ENG",
            "The period we have to respond (access) begins on the day we receive what we asked for.",
        ),
        (Regime::EuGdpr, "DE-BY", "The period we have to respond (access) is paused from 3 November 2026"),
    ] {
        let mixed = case_of(vec![Right::Access, Right::Unsubscribe], regime, location);
        let text = folded(&letter_text(LetterKind::IdRequest, "en", &mixed, vec![], 30));
        assert!(text.contains(words), "{regime:?}: {text}");
        assert!(text.contains("Meanwhile we are acting on your request for unsubscribing from marketing"), "{text}");
        let alone = case_of(vec![Right::Access], regime, location);
        let text = folded(&letter_text(LetterKind::IdRequest, "en", &alone, vec![], 30));
        assert!(
            text.contains("The period we have to respond begins")
                || text.contains("The period we have to respond is paused"),
            "{text}"
        );
    }
}

/// 11 CCR §7021(a): the CCPA acknowledgement of a request to know, delete or
/// correct describes in general how the business verifies the consumer. It
/// states the organisation's own description in the letter's language, in
/// each shipped language's words around it, and is refused, naming the
/// provision, the language and the command, while the profile records none
/// in that language (never quoting another language's words); an opt-out
/// alone, or another law, needs none.
#[test]
fn a_ccpa_acknowledgement_describes_the_organisation_s_verification_process() {
    let calendars = Calendars::shipped();
    let in_every = |words: &str| {
        let mut w = Wordings::default();
        for lang in casebook_render::template::SHIPPED_LANGUAGES {
            w.set(Language::parse(lang).unwrap(), &format!("{words} ({lang})"));
        }
        w
    };
    let described =
        Organisation { verification_process: in_every("We match two details you give us with our records"), ..org() };
    let mut english = Wordings::default();
    english.set(Language::parse("en").unwrap(), "We match two details you give us with our records");
    let english_only = Organisation { verification_process: english, ..org() };
    let ack = |org: &Organisation, rights: Vec<Right>, regime, location, lang: &str| {
        let case = case_of(rights, regime, location);
        let deadlines =
            common::deadlines(&calendars, regime, &case.location, &case.rights, &ClockEvents::received(case.received));
        let details = LetterDetails::default();
        let input = letter_input(LetterKind::Acknowledgement, lang, org, &case, &deadlines, &details, None);
        render_letter(&input, &Templates::default()).map(|l| folded(&l.text))
    };
    let lead = [
        ("en", "How we verify a request:"),
        ("de", "So überprüfen wir eine Anfrage:"),
        ("fr", "Comment nous vérifions une demande :"),
        ("es", "Cómo verificamos una solicitud:"),
        ("it", "Come verifichiamo una richiesta:"),
        ("nl", "Hoe wij een verzoek verifiëren:"),
        ("pl", "Jak weryfikujemy wniosek:"),
        ("pt", "Como verificamos um pedido:"),
    ];
    assert_eq!(lead.len(), casebook_render::template::SHIPPED_LANGUAGES.len());
    for (lang, words) in lead {
        let text = ack(&described, vec![Right::Access], Regime::Ccpa, "US-CA", lang).unwrap();
        let stated = format!("{words} We match two details you give us with our records ({lang}).");
        assert!(text.contains(&stated), "{lang}: {text}");
        let refused = ack(&org(), vec![Right::Erasure], Regime::Ccpa, "US-CA", lang).unwrap_err().to_string();
        assert!(
            refused.contains("(11 CCR §7021(a))")
                && refused.contains(&format!("in this letter's language ({lang})"))
                && refused.contains(&format!("casebook init --verification-process {lang}=")),
            "{lang}: {refused}"
        );
        assert!(!refused.contains("--lang"), "no language to offer: {refused}");
        // Words recorded in English only: an English letter states them, a
        // letter in another language is refused and offers English.
        match ack(&english_only, vec![Right::Access], Regime::Ccpa, "US-CA", lang) {
            Ok(text) => assert!(lang == "en" && text.contains("with our records."), "{lang}: {text}"),
            Err(e) => {
                let e = e.to_string();
                assert!(
                    lang != "en" && e.contains(&format!("({lang})")) && e.ends_with("(en: --lang en)"),
                    "{lang}: {e}"
                );
            }
        }
        // Not asked of an opt-out alone, nor of another law's acknowledgement.
        let opt_out = ack(&org(), vec![Right::OptOutOfSale], Regime::Ccpa, "US-CA", lang).unwrap();
        assert!(!opt_out.contains(words), "{lang}: {opt_out}");
        let uk = ack(&described, vec![Right::Access], Regime::UkGdpr, "GB-ENG", lang).unwrap();
        assert!(!uk.contains(words), "{lang}: {uk}");
    }
}

/// PAIA s.56(3)(c) and s.57(3)(c): a refusal of a request for access under
/// POPIA (s.25: through PAIA), and an extension notice, state the period for
/// complaining to the Information Regulator: 180 days of the decision, in
/// the prescribed manner and form (PAIA s.77A(2)). In each shipped
/// language; not for a correction alone (POPIA s.24), nor under another law.
#[test]
fn a_popia_refusal_or_extension_of_access_states_the_period_to_complain() {
    let calendars = Calendars::shipped();
    let org = org();
    let details =
        LetterDetails { reason: Some("The records are privileged (PAIA s.67).".into()), ..LetterDetails::default() };
    let refusal = |case: &CaseFacts, lang: &str| {
        let deadlines = common::deadlines(
            &calendars,
            case.regime,
            &case.location,
            &case.rights,
            &ClockEvents::received(case.received),
        );
        let input = letter_input(LetterKind::Refusal, lang, &org, case, &deadlines, &details, None);
        folded(&render_letter(&input, &Templates::default()).unwrap().text)
    };
    let period = [
        (
            "en",
            "You may submit such a complaint within 180 days of this decision, in the prescribed manner and form (PAIA s.77A(2)).",
        ),
        (
            "de",
            "Die Beschwerde können Sie innerhalb von 180 Tagen nach dieser Entscheidung in der vorgeschriebenen Art und Form einreichen (PAIA s.77A(2)).",
        ),
        (
            "fr",
            "Vous pouvez introduire cette réclamation dans un délai de 180 jours à compter de cette décision, selon les modalités et dans la forme prescrites (PAIA s.77A(2)).",
        ),
        (
            "es",
            "Puede presentar esa reclamación en un plazo de 180 días desde esta decisión, en la forma y el modo prescritos (PAIA s.77A(2)).",
        ),
        (
            "it",
            "Può proporre tale reclamo entro 180 giorni da questa decisione, nelle modalità e nella forma prescritte (PAIA s.77A(2)).",
        ),
        (
            "nl",
            "U kunt die klacht binnen 180 dagen na dit besluit indienen, op de voorgeschreven wijze en in de voorgeschreven vorm (PAIA s.77A(2)).",
        ),
        (
            "pl",
            "Skargę taką mogą Państwo wnieść w terminie 180 dni od tej decyzji, w przewidzianym trybie i formie (PAIA s.77A(2)).",
        ),
        (
            "pt",
            "Pode apresentar essa reclamação no prazo de 180 dias a contar desta decisão, na forma e nos termos prescritos (PAIA s.77A(2)).",
        ),
    ];
    assert_eq!(period.len(), casebook_render::template::SHIPPED_LANGUAGES.len());
    let access = case_of(vec![Right::Access], Regime::Popia, "ZA");
    let correction = case_of(vec![Right::Rectification], Regime::Popia, "ZA");
    let uk = case_of(vec![Right::Access], Regime::UkGdpr, "GB-ENG");
    for (lang, sentence) in period {
        let refused = refusal(&access, lang);
        assert!(refused.contains(sentence), "{lang}: {refused}");
        let extended = folded(&letter_text(LetterKind::Extension, lang, &access, vec![], 30));
        assert!(extended.contains(sentence), "{lang}: {extended}");
        for other in [
            refusal(&correction, lang),
            refusal(&uk, lang),
            folded(&letter_text(LetterKind::Extension, lang, &uk, vec![], 30)),
        ] {
            assert!(!other.contains("180"), "{lang}: {other}");
        }
    }
}

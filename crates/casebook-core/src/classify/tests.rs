//! Behaviour of the matcher itself; the letters are tested in `tests/classify.rs`.

use super::*;

fn rights(subject: &str, body: &str) -> Vec<Right> {
    classify_request(subject, body, None).rights.iter().map(|r| r.right).collect()
}

#[test]
fn phrases_are_the_requesters_own_words() {
    let c = classify_request("", "Bitte um LÖSCHUNG meiner Daten nach Art. 17 DSGVO.", Some("de"));
    assert_eq!(c.rights[0].right, Right::Erasure);
    assert_eq!(c.rights[0].phrases, ["LÖSCHUNG", "Art. 17"]);
    assert_eq!(c.language.as_deref(), Some("de"));
}

#[test]
fn the_language_given_chooses_the_phrases() {
    // Region codes use their language's phrases; a language without phrases
    // of its own (Turkish) tries every language's.
    let pt = "Peço o apagamento dos meus dados pessoais.";
    assert_eq!(classify_request("", pt, Some("pt-PT")).rights[0].right, Right::Erasure);
    assert_eq!(classify_request("", pt, Some("pt-PT")).language.as_deref(), Some("pt-PT"));
    assert_eq!(rules_language(Some("pt-BR")), Some("pt"));
    assert_eq!(rules_language(Some("tr")), None);
    assert_eq!(rules_language(Some("cs")), Some("cs"));
    assert_eq!(rules_language(None), None);
    assert_eq!(rules_language(Some("de")), Some("de"));
}

#[test]
fn negation_and_the_organisations_voice_cancel_a_match() {
    assert_eq!(
        rights("", "Please do not delete my account, I only want to know what data you hold about me."),
        [Right::Access]
    );
    assert_eq!(rights("", "Ich möchte mein Konto nicht löschen."), []);
    assert_eq!(
        rights("", "Thanks for the update.\nWe will never sell your data. We do not sell your personal information."),
        []
    );
    assert_eq!(rights("", "To unsubscribe, click here to unsubscribe from this list."), []);
}

/// The languages of `patterns_east`: a negation or the organisation's voice
/// before a phrase cancels it, and a complaint is told from a threat of one.
#[test]
fn negation_voice_and_complaints_in_the_eastern_languages() {
    let kinds = |body: &str, lang: &str| {
        let c = classify_request("", body, Some(lang));
        (c.kind, c.rights.iter().map(|r| r.right).collect::<Vec<_>>())
    };
    #[rustfmt::skip]
    let cancelled: &[(&str, &str)] = &[
        ("pl", "Nie chcę usunąć konta."),
        ("cs", "Můj účet prosím nemažte, nechci ho smazat."),
        ("hr", "Ne želim obrisati račun."),
        ("ro", "Nu vreau să fie șters contul."),
        ("hu", "Nem szeretném törölni a fiókomat."),
        ("bg", "Не искам да изтривате профила ми."),
        ("el", "Δεν θέλω να διαγράψετε τον λογαριασμό μου."),
        ("pl", "My nigdy nie sprzedajemy danych. W każdej chwili możesz wypisać się z listy."),
        ("bg", "Ако не желаете да получавате бюлетина ни, можете да се отпишете по всяко време."),
        ("hu", "Kattintson ide a leiratkozáshoz."),
    ];
    for (lang, body) in cancelled {
        assert_eq!(kinds(body, lang), (MessageKind::NotARequest, vec![]), "{lang}: {body}");
    }
    #[rustfmt::skip]
    let complaints: &[(&str, &str)] = &[
        ("pl", "Składam skargę do Prezesa UODO na sklep, który nie usunął moich danych."),
        ("cs", "Podávám stížnost na správce, který nevymazal mé osobní údaje."),
        ("ro", "Depun plângere la ANSPDCP împotriva magazinului care nu mi-a șters datele."),
        ("el", "Υποβάλλω καταγγελία στην Αρχή Προστασίας Δεδομένων κατά εταιρείας που δεν διέγραψε τα στοιχεία μου."),
    ];
    for (lang, body) in complaints {
        assert_eq!(kinds(body, lang).0, MessageKind::Complaint, "{lang}: {body}");
    }
    // A threat of a complaint in a request is still the request.
    let threat = "Proszę o usunięcie moich danych, w przeciwnym razie złożę skargę do UODO.";
    assert_eq!(kinds(threat, "pl"), (MessageKind::Request, vec![Right::Erasure]));
}

#[test]
fn quoted_lines_reply_headers_and_signatures_are_ignored() {
    let body = "Thanks, that answers my question.\n\nOn Mon, 2 Mar 2026 at 10:00, Support <help@example.com> wrote:\n> Would you like us to delete your account and erase your data?\n";
    assert!(!classify_request("Re: question", body, Some("en")).is_request);
    let body = "Where is my parcel?\n-- \nJane\nPlease delete my account (footer joke)";
    assert_eq!(rights("", body), []);
    let outlook = "Fine, thanks.\n\nFrom: Privacy Team\nSent: Monday, 2 March 2026 10:00\nWe can delete your account and all your data.";
    assert_eq!(rights("", outlook), []);
}

#[test]
fn the_subject_line_decides_the_primary_right() {
    let c = classify_request(
        "Data deletion request",
        "Please delete my account. Before you do, send me a copy of my personal data.",
        Some("en"),
    );
    assert_eq!(c.rights[0].right, Right::Erasure);
    assert!(c.rights.iter().any(|r| r.right == Right::Access));
}

#[test]
fn serialises_with_codes() {
    let c = classify_request("Unsubscribe", "Please unsubscribe me from your newsletter.", Some("en"));
    let json = serde_json::to_value(&c).unwrap();
    assert_eq!(json["rights"][0]["right"], "unsubscribe");
    assert_eq!(json["kind"], "request");
    assert_eq!(json["is_request"], true);
}

#[test]
fn never_panics_on_odd_text() {
    for text in ["", " ", "\n\n\n", ">", "-- ", "ß", "Art.", "art 15(", "\u{0}\u{feff}", "…", "🙂 delete my account 🙂"]
    {
        let _ = classify_request(text, text, None);
        let _ = extract_details(text);
    }
}

proptest::proptest! {
    #[test]
    fn never_panics_on_any_text(subject in "\\PC{0,40}", body in "(\\PC|\n|> |-- \n){0,400}") {
        let c = classify_request(&subject, &body, None);
        proptest::prop_assert!((0.0..=1.0).contains(&c.confidence));
        proptest::prop_assert!(!c.is_request || !c.rights.is_empty());
        let _ = extract_details(&body);
    }
}

/// The work of matching: patterns tried plus kept matches looked at to rule
/// out overlaps, for a body repeating "delete my data " `n` times.
fn work_for_repeats(n: usize) -> (usize, Work, usize) {
    let text = "delete my data ".repeat(n);
    let tokens = normalise::tokenise(&text);
    let mut work = Work::default();
    let hits = find_hits_counted(&tokens, Some("en"), &mut work);
    (tokens.len(), work, hits.len())
}

#[test]
fn matching_work_grows_linearly_with_the_text() {
    // Before, each match was compared with every match kept so far: 10,000
    // repeats made 10,000 kept matches and some 50 million comparisons.
    let (small_tokens, small, small_hits) = work_for_repeats(1_000);
    let (big_tokens, big, big_hits) = work_for_repeats(10_000);
    assert_eq!((small_tokens, big_tokens), (3_000, 30_000));
    assert!(small_hits >= 1_000 && big_hits >= 10_000, "{small_hits} {big_hits}: every repeat matches");
    for (tokens, work) in [(small_tokens, small), (big_tokens, big)] {
        assert!(work.overlap_probes <= 2 * tokens, "{work:?} for {tokens} tokens");
        assert!(work.tries <= 10 * tokens, "{work:?} for {tokens} tokens");
    }
    // Ten times the text, ten times the work (exactly: the text repeats).
    assert_eq!(big.overlap_probes, 10 * small.overlap_probes);
    assert_eq!(big.tries, 10 * small.tries);
}

#[test]
fn a_long_repetitive_body_is_still_classified_in_full() {
    let body = format!("{}\nAlso, please tell me what data you hold about me.", "delete my data ".repeat(50_000));
    let c = classify_request("", &body, None);
    assert_eq!(c.rights[0].right, Right::Erasure);
    assert!(c.rights.iter().any(|r| r.right == Right::Access), "the end of the body is read: {:?}", c.rights);
    assert_eq!(c.rights[0].phrases, ["delete my data"]);
}

/// The seed's own rights in every language with a phrase table; a request to
/// stop marketing stays an unsubscribe.
#[test]
fn account_deactivation_and_communication_preferences() {
    use Right::{CommunicationPreferences as Prefs, DeactivateAccount as Deactivate};
    #[rustfmt::skip]
    let table: &[(&str, &str, Right)] = &[
        ("en", "Please deactivate my account, I no longer use it.", Deactivate),
        ("en", "I would like you to close my customer account.", Deactivate),
        ("en", "Could you disable my account for now?", Deactivate),
        ("en", "Please change my communication preferences: post only, no phone calls.", Prefs),
        ("en", "I want to update my marketing preferences.", Prefs),
        ("de", "Bitte deaktivieren Sie mein Konto.", Deactivate),
        ("de", "Ich möchte mein Kundenkonto schließen.", Deactivate),
        ("de", "Bitte ändern Sie meine Kommunikationseinstellungen.", Prefs),
        ("fr", "Merci de désactiver mon compte.", Deactivate),
        ("fr", "Je souhaite la fermeture de mon compte client.", Deactivate),
        ("fr", "Veuillez modifier mes préférences de communication.", Prefs),
        ("es", "Por favor, desactiven mi cuenta.", Deactivate),
        ("es", "Quiero cambiar mis preferencias de comunicación.", Prefs),
        ("it", "Vi chiedo di disattivare il mio account.", Deactivate),
        ("it", "Vorrei modificare le mie preferenze di comunicazione.", Prefs),
        ("nl", "Wilt u mijn account deactiveren?", Deactivate),
        ("nl", "Ik wil mijn communicatievoorkeuren wijzigen.", Prefs),
        ("pt", "Olá, peço que desativem a minha conta, não a uso mais.", Deactivate),
        ("pt", "Quero alterar as minhas preferências de comunicação.", Prefs),
        ("sv", "Jag vill inaktivera mitt konto.", Deactivate),
        ("sv", "Ändra mina kommunikationsinställningar, tack.", Prefs),
    ];
    for (lang, body, right) in table {
        let c = classify_request("", body, Some(lang));
        assert!(c.is_request, "{lang}: {body}");
        assert_eq!(c.rights[0].right, *right, "{lang}: {body} → {:?}", c.rights);
        assert!(
            !c.rights.iter().any(|r| r.right == Right::Erasure || r.right == Right::Other),
            "{lang}: {body} → {:?}",
            c.rights
        );
    }
    // Stopping marketing stays an unsubscribe; deleting an account stays erasure.
    assert_eq!(rights("", "Please stop sending me newsletters."), [Right::Unsubscribe]);
    assert_eq!(rights("", "Ich möchte mich von Ihrem Newsletter abmelden."), [Right::Unsubscribe]);
    assert_eq!(rights("", "Please delete my account and all my data."), [Right::Erasure]);
    assert_eq!(rights("", "We will close your account if you click here."), []);
}

/// A parent writing about their child, in every language with a phrase table:
/// the relationship is suggested, with the words that suggested it.
#[test]
fn a_parent_writing_about_a_child_is_suggested_as_parent() {
    #[rustfmt::skip]
    let table: &[(&str, &str, &str)] = &[
        ("en", "I would like a copy of all personal data you hold about my son Tom.", "my son"),
        ("en", "Please send me a copy of all the personal data you hold about my daughter.", "my daughter"),
        ("en", "I am writing about my child's account: please delete all her data.", "my child"),
        ("de", "Ich bitte um Auskunft über die Daten, die Sie über meinen Sohn gespeichert haben.", "meinen Sohn"),
        ("de", "Bitte löschen Sie alle Daten meiner Tochter.", "meiner Tochter"),
        ("de", "Ich verlange Auskunft über die Daten zu meinem Kind.", "meinem Kind"),
        ("fr", "Je fais une demande d'accès aux données personnelles de mon fils.", "mon fils"),
        ("fr", "Merci de supprimer les données de ma fille.", "ma fille"),
        ("fr", "Je souhaite exercer mon droit d'accès pour mon enfant.", "mon enfant"),
        ("es", "Solicito el derecho de acceso a los datos de mi hijo.", "mi hijo"),
        ("it", "Chiedo la cancellazione dei dati di mia figlia.", "mia figlia"),
        ("nl", "Ik doe een inzageverzoek voor de gegevens van mijn zoon.", "mijn zoon"),
        ("pt", "Peço o apagamento dos dados pessoais do meu filho.", "meu filho"),
        ("sv", "Jag begär registerutdrag om min dotter.", "min dotter"),
        ("pl", "Proszę o usunięcie wszystkich danych mojej córki.", "mojej córki"),
        ("pl", "Chcę wiedzieć, jakie dane mojego syna przetwarzacie.", "mojego syna"),
        ("cs", "Žádám o výmaz údajů mého syna.", "mého syna"),
        ("sk", "Žiadam o vymazanie údajov mojej dcéry.", "mojej dcéry"),
        ("sl", "Zahtevam izbris podatkov mojega otroka.", "mojega otroka"),
        ("hr", "Tražim brisanje podataka mog djeteta.", "mog djeteta"),
        ("bg", "Искам изтриване на данните на сина ми.", "сина ми"),
        ("ro", "Solicit ștergerea datelor fiicei mele.", "fiicei mele"),
        ("hu", "Kérem a lányom adatainak törlését.", "lányom"),
        ("el", "Ζητώ τη διαγραφή των δεδομένων του γιου μου.", "γιου μου"),
    ];
    for (lang, body, words) in table {
        let c = classify_request("", body, Some(lang));
        assert!(c.is_request, "{lang}: {body}");
        let b = c.on_behalf.unwrap_or_else(|| panic!("{lang}: {body}"));
        assert_eq!(b.relationship, crate::Relationship::Parent, "{lang}: {body}");
        assert!(b.phrases.iter().any(|p| p == words), "{lang}: {body}: {:?}", b.phrases);
    }
    for body in ["Please send me a copy of my data.", "Our children's clothing range is on sale: see the invoice."] {
        assert_eq!(classify_request("", body, Some("en")).on_behalf, None, "{body}");
    }
}

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

/// Everyday one-sentence requests, not in the corpus, in the languages of
/// `patterns_east` (and two earlier languages whose "now" is Romanian "not"):
/// the primary right, `none` for business mail, `reminder` for a chaser.
#[rustfmt::skip]
const EVERYDAY_EAST: &[(&str, &str, &str)] = &[
    ("pl", "erasure", "Proszę usunąć wszystkie moje dane z waszej bazy."),
    ("pl", "deactivate-account", "Chcę zamknąć swoje konto."),
    ("pl", "access", "Proszę o kopię moich danych osobowych."),
    ("pl", "access", "Proszę o kopię moich danych oraz informację o zautomatyzowanym podejmowaniu decyzji."),
    ("pl", "unsubscribe", "Wypiszcie mnie z newslettera."),
    ("pl", "withdraw-consent", "Cofam zgodę na przetwarzanie danych."),
    ("pl", "rectification", "Mój numer telefonu jest nieaktualny, proszę go zaktualizować."),
    ("pl", "none", "Dziękujemy za zamówienie nr 12345. Przesyłka zostanie nadana jutro."),
    ("pl", "reminder", "Minął miesiąc, a nadal nie otrzymałem odpowiedzi na mój wniosek o usunięcie danych."),
    ("cs", "erasure", "Prosím o smazání všech mých údajů."),
    ("cs", "deactivate-account", "Chci zrušit svůj účet."),
    ("cs", "access", "Pošlete mi prosím kopii mých osobních údajů."),
    ("cs", "unsubscribe", "Odhlaste mě z newsletteru."),
    ("cs", "withdraw-consent", "Odvolávám souhlas se zpracováním údajů."),
    ("cs", "none", "Děkujeme za objednávku č. 12345, zásilku odešleme zítra."),
    ("sk", "erasure", "Prosím o vymazanie všetkých mojich údajov."),
    ("sk", "deactivate-account", "Chcem zrušiť svoj účet."),
    ("sk", "access", "Pošlite mi prosím kópiu mojich osobných údajov."),
    ("sk", "unsubscribe", "Odhláste ma z newslettera."),
    ("sl", "erasure", "Prosim, izbrišite vse moje podatke."),
    ("sl", "deactivate-account", "Želim zapreti svoj račun."),
    ("sl", "access", "Prosim za kopijo mojih osebnih podatkov."),
    ("sl", "unsubscribe", "Odjavite me od e-novic."),
    ("sl", "none", "Hvala za vaše naročilo št. 12345, pošiljko odpošljemo jutri."),
    ("hr", "erasure", "Molim vas da izbrišete sve moje podatke."),
    ("hr", "deactivate-account", "Želim zatvoriti svoj račun."),
    ("hr", "access", "Molim kopiju mojih osobnih podataka."),
    ("hr", "unsubscribe", "Odjavite me s newslettera."),
    ("hr", "none", "Hvala na narudžbi br. 12345, pošiljku šaljemo sutra."),
    ("bg", "erasure", "Моля, изтрийте всички мои данни."),
    ("bg", "deactivate-account", "Искам да закрия профила си."),
    ("bg", "access", "Моля, изпратете ми копие на личните ми данни."),
    ("bg", "unsubscribe", "Отпишете ме от бюлетина."),
    ("bg", "none", "Благодарим за поръчката № 12345, пратката ще бъде изпратена утре."),
    ("ro", "erasure", "Vă rog să ștergeți toate datele mele."),
    ("ro", "access", "Vă rog să îmi trimiteți o copie a datelor mele personale."),
    ("ro", "unsubscribe", "Dezabonați-mă de la newsletter."),
    ("ro", "none", "Vă mulțumim pentru comanda nr. 12345, coletul va fi expediat mâine."),
    ("hu", "erasure", "Kérem, töröljék az összes adatomat."),
    ("hu", "access", "Kérek egy másolatot a személyes adataimról."),
    ("hu", "unsubscribe", "Kérem, iratkoztassanak le a hírlevélről."),
    ("hu", "none", "Köszönjük a 12345-ös rendelését, a csomagot holnap feladjuk."),
    ("hu", "none", "Szeretném törölni a tegnapi rendelésemet, mert rossz méretet választottam."),
    ("hr", "access", "Molim da mi dostavite kopiju mojih osobnih podataka."),
    ("sl", "access", "Prosim, dostavite mi kopijo mojih osebnih podatkov."),
    ("el", "erasure", "Παρακαλώ διαγράψτε όλα τα δεδομένα μου."),
    ("el", "deactivate-account", "Θέλω να κλείσω τον λογαριασμό μου."),
    ("el", "access", "Παρακαλώ στείλτε μου αντίγραφο των προσωπικών μου δεδομένων."),
    ("el", "unsubscribe", "Παρακαλώ σταματήστε να μου στέλνετε διαφημιστικά email."),
    ("el", "none", "Ευχαριστούμε για την παραγγελία σας αρ. 12345, το δέμα θα αποσταλεί αύριο."),
    ("ro", "deactivate-account", "Vreau să închid contul meu."),
    ("hu", "deactivate-account", "Szeretném megszüntetni a fiókomat."),
    ("pl", "communication-preferences", "Proszę kontaktować się ze mną tylko listownie."),
    ("pl", "automated-decision", "Decyzję o odmowie podjął algorytm, chcę, żeby sprawę rozpatrzył człowiek."),
    ("pl", "objection", "Sprzeciwiam się przetwarzaniu moich danych w celach marketingowych."),
    ("pl", "restriction", "Proszę o ograniczenie przetwarzania moich danych."),
    ("pl", "reminder", "Przypominam o moim wniosku z 2 marca dotyczącym dostępu do danych."),
    ("cs", "communication-preferences", "Kontaktujte mě prosím jen poštou."),
    ("cs", "automated-decision", "O zamítnutí rozhodl algoritmus, chci, aby to přezkoumal člověk."),
    ("cs", "objection", "Nesouhlasím se zpracováním mých údajů pro marketing."),
    ("cs", "reminder", "Na svou žádost o výmaz údajů jsem dosud nedostal odpověď."),
    ("sk", "communication-preferences", "Kontaktujte ma prosím iba poštou."),
    ("sk", "reminder", "Na moju žiadosť o vymazanie údajov som doteraz nedostal odpoveď."),
    ("sl", "communication-preferences", "Prosim, kontaktirajte me samo po pošti."),
    ("sl", "objection", "Ugovarjam uporabi mojih podatkov za trženje."),
    ("sl", "reminder", "Na mojo zahtevo za izbris podatkov še vedno nisem prejel odgovora."),
    ("hr", "communication-preferences", "Molim da me kontaktirate samo poštom."),
    ("hr", "objection", "Protivim se obradi mojih podataka u marketinške svrhe."),
    ("hr", "reminder", "Na moj zahtjev za brisanje podataka još nisam dobio odgovor."),
    ("bg", "communication-preferences", "Моля, свързвайте се с мен само по пощата."),
    ("bg", "objection", "Възразявам срещу използването на данните ми за маркетинг."),
    ("bg", "reminder", "Все още не съм получил отговор на искането си за изтриване на данни."),
    ("ro", "communication-preferences", "Vă rog să mă contactați doar prin poștă."),
    ("ro", "objection", "Mă opun folosirii datelor mele în scopuri de marketing."),
    ("ro", "reminder", "Nu am primit niciun răspuns la cererea mea de ștergere a datelor."),
    ("hu", "communication-preferences", "Kérem, hogy csak postán keressenek."),
    ("hu", "objection", "Tiltakozom az adataim marketingcélú kezelése ellen."),
    ("hu", "reminder", "A törlési kérelmemre még nem kaptam választ."),
    ("el", "communication-preferences", "Παρακαλώ επικοινωνήστε μαζί μου μόνο ταχυδρομικά."),
    ("el", "objection", "Αντιτίθεμαι στη χρήση των δεδομένων μου για μάρκετινγκ."),
    ("el", "reminder", "Δεν έχω λάβει ακόμη απάντηση στο αίτημά μου για διαγραφή."),
    ("el", "automated-decision", "Η απόφαση πάρθηκε αυτόματα από αλγόριθμο, ζητώ ανθρώπινη παρέμβαση."),
    ("nl", "erasure", "Wilt u nu al mijn gegevens verwijderen?"),
    ("sv", "erasure", "Jag vill att ni nu raderar mina uppgifter."),
    ("ro", "none", "Nu vreau să fie șters contul meu."),
];

#[test]
fn everyday_sentences_in_the_eastern_languages() {
    let mut wrong = Vec::new();
    for (lang, want, body) in EVERYDAY_EAST {
        let c = classify_request("", body, Some(lang));
        let got = match c.kind {
            MessageKind::Reminder => "reminder",
            MessageKind::NotARequest => "none",
            _ => c.rights.first().map_or("other", |r| r.right.code()),
        };
        if got != *want {
            wrong.push(format!("{lang}: want {want}, got {got}: {body}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
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

#[test]
fn an_lgpd_letter_s_article_numbers_are_not_read_as_the_gdpr_s() {
    // LGPD Art. 18 lists every right; the GDPR's Art. 18 is restriction and
    // its Art. 20 portability. Cited with the LGPD, the words decide.
    let table: &[(&str, &[Right])] = &[
        ("Com base no art. 18 da LGPD, solicito a eliminação dos meus dados pessoais.", &[Right::Erasure]),
        ("Nos termos do artigo 18 da Lei 13.709/2018, peço acesso aos meus dados pessoais.", &[Right::Access]),
        ("Conforme o art. 20 da LGPD, peço a revisão da decisão tomada automaticamente.", &[Right::AutomatedDecision]),
    ];
    for (body, want) in table {
        let c = classify_request("Solicitação LGPD", body, Some("pt-BR"));
        let got: Vec<Right> = c.rights.iter().map(|r| r.right).collect();
        assert_eq!(&got, want, "{body}: {c:?}");
    }
    // Cited with the GDPR, Art. 18 is restriction still.
    let c = classify_request("RGPD", "Ao abrigo do art. 18 do RGPD, peço a limitação do tratamento.", Some("pt-PT"));
    assert_eq!(c.rights[0].right, Right::Restriction, "{c:?}");
}

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
    // of its own (Czech, for now) tries every language's.
    let pt = "Peço o apagamento dos meus dados pessoais.";
    assert_eq!(classify_request("", pt, Some("pt-PT")).rights[0].right, Right::Erasure);
    assert_eq!(classify_request("", pt, Some("pt-PT")).language.as_deref(), Some("pt-PT"));
    assert_eq!(rules_language(Some("pt-BR")), Some("pt"));
    assert_eq!(rules_language(Some("cs")), None);
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

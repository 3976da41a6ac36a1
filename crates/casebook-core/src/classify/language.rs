//! Which language a request is written in, from its most common small words.
//!
//! A letter of a few sentences is enough: function words ("the", "und", "les")
//! are frequent and differ between languages, while the privacy vocabulary
//! ("GDPR", "data") is shared and would mislead a dictionary of content words.

use super::normalise::Token;

/// Frequent words per language, folded. Words common to several languages
/// ("de", "que", "en") are left out on purpose.
const STOP_WORDS: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "the", "and", "you", "my", "i", "is", "to", "of", "please", "have", "with", "that", "this", "for", "are",
            "your", "me", "would", "thank", "it",
        ],
    ),
    (
        "de",
        &[
            "ich", "und", "die", "der", "das", "sie", "nicht", "mit", "meine", "meiner", "meinen", "bitte", "ist",
            "zu", "den", "von", "fur", "ein", "eine", "auf", "dass", "mich", "ihre", "hiermit", "uber",
        ],
    ),
    (
        "fr",
        &[
            "je", "et", "les", "des", "vous", "mes", "le", "une", "est", "pour", "pas", "avec", "mon", "merci", "sur",
            "ce", "dans", "au", "votre", "ma",
        ],
    ),
    (
        "es",
        &[
            "el", "los", "las", "y", "mis", "por", "para", "mi", "es", "gracias", "su", "lo", "al", "como", "usted",
            "ustedes", "solicito", "cuenta", "tengo", "estos", "pido", "quiero", "hola", "favor", "otro",
        ],
    ),
    (
        "it",
        &[
            "il",
            "che",
            "di",
            "per",
            "non",
            "mi",
            "miei",
            "sono",
            "gli",
            "della",
            "grazie",
            "vostro",
            "questo",
            "dei",
            "chiedo",
            "vostri",
            "mio",
            "ho",
            "vorrei",
            "ai",
            "buongiorno",
            "ciao",
            "suo",
            "entro",
            "allegato",
        ],
    ),
    (
        "nl",
        &[
            "ik", "het", "een", "van", "mijn", "niet", "dat", "met", "u", "voor", "op", "zijn", "wil", "graag", "uw",
            "dit", "ook", "aan", "heb", "hierbij",
        ],
    ),
    (
        "pt",
        &[
            "eu", "os", "meus", "do", "da", "com", "uma", "nao", "dos", "obrigado", "obrigada", "minha", "meu", "em",
            "na", "voces", "seus", "sobre", "gostaria", "solicito",
        ],
    ),
    (
        "sv",
        &[
            "jag", "och", "att", "det", "som", "av", "mina", "till", "med", "inte", "pa", "ar", "har", "vill", "tack",
            "ni", "er", "mitt", "min", "hej", "mig", "fran", "ert", "snalla",
        ],
    ),
];

/// The ISO 639-1 code of the language with the most stop words, when it
/// strictly leads the runner-up (one word is enough for a one-line reply).
pub(super) fn detect_language(tokens: &[Token]) -> Option<&'static str> {
    let mut counts: Vec<(&'static str, usize)> = STOP_WORDS
        .iter()
        .map(|(lang, words)| (*lang, tokens.iter().filter(|t| words.contains(&t.text.as_str())).count()))
        .collect();
    // A stable sort keeps the table's order for ties, so the result is deterministic.
    counts.sort_by_key(|c| std::cmp::Reverse(c.1));
    let (best, n) = counts[0];
    let runner_up = counts[1].1;
    (n >= 1 && n > runner_up).then_some(best)
}

#[cfg(test)]
mod tests {
    use super::super::normalise::tokenise;
    use super::*;

    #[test]
    fn detects_the_eight_languages() {
        let table = [
            ("Please delete my account and all the data you have on me.", Some("en")),
            ("Ich bitte um Auskunft über die Daten, die Sie zu meiner Person speichern.", Some("de")),
            ("Je vous demande de supprimer mon compte et mes données, merci.", Some("fr")),
            ("Solicito el acceso a mis datos personales, gracias.", Some("es")),
            ("Vorrei sapere quali dati personali avete su di me, grazie.", Some("it")),
            ("Ik wil graag een inzageverzoek doen voor mijn gegevens.", Some("nl")),
            ("Gostaria de saber quais dados pessoais vocês têm sobre mim, obrigado.", Some("pt")),
            ("Hej, jag vill ha ett registerutdrag med mina personuppgifter, tack.", Some("sv")),
            ("GDPR", None),
            ("", None),
        ];
        for (text, expected) in table {
            assert_eq!(detect_language(&tokenise(text)), expected, "{text}");
        }
    }
}

//! Which language a request is written in, told by a maintained library
//! (`lingua`, see ARCHITECTURE.md, Decisions), and the request classified in
//! it: `casebook-core`'s classifier takes the language as an input, so that
//! core keeps to its pure dependencies.
//!
//! Told apart: the 24 official EU languages, Norwegian and Icelandic.
//! Two gaps of the library are filled here, and only these:
//! - Maltese, which `lingua` does not know: a text with at least two of the
//!   letters ċ, ġ, ħ (used by no other language above) is Maltese.
//! - Brazilian vs European Portuguese, which no library separates: the small
//!   table of markers in [`portuguese_variant`].

use std::sync::LazyLock;

use casebook_core::classify::{Classification, classify_request as classify_in, request_text};
use lingua::Language::{self, *};
use lingua::{LanguageDetector, LanguageDetectorBuilder};

/// At most this much of a text is read: the opening of a request tells its
/// language, and the time of detection stays bounded whatever the length.
pub const MAX_DETECT_BYTES: usize = 4096;

/// Fewer words than this (e.g. "GDPR") tell no language.
const MIN_WORDS: usize = 2;

/// The languages compiled in; Bokmål and Nynorsk are both reported as `no`.
const LANGUAGES: [Language; 26] = [
    Bulgarian, Croatian, Czech, Danish, Dutch, English, Estonian, Finnish, French, German, Greek, Hungarian, Irish,
    Italian, Latvian, Lithuanian, Polish, Portuguese, Romanian, Slovak, Slovene, Spanish, Swedish, Bokmal, Nynorsk,
    Icelandic,
];

/// The full models (1- to 5-grams) for every text. Trigrams alone ("low
/// accuracy mode") were used for texts of 120 bytes or more, at half the time
/// on two-sentence requests, until one claimed certainty on mixed text that
/// was plainly not that language (a German request with English lines told as
/// Slovak at 1.0, where the full models say German 0.45, English 0.42); on the
/// corpus letters of 120 bytes or more the full models took no longer than
/// trigrams (BENCHMARKS.md).
static FULL: LazyLock<LanguageDetector> = LazyLock::new(|| LanguageDetectorBuilder::from_languages(&LANGUAGES).build());

/// A text's language: an ISO 639-1 code (`pt-BR` / `pt-PT` when the markers
/// decide), and how sure the detector is, 0 to 1.
#[derive(Debug, Clone, PartialEq)]
pub struct DetectedLanguage {
    pub code: &'static str,
    pub confidence: f64,
}

/// The language of `text`, from its first [`MAX_DETECT_BYTES`]; `None` when
/// it is too short or in a script none of the languages uses. Mixed text
/// gets the dominant language, with a lower confidence.
pub fn detect_language(text: &str) -> Option<DetectedLanguage> {
    let text = opening(text, MAX_DETECT_BYTES);
    if text.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).count() < MIN_WORDS {
        return None;
    }
    let maltese_letters = text.chars().filter(|c| matches!(c, 'ċ' | 'Ċ' | 'ġ' | 'Ġ' | 'ħ' | 'Ħ')).count();
    if maltese_letters >= 2 {
        return Some(DetectedLanguage { code: "mt", confidence: 1.0 });
    }
    let (language, confidence) = FULL.compute_language_confidence_values(text).into_iter().next()?;
    if confidence <= 0.0 {
        return None;
    }
    let code = match language {
        Bokmal | Nynorsk => "no",
        Portuguese => portuguese_variant(text),
        other => iso_code(other),
    };
    Some(DetectedLanguage { code, confidence })
}

/// Classifies a message as `casebook_core::classify::classify_request` does,
/// in the language detected from the words the requester wrote (quoted
/// replies and signature left out).
pub fn classify_request(subject: &str, body: &str) -> Classification {
    let language = detect_language(&request_text(subject, body));
    classify_in(subject, body, language.as_ref().map(|l| l.code))
}

/// lingua's `Language` has only the languages compiled in, so this match is
/// complete: a language added to the features must get its code here.
fn iso_code(language: Language) -> &'static str {
    match language {
        Bulgarian => "bg",
        Croatian => "hr",
        Czech => "cs",
        Danish => "da",
        Dutch => "nl",
        English => "en",
        Estonian => "et",
        Finnish => "fi",
        French => "fr",
        German => "de",
        Greek => "el",
        Hungarian => "hu",
        Irish => "ga",
        Italian => "it",
        Latvian => "lv",
        Lithuanian => "lt",
        Polish => "pl",
        Portuguese => "pt",
        Romanian => "ro",
        Slovak => "sk",
        Slovene => "sl",
        Spanish => "es",
        Swedish => "sv",
        Bokmal | Nynorsk => "no",
        Icelandic => "is",
    }
}

/// The first `max` bytes of `text`, cut at a character boundary.
fn opening(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// Words only Brazilian Portuguese writes this way (spelling or usage).
const BRAZILIAN: &[&str] = &[
    "você",
    "vocês",
    "ônibus",
    "registro",
    "registros",
    "fato",
    "contato",
    "contatos",
    "celular",
    "equipe",
    "usuário",
    "usuária",
    "planejamento",
];
/// Words only European Portuguese writes this way.
const EUROPEAN: &[&str] = &[
    "tu",
    "autocarro",
    "registo",
    "registos",
    "facto",
    "contacto",
    "contactos",
    "telemóvel",
    "equipa",
    "utilizador",
    "utilizadora",
    "ficheiro",
    "ficheiros",
    "vosso",
    "vossa",
    "vossos",
    "vossas",
];
/// Forms of "estar" that take a gerund in Brazil ("estou fazendo") and "a" +
/// infinitive in Portugal ("estou a fazer").
const ESTAR: &[&str] = &["estou", "está", "estás", "estamos", "estão", "estava", "estavam", "esteja"];

/// `pt-BR` or `pt-PT` when the markers above lean one way, else `pt`.
pub fn portuguese_variant(text: &str) -> &'static str {
    let words: Vec<String> =
        text.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect();
    let (mut brazil, mut portugal) = (0, 0);
    for (i, w) in words.iter().enumerate() {
        brazil += usize::from(BRAZILIAN.contains(&w.as_str()));
        portugal += usize::from(EUROPEAN.contains(&w.as_str()));
        if ESTAR.contains(&w.as_str()) {
            match (words.get(i + 1).map(String::as_str), words.get(i + 2)) {
                (Some(next), _) if next.len() > 4 && next.ends_with("ndo") => brazil += 1,
                (Some("a"), Some(verb)) if verb.ends_with(['r']) => portugal += 1,
                _ => {}
            }
        }
    }
    match brazil.cmp(&portugal) {
        std::cmp::Ordering::Greater => "pt-BR",
        std::cmp::Ordering::Less => "pt-PT",
        std::cmp::Ordering::Equal => "pt",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn portuguese_variant_only_when_the_markers_decide() {
        let table = [
            ("Você pode me mandar uma cópia dos meus dados?", "pt-BR"),
            ("Estou fazendo um pedido de acesso aos meus dados.", "pt-BR"),
            ("Peguei o ônibus e perdi o celular; atualizem o registro.", "pt-BR"),
            ("Estou a fazer um pedido de acesso aos meus dados.", "pt-PT"),
            ("Atualizem o meu registo e o contacto do telemóvel.", "pt-PT"),
            ("Peço que apaguem a vossa cópia dos meus dados.", "pt-PT"),
            ("Peço uma cópia dos meus dados pessoais.", "pt"),
            ("Você tem o meu contacto.", "pt"),
            ("", "pt"),
        ];
        for (text, expected) in table {
            assert_eq!(portuguese_variant(text), expected, "{text}");
        }
    }

    #[test]
    fn maltese_by_its_letters_and_portuguese_with_its_variant() {
        let mt =
            detect_language("Nitlob kopja tad-data personali kollha li għandkom dwari. Ilni klijent għal ħafna snin.");
        assert_eq!(mt.map(|l| l.code), Some("mt"));
        let br =
            detect_language("Você pode me mandar uma cópia dos meus dados pessoais? Estou fazendo um levantamento.");
        assert_eq!(br.map(|l| l.code), Some("pt-BR"));
        // One ħ in a name is not enough.
        let en = detect_language("Please send me a copy of my data. My name is Ħamrun Smith.");
        assert_eq!(en.map(|l| l.code), Some("en"));
    }

    #[test]
    fn opening_cuts_at_a_character_boundary() {
        assert_eq!(opening("ééé", 3), "é");
        assert_eq!(opening("abc", 10), "abc");
    }
}

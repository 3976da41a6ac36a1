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

use std::collections::HashMap;
use std::sync::{Arc, LazyLock, Mutex};

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

/// lingua reads a text of this many letters or more by its trigrams alone,
/// and a shorter one by its 1- to 5-grams, five times the look-ups (its
/// README: "texts of less than 120 characters").
const TRIGRAMS_FROM_LETTERS: usize = 120;

/// How many languages of the trigram ranking a short text is then weighed
/// in by the full models. On the 463 short texts of the two corpora the
/// language the full models chose out of all 26 was the trigrams' first 449
/// times and among their first four every time but once (a Maltese letter,
/// which the rule below tells before lingua is asked; BENCHMARKS.md); six
/// leaves room for what nobody here wrote. The confidence is then shared
/// among those six, so it can be higher than over all 26 (by up to 0.14 on
/// the corpora); the language told was the same for all 700 texts.
const CANDIDATES: usize = 6;

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
    let (language, confidence) = most_likely(text)?;
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

/// lingua's most likely language for `text` and its confidence, as its full
/// models over all [`LANGUAGES`] tell it, with less work for a short text.
///
/// A text of [`TRIGRAMS_FROM_LETTERS`] letters or more is read in one call.
/// A shorter one would be looked up five times over (1- to 5-grams) in each of
/// the 26 languages' models, nearly all of a short request's time. So it is
/// first ranked by its trigrams alone, through the same detector: repeated to
/// that length it has exactly the same trigrams (lingua counts each distinct
/// n-gram once) and lingua then reads trigrams only. The full models then
/// weigh just the first [`CANDIDATES`] of that ranking. Not lingua's "low
/// accuracy mode": that one stops at the first language with an n-gram no
/// other language has, which is what told mixed German and English as Slovak.
fn most_likely(text: &str) -> Option<(Language, f64)> {
    let letters: usize = text.chars().filter(|c| c.is_alphabetic()).count();
    if letters >= TRIGRAMS_FROM_LETTERS {
        return FULL.compute_language_confidence_values(text).into_iter().next();
    }
    let times = TRIGRAMS_FROM_LETTERS.div_ceil(letters.max(1));
    let repeated = vec![text; times].join("\n");
    let ranked = FULL.compute_language_confidence_values(repeated);
    let candidates: Vec<Language> =
        ranked.iter().take_while(|(_, c)| *c > 0.0).take(CANDIDATES).map(|(language, _)| *language).collect();
    if candidates.len() < 2 {
        // Told by lingua's rules (a script or letters of one language), or
        // by no trigram at all: the full detector, as before.
        return FULL.compute_language_confidence_values(text).into_iter().next();
    }
    narrowed_to(&candidates).compute_language_confidence_values(text).into_iter().next()
}

/// A detector of just `languages`, made once per set: building one (its rule
/// tables) takes some 30 µs, a tenth of a short text's detection, while the
/// models themselves are lingua's, shared by every detector. The sets the
/// ranking gives are few (mostly neighbours of one language); should a strange
/// stream of texts make many, the table is emptied rather than let grow.
fn narrowed_to(languages: &[Language]) -> Arc<LanguageDetector> {
    static MADE: LazyLock<Mutex<HashMap<u32, Arc<LanguageDetector>>>> = LazyLock::new(Mutex::default);
    let key = languages.iter().fold(0u32, |key, l| key | 1 << LANGUAGES.iter().position(|x| x == l).unwrap_or(31));
    // A panic elsewhere cannot leave the table half-written: insert is whole.
    let mut made = MADE.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    if made.len() >= 512 {
        made.clear();
    }
    made.entry(key).or_insert_with(|| Arc::new(LanguageDetectorBuilder::from_languages(languages).build())).clone()
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

    /// The short texts of both corpora: weighed in the trigrams' first
    /// [`CANDIDATES`] only, each is told the language the full models tell
    /// out of all 26.
    #[test]
    fn a_short_text_is_told_as_the_full_models_over_every_language_tell_it() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        // One request a line in the first, one a file in the second; lingua
        // has no Maltese, so what it says of Maltese is not compared.
        let lines = root.join("tests/corpus/lang");
        let maltese =
            |path: &std::path::Path| path.components().any(|c| c.as_os_str() == "mt") || path.ends_with("mt.txt");
        let mut texts: Vec<String> = Vec::new();
        for dir in [lines.clone(), root.join("../casebook-core/tests/corpus/letters")] {
            let mut folders = vec![dir];
            while let Some(folder) = folders.pop() {
                for entry in std::fs::read_dir(&folder).unwrap() {
                    let path = entry.unwrap().path();
                    if path.is_dir() {
                        folders.push(path);
                    } else if path.extension().is_some_and(|x| x == "txt") && !maltese(&path) {
                        let text = std::fs::read_to_string(&path).unwrap();
                        if path.starts_with(&lines) {
                            texts.extend(text.lines().filter(|l| !l.trim().is_empty()).map(String::from));
                        } else {
                            texts.push(text);
                        }
                    }
                }
            }
        }
        let short: Vec<&String> = texts
            .iter()
            .filter(|t| {
                let letters = t.chars().filter(|c| c.is_alphabetic()).count();
                t.split_whitespace().count() >= MIN_WORDS && letters < TRIGRAMS_FROM_LETTERS
            })
            .collect();
        assert!(short.len() > 400, "only {} short texts", short.len());
        for text in short {
            let full = FULL.compute_language_confidence_values(text.as_str()).into_iter().next();
            let narrowed = most_likely(text);
            assert_eq!(narrowed.map(|(l, _)| l), full.map(|(l, _)| l), "{text:?}");
        }
    }

    #[test]
    fn opening_cuts_at_a_character_boundary() {
        assert_eq!(opening("ééé", 3), "é");
        assert_eq!(opening("abc", 10), "abc");
    }
}

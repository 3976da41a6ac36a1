//! The language a case or a letter is in, as an ISO 639-1 code.

use std::collections::BTreeMap;

use thiserror::Error;

/// An ISO 639-1 language code (`en`, `de`), kept lower-case. Only the form is
/// checked: which languages a letter can go out in is the templates' business.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Language(String);

#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("invalid language '{0}': expected an ISO 639-1 code such as en or de")]
pub struct LanguageError(pub String);

impl Language {
    /// Two ASCII letters, in either case, around which blanks are ignored.
    pub fn parse(input: &str) -> Result<Self, LanguageError> {
        let s = input.trim();
        if s.len() == 2 && s.bytes().all(|b| b.is_ascii_alphabetic()) {
            Ok(Language(s.to_ascii_lowercase()))
        } else {
            Err(LanguageError(s.to_string()))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

text_form!(Language, LanguageError, as_str);

/// The same words kept in each language a letter may quote them in (the
/// organisation's own general words, typed once a language): a letter in a
/// language they are not recorded in is refused rather than quoting another
/// language's words. Stored as a map from language code to text; a text
/// recorded before languages were kept (a plain string) reads as English.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Wordings(BTreeMap<Language, String>);

impl Wordings {
    /// The words in `language`, when recorded (never blank).
    pub fn get(&self, language: &str) -> Option<&str> {
        self.0.iter().find(|(l, _)| l.as_str() == language).map(|(_, w)| w.as_str())
    }

    /// The languages the words are recorded in, in code order.
    pub fn languages(&self) -> Vec<String> {
        self.0.keys().map(|l| l.to_string()).collect()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Each language with its words, in code order.
    pub fn iter(&self) -> impl Iterator<Item = (&Language, &str)> {
        self.0.iter().map(|(l, w)| (l, w.as_str()))
    }

    /// Records `words` (trimmed) in `language`, or forgets that language's
    /// words when they are blank.
    pub fn set(&mut self, language: Language, words: &str) {
        match words.trim() {
            "" => self.0.remove(&language),
            w => self.0.insert(language, w.to_string()),
        };
    }
}

impl<'de> serde::Deserialize<'de> for Wordings {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Wordings;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a map from language codes (en, de…) to text, or one text (English)")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Wordings, E> {
                let mut w = Wordings::default();
                w.set(Language::parse("en").expect("a language"), v);
                Ok(w)
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Wordings, A::Error> {
                let mut w = Wordings::default();
                while let Some((language, words)) = map.next_entry::<Language, String>()? {
                    w.set(language, &words);
                }
                Ok(w)
            }
        }
        d.deserialize_any(Visitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_letters_in_either_case_are_a_language() {
        assert_eq!(Language::parse(" DE ").unwrap().as_str(), "de");
        assert_eq!(Language::parse("fr").unwrap().to_string(), "fr");
        assert_eq!(serde_json::from_str::<Language>("\"EN\"").unwrap(), Language::parse("en").unwrap());
    }

    #[test]
    fn anything_else_is_refused_naming_it() {
        for bad in ["", "e", "eng", "english", "../../x", "e1", "pt-BR", "é"] {
            let e = Language::parse(bad).unwrap_err();
            assert_eq!(
                e.to_string(),
                format!("invalid language '{}': expected an ISO 639-1 code such as en or de", bad.trim())
            );
        }
        assert!(
            serde_json::from_str::<Language>("\"english\"")
                .unwrap_err()
                .to_string()
                .contains("invalid language 'english'")
        );
    }

    #[test]
    fn wordings_are_kept_by_language_and_blank_words_forget_a_language() {
        let mut w: Wordings =
            serde_json::from_str(r#"{"EN": " We match two details. ", "es": "Comparamos dos datos.", "de": " "}"#)
                .unwrap();
        assert_eq!(w.get("en"), Some("We match two details."));
        assert_eq!(w.get("es"), Some("Comparamos dos datos."));
        assert_eq!(w.get("de"), None, "blank words are not recorded");
        assert_eq!(w.languages(), ["en", "es"]);
        w.set(Language::parse("es").unwrap(), "  ");
        assert_eq!(w.languages(), ["en"]);
        assert_eq!(serde_json::to_string(&w).unwrap(), r#"{"en":"We match two details."}"#);
    }

    #[test]
    fn one_text_recorded_before_languages_were_kept_reads_as_english() {
        let w: Wordings = serde_json::from_str(r#""We match two details.""#).unwrap();
        assert_eq!(w.languages(), ["en"]);
        assert!(serde_json::from_str::<Wordings>(r#""""#).unwrap().is_empty());
        let bad = serde_json::from_str::<Wordings>(r#"{"english": "x"}"#).unwrap_err().to_string();
        assert!(bad.contains("invalid language 'english'"), "{bad}");
        let bad = serde_json::from_str::<Wordings>("[1]").unwrap_err().to_string();
        assert!(bad.contains("a map from language codes"), "{bad}");
    }
}

//! The language a case or a letter is in, as an ISO 639-1 code.

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
}

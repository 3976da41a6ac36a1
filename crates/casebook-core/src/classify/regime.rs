//! Which law a request is probably made under, from what the letter says and
//! where the requester lives.

use serde::Serialize;

use super::normalise::Token;
use crate::{Location, Regime};

/// A regime proposed to the DPO, with the reason in words. A suggestion only:
/// the DPO confirms it when logging the case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RegimeSuggestion {
    pub regime: Regime,
    pub reason: String,
}

/// Words that name a law, most specific first: "UK GDPR" must win over "GDPR".
/// Each entry: the regime, the folded words (as in `patterns`, without gaps).
const SIGNALS: &[(Regime, &[&str])] = &[
    (Regime::UkGdpr, &["uk gdpr", "data protection act 2018", "ico", "information commissioner"]),
    (
        Regime::Ccpa,
        &[
            "ccpa",
            "cpra",
            "california consumer privacy act",
            "california privacy rights act",
            "do not sell",
            "california",
            "1798",
        ],
    ),
    (
        Regime::UsState,
        &[
            "vcdpa",
            "virginia consumer data protection act",
            "colorado privacy act",
            "ctdpa",
            "texas data privacy",
            "oregon consumer privacy act",
        ],
    ),
    (Regime::Lgpd, &["lgpd", "lei geral de protecao de dados", "13 709", "anpd"]),
    (Regime::Pipeda, &["pipeda", "personal information protection and electronic documents act"]),
    (Regime::Fadp, &["revdsg", "ndsg", "fadp", "nlpd", "edoeb"]),
    (Regime::Popia, &["popia", "protection of personal information act"]),
    (Regime::AuApp, &["australian privacy principles", "privacy act 1988", "oaic"]),
    (Regime::EuGdpr, &["dsgvo", "rgpd", "avg", "dataskyddsforordningen", "eu gdpr", "2016 679", "eu dsgvo"]),
];

/// Finds the first law named in the text. A bare "GDPR" only counts as the EU
/// regulation when the letter is not in English: an English letter saying
/// "GDPR" may equally mean the UK GDPR, and then the default decides.
pub(super) fn regime_hint(tokens: &[Token], original: &str, language: Option<&str>) -> Option<RegimeSuggestion> {
    for (regime, phrases) in SIGNALS {
        for phrase in *phrases {
            if let Some((start, end)) = find_words(tokens, phrase) {
                let quoted = &original[tokens[start].start..tokens[end].end];
                return Some(RegimeSuggestion {
                    regime: *regime,
                    reason: format!("the request mentions \u{201c}{quoted}\u{201d}"),
                });
            }
        }
    }
    let non_english_eu = language.is_some_and(|l| l != "en");
    if non_english_eu && let Some((start, end)) = find_words(tokens, "gdpr") {
        let quoted = &original[tokens[start].start..tokens[end].end];
        return Some(RegimeSuggestion {
            regime: Regime::EuGdpr,
            reason: format!(
                "the request mentions \u{201c}{quoted}\u{201d} in {}",
                language_name(language.unwrap_or_default())
            ),
        });
    }
    None
}

fn language_name(code: &str) -> &'static str {
    match code {
        "de" => "German",
        "fr" => "French",
        "es" => "Spanish",
        "it" => "Italian",
        "nl" => "Dutch",
        "pt" => "Portuguese",
        "sv" => "Swedish",
        "bg" => "Bulgarian",
        "cs" => "Czech",
        "da" => "Danish",
        "el" => "Greek",
        "et" => "Estonian",
        "fi" => "Finnish",
        "ga" => "Irish",
        "hr" => "Croatian",
        "hu" => "Hungarian",
        "is" => "Icelandic",
        "lt" => "Lithuanian",
        "lv" => "Latvian",
        "mt" => "Maltese",
        "no" => "Norwegian",
        "pl" => "Polish",
        "ro" => "Romanian",
        "sk" => "Slovak",
        "sl" => "Slovenian",
        _ => "a language other than English",
    }
}

/// Token positions of the first place where the words of `phrase` follow each other.
fn find_words(tokens: &[Token], phrase: &str) -> Option<(usize, usize)> {
    let words: Vec<&str> = phrase.split(' ').collect();
    (0..tokens.len()).find_map(|i| {
        let fits = words.iter().enumerate().all(|(k, w)| tokens.get(i + k).is_some_and(|t| t.text == *w));
        fits.then(|| (i, i + words.len() - 1))
    })
}

/// Countries of the EU and the EEA, where the EU GDPR applies.
const EEA: &str = "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO";

/// US states with a comprehensive privacy law other than California's.
const US_STATES_WITH_LAW: &str = "VA CO CT UT TX OR MT IA DE NH NJ TN MN MD IN KY RI NE";

/// Chooses the regime to propose: a law named in the request first, then the
/// requester's location, then the organisation's default.
pub fn suggest_regime(
    default: Regime,
    hint: Option<&RegimeSuggestion>,
    requester_location: Option<&Location>,
) -> RegimeSuggestion {
    if let Some(hint) = hint {
        return hint.clone();
    }
    if let Some(location) = requester_location
        && let Some((regime, why)) = regime_of_location(location)
    {
        return RegimeSuggestion { regime, reason: format!("the requester's location {location} is {why}") };
    }
    RegimeSuggestion {
        regime: default,
        reason: format!(
            "the organisation's default regime ({}): the request names no law and the requester's location does not point to another",
            default.label()
        ),
    }
}

fn regime_of_location(location: &Location) -> Option<(Regime, &'static str)> {
    let country = location.country();
    match country {
        "GB" | "GG" | "JE" | "IM" => Some((Regime::UkGdpr, "in the United Kingdom")),
        "BR" => Some((Regime::Lgpd, "in Brazil")),
        "CA" => Some((Regime::Pipeda, "in Canada")),
        "CH" => Some((Regime::Fadp, "in Switzerland")),
        "ZA" => Some((Regime::Popia, "in South Africa")),
        "AU" => Some((Regime::AuApp, "in Australia")),
        "US" => match location.subdivision() {
            Some("CA") => Some((Regime::Ccpa, "in California")),
            Some(state) if US_STATES_WITH_LAW.split(' ').any(|s| s == state) => {
                Some((Regime::UsState, "in a US state with its own privacy law"))
            }
            _ => None,
        },
        c if EEA.split(' ').any(|e| e == c) => Some((Regime::EuGdpr, "in the EU/EEA")),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::super::normalise::tokenise;
    use super::*;

    fn hint(text: &str, lang: Option<&str>) -> Option<Regime> {
        regime_hint(&tokenise(text), text, lang).map(|h| h.regime)
    }

    #[test]
    fn names_of_laws_become_hints() {
        let table = [
            ("Please delete my data under the CCPA.", Some("en"), Some(Regime::Ccpa)),
            ("Do not sell my personal information.", Some("en"), Some(Regime::Ccpa)),
            ("I live in San Diego, California.", Some("en"), Some(Regime::Ccpa)),
            ("Auskunft nach Art. 15 DSGVO", Some("de"), Some(Regime::EuGdpr)),
            ("droit d'accès (article 15 du RGPD)", Some("fr"), Some(Regime::EuGdpr)),
            ("inzageverzoek op grond van de AVG", Some("nl"), Some(Regime::EuGdpr)),
            ("Subject access request under the UK GDPR", Some("en"), Some(Regime::UkGdpr)),
            ("I will complain to the ICO.", Some("en"), Some(Regime::UkGdpr)),
            ("section 45 of the Data Protection Act 2018", Some("en"), Some(Regime::UkGdpr)),
            ("Solicito acesso nos termos da LGPD", Some("pt"), Some(Regime::Lgpd)),
            ("a request under PIPEDA", Some("en"), Some(Regime::Pipeda)),
            ("Richiesta ai sensi del GDPR", Some("it"), Some(Regime::EuGdpr)),
            ("a request under the GDPR", Some("en"), None),
            ("please delete my account", Some("en"), None),
        ];
        for (text, lang, expected) in table {
            assert_eq!(hint(text, lang), expected, "{text}");
        }
    }

    #[test]
    fn suggestion_prefers_the_letter_then_the_location_then_the_default() {
        let ca = Location::parse("US-CA").unwrap();
        let de = Location::parse("DE-BY").unwrap();
        let ny = Location::parse("US-NY").unwrap();
        let from_letter =
            RegimeSuggestion { regime: Regime::UkGdpr, reason: "the request mentions \u{201c}ICO\u{201d}".into() };

        let s = suggest_regime(Regime::EuGdpr, Some(&from_letter), Some(&ca));
        assert_eq!(s, from_letter);
        let s = suggest_regime(Regime::UkGdpr, None, Some(&ca));
        assert_eq!(s.regime, Regime::Ccpa);
        assert_eq!(s.reason, "the requester's location US-CA is in California");
        assert_eq!(suggest_regime(Regime::UkGdpr, None, Some(&de)).regime, Regime::EuGdpr);
        let s = suggest_regime(Regime::UkGdpr, None, Some(&ny));
        assert_eq!(s.regime, Regime::UkGdpr);
        assert!(s.reason.starts_with("the organisation's default regime (UK GDPR)"), "{}", s.reason);
    }
}

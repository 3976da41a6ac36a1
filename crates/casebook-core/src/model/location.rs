//! Where a controller acts or a requester lives, as an ISO 3166 code.

use thiserror::Error;

/// An ISO 3166-1 alpha-2 country, optionally with an ISO 3166-2 subdivision:
/// `FR`, `GB-ENG`, `DE-BY`, `US-CA`. Always upper case once parsed.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Location(String);

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum LocationError {
    #[error("invalid location '{0}': expected an ISO 3166 code such as GB-ENG, DE-BY, FR or US-CA")]
    Syntax(String),
    #[error("unknown location '{0}': '{1}' is not an ISO 3166-1 country code")]
    UnknownCountry(String, String),
}

/// ISO 3166-1 alpha-2 codes in use, plus `XK` (Kosovo, user-assigned but common).
const COUNTRIES: &str = "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW";

impl Location {
    pub fn parse(input: &str) -> Result<Self, LocationError> {
        let s = input.trim().to_ascii_uppercase();
        let (country, sub) = match s.split_once('-') {
            Some((c, sub)) => (c, Some(sub)),
            None => (s.as_str(), None),
        };
        let syntax_ok = country.len() == 2
            && country.bytes().all(|b| b.is_ascii_uppercase())
            && sub.is_none_or(|sub| (1..=3).contains(&sub.len()) && sub.bytes().all(|b| b.is_ascii_alphanumeric()));
        if !syntax_ok {
            return Err(LocationError::Syntax(input.to_string()));
        }
        if !COUNTRIES.split(' ').any(|c| c == country) {
            return Err(LocationError::UnknownCountry(input.to_string(), country.to_string()));
        }
        Ok(Location(s))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The ISO 3166-1 country part: `DE` for `DE-BY`.
    pub fn country(&self) -> &str {
        &self.0[..2]
    }

    /// The subdivision part without the country: `BY` for `DE-BY`.
    pub fn subdivision(&self) -> Option<&str> {
        self.0.get(3..)
    }

    /// The country's one official language at national level (ISO 639-1),
    /// the language an organisation here writes in by default: `de` for
    /// `DE-BY` and `AT`. None where a country has several (Belgium,
    /// Switzerland, Luxembourg, Finland, Ireland, Malta, Cyprus, Canada) or
    /// is not listed: the organisation's language is then not assumed.
    pub fn national_language(&self) -> Option<&'static str> {
        NATIONAL_LANGUAGES.iter().find(|(country, _)| *country == self.country()).map(|(_, lang)| *lang)
    }
}

/// Countries with one official language at national level, by the
/// constitution or the language law (Europe's, and the English-speaking
/// countries whose organisations Casebook serves; the United States has no
/// official language in law, English is the one its government writes in).
const NATIONAL_LANGUAGES: &[(&str, &str)] = &[
    ("AT", "de"),
    ("BG", "bg"),
    ("CZ", "cs"),
    ("DE", "de"),
    ("DK", "da"),
    ("EE", "et"),
    ("ES", "es"),
    ("FR", "fr"),
    ("GR", "el"),
    ("HR", "hr"),
    ("HU", "hu"),
    ("IS", "is"),
    ("IT", "it"),
    ("LI", "de"),
    ("LT", "lt"),
    ("LV", "lv"),
    ("NL", "nl"),
    ("NO", "no"),
    ("PL", "pl"),
    ("PT", "pt"),
    ("RO", "ro"),
    ("SE", "sv"),
    ("SI", "sl"),
    ("SK", "sk"),
    ("GB", "en"),
    ("US", "en"),
    ("AU", "en"),
    ("NZ", "en"),
];

text_form!(Location, LocationError, as_str);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_countries_and_subdivisions() {
        let table = [
            ("GB-ENG", Some(("GB", Some("ENG")))),
            ("de-by", Some(("DE", Some("BY")))),
            ("FR", Some(("FR", None))),
            ("US-CA", Some(("US", Some("CA")))),
            ("", None),
            ("G", None),
            ("GBR", None),
            ("GB-", None),
            ("GB-ENGL", None),
            ("ZZ", None),
            ("GB ENG", None),
        ];
        for (input, expected) in table {
            let got = Location::parse(input).ok();
            let got = got.as_ref().map(|l| (l.country(), l.subdivision()));
            assert_eq!(got, expected, "{input}");
        }
    }

    #[test]
    fn errors_name_the_input() {
        assert_eq!(
            Location::parse("ZZ-1").unwrap_err().to_string(),
            "unknown location 'ZZ-1': 'ZZ' is not an ISO 3166-1 country code"
        );
    }

    #[test]
    fn an_organisation_writes_in_its_country_s_one_official_language() {
        let table = [
            ("DE-BY", Some("de")),
            ("AT", Some("de")),
            ("FR", Some("fr")),
            ("PL", Some("pl")),
            ("GB-ENG", Some("en")),
            ("US-CA", Some("en")),
            ("BE", None),
            ("CH", None),
            ("LU", None),
            ("FI", None),
            ("IE", None),
            ("CA-QC", None),
        ];
        for (input, expected) in table {
            assert_eq!(Location::parse(input).unwrap().national_language(), expected, "{input}");
        }
    }
}

//! Children: who is a child for a request, and so when a parent's request
//! needs proof of parental responsibility and its letters speak of "your
//! child's data".
//!
//! A data subject is a child while younger than the age below which the law
//! gives parents the say: 13 under US COPPA, the age of digital consent in the
//! EU (GDPR Art. 8(1): 16 unless a Member State set 13–15) and the UK (13). The
//! table below names the source of each age. Where the country is not known
//! (or has no row) the strictest reading applies: the highest age, 16 in the
//! EU/EEA, so that more requests, not fewer, get the parental check.

use std::fmt;

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use crate::{Location, Regime};

/// The age below which a data subject counts as a child, and its source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ConsentAge {
    pub age: u32,
    pub source: ConsentSource,
}

/// Where a consent age comes from. `Display` is the English the command line
/// prints; a front end words the variant and passes `provision` (a national
/// law's citation) through as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum ConsentSource {
    /// GDPR Art. 8(1)'s 16: no lower age set by the Member State, or the country is not known.
    GdprDefault,
    /// A Member State's own age (GDPR Art. 8(1) second subparagraph): its country (ISO 3166-1) and provision.
    MemberState { country: &'static str, provision: &'static str },
    /// UK: DPA 2018 s.9.
    Uk,
    /// US: COPPA.
    Coppa,
    /// Brazil: LGPD Art. 14 with the ECA.
    Lgpd,
    /// Canada: the OPC's guidance.
    Pipeda,
    /// Switzerland: no age in the revFADP; the highest GDPR age.
    Fadp,
    /// South Africa: POPIA s.1 and s.35.
    Popia,
    /// Australia: the OAIC's APP Guidelines.
    AuApp,
}

const GDPR_DEFAULT: ConsentAge = ConsentAge { age: 16, source: ConsentSource::GdprDefault };

/// EU/EEA Member States' ages of digital consent (GDPR Art. 8(1) second
/// subparagraph), with the country's English name and the national provision.
#[rustfmt::skip]
const EU_AGES: &[(&str, u32, &str, &str)] = &[
    ("AT", 14, "Austria", "Datenschutzgesetz \u{a7}4(4)"),
    ("BE", 13, "Belgium", "Loi du 30 juillet 2018, art. 7"),
    ("BG", 14, "Bulgaria", "Personal Data Protection Act, art. 25c"),
    ("CY", 14, "Cyprus", "Law 125(I)/2018, art. 8"),
    ("CZ", 15, "Czechia", "Act No. 110/2019 Coll., \u{a7}7"),
    ("DK", 13, "Denmark", "Databeskyttelsesloven \u{a7}6(2)"),
    ("EE", 13, "Estonia", "Isikuandmete kaitse seadus \u{a7}8"),
    ("ES", 14, "Spain", "Ley Org\u{e1}nica 3/2018 (LOPDGDD), art. 7"),
    ("FI", 13, "Finland", "Tietosuojalaki 1050/2018, 5 \u{a7}"),
    ("FR", 15, "France", "Loi n\u{b0} 78-17 Informatique et Libert\u{e9}s, art. 45"),
    ("GR", 15, "Greece", "Law 4624/2019, art. 21"),
    ("IS", 13, "Iceland", "Act No. 90/2018, art. 10"),
    ("IT", 14, "Italy", "D.Lgs. 196/2003, art. 2-quinquies"),
    ("LT", 14, "Lithuania", "Law on Legal Protection of Personal Data, art. 6"),
    ("LV", 13, "Latvia", "Personal Data Processing Law, s. 33"),
    ("MT", 13, "Malta", "S.L. 586.11, reg. 3"),
    ("NO", 13, "Norway", "Personopplysningsloven \u{a7}5"),
    ("PT", 13, "Portugal", "Lei n.\u{ba} 58/2019, art. 16"),
    ("SE", 13, "Sweden", "Lag (2018:218), 1 kap. 4 \u{a7}"),
    ("SI", 15, "Slovenia", "ZVOP-2, art. 8"),
];

impl fmt::Display for ConsentSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConsentSource::GdprDefault => f.write_str(
                "GDPR Art. 8(1): 16, no lower age set by the Member State (or the country is not known: the strictest reading)",
            ),
            ConsentSource::MemberState { country, provision } => {
                let name = EU_AGES.iter().find(|(c, ..)| c == country).map_or(*country, |(_, _, name, _)| name);
                write!(f, "{name}: {provision}")
            }
            ConsentSource::Uk => f.write_str("UK: DPA 2018 s.9 (UK GDPR Art. 8(1) read with it)"),
            ConsentSource::Coppa => f.write_str("US: COPPA, 15 U.S.C. \u{a7}6501(1) (a child is under 13)"),
            ConsentSource::Lgpd => {
                f.write_str("Brazil: LGPD Art. 14 with ECA (Lei 8.069/1990) Art. 2 (a child is under 12)")
            }
            ConsentSource::Pipeda => f.write_str("Canada: OPC guidance on consent (parental consent under 13)"),
            ConsentSource::Fadp => {
                f.write_str("Switzerland: revFADP sets no age; 16, the highest GDPR age, as the strictest reading")
            }
            ConsentSource::Popia => f.write_str("South Africa: POPIA s.1 (a child is under 18) and s.35"),
            ConsentSource::AuApp => f.write_str("Australia: OAIC APP Guidelines B.59 (capacity presumed from 15)"),
        }
    }
}

/// The age below which a data subject is a child for a request under `regime` at `location`.
pub fn consent_age(regime: Regime, location: &Location) -> ConsentAge {
    let of = |age, source| ConsentAge { age, source };
    match regime {
        Regime::UkGdpr => of(13, ConsentSource::Uk),
        Regime::EuGdpr => EU_AGES
            .iter()
            .find(|(c, ..)| *c == location.country())
            .map_or(GDPR_DEFAULT, |&(country, age, _, provision)| {
                of(age, ConsentSource::MemberState { country, provision })
            }),
        Regime::Ccpa | Regime::UsState => of(13, ConsentSource::Coppa),
        Regime::Lgpd => of(12, ConsentSource::Lgpd),
        Regime::Pipeda => of(13, ConsentSource::Pipeda),
        Regime::Fadp => of(16, ConsentSource::Fadp),
        Regime::Popia => of(18, ConsentSource::Popia),
        Regime::AuApp => of(15, ConsentSource::AuApp),
    }
}

/// Full years from `birth` to `on`; None when `on` is before the birth.
pub fn age_on(birth: NaiveDate, on: NaiveDate) -> Option<u32> {
    if on < birth {
        return None;
    }
    let mut years = on.year() - birth.year();
    if (on.month(), on.day()) < (birth.month(), birth.day()) {
        years -= 1;
    }
    u32::try_from(years).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn ages_per_regime_and_country_with_their_source() {
        // (regime, location, age, words of the source)
        #[rustfmt::skip]
        let table = [
            (Regime::UkGdpr, "GB-ENG", 13, "DPA 2018 s.9"),
            (Regime::Ccpa, "US-CA", 13, "COPPA"),
            (Regime::UsState, "US-VA", 13, "15 U.S.C."),
            (Regime::EuGdpr, "DE-BY", 16, "GDPR Art. 8(1): 16"),
            (Regime::EuGdpr, "IE", 16, "GDPR Art. 8(1): 16"),
            (Regime::EuGdpr, "FR", 15, "Informatique et Libert"),
            (Regime::EuGdpr, "ES", 14, "LOPDGDD"),
            (Regime::EuGdpr, "IT", 14, "2-quinquies"),
            (Regime::EuGdpr, "AT", 14, "\u{a7}4(4)"),
            (Regime::EuGdpr, "BE", 13, "30 juillet 2018"),
            (Regime::EuGdpr, "SE", 13, "2018:218"),
            (Regime::EuGdpr, "NL", 16, "strictest reading"),
            (Regime::Lgpd, "BR", 12, "Art. 14"),
            (Regime::Popia, "ZA", 18, "s.35"),
            (Regime::Fadp, "CH", 16, "strictest"),
        ];
        for (regime, loc, age, words) in table {
            let a = consent_age(regime, &Location::parse(loc).unwrap());
            assert_eq!(a.age, age, "{regime} {loc}");
            assert!(a.source.to_string().contains(words), "{regime} {loc}: {}", a.source);
        }
        for (_, age, ..) in EU_AGES {
            assert!((13..=16).contains(age), "GDPR Art. 8(1) allows 13 to 16");
        }
    }

    #[test]
    fn an_age_counts_whole_years_from_the_birth_date() {
        assert_eq!(age_on(d("2024-02-29"), d("2025-02-28")), Some(0));
        assert_eq!(age_on(d("2024-02-29"), d("2025-03-01")), Some(1));
        assert_eq!(age_on(d("2026-01-02"), d("2026-01-01")), None);
    }
}

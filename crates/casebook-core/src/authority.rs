//! Supervisory authorities: whom a person may complain to when a request is
//! refused. A refusal must name the right to complain (UK GDPR and GDPR
//! Art. 12(4)); the table ships in `assets/authorities/authorities.json`.

use serde::{Deserialize, Serialize};

use crate::{Location, Regime};

const TABLE: &str = include_str!("../../../assets/authorities/authorities.json");

/// One supervisory authority.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Authority {
    pub name: String,
    /// Postal address lines separated by newlines; null where unchecked.
    pub address: Option<String>,
    pub website: Option<String>,
}

#[derive(Deserialize)]
struct Entry {
    regime: Regime,
    /// A location prefix: "" for the whole regime, "DE" for Germany, "DE-BY" for Bavaria.
    location: String,
    #[serde(flatten)]
    authority: Authority,
}

#[derive(Deserialize)]
struct Table {
    authorities: Vec<Entry>,
}

fn entries() -> Vec<Entry> {
    serde_json::from_str::<Table>(TABLE).expect("the shipped authorities table parses (tested)").authorities
}

/// The authority for a case under `regime` at `location`: the entry with the
/// longest matching location prefix.
pub fn supervisory_authority(regime: Regime, location: &Location) -> Option<Authority> {
    let loc = location.as_str();
    entries()
        .into_iter()
        .filter(|e| e.regime == regime)
        .filter(|e| e.location.is_empty() || loc == e.location || loc.starts_with(&format!("{}-", e.location)))
        .max_by_key(|e| e.location.len())
        .map(|e| e.authority)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_regime_has_an_authority_and_the_most_specific_wins() {
        let table = [
            (Regime::UkGdpr, "GB-SCT", "Information Commissioner's Office (ICO)"),
            (Regime::EuGdpr, "DE-BY", "Bayerisches Landesamt für Datenschutzaufsicht (BayLDA)"),
            (Regime::EuGdpr, "FR", "Commission nationale de l'informatique et des libertés (CNIL)"),
            (Regime::Ccpa, "US-CA", "California Privacy Protection Agency (CPPA)"),
            (Regime::Fadp, "CH", "Federal Data Protection and Information Commissioner (FDPIC)"),
        ];
        for (regime, loc, name) in table {
            let a = supervisory_authority(regime, &Location::parse(loc).unwrap()).unwrap();
            assert_eq!(a.name, name, "{regime} {loc}");
        }
        let de_sn = supervisory_authority(Regime::EuGdpr, &Location::parse("DE-SN").unwrap()).unwrap();
        assert!(de_sn.name.contains("German Land"), "{}", de_sn.name);
        let pt = supervisory_authority(Regime::EuGdpr, &Location::parse("PT").unwrap()).unwrap();
        assert!(pt.name.contains("Art. 77"), "{}", pt.name);
        for r in Regime::ALL {
            let any = Location::parse("GB").unwrap();
            if *r != Regime::UkGdpr {
                assert!(supervisory_authority(*r, &any).is_some(), "{r}: a regime-wide entry");
            }
        }
    }
}

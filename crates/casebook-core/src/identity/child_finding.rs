//! Whether the data subject of a request is a child, from the date of birth
//! or the child flag recorded and the age of digital consent
//! ([`crate::child`]), with the reason as an [`IdentitySaid`]: it decides
//! whether a parent's request needs proof of parental responsibility.

use chrono::NaiveDate;
use serde::Serialize;

use super::IdentitySaid;
use crate::child::{ConsentAge, age_on, consent_age};
use crate::{DataSubject, Location, Regime};

/// Whether the data subject of a request is a child, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChildFinding {
    pub child: bool,
    /// The age on the day the request was received, when the date of birth is recorded.
    pub age: Option<u32>,
    pub consent_age: ConsentAge,
    /// Why, as the facts it says (its `Display` is the English reason).
    pub said: IdentitySaid,
}

/// What the record says about the data subject's age on `received`; None when
/// neither a date of birth nor the child flag is recorded.
pub fn child_finding(
    subject: &DataSubject,
    regime: Regime,
    location: &Location,
    received: NaiveDate,
) -> Option<ChildFinding> {
    let consent_age = consent_age(regime, location);
    let (under, source) = (consent_age.age, consent_age.source);
    let name = subject.name.clone();
    match (subject.birth_date.and_then(|b| age_on(b, received)), subject.child) {
        (Some(age), _) => {
            let child = age < under;
            let said = if child {
                IdentitySaid::ChildByAge { subject: name, age, under, source }
            } else {
                IdentitySaid::NotChildByAge { subject: name, age, under, source }
            };
            Some(ChildFinding { child, age: Some(age), consent_age, said })
        }
        (None, true) => Some(ChildFinding {
            child: true,
            age: None,
            consent_age,
            said: IdentitySaid::RecordedChild { subject: name, under, source },
        }),
        (None, false) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Relationship;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn a_child_by_birth_date_or_flag() {
        let sub = |birth: Option<&str>, child: bool| DataSubject {
            birth_date: birth.map(d),
            child,
            ..DataSubject::new("Emma Smith", Relationship::Parent)
        };
        let uk = Location::parse("GB").unwrap();
        let us = Location::parse("US-CA").unwrap();
        let de = Location::parse("DE").unwrap();
        // (subject, regime, location, received, child?, age)
        let table = [
            (sub(Some("2014-03-01"), false), Regime::UkGdpr, &uk, "2026-02-28", true, Some(11)),
            (sub(Some("2013-03-01"), false), Regime::UkGdpr, &uk, "2026-02-28", true, Some(12)),
            (sub(Some("2013-03-01"), false), Regime::UkGdpr, &uk, "2026-03-01", false, Some(13)),
            (sub(Some("2013-03-01"), false), Regime::Ccpa, &us, "2026-02-28", true, Some(12)),
            (sub(Some("2011-01-01"), false), Regime::EuGdpr, &de, "2026-06-01", true, Some(15)),
            (sub(Some("2011-01-01"), false), Regime::UkGdpr, &uk, "2026-06-01", false, Some(15)),
            (sub(None, true), Regime::EuGdpr, &de, "2026-06-01", true, None),
            // A date of birth wins over the flag.
            (sub(Some("2000-01-01"), true), Regime::EuGdpr, &de, "2026-06-01", false, Some(26)),
        ];
        for (s, regime, loc, received, child, age) in table {
            let f = child_finding(&s, regime, loc, d(received)).unwrap();
            assert_eq!((f.child, f.age), (child, age), "{regime} {received}: {}", f.said);
        }
        assert_eq!(child_finding(&sub(None, false), Regime::UkGdpr, &uk, d("2026-01-01")), None);
    }
}

//! The organisation profile (the controller that receives the requests).

use std::collections::BTreeMap;

use casebook_core::{Language, Location, Organisation, Regime, Wordings};
use serde::{Deserialize, Serialize};

use crate::{Casebook, Error, RegisterSaid, Result};

pub(crate) const KEY: &str = "organisation";

/// What `init` (or the settings screen) provides; missing fields take defaults.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct OrganisationInput {
    pub name: Option<String>,
    pub postal_address: Option<String>,
    pub dpo_name: Option<String>,
    pub dpo_email: Option<String>,
    /// A regime's code (`uk-gdpr`), parsed here so that every front end gets the same message.
    #[cfg_attr(feature = "ts", ts(as = "Option<casebook_core::Regime>"))]
    pub default_regime: Option<String>,
    pub default_location: Option<String>,
    pub time_zone: Option<String>,
    /// How the organisation verifies a requester, in general words (a CCPA
    /// acknowledgement describes it, 11 CCR §7021(a)), by language code
    /// (`en`, `es`…): each entry records that language's words, or forgets
    /// them when blank; languages not named keep theirs.
    #[cfg_attr(feature = "ts", ts(as = "Option<BTreeMap<String, String>>"))]
    pub verification_process: Option<BTreeMap<String, String>>,
}

pub(crate) fn time_zone(name: &str) -> Result<chrono_tz::Tz> {
    name.parse::<chrono_tz::Tz>().map_err(|_| Error::refused(RegisterSaid::UnknownTimeZone { name: name.to_string() }))
}

impl OrganisationInput {
    /// Validates into a profile; `base` supplies the fields not given.
    pub(crate) fn into_organisation(self, base: Option<Organisation>) -> Result<Organisation> {
        let base = base.unwrap_or_else(|| Organisation {
            name: "My organisation".into(),
            postal_address: String::new(),
            dpo_name: String::new(),
            dpo_email: String::new(),
            default_regime: Regime::UkGdpr,
            default_location: Location::parse("GB-ENG").expect("valid"),
            time_zone: "Europe/London".into(),
            verification_process: Wordings::default(),
        });
        let default_regime = match self.default_regime {
            Some(r) => r.parse::<Regime>().map_err(Error::refused)?,
            None => base.default_regime,
        };
        let default_location = match self.default_location {
            Some(l) => Location::parse(&l).map_err(Error::refused)?,
            None => base.default_location,
        };
        let tz = self.time_zone.unwrap_or(base.time_zone);
        time_zone(&tz)?;
        let name = self.name.unwrap_or(base.name);
        if name.trim().is_empty() {
            return Err(Error::refused(RegisterSaid::OrganisationNameEmpty));
        }
        let dpo_email = self.dpo_email.unwrap_or(base.dpo_email);
        if !dpo_email.is_empty() && !crate::input::looks_like_email(&dpo_email) {
            return Err(Error::refused(RegisterSaid::InvalidDpoEmail { email: dpo_email }));
        }
        let mut verification_process = base.verification_process;
        for (language, words) in self.verification_process.unwrap_or_default() {
            let language = Language::parse(&language).map_err(|e| Error::refused_in("verification-process", e))?;
            verification_process.set(language, &words);
        }
        Ok(Organisation {
            name: name.trim().to_string(),
            postal_address: self.postal_address.unwrap_or(base.postal_address),
            dpo_name: self.dpo_name.unwrap_or(base.dpo_name),
            dpo_email,
            default_regime,
            default_location,
            time_zone: tz,
            verification_process,
        })
    }
}

impl Casebook {
    pub fn organisation(&self) -> Result<Option<Organisation>> {
        // On the reader connection: every call's `today()` asks for the time
        // zone, and the case list's must not wait behind a long read.
        self.read(|store| store.setting(KEY))
    }

    /// Creates or updates the organisation profile (fields not given keep their value).
    pub fn set_organisation(&self, input: OrganisationInput) -> Result<Organisation> {
        let current = self.organisation()?;
        let org = input.into_organisation(current)?;
        let stamp = self.stamp();
        self.store().put_setting(KEY, &org, stamp)?;
        Ok(org)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn worded(pairs: &[(&str, &str)]) -> OrganisationInput {
        let words = pairs.iter().map(|(l, w)| (l.to_string(), w.to_string())).collect();
        OrganisationInput { verification_process: Some(words), ..OrganisationInput::default() }
    }

    #[test]
    fn verification_words_are_set_by_language_kept_when_not_named_and_a_bad_code_names_the_field() {
        let org = worded(&[("en", " We match two details. "), ("ES", "Comparamos dos datos.")])
            .into_organisation(None)
            .unwrap();
        assert_eq!(org.verification_process.languages(), ["en", "es"]);
        let org = worded(&[("es", " ")]).into_organisation(Some(org)).unwrap();
        assert_eq!(org.verification_process.languages(), ["en"], "blank words forget their language");
        assert_eq!(org.verification_process.get("en"), Some("We match two details."));
        let kept = OrganisationInput::default().into_organisation(Some(org.clone())).unwrap();
        assert_eq!(kept.verification_process, org.verification_process, "not given: kept");
        let e = worded(&[("english", "x")]).into_organisation(Some(org)).unwrap_err();
        assert_eq!(e.field_key(), Some("verification-process"));
        assert_eq!(e.to_string(), "invalid language 'english': expected an ISO 639-1 code such as en or de");
    }
}

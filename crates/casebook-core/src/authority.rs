//! Supervisory authorities: whom a person may complain to when a request is
//! refused. A refusal must name the right to complain (UK GDPR and GDPR
//! Art. 12(4)); the table ships in `assets/authorities/authorities.json`.

use serde::{Deserialize, Serialize};

use crate::{Location, Regime};

const TABLE: &str = include_str!("../../../assets/authorities/authorities.json");

/// One supervisory authority.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Authority {
    /// Its own name (or, for a description such as "the Attorney General of
    /// Virginia", the English description).
    pub name: String,
    /// Postal address lines separated by newlines; null where unchecked.
    pub address: Option<String>,
    pub website: Option<String>,
    /// Whether an English sentence puts "the" before the name ("complain to
    /// the Information Commissioner's Office").
    #[serde(default)]
    pub the: bool,
    /// A description in other languages, by ISO 639-1 code, where `name` is
    /// English words rather than the authority's own name; or the
    /// authority's official name in another of its country's languages
    /// (Switzerland's FDPIC is the EDÖB in German, the PFPDT in French).
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<std::collections::BTreeMap<String, String>>", optional))]
    pub names: std::collections::BTreeMap<String, String>,
}

impl Authority {
    /// The name as a sentence in `lang` reads it after "complain to" or a
    /// colon: with its article in English ("the Information Commissioner's
    /// Office (ICO)"), the description in the language where there is one.
    pub fn in_sentence(&self, lang: &str) -> String {
        if let Some(name) = self.names.get(lang) {
            return name.clone();
        }
        if lang == "en" && self.the { format!("the {}", self.name) } else { self.name.clone() }
    }
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
/// longest matching location prefix. A description that names the US state
/// (`{state}`, the Attorney General's) is given the case's state from the
/// table of state laws, or its location code where Casebook knows no law there.
pub fn supervisory_authority(regime: Regime, location: &Location) -> Option<Authority> {
    let loc = location.as_str();
    let mut authority = entries()
        .into_iter()
        .filter(|e| e.regime == regime)
        .filter(|e| e.location.is_empty() || loc == e.location || loc.starts_with(&format!("{}-", e.location)))
        .max_by_key(|e| e.location.len())
        .map(|e| e.authority)?;
    let state = crate::deadline::law::state_law(location.subdivision()).map(|s| s.state).unwrap_or(loc);
    authority.name = authority.name.replace("{state}", state);
    for name in authority.names.values_mut() {
        *name = name.replace("{state}", state);
    }
    Some(authority)
}

/// The appeal a consumer has against a refusal, where the case's law gives
/// one (the US state laws: "a process for a consumer to appeal", Va. Code
/// §59.1-577(C)); a refusal must say how to use it (§59.1-577(B)(2)).
pub fn appeal(regime: Regime, location: &Location) -> Option<&'static crate::deadline::law::AppealRule> {
    if regime != Regime::UsState {
        return None;
    }
    crate::deadline::law::state_law(location.subdivision()).ok()?.appeal.as_ref()
}

/// A period the law sets for complaining to the regulator about a decision
/// on a request, which the refusal and the extension notice must state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ComplaintPeriod {
    /// Days from the decision.
    pub days: u32,
    pub provision: &'static str,
}

/// The period for complaining to the regulator about a refusal or an
/// extension, for a case of `regime` asking for `rights`, where the law sets
/// one. POPIA (s.25) sends a request for access through PAIA, under which a
/// refusal (s.56(3)(c)) and an extension notice (s.57(3)(c)) must state "the
/// procedure (including the period)" for complaining to the Information
/// Regulator; a requester aggrieved by a private body's refusal or a
/// decision under s.57(1) "may within 180 days of the decision, submit a
/// complaint … to the Information Regulator in the prescribed manner and
/// form" (PAIA s.77A(2)(d), inserted by POPIA s.110; read on the
/// Regulator's site, inforegulator.org.za). No other law here sets one.
pub fn complaint_period(regime: Regime, rights: &[crate::Right]) -> Option<ComplaintPeriod> {
    (regime == Regime::Popia && rights.contains(&crate::Right::Access))
        .then_some(ComplaintPeriod { days: 180, provision: "PAIA s.77A(2)" })
}

/// Whether a person whose request is refused may go to court to enforce the
/// right, and the provision that gives it: a refusal says so only where one
/// does. None where the statute leaves enforcement to a regulator (the US
/// state laws and the CCPA, beyond a data breach) or puts a complaint to the
/// regulator first (PIPEDA, the Australian Privacy Act): there a letter names
/// the regulator alone.
pub fn judicial_remedy(regime: Regime) -> Option<&'static str> {
    match regime {
        Regime::UkGdpr => Some("UK GDPR Art. 79; DPA 2018 s.167"),
        Regime::EuGdpr => Some("GDPR Art. 79"),
        Regime::Lgpd => Some("LGPD Art. 22"),
        Regime::Fadp => Some("revFADP Art. 32(2)"),
        Regime::Popia => Some("POPIA s.99"),
        // Cal. Civ. Code §1798.150(c): no private right of action beyond a data breach.
        Regime::Ccpa => None,
        // The Attorney General enforces the act alone (e.g. Va. Code §59.1-584(A)).
        Regime::UsState => None,
        // A court hears a complaint only after the Commissioner's report (PIPEDA s.14).
        Regime::Pipeda => None,
        // Complaints go to the Commissioner (Privacy Act 1988 (Cth) s.36).
        Regime::AuApp => None,
    }
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
            // The President of the Office decides complaints (uodo.gov.pl; biznes.gov.pl gives the address).
            (Regime::EuGdpr, "PL", "Prezes Urzędu Ochrony Danych Osobowych (UODO)"),
            (Regime::EuGdpr, "PT", "Comissão Nacional de Proteção de Dados (CNPD)"),
        ];
        for (regime, loc, name) in table {
            let a = supervisory_authority(regime, &Location::parse(loc).unwrap()).unwrap();
            assert_eq!(a.name, name, "{regime} {loc}");
        }
        let de_sn = supervisory_authority(Regime::EuGdpr, &Location::parse("DE-SN").unwrap()).unwrap();
        assert!(de_sn.name.contains("German Land"), "{}", de_sn.name);
        let lu = supervisory_authority(Regime::EuGdpr, &Location::parse("LU").unwrap()).unwrap();
        assert!(lu.name.contains("Art. 77"), "{}", lu.name);
        for r in Regime::ALL {
            let any = Location::parse("GB").unwrap();
            if let Some(a) = supervisory_authority(*r, &any) {
                assert!(!a.in_sentence("en").is_empty(), "{r}");
            }
            if *r != Regime::UkGdpr {
                assert!(supervisory_authority(*r, &any).is_some(), "{r}: a regime-wide entry");
            }
        }
    }

    /// A US state law's Attorney General is named for the case's state, in
    /// every letter language; a state without a law Casebook knows keeps its code.
    #[test]
    fn the_attorney_general_is_the_case_states() {
        let table = [
            ("US-VA", "en", "the Attorney General of Virginia"),
            ("US-CO", "en", "the Attorney General of Colorado"),
            ("US-VA", "de", "der Attorney General (Generalstaatsanwalt) des Bundesstaats Virginia"),
            ("US-VA", "fr", "l'Attorney General (procureur général) de l'État de Virginia"),
            ("US-TX", "pl", "Attorney General (prokurator generalny) stanu Texas"),
            ("US-ZZ", "en", "the Attorney General of US-ZZ"),
        ];
        for (loc, lang, want) in table {
            let a = supervisory_authority(Regime::UsState, &Location::parse(loc).unwrap()).unwrap();
            assert_eq!(a.in_sentence(lang), want, "{loc} {lang}");
            assert!(!a.name.contains('{') && a.names.values().all(|n| !n.contains('{')), "{a:?}");
        }
    }

    /// Where a refused person may go to court, with the provision; the
    /// regimes that leave enforcement to a regulator give none.
    #[test]
    fn a_judicial_remedy_is_named_only_where_the_law_gives_one() {
        let table = [
            (Regime::UkGdpr, Some("UK GDPR Art. 79; DPA 2018 s.167")),
            (Regime::EuGdpr, Some("GDPR Art. 79")),
            (Regime::Lgpd, Some("LGPD Art. 22")),
            (Regime::Fadp, Some("revFADP Art. 32(2)")),
            (Regime::Popia, Some("POPIA s.99")),
            (Regime::Ccpa, None),    // Cal. Civ. Code §1798.150(c)
            (Regime::UsState, None), // Va. Code §59.1-584(A): the Attorney General alone
            (Regime::Pipeda, None),  // PIPEDA s.14: after the Commissioner's report
            (Regime::AuApp, None),   // Privacy Act 1988 s.36: a complaint to the OAIC
        ];
        assert_eq!(table.len(), Regime::ALL.len(), "every regime is in the table");
        for (regime, want) in table {
            assert_eq!(judicial_remedy(regime), want, "{regime}");
        }
    }

    /// (regime, rights, the period for complaining to the regulator)
    #[test]
    fn a_complaint_period_is_stated_only_where_the_law_sets_one() {
        use crate::Right::*;
        let popia = Some(ComplaintPeriod { days: 180, provision: "PAIA s.77A(2)" });
        let table: &[(Regime, &[crate::Right], Option<ComplaintPeriod>)] = &[
            // POPIA s.25: access goes through PAIA; s.77A(2)(d): 180 days of the decision.
            (Regime::Popia, &[Access], popia),
            (Regime::Popia, &[Rectification, Access], popia),
            // A correction or deletion (POPIA s.24) is not a PAIA request.
            (Regime::Popia, &[Rectification], None),
            (Regime::Popia, &[Erasure], None),
            // The GDPR and the others set no period for a complaint.
            (Regime::UkGdpr, &[Access], None),
            (Regime::EuGdpr, &[Access], None),
            (Regime::Ccpa, &[Access], None),
        ];
        for (regime, rights, want) in table {
            assert_eq!(complaint_period(*regime, rights), *want, "{regime} {rights:?}");
        }
    }

    /// Every authority as an English letter names it after "complain to":
    /// with "the" where English puts one, never twice, never a German article.
    #[test]
    fn every_authority_reads_right_in_an_english_sentence() {
        let table = [
            ("Information Commissioner's Office (ICO)", "the Information Commissioner's Office (ICO)"),
            ("Data Protection Commission", "the Data Protection Commission"),
            (
                "Commission nationale de l'informatique et des libertés (CNIL)",
                "the Commission nationale de l'informatique et des libertés (CNIL)",
            ),
            (
                "the data protection authority of the German Land where the controller is established",
                "the data protection authority of the German Land where the controller is established",
            ),
            (
                "Bayerisches Landesamt für Datenschutzaufsicht (BayLDA)",
                "the Bayerisches Landesamt für Datenschutzaufsicht (BayLDA)",
            ),
            (
                "Berliner Beauftragte für Datenschutz und Informationsfreiheit",
                "the Berliner Beauftragte für Datenschutz und Informationsfreiheit",
            ),
            (
                "Der Hamburgische Beauftragte für Datenschutz und Informationsfreiheit",
                "Der Hamburgische Beauftragte für Datenschutz und Informationsfreiheit",
            ),
            (
                "Der Landesbeauftragte für den Datenschutz und die Informationsfreiheit Baden-Württemberg",
                "Der Landesbeauftragte für den Datenschutz und die Informationsfreiheit Baden-Württemberg",
            ),
            ("Autoriteit Persoonsgegevens", "the Autoriteit Persoonsgegevens"),
            ("Agencia Española de Protección de Datos (AEPD)", "the Agencia Española de Protección de Datos (AEPD)"),
            ("Garante per la protezione dei dati personali", "the Garante per la protezione dei dati personali"),
            ("Österreichische Datenschutzbehörde", "the Österreichische Datenschutzbehörde"),
            (
                "Autorité de protection des données / Gegevensbeschermingsautoriteit",
                "the Autorité de protection des données / Gegevensbeschermingsautoriteit",
            ),
            (
                "Prezes Urzędu Ochrony Danych Osobowych (UODO)",
                "the President of the Personal Data Protection Office (Prezes Urzędu Ochrony Danych Osobowych, UODO)",
            ),
            ("Comissão Nacional de Proteção de Dados (CNPD)", "the Comissão Nacional de Proteção de Dados (CNPD)"),
            (
                "the data protection supervisory authority of the Member State where the person lives, works or where the infringement took place (GDPR Art. 77)",
                "the data protection supervisory authority of the Member State where the person lives, works or where the infringement took place (GDPR Art. 77)",
            ),
            ("California Privacy Protection Agency (CPPA)", "the California Privacy Protection Agency (CPPA)"),
            ("the Attorney General of {state}", "the Attorney General of {state}"),
            ("Autoridade Nacional de Proteção de Dados (ANPD)", "the Autoridade Nacional de Proteção de Dados (ANPD)"),
            ("Office of the Privacy Commissioner of Canada", "the Office of the Privacy Commissioner of Canada"),
            (
                "Federal Data Protection and Information Commissioner (FDPIC)",
                "the Federal Data Protection and Information Commissioner (FDPIC)",
            ),
            ("Information Regulator (South Africa)", "the Information Regulator (South Africa)"),
            (
                "Office of the Australian Information Commissioner (OAIC)",
                "the Office of the Australian Information Commissioner (OAIC)",
            ),
        ];
        let all = entries();
        assert_eq!(all.len(), table.len(), "every entry of the shipped table is checked here");
        for (e, (name, want)) in all.iter().zip(table) {
            assert_eq!(e.authority.name, name);
            let got = e.authority.in_sentence("en");
            assert_eq!(got, want);
            assert!(!got.starts_with("the the ") && !got.starts_with("the Der "), "{got}");
            // A description in English words is given in every other letter language too.
            if e.authority.name.starts_with("the ") {
                for lang in ["de", "fr", "es", "pl", "pt", "nl", "it"] {
                    assert!(e.authority.names.contains_key(lang), "{name}: no {lang} description");
                }
            }
        }
    }

    /// An authority with an official name in the letter's language is named
    /// by it (Switzerland: German, French, Italian; Canada: French), with
    /// the article the sentence reads it with.
    #[test]
    fn an_authority_is_named_in_its_own_official_language() {
        #[rustfmt::skip]
        let table = [
            (Regime::Fadp, "CH-ZH", "de", "der Eidgenössische Datenschutz- und Öffentlichkeitsbeauftragte (EDÖB)"),
            (Regime::Fadp, "CH-GE", "fr", "le Préposé fédéral à la protection des données et à la transparence (PFPDT)"),
            (Regime::Fadp, "CH-TI", "it", "l'Incaricato federale della protezione dei dati e della trasparenza (IFPDT)"),
            (Regime::Fadp, "CH-ZH", "en", "the Federal Data Protection and Information Commissioner (FDPIC)"),
            (Regime::Fadp, "CH-ZH", "pl", "Federal Data Protection and Information Commissioner (FDPIC)"),
            (Regime::Pipeda, "CA-QC", "fr", "le Commissariat à la protection de la vie privée du Canada"),
            (Regime::Pipeda, "CA-ON", "en", "the Office of the Privacy Commissioner of Canada"),
        ];
        for (regime, location, lang, want) in table {
            let a = supervisory_authority(regime, &Location::parse(location).unwrap()).unwrap();
            assert_eq!(a.in_sentence(lang), want, "{regime:?} {lang}");
        }
    }
}

//! The few words the letter frame and the template filters need in each
//! language: dates, names of rights and laws, the labels of the info block.
//! The letters' wording itself lives in the templates. A language without an
//! entry here (an organisation's own Spanish templates) gets English labels.

use casebook_core::{Regime, Relationship, Right};
use chrono::{Datelike, NaiveDate};

/// The labels around a letter's body.
pub struct Labels {
    pub date: &'static str,
    pub our_reference: &'static str,
    pub your_request: &'static str,
    /// In place of `your_request` on a complaint's letters.
    pub your_complaint: &'static str,
    pub contact: &'static str,
    pub dpo: &'static str,
    pub page_of: fn(usize, usize) -> String,
}

pub fn labels(lang: &str) -> Labels {
    match lang {
        "de" => Labels {
            date: "Datum",
            our_reference: "Unser Zeichen",
            your_request: "Ihre Anfrage vom",
            your_complaint: "Ihre Beschwerde vom",
            contact: "Kontakt",
            dpo: "Datenschutzbeauftragte/r",
            page_of: |i, n| format!("Seite {i} von {n}"),
        },
        "fr" => Labels {
            date: "Date",
            our_reference: "Notre référence",
            your_request: "Votre demande du",
            your_complaint: "Votre réclamation du",
            contact: "Contact",
            dpo: "Délégué(e) à la protection des données",
            page_of: |i, n| format!("Page {i} sur {n}"),
        },
        "es" => Labels {
            date: "Fecha",
            our_reference: "Nuestra referencia",
            your_request: "Su solicitud de fecha",
            your_complaint: "Su reclamación de fecha",
            contact: "Contacto",
            dpo: "Delegado/a de protección de datos",
            page_of: |i, n| format!("Página {i} de {n}"),
        },
        "it" => Labels {
            date: "Data",
            our_reference: "Nostro riferimento",
            your_request: "Sua richiesta del",
            your_complaint: "Suo reclamo del",
            contact: "Contatti",
            dpo: "Responsabile della protezione dei dati",
            page_of: |i, n| format!("Pagina {i} di {n}"),
        },
        "nl" => Labels {
            date: "Datum",
            our_reference: "Ons kenmerk",
            your_request: "Uw verzoek van",
            your_complaint: "Uw klacht van",
            contact: "Contact",
            dpo: "Functionaris voor gegevensbescherming",
            page_of: |i, n| format!("Pagina {i} van {n}"),
        },
        "pt" => Labels {
            date: "Data",
            our_reference: "A nossa referência",
            your_request: "O seu pedido de",
            your_complaint: "A sua reclamação de",
            contact: "Contacto",
            dpo: "Encarregado(a) da proteção de dados",
            page_of: |i, n| format!("Página {i} de {n}"),
        },
        "pl" => Labels {
            date: "Data",
            our_reference: "Nasz znak",
            your_request: "Państwa wniosek z dnia",
            your_complaint: "Państwa skarga z dnia",
            contact: "Kontakt",
            dpo: "Inspektor ochrony danych",
            page_of: |i, n| format!("Strona {i} z {n}"),
        },
        _ => Labels {
            date: "Date",
            our_reference: "Our reference",
            your_request: "Your request of",
            your_complaint: "Your complaint of",
            contact: "Contact",
            dpo: "Data Protection Officer",
            page_of: |i, n| format!("Page {i} of {n}"),
        },
    }
}

// The months of each language, as `long_date` writes them.
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const MONTHS_DE: [&str; 12] = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
];
const MONTHS_FR: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];
const MONTHS_ES: [&str; 12] = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
];
const MONTHS_IT: [&str; 12] = [
    "gennaio",
    "febbraio",
    "marzo",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "agosto",
    "settembre",
    "ottobre",
    "novembre",
    "dicembre",
];
const MONTHS_NL: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];
const MONTHS_PT: [&str; 12] = [
    "janeiro",
    "fevereiro",
    "março",
    "abril",
    "maio",
    "junho",
    "julho",
    "agosto",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
];
const MONTHS_PL: [&str; 12] = [
    "stycznia",
    "lutego",
    "marca",
    "kwietnia",
    "maja",
    "czerwca",
    "lipca",
    "sierpnia",
    "września",
    "października",
    "listopada",
    "grudnia",
];

/// A civil date in words: "2 December 2026", "2. Dezember 2026", "1er décembre 2026".
pub fn long_date(d: NaiveDate, lang: &str) -> String {
    let m = d.month0() as usize;
    match lang {
        "de" => format!("{}. {} {}", d.day(), MONTHS_DE[m], d.year()),
        "fr" if d.day() == 1 => format!("1er {} {}", MONTHS_FR[m], d.year()),
        "fr" => format!("{} {} {}", d.day(), MONTHS_FR[m], d.year()),
        "es" => format!("{} de {} de {}", d.day(), MONTHS_ES[m], d.year()),
        // Italian writes the first of the month "1º"; the plain figure is also
        // correct and reads the same in every font.
        "it" => format!("{} {} {}", d.day(), MONTHS_IT[m], d.year()),
        "nl" => format!("{} {} {}", d.day(), MONTHS_NL[m], d.year()),
        "pt" => format!("{} de {} de {}", d.day(), MONTHS_PT[m], d.year()),
        // Polish: the month in the genitive. Without the optional "r." (roku)
        // after the year, which would double the full stop ending a sentence.
        "pl" => format!("{} {} {}", d.day(), MONTHS_PL[m], d.year()),
        _ => format!("{} {} {}", d.day(), MONTHS_EN[m], d.year()),
    }
}

#[allow(clippy::too_many_lines)] // a table: each right's name in each language
pub fn right_name(r: Right, lang: &str) -> &'static str {
    use Right::*;
    match lang {
        "de" => match r {
            Access => "Auskunft",
            Rectification => "Berichtigung",
            Erasure => "Löschung",
            Restriction => "Einschränkung der Verarbeitung",
            Portability => "Datenübertragbarkeit",
            Objection => "Widerspruch",
            WithdrawConsent => "Widerruf der Einwilligung",
            AutomatedDecision => "Überprüfung einer automatisierten Entscheidung",
            OptOutOfSale => "Widerspruch gegen Verkauf oder Weitergabe",
            LimitSensitive => "Einschränkung der Nutzung sensibler Daten",
            Unsubscribe => "Abmeldung von Werbung",
            DeactivateAccount => "Deaktivierung des Kontos",
            CommunicationPreferences => "Änderung der Kommunikationseinstellungen",
            Other => "sonstiges Anliegen",
        },
        "fr" => match r {
            Access => "accès",
            Rectification => "rectification",
            Erasure => "effacement",
            Restriction => "limitation du traitement",
            Portability => "portabilité",
            Objection => "opposition",
            WithdrawConsent => "retrait du consentement",
            AutomatedDecision => "réexamen d'une décision automatisée",
            OptOutOfSale => "opposition à la vente ou au partage",
            LimitSensitive => "limitation de l'usage des données sensibles",
            Unsubscribe => "désabonnement de la prospection",
            DeactivateAccount => "désactivation du compte",
            CommunicationPreferences => "modification des préférences de communication",
            Other => "autre demande",
        },
        // The GDPR's own terms in its Spanish version (Articles 15 to 22).
        "es" => match r {
            Access => "acceso",
            Rectification => "rectificación",
            Erasure => "supresión",
            Restriction => "limitación del tratamiento",
            Portability => "portabilidad de los datos",
            Objection => "oposición",
            WithdrawConsent => "retirada del consentimiento",
            AutomatedDecision => "revisión de una decisión automatizada",
            OptOutOfSale => "exclusión de la venta o el intercambio de su información personal",
            LimitSensitive => "limitación del uso de su información personal sensible",
            Unsubscribe => "baja de las comunicaciones comerciales",
            DeactivateAccount => "desactivación de la cuenta",
            CommunicationPreferences => "cambio de las preferencias de comunicación",
            Other => "otra cuestión",
        },
        // The GDPR's own terms in its Italian version.
        "it" => match r {
            Access => "accesso",
            Rectification => "rettifica",
            Erasure => "cancellazione",
            Restriction => "limitazione del trattamento",
            Portability => "portabilità dei dati",
            Objection => "opposizione",
            WithdrawConsent => "revoca del consenso",
            AutomatedDecision => "riesame di una decisione automatizzata",
            OptOutOfSale => "opposizione alla vendita o alla condivisione delle Sue informazioni personali",
            LimitSensitive => "limitazione dell'uso delle Sue informazioni personali sensibili",
            Unsubscribe => "interruzione delle comunicazioni di marketing",
            DeactivateAccount => "disattivazione dell'account",
            CommunicationPreferences => "modifica delle preferenze di comunicazione",
            Other => "altra richiesta",
        },
        // The AVG's own terms (the GDPR's Dutch version), as nouns after "betreffende".
        "nl" => match r {
            Access => "inzage",
            Rectification => "rectificatie",
            Erasure => "gegevenswissing",
            Restriction => "beperking van de verwerking",
            Portability => "overdraagbaarheid van gegevens",
            Objection => "bezwaar tegen de verwerking",
            WithdrawConsent => "intrekking van toestemming",
            AutomatedDecision => "herbeoordeling van een geautomatiseerd besluit",
            OptOutOfSale => "bezwaar tegen de verkoop of het delen van uw persoonsgegevens",
            LimitSensitive => "beperking van het gebruik van uw gevoelige persoonsgegevens",
            Unsubscribe => "afmelding voor marketing",
            DeactivateAccount => "deactivering van het account",
            CommunicationPreferences => "wijziging van de communicatievoorkeuren",
            Other => "een ander onderwerp",
        },
        // The GDPR's own terms in its (European) Portuguese version.
        "pt" => match r {
            Access => "acesso",
            Rectification => "retificação",
            Erasure => "apagamento",
            Restriction => "limitação do tratamento",
            Portability => "portabilidade dos dados",
            Objection => "oposição",
            WithdrawConsent => "retirada do consentimento",
            AutomatedDecision => "reapreciação de uma decisão automatizada",
            OptOutOfSale => "oposição à venda ou partilha das suas informações pessoais",
            LimitSensitive => "limitação da utilização das suas informações pessoais sensíveis",
            Unsubscribe => "cancelamento das comunicações de marketing",
            DeactivateAccount => "desativação da conta",
            CommunicationPreferences => "alteração das preferências de comunicação",
            Other => "outro assunto",
        },
        // The RODO's own terms (the GDPR's Polish version), in the genitive
        // the templates need after "wniosek w sprawie".
        "pl" => match r {
            Access => "dostępu do danych",
            Rectification => "sprostowania danych",
            Erasure => "usunięcia danych",
            Restriction => "ograniczenia przetwarzania",
            Portability => "przenoszenia danych",
            Objection => "sprzeciwu wobec przetwarzania",
            WithdrawConsent => "wycofania zgody",
            AutomatedDecision => "ponownej oceny zautomatyzowanej decyzji",
            OptOutOfSale => "rezygnacji ze sprzedaży lub udostępniania Państwa danych osobowych",
            LimitSensitive => "ograniczenia wykorzystania Państwa wrażliwych danych osobowych",
            Unsubscribe => "rezygnacji z informacji marketingowych",
            DeactivateAccount => "dezaktywacji konta",
            CommunicationPreferences => "zmiany preferencji dotyczących komunikacji",
            Other => "innej sprawy",
        },
        _ => match r {
            Access => "access",
            Rectification => "rectification",
            Erasure => "erasure",
            Restriction => "restriction of processing",
            Portability => "data portability",
            Objection => "objection",
            WithdrawConsent => "withdrawal of consent",
            AutomatedDecision => "review of an automated decision",
            OptOutOfSale => "opting out of the sale or sharing of personal information",
            LimitSensitive => "limiting the use of sensitive personal information",
            Unsubscribe => "unsubscribing from marketing",
            DeactivateAccount => "account deactivation",
            CommunicationPreferences => "a change of communication preferences",
            Other => "another request",
        },
    }
}

/// The law, as a letter names it. In Spanish the name carries its article
/// ("el Reglamento…", "la Ley…"), because the article's gender follows the
/// law's own name; the templates put it where no preposition precedes it
/// ("como permite el Reglamento…"), so "a el"/"de el" never arise.
pub fn regime_name(r: Regime, lang: &str) -> &'static str {
    use Regime::*;
    match (r, lang) {
        (UkGdpr, "es") => "el Reglamento General de Protección de Datos del Reino Unido (UK GDPR)",
        (UkGdpr, "it") => "il regolamento generale sulla protezione dei dati del Regno Unito (UK GDPR)",
        (EuGdpr, "it") => "il regolamento generale sulla protezione dei dati (GDPR)",
        (Ccpa, "it") => "il California Consumer Privacy Act (CCPA/CPRA)",
        (UsState, "it") => "la legge sulla privacy dello Stato",
        (Lgpd, "it") => "la legge generale brasiliana sulla protezione dei dati (LGPD)",
        (Pipeda, "it") => "la legge canadese sulla protezione delle informazioni personali (PIPEDA)",
        (Fadp, "it") => "la legge federale svizzera sulla protezione dei dati (LPD)",
        (Popia, "it") => "la legge sudafricana sulla protezione delle informazioni personali (POPIA)",
        (AuApp, "it") => "il Privacy Act 1988 australiano (Australian Privacy Principles)",
        (UkGdpr, "nl") => "de Britse AVG (UK GDPR)",
        (EuGdpr, "nl") => "de Algemene verordening gegevensbescherming (AVG)",
        (Ccpa, "nl") => "de California Consumer Privacy Act (CCPA/CPRA)",
        (UsState, "nl") => "de privacywet van de staat",
        (Lgpd, "nl") => "de Braziliaanse algemene wet gegevensbescherming (LGPD)",
        (Pipeda, "nl") => "de Canadese wet op de bescherming van persoonsgegevens (PIPEDA)",
        (Fadp, "nl") => "de Zwitserse federale wet inzake gegevensbescherming (DSG)",
        (Popia, "nl") => "de Zuid-Afrikaanse wet op de bescherming van persoonsgegevens (POPIA)",
        (AuApp, "nl") => "de Australische Privacy Act 1988 (Australian Privacy Principles)",
        (UkGdpr, "pt") => "o Regulamento Geral sobre a Proteção de Dados do Reino Unido (UK GDPR)",
        (EuGdpr, "pt") => "o Regulamento Geral sobre a Proteção de Dados (RGPD)",
        (Ccpa, "pt") => "a lei da Califórnia sobre a privacidade dos consumidores (CCPA/CPRA)",
        (UsState, "pt") => "a lei de privacidade do estado",
        (Lgpd, "pt") => "a Lei Geral de Proteção de Dados Pessoais do Brasil (LGPD)",
        (Pipeda, "pt") => "a lei canadiana de proteção das informações pessoais (PIPEDA)",
        (Fadp, "pt") => "a lei federal suíça sobre a proteção de dados (LPD)",
        (Popia, "pt") => "a lei sul-africana de proteção das informações pessoais (POPIA)",
        (AuApp, "pt") => "o Privacy Act 1988 australiano (Australian Privacy Principles)",
        (UkGdpr, "pl") => "brytyjskie ogólne rozporządzenie o ochronie danych (UK GDPR)",
        (EuGdpr, "pl") => "ogólne rozporządzenie o ochronie danych (RODO)",
        (Ccpa, "pl") => "kalifornijska ustawa o ochronie prywatności konsumentów (CCPA/CPRA)",
        (UsState, "pl") => "stanowa ustawa o ochronie prywatności",
        (Lgpd, "pl") => "brazylijska ogólna ustawa o ochronie danych osobowych (LGPD)",
        (Pipeda, "pl") => "kanadyjska ustawa o ochronie danych osobowych (PIPEDA)",
        (Fadp, "pl") => "szwajcarska federalna ustawa o ochronie danych (FADP)",
        (Popia, "pl") => "południowoafrykańska ustawa o ochronie danych osobowych (POPIA)",
        (AuApp, "pl") => "australijska ustawa Privacy Act 1988 (Australian Privacy Principles)",
        (UkGdpr, _) => "UK GDPR",
        (EuGdpr, "es") => "el Reglamento General de Protección de Datos (RGPD)",
        (Ccpa, "es") => "la Ley de Privacidad del Consumidor de California (CCPA/CPRA)",
        (UsState, "es") => "la ley de privacidad del estado",
        (Lgpd, "es") => "la Ley General de Protección de Datos de Brasil (LGPD)",
        (Pipeda, "es") => "la ley canadiense de protección de la información personal (PIPEDA)",
        (Fadp, "es") => "la Ley Federal suiza de Protección de Datos (LPD)",
        (Popia, "es") => "la ley sudafricana de protección de la información personal (POPIA)",
        (AuApp, "es") => "la Privacy Act 1988 de Australia (Principios Australianos de Privacidad)",
        (EuGdpr, "de") => "Datenschutz-Grundverordnung (DSGVO)",
        (EuGdpr, "fr") => "règlement général sur la protection des données (RGPD)",
        (EuGdpr, _) => "General Data Protection Regulation (GDPR)",
        (Ccpa, _) => "California Consumer Privacy Act (CCPA/CPRA)",
        (UsState, "de") => "US-Datenschutzrecht des Bundesstaats",
        (UsState, "fr") => "loi de l'État américain sur la vie privée",
        (UsState, _) => "state privacy law",
        // The acts by their names, as their countries' own English usage does
        // ("under the PIPEDA" is not said); German takes the English name as
        // it does the other acts' ("nach dem … Act").
        (Lgpd, "en") => "General Data Protection Law (LGPD)",
        (Lgpd, _) => "LGPD",
        (Pipeda, "fr") => "Loi sur la protection des renseignements personnels et les documents électroniques (LPRPDE)",
        (Pipeda, _) => "Personal Information Protection and Electronic Documents Act (PIPEDA)",
        (Fadp, "de") => "Datenschutzgesetz (DSG)",
        (Fadp, "fr") => "loi fédérale sur la protection des données (LPD)",
        (Fadp, _) => "Federal Act on Data Protection (FADP)",
        (Popia, _) => "Protection of Personal Information Act (POPIA)",
        (AuApp, _) => "Privacy Act 1988 (Australian Privacy Principles)",
    }
}

/// [`regime_name`], with a US state law's own name: "Virginia Consumer Data
/// Protection Act" in English, the generic name followed by it in brackets
/// in the other languages (the act has no official translation).
pub fn law_name(r: Regime, lang: &str, state_act: Option<&str>) -> String {
    match (state_act, lang) {
        (Some(act), "en") => act.to_string(),
        (Some(act), _) => format!("{} ({act})", regime_name(r, lang)),
        (None, _) => regime_name(r, lang).to_string(),
    }
}

/// The grammatical gender of the law's name where the article depends on
/// it: German (die Verordnung, das Gesetz, der Act) and French (le
/// règlement, la loi).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Gender {
    Masculine,
    Feminine,
    Neuter,
}

/// The gender of [`regime_name`]'s head noun in German and French; None in
/// the other languages (English has one article; es, it, nl and pt carry it
/// in the name).
pub fn regime_gender(r: Regime, lang: &str) -> Option<Gender> {
    use Gender::*;
    use Regime::*;
    match lang {
        // die (Datenschutz-Grund)Verordnung, die Lei (LGPD); das (Datenschutz)Gesetz,
        // das Recht; der Act (CCPA, PIPEDA, POPIA, Privacy Act).
        "de" => Some(match r {
            UkGdpr | EuGdpr | Lgpd => Feminine,
            UsState | Fadp => Neuter,
            Ccpa | Pipeda | Popia | AuApp => Masculine,
        }),
        // le règlement (RGPD, UK GDPR), le Act (CCPA, Privacy Act); la loi (LGPD, LPRPDE, LPD, POPIA).
        "fr" => Some(match r {
            UkGdpr | EuGdpr | Ccpa | AuApp => Masculine,
            UsState | Lgpd | Pipeda | Fadp | Popia => Feminine,
        }),
        _ => None,
    }
}

/// The law's name with the article a sentence needs, as (subject, after a
/// preposition): German nominative and dative ("das Datenschutzgesetz
/// (DSG)", "dem Datenschutzgesetz (DSG)"), French "le/la/l'" and
/// "du/de la/de l'"; in the other languages `name` as it is. `name` is the
/// law as [`law_name`] gives it.
pub fn law_with_article(r: Regime, lang: &str, name: &str) -> (String, String) {
    let elided = name.starts_with(|c: char| "AEIOÉÈaeiouéè".contains(c));
    let (subject, after) = match (regime_gender(r, lang), lang) {
        (Some(Gender::Feminine), "de") => ("die", "der"),
        (Some(Gender::Neuter), "de") => ("das", "dem"),
        (Some(Gender::Masculine), "de") => ("der", "dem"),
        (Some(_), "fr") if elided => ("l'", "de l'"),
        (Some(Gender::Feminine), "fr") => ("la ", "de la "),
        (Some(_), "fr") => ("le ", "du "),
        _ => return (name.to_string(), name.to_string()),
    };
    let space = if lang == "de" { " " } else { "" };
    (format!("{subject}{space}{name}"), format!("{after}{space}{name}"))
}

pub fn relationship_name(r: Relationship, lang: &str) -> &'static str {
    use Relationship::*;
    match lang {
        "de" => match r {
            Parent => "Elternteil",
            Guardian => "Vormund",
            Solicitor => "Rechtsanwalt/Rechtsanwältin",
            AuthorisedAgent => "bevollmächtigte Person",
            PowerOfAttorney => "Vorsorgebevollmächtigte/r",
            Other => "Vertreter/in",
        },
        "fr" => match r {
            Parent => "parent",
            Guardian => "tuteur",
            Solicitor => "avocat",
            AuthorisedAgent => "mandataire",
            PowerOfAttorney => "mandataire (procuration)",
            Other => "représentant",
        },
        "es" => match r {
            Parent => "madre o padre",
            Guardian => "tutor legal",
            Solicitor => "abogado",
            AuthorisedAgent => "representante autorizado",
            PowerOfAttorney => "apoderado",
            Other => "representante",
        },
        "it" => match r {
            Parent => "genitore",
            Guardian => "tutore",
            Solicitor => "avvocato",
            AuthorisedAgent => "rappresentante autorizzato",
            PowerOfAttorney => "procuratore",
            Other => "rappresentante",
        },
        "nl" => match r {
            Parent => "ouder",
            Guardian => "voogd",
            Solicitor => "advocaat",
            AuthorisedAgent => "gemachtigde",
            PowerOfAttorney => "gevolmachtigde",
            Other => "vertegenwoordiger",
        },
        "pt" => match r {
            Parent => "progenitor",
            Guardian => "tutor",
            Solicitor => "advogado",
            AuthorisedAgent => "mandatário",
            PowerOfAttorney => "procurador",
            Other => "representante",
        },
        "pl" => match r {
            Parent => "rodzic",
            Guardian => "opiekun prawny",
            Solicitor => "adwokat lub radca prawny",
            AuthorisedAgent => "upoważniony przedstawiciel",
            PowerOfAttorney => "pełnomocnik",
            Other => "przedstawiciel",
        },
        _ => match r {
            Parent => "parent",
            Guardian => "guardian",
            Solicitor => "solicitor",
            AuthorisedAgent => "authorised agent",
            PowerOfAttorney => "attorney under a power of attorney",
            Other => "representative",
        },
    }
}

/// How a letter greets its reader, in the language: a neutral form with the
/// name as recorded (no "Sehr geehrte/r", which guesses nothing right), or
/// the language's form for an unknown reader when there is no name.
/// A language without an entry gets the English form.
pub fn salutation(name: &str, lang: &str) -> String {
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    match (lang, name.is_empty()) {
        ("de", false) => format!("Guten Tag {name},"),
        ("de", true) => "Guten Tag,".to_string(),
        ("fr", false) => format!("Bonjour {name},"),
        ("fr", true) => "Madame, Monsieur,".to_string(),
        // Spanish: "Estimado/a" guesses or slashes a gender; "Buenos días" is
        // the neutral formal greeting of Spanish business mail (as "Guten
        // Tag" is in German), and a Spanish salutation ends with a colon.
        ("es", false) => format!("Buenos días, {name}:"),
        ("es", true) => "Buenos días:".to_string(),
        // Italian: "Gentile" takes no gender; for an unknown reader the
        // conventional pair, as the French "Madame, Monsieur".
        ("it", false) => format!("Gentile {name},"),
        ("it", true) => "Gentile Signora, Gentile Signore,".to_string(),
        // Dutch: "Geachte" takes no gender; for an unknown reader the
        // conventional "Geachte heer, mevrouw".
        ("nl", false) => format!("Geachte {name},"),
        ("nl", true) => "Geachte heer, mevrouw,".to_string(),
        // European Portuguese: "Exmo.(a) Senhor(a)" and "Caro(a)" mark a
        // gender; "Bom dia" is the neutral greeting of formal Portuguese mail,
        // as "Guten Tag" is in German.
        ("pt", false) => format!("Bom dia, {name},"),
        ("pt", true) => "Bom dia,".to_string(),
        // Polish: "Szanowny Panie" / "Szanowna Pani" mark a gender and want
        // the name in the vocative, which cannot be derived from a recorded
        // name; "Dzień dobry" is the neutral greeting of Polish business mail
        // (as "Guten Tag" is in German), and "Szanowni Państwo", the
        // courteous plural the letters use throughout, greets an unknown reader.
        ("pl", false) => format!("Dzień dobry, {name},"),
        ("pl", true) => "Szanowni Państwo,".to_string(),
        (_, false) => format!("Dear {name},"),
        (_, true) => "Dear Sir or Madam,".to_string(),
    }
}

/// The organisation's own words (a system's name, a retention period, a
/// recipient's name, its own vocabulary), which Casebook cannot translate,
/// quoted as recorded in a letter that is not in English: „…“ in German,
/// « … » in French, «…» in Spanish, “…” in other languages; as they are in English.
pub fn as_recorded(text: &str, lang: &str) -> String {
    match lang {
        "en" => text.to_string(),
        "de" => format!("\u{201e}{text}\u{201c}"),
        "fr" => format!("\u{ab}\u{a0}{text}\u{a0}\u{bb}"),
        // Spanish, Italian and European Portuguese: comillas angulares, no spaces.
        "es" => format!("\u{ab}{text}\u{bb}"),
        "it" => format!("\u{ab}{text}\u{bb}"),
        // Dutch: the Taalunie's double quotation marks.
        "nl" => format!("\u{201c}{text}\u{201d}"),
        // European Portuguese: aspas angulares, no spaces.
        "pt" => format!("\u{ab}{text}\u{bb}"),
        "pl" => format!("\u{201e}{text}\u{201d}"),
        _ => format!("\u{201c}{text}\u{201d}"),
    }
}

/// The few words that join the record of processing's parts in a letter.
pub struct RecordWords {
    /// No automated decision-making ("aucune prise de décision").
    pub no_decisions: &'static str,
    /// No transfer ("aucun transfert").
    pub no_transfers: &'static str,
    /// After a label: ": ", in French " : ".
    pub colon: &'static str,
    /// "Cloud provider to US": a transfer's recipient and its country.
    pub to: &'static str,
    pub logic: &'static str,
    pub consequences: &'static str,
}

pub fn record_words(lang: &str) -> RecordWords {
    match lang {
        "de" => RecordWords {
            no_decisions: "keine",
            no_transfers: "keine",
            colon: ": ",
            to: "nach",
            logic: "Logik:",
            consequences: "Folgen:",
        },
        "fr" => RecordWords {
            no_decisions: "aucune",
            no_transfers: "aucun",
            colon: "\u{a0}: ",
            to: "vers",
            logic: "Logique\u{a0}:",
            consequences: "Conséquences\u{a0}:",
        },
        "es" => RecordWords {
            no_decisions: "ninguna",
            no_transfers: "ninguna",
            colon: ": ",
            to: "a",
            logic: "Lógica:",
            consequences: "Consecuencias:",
        },
        "it" => RecordWords {
            no_decisions: "nessuno",
            no_transfers: "nessuno",
            colon: ": ",
            to: "verso",
            logic: "Logica:",
            consequences: "Conseguenze:",
        },
        "nl" => RecordWords {
            no_decisions: "geen",
            no_transfers: "geen",
            colon: ": ",
            to: "naar",
            logic: "Logica:",
            consequences: "Gevolgen:",
        },
        "pt" => RecordWords {
            no_decisions: "nenhuma",
            no_transfers: "nenhuma",
            colon: ": ",
            to: "para",
            logic: "Lógica:",
            consequences: "Consequências:",
        },
        "pl" => RecordWords {
            no_decisions: "brak",
            no_transfers: "brak",
            colon: ": ",
            to: "do",
            logic: "Logika:",
            consequences: "Skutki:",
        },
        _ => RecordWords {
            no_decisions: "none",
            no_transfers: "none",
            colon: ": ",
            to: "to",
            logic: "Logic:",
            consequences: "Consequences:",
        },
    }
}

/// "a, b and c" in the language.
/// French "de" before `words`, elided before a vowel or a mute h
/// ("d'accès", "d'effacement", "de rectification"): the `de` filter of
/// the templates.
pub fn de(words: &str) -> String {
    let first = words.chars().next().map(|c| c.to_lowercase().next().unwrap_or(c));
    let elides = first.is_some_and(|c| "aeiouyhàâäéèêëîïôöùûü".contains(c));
    if elides { format!("d'{words}") } else { format!("de {words}") }
}

pub fn join_list(items: &[String], lang: &str) -> String {
    let and = match lang {
        "de" => "und",
        "fr" => "et",
        "es" => "y",
        "pl" => "i",
        "pt" => "e",
        "nl" => "en",
        "it" => "e",
        _ => "and",
    };
    match items {
        [] => String::new(),
        [one] => one.clone(),
        // Spanish "y" becomes "e" before an /i/ sound ("acceso e información"),
        // but not before a diphthong ("agua y hielo").
        [init @ .., last] if lang == "es" && starts_with_i_sound(last) => format!("{} e {last}", init.join(", ")),
        [init @ .., last] => format!("{} {and} {last}", init.join(", ")),
    }
}

fn starts_with_i_sound(word: &str) -> bool {
    let w = word.to_lowercase();
    let rest = w.strip_prefix('h').unwrap_or(&w);
    (rest.starts_with('i') || rest.starts_with('í'))
        && !rest.starts_with("ia")
        && !rest.starts_with("ie")
        && !rest.starts_with("io")
        && !rest.starts_with("iu")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_de_is_elided_before_a_vowel_or_a_mute_h() {
        for (words, want) in [
            ("accès", "d'accès"),
            ("effacement et rectification", "d'effacement et rectification"),
            ("opposition", "d'opposition"),
            ("Habitat", "d'Habitat"),
            ("rectification", "de rectification"),
            ("désabonnement de la prospection", "de désabonnement de la prospection"),
            ("", "de "),
        ] {
            assert_eq!(de(words), want);
        }
    }

    #[test]
    fn dates_in_words() {
        let d = NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
        assert_eq!(long_date(d, "en"), "1 March 2026");
        assert_eq!(long_date(d, "de"), "1. März 2026");
        assert_eq!(long_date(d, "fr"), "1er mars 2026");
        assert_eq!(long_date(d, "xx"), "1 March 2026");
        assert_eq!(join_list(&["a".into(), "b".into(), "c".into()], "de"), "a, b und c");
    }

    #[test]
    fn dates_lists_and_quotes_in_the_other_letter_languages() {
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let dates = [
            ("pl", day(2026, 3, 1), "1 marca 2026"),
            ("pl", day(2026, 12, 31), "31 grudnia 2026"),
            ("pt", day(2026, 3, 1), "1 de março de 2026"),
            ("pt", day(2026, 12, 31), "31 de dezembro de 2026"),
            ("nl", day(2026, 3, 1), "1 maart 2026"),
            ("nl", day(2026, 12, 31), "31 december 2026"),
            ("it", day(2026, 3, 1), "1 marzo 2026"),
            ("it", day(2026, 12, 31), "31 dicembre 2026"),
            ("es", day(2026, 3, 1), "1 de marzo de 2026"),
            ("es", day(2026, 12, 31), "31 de diciembre de 2026"),
        ];
        for (lang, d, want) in dates {
            assert_eq!(long_date(d, lang), want, "{lang}");
        }
        let list = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let joins = [
            ("pl", list(&["dostępu do danych", "usunięcia danych"]), "dostępu do danych i usunięcia danych"),
            ("pt", list(&["acesso", "retificação", "apagamento"]), "acesso, retificação e apagamento"),
            ("nl", list(&["inzage", "rectificatie", "gegevenswissing"]), "inzage, rectificatie en gegevenswissing"),
            ("it", list(&["accesso", "rettifica", "cancellazione"]), "accesso, rettifica e cancellazione"),
            ("es", list(&["acceso", "supresión", "portabilidad"]), "acceso, supresión y portabilidad"),
            ("es", list(&["acceso", "información"]), "acceso e información"),
            ("es", list(&["acceso", "Historia"]), "acceso e Historia"),
            ("es", list(&["agua", "hielo"]), "agua y hielo"),
            ("es", list(&["uno"]), "uno"),
        ];
        for (lang, items, want) in joins {
            assert_eq!(join_list(&items, lang), want, "{lang}");
        }
        let quotes = [
            ("pl", "\u{201e}CRM\u{201d}"),
            ("pt", "\u{ab}CRM\u{bb}"),
            ("nl", "\u{201c}CRM\u{201d}"),
            ("it", "\u{ab}CRM\u{bb}"),
            ("es", "\u{ab}CRM\u{bb}"),
        ];
        for (lang, want) in quotes {
            assert_eq!(as_recorded("CRM", lang), want, "{lang}");
        }
        let rights = [
            ("pl", Right::Erasure, "usunięcia danych"),
            ("pt", Right::Erasure, "apagamento"),
            ("nl", Right::Erasure, "gegevenswissing"),
            ("it", Right::Erasure, "cancellazione"),
            ("es", Right::Erasure, "supresión"),
            ("es", Right::Restriction, "limitación del tratamiento"),
        ];
        for (lang, r, want) in rights {
            assert_eq!(right_name(r, lang), want, "{lang}");
        }
        assert_eq!(regime_name(Regime::EuGdpr, "es"), "el Reglamento General de Protección de Datos (RGPD)");
    }

    #[test]
    fn salutations_fit_the_language_and_guess_no_gender() {
        let table = [
            ("en", "Jürgen Müller", "Dear Jürgen Müller,"),
            ("de", "Jürgen Müller", "Guten Tag Jürgen Müller,"),
            ("fr", "Jürgen Müller", "Bonjour Jürgen Müller,"),
            ("xx", "Jürgen Müller", "Dear Jürgen Müller,"),
            ("es", "Jürgen Müller", "Buenos días, Jürgen Müller:"),
            ("es", "", "Buenos días:"),
            ("pl", "Jürgen Müller", "Dzień dobry, Jürgen Müller,"),
            ("pl", "", "Szanowni Państwo,"),
            ("pt", "Jürgen Müller", "Bom dia, Jürgen Müller,"),
            ("pt", "", "Bom dia,"),
            ("nl", "Jürgen Müller", "Geachte Jürgen Müller,"),
            ("nl", "", "Geachte heer, mevrouw,"),
            ("it", "Jürgen Müller", "Gentile Jürgen Müller,"),
            ("it", "", "Gentile Signora, Gentile Signore,"),
            ("de", "  Jürgen \n Müller ", "Guten Tag Jürgen Müller,"),
            ("en", "", "Dear Sir or Madam,"),
            ("de", " ", "Guten Tag,"),
            ("fr", "", "Madame, Monsieur,"),
        ];
        for (lang, name, want) in table {
            let got = salutation(name, lang);
            assert_eq!(got, want, "{lang} {name:?}");
            assert!(!got.contains("/r") && !got.contains("geehrte") && !got.contains("/a"), "{got}");
        }
    }
}

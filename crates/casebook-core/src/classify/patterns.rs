//! The phrase table: which words, in which language, point to which right.
//!
//! Patterns are folded text (see `normalise`), one word per space-separated
//! item, matched on word boundaries:
//! - `word` matches that word exactly, `word*` any word starting with it;
//! - `a|b|c*` matches any of the alternatives;
//! - `_` skips zero to three words within the same clause.
//!
//! Weights: 3 for phrases that can only mean the right ("right of access",
//! "Löschung"), 2 for everyday wording that nearly always does ("delete my
//! account"), 1.5 for article numbers, less for words that merely hint.
//! A pattern of language `*` applies to every text; the others apply when the
//! text is in that language or in English (letters mix in English terms).

use crate::Right;
use Right::*;

/// What a pattern is evidence of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Signal {
    Right(Right),
    /// A chaser about an earlier request that went unanswered.
    Reminder,
    /// A complaint to (or forwarded by) a supervisory authority.
    Complaint,
    /// Business mail that is not a privacy request: invoices, orders, newsletters.
    NotRequest,
    /// Words that show the text is about personal data at all.
    PrivacyContext,
    /// A parent writing about their child ("my son", "meine Tochter").
    Child,
}

pub(super) struct Rule {
    pub signal: Signal,
    pub lang: &'static str,
    pub weight: f32,
    pub patterns: &'static [&'static str],
}

pub(super) const fn r(right: Right, lang: &'static str, weight: f32, patterns: &'static [&'static str]) -> Rule {
    Rule { signal: Signal::Right(right), lang, weight, patterns }
}

pub(super) const fn s(signal: Signal, lang: &'static str, weight: f32, patterns: &'static [&'static str]) -> Rule {
    Rule { signal, lang, weight, patterns }
}

/// The languages with phrase tables, as ISO 639-1 codes.
#[rustfmt::skip]
pub const LANGUAGES: &[&str] = &[
    "en", "de", "fr", "es", "it", "nl", "pt", "sv",
    "pl", "cs", "sk", "sl", "hr", "bg", "ro", "hu", "el",
    "da", "no", "is", "fi", "et", "lv", "lt", "mt", "ga",
];

#[rustfmt::skip]
pub(super) const RULES: &[Rule] = &[
    // ---- Article and section numbers: the same in every language. ----
    r(Access, "*", 1.5, &["art* 15", "1798 100", "1798 110"]),
    r(Rectification, "*", 1.5, &["art* 16", "1798 106"]),
    r(Erasure, "*", 1.5, &["art* 17", "1798 105"]),
    r(Restriction, "*", 1.5, &["art* 18"]),
    r(Portability, "*", 1.5, &["art* 20"]),
    r(Objection, "*", 1.5, &["art* 21"]),
    r(WithdrawConsent, "*", 1.5, &["art* 7 3"]),
    r(AutomatedDecision, "*", 0.5, &["art* 22"]),
    r(OptOutOfSale, "*", 2.0, &["1798 120", "1798 135"]),
    r(LimitSensitive, "*", 2.0, &["1798 121"]),
    s(Signal::Complaint, "*", 3.0, &["art* 77"]),
    s(Signal::PrivacyContext, "*", 1.0, &["gdpr", "dsgvo", "rgpd", "avg", "ccpa", "cpra", "lgpd", "pipeda", "dsar"]),
    // ---- A parent writing about a child, per language. ----
    s(Signal::Child, "en", 3.0, &["my|our son|sons|daughter|daughters|child|children|kid|kids"]),
    s(Signal::Child, "de", 3.0, &[
        "mein|meines|meinem|meinen|unser|unseres|unserem|unseren sohn|sohnes|sohns|kind|kindes|kinder|kindern",
        "meine|meiner|unsere|unserer tochter|kinder|kindern|sohne|sohnen",
    ]),
    s(Signal::Child, "fr", 3.0, &["mon|notre fils|enfant", "ma|notre fille", "mes|nos enfants|fils|filles"]),
    s(Signal::Child, "es", 3.0, &["mi|mis|nuestro|nuestra|nuestros|nuestras hijo|hija|hijos|hijas"]),
    s(Signal::Child, "it", 3.0, &["mio|nostro figlio|bambino", "mia|nostra figlia|bambina", "miei|nostri figli|bambini"]),
    s(Signal::Child, "nl", 3.0, &["mijn|onze zoon|dochter|kinderen", "mijn|ons kind"]),
    s(Signal::Child, "pt", 3.0, &["meu|nosso filho", "minha|nossa filha", "meus|nossos filhos"]),
    s(Signal::Child, "sv", 3.0, &["min|var son|dotter", "mitt|vart barn", "mina|vara barn"]),
    // ---- English ----
    r(Access, "en", 3.0, &[
        "subject access request", "right of access", "right to access", "requesting access",
        "request access", "access request", "right to know", "request to know", "dsar", "sar",
    ]),
    r(Access, "en", 2.0, &[
        "copy of _ my|all _ data|information|records", "copy of _ personal data|information",
        "what data|information _ you|do _ have|hold|store|keep|collect*",
        "what personal data|information", "which data|information _ you _ have|hold|store",
        "data|information _ you _ have|hold|store|keep|process _ about|on|of me",
        "data|information _ held _ about|on me", "access to my _ data|information|records",
        "know what _ data|information", "see _ my data", "categories of personal information",
        "specific pieces of personal information",
    ]),
    r(Rectification, "en", 3.0, &["rectification", "rectify", "right to correct*", "request to correct"]),
    r(Rectification, "en", 2.0, &[
        "correct my _ data|information|address|name|details|email|record*|date",
        "update my _ address|name|details|data|information|email|surname|record*",
        "change my _ address|name|surname|details|email", "correction of",
        "inaccurate _ data|information|details|record*", "incorrect _ data|information|details|address|name",
        "is|are wrong|incorrect|inaccurate|outdated", "misspelled|misspelt",
    ]),
    r(Erasure, "en", 3.0, &[
        "erasure", "right to be forgotten", "request to delete", "right to delete", "request deletion",
        "deletion request", "deletion of my|all",
    ]),
    r(Erasure, "en", 2.0, &[
        "erase", "delete|remove|wipe|erase my|all|any _ account|data|information|details|profile|records|personal|everything",
        "delete|remove _ me from _ database|databases|systems|records",
        "delete everything", "get rid of my _ data|account", "close and delete",
    ]),
    r(DeactivateAccount, "en", 3.0, &[
        "deactivate|disable|suspend|freeze|close|cancel my _ account|profile|membership",
        "deactivation|closure|closing of my _ account|profile", "account deactivation|closure",
    ]),
    r(CommunicationPreferences, "en", 3.0, &[
        "communication|contact|marketing|email|mailing|notification|privacy preferences|settings",
        "change|update|amend|manage my _ preferences", "how you contact me", "only contact me by|via|through",
        "contact me only by|via|through",
    ]),
    r(Restriction, "en", 3.0, &["restriction of processing", "restrict* _ processing", "right to restrict*"]),
    r(Restriction, "en", 1.5, &["restrict* _ use of my", "limit the processing", "restriction"]),
    r(Portability, "en", 3.0, &["portability", "machine readable", "structured _ commonly used"]),
    r(Portability, "en", 2.0, &[
        "transfer|transmit|port my _ data|information _ to", "export|download of|my _ data|information",
        "another controller",
    ]),
    r(Objection, "en", 3.0, &["objecting to", "object to", "right to object", "objection"]),
    r(Objection, "en", 2.0, &[
        "stop processing my", "stop using my _ data|information", "stop profiling",
        "no longer _ process|use _ my",
    ]),
    r(Objection, "en", 1.0, &["direct marketing"]),
    r(WithdrawConsent, "en", 3.0, &[
        "withdraw* _ consent", "revok* _ consent", "withdrawal of _ consent", "consent _ withdrawn|revoked",
        "no longer consent",
    ]),
    r(AutomatedDecision, "en", 3.0, &[
        "human intervention", "contest _ decision", "not to be subject to _ decision",
        "review of _ automated decision", "decision based solely on automated",
    ]),
    r(AutomatedDecision, "en", 0.75, &["automated decision*"]),
    r(OptOutOfSale, "en", 3.0, &[
        "do not sell", "don t sell", "dont sell", "opt* out of _ sale|selling|sharing",
        "not to sell|share my", "stop selling|sharing my", "do not share my", "don t share my",
        "sell my personal information", "sale of my _ data|information", "opt* out of sale",
    ]),
    r(LimitSensitive, "en", 3.0, &[
        "limit _ use _ sensitive", "limit the use of my sensitive", "sensitive personal information",
    ]),
    r(Unsubscribe, "en", 3.0, &[
        "unsubscribe me", "please unsubscribe", "want|like|wish to unsubscribe",
        "remove me from _ mailing|marketing|email|newsletter|list|lists",
        "take me off _ list|lists|mailing", "remove my _ name|email|address from", "stop sending me", "stop emailing me",
        "opt* out of _ marketing|emails|newsletter*|mailing*",
        "do not want to receive", "don t want to receive", "no longer wish|want to receive",
        "no more _ emails|newsletters|marketing",
    ]),
    r(Unsubscribe, "en", 1.0, &["unsubscribe"]),
    s(Signal::Reminder, "en", 3.0, &["admonition", "reminder", "sent you a request", "have not received _ answer|response|reply"]),
    s(Signal::Reminder, "en", 1.0, &["still waiting", "no response", "follow* up on my request"]),
    s(Signal::Complaint, "en", 3.0, &["lodging _ complaint", "this complaint"]),
    s(Signal::NotRequest, "en", 2.0, &[
        "invoice", "amount due", "payment due", "order number", "order confirmation", "tracking number",
        "has|hasn|hasnt|have|haven|havent _ not|t _ arrived", "where is my order", "reset your password",
        "password reset", "reset my password", "view _ in|in your browser", "newsletter",
        "shipping confirmation", "your receipt", "refund", "out of office",
    ]),
    s(Signal::PrivacyContext, "en", 1.0, &["personal data", "personal information", "data protection", "privacy", "data subject"]),
    // ---- German ----
    r(Access, "de", 3.0, &[
        "auskunft*", "selbstauskunft", "datenauskunft", "auskunftsersuchen", "auskunftsanfrage",
        "recht auf auskunft",
    ]),
    r(Access, "de", 2.0, &[
        "welche _ daten _ gespeichert|speichern|haben|verarbeiten|vorliegen|besitzen",
        "kopie _ daten", "was _ uber mich gespeichert", "einsicht in _ daten",
        "welche daten sie|ihr _ uber", "was _ uber _ mich|sohn|tochter|kind _ gespeichert|wisst|wissen|habt|haben",
    ]),
    r(Rectification, "de", 3.0, &["berichtigung", "berichtigen", "vervollstandigung"]),
    r(Rectification, "de", 2.0, &[
        "korrigieren", "korrektur", "falsch* _ daten|adresse|name|angaben|geburtsdatum",
        "anderung meiner _ adresse|daten|anschrift", "aktualisier* _ adresse|daten|anschrift",
        "umgezogen", "neue|alte _ adresse|anschrift",
    ]),
    r(Erasure, "de", 3.0, &["loschung", "loeschung", "recht auf vergessen*", "loschantrag"]),
    r(Erasure, "de", 2.0, &["losch*", "loesch*", "entfern* _ meine _ daten", "vergessenwerden"]),
    r(Restriction, "de", 3.0, &["einschrankung _ verarbeitung", "einzuschranken", "einschranken"]),
    r(Portability, "de", 3.0, &["datenubertragbarkeit", "ubertragbarkeit", "maschinenlesbar*", "strukturierten _ gangigen"]),
    r(Portability, "de", 2.0, &[
        "daten _ exportier*|mitnehmen", "export* _ meine|meiner _ daten", "anderen anbieter",
    ]),
    r(Objection, "de", 3.0, &["widerspruch", "widerspreche", "widersprechen"]),
    r(Objection, "de", 2.0, &[
        "will|mochte nicht dass _ meine|meiner _ daten", "daten _ fur werbung|werbezwecke _ nutz*|benutz*|verwend*",
    ]),
    r(WithdrawConsent, "de", 3.0, &[
        "widerruf* _ einwilligung", "einwilligung _ widerruf*", "widerrufe ich", "widerrufe hiermit",
        "einwilligung zuruck*",
    ]),
    r(AutomatedDecision, "de", 3.0, &[
        "menschlich* _ eingreifen|prufung|uberprufung|entscheidung", "ohne menschlich*", "entscheidung _ anfechten",
        "mitarbeiter* _ uberpruf*|prufen|gepruft|pruft", "von einem menschen",
    ]),
    // The legal term alone is a hint: formal access requests name it (Art. 15(1)(h)).
    r(AutomatedDecision, "de", 0.75, &["automatisierte* _ entscheidung*"]),
    r(AutomatedDecision, "de", 2.0, &["automatisch* _ abgelehnt|ablehnung|entschieden", "algorithmus"]),
    r(OptOutOfSale, "de", 3.0, &["nicht _ verkaufen", "verkauf meiner _ daten"]),
    r(DeactivateAccount, "de", 3.0, &[
        "konto|account|kundenkonto|benutzerkonto|profil _ deaktivier*|schliessen|sperren|stilllegen|kundigen",
        "deaktivier* _ konto|account|kundenkonto|benutzerkonto|profil", "deaktivierung", "kontoschliessung",
        "schliessung _ konto*|kundenkonto*|account*",
    ]),
    r(CommunicationPreferences, "de", 3.0, &[
        "kommunikationseinstellung*", "kommunikationspraferenz*", "kontakteinstellung*", "kontaktpraferenz*",
        "werbeeinstellung*", "benachrichtigungseinstellung*", "einstellungen _ kommunikation|kontakt|werbung",
        "praferenzen _ kommunikation|kontakt|werbung",
    ]),
    r(Unsubscribe, "de", 3.0, &[
        "abmelden", "abbestellen", "abmeldung", "austragen", "keine _ werbung|newsletter|werbemails|mails|e mails",
        "aus dem verteiler",
    ]),
    s(Signal::Reminder, "de", 3.0, &["mahnung", "erinnerung", "keine antwort", "hatte ich _ anfrage"]),
    s(Signal::Complaint, "de", 3.0, &["beschwerde nach", "dieser beschwerde"]),
    s(Signal::NotRequest, "de", 2.0, &[
        "rechnung", "bestellnummer", "sendungsnummer", "passwort _ zurucksetzen", "lieferung", "zahlung",
    ]),
    s(Signal::PrivacyContext, "de", 1.0, &["personenbezogen*", "datenschutz*", "meine daten", "meiner daten"]),
    // ---- French ----
    r(Access, "fr", 3.0, &["droit d acces", "demande d acces", "droit dacces"]),
    r(Access, "fr", 2.0, &[
        "acceder a _ donnees", "acces a _ donnees", "copie de _ donnees", "quelles donnees",
        "communication de _ donnees",
        "quelles _ informations", "ce que vous _ avez|savez|detenez|conservez|stockez _ sur moi",
    ]),
    r(Rectification, "fr", 3.0, &["rectification", "rectifier", "droit de rectification"]),
    r(Rectification, "fr", 2.0, &[
        "corriger", "mettre a jour mes", "erron*", "demenage", "ancienne|nouvelle adresse", "changement d adresse",
    ]),
    r(Erasure, "fr", 3.0, &["effacement", "suppression", "droit a l oubli", "droit a l effacement"]),
    r(Erasure, "fr", 2.0, &["supprim*", "effacer", "effacez"]),
    r(Restriction, "fr", 3.0, &["limitation du traitement", "limiter le traitement"]),
    r(Portability, "fr", 3.0, &["portabilite", "lisible par machine", "format structure"]),
    r(Portability, "fr", 2.0, &["recuperer _ donnees", "exporter _ donnees", "transferer _ donnees|chez"]),
    r(Objection, "fr", 3.0, &["opposition", "m oppose", "droit d opposition", "opposer"]),
    r(Objection, "fr", 2.0, &[
        "ne veux plus|pas que _ utilis*|exploit*|traitiez", "arret* de _ utiliser|traiter|exploiter _ donnees",
        "arret* de me _ montrer|cibler|profiler",
    ]),
    r(WithdrawConsent, "fr", 3.0, &["retir* _ consentement", "retrait _ consentement", "revoqu* _ consentement"]),
    r(AutomatedDecision, "fr", 3.0, &[
        "sans intervention humaine", "intervention humaine", "reexamin* _ par", "contester _ decision",
    ]),
    // The legal term alone is a hint: formal access requests name it (Art. 15(1)(h)).
    r(AutomatedDecision, "fr", 0.75, &["decision* _ automatisee*"]),
    r(AutomatedDecision, "fr", 2.0, &[
        "de maniere|facon automatique", "automatiquement _ refuse*|rejete*|decide*", "refuse*|rejete* _ automatiquement",
        "par un algorithme",
    ]),
    r(OptOutOfSale, "fr", 3.0, &["ne pas vendre", "vente de mes"]),
    r(DeactivateAccount, "fr", 3.0, &[
        "desactiv* _ compte|profil", "fermer|fermez|fermeture|cloturer|cloturez|cloture _ compte|profil",
    ]),
    r(CommunicationPreferences, "fr", 3.0, &[
        "preferences de|en matiere de _ communication|contact|prospection|marketing",
        "parametres de _ communication|contact|notification*", "modifier _ preferences",
    ]),
    r(Unsubscribe, "fr", 3.0, &["desabonner", "desinscri*", "ne plus recevoir", "desabonnement"]),
    s(Signal::Reminder, "fr", 3.0, &["relance", "sans reponse"]),
    s(Signal::NotRequest, "fr", 2.0, &["facture", "numero de commande", "livraison", "mot de passe"]),
    s(Signal::PrivacyContext, "fr", 1.0, &["donnees personnelles", "donnees a caractere personnel", "mes donnees"]),
    // ---- Spanish ----
    r(Access, "es", 3.0, &["derecho de acceso", "solicitud de acceso"]),
    r(Access, "es", 2.0, &[
        "acceso a _ datos", "que datos", "copia de _ datos", "que informacion",
        "saber que _ teneis|tienen|guardais|guardan",
    ]),
    r(Rectification, "es", 3.0, &["rectificacion", "rectificar", "derecho de rectificacion"]),
    r(Rectification, "es", 2.0, &[
        "corregir", "actualizar _ direccion|datos", "me he mudado", "direccion antigua|nueva", "nueva|antigua direccion",
        "cambio de domicilio|direccion",
    ]),
    r(Erasure, "es", 3.0, &["supresion", "derecho al olvido", "cancelacion de _ datos"]),
    r(Erasure, "es", 2.0, &["borr*", "elimin*", "suprim*", "dar de baja mi cuenta"]),
    r(Restriction, "es", 3.0, &["limitacion del tratamiento", "limitar el tratamiento"]),
    r(Portability, "es", 3.0, &["portabilidad", "formato estructurado", "lectura mecanica"]),
    r(Portability, "es", 2.0, &["descargar _ datos", "exportar _ datos", "llevarme _ datos", "pasar* _ datos _ a|al"]),
    r(Objection, "es", 3.0, &["oposicion", "me opongo", "derecho de oposicion"]),
    r(Objection, "es", 2.0, &[
        "no quiero que _ us*|utilic*|trat*", "dejad|dejen|deje|dejar de _ usar|utilizar|tratar _ datos",
    ]),
    r(WithdrawConsent, "es", 3.0, &["retir* _ consentimiento", "revoc* _ consentimiento"]),
    r(AutomatedDecision, "es", 3.0, &[
        "sin intervencion humana", "intervencion humana", "revise|revisen|revisar _ caso|solicitud|decision",
        "impugnar _ decision",
    ]),
    // The legal term alone is a hint: formal access requests name it (Art. 15(1)(h)).
    r(AutomatedDecision, "es", 0.75, &["decision* _ automatizada*"]),
    r(AutomatedDecision, "es", 2.0, &[
        "de forma|manera automatica", "automaticamente _ denegad*|rechazad*", "denegad*|rechazad* _ automaticamente",
        "por un algoritmo",
    ]),
    r(OptOutOfSale, "es", 3.0, &["no vender", "no vendan"]),
    r(DeactivateAccount, "es", 3.0, &["desactiv* _ cuenta|perfil", "cerrar|cierre _ cuenta|perfil"]),
    r(CommunicationPreferences, "es", 3.0, &["preferencias de _ comunicacion|contacto|marketing", "cambiar _ preferencias"]),
    r(Unsubscribe, "es", 3.0, &[
        "darme de baja de", "no recibir mas", "dejen de enviarme", "cancelar _ suscripcion", "desuscribir*",
    ]),
    s(Signal::Reminder, "es", 3.0, &["recordatorio", "sin respuesta"]),
    s(Signal::NotRequest, "es", 2.0, &["factura", "numero de pedido", "mi pedido", "contrasena"]),
    s(Signal::PrivacyContext, "es", 1.0, &["datos personales", "mis datos", "proteccion de datos"]),
    // ---- Italian ----
    r(Access, "it", 3.0, &["diritto di accesso", "richiesta di accesso"]),
    r(Access, "it", 2.0, &[
        "accesso ai _ dati", "quali dati", "copia dei _ dati", "quali informazioni", "cosa sapete|avete _ su di me",
    ]),
    r(Rectification, "it", 3.0, &["rettifica", "rettificare"]),
    r(Rectification, "it", 2.0, &[
        "correggere", "aggiornare _ indirizzo|dati", "mi sono trasferit*", "vecchio|nuovo indirizzo",
        "indirizzo vecchio|nuovo", "cambio di indirizzo",
    ]),
    r(Erasure, "it", 3.0, &["cancellazione", "diritto all oblio"]),
    r(Erasure, "it", 2.0, &["cancellare|cancellate _ dati|account|profilo|mio|miei", "eliminare", "eliminate", "eliminazione"]),
    r(Restriction, "it", 3.0, &["limitazione del trattamento", "limitare il trattamento"]),
    r(Portability, "it", 3.0, &["portabilita", "formato strutturato", "leggibile da dispositivo automatico"]),
    r(Portability, "it", 2.0, &["scaricare _ dati", "esportare _ dati", "trasferire _ dati", "trasferirli"]),
    r(Objection, "it", 3.0, &["opposizione", "mi oppongo", "opporsi", "opporre"]),
    r(Objection, "it", 2.0, &[
        "non voglio che _ us*|utilizz*|tratt*", "smett* di _ usare|utilizzare|trattare _ dati",
    ]),
    r(WithdrawConsent, "it", 3.0, &["revoc* _ consenso", "ritir* _ consenso"]),
    r(AutomatedDecision, "it", 3.0, &[
        "senza _ intervento _ umano|persona", "intervento umano", "riesamin* _ da", "contestare _ decisione",
    ]),
    // The legal term alone is a hint: formal access requests name it (Art. 15(1)(h)).
    r(AutomatedDecision, "it", 0.75, &["decision* _ automatizzat*"]),
    r(AutomatedDecision, "it", 2.0, &[
        "in modo|maniera automatic*", "automaticamente _ respint*|rifiutat*", "respint*|rifiutat* _ automaticamente",
        "da un algoritmo",
    ]),
    r(DeactivateAccount, "it", 3.0, &["disattiv* _ account|profilo|conto", "chiudere|chiudete|chiusura _ account|profilo|conto"]),
    r(CommunicationPreferences, "it", 3.0, &["preferenze di _ comunicazione|contatto|marketing", "modificare _ preferenze"]),
    r(Unsubscribe, "it", 3.0, &[
        "disiscriver*", "disiscrizione", "non ricevere piu", "cancellarmi dalla _ newsletter|mailing|lista",
    ]),
    s(Signal::Reminder, "it", 3.0, &["sollecito", "nessuna risposta"]),
    s(Signal::NotRequest, "it", 2.0, &["fattura", "numero d ordine", "il mio ordine", "spedizione"]),
    s(Signal::PrivacyContext, "it", 1.0, &["dati personali", "miei dati"]),
    // ---- Dutch ----
    r(Access, "nl", 3.0, &["inzageverzoek", "inzage", "recht op inzage"]),
    r(Access, "nl", 2.0, &[
        "welke _ gegevens", "kopie van _ gegevens", "wat _ over mij _ opgeslagen|bewaard|vastgelegd|geregistreerd|weten",
        "wat hebben|heeft|weten _ over mij",
    ]),
    r(Rectification, "nl", 3.0, &["rectificatie", "correctie", "verbeteren", "corrigeren"]),
    r(Rectification, "nl", 2.0, &[
        "verkeerd|fout|onjuist gespeld", "staat|staan verkeerd|fout|onjuist",
        "adres|naam|achternaam|voornaam|geboortedatum|telefoonnummer _ wijzigen|aanpassen|bijwerken|veranderen",
    ]),
    r(Erasure, "nl", 3.0, &["verwijder*", "recht om vergeten te worden", "wissen"]),
    r(Restriction, "nl", 3.0, &["beperking van _ verwerking", "verwerking _ beperken"]),
    r(Portability, "nl", 3.0, &["overdraagbaarheid", "dataportabiliteit", "machineleesbare|machineleesbaar"]),
    r(Portability, "nl", 2.0, &["gegevens _ meenemen|overzetten|overdragen|exporteren", "exporteer* _ gegevens",
        "gegevens|persoonsgegevens|verbruiksgegevens|data in een bestand"]),
    r(Objection, "nl", 3.0, &["bezwaar"]),
    r(Objection, "nl", 2.0, &["stop* _ gebruik*|verwerk* _ mijn gegevens|persoonsgegevens"]),
    r(WithdrawConsent, "nl", 3.0, &["toestemming _ in|intrekken|trekken", "intrekken _ toestemming", "intrekking"]),
    r(AutomatedDecision, "nl", 3.0, &[
        "menselijke tussenkomst", "automatisch _ afgewezen|afgekeurd|geweigerd", "afgewezen|afgekeurd|geweigerd _ automatisch",
        "medewerker|mens _ beoordeelt|bekijkt|beoordelen|bekijken|kijkt|kijken",
    ]),
    r(AutomatedDecision, "nl", 0.75, &["geautomatiseerd* _ besluit*|besluitvorming|beslissing*"]),
    r(DeactivateAccount, "nl", 3.0, &["deactiveer* _ account|profiel", "account|profiel _ deactiveren|sluiten|opheffen"]),
    r(CommunicationPreferences, "nl", 3.0, &["communicatievoorkeur*", "contactvoorkeur*", "marketingvoorkeur*", "voorkeuren _ wijzigen|aanpassen", "alleen per|via _ contact|benaderd|benaderen|bellen|mailen"]),
    r(Unsubscribe, "nl", 3.0, &[
        "uitschrijven", "afmelden", "geen _ mails|nieuwsbrief|nieuwsbrieven", "geen _ e mails",
        "haal* me|mij _ van|uit _ mailinglijst|verzendlijst|lijst|nieuwsbrief",
    ]),
    s(Signal::Reminder, "nl", 3.0, &["herinnering", "geen reactie", "geen antwoord"]),
    s(Signal::NotRequest, "nl", 2.0, &["factuur", "bestelling", "wachtwoord"]),
    s(Signal::PrivacyContext, "nl", 1.0, &["persoonsgegevens", "mijn gegevens"]),
    // ---- Portuguese ----
    r(Access, "pt", 3.0, &["direito de acesso", "pedido de acesso"]),
    r(Access, "pt", 2.0, &[
        "acesso aos _ dados", "quais _ dados", "copia dos _ dados", "que dados _ tem|guardam|possuem|armazenam|tratam",
    ]),
    r(Rectification, "pt", 3.0, &["retificacao", "retificar", "rectificacao"]),
    r(Rectification, "pt", 2.0, &[
        "corrigir", "correcao", "atualiz* _ morada|endereco|nome|apelido|sobrenome",
        "morada|endereco|nome|apelido|sobrenome _ errad*|incorret*",
    ]),
    r(Erasure, "pt", 3.0, &["apagamento", "eliminacao", "exclusao", "direito ao esquecimento"]),
    r(Erasure, "pt", 2.0, &["excluir", "apagar", "apaguem", "eliminar", "eliminem"]),
    r(Restriction, "pt", 3.0, &["limitacao do tratamento", "limitar o tratamento"]),
    r(Portability, "pt", 3.0, &["portabilidade"]),
    r(Portability, "pt", 2.0, &["levar _ dados", "export* _ dados", "transferir _ dados _ para"]),
    r(Objection, "pt", 3.0, &["oposicao", "me oponho", "oponho me", "opor me"]),
    r(Objection, "pt", 2.0, &["parem|pare|parar|deixem|deixar de usar|utilizar|tratar _ dados"]),
    r(WithdrawConsent, "pt", 3.0, &["revog* _ consentimento", "retir* _ consentimento"]),
    r(AutomatedDecision, "pt", 3.0, &[
        "intervencao humana", "revisao humana", "recusad*|negad*|rejeitad* automaticamente",
        "automaticamente _ recusad*|negad*|rejeitad*", "uma pessoa _ revise|reveja|analise|avalie",
    ]),
    // LGPD Art. 20: "revisão de decisões tomadas unicamente com base em tratamento automatizado".
    r(AutomatedDecision, "pt", 2.0, &["revisao _ decis*"]),
    r(AutomatedDecision, "pt", 0.75, &["decis* _ automatizad*|automatic*"]),
    r(DeactivateAccount, "pt", 3.0, &["desativ* _ conta|perfil", "encerrar|encerramento|fechar _ conta|perfil"]),
    r(CommunicationPreferences, "pt", 3.0, &["preferencias de _ comunicacao|contato|contacto|marketing", "alterar _ preferencias", "contato|contacto so|apenas|somente por"]),
    r(Unsubscribe, "pt", 3.0, &[
        "descadastr*", "cancelar a inscricao", "deixar de receber", "remover _ da lista",
        "tirem|tire|tira me _ da|de _ lista|mailing", "me tirem|tire|tira _ da|de _ lista|mailing",
    ]),
    s(Signal::Reminder, "pt", 3.0, &["lembrete", "sem resposta", "nao recebi _ resposta", "continuo a aguardar|aguardando"]),
    s(Signal::NotRequest, "pt", 2.0, &["fatura", "numero do pedido", "meu pedido", "senha", "palavra passe"]),
    s(Signal::PrivacyContext, "pt", 1.0, &["dados pessoais", "meus dados"]),
    // ---- Swedish ----
    r(Access, "sv", 3.0, &["registerutdrag", "ratt till tillgang"]),
    r(Access, "sv", 2.0, &["vad _ sparat|lagrat|registrerat _ om mig", "vad har ni _ om mig"]),
    r(Access, "sv", 2.0, &["tillgang till _ uppgifter|personuppgifter", "vilka _ personuppgifter|uppgifter", "kopia av _ personuppgifter|uppgifter"]),
    r(Rectification, "sv", 3.0, &["rattelse", "ratta", "korrigera"]),
    r(Rectification, "sv", 2.0, &[
        "felstavat|felstavad", "stavat|stavad fel", "andra|uppdatera _ min|mitt _ adress|namn|efternamn|fornamn|telefonnummer",
    ]),
    r(Erasure, "sv", 3.0, &["radera*", "radering", "bli bortglomd"]),
    r(Erasure, "sv", 2.0, &["ta bort _ konto|uppgifter|personuppgifter|data"]),
    r(Restriction, "sv", 3.0, &["begransning av behandling*", "begransa behandlingen"]),
    r(Portability, "sv", 3.0, &["dataportabilitet", "portabilitet", "maskinlasbart"]),
    r(Portability, "sv", 2.0, &["fa ut _ uppgifter|personuppgifter|data|forbrukningsuppgifter", "flytta|overfora _ uppgifter|data _ till", "exportera _ uppgifter|data"]),
    r(Objection, "sv", 3.0, &["invandning", "invander", "invanda"]),
    r(Objection, "sv", 2.0, &["sluta _ anvanda|behandla _ mina|uppgifter|personuppgifter"]),
    r(WithdrawConsent, "sv", 3.0, &["aterkall* _ samtycke", "samtycke _ aterkall*"]),
    r(AutomatedDecision, "sv", 3.0, &[
        "manskligt ingripande", "automatiskt _ beslut|avslag", "avslag _ automatiskt",
        "manniska|handlaggare _ granskar|tittar|bedomer|provar", "manniska|handlaggare gar igenom",
    ]),
    r(AutomatedDecision, "sv", 0.75, &["automatiserat beslutsfattande", "automatiserade beslut"]),
    r(DeactivateAccount, "sv", 3.0, &["inaktivera _ konto*|profil*", "avaktivera _ konto*|profil*", "stang* _ konto*|profil*", "avsluta _ konto*"]),
    r(CommunicationPreferences, "sv", 3.0, &["kommunikationsinstallning*", "kontaktinstallning*", "kommunikationsval", "marknadsforingsinstallning*", "bara|endast _ kontakt* _ via|per", "kontakta mig bara|endast"]),
    r(Unsubscribe, "sv", 3.0, &[
        "avregistrera", "avsluta _ prenumeration*", "sluta skicka",
        "ta bort mig _ fran _ lista*|listan|postlista*|utskick*|mejllista*|sandlista*|nyhetsbrev*", "ta bort mig _ fran _ e postlista*",
    ]),
    s(Signal::Reminder, "sv", 3.0, &["paminnelse", "inget svar", "inte fatt _ svar"]),
    s(Signal::NotRequest, "sv", 2.0, &["faktura", "min bestallning", "losenord"]),
    s(Signal::PrivacyContext, "sv", 1.0, &["personuppgifter", "mina uppgifter"]),
];

/// Words that cancel a match when they stand just before it in the same
/// clause, or inside its gaps: "we will never sell", "ich möchte nicht löschen".
#[rustfmt::skip]
pub(super) const NEGATIONS: &[&str] = &[
    "not", "never", "t", "no", "nor", "without", "nicht", "kein", "keine", "keinen", "nie", "niemals",
    "ohne", "ne", "pas", "jamais", "sans", "nunca", "sin", "non", "mai", "senza", "niet", "geen",
    "nooit", "zonder", "nao", "sem", "inte", "ej", "aldrig", "utan",
];

/// Word pairs (or single words) that show the organisation speaking, or an
/// offer rather than a request: "we do not sell", "you can unsubscribe",
/// "click here to unsubscribe". Per language, because "vi" is "we" in
/// Swedish but "you" in Italian.
#[rustfmt::skip]
pub(super) const NOT_THE_REQUESTER: &[(&str, &[&str])] = &[
    ("en", &["we", "our", "click", "you can", "you may", "if you", "here to", "link"]),
    ("de", &["wir", "unsere", "klicken", "konnen sie", "falls", "sofern", "wenn sie"]),
    ("fr", &["nous", "notre", "cliquez", "vous pouvez"]),
    ("es", &["nosotros", "nuestra", "nuestro", "haga clic"]),
    ("it", &["noi", "nostra", "nostro", "clicca"]),
    ("nl", &["wij", "we", "onze", "klik"]),
    ("pt", &["nos", "nossa", "nosso", "clique"]),
    ("sv", &["vi", "vart", "klicka"]),
];

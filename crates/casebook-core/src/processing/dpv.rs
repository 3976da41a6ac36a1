//! The W3C Data Privacy Vocabulary (DPV) terms Casebook knows, by field.
//!
//! Identifiers are DPV's own (`dpv:` for the core vocabulary, `dpv-pd:` for
//! its personal-data extension, `eu-gdpr:` for the GDPR extension); the labels
//! are ours, in plain English. A register may use any of these, or terms of
//! its own under another prefix (`acme:CompanyName`) with a label. An id under
//! a DPV prefix that is not listed here is refused, so that a typo
//! (`dpv:Contrat`) never passes for a term.

/// The field of a system a term describes; each DPV term fits one field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum TermKind {
    DataSubject,
    PersonalData,
    Purpose,
    LegalBasis,
    Recipient,
    Safeguard,
    Source,
    AutomatedDecision,
}

impl TermKind {
    /// How the field is named in error messages.
    pub fn name(self) -> &'static str {
        match self {
            TermKind::DataSubject => "data-subject category",
            TermKind::PersonalData => "personal-data category",
            TermKind::Purpose => "purpose",
            TermKind::LegalBasis => "legal basis",
            TermKind::Recipient => "recipient category",
            TermKind::Safeguard => "transfer safeguard",
            TermKind::Source => "data source",
            TermKind::AutomatedDecision => "kind of automated decision-making",
        }
    }
}

/// One DPV term Casebook knows, with the field it describes (a form's pickers offer them).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct VocabularyTerm {
    pub id: &'static str,
    pub label: &'static str,
    pub kind: TermKind,
}

/// Every known DPV term, in the vocabulary's order.
pub fn vocabulary() -> Vec<VocabularyTerm> {
    TERMS.iter().map(|&(id, label, kind)| VocabularyTerm { id, label, kind }).collect()
}

/// The prefixes whose terms must be known (all others are the organisation's own).
pub const DPV_PREFIXES: &[&str] = &["dpv", "dpv-pd", "eu-gdpr"];

use TermKind::*;

/// Every known term: (id, label, kind).
pub const TERMS: &[(&str, &str, TermKind)] = &[
    // Data subjects (DPV entities: data subject).
    ("dpv:DataSubject", "Data subjects in general", DataSubject),
    ("dpv:Customer", "Customers", DataSubject),
    ("dpv:Client", "Clients", DataSubject),
    ("dpv:Consumer", "Consumers", DataSubject),
    ("dpv:Subscriber", "Subscribers", DataSubject),
    ("dpv:User", "Users of the service", DataSubject),
    ("dpv:Visitor", "Visitors (including website visitors)", DataSubject),
    ("dpv:Employee", "Employees", DataSubject),
    ("dpv:Applicant", "Applicants", DataSubject),
    ("dpv:JobApplicant", "Job applicants", DataSubject),
    ("dpv:Member", "Members", DataSubject),
    ("dpv:Participant", "Participants", DataSubject),
    ("dpv:Student", "Students", DataSubject),
    ("dpv:Patient", "Patients", DataSubject),
    ("dpv:Child", "Children", DataSubject),
    ("dpv:Adult", "Adults", DataSubject),
    ("dpv:ParentOfDataSubject", "Parents of data subjects", DataSubject),
    ("dpv:GuardianOfDataSubject", "Guardians of data subjects", DataSubject),
    // Personal data (DPV-PD).
    ("dpv-pd:Name", "Name", PersonalData),
    ("dpv-pd:EmailAddress", "Email address", PersonalData),
    ("dpv-pd:PhysicalAddress", "Postal address", PersonalData),
    ("dpv-pd:TelephoneNumber", "Telephone number", PersonalData),
    ("dpv-pd:Contact", "Contact details", PersonalData),
    ("dpv-pd:Username", "Username", PersonalData),
    ("dpv-pd:Password", "Password", PersonalData),
    ("dpv-pd:AccountIdentifier", "Account identifier", PersonalData),
    ("dpv-pd:UID", "Unique identifier", PersonalData),
    ("dpv-pd:OfficialID", "Official identity document", PersonalData),
    ("dpv-pd:PaymentCard", "Payment card details", PersonalData),
    ("dpv-pd:PaymentCardNumber", "Payment card number", PersonalData),
    ("dpv-pd:PaymentCardExpiry", "Payment card expiry date", PersonalData),
    ("dpv-pd:CreditCardNumber", "Credit card number", PersonalData),
    ("dpv-pd:BankAccount", "Bank account details", PersonalData),
    ("dpv-pd:FinancialAccountNumber", "Financial account number", PersonalData),
    ("dpv-pd:Transaction", "Transactions", PersonalData),
    ("dpv-pd:Purchase", "Purchases", PersonalData),
    ("dpv-pd:Communication", "Communications", PersonalData),
    ("dpv-pd:EmailContent", "Content of emails", PersonalData),
    ("dpv-pd:CommunicationsMetadata", "Communications metadata", PersonalData),
    ("dpv-pd:SocialMediaCommunication", "Social-media communications", PersonalData),
    ("dpv-pd:IPAddress", "IP address", PersonalData),
    ("dpv-pd:MACAddress", "MAC address", PersonalData),
    ("dpv-pd:BrowserFingerprint", "Browser fingerprint", PersonalData),
    ("dpv-pd:BrowsingBehavior", "Browsing behaviour", PersonalData),
    ("dpv-pd:BrowsingReferral", "Browsing referral", PersonalData),
    ("dpv-pd:LinkClicked", "Links clicked", PersonalData),
    ("dpv-pd:DeviceBased", "Device information", PersonalData),
    ("dpv-pd:DeviceOperatingSystem", "Device operating system", PersonalData),
    ("dpv-pd:AuthenticationHistory", "Login history", PersonalData),
    ("dpv-pd:ServiceConsumptionBehavior", "Use of the service", PersonalData),
    ("dpv-pd:Location", "Location", PersonalData),
    ("dpv-pd:Country", "Country", PersonalData),
    ("dpv-pd:Language", "Language", PersonalData),
    ("dpv-pd:Preference", "Preferences", PersonalData),
    ("dpv-pd:PrivacyPreference", "Privacy preferences", PersonalData),
    ("dpv-pd:Age", "Age", PersonalData),
    ("dpv-pd:Gender", "Gender", PersonalData),
    ("dpv-pd:Picture", "Photographs", PersonalData),
    ("dpv-pd:Job", "Job title", PersonalData),
    ("dpv-pd:Professional", "Professional details", PersonalData),
    ("dpv-pd:EmploymentHistory", "Employment history", PersonalData),
    ("dpv-pd:ProfessionalEvaluation", "Performance evaluations", PersonalData),
    ("dpv-pd:ProfessionalInterview", "Interview notes", PersonalData),
    ("dpv-pd:Salary", "Salary", PersonalData),
    ("dpv-pd:Tax", "Tax details", PersonalData),
    ("dpv-pd:Health", "Health", PersonalData),
    ("dpv-pd:Disability", "Disability", PersonalData),
    ("dpv-pd:DisciplinaryAction", "Disciplinary action", PersonalData),
    ("dpv-pd:Family", "Family details", PersonalData),
    ("dpv-pd:MaritalStatus", "Marital status", PersonalData),
    ("dpv-pd:Reference", "References", PersonalData),
    ("dpv-pd:School", "Education", PersonalData),
    ("dpv-pd:VoiceCommunicationRecording", "Call recordings", PersonalData),
    // Purposes.
    ("dpv:ServiceProvision", "Providing the service", Purpose),
    ("dpv:RequestedServiceProvision", "Providing the service asked for", Purpose),
    ("dpv:TechnicalServiceProvision", "Running the service technically", Purpose),
    ("dpv:AccountManagement", "Managing accounts", Purpose),
    ("dpv:RegistrationAuthentication", "Registration and log-in", Purpose),
    ("dpv:CustomerCare", "Customer support", Purpose),
    ("dpv:CommunicationForCustomerCare", "Communicating with customers for support", Purpose),
    ("dpv:CustomerManagement", "Managing customers", Purpose),
    ("dpv:CustomerOrderManagement", "Managing orders", Purpose),
    ("dpv:CustomerRelationshipManagement", "Managing customer relationships", Purpose),
    ("dpv:CustomerClaimsManagement", "Managing claims and repayments", Purpose),
    ("dpv:Payment", "Taking payments", Purpose),
    ("dpv:DeliveryOfGoods", "Delivering goods", Purpose),
    ("dpv:Marketing", "Marketing", Purpose),
    ("dpv:DirectMarketing", "Direct marketing", Purpose),
    ("dpv:Advertising", "Advertising", Purpose),
    ("dpv:PersonalisedAdvertising", "Personalised advertising", Purpose),
    ("dpv:TargetedAdvertising", "Targeted advertising", Purpose),
    ("dpv:SocialMediaMarketing", "Social-media marketing", Purpose),
    ("dpv:PublicRelations", "Public relations", Purpose),
    ("dpv:EnforceSecurity", "Security", Purpose),
    ("dpv:EnforceAccessControl", "Access control", Purpose),
    ("dpv:FraudPreventionAndDetection", "Preventing and detecting fraud", Purpose),
    ("dpv:IdentityVerification", "Verifying identity", Purpose),
    ("dpv:ServiceOptimization", "Improving the service", Purpose),
    ("dpv:ServicePersonalization", "Personalising the service", Purpose),
    ("dpv:ServiceUsageAnalytics", "Analysing use of the service", Purpose),
    ("dpv:ImproveExistingProductsAndServices", "Improving products and services", Purpose),
    ("dpv:ResearchAndDevelopment", "Research and development", Purpose),
    ("dpv:LegalCompliance", "Meeting legal obligations", Purpose),
    ("dpv:DisputeManagement", "Handling disputes", Purpose),
    ("dpv:RecordManagement", "Keeping records", Purpose),
    ("dpv:HumanResourceManagement", "Human resources", Purpose),
    ("dpv:PersonnelManagement", "Managing staff", Purpose),
    ("dpv:VendorManagement", "Managing suppliers", Purpose),
    ("dpv:VendorPayment", "Paying suppliers", Purpose),
    ("dpv:OrganisationGovernance", "Running the organisation", Purpose),
    ("dpv:SellDataToThirdParties", "Selling data to third parties", Purpose),
    // Legal bases.
    ("dpv:Consent", "Consent", LegalBasis),
    ("dpv:Contract", "Performance of a contract", LegalBasis),
    ("dpv:LegalObligation", "Legal obligation", LegalBasis),
    ("dpv:LegitimateInterest", "Legitimate interests", LegalBasis),
    ("dpv:VitalInterest", "Vital interests", LegalBasis),
    ("dpv:PublicInterest", "Public interest", LegalBasis),
    ("dpv:OfficialAuthority", "Official authority", LegalBasis),
    // Recipients.
    ("dpv:Recipient", "Recipients", Recipient),
    ("dpv:DataProcessor", "Processors acting for us", Recipient),
    ("dpv:DataSubProcessor", "Sub-processors", Recipient),
    ("dpv:DataController", "Other controllers", Recipient),
    ("dpv:JointDataControllers", "Joint controllers", Recipient),
    ("dpv:ThirdParty", "Third parties", Recipient),
    ("dpv:Authority", "Public authorities", Recipient),
    // Safeguards for transfers (Art. 45–49 GDPR).
    ("dpv:StandardContractualClauses", "Standard contractual clauses", Safeguard),
    ("dpv:BindingCorporateRules", "Binding corporate rules", Safeguard),
    ("dpv:AdHocContractualClauses", "Ad hoc contractual clauses", Safeguard),
    ("dpv:CertificationMechanismsForDataTransfers", "Certification mechanism", Safeguard),
    ("dpv:CodesOfConductForDataTransfers", "Code of conduct", Safeguard),
    ("eu-gdpr:A45-3", "Adequacy decision (GDPR Art. 45(3))", Safeguard),
    ("eu-gdpr:A49-1-a", "Explicit consent to the transfer (GDPR Art. 49(1)(a))", Safeguard),
    ("eu-gdpr:A49-1-b", "Transfer necessary for a contract (GDPR Art. 49(1)(b))", Safeguard),
    // Sources.
    ("dpv:DataSubjectDataSource", "The person themselves", Source),
    ("dpv:DataControllerDataSource", "Generated by us", Source),
    ("dpv:ThirdPartyDataSource", "Third parties", Source),
    ("dpv:PublicDataSource", "Publicly available sources", Source),
    // Automated decision-making.
    ("dpv:AutomatedDecisionMaking", "Automated decision-making", AutomatedDecision),
    ("dpv:Profiling", "Profiling", AutomatedDecision),
];

/// The labels of the known terms in German and French: (id, de, fr). A
/// letter in those languages prints these, so that no English label stands
/// in a German or French letter (a test checks every term has both); the
/// other letter languages have a table each in `dpv/`.
pub const TRANSLATIONS: &[(&str, &str, &str)] = &[
    ("dpv:DataSubject", "Betroffene Personen allgemein", "Personnes concernées en général"),
    ("dpv:Customer", "Kunden", "Clients"),
    ("dpv:Client", "Auftraggeber", "Donneurs d'ordre"),
    ("dpv:Consumer", "Verbraucher", "Consommateurs"),
    ("dpv:Subscriber", "Abonnenten", "Abonnés"),
    ("dpv:User", "Nutzer des Dienstes", "Utilisateurs du service"),
    ("dpv:Visitor", "Besucher (auch der Website)", "Visiteurs (y compris du site web)"),
    ("dpv:Employee", "Beschäftigte", "Salariés"),
    ("dpv:Applicant", "Antragsteller", "Demandeurs"),
    ("dpv:JobApplicant", "Stellenbewerber", "Candidats à un emploi"),
    ("dpv:Member", "Mitglieder", "Membres"),
    ("dpv:Participant", "Teilnehmende", "Participants"),
    ("dpv:Student", "Studierende", "Étudiants"),
    ("dpv:Patient", "Patienten", "Patients"),
    ("dpv:Child", "Kinder", "Enfants"),
    ("dpv:Adult", "Erwachsene", "Adultes"),
    ("dpv:ParentOfDataSubject", "Eltern betroffener Personen", "Parents des personnes concernées"),
    ("dpv:GuardianOfDataSubject", "Vormünder betroffener Personen", "Tuteurs des personnes concernées"),
    ("dpv-pd:Name", "Name", "Nom"),
    ("dpv-pd:EmailAddress", "E-Mail-Adresse", "Adresse électronique"),
    ("dpv-pd:PhysicalAddress", "Postanschrift", "Adresse postale"),
    ("dpv-pd:TelephoneNumber", "Telefonnummer", "Numéro de téléphone"),
    ("dpv-pd:Contact", "Kontaktdaten", "Coordonnées"),
    ("dpv-pd:Username", "Benutzername", "Nom d'utilisateur"),
    ("dpv-pd:Password", "Passwort", "Mot de passe"),
    ("dpv-pd:AccountIdentifier", "Kontokennung", "Identifiant de compte"),
    ("dpv-pd:UID", "Eindeutige Kennung", "Identifiant unique"),
    ("dpv-pd:OfficialID", "Amtliches Ausweisdokument", "Pièce d'identité officielle"),
    ("dpv-pd:PaymentCard", "Zahlungskartendaten", "Données de carte de paiement"),
    ("dpv-pd:PaymentCardNumber", "Zahlungskartennummer", "Numéro de carte de paiement"),
    ("dpv-pd:PaymentCardExpiry", "Ablaufdatum der Zahlungskarte", "Date d'expiration de la carte de paiement"),
    ("dpv-pd:CreditCardNumber", "Kreditkartennummer", "Numéro de carte de crédit"),
    ("dpv-pd:BankAccount", "Bankverbindung", "Coordonnées bancaires"),
    ("dpv-pd:FinancialAccountNumber", "Finanzkontonummer", "Numéro de compte financier"),
    ("dpv-pd:Transaction", "Transaktionen", "Transactions"),
    ("dpv-pd:Purchase", "Käufe", "Achats"),
    ("dpv-pd:Communication", "Kommunikation", "Communications"),
    ("dpv-pd:EmailContent", "Inhalt von E-Mails", "Contenu des courriels"),
    ("dpv-pd:CommunicationsMetadata", "Kommunikations-Metadaten", "Métadonnées des communications"),
    ("dpv-pd:SocialMediaCommunication", "Kommunikation in sozialen Medien", "Communications sur les réseaux sociaux"),
    ("dpv-pd:IPAddress", "IP-Adresse", "Adresse IP"),
    ("dpv-pd:MACAddress", "MAC-Adresse", "Adresse MAC"),
    ("dpv-pd:BrowserFingerprint", "Browser-Fingerabdruck", "Empreinte du navigateur"),
    ("dpv-pd:BrowsingBehavior", "Surfverhalten", "Comportement de navigation"),
    ("dpv-pd:BrowsingReferral", "Verweisende Seiten", "Pages de provenance"),
    ("dpv-pd:LinkClicked", "Angeklickte Links", "Liens cliqués"),
    ("dpv-pd:DeviceBased", "Geräteinformationen", "Informations sur l'appareil"),
    ("dpv-pd:DeviceOperatingSystem", "Betriebssystem des Geräts", "Système d'exploitation de l'appareil"),
    ("dpv-pd:AuthenticationHistory", "Anmeldeverlauf", "Historique des connexions"),
    ("dpv-pd:ServiceConsumptionBehavior", "Nutzung des Dienstes", "Utilisation du service"),
    ("dpv-pd:Location", "Standort", "Localisation"),
    ("dpv-pd:Country", "Land", "Pays"),
    ("dpv-pd:Language", "Sprache", "Langue"),
    ("dpv-pd:Preference", "Präferenzen", "Préférences"),
    ("dpv-pd:PrivacyPreference", "Datenschutzeinstellungen", "Préférences de confidentialité"),
    ("dpv-pd:Age", "Alter", "Âge"),
    ("dpv-pd:Gender", "Geschlecht", "Genre"),
    ("dpv-pd:Picture", "Fotos", "Photographies"),
    ("dpv-pd:Job", "Berufsbezeichnung", "Intitulé du poste"),
    ("dpv-pd:Professional", "Berufliche Angaben", "Informations professionnelles"),
    ("dpv-pd:EmploymentHistory", "Beruflicher Werdegang", "Parcours professionnel"),
    ("dpv-pd:ProfessionalEvaluation", "Leistungsbeurteilungen", "Évaluations professionnelles"),
    ("dpv-pd:ProfessionalInterview", "Notizen aus Vorstellungsgesprächen", "Notes d'entretien"),
    ("dpv-pd:Salary", "Gehalt", "Salaire"),
    ("dpv-pd:Tax", "Steuerangaben", "Données fiscales"),
    ("dpv-pd:Health", "Gesundheit", "Santé"),
    ("dpv-pd:Disability", "Behinderung", "Handicap"),
    ("dpv-pd:DisciplinaryAction", "Disziplinarmaßnahmen", "Mesures disciplinaires"),
    ("dpv-pd:Family", "Angaben zur Familie", "Situation familiale"),
    ("dpv-pd:MaritalStatus", "Familienstand", "État civil"),
    ("dpv-pd:Reference", "Referenzen", "Références"),
    ("dpv-pd:School", "Ausbildung", "Formation"),
    ("dpv-pd:VoiceCommunicationRecording", "Gesprächsaufzeichnungen", "Enregistrements d'appels"),
    ("dpv:ServiceProvision", "Erbringung des Dienstes", "Fourniture du service"),
    ("dpv:RequestedServiceProvision", "Erbringung des angefragten Dienstes", "Fourniture du service demandé"),
    ("dpv:TechnicalServiceProvision", "Technischer Betrieb des Dienstes", "Fonctionnement technique du service"),
    ("dpv:AccountManagement", "Kontoverwaltung", "Gestion des comptes"),
    ("dpv:RegistrationAuthentication", "Registrierung und Anmeldung", "Inscription et connexion"),
    ("dpv:CustomerCare", "Kundenbetreuung", "Service client"),
    (
        "dpv:CommunicationForCustomerCare",
        "Kommunikation mit Kunden zur Betreuung",
        "Communication avec les clients pour l'assistance",
    ),
    ("dpv:CustomerManagement", "Kundenverwaltung", "Gestion des clients"),
    ("dpv:CustomerOrderManagement", "Auftragsverwaltung", "Gestion des commandes"),
    ("dpv:CustomerRelationshipManagement", "Pflege der Kundenbeziehungen", "Gestion de la relation client"),
    (
        "dpv:CustomerClaimsManagement",
        "Bearbeitung von Reklamationen und Erstattungen",
        "Gestion des réclamations et remboursements",
    ),
    ("dpv:Payment", "Zahlungsabwicklung", "Encaissement des paiements"),
    ("dpv:DeliveryOfGoods", "Lieferung von Waren", "Livraison de marchandises"),
    ("dpv:Marketing", "Marketing", "Marketing"),
    ("dpv:DirectMarketing", "Direktwerbung", "Prospection directe"),
    ("dpv:Advertising", "Werbung", "Publicité"),
    ("dpv:PersonalisedAdvertising", "Personalisierte Werbung", "Publicité personnalisée"),
    ("dpv:TargetedAdvertising", "Zielgerichtete Werbung", "Publicité ciblée"),
    ("dpv:SocialMediaMarketing", "Marketing in sozialen Medien", "Marketing sur les réseaux sociaux"),
    ("dpv:PublicRelations", "Öffentlichkeitsarbeit", "Relations publiques"),
    ("dpv:EnforceSecurity", "Sicherheit", "Sécurité"),
    ("dpv:EnforceAccessControl", "Zugangskontrolle", "Contrôle d'accès"),
    (
        "dpv:FraudPreventionAndDetection",
        "Verhinderung und Aufdeckung von Betrug",
        "Prévention et détection de la fraude",
    ),
    ("dpv:IdentityVerification", "Identitätsprüfung", "Vérification d'identité"),
    ("dpv:ServiceOptimization", "Verbesserung des Dienstes", "Amélioration du service"),
    ("dpv:ServicePersonalization", "Personalisierung des Dienstes", "Personnalisation du service"),
    ("dpv:ServiceUsageAnalytics", "Analyse der Nutzung des Dienstes", "Analyse de l'utilisation du service"),
    (
        "dpv:ImproveExistingProductsAndServices",
        "Verbesserung von Produkten und Diensten",
        "Amélioration des produits et services",
    ),
    ("dpv:ResearchAndDevelopment", "Forschung und Entwicklung", "Recherche et développement"),
    ("dpv:LegalCompliance", "Erfüllung rechtlicher Pflichten", "Respect des obligations légales"),
    ("dpv:DisputeManagement", "Bearbeitung von Streitigkeiten", "Gestion des litiges"),
    ("dpv:RecordManagement", "Führung von Unterlagen", "Tenue des dossiers"),
    ("dpv:HumanResourceManagement", "Personalwesen", "Ressources humaines"),
    ("dpv:PersonnelManagement", "Personalverwaltung", "Gestion du personnel"),
    ("dpv:VendorManagement", "Lieferantenverwaltung", "Gestion des fournisseurs"),
    ("dpv:VendorPayment", "Bezahlung von Lieferanten", "Paiement des fournisseurs"),
    ("dpv:OrganisationGovernance", "Führung der Organisation", "Gouvernance de l'organisation"),
    ("dpv:SellDataToThirdParties", "Verkauf von Daten an Dritte", "Vente de données à des tiers"),
    ("dpv:Consent", "Einwilligung", "Consentement"),
    ("dpv:Contract", "Erfüllung eines Vertrags", "Exécution d'un contrat"),
    ("dpv:LegalObligation", "Rechtliche Verpflichtung", "Obligation légale"),
    ("dpv:LegitimateInterest", "Berechtigte Interessen", "Intérêts légitimes"),
    ("dpv:VitalInterest", "Lebenswichtige Interessen", "Intérêts vitaux"),
    ("dpv:PublicInterest", "Öffentliches Interesse", "Intérêt public"),
    ("dpv:OfficialAuthority", "Ausübung öffentlicher Gewalt", "Exercice de l'autorité publique"),
    ("dpv:Recipient", "Empfänger", "Destinataires"),
    ("dpv:DataProcessor", "Auftragsverarbeiter, die für uns tätig sind", "Sous-traitants agissant pour notre compte"),
    ("dpv:DataSubProcessor", "Unterauftragsverarbeiter", "Sous-traitants ultérieurs"),
    ("dpv:DataController", "Andere Verantwortliche", "Autres responsables du traitement"),
    ("dpv:JointDataControllers", "Gemeinsam Verantwortliche", "Responsables conjoints du traitement"),
    ("dpv:ThirdParty", "Dritte", "Tiers"),
    ("dpv:Authority", "Behörden", "Autorités publiques"),
    ("dpv:StandardContractualClauses", "Standardvertragsklauseln", "Clauses contractuelles types"),
    ("dpv:BindingCorporateRules", "Verbindliche interne Datenschutzvorschriften", "Règles d'entreprise contraignantes"),
    ("dpv:AdHocContractualClauses", "Individuelle Vertragsklauseln", "Clauses contractuelles ad hoc"),
    ("dpv:CertificationMechanismsForDataTransfers", "Zertifizierungsmechanismus", "Mécanisme de certification"),
    ("dpv:CodesOfConductForDataTransfers", "Verhaltensregeln", "Code de conduite"),
    (
        "eu-gdpr:A45-3",
        "Angemessenheitsbeschluss (Art. 45 Abs. 3 DSGVO)",
        "Décision d'adéquation (art. 45, par. 3, RGPD)",
    ),
    (
        "eu-gdpr:A49-1-a",
        "Ausdrückliche Einwilligung in die Übermittlung (Art. 49 Abs. 1 lit. a DSGVO)",
        "Consentement explicite au transfert (art. 49, par. 1, point a), RGPD)",
    ),
    (
        "eu-gdpr:A49-1-b",
        "Übermittlung zur Vertragserfüllung erforderlich (Art. 49 Abs. 1 lit. b DSGVO)",
        "Transfert nécessaire à l'exécution d'un contrat (art. 49, par. 1, point b), RGPD)",
    ),
    ("dpv:DataSubjectDataSource", "Die Person selbst", "La personne elle-même"),
    ("dpv:DataControllerDataSource", "Von uns erzeugt", "Générées par nous"),
    ("dpv:ThirdPartyDataSource", "Dritte", "Tiers"),
    ("dpv:PublicDataSource", "Öffentlich zugängliche Quellen", "Sources accessibles au public"),
    ("dpv:AutomatedDecisionMaking", "Automatisierte Entscheidungsfindung", "Prise de décision automatisée"),
    ("dpv:Profiling", "Profiling", "Profilage"),
];

mod es;
mod it;
mod nl;
mod pl;
mod pt;

/// The label tables of the other languages letters go out in: (language, labels).
const MORE_LABELS: &[(&str, &[(&str, &str)])] =
    &[("es", es::LABELS), ("it", it::LABELS), ("nl", nl::LABELS), ("pt", pt::LABELS), ("pl", pl::LABELS)];

/// The label of a known term in `lang` (en, de, fr, and those of
/// [`MORE_LABELS`]); None for an unknown term or language.
pub fn label_in(id: &str, lang: &str) -> Option<&'static str> {
    match lang {
        "en" => lookup(id).map(|(label, _)| label),
        "de" => TRANSLATIONS.iter().find(|t| t.0 == id).map(|t| t.1),
        "fr" => TRANSLATIONS.iter().find(|t| t.0 == id).map(|t| t.2),
        _ => {
            let (_, labels) = MORE_LABELS.iter().find(|(l, _)| *l == lang)?;
            labels.iter().find(|t| t.0 == id).map(|t| t.1)
        }
    }
}

/// The known term with this id, if any.
pub fn lookup(id: &str) -> Option<(&'static str, TermKind)> {
    TERMS.iter().find(|(i, _, _)| *i == id).map(|(_, label, kind)| (*label, *kind))
}

/// Some known ids of a kind, for error messages.
pub fn examples(kind: TermKind) -> String {
    let ids: Vec<&str> = TERMS.iter().filter(|t| t.2 == kind).map(|t| t.0).take(6).collect();
    ids.join(", ")
}

#[cfg(test)]
mod translation_tests {
    use super::*;

    #[test]
    fn every_term_has_its_german_and_french_label() {
        assert_eq!(TRANSLATIONS.len(), TERMS.len());
        for ((id, en, _), (tid, de, fr)) in TERMS.iter().zip(TRANSLATIONS) {
            assert_eq!(id, tid, "the two tables are in the same order");
            assert!(!de.is_empty() && !fr.is_empty(), "{id}");
            assert_eq!(label_in(id, "en"), Some(*en));
            assert_eq!(label_in(id, "de"), Some(*de));
            assert_eq!(label_in(id, "fr"), Some(*fr));
        }
        assert_eq!(label_in("dpv:Contract", "de"), Some("Erfüllung eines Vertrags"));
        assert_eq!(label_in("dpv:Contract", "xx"), None);
        assert_eq!(label_in("acme:Thing", "de"), None);
    }

    #[test]
    fn every_term_has_its_label_in_every_other_letter_language() {
        for (lang, labels) in MORE_LABELS {
            assert_eq!(labels.len(), TERMS.len(), "{lang}");
            for ((id, _, _), (tid, label)) in TERMS.iter().zip(labels.iter()) {
                assert_eq!(id, tid, "{lang}: the tables are in the same order");
                assert!(!label.trim().is_empty(), "{lang} {id}");
                assert_eq!(label_in(id, lang), Some(*label));
            }
        }
        assert_eq!(label_in("dpv:Contract", "es"), Some("Ejecución de un contrato"));
    }
}

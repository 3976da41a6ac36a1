//! The W3C Data Privacy Vocabulary (DPV) terms Casebook knows, by field.
//!
//! Identifiers are DPV's own (`dpv:` for the core vocabulary, `dpv-pd:` for
//! its personal-data extension, `eu-gdpr:` for the GDPR extension); the labels
//! are ours, in plain English. A register may use any of these, or terms of
//! its own under another prefix (`acme:CompanyName`) with a label. An id under
//! a DPV prefix that is not listed here is refused, so that a typo
//! (`dpv:Contrat`) never passes for a term.

/// The field of a system a term describes; each DPV term fits one field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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

/// The known term with this id, if any.
pub fn lookup(id: &str) -> Option<(&'static str, TermKind)> {
    TERMS.iter().find(|(i, _, _)| *i == id).map(|(_, label, kind)| (*label, *kind))
}

/// Some known ids of a kind, for error messages.
pub fn examples(kind: TermKind) -> String {
    let ids: Vec<&str> = TERMS.iter().filter(|t| t.2 == kind).map(|t| t.0).take(6).collect();
    ids.join(", ")
}

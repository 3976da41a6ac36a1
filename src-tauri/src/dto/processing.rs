//! The register of processing (the organisation's systems, in DPV terms) and
//! a case's search log, as the register screen and the case's Data section
//! show them.

use casebook_app as app;
use casebook_core as core;
use casebook_core::processing::{self as register, dpv};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{civil, code_text};
use casebook_core::SubjectCategory;

code_dto! {
    /// The field of a system a vocabulary term describes (stable codes).
    TermKindCode mirrors dpv::TermKind {
        DataSubject = "data-subject",
        PersonalData = "personal-data",
        Purpose = "purpose",
        LegalBasis = "legal-basis",
        Recipient = "recipient",
        Safeguard = "safeguard",
        Source = "source",
        AutomatedDecision = "automated-decision",
    }
}

code_dto! {
    /// What a search of one system found (stable codes).
    SearchResultCode mirrors core::processing::search::SearchResult {
        Found = "found",
        NothingFound = "nothing-found",
    }
}

/// A vocabulary term: its stable id (`dpv:Customer`, or the organisation's
/// own `acme:Prospect`) and the label people read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TermDto {
    pub id: String,
    pub label: String,
}

impl From<register::Term> for TermDto {
    fn from(t: register::Term) -> Self {
        TermDto { id: t.id, label: t.label }
    }
}

impl TermDto {
    /// As the façade takes it: a known DPV id with the vocabulary's label
    /// (an empty one), any other term with the label the form gives.
    fn into_app(self) -> register::Term {
        let id = self.id.trim().to_owned();
        let label = if dpv::lookup(&id).is_some() { String::new() } else { self.label.trim().to_owned() };
        register::Term { id, label }
    }
}

/// One DPV term Casebook knows, for the register form's pickers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct VocabularyTermDto {
    pub id: String,
    pub label: String,
    pub kind: TermKindCode,
}

/// Every known DPV term, in the vocabulary's order.
pub fn vocabulary() -> Vec<VocabularyTermDto> {
    dpv::TERMS
        .iter()
        .map(|(id, label, kind)| VocabularyTermDto {
            id: (*id).to_owned(),
            label: (*label).to_owned(),
            kind: (*kind).into(),
        })
        .collect()
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PurposeBasisDto {
    pub purpose: TermDto,
    pub legal_basis: TermDto,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct RecipientDto {
    pub kind: TermDto,
    pub name: String,
}

/// A transfer abroad: ISO 3166-1 alpha-2 country, recipient, safeguard.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct TransferDto {
    pub country: String,
    pub recipient: String,
    pub safeguard: TermDto,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct AutomatedDecisionDto {
    pub kind: TermDto,
    pub description: String,
    pub logic: String,
    pub consequences: String,
}

/// A system of the register of processing. As input (add, edit) every list
/// replaces the system's whole list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SystemDto {
    /// The slug (`crm`, `web-analytics`); fixed once the system exists.
    pub id: String,
    pub name: String,
    pub description: String,
    pub data_subjects: Vec<TermDto>,
    pub personal_data: Vec<TermDto>,
    pub purposes: Vec<PurposeBasisDto>,
    pub recipients: Vec<RecipientDto>,
    pub retention: String,
    pub transfers: Vec<TransferDto>,
    pub sources: Vec<TermDto>,
    pub automated_decisions: Vec<AutomatedDecisionDto>,
}

impl From<register::System> for SystemDto {
    fn from(s: register::System) -> Self {
        let terms = |v: Vec<register::Term>| v.into_iter().map(TermDto::from).collect();
        SystemDto {
            id: s.id.to_string(),
            name: s.name,
            description: s.description,
            data_subjects: terms(s.data_subjects),
            personal_data: terms(s.personal_data),
            purposes: s
                .purposes
                .into_iter()
                .map(|p| PurposeBasisDto { purpose: p.purpose.into(), legal_basis: p.legal_basis.into() })
                .collect(),
            recipients: s.recipients.into_iter().map(|r| RecipientDto { kind: r.kind.into(), name: r.name }).collect(),
            retention: s.retention,
            transfers: s
                .transfers
                .into_iter()
                .map(|t| TransferDto { country: t.country, recipient: t.recipient, safeguard: t.safeguard.into() })
                .collect(),
            sources: terms(s.sources),
            automated_decisions: s
                .automated_decisions
                .into_iter()
                .map(|a| AutomatedDecisionDto {
                    kind: a.kind.into(),
                    description: a.description,
                    logic: a.logic,
                    consequences: a.consequences,
                })
                .collect(),
        }
    }
}

impl SystemDto {
    /// The façade's input: every field given, each list whole. The façade
    /// validates it and names the field of each problem.
    pub fn into_app(self) -> app::SystemInput {
        let terms = |v: Vec<TermDto>| Some(v.into_iter().map(TermDto::into_app).collect());
        app::SystemInput {
            id: Some(self.id.trim().to_owned()),
            name: Some(self.name),
            description: Some(self.description),
            data_subjects: terms(self.data_subjects),
            personal_data: terms(self.personal_data),
            purposes: Some(
                self.purposes
                    .into_iter()
                    .map(|p| register::PurposeBasis {
                        purpose: p.purpose.into_app(),
                        legal_basis: p.legal_basis.into_app(),
                    })
                    .collect(),
            ),
            recipients: Some(
                self.recipients
                    .into_iter()
                    .map(|r| register::Recipient { kind: r.kind.into_app(), name: r.name })
                    .collect(),
            ),
            retention: Some(self.retention),
            transfers: Some(
                self.transfers
                    .into_iter()
                    .map(|t| register::Transfer {
                        country: t.country,
                        recipient: t.recipient,
                        safeguard: t.safeguard.into_app(),
                    })
                    .collect(),
            ),
            sources: terms(self.sources),
            automated_decisions: Some(
                self.automated_decisions
                    .into_iter()
                    .map(|a| register::AutomatedDecision {
                        kind: a.kind.into_app(),
                        description: a.description,
                        logic: a.logic,
                        consequences: a.consequences,
                    })
                    .collect(),
            ),
        }
    }
}

/// What importing a register file did.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RegisterImportDto {
    /// The file's name (not its folder).
    pub file: String,
    /// How many systems the register held before (all replaced).
    pub replaced: u32,
    pub systems: Vec<SystemDto>,
}

impl From<app::ProcessingImport> for RegisterImportDto {
    fn from(i: app::ProcessingImport) -> Self {
        let file = std::path::Path::new(&i.file)
            .file_name()
            .map_or_else(|| i.file.clone(), |n| n.to_string_lossy().into_owned());
        RegisterImportDto {
            file,
            replaced: u32::try_from(i.replaced).unwrap_or(u32::MAX),
            systems: i.systems.into_iter().map(Into::into).collect(),
        }
    }
}

/// One entry of a case's search log.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SearchRecordDto {
    pub system: String,
    pub searched: bool,
    /// When searched: what was found.
    pub result: Option<SearchResultCode>,
    /// When not searched: why.
    pub reason: Option<String>,
    pub by: String,
    /// `YYYY-MM-DD`.
    pub on: String,
    pub note: Option<String>,
}

impl From<core::processing::search::SearchRecord> for SearchRecordDto {
    fn from(r: core::processing::search::SearchRecord) -> Self {
        SearchRecordDto {
            system: r.system.to_string(),
            searched: r.searched,
            result: r.result.map(Into::into),
            reason: r.reason,
            by: r.by,
            on: civil(r.on),
            note: r.note,
        }
    }
}

/// A system relevant to the case's requester, with its latest record (none: unsearched).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct SystemSearchDto {
    pub system: String,
    pub name: String,
    pub latest: Option<SearchRecordDto>,
}

/// A case's search log.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SearchLogDto {
    pub subject_category: Option<SubjectCategory>,
    /// The systems relevant to the requester, in register order.
    pub systems: Vec<SystemSearchDto>,
    /// Relevant systems with no record: the response is refused while any remain.
    pub unsearched: Vec<String>,
    /// Every record, oldest first.
    pub history: Vec<SearchRecordDto>,
}

impl From<app::SearchLog> for SearchLogDto {
    fn from(l: app::SearchLog) -> Self {
        SearchLogDto {
            subject_category: l.subject_category,
            systems: l
                .systems
                .into_iter()
                .map(|s| SystemSearchDto {
                    system: s.system.to_string(),
                    name: s.name,
                    latest: s.latest.map(Into::into),
                })
                .collect(),
            unsearched: l.unsearched.iter().map(ToString::to_string).collect(),
            history: l.history.into_iter().map(Into::into).collect(),
        }
    }
}

/// A search to record: a result when searched, a reason when not.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SearchInputDto {
    pub system: String,
    pub not_searched: bool,
    pub result: Option<SearchResultCode>,
    pub reason: Option<String>,
    /// Who searched; none: the person running Casebook.
    pub by: Option<String>,
    /// `YYYY-MM-DD`; none: today.
    pub on: Option<String>,
    pub note: Option<String>,
}

impl SearchInputDto {
    pub fn into_app(self) -> app::SearchInput {
        let text = |s: Option<String>| s.map(|s| s.trim().to_owned()).filter(|s| !s.is_empty());
        app::SearchInput {
            system: self.system,
            result: self.result.map(code_text),
            not_searched: self.not_searched,
            reason: text(self.reason),
            by: text(self.by),
            on: text(self.on),
            note: text(self.note),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn term(id: &str, label: &str) -> TermDto {
        TermDto { id: id.into(), label: label.into() }
    }

    fn system() -> SystemDto {
        SystemDto {
            id: "crm".into(),
            name: "Customer database".into(),
            description: "Accounts".into(),
            data_subjects: vec![term("dpv:Customer", "Customers"), term("acme:Reseller", "Resellers")],
            personal_data: vec![term("dpv-pd:EmailAddress", "")],
            purposes: vec![PurposeBasisDto {
                purpose: term("dpv:ServiceProvision", ""),
                legal_basis: term("dpv:Contract", ""),
            }],
            recipients: vec![RecipientDto { kind: term("dpv:DataProcessor", ""), name: "Hosting = cloud".into() }],
            retention: "6 years".into(),
            transfers: vec![TransferDto {
                country: "US".into(),
                recipient: "Hosting provider".into(),
                safeguard: term("dpv:StandardContractualClauses", ""),
            }],
            sources: vec![term("dpv:DataSubject", "")],
            automated_decisions: vec![],
        }
    }

    #[test]
    fn a_form_becomes_the_facades_typed_input() {
        let input = system().into_app();
        let subjects: Vec<(String, String)> =
            input.data_subjects.unwrap().into_iter().map(|t| (t.id, t.label)).collect();
        // A DPV term takes the vocabulary's label; one's own keeps the form's.
        assert_eq!(subjects, [("dpv:Customer".into(), String::new()), ("acme:Reseller".into(), "Resellers".into())]);
        let purpose = &input.purposes.unwrap()[0];
        assert_eq!(
            (purpose.purpose.id.as_str(), purpose.legal_basis.id.as_str()),
            ("dpv:ServiceProvision", "dpv:Contract")
        );
        // An '=' in a name is only a character now that no text form is parsed.
        assert_eq!(input.recipients.unwrap()[0].name, "Hosting = cloud");
        assert_eq!(input.transfers.unwrap()[0].country, "US");
        assert!(input.automated_decisions.unwrap().is_empty());
    }

    #[test]
    fn the_vocabulary_lists_every_known_term_with_its_field() {
        let v = vocabulary();
        assert_eq!(v.len(), dpv::TERMS.len());
        let customer = v.iter().find(|t| t.id == "dpv:Customer").unwrap();
        assert_eq!(customer.kind, TermKindCode::DataSubject);
        assert!(v.iter().any(|t| t.kind == TermKindCode::LegalBasis));
    }

    #[test]
    fn a_search_input_sends_the_result_code_and_drops_blanks() {
        let dto: SearchInputDto = serde_json::from_str(
            r#"{"system":"crm","notSearched":false,"result":"nothing-found","reason":" ","by":null,"on":"2026-11-20","note":"none"}"#,
        )
        .unwrap();
        let input = dto.into_app();
        assert_eq!(input.result.as_deref(), Some("nothing-found"));
        assert_eq!(input.reason, None);
        assert_eq!(input.on.as_deref(), Some("2026-11-20"));
    }
}

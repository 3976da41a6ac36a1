//! The register of processing (the organisation's data map): the systems that
//! hold personal data and, for each, whose data, which data, why and on which
//! legal basis, who receives it, how long it is kept, where it goes abroad and
//! under which safeguard, where it comes from and which automated decisions
//! are made with it.
//!
//! Categories, purposes, legal bases, recipients, safeguards and sources are
//! W3C DPV terms (see [`dpv`]) with a human label beside each id. The JSON
//! exchange format (`assets/schemas/register-of-processing.schema.json`) is
//! parsed here by [`parse_register`], which names the JSON path of every
//! problem; nothing is accepted until the whole file is valid.
//!
//! Per case, [`search`] holds the search log rules (which systems a case must
//! search before it is answered) and [`access`] derives the Art. 15(1)(a)–(h)
//! and 15(2) information from the systems relevant to the requester.

pub mod access;
pub mod action;
pub mod dpv;
mod parse;
pub mod search;
#[cfg(test)]
mod tests;

use serde::{Deserialize, Serialize};

pub use dpv::TermKind;
pub use parse::{FORMAT, FORMAT_VERSION, RegisterError, parse_register, parse_system, register_json};

use crate::SubjectCategory;

/// A system's stable id: a lower-case slug (`crm`, `billing`, `web-analytics`),
/// used on the command line, in search logs and by data imports.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SystemId(String);

impl SystemId {
    pub const MAX_LEN: usize = 40;

    pub fn parse(s: &str) -> Result<SystemId, String> {
        let ok = !s.is_empty()
            && s.len() <= Self::MAX_LEN
            && s.split('-').all(|part| !part.is_empty())
            && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && s.as_bytes()[0].is_ascii_lowercase();
        if ok {
            Ok(SystemId(s.to_string()))
        } else {
            Err(format!(
                "invalid system id '{s}': expected a lower-case slug such as crm or web-analytics \
                 (letters, digits and single hyphens, starting with a letter, at most {} characters)",
                Self::MAX_LEN
            ))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for SystemId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // `pad`, so that width and alignment work in tables.
        f.pad(&self.0)
    }
}

/// A vocabulary term: a stable id (a DPV term or the organisation's own,
/// `prefix:Name`) and the label people read.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Term {
    pub id: String,
    pub label: String,
}

impl Term {
    /// Whether the term comes from DPV (as opposed to the organisation's own vocabulary).
    pub fn is_dpv(&self) -> bool {
        self.id.split_once(':').is_some_and(|(p, _)| dpv::DPV_PREFIXES.contains(&p))
    }

    fn local_name(&self) -> &str {
        self.id.split_once(':').map_or(self.id.as_str(), |(_, n)| n)
    }
}

/// One purpose and the legal basis it rests on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct PurposeBasis {
    pub purpose: Term,
    pub legal_basis: Term,
}

/// A category of recipient and who it is ("payment processors: Stripe").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Recipient {
    pub kind: Term,
    pub name: String,
}

/// A transfer out of the organisation's jurisdiction.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Transfer {
    /// ISO 3166-1 alpha-2 country code of the destination.
    pub country: String,
    pub recipient: String,
    pub safeguard: Term,
}

/// Automated decision-making (Art. 22), with what Art. 15(1)(h) requires the
/// person to be told: the logic involved, the significance and the consequences.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct AutomatedDecision {
    pub kind: Term,
    pub description: String,
    pub logic: String,
    pub consequences: String,
}

/// A system holding personal data, as the register of processing records it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct System {
    pub id: SystemId,
    pub name: String,
    pub description: String,
    pub data_subjects: Vec<Term>,
    pub personal_data: Vec<Term>,
    pub purposes: Vec<PurposeBasis>,
    pub recipients: Vec<Recipient>,
    /// How long the data is kept, or the criteria that decide it.
    pub retention: String,
    pub transfers: Vec<Transfer>,
    pub sources: Vec<Term>,
    pub automated_decisions: Vec<AutomatedDecision>,
}

/// The names a data-subject term goes by for each category of requester a case
/// records: a term matches when its local name (after the prefix) is one of
/// these, so an organisation's own `acme:Prospect` matches prospects too.
fn category_names(category: SubjectCategory) -> &'static [&'static str] {
    match category {
        SubjectCategory::Customer => &["Customer", "Client", "Consumer", "Subscriber", "User"],
        SubjectCategory::Prospect => &["Prospect", "Lead"],
        SubjectCategory::WebsiteVisitor => &["Visitor", "WebsiteVisitor"],
        SubjectCategory::Employee => &["Employee", "Staff", "Contractor", "FormerEmployee"],
        SubjectCategory::JobApplicant => &["JobApplicant", "Applicant"],
        SubjectCategory::Other => &[],
    }
}

impl System {
    /// Whether this system may hold data about a requester of `category`.
    /// Unknown or "other" requesters could be in any system; a system that
    /// records "data subjects in general" concerns everyone.
    pub fn concerns(&self, category: Option<SubjectCategory>) -> bool {
        let names = match category {
            None | Some(SubjectCategory::Other) => return true,
            Some(c) => category_names(c),
        };
        self.data_subjects.iter().any(|t| t.id == "dpv:DataSubject" || names.contains(&t.local_name()))
    }
}

/// The systems relevant to a requester of `category`, in register order.
pub fn relevant_systems(systems: &[System], category: Option<SubjectCategory>) -> Vec<&System> {
    systems.iter().filter(|s| s.concerns(category)).collect()
}

//! The information a person is owed with a copy of their data (GDPR and UK
//! GDPR Art. 15(1)(a)–(h) and 15(2)), derived from the register of processing.
//!
//! The systems that count are those relevant to the requester's category,
//! less those the case's search log shows were searched with nothing found:
//! the person is told about the processing of their own data, not about every
//! system the organisation runs.

use serde::Serialize;

use super::search::{SearchRecord, SearchResult};
use super::{AutomatedDecision, PurposeBasis, Recipient, System, SystemId, Term, Transfer, relevant_systems};
use crate::SubjectCategory;

/// A system the information was drawn from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SystemName {
    pub id: SystemId,
    pub name: String,
}

/// How long one system keeps the data (Art. 15(1)(d)).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RetentionPeriod {
    pub system: String,
    pub period: String,
}

/// The Art. 15 information for one case. Lists keep register order and hold
/// each item once.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct AccessInformation {
    pub systems: Vec<SystemName>,
    /// (a) the purposes, each with its legal basis.
    pub purposes: Vec<PurposeBasis>,
    /// (b) the categories of personal data.
    pub personal_data: Vec<Term>,
    /// (c) the recipients or categories of recipients.
    pub recipients: Vec<Recipient>,
    /// (d) how long the data is kept, per system.
    pub retention: Vec<RetentionPeriod>,
    /// (g) where the data comes from.
    pub sources: Vec<Term>,
    /// (h) automated decision-making, including profiling; empty when there is none.
    pub automated_decisions: Vec<AutomatedDecision>,
    /// 15(2): transfers to third countries and their safeguards; empty when there are none.
    pub transfers: Vec<Transfer>,
}

fn push_unique<T: PartialEq>(list: &mut Vec<T>, item: T) {
    if !list.contains(&item) {
        list.push(item);
    }
}

/// The Art. 15 information for a requester of `category`, given the case's
/// search log: the relevant systems less those searched with nothing found.
pub fn access_information(
    systems: &[System],
    category: Option<SubjectCategory>,
    log: &[SearchRecord],
) -> AccessInformation {
    information(systems, category, log, |latest| latest.is_none_or(|r| r.result != Some(SearchResult::NothingFound)))
}

/// What an access response may state: only the relevant systems whose
/// latest search found the person's data (none unsearched, none excused).
pub fn found_information(
    systems: &[System],
    category: Option<SubjectCategory>,
    log: &[SearchRecord],
) -> AccessInformation {
    information(systems, category, log, |latest| {
        latest.is_some_and(|r| r.searched && r.result == Some(SearchResult::Found))
    })
}

fn information(
    systems: &[System],
    category: Option<SubjectCategory>,
    log: &[SearchRecord],
    keep: impl Fn(Option<&SearchRecord>) -> bool,
) -> AccessInformation {
    let mut info = AccessInformation::default();
    for s in relevant_systems(systems, category) {
        let latest = log.iter().rev().find(|r| r.system == s.id);
        if !keep(latest) {
            continue;
        }
        info.systems.push(SystemName { id: s.id.clone(), name: s.name.clone() });
        for p in &s.purposes {
            push_unique(&mut info.purposes, p.clone());
        }
        for d in &s.personal_data {
            push_unique(&mut info.personal_data, d.clone());
        }
        for r in &s.recipients {
            push_unique(&mut info.recipients, r.clone());
        }
        info.retention.push(RetentionPeriod { system: s.name.clone(), period: s.retention.clone() });
        for src in &s.sources {
            push_unique(&mut info.sources, src.clone());
        }
        for a in &s.automated_decisions {
            push_unique(&mut info.automated_decisions, a.clone());
        }
        for t in &s.transfers {
            push_unique(&mut info.transfers, t.clone());
        }
    }
    info
}

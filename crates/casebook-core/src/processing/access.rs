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

/// Adds each of `items` that `list` does not hold yet, in their order.
fn extend_unique<T: PartialEq + Clone>(list: &mut Vec<T>, items: &[T]) {
    for item in items {
        if !list.contains(item) {
            list.push(item.clone());
        }
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
        extend_unique(&mut info.purposes, &s.purposes);
        extend_unique(&mut info.personal_data, &s.personal_data);
        extend_unique(&mut info.recipients, &s.recipients);
        info.retention.push(RetentionPeriod { system: s.name.clone(), period: s.retention.clone() });
        extend_unique(&mut info.sources, &s.sources);
        extend_unique(&mut info.automated_decisions, &s.automated_decisions);
        extend_unique(&mut info.transfers, &s.transfers);
    }
    info
}

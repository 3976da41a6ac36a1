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
use crate::{Regime, SubjectCategory};

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

/// Whether the case's law requires information about the processing to go
/// with the copy of the data, item by item as the access response gives it
/// (purposes, categories, recipients, retention, sources, automated decisions,
/// transfers), and the provision that does; None where it requires less or
/// none: a US state law's right "to access such personal data" (Va. Code
/// \u{a7}59.1-577(A)(1)), APP 12, and those whose list is shorter than the
/// response's headings (the CCPA's categories, sources, purposes and third
/// parties, \u{a7}1798.110(a); PIPEDA Principle 4.9's existence, use and
/// disclosure; POPIA s.23(1)'s record and third parties; the LGPD's Art. 19
/// statement of origin, criteria and purpose). The response then says "how
/// we process it follows", and claims no legal requirement it does not have.
pub fn information_required(regime: Regime) -> Option<&'static str> {
    match regime {
        Regime::UkGdpr => Some("UK GDPR Art. 15(1)(a)-(h) and 15(2)"),
        Regime::EuGdpr => Some("GDPR Art. 15(1)(a)-(h) and 15(2)"),
        Regime::Fadp => Some("FADP Art. 25(2)"),
        Regime::Ccpa | Regime::UsState | Regime::Lgpd | Regime::Pipeda | Regime::Popia | Regime::AuApp => None,
    }
}

/// Whether the case's law gives the rights the access response lists
/// (rectification, erasure, restriction, objection, withdrawal of consent:
/// GDPR Art. 15(1)(e) has the response state them), and where. None where
/// it does not give them all (the CCPA and the US state laws have no
/// restriction or objection; PIPEDA and the Australian Privacy Act give
/// correction, not erasure; the LGPD's Art. 18 gives blocking of unnecessary
/// data and opposition only to unlawful processing, not restriction and
/// objection as the list words them): the response then lists none rather
/// than rights the person does not have.
pub fn other_rights(regime: Regime) -> Option<&'static str> {
    match regime {
        Regime::UkGdpr => Some("UK GDPR Art. 7(3), 16, 17, 18 and 21"),
        Regime::EuGdpr => Some("GDPR Art. 7(3), 16, 17, 18 and 21"),
        Regime::Fadp => Some("FADP Art. 30(2)(b) and 32"),
        Regime::Popia => Some("POPIA s.11(2)(b), 11(3), 14(6) and 24"),
        Regime::Ccpa | Regime::UsState | Regime::Lgpd | Regime::Pipeda | Regime::AuApp => None,
    }
}

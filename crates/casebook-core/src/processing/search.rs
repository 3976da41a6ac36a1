//! The search log of a case: for each system of the register, whether it was
//! searched for the person's data (by whom, when, with what result) or, if
//! not, why not. A case is not answered while a system relevant to the
//! requester has neither.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{System, SystemId, relevant_systems};
use crate::SubjectCategory;
use crate::code_enum;

code_enum! {
    /// What a search of one system found.
    pub enum SearchResult as "search result" {
        Found = "found", "Found";
        NothingFound = "nothing-found", "Nothing found";
    }
}

/// One entry of a case's search log. The latest entry for a system is its state.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SearchRecord {
    pub system: SystemId,
    pub searched: bool,
    /// When searched: what was found.
    pub result: Option<SearchResult>,
    /// When not searched: why (the DPO's reason, recorded for the file).
    pub reason: Option<String>,
    /// Who searched (or decided not to).
    pub by: String,
    pub on: NaiveDate,
    pub note: Option<String>,
}

impl SearchRecord {
    /// Checks that the record says one thing: a result when searched, a reason when not.
    pub fn check(&self) -> Result<(), String> {
        let blank = |s: &Option<String>| s.as_deref().is_none_or(|s| s.trim().is_empty());
        if self.by.trim().is_empty() {
            return Err("who searched is empty".into());
        }
        match (self.searched, self.result, blank(&self.reason)) {
            (true, Some(_), true) => Ok(()),
            (true, None, _) => Err("a search needs its result (found or nothing-found)".into()),
            (true, Some(_), false) => Err("a searched system takes a result, not a reason".into()),
            (false, None, false) => Ok(()),
            (false, Some(_), _) => Err("a system not searched has no result".into()),
            (false, None, true) => Err("say why the system was not searched".into()),
        }
    }
}

/// Where one relevant system stands on a case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SystemSearch {
    pub system: SystemId,
    pub name: String,
    /// The latest record for the system; None while it is unsearched.
    pub latest: Option<SearchRecord>,
}

/// The relevant systems of a case (register order) with their latest record.
pub fn search_status(systems: &[System], category: Option<SubjectCategory>, log: &[SearchRecord]) -> Vec<SystemSearch> {
    relevant_systems(systems, category)
        .into_iter()
        .map(|s| SystemSearch {
            system: s.id.clone(),
            name: s.name.clone(),
            latest: log.iter().rev().find(|r| r.system == s.id).cloned(),
        })
        .collect()
}

/// The relevant systems with no record at all: what stops the case from being answered.
pub fn unsearched(systems: &[System], category: Option<SubjectCategory>, log: &[SearchRecord]) -> Vec<SystemId> {
    search_status(systems, category, log).into_iter().filter(|s| s.latest.is_none()).map(|s| s.system).collect()
}

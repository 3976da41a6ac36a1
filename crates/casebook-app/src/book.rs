//! An open register as a front end holds it: a local file ([`Casebook`]) or
//! a team register on PostgreSQL ([`TeamBook`]). The desktop app keeps one
//! and calls the use cases both serve through their shared traits
//! ([`crate::CaseLifecycle`], [`crate::LetterBook`], …) on either; a use case
//! only a local register serves yet goes through [`Book::local`], which
//! refuses it on a team register by name.

use std::sync::Arc;

use crate::{Casebook, Result, TeamBook};

/// A local register or a team register, opened.
#[derive(Clone)]
pub enum Book {
    Local(Arc<Casebook>),
    Team(Arc<TeamBook>),
}

impl Book {
    /// The local register, or the refusal naming `what` on a team register.
    pub fn local(&self, what: &str) -> Result<&Arc<Casebook>> {
        match self {
            Book::Local(casebook) => Ok(casebook),
            Book::Team(team) => Err(team.not_here(what)),
        }
    }

    /// The revision of the deadline rules opening this register brought the
    /// open cases' dates up to, with those whose date moved; `None` when they
    /// were already of these rules (or were left for a team's DPO).
    pub fn rules_update(&self) -> Option<&crate::RulesRevision> {
        match self {
            Book::Local(casebook) => casebook.rules_update(),
            Book::Team(team) => team.rules_update(),
        }
    }

    /// The older revision a team register's stored dates are of, when the
    /// member connected may not bring them up (only a DPO member does).
    pub fn rules_behind(&self) -> Option<u32> {
        match self {
            Book::Local(_) => None,
            Book::Team(team) => team.rules_behind(),
        }
    }

    /// The team register's member (their login), on a team register.
    pub fn member(&self) -> Option<&str> {
        match self {
            Book::Local(_) => None,
            Book::Team(team) => Some(team.user()),
        }
    }
}

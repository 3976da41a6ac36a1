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

    /// The team register's member (their login), on a team register.
    pub fn member(&self) -> Option<&str> {
        match self {
            Book::Local(_) => None,
            Book::Team(team) => Some(team.user()),
        }
    }
}

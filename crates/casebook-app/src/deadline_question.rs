//! "By when?" for a request that is not (yet) a case (`casebook deadline`),
//! answered under the register's deadline policy and holiday calendars, on
//! either back end.

use casebook_core::Right;
use casebook_core::deadline::compute_deadlines;

use crate::dates::{DeadlineQuestion, deadline_input};
use crate::steps::StepBook;
use crate::{Deadlines, Result};

/// Answers "by when?" for a request that is not (yet) a case, under the
/// register's deadline policy and holiday calendars, on either back end.
pub trait DeadlineBook {
    fn compute_deadline(&self, q: &DeadlineQuestion) -> Result<Deadlines>;
}

impl<T: StepBook> DeadlineBook for T {
    fn compute_deadline(&self, q: &DeadlineQuestion) -> Result<Deadlines> {
        let rights = if q.rights.is_empty() { vec![Right::Access] } else { q.rights.clone() };
        let rules = self.rules()?;
        compute_deadlines(q.regime, &q.location, &rights, &q.clock, &rules.policy, &rules.calendars, rules.today)
            .map_err(deadline_input)
    }
}

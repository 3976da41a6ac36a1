//! "By when?" for a request that is not (yet) a case (`casebook deadline`),
//! answered under the register's deadline policy and holiday calendars, on
//! either back end.

use casebook_core::deadline::{ClockEvents, Pause, compute_deadlines};
use casebook_core::{Location, Regime, Right};

use crate::dates::{DeadlineQuestion, deadline_input};
use crate::steps::StepBook;
use crate::{Deadlines, Error, RegisterSaid, Result};

/// Answers "by when?" for a request that is not (yet) a case, under the
/// register's deadline policy and holiday calendars, on either back end.
pub trait DeadlineBook {
    fn compute_deadline(&self, q: &DeadlineQuestion) -> Result<Deadlines>;
}

impl<T: StepBook> DeadlineBook for T {
    fn compute_deadline(&self, q: &DeadlineQuestion) -> Result<Deadlines> {
        let regime: Regime = q.regime.parse().map_err(Error::refused)?;
        let location = Location::parse(&q.location).map_err(Error::refused)?;
        let rights = if q.rights.is_empty() {
            vec![Right::Access]
        } else {
            q.rights.iter().map(|r| r.parse::<Right>().map_err(Error::refused)).collect::<Result<Vec<_>>>()?
        };
        let date =
            |field: &'static str, s: &Option<String>| s.as_deref().map(|s| crate::parse_date(field, s)).transpose();
        let mut clock = ClockEvents::received(crate::parse_date("received", &q.received)?);
        clock.identity_requested = date("id-requested", &q.identity_requested)?;
        clock.identity_received = date("id-received", &q.identity_received)?;
        clock.extended = q.extended;
        clock.extension_notified_on = date("extension-notified-on", &q.extension_notified_on)?;
        clock.appeal_received = date("appeal-received", &q.appeal_received)?;
        clock.complaint_received = date("complaint-received", &q.complaint_received)?;
        clock.employee = q.employee;
        for p in &q.pauses {
            let (from, to) = p
                .split_once(':')
                .ok_or_else(|| Error::refused_in("pause", RegisterSaid::InvalidPause { input: p.to_string() }))?;
            let from = crate::parse_date("pause", from)?;
            let to = if to.trim().is_empty() { None } else { Some(crate::parse_date("pause", to)?) };
            clock.clarifications.push(Pause { from, to });
        }
        let rules = self.rules()?;
        compute_deadlines(regime, &location, &rights, &clock, &rules.policy, &rules.calendars, rules.today)
            .map_err(deadline_input)
    }
}

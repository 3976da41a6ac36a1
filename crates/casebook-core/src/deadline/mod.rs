//! Statutory deadlines: the dates a privacy team must meet, with the steps
//! that produced each one (docs: /work/shared/design/deadlines.md).
//!
//! [`compute_deadlines`] is pure: "today" and the holiday calendars are
//! parameters. The same engine runs every regime; [`RegimeRules`] holds what
//! each law says about periods, extensions, identity checks and clarification.

mod arithmetic;
mod compute;
pub mod law;
mod regime;
mod replay;
mod said;

#[cfg(test)]
mod bound_tests;
#[cfg(test)]
mod law_tests;
#[cfg(test)]
mod proptests;
#[cfg(test)]
mod said_tests;
#[cfg(test)]
mod tests;

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::holiday::HolidayError;
use crate::{Regime, Right};
pub use arithmetic::{add_business_days, add_days, add_months, roll_forward};

/// The revision of the engine's rules, raised whenever a change may move a
/// date already computed for a stored case; a register remembers the one its
/// open cases' stored dates were computed under, and a newer Casebook
/// recomputes them once when it first opens it. 1: a right that goes ahead
/// while identity is awaited keeps its date when identity is asked for.
/// 2: Poland's and Portugal's public holidays are known (their dates were
/// computed on weekends only). 3: restriction under a US state law, and
/// correction where a state's statute gives none, have no statutory date;
/// a withdrawal of consent has the state's own revocation limit.
/// 4: an answered case keeps the decision date of a consumer's appeal that
/// awaits one (stored beside its due date since schema 16; team schema 18).
pub const RULES_REVISION: u32 = 4;
pub use compute::{complaint_deadlines, compute_deadlines};
pub use regime::{CalendarUse, ClockEffect, Extension, InForce, Period, RegimeRules};
pub use replay::{ClockCase, WaitingFor};
pub use said::{
    CalendarRef, DeadlinesSaid, EmployeeRecord, HolidaySource, LawRef, NamedHoliday, PauseCause, Said,
    StateAuthentication, words,
};

/// The organisation's deadline settings.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(default)]
pub struct DeadlinePolicy {
    /// An internal target per regime, in calendar days from the start ("28").
    pub house_target_days: BTreeMap<Regime, u32>,
    /// CCPA business days also skip California state holidays.
    pub california_state_holidays: bool,
}

/// A closed interval of days during which the clock is paused, both days
/// counted. `to: None` while the answer is awaited.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pause {
    pub from: NaiveDate,
    #[serde(default)]
    pub to: Option<NaiveDate>,
}

/// What happened on a case that matters to its clock.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ClockEvents {
    pub received: NaiveDate,
    /// When identity evidence (or, in the UK, proof of authority or a fee) was asked for.
    pub identity_requested: Option<NaiveDate>,
    /// When the last item asked for arrived.
    pub identity_received: Option<NaiveDate>,
    pub clarifications: Vec<Pause>,
    /// The DPO took the extension.
    pub extended: bool,
    /// When the person was told of the extension.
    pub extension_notified_on: Option<NaiveDate>,
    /// The case is finished.
    pub stopped: bool,
    /// When the consumer's appeal of a refusal arrived (US state laws).
    pub appeal_received: Option<NaiveDate>,
    /// When a complaint to the controller about the handling arrived (UK DPA 2018 s.164A).
    pub complaint_received: Option<NaiveDate>,
    /// The requester is a current or former employee (California: personnel file and payroll clocks).
    pub employee: bool,
    /// What a wait for the requester waits for, as the stored steps leave
    /// it (none: identity evidence, when `identity_requested` says so).
    pub waiting_for: Option<WaitingFor>,
}

impl ClockEvents {
    /// A request received on `date`, with nothing else yet.
    pub fn received(date: NaiveDate) -> ClockEvents {
        ClockEvents { received: date, ..ClockEvents::default() }
    }
}

/// Whether the clock is counting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum Clock {
    Running,
    Paused,
    WaitingForIdentity,
    Stopped,
}

/// The due date of one right.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RightDeadline {
    pub right: Right,
    /// The extended date when the extension was taken and applies to this right.
    pub due: Option<NaiveDate>,
    pub steps: Vec<String>,
    /// The steps as sentences (`steps` is their English).
    pub said: Vec<Said>,
}

impl RightDeadline {
    pub fn new(right: Right, due: Option<NaiveDate>, said: Vec<Said>) -> Self {
        RightDeadline { right, due, steps: words(&said), said }
    }
}

/// Every date of a case, each with its explanation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Deadlines {
    pub regime: Regime,
    /// The case's effective due date: the earliest over its rights, using the
    /// extended date for rights the extension covers when it was taken. Null
    /// while waiting for identity under a regime where identity restarts the clock.
    pub due: Option<NaiveDate>,
    pub steps: Vec<String>,
    /// The extended date, when the extension was taken.
    pub extended_due: Option<NaiveDate>,
    /// The last day to tell the person about an extension; null where the
    /// regime has none.
    pub extension_notice_by: Option<NaiveDate>,
    /// How the extended date is (or would be) computed; empty where there is no extension.
    pub extension_steps: Vec<String>,
    /// The last day to confirm receipt; null where there is no such duty.
    pub acknowledge_by: Option<NaiveDate>,
    pub acknowledge_steps: Vec<String>,
    /// The organisation's internal target; never replaces `due`.
    pub house_target: Option<NaiveDate>,
    pub house_target_steps: Vec<String>,
    pub clock: Clock,
    /// While the clock waits for the requester: for what (identity
    /// evidence, a fee, or both); null otherwise.
    pub waiting_for: Option<WaitingFor>,
    /// The day the period runs from: the receipt, or the day identity arrived
    /// when that restarts the clock; null while waiting for it.
    pub start: Option<NaiveDate>,
    /// Days from `today` to `due`, negative when overdue; null with no due
    /// date or when the clock is stopped.
    pub days_left: Option<i64>,
    /// The holiday calendar used, when the regime uses one.
    pub calendar: Option<String>,
    pub rights: Vec<RightDeadline>,
    /// Warnings: late extension notice, a weekend date left as it is, a
    /// country without holiday data.
    pub notes: Vec<String>,
    /// The last day to send a refusal with its reasons, where the law gives it
    /// separately from the response (EU: without the extension).
    pub refuse_by: Option<NaiveDate>,
    pub refuse_steps: Vec<String>,
    /// The version of the law the dates were computed under, and why.
    pub rules_in_force: LawInForce,
    /// The appeal of a refusal (US state laws), once one was received.
    pub appeal_due: Option<NaiveDate>,
    pub appeal_extended_due: Option<NaiveDate>,
    pub appeal_steps: Vec<String>,
    /// A complaint to the controller (UK), once one was received.
    pub complaint_acknowledge_by: Option<NaiveDate>,
    pub complaint_steps: Vec<String>,
    /// Clocks of other laws beside this regime's (California employee records).
    pub related: Vec<RelatedDeadline>,
    /// Every list of steps and the notes as sentences, for a front end to say
    /// in its language; the string lists above are their English.
    pub said: DeadlinesSaid,
}

impl Deadlines {
    /// The English strings of every list, from the sentences.
    pub(crate) fn worded(mut self) -> Self {
        let s = &self.said;
        self.steps = words(&s.steps);
        self.extension_steps = words(&s.extension_steps);
        self.acknowledge_steps = words(&s.acknowledge_steps);
        self.house_target_steps = words(&s.house_target_steps);
        self.notes = words(&s.notes);
        self.refuse_steps = words(&s.refuse_steps);
        self.appeal_steps = words(&s.appeal_steps);
        self.complaint_steps = words(&s.complaint_steps);
        self
    }

    /// Adds a note (its sentence and its English).
    pub fn add_note(&mut self, note: Said) {
        self.notes.push(note.to_string());
        self.said.notes.push(note);
    }

    /// Replaces the due date's steps (their sentences and their English).
    pub fn set_steps(&mut self, steps: Vec<Said>) {
        self.steps = words(&steps);
        self.said.steps = steps;
    }
}

/// Which law the dates were computed under.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct LawInForce {
    pub id: String,
    pub name: String,
    pub in_force_from: NaiveDate,
    pub in_force_until: Option<NaiveDate>,
    pub source: String,
    /// Why this version: the receipt date against the versions' dates.
    pub why: String,
    /// `why` as a sentence (`why` is its English).
    pub said: Said,
}

impl LawInForce {
    pub fn new(
        id: String,
        name: String,
        (in_force_from, in_force_until): (NaiveDate, Option<NaiveDate>),
        source: String,
        why: Said,
    ) -> Self {
        LawInForce { id, name, in_force_from, in_force_until, source, why: why.to_string(), said: why }
    }

    /// The `id` of a law that did not yet apply on the day of receipt.
    pub const NOT_YET_IN_FORCE: &'static str = "none";

    /// Whether the law applied to the request at all (a US state law not yet
    /// in force on the day of receipt gives no statutory date and no clock).
    pub fn applies(&self) -> bool {
        self.id != Self::NOT_YET_IN_FORCE
    }
}

/// A deadline from another law that runs beside the regime's own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RelatedDeadline {
    pub what: String,
    pub due: NaiveDate,
    pub source: String,
    pub steps: Vec<String>,
    /// The steps as sentences (`steps` is their English).
    pub said: Vec<Said>,
}

impl RelatedDeadline {
    pub fn new(what: String, due: NaiveDate, source: String, said: Vec<Said>) -> Self {
        RelatedDeadline { what, due, source, steps: words(&said), said }
    }
}

/// Inputs the engine cannot compute from.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum DeadlineError {
    #[error("no rights given: a case asks for at least one right")]
    NoRights,
    #[error("clarification pause ends on {to} before it starts on {from}")]
    PauseEndsBeforeStart { from: NaiveDate, to: NaiveDate },
    #[error("clarification pause starting {from} is before the request was received on {received}")]
    PauseBeforeReceipt { from: NaiveDate, received: NaiveDate },
    #[error("clarification pauses overlap: {first} and {second}")]
    OverlappingPauses { first: String, second: String },
    #[error("identity_received {received} is set but identity_requested is not")]
    IdentityReceivedWithoutRequest { received: NaiveDate },
    #[error("identity_received {received} is before identity_requested {requested}")]
    IdentityReceivedBeforeRequest { requested: NaiveDate, received: NaiveDate },
    #[error("identity_requested {requested} is before the request was received on {received}")]
    IdentityRequestedBeforeReceipt { requested: NaiveDate, received: NaiveDate },
    #[error("extension_notified_on {notified} is before the request was received on {received}")]
    ExtensionNotifiedBeforeReceipt { notified: NaiveDate, received: NaiveDate },
    #[error("{regime} cannot use location '{location}': {reason}")]
    LocationNotUsable { regime: Regime, location: String, reason: String },
    #[error(transparent)]
    Calendar(#[from] HolidayError),
    #[error(
        "received {received} is before {} applied ({first}): Casebook has no rules in force for that day; check the received date or choose the regime that applied then",
        .regime.label()
    )]
    NotInForce { regime: Regime, received: NaiveDate, first: NaiveDate },
    #[error("appeal-received: {0}")]
    Appeal(String),
    #[error("complaint-received: {0}")]
    Complaint(String),
    #[error("date out of range: {what} is past the dates Casebook can hold")]
    OutOfRange { what: String },
}

fn pause_words(p: &Pause) -> String {
    match p.to {
        Some(to) => format!("{} to {to}", p.from),
        None => format!("{} to (not yet answered)", p.from),
    }
}

/// Checks that the events make sense together, naming the one that does not.
pub fn validate_events(events: &ClockEvents) -> Result<(), DeadlineError> {
    let received = events.received;
    match (events.identity_requested, events.identity_received) {
        (None, Some(got)) => {
            return Err(DeadlineError::IdentityReceivedWithoutRequest { received: got });
        }
        (Some(asked), _) if asked < received => {
            return Err(DeadlineError::IdentityRequestedBeforeReceipt { requested: asked, received });
        }
        (Some(asked), Some(got)) if got < asked => {
            return Err(DeadlineError::IdentityReceivedBeforeRequest { requested: asked, received: got });
        }
        _ => {}
    }
    if let Some(notified) = events.extension_notified_on.filter(|n| *n < received) {
        return Err(DeadlineError::ExtensionNotifiedBeforeReceipt { notified, received });
    }
    let mut pauses: Vec<&Pause> = events.clarifications.iter().collect();
    for p in &pauses {
        if p.from < received {
            return Err(DeadlineError::PauseBeforeReceipt { from: p.from, received });
        }
        if let Some(to) = p.to.filter(|to| *to < p.from) {
            return Err(DeadlineError::PauseEndsBeforeStart { from: p.from, to });
        }
    }
    pauses.sort_by_key(|p| (p.from, p.to.is_none(), p.to));
    for pair in pauses.windows(2) {
        // An open pause runs on forever, so anything after it overlaps it.
        let overlaps = match pair[0].to {
            None => true,
            Some(to) => pair[1].from <= to,
        };
        if overlaps {
            return Err(DeadlineError::OverlappingPauses { first: pause_words(pair[0]), second: pause_words(pair[1]) });
        }
    }
    Ok(())
}

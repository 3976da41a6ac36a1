//! The privacy-request domain of Casebook, as pure values and functions.
//!
//! This crate knows what a case is (who asked, for which rights, under which
//! regime), which status changes make sense, and how a regulator computes the
//! dates a privacy team must meet. It does no I/O and never reads the clock:
//! "today" and the holiday calendar are always parameters, so every rule can be
//! tested with a table of inputs and expected outputs.

pub mod answer;
pub mod authority;
pub mod child;
pub mod classify;
mod codes;
pub mod data;
pub mod deadline;
pub mod events;
pub mod holiday;
pub mod identity;
pub mod model;
pub mod processing;
pub mod workflow;

pub use codes::CodeError;
pub use events::{CaseEventKind, RecordedEvent};
pub use model::*;
#[doc(hidden)]
pub use serde as __serde;

/// A count of days in words: "1 day", "0 days", "14 days", "-1 day".
pub fn days(n: impl Into<i64>) -> String {
    let n = n.into();
    if n.abs() == 1 { format!("{n} day") } else { format!("{n} days") }
}

#[cfg(test)]
mod days_tests {
    #[test]
    fn one_day_is_singular() {
        for (n, want) in [(0, "0 days"), (1, "1 day"), (2, "2 days"), (14, "14 days"), (-1, "-1 day")] {
            assert_eq!(super::days(n), want);
        }
        assert_eq!(super::days(1u32), "1 day");
    }
}

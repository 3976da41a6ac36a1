//! The privacy-request domain of Casebook, as pure values and functions.
//!
//! This crate knows what a case is (who asked, for which rights, under which
//! regime), which status changes make sense, and how a regulator computes the
//! dates a privacy team must meet. It does no I/O and never reads the clock:
//! "today" and the holiday calendar are always parameters, so every rule can be
//! tested with a table of inputs and expected outputs.

pub mod authority;
pub mod child;
pub mod classify;
mod codes;
pub mod data;
pub mod deadline;
pub mod holiday;
pub mod identity;
pub mod model;
pub mod processing;
pub mod workflow;

pub use codes::CodeError;
pub use model::*;

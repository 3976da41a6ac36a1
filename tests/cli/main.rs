//! Acceptance tests: the `casebook` binary run on real database files, as a
//! script or a DPO would run it, checking its JSON, text and exit codes.

// A scenario reads top to bottom as a DPO would work the case: the 100-line
// limit (issue #15) is for the functions the product runs, not for tests.
#![allow(clippy::too_many_lines)]

mod adversary_audit;
mod adversary_parsers;
mod adversary_store;
mod answers;
mod cases;
mod children;
mod complaints;
mod contract;
mod data;
mod deadlines;
mod drafts;
mod evidence;
mod harness;
mod hostile;
mod intake;
mod law_input;
mod letter_facts;
mod letters;
mod package;
#[path = "../support/pg_server.rs"]
mod pg_server;
mod processing;
mod protect;
mod regime_scenarios;
mod retention_run;
mod scenarios;
mod team;
mod truth;
mod upgrade;
mod workflow;

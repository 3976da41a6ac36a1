//! `casebook complaint`: complaints to the controller (UK DPA 2018 s.164A).

use anyhow::Result;
use casebook_app::{CaseLifecycle, NewComplaint};
use clap::{Args, Subcommand};

use crate::RequesterArgs;
use crate::output::Printer;

#[derive(Subcommand)]
pub enum ComplaintCommand {
    /// Log a complaint about how the person's data was handled: acknowledge within 30 days.
    New(NewComplaintArgs),
    /// The complaint was answered: its outcome and what was said.
    Answer {
        reference: String,
        /// upheld, partly-upheld, not-upheld
        #[arg(long, value_parser = crate::values::complaint_outcome)]
        outcome: casebook_core::ComplaintOutcome,
        /// What was found and what was done, as told to the person.
        #[arg(long)]
        text: String,
        /// The day (default today).
        #[arg(long = "date", visible_alias = "on", value_parser = crate::values::on)]
        on: Option<chrono::NaiveDate>,
    },
}

#[derive(Args)]
pub struct NewComplaintArgs {
    #[command(flatten)]
    requester: RequesterArgs,
    /// email, letter, phone, web-form, in-person, other
    #[arg(long, value_parser = crate::values::channel)]
    channel: casebook_core::Channel,
    /// The day the complaint reached the organisation (YYYY-MM-DD).
    #[arg(long, value_parser = crate::values::received)]
    received: chrono::NaiveDate,
    /// The reference of the request the complaint is about, if any.
    #[arg(long)]
    concerns: Option<String>,
    /// A UK location (default: the organisation's).
    #[arg(long, value_parser = crate::values::location)]
    location: Option<casebook_core::Location>,
    #[arg(long, value_parser = crate::values::case_language)]
    language: Option<casebook_core::Language>,
    /// What the person complains about (kept as a note).
    #[arg(long)]
    summary: Option<String>,
}

pub fn run_complaint(c: ComplaintCommand, book: &dyn CaseLifecycle, p: &Printer) -> Result<()> {
    match c {
        ComplaintCommand::New(a) => {
            let case = book.log_complaint(NewComplaint {
                requester_name: a.requester.requester_name,
                requester_emails: a.requester.requester_emails,
                requester_address: a.requester.requester_address,
                channel: a.channel,
                received: a.received,
                concerns: a.concerns,
                location: a.location,
                language: a.language,
                summary: a.summary,
            })?;
            p.case(&case)?;
        }
        ComplaintCommand::Answer { reference, outcome, text, on } => {
            p.case(&book.answer_complaint(&reference, outcome, &text, on)?)?;
        }
    }
    Ok(())
}

//! `casebook demo …`: synthetic cases, and the demo organisation.

use std::time::Instant;

use anyhow::Result;
use casebook_app::{CaseLifecycle, Casebook, OrganisationInput};
use clap::Subcommand;

use crate::output::Printer;

#[derive(Subcommand)]
pub enum DemoCommand {
    /// Add N realistic synthetic cases received over the last year.
    Generate {
        #[arg(long)]
        cases: usize,
        /// Same seed, same cases.
        #[arg(long, default_value_t = 2026)]
        seed: u64,
    },
    /// Fill an empty database with the demo organisation (assets/demo/): its
    /// profile, register of processing and a handful of cases.
    Load(crate::processing::DemoLoadArgs),
}

/// Adds `cases` synthetic cases to a local or a team register and says how
/// long it took.
pub fn generate(book: &dyn CaseLifecycle, cases: usize, seed: u64, p: &Printer) -> Result<()> {
    let started = Instant::now();
    let n = book.generate_synthetic_cases(cases, seed)?;
    let secs = started.elapsed().as_secs_f64();
    if p.json {
        println!("{}", serde_json::json!({ "generated": n, "seconds": secs }));
    } else {
        println!("Generated {n} cases in {secs:.1} s.");
    }
    Ok(())
}

pub fn run_demo(cmd: DemoCommand, book: Casebook, p: &Printer) -> Result<()> {
    match cmd {
        DemoCommand::Generate { cases, seed } => {
            if book.organisation()?.is_none() {
                book.set_organisation(OrganisationInput { name: Some("Demo Ltd".into()), ..Default::default() })?;
            }
            generate(&book, cases, seed, p)?;
        }
        DemoCommand::Load(a) => {
            let register = book.db_path().display().to_string();
            crate::processing::run_demo_load(a, |n| book.load_demo_organisation(n), &register, p)?
        }
    }
    Ok(())
}

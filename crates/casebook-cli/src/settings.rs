//! `casebook calendar …` and `casebook settings …`: holiday calendars and the
//! deadline policy, the same on a local and on a team register.

use std::path::PathBuf;

use anyhow::{Context, Result, bail};
use casebook_app::CaseLifecycle;
use casebook_core::Regime;
use clap::Subcommand;

use crate::output::Printer;

#[derive(Subcommand)]
pub enum CalendarCommand {
    /// Every holiday calendar in force, with its source and the years its data covers.
    List,
    /// The holidays of one calendar in one year.
    Show {
        /// e.g. england-and-wales, scotland, de-by, fr, us
        id: String,
        #[arg(long)]
        year: i32,
    },
    /// Import a newer gov.uk bank-holidays.json or an iCalendar (.ics) file of all-day events.
    Import {
        file: PathBuf,
        /// The calendar an .ics file updates (see `calendar list`).
        #[arg(long)]
        calendar: Option<String>,
        /// Add the file's days (e.g. company closure days) instead of replacing
        /// the years it covers.
        #[arg(long)]
        add: bool,
    },
}

#[derive(Subcommand)]
pub enum SettingsCommand {
    /// Show or change the deadline policy (house targets, California holidays).
    Deadlines {
        /// An internal target, e.g. uk-gdpr=28 (repeatable); 0 removes it.
        #[arg(long = "house-target")]
        house_targets: Vec<String>,
        /// Whether CCPA business days also skip California state holidays.
        #[arg(long)]
        california_state_holidays: Option<bool>,
        /// Recompute every open case's due date under this version's rules
        /// (on a team register, once after installing a newer Casebook).
        #[arg(long)]
        recompute: bool,
    },
}

pub fn run_calendar(cmd: CalendarCommand, book: &dyn CaseLifecycle, p: &Printer) -> Result<()> {
    match cmd {
        CalendarCommand::List => {
            let list = book.list_calendars()?;
            if p.json {
                return p.json(&list);
            }
            for c in list {
                println!("{:<20} {:<44} data: {}", c.id, c.name, c.data_years);
            }
        }
        CalendarCommand::Show { id, year } => {
            let days = book.calendar_holidays(&id, year)?;
            if p.json {
                return p.json(&days);
            }
            for h in days {
                println!("{}  {:<40} {}", h.date.format("%a %Y-%m-%d"), h.title, h.provenance);
            }
        }
        CalendarCommand::Import { file, calendar, add } => {
            let bytes = std::fs::read(&file).with_context(|| format!("cannot read '{}'", file.display()))?;
            let name = file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            let done = book.import_calendar(&name, &bytes, calendar.as_deref(), add)?;
            if p.json {
                return p.json(&done);
            }
            for c in &done.calendars {
                println!("Imported {} into {} (data now covers {}).", done.file_name, c.id, c.data_years);
            }
            if !done.cases_recomputed.is_empty() {
                println!("Due dates moved: {}", done.cases_recomputed.join(", "));
            }
        }
    }
    Ok(())
}

pub fn run_settings(cmd: SettingsCommand, book: &dyn CaseLifecycle, p: &Printer) -> Result<()> {
    let SettingsCommand::Deadlines { house_targets, california_state_holidays, recompute } = cmd;
    let mut policy = book.deadline_policy()?;
    let changing = !house_targets.is_empty() || california_state_holidays.is_some();
    for t in &house_targets {
        let Some((regime, days)) = t.split_once('=') else {
            bail!("invalid --house-target '{t}': expected REGIME=DAYS, e.g. uk-gdpr=28");
        };
        let regime: Regime = regime.parse()?;
        let days: u32 = days
            .trim()
            .parse()
            .ok()
            .filter(|d| *d <= 366)
            .with_context(|| format!("invalid --house-target '{t}': DAYS must be a whole number from 0 to 366"))?;
        if days == 0 {
            policy.house_target_days.remove(&regime);
        } else {
            policy.house_target_days.insert(regime, days);
        }
    }
    if let Some(ca) = california_state_holidays {
        policy.california_state_holidays = ca;
    }
    let moved = match (changing, recompute) {
        (true, _) => book.set_deadline_policy(&policy)?,
        (false, true) => book.recompute_due_dates()?,
        (false, false) => Vec::new(),
    };
    if p.json {
        return p.json(&serde_json::json!({ "policy": policy, "cases_recomputed": moved }));
    }
    for (regime, days) in &policy.house_target_days {
        println!("House target {}: {}", regime.code(), casebook_core::days(*days));
    }
    println!("CCPA business days skip California state holidays: {}", policy.california_state_holidays);
    if !moved.is_empty() {
        println!("Due dates moved: {}", moved.join(", "));
    } else if recompute {
        println!("No open case's due date moved.");
    }
    Ok(())
}

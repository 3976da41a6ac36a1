//! `casebook processing …` (the register of processing), `casebook case
//! search-log|searched` (the per-case search log) and `casebook demo load`.

use std::io::Write;
use std::path::PathBuf;

use anyhow::{Result, bail};
use casebook_app::{
    AccessInformation, ActionInput, ActionLog, AnswerInput, CaseLifecycle, NotifyInput, SearchInput, SearchLog,
    SystemInput, write_atomically,
};
use casebook_core::Right;
use casebook_core::answer::RightOutcome;
use casebook_core::processing::action::Did;
use casebook_core::processing::search::SearchResult;
use casebook_core::processing::{AutomatedDecision, PurposeBasis, Recipient, System, SystemId, Term, Transfer};
use casebook_core::workflow::RefusalReason;
use chrono::NaiveDate;
use clap::{Args, Subcommand};

use crate::output::Printer;

#[derive(Subcommand)]
pub enum ProcessingCommand {
    /// The systems of the register, in order.
    List,
    /// One system in full.
    Show { id: String },
    /// Add a system (terms are DPV ids such as dpv:Customer, or your own as prefix:Name|Label).
    Add(SystemArgs),
    /// Change a system: each option given replaces that field (a repeated option, the whole list).
    Edit {
        #[arg(value_name = "ID")]
        system: String,
        #[command(flatten)]
        args: SystemArgs,
    },
    /// Remove a system (searches already logged in it stay on their cases).
    Remove { id: String },
    /// Replace the whole register with a JSON file (all or nothing;
    /// assets/schemas/register-of-processing.schema.json describes it).
    Import { file: PathBuf },
    /// Write the register as JSON (to stdout, or to --out).
    Export {
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// The Art. 15 information for a case, drawn from the register.
    Access { reference: String },
}

#[derive(Args, Default)]
pub struct SystemArgs {
    /// The system's slug (crm, billing, web-analytics); add only.
    #[arg(long)]
    id: Option<String>,
    #[arg(long)]
    name: Option<String>,
    #[arg(long)]
    description: Option<String>,
    /// A data-subject category, e.g. dpv:Customer; repeatable.
    #[arg(long = "subject")]
    subjects: Vec<String>,
    /// A personal-data category, e.g. dpv-pd:EmailAddress; repeatable.
    #[arg(long = "data")]
    data: Vec<String>,
    /// PURPOSE=LEGAL_BASIS, e.g. dpv:ServiceProvision=dpv:Contract; repeatable.
    #[arg(long = "purpose")]
    purposes: Vec<String>,
    /// KIND=NAME, e.g. "dpv:DataProcessor=Payment processor"; repeatable.
    #[arg(long = "recipient")]
    recipients: Vec<String>,
    /// How long the data is kept, or the criteria.
    #[arg(long)]
    retention: Option<String>,
    /// COUNTRY=SAFEGUARD=RECIPIENT, e.g. "US=dpv:StandardContractualClauses=Hosting provider"; repeatable.
    #[arg(long = "transfer")]
    transfers: Vec<String>,
    /// Where the data comes from, e.g. dpv:DataSubjectDataSource; repeatable.
    #[arg(long = "source")]
    sources: Vec<String>,
    /// KIND=DESCRIPTION=LOGIC=CONSEQUENCES, e.g. "dpv:Profiling=…=…=…"; repeatable.
    #[arg(long = "automated")]
    automated: Vec<String>,
    /// Empty a list on edit: recipients, transfers or automated; repeatable.
    #[arg(long = "clear", value_parser = ["recipients", "transfers", "automated"])]
    clear: Vec<String>,
}

impl SystemArgs {
    /// The façade's typed input from the flags' text forms; a malformed
    /// entry is named with its flag (`--purpose 'x': expected PURPOSE=LEGAL_BASIS…`).
    fn into_input(self) -> Result<SystemInput> {
        let clear = self.clear;
        let list = |v: Vec<String>, name: &str| -> Option<Vec<String>> {
            if clear.iter().any(|c| c == name) { Some(Vec::new()) } else { (!v.is_empty()).then_some(v) }
        };
        let terms = |v: Vec<String>| (!v.is_empty()).then(|| v.iter().map(|s| term(s)).collect());
        Ok(SystemInput {
            id: self.id,
            name: self.name,
            description: self.description,
            data_subjects: terms(self.subjects),
            personal_data: terms(self.data),
            purposes: each((!self.purposes.is_empty()).then_some(self.purposes), |s| {
                let [purpose, basis] =
                    parts(s, "--purpose", "PURPOSE=LEGAL_BASIS, e.g. dpv:ServiceProvision=dpv:Contract")?;
                Ok(PurposeBasis { purpose: term(purpose), legal_basis: term(basis) })
            })?,
            recipients: each(list(self.recipients, "recipients"), |s| {
                let [kind, name] = parts(s, "--recipient", "KIND=NAME, e.g. dpv:DataProcessor=Cloud hosting provider")?;
                Ok(Recipient { kind: term(kind), name: name.to_string() })
            })?,
            retention: self.retention,
            transfers: each(list(self.transfers, "transfers"), |s| {
                let [country, safeguard, recipient] = parts(
                    s,
                    "--transfer",
                    "COUNTRY=SAFEGUARD=RECIPIENT, e.g. US=dpv:StandardContractualClauses=Hosting provider",
                )?;
                Ok(Transfer {
                    country: country.to_string(),
                    safeguard: term(safeguard),
                    recipient: recipient.to_string(),
                })
            })?,
            sources: terms(self.sources),
            automated_decisions: each(list(self.automated, "automated"), |s| {
                let [kind, description, logic, consequences] =
                    parts(s, "--automated", "KIND=DESCRIPTION=LOGIC=CONSEQUENCES, e.g. dpv:Profiling=…")?;
                Ok(AutomatedDecision {
                    kind: term(kind),
                    description: description.to_string(),
                    logic: logic.to_string(),
                    consequences: consequences.to_string(),
                })
            })?,
        })
    }
}

/// Parses each entry of a list given (`None`: the field is left as it is).
fn each<T>(v: Option<Vec<String>>, parse: impl Fn(&str) -> Result<T>) -> Result<Option<Vec<T>>> {
    v.map(|v| v.iter().map(|s| parse(s)).collect()).transpose()
}

/// A term as typed: a DPV id (`dpv:Customer`, its label from the vocabulary)
/// or one's own with its label after a bar (`acme:CompanyName|Company name`).
fn term(s: &str) -> Term {
    match s.split_once('|') {
        Some((id, label)) => Term { id: id.trim().to_string(), label: label.trim().to_string() },
        None => Term { id: s.trim().to_string(), label: String::new() },
    }
}

/// Splits `a=b=c` into exactly `N` non-empty parts (the last may hold `=`),
/// naming the flag and the form.
fn parts<'a, const N: usize>(s: &'a str, flag: &str, form: &str) -> Result<[&'a str; N]> {
    let p: Vec<&str> = s.splitn(N, '=').map(str::trim).collect();
    match <[&str; N]>::try_from(p) {
        Ok(p) if p.iter().all(|x| !x.is_empty()) => Ok(p),
        _ => bail!("{flag} '{s}': expected {form}"),
    }
}

/// The search-log subcommands of `casebook case`.
#[derive(Subcommand)]
pub enum CaseSearchCommand {
    /// Which systems of the register were searched for the requester, by whom, when, with what result.
    SearchLog { reference: String },
    /// Record a search of one system (--result found|nothing-found), or why it was not searched
    /// (--not-searched --reason …).
    Searched {
        reference: String,
        /// The system's id in the register.
        #[arg(long, value_parser = crate::values::system)]
        system: SystemId,
        /// found or nothing-found.
        #[arg(long, conflicts_with = "not_searched", value_parser = crate::values::search_result)]
        result: Option<SearchResult>,
        /// The system was not searched; --reason says why.
        #[arg(long, requires = "reason")]
        not_searched: bool,
        #[arg(long)]
        reason: Option<String>,
        /// Who searched (default: you).
        #[arg(long)]
        by: Option<String>,
        /// The day (default today; `--on` is accepted too).
        #[arg(long = "date", visible_alias = "on", value_parser = crate::values::date)]
        on: Option<NaiveDate>,
        #[arg(long)]
        note: Option<String>,
    },
    /// What was done in one system of the register for one right: erased, anonymised,
    /// kept (--ground), rectified (--detail "what: from → to"), restricted, suppressed,
    /// account-deactivated, preferences-changed.
    Action {
        reference: String,
        /// The system's id in the register.
        #[arg(long, value_parser = crate::values::system)]
        system: SystemId,
        /// The right answered (one the case asked for).
        #[arg(long, value_parser = crate::values::right)]
        right: Right,
        /// What was done.
        #[arg(long, value_parser = crate::values::did)]
        did: Did,
        /// The legal ground for data kept (e.g. a statutory retention duty).
        #[arg(long)]
        ground: Option<String>,
        /// What was changed, from what to what (rectified); a note otherwise.
        #[arg(long)]
        detail: Option<String>,
        /// Who did it (default: you).
        #[arg(long)]
        by: Option<String>,
        /// The day (default today; `--on` is accepted too).
        #[arg(long = "date", visible_alias = "on", value_parser = crate::values::date)]
        on: Option<NaiveDate>,
    },
    /// Answer one right of the case on its own: fulfilled, partly (--exemption),
    /// refused (--ground), not-applicable (--reason) or no-data. A right that
    /// needs no identity verification (an opt-out) is answered while identity
    /// is awaited; the others once it is settled.
    Answer {
        reference: String,
        /// The right answered (one the case asked for).
        #[arg(long, value_parser = crate::values::right)]
        right: Right,
        /// fulfilled, partly, refused, not-applicable or no-data.
        #[arg(long, value_parser = crate::values::right_outcome)]
        outcome: RightOutcome,
        /// Partly: the exemption that applies to the rest, in words.
        #[arg(long)]
        exemption: Option<String>,
        /// Refused: the refusal ground (one the case's regime accepts).
        #[arg(long, value_parser = crate::values::answer_ground)]
        ground: Option<RefusalReason>,
        /// Not applicable: why; refused: the reason in words.
        #[arg(long)]
        reason: Option<String>,
        /// Who answered (default: you).
        #[arg(long)]
        by: Option<String>,
        /// The day (default today, or the recorded answer's day with --correct; `--date` is accepted too).
        #[arg(long = "on", visible_alias = "date", value_parser = crate::values::date)]
        on: Option<NaiveDate>,
        /// Correct the right's recorded answer, saying why it was wrong: the earlier answer
        /// is kept in the right's history and the correction audited. A closed case is re-opened first.
        #[arg(long, value_name = "WHY")]
        correct: Option<String>,
    },
    /// A recipient told of a rectification, erasure or restriction (Art. 19).
    Notify {
        reference: String,
        #[arg(long)]
        recipient: String,
        /// The right whose change was told (default: the case's one such right).
        #[arg(long, value_parser = crate::values::right)]
        right: Option<Right>,
        /// Why a recipient the register of processing does not list was told.
        #[arg(long)]
        reason: Option<String>,
        #[arg(long)]
        by: Option<String>,
        /// The day told (default today; `--date` is accepted too).
        #[arg(long = "on", visible_alias = "date", value_parser = crate::values::date)]
        on: Option<NaiveDate>,
    },
    /// What was done per right and system, and the recipients told.
    ActionLog { reference: String },
}

#[derive(Args)]
pub struct DemoLoadArgs {
    /// Also add N synthetic cases from the generator (as `demo generate`).
    #[arg(long, default_value_t = 0)]
    synthetic: usize,
}

/// `casebook processing …`, the same on a local and on a team register.
pub fn run_processing(cmd: ProcessingCommand, book: &dyn CaseLifecycle, p: &Printer) -> Result<()> {
    match cmd {
        ProcessingCommand::List => {
            let systems = book.processing_systems()?;
            if p.json {
                return p.json(&systems);
            }
            if systems.is_empty() {
                println!("The register of processing is empty (casebook processing add, or import FILE.json).");
                return Ok(());
            }
            let mut out = std::io::stdout().lock();
            writeln!(out, "{:<16} {:<36} DATA SUBJECTS", "ID", "NAME")?;
            for s in &systems {
                let subjects: Vec<&str> = s.data_subjects.iter().map(|t| t.label.as_str()).collect();
                writeln!(out, "{:<16} {:<36} {}", s.id, s.name, subjects.join(", "))?;
            }
        }
        ProcessingCommand::Show { id } => system(p, &book.processing_system(&id)?)?,
        ProcessingCommand::Add(args) => {
            let s = book.add_processing_system(args.into_input()?)?;
            if p.json {
                return p.json(&s);
            }
            println!("Added system {} ({}).", s.id, s.name);
        }
        ProcessingCommand::Edit { system, args } => {
            let s = book.edit_processing_system(&system, args.into_input()?)?;
            if p.json {
                return p.json(&s);
            }
            println!("Updated system {} ({}).", s.id, s.name);
        }
        ProcessingCommand::Remove { id } => {
            let s = book.remove_processing_system(&id)?;
            if p.json {
                return p.json(&s);
            }
            println!("Removed system {} ({}).", s.id, s.name);
        }
        ProcessingCommand::Import { file } => {
            let r = book.import_processing_register(&file)?;
            if p.json {
                return p.json(&r);
            }
            println!("Imported {} systems from {} (replacing {}).", r.systems.len(), r.file, r.replaced);
        }
        ProcessingCommand::Export { out } => {
            let doc = book.export_processing_register()?;
            let text = serde_json::to_string_pretty(&doc)? + "\n";
            match out {
                Some(path) => {
                    write_atomically(&path, text.as_bytes())?;
                    let n = doc["systems"].as_array().map_or(0, Vec::len);
                    if p.json {
                        return p.json(&serde_json::json!({ "file": path, "systems": n }));
                    }
                    println!("Wrote {n} systems to {}.", path.display());
                }
                None => std::io::stdout().lock().write_all(text.as_bytes())?,
            }
        }
        ProcessingCommand::Access { reference } => access(p, &reference, &book.access_information(&reference)?)?,
    }
    Ok(())
}

fn system(p: &Printer, s: &System) -> Result<()> {
    if p.json {
        return p.json(s);
    }
    let mut out = std::io::stdout().lock();
    let terms = |t: &[casebook_core::processing::Term]| {
        t.iter().map(|t| format!("{} ({})", t.label, t.id)).collect::<Vec<_>>().join(", ")
    };
    writeln!(out, "{}  {}", s.id, s.name)?;
    if !s.description.is_empty() {
        writeln!(out, "{}", s.description)?;
    }
    writeln!(out, "Data subjects:  {}", terms(&s.data_subjects))?;
    writeln!(out, "Personal data:  {}", terms(&s.personal_data))?;
    for pb in &s.purposes {
        writeln!(
            out,
            "Purpose:        {} ({}): {} ({})",
            pb.purpose.label, pb.purpose.id, pb.legal_basis.label, pb.legal_basis.id
        )?;
    }
    for r in &s.recipients {
        writeln!(out, "Recipient:      {}: {}", r.kind.label, r.name)?;
    }
    writeln!(out, "Retention:      {}", s.retention)?;
    for t in &s.transfers {
        writeln!(out, "Transfer:       {} to {} under {}", t.recipient, t.country, t.safeguard.label)?;
    }
    if s.transfers.is_empty() {
        writeln!(out, "Transfer:       none")?;
    }
    writeln!(out, "Sources:        {}", terms(&s.sources))?;
    for a in &s.automated_decisions {
        writeln!(
            out,
            "Automated:      {}: {} Logic: {} Consequences: {}",
            a.kind.label, a.description, a.logic, a.consequences
        )?;
    }
    if s.automated_decisions.is_empty() {
        writeln!(out, "Automated:      none")?;
    }
    Ok(())
}

fn access(p: &Printer, reference: &str, info: &AccessInformation) -> Result<()> {
    if p.json {
        return p.json(info);
    }
    let mut out = std::io::stdout().lock();
    let names: Vec<&str> = info.systems.iter().map(|s| s.name.as_str()).collect();
    writeln!(
        out,
        "{reference}: Art. 15 information from {}",
        if names.is_empty() { "no system".into() } else { names.join(", ") }
    )?;
    let purposes: Vec<String> =
        info.purposes.iter().map(|p| format!("{} ({})", p.purpose.label, p.legal_basis.label)).collect();
    writeln!(out, "(a) Purposes:        {}", purposes.join("; "))?;
    let data: Vec<&str> = info.personal_data.iter().map(|t| t.label.as_str()).collect();
    writeln!(out, "(b) Personal data:   {}", data.join(", "))?;
    let recipients: Vec<String> = info.recipients.iter().map(|r| format!("{}: {}", r.kind.label, r.name)).collect();
    writeln!(
        out,
        "(c) Recipients:      {}",
        if recipients.is_empty() { "none".into() } else { recipients.join("; ") }
    )?;
    for r in &info.retention {
        writeln!(out, "(d) Retention:       {}: {}", r.system, r.period)?;
    }
    let sources: Vec<&str> = info.sources.iter().map(|t| t.label.as_str()).collect();
    writeln!(out, "(g) Sources:         {}", sources.join(", "))?;
    for a in &info.automated_decisions {
        writeln!(out, "(h) Automated:       {} Logic: {} Consequences: {}", a.description, a.logic, a.consequences)?;
    }
    if info.automated_decisions.is_empty() {
        writeln!(out, "(h) Automated:       none")?;
    }
    for t in &info.transfers {
        writeln!(out, "15(2) Transfer:      {} to {} under {}", t.recipient, t.country, t.safeguard.label)?;
    }
    if info.transfers.is_empty() {
        writeln!(out, "15(2) Transfers:     none")?;
    }
    Ok(())
}

/// The search and action logs' subcommands of `casebook case` and `case
/// answer` (with `--correct`), the same on a local and on a team register.
pub fn run_case_search(cmd: CaseSearchCommand, book: &dyn CaseLifecycle, p: &Printer) -> Result<()> {
    match cmd {
        CaseSearchCommand::SearchLog { reference } => search_log(p, &reference, &book.search_log(&reference)?)?,
        CaseSearchCommand::Searched { reference, system, result, not_searched, reason, by, on, note } => {
            if !not_searched && result.is_none() {
                bail!("give --result found|nothing-found, or --not-searched --reason …");
            }
            let log =
                book.record_search(&reference, SearchInput { system, result, not_searched, reason, by, on, note })?;
            search_log(p, &reference, &log)?;
        }
        CaseSearchCommand::Action { reference, system, right, did, ground, detail, by, on } => {
            let log = book.record_action(&reference, ActionInput { system, right, did, ground, detail, by, on })?;
            action_log(p, &reference, &log)?;
        }
        CaseSearchCommand::Notify { reference, recipient, right, reason, by, on } => {
            let done = book.record_notification(&reference, NotifyInput { recipient, right, reason, by, on })?;
            if let Some(w) = &done.warning {
                eprintln!("warning: {w}");
            }
            action_log(p, &reference, &done.log)?;
        }
        CaseSearchCommand::ActionLog { reference } => action_log(p, &reference, &book.action_log(&reference)?)?,
        CaseSearchCommand::Answer { reference, right, outcome, exemption, ground, reason, by, on, correct } => {
            let input = AnswerInput { right, outcome, exemption, ground, reason, on, by };
            let view = match correct {
                Some(why) => book.correct_right_answer(&reference, input, &why)?,
                None => book.answer_right(&reference, input)?,
            };
            p.case(&view)?;
        }
    }
    Ok(())
}

fn action_log(p: &Printer, reference: &str, log: &ActionLog) -> Result<()> {
    if p.json {
        return p.json(log);
    }
    let mut out = std::io::stdout().lock();
    if log.actions.is_empty() && log.notifications.is_empty() {
        writeln!(out, "{reference}: nothing recorded yet in the action log.")?;
        return Ok(());
    }
    crate::output::action_lines(&mut out, log)
}

fn search_log(p: &Printer, reference: &str, log: &SearchLog) -> Result<()> {
    if p.json {
        return p.json(log);
    }
    let mut out = std::io::stdout().lock();
    if log.systems.is_empty() {
        writeln!(out, "{reference}: no system of the register of processing concerns this requester.")?;
        return Ok(());
    }
    writeln!(out, "{:<16} {:<14} {:<10} {:<16} NOTE", "SYSTEM", "STATE", "ON", "BY")?;
    for s in &log.systems {
        match &s.latest {
            Some(r) => {
                let state = match r.result {
                    Some(res) => res.label().to_lowercase(),
                    None => "not searched".into(),
                };
                let note = r.reason.as_deref().or(r.note.as_deref()).unwrap_or("");
                writeln!(out, "{:<16} {:<14} {:<10} {:<16} {}", s.system, state, r.on, r.by, note)?;
            }
            None => writeln!(out, "{:<16} {:<14} {:<10} {:<16}", s.system, "UNSEARCHED", "-", "-")?,
        }
    }
    if !log.unsearched.is_empty() {
        let ids: Vec<&str> = log.unsearched.iter().map(|s| s.as_str()).collect();
        writeln!(
            out,
            "Not searched yet: {} (the case cannot be answered until each is searched or a reason recorded).",
            ids.join(", ")
        )?;
    }
    Ok(())
}

/// `demo load` on either register: `load` fills it, `register` names it.
pub fn run_demo_load(
    args: DemoLoadArgs,
    load: impl FnOnce(usize) -> casebook_app::Result<casebook_app::DemoLoad>,
    register: &str,
    p: &Printer,
) -> Result<()> {
    let loaded = load(args.synthetic)?;
    if p.json {
        return p.json(&loaded);
    }
    println!(
        "Loaded {}: {} systems in the register of processing, {} cases ({}){}.",
        loaded.organisation,
        loaded.systems,
        loaded.cases.len(),
        loaded.cases.join(", "),
        if loaded.synthetic > 0 { format!(" and {} synthetic cases", loaded.synthetic) } else { String::new() }
    );
    println!("Register: {register}");
    Ok(())
}

//! `casebook`: the case register on the command line.
//!
//! Every subcommand is one call to the façade (`casebook-app`); this file only
//! parses arguments and prints results, human-readable by default and as JSON
//! with `--json`.

mod bench;
mod complaint;
mod data;
mod demo;
mod evidence;
mod intake;
mod letters;
mod output;
mod package;
mod processing;
mod protect;
mod settings;
mod team_export;
mod team_move;
mod values;
mod workflow;

use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use casebook_app::{
    CaseLifecycle, CaseQuery, CaseSort, CaseUpdate, Casebook, DeadlineBook, NewRequest, OrganisationInput,
    PeopleUpdate, TeamBook,
};
use casebook_core::deadline::{ClockEvents, Pause};
use casebook_core::{Channel, Language, Location, Regime, Relationship, Right, Status, SubjectCategory};
use chrono::{DateTime, NaiveDate, Utc};
use clap::{Args, Parser, Subcommand};

use output::Printer;

#[derive(Parser)]
#[command(name = "casebook", version, about = "Casebook: a case manager for privacy requests")]
struct Cli {
    /// The database file (default: $XDG_DATA_HOME/casebook/casebook.db), or a
    /// team register's postgres://USER@HOST[:PORT]/DATABASE.
    #[arg(long, global = true, env = "CASEBOOK_DB")]
    db: Option<PathBuf>,
    /// Print JSON instead of text.
    #[arg(long, global = true)]
    json: bool,
    /// Read the passphrase of an encrypted database from this open file
    /// descriptor (else CASEBOOK_PASSPHRASE, else a prompt in a terminal).
    #[arg(long, global = true, value_name = "N")]
    passphrase_fd: Option<i32>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Create the database and the organisation profile (or update the profile).
    Init(InitArgs),
    /// Log, list, show, update and close cases.
    #[command(subcommand)]
    Case(CaseCommand),
    /// Complaints to the controller about how the person's data was handled (UK DPA 2018 s.164A).
    #[command(subcommand)]
    Complaint(complaint::ComplaintCommand),
    /// Notes on a case.
    #[command(subcommand)]
    Note(NoteCommand),
    /// The audit log.
    #[command(subcommand)]
    Audit(AuditCommand),
    /// Sample data for trying Casebook out and for benchmarks.
    #[command(subcommand)]
    Demo(demo::DemoCommand),
    /// Import emails (.eml, .msg, .mbox files or folders) as cases, or file
    /// them on the case they answer.
    Import(intake::ImportArgs),
    /// Letters for a case: PDF, plain text and an .eml draft, recorded on the case.
    #[command(subcommand)]
    Letter(letters::LetterCommand),
    /// Measure the speed of common operations on the current database.
    Bench(bench::BenchArgs),
    /// Compute the statutory dates of a request, with the reasons (no case is stored).
    Deadline(DeadlineArgs),
    /// Identity verification: ask, receive, check (with a suggested method), documents.
    #[command(subcommand)]
    Identity(workflow::IdentityCommand),
    /// Clarification of a request's scope (pauses the clock where the law says so).
    #[command(subcommand)]
    Clarification(workflow::ClarificationCommand),
    /// The extension the regime allows.
    #[command(subcommand)]
    Extension(workflow::ExtensionCommand),
    /// A fee, where the regime allows one (UK: the clock restarts when it is paid).
    #[command(subcommand)]
    Fee(workflow::FeeCommand),
    /// What each case needs next, soonest first.
    Next(workflow::NextArgs),
    /// Deleting identity documents once they are no longer needed.
    #[command(subcommand)]
    Retention(workflow::RetentionCommand),
    /// Holiday calendars: list, show, import a newer file.
    #[command(subcommand)]
    Calendar(settings::CalendarCommand),
    /// Organisation settings: the deadline policy.
    #[command(subcommand)]
    Settings(settings::SettingsCommand),
    /// The person's data: import system exports, match, redact.
    #[command(subcommand)]
    Data(data::DataCommand),
    /// The register of processing: the systems holding personal data (DPV terms), import and export as JSON.
    #[command(subcommand)]
    Processing(processing::ProcessingCommand),
    /// The passphrase of an encrypted register: change it, or set one.
    #[command(subcommand)]
    Passphrase(protect::PassphraseCommand),
    /// Encrypt a plain register with a passphrase (verified before the plain file goes).
    Encrypt,
    /// An online, verified backup (--out FILE), or: verify FILE, status, remind.
    Backup(protect::BackupArgs),
    /// Replace the database (--db) with a verified backup; --force to overwrite.
    Restore(protect::RestoreArgs),
    /// The portability package: export (ZIP, optionally AES-256), verify.
    #[command(subcommand)]
    Package(package::PackageCommand),
    /// A team register on PostgreSQL: init, members, migrate a file in, export it out (see README.md).
    #[command(subcommand)]
    Team(TeamCommand),
}

#[derive(Subcommand)]
enum TeamCommand {
    /// Create the team register's schema and group roles in an empty
    /// PostgreSQL database (as a role that may create roles).
    Init {
        /// postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?sslmode=…&sslrootcert=…]
        url: String,
    },
    /// Move a local register whole (cases, events, documents, letters, data,
    /// the register of processing, settings and the audit log) into a team
    /// register just made by `team init`, as a member of casebook_dpo; the
    /// counts and the chain are compared afterwards.
    Migrate {
        /// The local register (its passphrase from CASEBOOK_PASSPHRASE or a prompt).
        #[arg(long)]
        from: PathBuf,
        /// postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?sslmode=…&sslrootcert=…]
        #[arg(long)]
        to: String,
    },
    /// Copy the whole team register, from one snapshot, into a new local
    /// register file (the DPO's to run: HR cases included).
    Export(team_export::ExportArgs),
}

#[derive(Args)]
struct DeadlineArgs {
    #[arg(long, value_parser = values::regime)]
    regime: Regime,
    /// ISO 3166 code: GB-ENG, GB-SCT, DE-BY, FR, IE, US-CA, …
    #[arg(long, value_parser = values::location)]
    location: Location,
    #[arg(long, value_parser = values::received)]
    received: NaiveDate,
    /// The right asked for (repeatable; default access).
    #[arg(long = "right", value_parser = values::right)]
    rights: Vec<Right>,
    #[arg(long, value_parser = values::id_requested)]
    id_requested: Option<NaiveDate>,
    #[arg(long, value_parser = values::id_received)]
    id_received: Option<NaiveDate>,
    /// A clarification pause FROM:TO (repeatable; FROM: while unanswered).
    #[arg(long = "pause", value_parser = values::pause)]
    pauses: Vec<Pause>,
    /// The extension was taken.
    #[arg(long)]
    extended: bool,
    /// When the person was told of the extension.
    #[arg(long, value_parser = values::extension_notified_on)]
    extension_notified_on: Option<NaiveDate>,
    /// When the consumer's appeal of a refusal arrived (US state laws).
    #[arg(long, value_parser = values::appeal_received)]
    appeal_received: Option<NaiveDate>,
    /// When a complaint to the controller about the handling arrived (UK, DPA 2018 s.164A).
    #[arg(long, value_parser = values::complaint_received)]
    complaint_received: Option<NaiveDate>,
    /// The requester is a current or former employee (California: personnel file and payroll clocks).
    #[arg(long)]
    employee: bool,
}

#[derive(Args)]
struct InitArgs {
    /// The organisation's name.
    #[arg(long)]
    name: Option<String>,
    /// Postal address (use "\n" or commas between lines).
    #[arg(long)]
    address: Option<String>,
    #[arg(long)]
    dpo_name: Option<String>,
    #[arg(long)]
    dpo_email: Option<String>,
    /// Default regime for new cases (uk-gdpr, eu-gdpr, ccpa, …).
    #[arg(long)]
    regime: Option<String>,
    /// Default location (ISO 3166, e.g. GB-ENG, DE-BY).
    #[arg(long)]
    location: Option<String>,
    /// IANA time zone, e.g. Europe/London.
    #[arg(long)]
    time_zone: Option<String>,
    /// How you verify a requester, in general words, as a CCPA acknowledgement
    /// describes it (11 CCR §7021(a)), in the language of the letters that
    /// quote it: LANG=TEXT (es="Comparamos…"), or TEXT alone for English;
    /// repeatable, one a language; LANG="" clears that language's words.
    #[arg(long, value_name = "[LANG=]TEXT", value_parser = worded)]
    verification_process: Vec<(String, String)>,
    /// Create the database without encryption, even in a terminal.
    #[arg(long)]
    no_passphrase: bool,
}

#[derive(Subcommand)]
enum CaseCommand {
    /// Log a new request.
    New(NewArgs),
    /// The register of requests, filtered and sorted.
    List(ListArgs),
    /// Cases due soon, overdue first.
    Due {
        /// A number of days, e.g. 7d or 7.
        #[arg(long, default_value = "7d")]
        within: String,
    },
    /// One case in full.
    Show { reference: String },
    /// Assign a case to a member's login or a group role (team registers only).
    Assign {
        reference: String,
        /// The login or group role (casebook_handler, …) who works the case.
        #[arg(long)]
        to: String,
    },
    /// Change a case's details or status.
    Update(UpdateArgs),
    /// Correct the day the request was received, with the reason.
    Received {
        reference: String,
        #[arg(long, value_parser = values::on)]
        on: NaiveDate,
        #[arg(long)]
        reason: String,
    },
    /// Close a case. Without --outcome, every right must be answered (`case
    /// answer`) and the outcome is the one the answers give. With --outcome
    /// fulfilled or no-data-held (after `case respond`), the rights still open
    /// are answered with it, after the same checks; partly-fulfilled needs
    /// each right's answer; refused (after `case refuse`), withdrawn,
    /// identity-not-verified, not-a-request and duplicate end the whole request.
    Close {
        reference: String,
        /// fulfilled, partly-fulfilled, no-data-held, refused, withdrawn, identity-not-verified, not-a-request, duplicate
        #[arg(long, value_parser = values::outcome)]
        outcome: Option<casebook_core::Outcome>,
        /// Closing date (default today; `--on` is accepted too).
        #[arg(long = "date", visible_alias = "on", value_parser = values::date)]
        on: Option<NaiveDate>,
    },
    /// Re-open a closed case, with the reason (audited).
    Reopen {
        reference: String,
        #[arg(long)]
        reason: String,
    },
    #[command(flatten)]
    Step(workflow::CaseStep),
    #[command(flatten)]
    Search(processing::CaseSearchCommand),
    /// The case's evidence pack (PDF) for a regulator or an audit, recorded on the case.
    Evidence(evidence::EvidenceArgs),
}

/// Who made a request or a complaint: `case new`, `complaint new`, `letter log`.
#[derive(Args)]
pub(crate) struct RequesterArgs {
    #[arg(long)]
    pub(crate) requester_name: String,
    /// Repeatable.
    #[arg(long = "requester-email")]
    pub(crate) requester_emails: Vec<String>,
    #[arg(long)]
    pub(crate) requester_address: Option<String>,
}

/// The regime, location and language of a case: `case new`, `case update`, `letter log`.
#[derive(Args)]
pub(crate) struct RegimeArgs {
    #[arg(long, value_parser = values::regime)]
    pub(crate) regime: Option<Regime>,
    #[arg(long, value_parser = values::location)]
    pub(crate) location: Option<Location>,
    #[arg(long, value_parser = values::case_language)]
    pub(crate) language: Option<Language>,
}

#[derive(Args)]
#[command(mut_arg("language", |a| a.help("ISO 639-1 language of the request")))]
struct NewArgs {
    #[command(flatten)]
    requester: RequesterArgs,
    #[arg(long)]
    requester_phone: Option<String>,
    /// Customer or account number; repeatable.
    #[arg(long = "customer-id")]
    customer_ids: Vec<String>,
    /// The data subject, when the requester acts for someone else.
    #[arg(long)]
    subject_name: Option<String>,
    /// parent, guardian, solicitor, authorised-agent, power-of-attorney, other
    #[arg(long, value_parser = values::relationship)]
    subject_relationship: Option<Relationship>,
    /// The data subject's date of birth (YYYY-MM-DD): a child's gets the parental-responsibility check.
    #[arg(long)]
    subject_birth_date: Option<String>,
    /// customer, prospect, website-visitor, employee, job-applicant, other
    #[arg(long, value_parser = values::subject_category)]
    subject_category: Option<SubjectCategory>,
    /// email, letter, phone, web-form, in-person, other
    #[arg(long, value_parser = values::channel)]
    channel: Channel,
    /// The day the request reached the organisation (YYYY-MM-DD).
    #[arg(long, value_parser = values::received)]
    received: NaiveDate,
    /// A right asked for (primary first); repeatable: access, erasure, …
    #[arg(long = "right", required = true, value_parser = values::right)]
    rights: Vec<Right>,
    #[command(flatten)]
    place: RegimeArgs,
    /// A first note.
    #[arg(long)]
    note: Option<String>,
    /// Who took a request made by phone or in person.
    #[arg(long)]
    taken_by: Option<String>,
}

#[derive(Args)]
struct ListArgs {
    #[arg(long)]
    status: Option<String>,
    /// Only cases still running.
    #[arg(long)]
    open: bool,
    #[arg(long)]
    right: Option<String>,
    #[arg(long)]
    channel: Option<String>,
    #[arg(long)]
    regime: Option<String>,
    /// Received on or after (YYYY-MM-DD).
    #[arg(long)]
    received_from: Option<String>,
    /// Received on or before (YYYY-MM-DD).
    #[arg(long)]
    received_to: Option<String>,
    /// Search requester names, emails, identifiers, notes and correspondence
    /// (each word as a prefix, accents or not).
    #[arg(long, visible_alias = "text")]
    search: Option<String>,
    /// Only the cases assigned to you (a team register).
    #[arg(long, conflicts_with = "csv")]
    mine: bool,
    /// received (newest first), due (soonest first), reference
    #[arg(long, default_value = "received")]
    sort: String,
    #[arg(long)]
    limit: Option<u32>,
    #[arg(long, default_value_t = 0)]
    offset: u32,
    /// Print the register as CSV.
    #[arg(long)]
    csv: bool,
}

#[derive(Args)]
struct UpdateArgs {
    reference: String,
    #[arg(long)]
    requester_name: Option<String>,
    /// Replaces the email addresses; repeatable.
    #[arg(long = "requester-email")]
    requester_emails: Vec<String>,
    #[arg(long)]
    requester_address: Option<String>,
    #[arg(long)]
    requester_phone: Option<String>,
    /// Replaces the customer ids; repeatable.
    #[arg(long = "customer-id")]
    customer_ids: Vec<String>,
    #[arg(long, value_parser = values::subject_category)]
    subject_category: Option<SubjectCategory>,
    #[arg(long, value_parser = values::channel)]
    channel: Option<Channel>,
    #[arg(long, value_parser = values::received)]
    received: Option<NaiveDate>,
    /// Replaces the rights (primary first); repeatable.
    #[arg(long = "right", value_parser = values::right)]
    rights: Vec<Right>,
    #[command(flatten)]
    place: RegimeArgs,
    #[arg(long, value_parser = values::status)]
    status: Option<Status>,
    /// The data subject, when the requester acts for someone else ("" removes it).
    #[arg(long)]
    subject_name: Option<String>,
    /// parent, guardian, solicitor, authorised-agent, power-of-attorney, other
    #[arg(long, visible_alias = "relationship", value_parser = values::relationship)]
    subject_relationship: Option<Relationship>,
    /// The data subject's date of birth, YYYY-MM-DD ("" removes it): a child's age decides who may act.
    #[arg(long)]
    subject_birth_date: Option<String>,
    /// The data subject is a child (when the date of birth is not known).
    #[arg(long)]
    subject_child: bool,
}

#[derive(Subcommand)]
enum NoteCommand {
    /// Add a note to a case.
    Add { reference: String, text: String },
}

#[derive(Subcommand)]
enum AuditCommand {
    /// Check the whole hash chain (names the first broken entry) and the live
    /// register against it (names each row changed without an entry).
    Verify {
        /// Letters, evidence packs, packages or backups made earlier: checks that
        /// the chain still holds the head each one carries (it was not rewritten).
        #[arg(long, num_args = 1..)]
        against: Vec<PathBuf>,
    },
}

fn main() -> ExitCode {
    use clap::{CommandFactory, FromArgMatches};
    let matches = match Cli::command().try_get_matches() {
        Ok(m) => m,
        Err(e) => return refused_value(e),
    };
    // The command's words (`case list`), as a refusal names it.
    let mut name = vec!["casebook"];
    let mut sub = matches.subcommand();
    while let Some((word, m)) = sub {
        name.push(word);
        sub = m.subcommand();
    }
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    let printer = Printer { json: cli.json };
    protect::set_passphrase_fd(cli.passphrase_fd);
    let result = run_on(cli, &name.join(" "), &printer);
    protect::forget();
    match result {
        Ok(code) => code,
        // `casebook case list | head` closes the pipe early: not an error.
        Err(e)
            if e.chain().any(|c| {
                c.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            }) =>
        {
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {}", output::error_line(&e));
            ExitCode::FAILURE
        }
    }
}

/// A flag's value refused by its `value_parser` (`values.rs`) is a refusal
/// like the façade's, worded the same: one line naming the flag. Every other
/// parse error (a missing or unknown flag, `--help`) is clap's.
fn refused_value(e: clap::Error) -> ExitCode {
    use std::error::Error as _;
    let refused = (e.kind() == clap::error::ErrorKind::ValueValidation)
        .then(|| e.source()?.downcast_ref::<casebook_app::Error>())
        .flatten();
    match refused {
        Some(refused) => {
            eprintln!("error: {}", output::refusal_line(refused));
            ExitCode::FAILURE
        }
        None => e.exit(),
    }
}

/// `CASEBOOK_NOW` fixes "now" (RFC 3339 or YYYY-MM-DD) for scripted and tested runs.
fn clock() -> Result<casebook_app::Clock> {
    match std::env::var("CASEBOOK_NOW").ok().filter(|s| !s.is_empty()) {
        None => Ok(Box::new(Utc::now)),
        Some(s) => {
            let at = DateTime::parse_from_rfc3339(&s)
                .map(|d| d.with_timezone(&Utc))
                .or_else(|_| s.parse::<NaiveDate>().map(|d| d.and_hms_opt(12, 0, 0).expect("noon").and_utc()))
                .with_context(|| format!("invalid CASEBOOK_NOW '{s}': expected RFC 3339 or YYYY-MM-DD"))?;
            Ok(Box::new(move || at))
        }
    }
}

fn actor() -> String {
    std::env::var("USER").ok().filter(|u| !u.is_empty()).unwrap_or_else(|| "dpo".into())
}

fn open(cli_db: &Option<PathBuf>, create: bool) -> Result<Casebook> {
    let path = cli_db.clone().unwrap_or_else(casebook_app::default_db_path);
    protect::open_book(&path, create, clock()?, actor())
}

/// A command's exit after it ran to the end.
fn done(ran: Result<()>) -> Result<ExitCode> {
    ran.map(|()| ExitCode::SUCCESS)
}

/// `casebook team …`: commands that name their team register themselves.
fn run_team(t: &TeamCommand, db: Option<&std::path::Path>, p: &Printer) -> Result<ExitCode> {
    match t {
        TeamCommand::Init { url } => {
            let casebook_app::Location::Postgres(config) = casebook_app::register_location(url.as_ref())? else {
                bail!("invalid team register '{url}': expected postgres://USER@HOST[:PORT]/DATABASE");
            };
            p.team_register(&casebook_app::team_init(&config)?)?;
            Ok(ExitCode::SUCCESS)
        }
        TeamCommand::Migrate { from, to } => team_move::run_migrate(from, to, clock()?, actor(), p),
        // From `--from`, else from the team register `--db` names.
        TeamCommand::Export(a) => team_export::run_export(a, db, p),
    }
}

/// Runs a command on the register `--db` names: a local file, or a team
/// register on PostgreSQL, where only some commands work yet.
fn run_on(cli: Cli, name: &str, p: &Printer) -> Result<ExitCode> {
    if let Command::Team(t) = &cli.command {
        return run_team(t, cli.db.as_deref(), p);
    }
    let location = cli.db.as_deref().map(casebook_app::register_location).transpose()?;
    let Some(casebook_app::Location::Postgres(config)) = location else { return run(cli, p) };
    let team = || -> Result<TeamBook> { protect::open_team(&config) };
    match cli.command {
        Command::Init(a) => {
            let team = team()?;
            let input = complete_interactively(a, team.organisation()?.is_none())?;
            let org = team.set_organisation(input)?;
            p.organisation(&org, std::path::Path::new(&team.register()))?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Case(CaseCommand::Evidence(a)) => done(evidence::run_evidence(a, &team()?, p)),
        Command::Case(c) => match run_team_case(c, &team()?, p)? {
            None => Ok(ExitCode::SUCCESS),
            Some(_) => Err(casebook_app::not_on_team_register(&format!("`{name}`"), &config).into()),
        },
        Command::Complaint(c) => done(complaint::run_complaint(c, &team()?, p)),
        Command::Next(a) => done(workflow::run_next(a, &team()?, p)),
        Command::Deadline(a) => done(p.deadlines(&team()?.compute_deadline(&deadline_question(a))?)),
        Command::Note(NoteCommand::Add { reference, text }) => {
            done(p.note(&reference, &team()?.add_note(&reference, &text)?))
        }
        Command::Identity(c) => done(workflow::run_identity(c, &team()?, p)),
        Command::Clarification(c) => done(workflow::run_clarification(c, &team()?, p)),
        Command::Extension(c) => done(workflow::run_extension(c, &team()?, p)),
        Command::Fee(c) => done(workflow::run_fee(c, &team()?, p)),
        Command::Processing(c) => done(processing::run_processing(c, &team()?, p)),
        // Copying a built-in template into a folder is a local register's:
        // a team register takes the edited text from a file.
        Command::Letter(c) => match letters::run_shared_letter(c, &team()?, p)? {
            None => Ok(ExitCode::SUCCESS),
            Some(_) => anyhow::bail!(
                "on a team register `letter template customise` needs --from FILE, the template's text (`casebook letter template show KIND --lang L > FILE` gives the text in force to edit)"
            ),
        },
        Command::Data(c) => done(data::run_data(c, &team()?, p)),
        Command::Package(c) => package::run_package(c, team, p),
        Command::Settings(c) => done(settings::run_settings(c, &team()?, p)),
        Command::Calendar(c) => done(settings::run_calendar(c, &team()?, p)),
        Command::Audit(AuditCommand::Verify { against }) => {
            let report = casebook_app::team_verify_audit(&config)?;
            let anchors = casebook_app::team_verify_anchors(&config, &against)?;
            p.audit(&report, &anchors, true)?;
            let intact = report.is_intact() && anchors.iter().all(|a| a.problem.is_none());
            Ok(if intact { ExitCode::SUCCESS } else { ExitCode::FAILURE })
        }
        // Synthetic cases need the organisation: `casebook init` first (the DPO's).
        Command::Demo(demo::DemoCommand::Generate { cases, seed }) => done(demo::generate(&team()?, cases, seed, p)),
        Command::Demo(demo::DemoCommand::Load(a)) => {
            let book = team()?;
            done(processing::run_demo_load(a, |n| book.load_demo_organisation(n), &config.to_string(), p))
        }
        Command::Bench(b) => done(bench::run_team_bench(b, &config, team, p)),
        Command::Import(a) => done(intake::run_import(a, &team()?, p)),
        Command::Retention(c) => done(workflow::run_retention(c, &team()?, p)),
        Command::Backup(a) => team_export::run_team_backup(a, &config, p),
        _ => Err(casebook_app::not_on_team_register(&format!("`{name}`"), &config).into()),
    }
}

/// `casebook deadline`'s flags as the question the façade answers.
fn deadline_question(a: DeadlineArgs) -> casebook_app::DeadlineQuestion {
    let clock = ClockEvents {
        identity_requested: a.id_requested,
        identity_received: a.id_received,
        clarifications: a.pauses,
        extended: a.extended,
        extension_notified_on: a.extension_notified_on,
        appeal_received: a.appeal_received,
        complaint_received: a.complaint_received,
        employee: a.employee,
        ..ClockEvents::received(a.received)
    };
    casebook_app::DeadlineQuestion { regime: a.regime, location: a.location, rights: a.rights, clock }
}

fn run(cli: Cli, p: &Printer) -> Result<ExitCode> {
    match cli.command {
        Command::Init(a) => {
            if a.no_passphrase {
                protect::refuse_passphrase();
            }
            let book = open(&cli.db, true)?;
            let input = complete_interactively(a, book.organisation()?.is_none())?;
            let org = book.set_organisation(input)?;
            p.organisation(&org, &book.db_path())?;
        }
        Command::Case(c) => run_case(c, open(&cli.db, false)?, p)?,
        Command::Complaint(c) => complaint::run_complaint(c, &open(&cli.db, false)?, p)?,
        Command::Note(NoteCommand::Add { reference, text }) => {
            let book = open(&cli.db, false)?;
            p.note(&reference, &book.add_note(&reference, &text)?)?;
        }
        Command::Audit(AuditCommand::Verify { against }) => {
            let book = open(&cli.db, false)?;
            let report = book.verify_audit()?;
            let anchors = book.verify_anchors(&against)?;
            p.audit(&report, &anchors, false)?;
            if !report.is_intact() || anchors.iter().any(|a| a.problem.is_some()) {
                return Ok(ExitCode::FAILURE);
            }
        }
        Command::Deadline(a) => {
            let path = cli.db.clone().unwrap_or_else(casebook_app::default_db_path);
            // Uses the organisation's policy and calendars when a register exists.
            let book = if path.exists() { open(&cli.db, false)? } else { Casebook::in_memory(clock()?, &actor())? };
            p.deadlines(&book.compute_deadline(&deadline_question(a))?)?;
        }
        Command::Identity(c) => workflow::run_identity(c, &open(&cli.db, false)?, p)?,
        Command::Clarification(c) => workflow::run_clarification(c, &open(&cli.db, false)?, p)?,
        Command::Extension(c) => workflow::run_extension(c, &open(&cli.db, false)?, p)?,
        Command::Fee(c) => workflow::run_fee(c, &open(&cli.db, false)?, p)?,
        Command::Next(a) => workflow::run_next(a, &open(&cli.db, false)?, p)?,
        Command::Retention(c) => workflow::run_retention(c, &open(&cli.db, false)?, p)?,
        Command::Calendar(c) => settings::run_calendar(c, &open(&cli.db, false)?, p)?,
        Command::Settings(c) => settings::run_settings(c, &open(&cli.db, false)?, p)?,
        Command::Import(a) => intake::run_import(a, &open(&cli.db, false)?, p)?,
        Command::Letter(c) => letters::run_letter(c, &open(&cli.db, false)?, p)?,
        Command::Demo(d) => demo::run_demo(d, open(&cli.db, true)?, p)?,
        Command::Bench(b) => bench::run_bench(b, &cli.db, p)?,
        Command::Data(c) => data::run_data(c, &open(&cli.db, false)?, p)?,
        Command::Processing(c) => processing::run_processing(c, &open(&cli.db, false)?, p)?,
        Command::Passphrase(c) => protect::run_passphrase(c, &db_path(&cli.db), p)?,
        Command::Encrypt => protect::run_encrypt(&db_path(&cli.db), p)?,
        Command::Backup(a) => protect::run_backup(a, &cli.db, p)?,
        Command::Restore(a) => protect::run_restore(a, &db_path(&cli.db), p)?,
        Command::Package(c) => return package::run_package(c, || open(&cli.db, false), p),
        Command::Team(_) => unreachable!("run_on runs team commands"),
    }
    Ok(ExitCode::SUCCESS)
}

/// The `case` commands that work the same on a local and on a team register
/// (the façade's [`CaseLifecycle`]); the others are given back.
fn run_shared_case(c: CaseCommand, book: &dyn CaseLifecycle, p: &Printer) -> Result<Option<CaseCommand>> {
    let today = book.today()?;
    let print = |rows: Vec<casebook_app::CaseSummary>| -> Result<()> {
        p.cases(&rows, |r| Ok(book.rights_due(&r.reference, today)?))
    };
    let list = |q: CaseQuery| print(book.list_cases(&q, today)?);
    match c {
        CaseCommand::New(a) => p.created(&book.log_request(new_request(a))?)?,
        CaseCommand::List(a) if !a.csv => list(list_query(a)?)?,
        CaseCommand::List(a) => book.export_requests_csv(&list_query(a)?, today, &mut std::io::stdout().lock())?,
        CaseCommand::Due { within } => {
            let days: i64 = within
                .trim_end_matches('d')
                .parse()
                .ok()
                .filter(|d| *d >= 0)
                .with_context(|| format!("invalid --within '{within}': expected a number of days such as 7d"))?;
            list(CaseQuery { due_within_days: Some(days), sort: CaseSort::Due, ..Default::default() })?;
        }
        CaseCommand::Show { reference } => p.case(&book.case(&reference, today)?)?,
        CaseCommand::Assign { reference, to } => p.assigned(&book.assign_case(&reference, &to)?)?,
        CaseCommand::Update(a) => {
            let reference = a.reference.clone();
            p.case(&book.update_case(&reference, case_update(a))?)?;
        }
        CaseCommand::Close { reference, outcome, on } => {
            let closed = match outcome {
                Some(outcome) => book.close_case(&reference, outcome, on)?,
                None => book.close_answered_case(&reference, on)?,
            };
            p.case(&closed)?;
        }
        CaseCommand::Received { reference, on, reason } => p.case(&book.correct_received(&reference, on, &reason)?)?,
        CaseCommand::Reopen { reference, reason } => p.case(&book.reopen_case(&reference, &reason)?)?,
        CaseCommand::Step(s) => workflow::run_shared_step(s, book, p)?,
        CaseCommand::Search(s) => processing::run_case_search(s, book, p)?,
        other => return Ok(Some(other)),
    }
    Ok(None)
}

/// `case update`'s flags as the façade's change: a flag not given leaves its field as it is.
fn case_update(a: UpdateArgs) -> CaseUpdate {
    CaseUpdate {
        people: PeopleUpdate {
            requester_name: a.requester_name,
            requester_emails: (!a.requester_emails.is_empty()).then_some(a.requester_emails),
            requester_address: a.requester_address,
            requester_phone: a.requester_phone,
            customer_ids: (!a.customer_ids.is_empty()).then_some(a.customer_ids),
            subject_name: a.subject_name,
            subject_relationship: a.subject_relationship,
            subject_birth_date: a.subject_birth_date,
            subject_child: a.subject_child.then_some(true),
        },
        subject_category: a.subject_category,
        channel: a.channel,
        received: a.received,
        rights: (!a.rights.is_empty()).then_some(a.rights),
        regime: a.place.regime,
        location: a.place.location,
        language: a.place.language,
        status: a.status,
    }
}

fn new_request(a: NewArgs) -> NewRequest {
    NewRequest {
        requester_name: a.requester.requester_name,
        requester_emails: a.requester.requester_emails,
        requester_address: a.requester.requester_address,
        requester_phone: a.requester_phone,
        customer_ids: a.customer_ids,
        subject_name: a.subject_name,
        subject_relationship: a.subject_relationship,
        subject_birth_date: a.subject_birth_date,
        subject_category: a.subject_category,
        channel: a.channel,
        received: a.received,
        rights: a.rights,
        regime: a.place.regime,
        location: a.place.location,
        language: a.place.language,
        note: a.note,
        taken_by: a.taken_by,
    }
}

/// The `case` commands on a team register: those of [`run_shared_case`],
/// `case list` with the backup reminder as on a local register.
fn run_team_case(c: CaseCommand, book: &TeamBook, p: &Printer) -> Result<Option<CaseCommand>> {
    if let CaseCommand::List(_) = &c {
        protect::remind(book);
    }
    run_shared_case(c, book, p)
}

/// `casebook case …`.
fn run_case(c: CaseCommand, book: Casebook, p: &Printer) -> Result<()> {
    if let CaseCommand::List(_) = &c {
        protect::remind(&book);
    }
    let Some(c) = run_shared_case(c, &book, p)? else { return Ok(()) };
    match c {
        CaseCommand::List(_)
        | CaseCommand::New(_)
        | CaseCommand::Due { .. }
        | CaseCommand::Show { .. }
        | CaseCommand::Assign { .. }
        | CaseCommand::Update(_)
        | CaseCommand::Close { .. }
        | CaseCommand::Received { .. }
        | CaseCommand::Reopen { .. }
        | CaseCommand::Step(_)
        | CaseCommand::Search(_) => unreachable!("run_shared_case runs these"),
        CaseCommand::Evidence(a) => evidence::run_evidence(a, &book, p)?,
    }
    Ok(())
}

fn db_path(cli_db: &Option<PathBuf>) -> PathBuf {
    cli_db.clone().unwrap_or_else(casebook_app::default_db_path)
}

fn list_query(a: ListArgs) -> Result<CaseQuery> {
    fn code<T: std::str::FromStr>(s: Option<String>) -> Result<Option<T>>
    where
        T::Err: std::error::Error + Send + Sync + 'static,
    {
        Ok(s.map(|s| s.parse::<T>()).transpose()?)
    }
    let date = |field: &'static str, s: Option<String>| -> Result<Option<NaiveDate>> {
        Ok(s.map(|s| casebook_app::parse_date(field, &s)).transpose()?)
    };
    Ok(CaseQuery {
        status: code(a.status)?,
        open_only: a.open,
        right: code(a.right)?,
        channel: code(a.channel)?,
        regime: code(a.regime)?,
        received_from: date("received-from", a.received_from)?,
        received_to: date("received-to", a.received_to)?,
        due_within_days: None,
        text: a.search,
        sort: match a.sort.as_str() {
            "received" => CaseSort::Received,
            "due" => CaseSort::Due,
            "reference" => CaseSort::Reference,
            other => bail!("invalid --sort '{other}' (expected one of: received, due, reference)"),
        },
        limit: a.limit,
        offset: a.offset,
        mine: a.mine,
    })
}

/// `LANG=TEXT` (a two-letter code before the sign) as that language's words;
/// any other text as English.
fn worded(s: &str) -> std::result::Result<(String, String), String> {
    match s.split_once('=') {
        Some((lang, text)) if lang.len() == 2 && lang.bytes().all(|b| b.is_ascii_alphabetic()) => {
            Ok((lang.to_ascii_lowercase(), text.to_string()))
        }
        _ => Ok(("en".to_string(), s.to_string())),
    }
}

/// In a terminal, `init` asks for what was not given on the command line;
/// otherwise (scripts, CI) the defaults apply.
fn complete_interactively(a: InitArgs, first_time: bool) -> Result<OrganisationInput> {
    let mut input = OrganisationInput {
        name: a.name,
        postal_address: a.address.map(|s| s.replace("\\n", "\n")),
        dpo_name: a.dpo_name,
        dpo_email: a.dpo_email,
        default_regime: a.regime,
        default_location: a.location,
        time_zone: a.time_zone,
        verification_process: (!a.verification_process.is_empty())
            .then(|| a.verification_process.into_iter().collect()),
    };
    if !(first_time && std::io::stdin().is_terminal() && std::io::stderr().is_terminal()) {
        return Ok(input);
    }
    let ask = |label: &str, default: &str| -> Result<Option<String>> {
        eprint!("{label} [{default}]: ");
        std::io::stderr().flush()?;
        let mut line = String::new();
        std::io::stdin().lock().read_line(&mut line)?;
        let line = line.trim();
        Ok((!line.is_empty()).then(|| line.to_string()))
    };
    macro_rules! fill {
        ($field:ident, $label:expr, $default:expr) => {
            if input.$field.is_none() {
                input.$field = ask($label, $default)?;
            }
        };
    }
    fill!(name, "Organisation name", "My organisation");
    fill!(postal_address, "Postal address (commas between lines)", "");
    fill!(dpo_name, "Data Protection Officer's name", "");
    fill!(dpo_email, "DPO contact email", "");
    fill!(default_regime, "Default regime (uk-gdpr, eu-gdpr, ccpa, …)", "uk-gdpr");
    fill!(default_location, "Default location (ISO 3166, e.g. GB-ENG, DE-BY)", "GB-ENG");
    fill!(time_zone, "Time zone", "Europe/London");
    input.postal_address = input.postal_address.map(|a| a.split(',').map(str::trim).collect::<Vec<_>>().join("\n"));
    Ok(input)
}

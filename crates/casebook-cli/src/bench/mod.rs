//! `casebook bench`: how long common work takes, through the same façade
//! calls as the commands. Every figure but the list queries' is measured in
//! a fresh temporary register ([`scratch`]), so the user's database is never
//! touched; each is a median over several runs (`timing.rs`).
//!
//! `lists.rs` (the default: the case list's queries on the current
//! database), `import.rs` (`--import N`: an mbox of synthetic messages),
//! `package.rs` (`--package N`: a person's data package), `documents.rs`
//! (`--documents N`: letters and the evidence pack), `body.rs` (`--body-mb`:
//! import and classification against a message's size), `classify.rs`
//! (`--classify DIR`: language detection and classification of one request),
//! `writers.rs` (`--writers N`: members stepping cases at once on a team register).

mod body;
mod classify;
mod documents;
mod import;
mod lists;
mod package;
mod timing;
mod writers;

use std::path::{Path, PathBuf};

use anyhow::Result;
use casebook_app::{Casebook, OrganisationInput, PgConfig, TeamBook};
use clap::Args;

use crate::output::Printer;

#[derive(Args)]
pub struct BenchArgs {
    /// How many times each query runs (the median is reported).
    #[arg(long, default_value_t = 25)]
    runs: usize,
    /// Instead of the list queries: write an mbox of N synthetic messages and
    /// import it into a fresh temporary register (your database is not touched).
    #[arg(long, value_name = "N")]
    import: Option<usize>,
    /// Instead: a person with N records across 5 systems in a fresh temporary
    /// register; export the portability package --runs times (default 3 here).
    #[arg(long, value_name = "N")]
    package: Option<usize>,
    /// Instead: make an acknowledgement and an access response (from the demo
    /// organisation) and the evidence pack of a case with N timeline entries,
    /// --runs times each (default 10 here), in a fresh temporary register.
    #[arg(long, value_name = "N")]
    documents: Option<usize>,
    /// Instead: import one message whose body repeats "delete my data " to
    /// each of these sizes (comma-separated, in MB), and classify the body
    /// alone, --runs times each (default 3 here), in fresh temporary registers.
    #[arg(long, value_name = "MB,…", value_delimiter = ',')]
    body_mb: Vec<usize>,
    /// Instead: detect the language of, then classify, every `.txt` file under
    /// DIR (one request a file), --runs times each (default 5 here): the time
    /// to read one request, as an import reads it.
    #[arg(long, value_name = "DIR")]
    classify: Option<PathBuf>,
    /// Instead (a team register only): N members' sessions at once, each on
    /// its own connection, acknowledging --steps cases each (cases received
    /// and not yet acknowledged: `casebook demo generate` makes some), then
    /// the audit chain walked.
    #[arg(long, value_name = "N")]
    writers: Option<usize>,
    /// With --writers: how many cases each writer acknowledges.
    #[arg(long, value_name = "N", default_value_t = 100, requires = "writers")]
    steps: usize,
}

/// Runs the benchmark `args` asks for; `--runs` left at its default of 25
/// means each one's own default.
pub fn run_bench(args: BenchArgs, db: &Option<PathBuf>, p: &Printer) -> Result<()> {
    if args.writers.is_some() {
        anyhow::bail!(
            "--writers measures members working a team register at once: give its --db postgres://… (a local register has one user)"
        );
    }
    let runs_or = |default: usize| if args.runs == 25 { default } else { args.runs };
    if let Some(n) = args.import {
        return import::bench_import(n, p);
    }
    if let Some(n) = args.package {
        return package::bench_package(n, runs_or(3), p);
    }
    if !args.body_mb.is_empty() {
        return body::bench_body(&args.body_mb, runs_or(3), p);
    }
    if let Some(dir) = &args.classify {
        return classify::bench_classify(dir, runs_or(5), p);
    }
    if let Some(n) = args.documents {
        return documents::bench_documents(runs_or(10), n, p);
    }
    lists::bench_lists(&crate::open(db, false)?, args.runs, p)
}

/// `casebook bench` on a team register: the case list's queries, as the
/// app asks them, on the server's register. The other benchmarks build a
/// fresh local register of their own, so they are run without `--db`.
pub fn run_team_bench(
    args: BenchArgs,
    config: &PgConfig,
    open: impl Fn() -> Result<TeamBook>,
    p: &Printer,
) -> Result<()> {
    if args.import.is_some() || args.package.is_some() || args.documents.is_some() || !args.body_mb.is_empty() {
        anyhow::bail!(
            "--import, --package, --documents and --body-mb measure a fresh local register of their own: run them without a team register's --db"
        );
    }
    if let Some(writers) = args.writers {
        return writers::bench_writers(config, writers, args.steps, open, p);
    }
    if args.classify.is_some() {
        return run_bench(args, &None, p);
    }
    lists::bench_lists(&open()?, args.runs, p)
}

/// Runs `f` in a new temporary folder, `casebook-bench-<what>-<pid>`,
/// removed afterwards whatever `f` gives.
fn scratch<T>(what: &str, f: impl FnOnce(&Path) -> Result<T>) -> Result<T> {
    let dir = std::env::temp_dir().join(format!("casebook-bench-{what}-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let result = f(&dir);
    let _ = std::fs::remove_dir_all(&dir);
    result
}

/// Records every relevant system as searched with data found, and the access
/// right answered as fulfilled, so that the access response and the package
/// (which state what the searches found and the recorded answer) can be made.
fn searched_and_answered(book: &Casebook, reference: &str) -> Result<()> {
    for system in book.search_log(reference)?.unsearched {
        book.record_search(
            reference,
            casebook_app::SearchInput {
                result: Some(casebook_core::processing::search::SearchResult::Found),
                ..casebook_app::SearchInput::new(system)
            },
        )?;
    }
    // The access response states the recorded answer to the access right.
    book.answer_right(
        reference,
        casebook_app::AnswerInput::new(casebook_core::Right::Access, casebook_core::answer::RightOutcome::Fulfilled),
    )?;
    Ok(())
}

/// A new register at `db` whose organisation is "Bench Ltd".
fn bench_register(db: &Path) -> Result<Casebook> {
    let book = crate::open(&Some(db.to_path_buf()), true)?;
    book.set_organisation(OrganisationInput { name: Some("Bench Ltd".into()), ..Default::default() })?;
    Ok(book)
}

//! Working a case from the command line: acknowledgement, identity checks,
//! clarification, extension, fees, refusal, withdrawal, the response, what
//! each case needs next, and the retention of identity documents.

use std::io::Write;
use std::path::PathBuf;

use anyhow::{Context, Result, bail};
use casebook_app::{
    CaseLifecycle, CaseNextAction, CaseView, ExtensionInput, FeeRequest, IdentityCheck, IdentityCheckInput, IntakeBook,
    Refusal, ResponseSent, RetentionBook, RetentionRun, TimelineItem, describe_months,
};
use casebook_core::authority::Authority;
use casebook_core::identity::{IdentityMethod, IdentityOutcome};
use casebook_core::workflow::{FeeGround, RefusalReason};
use casebook_core::{AppealOutcome, CaseEventKind, Channel};
use chrono::NaiveDate;
use clap::{Args, Subcommand};

use crate::output::Printer;
use crate::values;

/// Steps that are `casebook case` subcommands. Each takes the case reference
/// and `--date YYYY-MM-DD` (default today; `--on` is accepted too).
#[derive(Subcommand)]
pub enum CaseStep {
    /// Receipt was confirmed to the requester.
    Acknowledge {
        reference: String,
        /// The day (default today).
        #[arg(long = "date", visible_alias = "on", value_parser = values::on)]
        on: Option<NaiveDate>,
        /// How: email, letter, phone, web-form, in-person, other (default: the channel the request came by).
        #[arg(long, value_parser = values::channel)]
        channel: Option<Channel>,
    },
    /// Identity evidence (or, for an agent, proof of authority) was asked for.
    IdentityRequest {
        reference: String,
        /// What was asked for: registered-email, account-details, knowledge-questions, utility-bill,
        /// id-document, signed-authorisation, power-of-attorney, parental-responsibility.
        #[arg(long)]
        method: String,
        /// What was asked for, in words (default: the method's description).
        #[arg(long)]
        what: Option<String>,
        #[arg(long = "date", visible_alias = "on", value_parser = values::on)]
        on: Option<NaiveDate>,
    },
    /// The identity evidence arrived, and the decision on it (two records, in that order).
    IdentityReceived {
        reference: String,
        /// verified, failed, not-needed
        #[arg(long)]
        outcome: String,
        /// Why, in words.
        #[arg(long)]
        rationale: String,
        /// The method used (default: the one asked for, else the suggested one).
        #[arg(long)]
        method: Option<String>,
        /// What was compared with what (default: the evidence received against the case's records).
        #[arg(long)]
        compared: Option<String>,
        /// Why another method than the suggested one (default, when the method was the one
        /// asked for: that request).
        #[arg(long)]
        override_reason: Option<String>,
        #[arg(long = "date", visible_alias = "on", value_parser = values::on)]
        on: Option<NaiveDate>,
    },
    /// The consumer appealed a refusal or partial answer (US state laws): the appeal gets its own due date.
    Appeal {
        reference: String,
        /// The day the appeal arrived.
        #[arg(long = "date", visible_alias = "on", value_parser = values::date)]
        on: NaiveDate,
    },
    /// The appeal was decided: upheld (the refusal stands), reversed or partly.
    AppealDecided {
        reference: String,
        /// upheld, reversed, partly
        #[arg(long, value_parser = values::appeal_outcome)]
        outcome: AppealOutcome,
        /// The written explanation of the reasons, as the consumer is told.
        #[arg(long)]
        text: String,
        #[arg(long = "date", visible_alias = "on", value_parser = values::date)]
        on: NaiveDate,
    },
    /// The person was asked to clarify the request.
    Clarify {
        reference: String,
        #[arg(long)]
        question: String,
        #[arg(long = "date", visible_alias = "on", value_parser = values::on)]
        on: Option<NaiveDate>,
    },
    /// The person answered the clarification question.
    Clarified {
        reference: String,
        #[arg(long = "date", visible_alias = "on", value_parser = values::on)]
        on: Option<NaiveDate>,
    },
    /// Take the extension the regime allows.
    Extend {
        reference: String,
        /// complex, several-requests, …
        #[arg(long)]
        reason: String,
        /// When the person was told (default: --date, else today).
        #[arg(long, value_parser = values::told)]
        told: Option<NaiveDate>,
        /// Needed when the person was told after the notice deadline.
        #[arg(long)]
        override_reason: Option<String>,
        #[arg(long = "date", visible_alias = "on", value_parser = values::on)]
        on: Option<NaiveDate>,
    },
    /// A fee was asked for (only where the regime allows one).
    FeeRequest {
        reference: String,
        /// manifestly-unfounded, manifestly-excessive, further-copies, cost-of-access,
        /// disproportionate-effort (default: the regime's only ground, when it has one).
        #[arg(long, value_parser = values::fee_ground)]
        ground: Option<FeeGround>,
        /// As written to the person, e.g. "£10".
        #[arg(long)]
        amount: Option<String>,
        #[arg(long = "date", visible_alias = "on", value_parser = values::on)]
        on: Option<NaiveDate>,
    },
    /// The fee was paid.
    FeePaid {
        reference: String,
        #[arg(long = "date", visible_alias = "on", value_parser = values::on)]
        on: Option<NaiveDate>,
    },
    /// Refuse the request, with the reason the regime accepts and the reasons in words.
    Refuse {
        reference: String,
        /// manifestly-unfounded, manifestly-excessive, exemption, identity-not-verified
        #[arg(long, value_parser = values::refusal_reason)]
        reason: RefusalReason,
        /// The reasons as the person is told them.
        #[arg(long)]
        text: String,
        #[arg(long = "date", visible_alias = "on", value_parser = values::on)]
        on: Option<NaiveDate>,
    },
    /// The requester withdrew the request.
    Withdraw {
        reference: String,
        #[arg(long = "date", visible_alias = "on", value_parser = values::on)]
        on: Option<NaiveDate>,
        /// How the withdrawal came ("email of 3 Nov").
        #[arg(long)]
        how: Option<String>,
    },
    /// The response went out.
    Respond {
        reference: String,
        #[arg(long, value_parser = values::channel)]
        channel: Channel,
        /// What was sent (default: "the response to the request").
        #[arg(long)]
        what: Option<String>,
        #[arg(long = "date", visible_alias = "on", value_parser = values::on)]
        on: Option<NaiveDate>,
    },
    /// What each case needs next, soonest first (as `casebook next`).
    Next(NextArgs),
}

#[derive(Subcommand)]
pub enum IdentityCommand {
    /// Identity evidence (or, with --authority, proof of an agent's authority) was asked for.
    Request {
        reference: String,
        #[arg(long, value_parser = values::on)]
        on: NaiveDate,
        /// What was asked for, in words.
        #[arg(long)]
        what: Option<String>,
        /// Proof of authority to act for the data subject rather than identity.
        #[arg(long)]
        authority: bool,
    },
    /// The evidence asked for arrived.
    Received {
        reference: String,
        #[arg(long, value_parser = values::on)]
        on: NaiveDate,
    },
    /// Record the identity decision.
    Check(CheckArgs),
    /// The check Casebook suggests for the request, and why.
    Suggest { reference: String },
    /// The identity checks recorded on a case.
    Checks { reference: String },
    /// The identity documents of a case: held, or deleted with their hash kept.
    Documents { reference: String },
    /// File an identity document (deleted after the retention period).
    Attach { reference: String, file: PathBuf },
}

#[derive(Args)]
pub struct CheckArgs {
    reference: String,
    /// none, registered-email, account-details, knowledge-questions, utility-bill, id-document,
    /// signed-authorisation, power-of-attorney, parental-responsibility
    #[arg(long, value_parser = values::identity_method)]
    method: IdentityMethod,
    /// What was compared with what.
    #[arg(long)]
    compared: Option<String>,
    /// verified, failed, not-needed
    #[arg(long, value_parser = values::identity_outcome)]
    outcome: IdentityOutcome,
    /// Why, in words.
    #[arg(long)]
    rationale: String,
    /// Who decided (default the current user).
    #[arg(long)]
    decided_by: Option<String>,
    #[arg(long, value_parser = values::on)]
    on: Option<NaiveDate>,
    /// Why another method than the suggested one.
    #[arg(long)]
    override_reason: Option<String>,
}

#[derive(Subcommand)]
pub enum ClarificationCommand {
    /// The person was asked to clarify the request.
    Ask {
        reference: String,
        #[arg(long, value_parser = values::on)]
        on: NaiveDate,
        #[arg(long)]
        question: String,
    },
    /// The person answered.
    Answer {
        reference: String,
        #[arg(long, value_parser = values::on)]
        on: NaiveDate,
    },
}

#[derive(Subcommand)]
pub enum ExtensionCommand {
    /// Take the extension; the person was told on --notified-on.
    Take {
        reference: String,
        #[arg(long)]
        reason: String,
        #[arg(long, value_parser = values::notified_on)]
        notified_on: NaiveDate,
        /// Needed when the notice went out after the notice deadline.
        #[arg(long)]
        override_reason: Option<String>,
    },
}

#[derive(Subcommand)]
pub enum FeeCommand {
    /// A fee was asked for (only where the regime allows one).
    Request {
        reference: String,
        /// manifestly-unfounded, manifestly-excessive, further-copies, cost-of-access, disproportionate-effort
        #[arg(long, value_parser = values::fee_ground)]
        ground: FeeGround,
        /// As written to the person, e.g. "£10".
        #[arg(long)]
        amount: String,
        #[arg(long, value_parser = values::on)]
        on: Option<NaiveDate>,
    },
    /// The fee was paid.
    Paid {
        reference: String,
        #[arg(long, value_parser = values::on)]
        on: Option<NaiveDate>,
    },
}

#[derive(Args)]
pub struct NextArgs {
    /// Show only the first N.
    #[arg(long)]
    limit: Option<usize>,
}

#[derive(Subcommand)]
pub enum RetentionCommand {
    /// Identity documents held, and closed cases due for deletion.
    Show,
    /// Delete the identity documents and the closed cases whose retention period has passed.
    Run {
        /// List what would be deleted, and why, without deleting anything.
        #[arg(long)]
        dry_run: bool,
    },
    /// Set how long identity documents are kept after the identity decision,
    /// and closed cases after closure.
    Set {
        #[arg(long)]
        identity_document_days: Option<u32>,
        /// OUTCOME=PERIOD, e.g. fulfilled=2y or not-a-request=6m (repeatable).
        #[arg(long = "after-closure")]
        after_closure: Vec<String>,
    },
}

/// One line saying what the step left: status, clock and due date.
fn stepped(p: &Printer, what: &str, c: &CaseView) -> Result<()> {
    if p.json {
        return p.json(c);
    }
    let clock = serde_json::to_value(c.deadlines.clock)?;
    let due = match (c.case.due, c.days_left) {
        (Some(d), Some(n)) if n < 0 => format!("due {d}, {} overdue", casebook_core::days(-n)),
        (Some(d), Some(n)) => format!("due {d}, {} left", casebook_core::days(n)),
        (Some(d), None) => format!("due {d}"),
        (None, _) => "no due date counting".into(),
    };
    println!("{}: {what}. Status {}; clock {}; {due}.", c.case.reference, c.case.status, clock.as_str().unwrap_or("?"));
    Ok(())
}

fn check_line(out: &mut impl Write, c: &IdentityCheck) -> Result<()> {
    writeln!(out, "{}  {} by {} via {}: {}", c.decided_on, c.outcome.label(), c.decided_by, c.method, c.rationale)?;
    if let Some(cmp) = &c.compared {
        writeln!(out, "            compared: {cmp}")?;
    }
    if let Some(r) = &c.override_reason {
        writeln!(out, "            suggested {}, overridden: {r}", c.suggested_method)?;
    }
    Ok(())
}

/// The date a step took effect: `--date`, else today.
fn date_or_today(book: &dyn CaseLifecycle, on: Option<NaiveDate>) -> Result<NaiveDate> {
    Ok(match on {
        Some(d) => d,
        None => book.today()?,
    })
}

/// The method named in the last identity request on the case, when it was
/// asked for by `case identity-request` (its description or its code).
fn method_asked_for(book: &dyn CaseLifecycle, reference: &str) -> Result<Option<(IdentityMethod, chrono::NaiveDate)>> {
    let timeline = book.case(reference, book.today()?)?.timeline;
    let asked = timeline.into_iter().rev().find_map(|e| match e.item {
        TimelineItem::Clock { kind, on, details, .. } if kind == CaseEventKind::IdentityRequested.as_str() => {
            Some((details.get("asked_for").cloned(), on))
        }
        _ => None,
    });
    Ok(asked.and_then(|(what, on)| {
        let what = what?;
        IdentityMethod::ALL.iter().find(|m| m.label() == what || m.code() == what).map(|m| (*m, on))
    }))
}

/// `casebook case identity-request`: identity evidence, or a representative's
/// proof of authority, asked for by the method given.
fn request_identity(
    book: &dyn CaseLifecycle,
    p: &Printer,
    reference: &str,
    method: &str,
    what: Option<String>,
    on: Option<NaiveDate>,
) -> Result<()> {
    let m: IdentityMethod = method.parse().map_err(|e| anyhow::anyhow!("--method: {e}"))?;
    if m == IdentityMethod::None {
        bail!("--method none asks for nothing: record the decision with `case identity-received --outcome not-needed`");
    }
    let what = what.unwrap_or_else(|| m.label().to_string());
    let on = date_or_today(book, on)?;
    let (c, done) = if m.is_authority() {
        (book.request_authority(reference, on, Some(&what))?, "proof of authority requested")
    } else {
        (book.request_identity(reference, on, Some(&what))?, "identity evidence requested")
    };
    stepped(p, done, &c)
}

/// The identity method a check used, and why it differs from the suggested
/// one: as given, none when no check was needed, else the method asked for
/// (which is its own reason) or the suggested one. Refused when it differs
/// from the suggestion with no reason.
fn identity_method_used(
    book: &dyn CaseLifecycle,
    reference: &str,
    method: Option<String>,
    outcome_code: IdentityOutcome,
    override_reason: Option<String>,
) -> Result<(IdentityMethod, Option<String>)> {
    let asked = method_asked_for(book, reference)?;
    let suggested = book.suggest_identity_check(reference)?.method;
    let method: IdentityMethod = match (method, outcome_code) {
        (Some(m), _) => m.parse().map_err(|e| anyhow::anyhow!("--method: {e}"))?,
        (None, IdentityOutcome::NotNeeded) => IdentityMethod::None,
        (None, _) => asked.map(|(m, _)| m).unwrap_or(suggested),
    };
    let override_reason = override_reason.or_else(|| match asked {
        Some((m, asked_on)) if m == method && m != suggested => {
            Some(format!("{} was asked for on {asked_on}", m.label()))
        }
        _ => None,
    });
    if method != suggested && override_reason.is_none() && outcome_code != IdentityOutcome::NotNeeded {
        bail!(
            "the suggested method for this request is '{suggested}': give --override-reason to use '{method}' instead"
        );
    }
    Ok((method, override_reason))
}

/// The fee ground when `--ground` is not given: the case's regime's only one.
fn the_only_fee_ground(book: &dyn CaseLifecycle, reference: &str) -> Result<FeeGround> {
    let case = book.case(reference, book.today()?)?;
    let regime = case.case.regime;
    match case.offers.fee_grounds.as_slice() {
        [only] => Ok(*only),
        [] => bail!("{} allows no fee ({})", regime.label(), case.offers.fee_source),
        all => {
            let codes: Vec<_> = all.iter().map(|g| g.code()).collect();
            bail!("say on which ground (--ground): {} allows {}", regime.label(), codes.join(", "))
        }
    }
}

/// Who a refused person may complain to, as the answer must tell them.
fn print_complaint_authority(a: &Authority) {
    println!("The answer must tell the person they may complain to {}.", a.in_sentence("en"));
    if let Some(addr) = &a.address {
        println!("  {}", addr.replace('\n', ", "));
    }
    if let Some(w) = &a.website {
        println!("  {w}");
    }
}

/// The `case` steps, the same on a local and on a team register (the
/// façade's [`CaseLifecycle`]).
pub fn run_shared_step(s: CaseStep, book: &dyn CaseLifecycle, p: &Printer) -> Result<()> {
    match s {
        CaseStep::Acknowledge { reference, on, channel } => {
            let channel = match channel {
                Some(c) => c,
                None => book.case(&reference, book.today()?)?.case.channel,
            };
            let c = book.acknowledge(&reference, on, channel)?;
            stepped(p, &format!("acknowledged by {channel}"), &c)
        }
        CaseStep::IdentityRequest { reference, method, what, on } => {
            request_identity(book, p, &reference, &method, what, on)
        }
        CaseStep::IdentityReceived { reference, outcome, rationale, method, compared, override_reason, on } => {
            // Checked before anything is recorded, so a typo records nothing.
            let outcome_code: IdentityOutcome = outcome.parse().map_err(|e| anyhow::anyhow!("--outcome: {e}"))?;
            if rationale.trim().is_empty() {
                bail!("the rationale is empty (--rationale): say why, in words");
            }
            let on = date_or_today(book, on)?;
            let (method, override_reason) =
                identity_method_used(book, &reference, method, outcome_code, override_reason)?;
            let compared = compared.or_else(|| {
                (outcome_code != IdentityOutcome::NotNeeded)
                    .then(|| format!("{} received on {on} against the case's records", method.label()))
            });
            let received = book.receive_identity(&reference, on)?;
            if !p.json {
                stepped(p, "identity evidence received", &received)?;
            }
            let check = book.check_identity(
                &reference,
                IdentityCheckInput {
                    method,
                    compared,
                    outcome: outcome_code,
                    rationale,
                    decided_by: None,
                    on: Some(on),
                    override_reason,
                },
            )?;
            let c = book.case(&reference, book.today()?)?;
            stepped(p, &format!("identity {}", check.outcome.label().to_lowercase()), &c)
        }
        CaseStep::Clarify { reference, question, on } => {
            let on = date_or_today(book, on)?;
            stepped(p, "clarification asked", &book.ask_clarification(&reference, on, &question)?)
        }
        CaseStep::Clarified { reference, on } => {
            let on = date_or_today(book, on)?;
            stepped(p, "clarification answered", &book.answer_clarification(&reference, on)?)
        }
        CaseStep::Extend { reference, reason, told, override_reason, on } => {
            let notified_on = match told {
                Some(t) => t,
                None => date_or_today(book, on)?,
            };
            let c = book.take_extension(&reference, ExtensionInput { reason, notified_on, override_reason })?;
            stepped(p, "extension taken", &c)
        }
        CaseStep::FeeRequest { reference, ground, amount, on } => {
            let ground = match ground {
                Some(g) => g,
                None => the_only_fee_ground(book, &reference)?,
            };
            let Some(amount) = amount else {
                bail!("say how much, as written to the person (--amount, e.g. \"£10\")");
            };
            let c = book.request_fee(&reference, FeeRequest { on, ground, amount: amount.clone() })?;
            stepped(p, &format!("fee of {amount} requested"), &c)
        }
        CaseStep::FeePaid { reference, on } => stepped(p, "fee paid", &book.receive_fee(&reference, on)?),
        CaseStep::Refuse { reference, reason, text, on } => {
            let c = book.refuse(&reference, Refusal { on, reason, text })?;
            if p.json {
                return p.json(&c);
            }
            stepped(p, &format!("refused ({reason})"), &c)?;
            if let Some(a) = casebook_core::authority::appeal(c.case.regime, &c.case.location) {
                println!("The answer must tell the person how to appeal: by writing to you ({}).", a.section);
            }
            if let Some(a) = c.offers.complaint_authority {
                print_complaint_authority(&a);
            }
            Ok(())
        }
        CaseStep::Withdraw { reference, on, how } => {
            stepped(p, "withdrawn by the requester", &book.withdraw(&reference, on, how.as_deref())?)
        }
        CaseStep::Respond { reference, channel, what, on } => {
            let what = what.unwrap_or_else(|| "the response to the request".into());
            let c = book.respond(&reference, ResponseSent { on, channel, what })?;
            stepped(p, &format!("response sent by {channel}"), &c)
        }
        CaseStep::Appeal { reference, on } => stepped(p, "appeal recorded", &book.record_appeal(&reference, on)?),
        CaseStep::AppealDecided { reference, outcome, text, on } => {
            stepped(p, &format!("appeal decided: {outcome}"), &book.decide_appeal(&reference, outcome, &text, on)?)
        }
        CaseStep::Next(a) => run_next(a, book, p),
    }
}

/// `casebook identity …`, the same on a local and on a team register.
pub fn run_identity(c: IdentityCommand, book: &dyn IntakeBook, p: &Printer) -> Result<()> {
    match c {
        IdentityCommand::Request { reference, on, what, authority } => {
            let (c, what_done) = if authority {
                (book.request_authority(&reference, on, what.as_deref())?, "proof of authority requested")
            } else {
                (book.request_identity(&reference, on, what.as_deref())?, "identity evidence requested")
            };
            stepped(p, what_done, &c)
        }
        IdentityCommand::Received { reference, on } => {
            stepped(p, "identity evidence received", &book.receive_identity(&reference, on)?)
        }
        IdentityCommand::Check(a) => {
            let check = book.check_identity(
                &a.reference,
                IdentityCheckInput {
                    method: a.method,
                    compared: a.compared,
                    outcome: a.outcome,
                    rationale: a.rationale,
                    decided_by: a.decided_by,
                    on: a.on,
                    override_reason: a.override_reason,
                },
            )?;
            if p.json {
                return p.json(&check);
            }
            print!("{}: ", check.reference);
            check_line(&mut std::io::stdout().lock(), &check)
        }
        IdentityCommand::Suggest { reference } => {
            let s = book.suggest_identity_check(&reference)?;
            if p.json {
                return p.json(&serde_json::json!({ "reference": reference.to_uppercase(), "method": s.method, "needs_check": s.needs_check, "reasons": s.reasons }));
            }
            println!("Suggested: {} ({})", s.method, s.method.label());
            for r in &s.reasons {
                println!("  · {r}");
            }
            Ok(())
        }
        IdentityCommand::Checks { reference } => {
            let checks = book.identity_checks(&reference)?;
            if p.json {
                return p.json(&checks);
            }
            if checks.is_empty() {
                println!("No identity check recorded.");
            }
            let mut out = std::io::stdout().lock();
            for c in &checks {
                check_line(&mut out, c)?;
            }
            Ok(())
        }
        IdentityCommand::Documents { reference } => {
            let docs = book.identity_documents(&reference)?;
            if p.json {
                return p.json(&docs);
            }
            if docs.is_empty() {
                println!("No identity documents.");
            }
            for d in &docs {
                let state = match d.deleted_on {
                    Some(on) => format!("deleted {on}"),
                    None => "held".into(),
                };
                let name = d.file_name.as_deref().unwrap_or("(no name)");
                println!("{} {name} ({} bytes) {state}, sha256 {}", d.document_id, d.size, d.sha256);
            }
            Ok(())
        }
        IdentityCommand::Attach { reference, file } => {
            let bytes = std::fs::read(&file).with_context(|| format!("cannot read '{}'", file.display()))?;
            let name = file.file_name().map(|n| n.to_string_lossy().into_owned());
            let doc = book.attach_identity_document(&reference, &bytes, name.as_deref(), None)?;
            if p.json {
                return p.json(&doc);
            }
            let days = book.identity_document_days()?;
            println!(
                "Identity document {} filed on {} (sha256 {}); deleted {} after the identity decision.",
                doc.id,
                reference.to_uppercase(),
                doc.sha256,
                casebook_core::days(days)
            );
            Ok(())
        }
    }
}

pub fn run_clarification(c: ClarificationCommand, book: &dyn CaseLifecycle, p: &Printer) -> Result<()> {
    match c {
        ClarificationCommand::Ask { reference, on, question } => {
            stepped(p, "clarification asked", &book.ask_clarification(&reference, on, &question)?)
        }
        ClarificationCommand::Answer { reference, on } => {
            stepped(p, "clarification answered", &book.answer_clarification(&reference, on)?)
        }
    }
}

pub fn run_extension(c: ExtensionCommand, book: &dyn CaseLifecycle, p: &Printer) -> Result<()> {
    let ExtensionCommand::Take { reference, reason, notified_on, override_reason } = c;
    let c = book.take_extension(&reference, ExtensionInput { reason, notified_on, override_reason })?;
    stepped(p, "extension taken", &c)
}

pub fn run_fee(c: FeeCommand, book: &dyn CaseLifecycle, p: &Printer) -> Result<()> {
    match c {
        FeeCommand::Request { reference, ground, amount, on } => {
            let c = book.request_fee(&reference, FeeRequest { on, ground, amount: amount.clone() })?;
            stepped(p, &format!("fee of {amount} requested"), &c)
        }
        FeeCommand::Paid { reference, on } => stepped(p, "fee paid", &book.receive_fee(&reference, on)?),
    }
}

pub fn run_next(a: NextArgs, book: &dyn CaseLifecycle, p: &Printer) -> Result<()> {
    let mut all: Vec<CaseNextAction> = book.next_actions(book.today()?)?;
    if let Some(n) = a.limit {
        all.truncate(n);
    }
    if p.json {
        return p.json(&all);
    }
    if all.is_empty() {
        println!("Nothing to do: no open cases.");
        return Ok(());
    }
    let mut out = std::io::stdout().lock();
    writeln!(out, "{:<11} {:<14} {:<20} {:<22} WHAT", "BY", "REFERENCE", "ACTION", "REQUESTER")?;
    for a in &all {
        let by = a.next.by.map(|d| d.to_string()).unwrap_or_else(|| "-".into());
        writeln!(
            out,
            "{by:<11} {:<14} {:<20} {:<22} {}",
            a.reference,
            a.next.action.code(),
            a.requester_name,
            a.next.text
        )?;
        // Each right's own date where the rights do not share one.
        if !a.rights_due.is_empty() {
            writeln!(out, "{:<11} {:<14} {}", "", "", crate::output::rights_due_text(&a.rights_due))?;
        }
    }
    Ok(())
}

fn retention_report(p: &Printer, run: &RetentionRun, ran: bool) -> Result<()> {
    if p.json {
        return p.json(run);
    }
    let days = run.policy.identity_document_days;
    println!("Identity documents are kept {} after the identity decision.", casebook_core::days(days));
    for d in &run.deleted {
        let name = d.file_name.as_deref().unwrap_or("(no name)");
        let verb = if ran { "deleted" } else { "due for deletion" };
        println!("{verb}: {} document {} {name} (sha256 {})", d.reference, d.document_id, d.sha256);
    }
    for d in &run.kept {
        let name = d.file_name.as_deref().unwrap_or("(no name)");
        let when =
            d.delete_on.map(|w| format!("deleted on {w}")).unwrap_or_else(|| "kept until the identity decision".into());
        println!("held: {} document {} {name}: {when}", d.reference, d.document_id);
    }
    if run.deleted.is_empty() && run.kept.is_empty() {
        println!("No identity documents are held.");
    }
    let verb = if ran { "deleted" } else { "due for deletion" };
    for c in &run.cases.due {
        println!("{verb}: case {} ({})", c.reference, c.reason);
    }
    let next = run.cases.next_due.map(|d| format!("; the next is due on {d}")).unwrap_or_default();
    println!("{} closed case(s) due for deletion, {} kept{next}.", run.cases.due.len(), run.cases.kept);
    if ran && run.cases.audit_entries_kept > 0 {
        println!(
            "{} audit entries written before schema 7 keep their text (erasing it would break the audit chain).",
            run.cases.audit_entries_kept
        );
    }
    Ok(())
}

pub fn run_retention<B: RetentionBook + CaseLifecycle>(c: RetentionCommand, book: &B, p: &Printer) -> Result<()> {
    let today = book.today()?;
    match c {
        RetentionCommand::Show => retention_report(p, &book.retention_status(today)?, false),
        RetentionCommand::Run { dry_run: true } => retention_report(p, &book.retention_status(today)?, false),
        RetentionCommand::Run { dry_run: false } => retention_report(p, &book.apply_retention(today)?, true),
        RetentionCommand::Set { identity_document_days, after_closure } => {
            if identity_document_days.is_none() && after_closure.is_empty() {
                bail!("nothing to set: give --identity-document-days N or --after-closure OUTCOME=PERIOD");
            }
            let mut policy = book.retention_policy()?;
            if let Some(days) = identity_document_days {
                policy.identity_document_days = days;
            }
            for rule in &after_closure {
                let (outcome, period) = rule.split_once('=').with_context(|| {
                    format!("invalid --after-closure '{rule}': expected OUTCOME=PERIOD, e.g. fulfilled=2y")
                })?;
                let outcome: casebook_core::Outcome = outcome.trim().parse()?;
                let months = casebook_app::parse_retention_period(period)
                    .map_err(|e| anyhow::anyhow!("invalid --after-closure '{rule}': {e}"))?;
                policy.after_closure_months.insert(outcome.code().to_string(), months);
            }
            let policy = book.set_retention_policy(policy)?;
            if p.json {
                return p.json(&policy);
            }
            println!(
                "Identity documents are now kept {} after the identity decision.",
                casebook_core::days(policy.identity_document_days)
            );
            for (outcome, months) in &policy.after_closure_months {
                println!("Closed cases with outcome {outcome} are kept {} after closure.", describe_months(*months));
            }
            Ok(())
        }
    }
}

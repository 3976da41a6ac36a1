//! Printing results: aligned text for people, JSON for scripts.

use std::io::Write;
use std::path::Path;

use anyhow::Result;
use casebook_app::{
    AnchorCheck, AuditReport, CaseSummary, CaseView, Deadlines, RightDue, SystemField, TimelineEntry, TimelineItem,
};
use casebook_core::{Note, Organisation, Right};
use serde::Serialize;

pub struct Printer {
    pub json: bool,
}

/// An error chain on one line: "cannot open …: file is not a database".
pub fn one_line(e: &anyhow::Error) -> String {
    let mut parts: Vec<String> = Vec::new();
    for cause in e.chain() {
        let s = cause.to_string();
        if !parts.iter().any(|p| p.contains(&s)) {
            parts.push(s);
        }
    }
    parts.join(": ").replace('\n', " ")
}

/// The error line: the chain on one line and, when the façade names the
/// input field at fault, the flag that gives it.
pub fn error_line(e: &anyhow::Error) -> String {
    let app_error = e.chain().find_map(|c| c.downcast_ref::<casebook_app::Error>());
    let line = one_line(e);
    if let Some(casebook_app::Error::InvalidSystem(problems)) = app_error {
        // Each problem of a system named by its flag: `--purpose #1 (legal_basis): …`.
        let named: Vec<String> = problems.0.iter().map(|p| p.named(system_flag(p.field))).collect();
        return line.replace(&problems.to_string(), &named.join("; ")).replace('\n', " ");
    }
    with_flag(line, app_error.and_then(|e| e.field_key()))
}

/// A refusal of the façade's on its own (a flag's value refused while the
/// command line was parsed), as [`error_line`] words it.
pub fn refusal_line(e: &casebook_app::Error) -> String {
    with_flag(e.to_string().replace('\n', " "), e.field_key())
}

/// `line` naming the flag of the façade's field `field`, unless it already does.
fn with_flag(line: String, field: Option<&str>) -> String {
    match field.map(flag_of) {
        Some(flag) if !line.contains(&flag) => format!("{line} ({flag})"),
        _ => line,
    }
}

/// The flag (or flags) for a façade field key: `on` is `--on`.
fn flag_of(field: &str) -> String {
    match field {
        "letter-text" => "--text, --text-file or --scan".to_string(),
        other => format!("--{other}"),
    }
}

/// A system's field as its flag names it, for the façade's problems.
fn system_flag(field: SystemField) -> &'static str {
    match field {
        SystemField::Id => "--id",
        SystemField::Name => "--name",
        SystemField::Description => "--description",
        SystemField::DataSubjects => "--subject",
        SystemField::PersonalData => "--data",
        SystemField::Purposes => "--purpose",
        SystemField::Recipients => "--recipient",
        SystemField::Retention => "--retention",
        SystemField::Transfers => "--transfer",
        SystemField::Sources => "--source",
        SystemField::AutomatedDecisions => "--automated",
    }
}

fn rights(r: &[Right]) -> String {
    r.iter().map(|r| r.code()).collect::<Vec<_>>().join(",")
}

fn left(days: Option<i64>) -> String {
    match days {
        Some(d) if d < 0 => format!("{} overdue", -d),
        Some(d) => format!("{d}d"),
        None => "-".into(),
    }
}

impl Printer {
    pub fn json<T: Serialize + ?Sized>(&self, value: &T) -> Result<()> {
        let mut out = std::io::stdout().lock();
        serde_json::to_writer_pretty(&mut out, value)?;
        writeln!(out)?;
        Ok(())
    }

    pub fn organisation(&self, org: &Organisation, db: &Path) -> Result<()> {
        if self.json {
            return self.json(&serde_json::json!({ "database": db, "organisation": org }));
        }
        println!("Database: {}", db.display());
        println!("Organisation: {}", org.name);
        println!("Default regime: {} ({})", org.default_regime.code(), org.default_location);
        println!("Time zone: {}", org.time_zone);
        for (language, words) in org.verification_process.iter() {
            println!("How requesters are verified ({language}): {words}");
        }
        Ok(())
    }

    pub fn created(&self, case: &CaseView) -> Result<()> {
        if self.json {
            return self.json(case);
        }
        println!("{}", case.case.reference);
        Ok(())
    }

    /// The list, with each right's own due date under a case whose rights
    /// do not share one (`rights_due` gives them for a reference).
    pub fn cases(
        &self,
        rows: &[CaseSummary],
        rights_due: impl Fn(&CaseSummary) -> Result<Vec<RightDue>>,
    ) -> Result<()> {
        if self.json {
            return self.json(rows);
        }
        if rows.is_empty() {
            println!("No cases match.");
            return Ok(());
        }
        let mut out = std::io::stdout().lock();
        writeln!(
            out,
            "{:<14} {:<22} {:<10} {:<11} {:<10} {:<8} {:<24} REQUESTER",
            "REFERENCE", "STATUS", "RECEIVED", "DUE", "LEFT", "REGIME", "RIGHTS"
        )?;
        for r in rows {
            // An answered case under appeal runs to the decision's date.
            let (status, due) = match r.appeal_due {
                Some(_) => (format!("{} (appeal)", r.status.code()), r.next_due),
                None => (r.status.code().to_string(), r.due),
            };
            writeln!(
                out,
                "{:<14} {:<22} {:<10} {:<11} {:<10} {:<8} {:<24} {}",
                r.reference,
                status,
                r.received,
                due.map(|d| d.to_string()).unwrap_or_else(|| "-".into()),
                left(r.days_left),
                r.regime.code(),
                rights(&r.rights),
                r.requester_name
            )?;
            // Only an open case with more than one right can have dates that differ.
            if r.rights.len() > 1 && r.closed_on.is_none() {
                let each = rights_due(r)?;
                if !each.is_empty() {
                    writeln!(out, "{:<14} {}", "", rights_due_text(&each))?;
                }
            }
        }
        Ok(())
    }

    pub fn case(&self, c: &CaseView) -> Result<()> {
        if self.json {
            return self.json(c);
        }
        let mut out = std::io::stdout().lock();
        writeln!(out, "{}  {}", c.case.reference, c.case.status.label())?;
        writeln!(out, "Requester:  {}", c.case.requester.name)?;
        for e in &c.case.requester.emails {
            writeln!(out, "            {e}")?;
        }
        if let Some(a) = &c.case.requester.postal_address {
            writeln!(out, "Address:    {}", a.replace('\n', ", "))?;
        }
        if let Some(p) = &c.case.requester.phone {
            writeln!(out, "Phone:      {p}")?;
        }
        if !c.case.requester.customer_ids.is_empty() {
            writeln!(out, "Customer:   {}", c.case.requester.customer_ids.join(", "))?;
        }
        if let Some(s) = &c.case.data_subject {
            let born = s.birth_date.map(|b| format!(", born {b}")).unwrap_or_default();
            let child = if s.child && s.birth_date.is_none() { ", a child" } else { "" };
            writeln!(out, "On behalf of: {} ({}{born}{child})", s.name, s.relationship.label())?;
        }
        if c.case.kind == casebook_core::CaseKind::Complaint {
            let about = c.case.concerns.map(|r| format!(" about {r}")).unwrap_or_default();
            writeln!(out, "Kind:       complaint to the controller{about}")?;
        } else {
            let labels: Vec<_> = c.case.rights.iter().map(|r| r.label()).collect();
            writeln!(out, "Rights:     {}", labels.join(", "))?;
        }
        writeln!(out, "Regime:     {} ({})", c.case.regime.label(), c.case.location)?;
        writeln!(out, "Received:   {} by {}", c.case.received, c.case.channel.label().to_lowercase())?;
        if let Some(who) = &c.created_by {
            writeln!(out, "Logged by:  {who}")?;
        }
        if let Some(who) = &c.assigned_to {
            writeln!(out, "Assigned:   {who}")?;
        }
        if let Some(intake) = &c.case.intake {
            intake_lines(&mut out, intake)?;
        }
        drop(out);
        self.deadline_lines(&c.deadlines)?;
        let mut out = std::io::stdout().lock();
        if let (Some(o), Some(d)) = (c.case.outcome, c.case.closed_on) {
            writeln!(out, "Closed:     {d}, {}", o.label())?;
        }
        if let Some(n) = &c.next_action {
            writeln!(out, "Next:       {}", n.text)?;
        }
        right_lines(&mut out, c)?;
        for n in &c.case.notes {
            writeln!(out, "Note {} ({}): {}", n.at.format("%Y-%m-%d %H:%M"), n.author, n.text)?;
        }
        if !c.timeline.is_empty() {
            writeln!(out, "Timeline:")?;
            for e in &c.timeline {
                timeline_line(&mut out, e)?;
            }
        }
        action_lines(&mut out, &c.action_log)?;
        for m in &c.correspondence {
            let arrow = if m.direction == "in" { "←" } else { "→" };
            writeln!(
                out,
                "{arrow} #{} {} {}: {}",
                m.id,
                m.at.format("%Y-%m-%d %H:%M"),
                m.channel,
                m.subject.as_deref().unwrap_or("(no subject)")
            )?;
            if let Some(w) = c.withdrawn.iter().find(|w| w.correspondence_id == m.id) {
                writeln!(out, "    WITHDRAWN {} by {}: {}", w.at.format("%Y-%m-%d %H:%M"), w.by, w.reason)?;
            }
        }
        for d in c.drafts.iter().filter(|d| d.state == casebook_app::DraftState::Draft) {
            writeln!(
                out,
                "Draft {}: {} ({}), dated {}, not sent (letter send {} {} --on DATE --channel C)",
                d.id, d.kind, d.language, d.letter_date, c.case.reference, d.id
            )?;
        }
        for d in &c.documents {
            let name = d.file_name.as_deref().unwrap_or("(unnamed)");
            writeln!(out, "Document:   {} {name:?} {} bytes, sha256 {}", d.role, d.size, &d.sha256[..16])?;
        }
        Ok(())
    }

    /// The dates and, under each, the steps that produced it.
    fn deadline_lines(&self, d: &Deadlines) -> Result<()> {
        let mut out = std::io::stdout().lock();
        let law = &d.rules_in_force;
        if !law.applies() {
            // No statutory clock runs, and no date is due: say which law, and from when it applies.
            writeln!(out, "Clock:      none (the {} applies from {})", law.name, law.in_force_from)?;
            writeln!(out, "Due:        - (no statutory date: received before the law applied)")?;
        } else {
            let clock = serde_json::to_value(d.clock)?;
            // What a waiting clock waits for: a UK fee holds it as evidence does.
            let awaiting = d.waiting_for.map(|a| format!(" (awaiting {})", a.label().to_lowercase()));
            writeln!(out, "Clock:      {}{}", clock.as_str().unwrap_or("?"), awaiting.unwrap_or_default())?;
            match (d.due, clock.as_str()) {
                // Running with no date: no statute sets one (the steps say why).
                (None, Some("running")) => {
                    writeln!(out, "Due:        - (no statutory date)")?;
                    for s in &d.steps {
                        writeln!(out, "              · {s}")?;
                    }
                }
                (None, _) => writeln!(out, "Due:        - (the clock is not counting)")?,
                (Some(_), _) => date_line(&mut out, "Due:", d.due, &d.steps)?,
            }
        }
        if let Some(days) = d.days_left {
            writeln!(out, "Days left:  {}", if days < 0 { format!("{} overdue", -days) } else { days.to_string() })?;
        }
        date_line(&mut out, "Extended:", d.extended_due, &d.extension_steps)?;
        if let Some(n) = d.extension_notice_by {
            writeln!(out, "Extension notice by: {n}")?;
        }
        // Each right's own date where the rights do not share one.
        if d.rights.iter().any(|r| r.due != d.due) {
            for r in &d.rights {
                let awaited = r.said.iter().any(|s| matches!(s, casebook_core::deadline::Said::IdentityAwaited { .. }));
                let waits_for = d.waiting_for.map_or("identity evidence".to_string(), |a| a.label().to_lowercase());
                let why = if awaited {
                    format!("- (waiting for {waits_for}: its clock starts when it arrives)")
                } else {
                    "- (no statute sets a date)".to_string()
                };
                let due = r.due.map_or(why, |d| d.to_string());
                writeln!(out, "  {:<30} due {due}", r.right.label())?;
            }
        }
        date_line(&mut out, "Refuse by:", d.refuse_by, &d.refuse_steps)?;
        date_line(&mut out, "Acknowledge by:", d.acknowledge_by, &d.acknowledge_steps)?;
        date_line(&mut out, "House target:", d.house_target, &d.house_target_steps)?;
        date_line(&mut out, "Appeal due:", d.appeal_due, &d.appeal_steps)?;
        if let Some(ext) = d.appeal_extended_due {
            writeln!(out, "Appeal extended: {ext}")?;
        }
        if d.complaint_acknowledge_by != d.acknowledge_by {
            date_line(&mut out, "Acknowledge complaint by:", d.complaint_acknowledge_by, &d.complaint_steps)?;
        }
        for r in &d.related {
            date_line(&mut out, &format!("{}:", r.what), Some(r.due), &r.steps)?;
        }
        writeln!(out, "Rules:      {} ({})", d.rules_in_force.name, d.rules_in_force.source)?;
        for n in &d.notes {
            writeln!(out, "Note:       {n}")?;
        }
        Ok(())
    }

    pub fn deadlines(&self, d: &Deadlines) -> Result<()> {
        if self.json {
            return self.json(d);
        }
        writeln!(std::io::stdout().lock(), "Regime:     {}", d.regime.label())?;
        self.deadline_lines(d)
    }

    /// `case assign`'s result: the case as it now is.
    pub fn assigned(&self, c: &CaseView) -> Result<()> {
        if self.json {
            return self.json(c);
        }
        println!("{} assigned to {}.", c.case.reference, c.assigned_to.as_deref().unwrap_or("nobody"));
        Ok(())
    }

    pub fn note(&self, reference: &str, note: &Note) -> Result<()> {
        if self.json {
            return self.json(note);
        }
        println!("Note added to {reference}.");
        Ok(())
    }

    /// `team init`'s result.
    pub fn team_register(&self, t: &casebook_app::TeamRegister) -> Result<()> {
        if self.json {
            return self.json(t);
        }
        println!("Team register created: {} (team schema {}, by role {}).", t.register, t.schema, t.created_by);
        println!(
            "Grant each member's login one of the roles: {} (e.g. GRANT casebook_handler TO alice;).",
            t.roles.join(", ")
        );
        Ok(())
    }

    /// The audit chain verified: of a local file (`team` false, its live
    /// rows replayed against the log) or of a team register (the chain only).
    pub fn audit(&self, r: &AuditReport, anchors: &[AnchorCheck], team: bool) -> Result<()> {
        if self.json {
            #[derive(serde::Serialize)]
            struct Verified<'a> {
                #[serde(flatten)]
                report: &'a AuditReport,
                anchors: &'a [AnchorCheck],
            }
            return self.json(&Verified { report: r, anchors });
        }
        match (&r.first_broken, &r.problem) {
            (None, None) => println!("Audit log intact: {} entries verified.", r.entries),
            (_, Some(p)) => println!("Audit log BROKEN: {p}."),
            (Some(id), None) => println!("Audit log BROKEN at entry {id}."),
        }
        // Every live row that differs, one per line (the summary above names the first).
        if r.first_broken.is_none() {
            for m in &r.live_mismatches {
                println!("  {m}");
            }
            println!("Live register checked against the log: {} case(s).", r.checked_cases);
        }
        if !r.unchecked_cases.is_empty() {
            println!(
                "Not checked against the log: {} case(s) last changed before schema 9, or on a team register by an earlier Casebook (their rows are checked from their next change on): {}",
                r.unchecked_cases.len(),
                r.unchecked_cases.join(", ")
            );
        }
        if r.linked_only > 0 && team {
            println!(
                "Checked by their place in the chain only: {} entries about cases you may not read (HR cases: a casebook_hr member or the DPO checks their content), or of a local register's keyed chain moved here by `team migrate` (its key stayed with the file's passphrase).",
                r.linked_only
            );
        } else if r.linked_only > 0 {
            println!(
                "Checked by their place in the chain only: {} entries keyed by the local register whose history the team register took in (`team migrate`); that key stayed with that file's passphrase.",
                r.linked_only
            );
        }
        if r.first_broken.is_none() {
            println!("Chain head: {} ({}).", r.head, chain_kind(r, team));
        }
        for a in anchors {
            match &a.problem {
                None => println!("  {}: its head is in the chain.", a.file.display()),
                Some(p) => println!("  {}: {p}.", a.file.display()),
            }
        }
        Ok(())
    }
}

/// How the chain's hashes are made, and so who could recompute them.
fn chain_kind(r: &AuditReport, team: bool) -> String {
    const KEYED: &str = "HMAC-SHA-256 under a key only the passphrase unwraps";
    match r.keyed_from {
        None if team => {
            "plain SHA-256: the database lets no member rewrite an entry; the register's owner could".into()
        }
        None if r.encrypted => "plain SHA-256, not keyed: see above".into(),
        None => {
            "plain SHA-256: anyone who can write the file can recompute it; anchors outside the file catch a rewrite"
                .into()
        }
        Some(1) => format!("{KEYED}: rewriting the chain needs the passphrase"),
        Some(from) if from > r.entries => format!(
            "plain SHA-256 up to entry {}, written before the register was encrypted; keyed from entry {from}, the next one, with {KEYED}",
            r.entries
        ),
        Some(from) if r.linked_only > 0 => format!(
            "entries 1 to {} copied from a team register, {} of them keyed by the register it took them from; keyed from entry {from} with {KEYED}: rewriting entry {from} or a later one needs the passphrase",
            from - 1,
            r.linked_only
        ),
        Some(from) => format!(
            "entries 1 to {} plain SHA-256, written before the register was encrypted; keyed from entry {from} with {KEYED}: rewriting entry {from} or a later one needs the passphrase",
            from - 1
        ),
    }
}

/// One timeline entry: when, who, what (a step with its effective date and details,
/// a change with the fields it changed, a note).
fn timeline_line(out: &mut impl Write, e: &TimelineEntry) -> Result<()> {
    let at = e.at.format("%Y-%m-%d %H:%M");
    let who = e.actor.as_deref().map(|a| format!(" ({a})")).unwrap_or_default();
    let what = match &e.item {
        TimelineItem::Note { text } => format!("note: {text}"),
        TimelineItem::Clock { kind, on, details, .. } => {
            let details: Vec<String> = details.iter().map(|(k, v)| format!("{}: {v}", k.replace('_', " "))).collect();
            let tail = if details.is_empty() { String::new() } else { format!(" ({})", details.join("; ")) };
            format!("{} on {on}{tail}", kind.replace('-', " "))
        }
        TimelineItem::Change { action, changes } => {
            let fields: Vec<String> = changes.iter().map(|c| c.describe("-")).collect();
            if fields.is_empty() { action.clone() } else { format!("{action}: {}", fields.join("; ")) }
        }
    };
    writeln!(out, "  {at}{who}  {}", what.replace('\n', " "))?;
    Ok(())
}

fn date_line(out: &mut impl Write, label: &str, value: Option<chrono::NaiveDate>, steps: &[String]) -> Result<()> {
    if let Some(v) = value {
        writeln!(out, "{label:<11} {v}")?;
        for s in steps {
            writeln!(out, "              · {s}")?;
        }
    }
    Ok(())
}

/// What intake found, for the DPO to confirm: the header the date came from,
/// the phrases that decided each right, the regime suggestion, duplicates.
fn intake_lines(out: &mut impl Write, intake: &serde_json::Value) -> Result<()> {
    if let (Some(at), Some(from)) = (intake["received_at"].as_str(), intake["received_from"].as_str()) {
        writeln!(out, "            arrived {at} (from the {})", from.replace('-', " "))?;
    }
    if let Some(note) = intake["received_note"].as_str() {
        writeln!(out, "            {note}")?;
    }
    for m in intake["classification"]["rights"].as_array().into_iter().flatten() {
        let phrases: Vec<&str> = m["phrases"].as_array().into_iter().flatten().filter_map(|p| p.as_str()).collect();
        writeln!(
            out,
            "Found:      {} ({:.0}%): \"{}\"",
            m["right"].as_str().unwrap_or("?"),
            m["confidence"].as_f64().unwrap_or(0.0) * 100.0,
            phrases.join("\", \"")
        )?;
    }
    if let Some(reason) = intake["regime_suggestion"]["reason"].as_str() {
        writeln!(
            out,
            "Regime suggested: {} ({reason})",
            intake["regime_suggestion"]["regime"].as_str().unwrap_or("?")
        )?;
    }
    Ok(())
}

/// "Erasure due 2027-01-15; Opt out of sale or sharing due 2026-12-22, answered: fulfilled".
pub fn rights_due_text(each: &[RightDue]) -> String {
    let due = |d: Option<chrono::NaiveDate>| d.map_or_else(|| "-".to_string(), |d| d.to_string());
    let answered = |r: &RightDue| r.answered.map(|o| format!(", answered: {o}")).unwrap_or_default();
    each.iter().map(|r| format!("{} due {}{}", r.right.label(), due(r.due), answered(r))).collect::<Vec<_>>().join("; ")
}

/// Each right on its own, where a request has several or one is answered:
/// its due date, and its answer or what it waits for.
fn right_lines(out: &mut impl Write, c: &CaseView) -> Result<()> {
    if c.case.kind == casebook_core::CaseKind::Complaint
        || (c.case.rights.len() < 2 && c.right_status.iter().all(|r| r.answer.is_none()))
    {
        return Ok(());
    }
    for r in &c.right_status {
        let due = r.due.map_or_else(|| "-".to_string(), |d| d.to_string());
        let state = match &r.answer {
            Some(a) => {
                let why = match (a.ground, a.detail.as_deref()) {
                    (Some(g), Some(d)) => format!(" (ground: {g}; {d})"),
                    (Some(g), None) => format!(" (ground: {g})"),
                    (None, Some(d)) if a.outcome == casebook_app::RightOutcome::Partly => format!(" (exemption: {d})"),
                    (None, Some(d)) => format!(" ({d})"),
                    (None, None) => String::new(),
                };
                format!("{} on {} by {}{why}", a.outcome.label().to_lowercase(), a.on, a.by)
            }
            None if r.waits_for_identity => "open, waits for identity".into(),
            None if c.case.closed_on.is_some() => "not answered on its own".into(),
            None if !r.needs_identity => "open, goes ahead without identity verification".into(),
            None => "open".into(),
        };
        writeln!(out, "Right:      {:<18} due {due:<10}  {state}", r.right.code())?;
        for k in &r.corrections {
            writeln!(out, "            corrected {} ({})", k.describe(), k.reason)?;
        }
    }
    Ok(())
}

/// The action log, one line per action and per recipient told.
pub fn action_lines(out: &mut impl Write, log: &casebook_app::ActionLog) -> Result<()> {
    for a in &log.actions {
        let why = match (a.ground.as_deref(), a.detail.as_deref()) {
            (Some(g), _) => format!(" (ground: {g})"),
            (None, Some(d)) => format!(" ({d})"),
            (None, None) => String::new(),
        };
        writeln!(out, "Action:     {} {}: {} {} by {}{why}", a.on, a.right, a.system, a.did, a.by)?;
    }
    for n in &log.notifications {
        let why = n.unlisted_reason.as_deref().map(|r| format!(" (not in the register: {r})")).unwrap_or_default();
        writeln!(out, "Notified:   {} {}: {} by {}{why}", n.on, n.right, n.recipient, n.by)?;
    }
    Ok(())
}

//! Intake: turning incoming emails into cases, or filing them on the case
//! they answer, with the original kept as evidence.
//!
//! Each message is handled on its own and in one transaction: a broken
//! message is reported with its file (and number in an mbox) and the others
//! still come in; nothing is half-written.

use std::fs::File;
use std::io::{BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

use casebook_core::classify::{Classification, extract_details, suggest_regime};
use casebook_core::{Channel, Location, NewCase, Reference, Regime, Requester, Right, Status};
use casebook_intake::language::classify_request;
use casebook_intake::{InputKind, IntakeError, MboxReader, ParsedMessage, parse_eml, parse_msg, sniff};
use casebook_store::{CaseRegister, Correspondence, IncomingMessage, IntakeRegister, ListQuery, NewDocument};
use chrono::NaiveDate;
use serde::Serialize;

use crate::steps::StepBook;
use crate::{Casebook, Result};

/// What happened to one message.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ImportOutcome {
    /// The file the message came from (its name only).
    pub file: String,
    /// The message's number in an mbox (1-based).
    pub message: Option<usize>,
    #[serde(flatten)]
    pub result: ImportResult,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "outcome", rename_all = "kebab-case")]
pub enum ImportResult {
    /// A new case was opened.
    Created {
        reference: String,
        status: Status,
        rights: Vec<Right>,
        regime: Regime,
        due: Option<NaiveDate>,
        language: Option<String>,
        /// Open cases of the same requester, flagged and linked, not merged.
        duplicate_of: Vec<String>,
    },
    /// The message answers an existing case and was filed on it.
    Filed {
        reference: String,
        reason: String,
    },
    /// Already imported earlier (same Message-ID or same bytes).
    Skipped {
        reference: String,
        reason: String,
    },
    Failed {
        error: String,
    },
}

/// The note on a case whose requester seems to write for someone else.
fn on_behalf_note(b: &casebook_core::classify::OnBehalf) -> String {
    format!(
        "the requester seems to write as a {} for someone else ({}): record the data subject with `case update REF --subject-name NAME --relationship {}` and, for a child, --subject-birth-date or --subject-child",
        b.relationship.label().to_lowercase(),
        b.phrases.iter().map(|p| format!("\"{p}\"")).collect::<Vec<_>>().join(", "),
        b.relationship.code()
    )
}

/// The message as the store keeps it: the correspondence, its original as
/// evidence and its attachments (named `names`, cleaned).
fn incoming_message<'a>(
    msg: &'a ParsedMessage,
    names: &'a [Option<String>],
    file: &'a str,
    content_type: &'a str,
    at: chrono::DateTime<chrono::Utc>,
) -> IncomingMessage<'a> {
    IncomingMessage {
        correspondence: Correspondence {
            id: 0,
            direction: "in".into(),
            channel: Channel::Email.code().into(),
            at,
            subject: Some(msg.subject.clone()).filter(|s| !s.is_empty()),
            body_text: Some(msg.text_body.clone()),
            message_id: msg.message_id.clone(),
            sha256: None,
        },
        original: NewDocument {
            bytes: &msg.raw,
            content_type: Some(content_type),
            role: "evidence",
            file_name: Some(file),
        },
        attachments: msg
            .attachments
            .iter()
            .zip(names)
            .map(|(a, name)| NewDocument {
                bytes: &a.bytes,
                content_type: Some(a.content_type.as_str()),
                role: "attachment",
                file_name: name.as_deref(),
            })
            .collect(),
    }
}

/// The note that offers to open a complaint, when the message reads as one.
fn complaint_note(classification: &Classification) -> Option<String> {
    if classification.kind != casebook_core::classify::MessageKind::Complaint {
        return None;
    }
    let phrases: Vec<&str> = classification.rights.iter().flat_map(|m| m.phrases.iter().map(String::as_str)).collect();
    Some(format!(
        "this message reads as a complaint{}: if it complains to us about how the person's data was handled (UK DPA 2018 s.164A), open it as a complaint with `casebook complaint new --concerns REF …`, which must be acknowledged within 30 days; if it is a copy of a complaint to a regulator, keep it on the request it concerns",
        if phrases.is_empty() { String::new() } else { format!(" (\"{}\")", phrases.join("\", \"")) }
    ))
}

/// The received date (the message's own day in the organisation's time
/// zone, `day`), with a note when it had no date or claims a future one.
fn received_date(day: NaiveDate, dated: bool, today: NaiveDate) -> (NaiveDate, Option<String>) {
    if !dated {
        let note = "no Received: or Date: header: the received date is the import day; correct it with `casebook case received`";
        (day, Some(note.to_string()))
    } else if day > today {
        (
            today,
            Some(format!("the message claims to arrive on {day}, after today: the received date is today; check it")),
        )
    } else {
        (day, None)
    }
}

/// The requester as the message tells it: the Reply-To and From addresses,
/// the sender's name (else the one the text gives, else the address's
/// local part), and the details found in the text.
fn requester_of(msg: &ParsedMessage, details: casebook_core::classify::ExtractedDetails) -> Requester {
    let mut emails: Vec<String> = Vec::new();
    for m in msg.reply_to.iter().chain(msg.from.iter()) {
        let a = m.address.trim().to_lowercase();
        if crate::input::looks_like_email(&a) && !emails.contains(&a) {
            emails.push(a);
        }
    }
    let name = msg
        .from
        .as_ref()
        .and_then(|m| m.name.clone())
        .or(details.name)
        .or_else(|| emails.first().map(|e| e.split('@').next().unwrap_or(e).to_string()))
        .map(|n| n.trim().to_string())
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| "Unknown sender".to_string());
    Requester {
        name,
        emails,
        postal_address: details.postal_address,
        phone: details.phone,
        customer_ids: details.customer_ids,
        date_of_birth: details.date_of_birth,
    }
}

impl ImportOutcome {
    pub fn failed(&self) -> bool {
        matches!(self.result, ImportResult::Failed { .. })
    }
}

/// Counts of an import so far (the app's progress after each message).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ImportCounts {
    pub done: u32,
    pub created: u32,
    pub filed: u32,
    pub skipped: u32,
    pub failed: u32,
    /// The file being read.
    pub file: String,
}

impl ImportCounts {
    /// Counts one more message.
    pub fn count(&mut self, o: &ImportOutcome) {
        self.done += 1;
        self.file.clone_from(&o.file);
        match o.result {
            ImportResult::Created { .. } => self.created += 1,
            ImportResult::Filed { .. } => self.filed += 1,
            ImportResult::Skipped { .. } => self.skipped += 1,
            ImportResult::Failed { .. } => self.failed += 1,
        }
    }
}

/// The end of an import: the counts, every outcome except plain skips
/// (already imported: counted, not listed), and whether it was cancelled.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ImportReport {
    pub counts: ImportCounts,
    pub outcomes: Vec<ImportOutcome>,
    pub cancelled: bool,
}

impl ImportReport {
    pub fn new(counts: ImportCounts, outcomes: Vec<ImportOutcome>, cancelled: bool) -> ImportReport {
        let outcomes = outcomes.into_iter().filter(|o| !matches!(o.result, ImportResult::Skipped { .. })).collect();
        ImportReport { counts, outcomes, cancelled }
    }
}

/// A `[CB-2026-0042]`-style reference in a subject line.
fn reference_in(subject: &str) -> Option<Reference> {
    let upper = subject.to_ascii_uppercase();
    upper.match_indices("CB-").find_map(|(i, _)| {
        let tail: String = upper[i..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-').collect();
        Reference::parse(&tail).ok()
    })
}

/// A location that can carry a regime when the organisation's own cannot.
fn default_location(regime: Regime, org: &Location) -> Option<Location> {
    let code = match regime {
        Regime::Ccpa => "US-CA",
        Regime::UsState => "US",
        Regime::Lgpd => "BR",
        Regime::Pipeda => "CA",
        Regime::Fadp => "CH",
        Regime::Popia => "ZA",
        Regime::AuApp => "AU",
        Regime::UkGdpr if org.country() != "GB" => "GB-ENG",
        _ => return Some(org.clone()),
    };
    Location::parse(code).ok()
}

/// A sender's file name is metadata: keep it printable and short.
fn clean_file_name(name: &str) -> String {
    name.chars().filter(|c| !c.is_control()).take(255).collect()
}

/// What a message's text says: its request and the requester's details.
type Said = (Classification, casebook_core::classify::ExtractedDetails);

fn what_it_says(msg: &ParsedMessage) -> Said {
    (classify_request(&msg.subject, &msg.text_body), extract_details(&msg.text_body))
}

/// The message's words as a register stores them: its text, subject,
/// ids, addresses and attachments' names and types without NUL characters
/// ([`crate::input::without_nul`]); its original is kept whole.
fn storable(mut msg: ParsedMessage) -> ParsedMessage {
    use crate::input::without_nul;
    without_nul(&mut msg.subject);
    without_nul(&mut msg.text_body);
    msg.message_id.iter_mut().chain(msg.in_reply_to.iter_mut()).for_each(without_nul);
    for m in msg.from.iter_mut().chain(msg.reply_to.iter_mut()) {
        m.name.iter_mut().for_each(without_nul);
        without_nul(&mut m.address);
    }
    for a in &mut msg.attachments {
        without_nul(&mut a.content_type);
        a.file_name.iter_mut().for_each(without_nul);
    }
    msg
}

/// How many threads read an mbox's messages ahead of the one storing them:
/// with two, reading (mostly language detection) no longer holds the import
/// back on a machine of two cores.
const READERS: usize = 2;

/// How many messages each queue of an mbox import holds: enough that a slow
/// message (a large attachment, a long text) on one reader does not stop the
/// other and the storing thread while it is read.
const QUEUED: usize = 16;

/// A parsed message and, when read ahead on the reading thread of an mbox
/// import, what its text says; otherwise that is worked out only for a
/// message that opens a case (not for one already imported or filed).
struct ReadMessage {
    msg: ParsedMessage,
    said: Option<Said>,
}

impl ReadMessage {
    fn ahead(msg: ParsedMessage) -> ReadMessage {
        let msg = storable(msg);
        let said = Some(what_it_says(&msg));
        ReadMessage { msg, said }
    }
}

impl Casebook {
    /// Files one parsed message: skipped if already in, filed on the case it
    /// answers, else opened as a new case.
    pub fn import_message(&self, msg: ParsedMessage, file: &str, content_type: &str) -> Result<ImportResult> {
        import_read(self, ReadMessage { msg, said: None }, file, content_type)
    }

    /// Corrects a case's received date (a letter logged late, a wrong
    /// header), with the reason, audited; the dates are recomputed.
    pub fn correct_received(&self, reference: &str, on: NaiveDate, reason: &str) -> Result<crate::CaseView> {
        crate::cases::correct_received(self, reference, on, reason)
    }
}

/// Imports every message in `paths`: `.eml` and `.msg` files, `.mbox`
/// files (streamed) and folders of them, on either register. `progress`
/// sees each outcome as it happens (the app shows a progress bar with it).
/// Stops before the next message once `cancel` is set (the app's Cancel
/// button). Every message filed before stays filed: each one is its own
/// transaction.
pub(crate) fn import_paths_until<B: StepBook + ?Sized>(
    book: &B,
    paths: &[PathBuf],
    progress: &mut dyn FnMut(&ImportOutcome),
    cancel: &AtomicBool,
) -> Vec<ImportOutcome>
where
    B::Register: IntakeRegister,
{
    let mut out = Vec::new();
    let mut emit = |o: ImportOutcome| {
        progress(&o);
        out.push(o);
    };
    for path in paths {
        if cancel.load(Ordering::Relaxed) {
            break;
        }
        if path.is_dir() {
            let mut files: Vec<PathBuf> = match std::fs::read_dir(path) {
                Ok(entries) => entries.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.is_file()).collect(),
                Err(e) => {
                    emit(failure(path, None, format!("cannot read folder: {e}")));
                    continue;
                }
            };
            files.sort();
            for f in files {
                if cancel.load(Ordering::Relaxed) {
                    break;
                }
                import_file(book, &f, &mut emit, cancel);
            }
        } else {
            import_file(book, path, &mut emit, cancel);
        }
    }
    out
}

fn import_file<B: StepBook + ?Sized>(book: &B, path: &Path, emit: &mut dyn FnMut(ImportOutcome), cancel: &AtomicBool)
where
    B::Register: IntakeRegister,
{
    let name = file_label(path);
    let mut file = match File::open(path) {
        Ok(f) => f,
        Err(e) => return emit(failure(path, None, format!("cannot open: {e}"))),
    };
    let mut head = [0u8; 4096];
    let n = read_up_to(&mut file, &mut head);
    let kind = sniff(&name, &head[..n]);
    match kind {
        Some(InputKind::Mbox) => {
            let file = match File::open(path) {
                Ok(f) => f,
                Err(e) => return emit(failure(path, None, format!("cannot open: {e}"))),
            };
            import_mbox(book, file, &name, emit, cancel);
        }
        Some(kind) => {
            let mut bytes = head[..n].to_vec();
            let limit = casebook_intake::MAX_MESSAGE_BYTES as u64;
            if let Err(e) = (&mut file).take(limit + 1).read_to_end(&mut bytes) {
                return emit(failure(path, None, format!("cannot read: {e}")));
            }
            if bytes.len() as u64 > limit {
                return emit(failure(path, None, format!("larger than {} MB: not imported", limit / 1_000_000)));
            }
            let (parsed, content_type) = match kind {
                InputKind::Msg => (parse_msg(&bytes), "application/vnd.ms-outlook"),
                _ => (parse_eml(&bytes), "message/rfc822"),
            };
            let result = parsed.map_err(|e| e.to_string()).and_then(|m| {
                import_read(book, ReadMessage { msg: m, said: None }, &name, content_type).map_err(|e| e.to_string())
            });
            emit(outcome(&name, None, result));
        }
        None => emit(failure(path, None, "not an email (.eml), mailbox (.mbox) or Outlook message (.msg)".into())),
    }
}

/// The messages of an mbox, stored in order on this thread while
/// [`READERS`] others work out what each says (telling its language is
/// most of a message's time, as much as storing it): the file's reader
/// hands message 1 to the first, 2 to the second, 3 to the first… and
/// they are taken back in the same turn, so the order is the file's.
/// Short queues ([`QUEUED`] messages each) keep memory flat; dropping them (cancel) stops the others.
fn import_mbox<B: StepBook + ?Sized>(
    book: &B,
    file: File,
    name: &str,
    emit: &mut dyn FnMut(ImportOutcome),
    cancel: &AtomicBool,
) where
    B::Register: IntakeRegister,
{
    std::thread::scope(|scope| {
        let (mut to_readers, mut from_readers) = (Vec::new(), Vec::new());
        for _ in 0..READERS {
            let (to, inbox) = std::sync::mpsc::sync_channel::<std::result::Result<ParsedMessage, IntakeError>>(QUEUED);
            let (outbox, from) = std::sync::mpsc::sync_channel(QUEUED);
            scope.spawn(move || {
                for msg in inbox {
                    if outbox.send(msg.map(ReadMessage::ahead)).is_err() {
                        break;
                    }
                }
            });
            to_readers.push(to);
            from_readers.push(from);
        }
        scope.spawn(move || {
            for (i, msg) in MboxReader::new(BufReader::new(file)).enumerate() {
                if to_readers[i % READERS].send(msg).is_err() {
                    break;
                }
            }
        });
        for i in 0.. {
            // A reader with nothing more means the file has ended: the
            // message after the last one would have been its.
            let Ok(msg) = from_readers[i % READERS].recv() else { break };
            if cancel.load(Ordering::Relaxed) {
                break;
            }
            let result = msg
                .map_err(|e| e.to_string())
                .and_then(|m| import_read(book, m, name, "message/rfc822").map_err(|e| e.to_string()));
            emit(outcome(name, Some(i + 1), result));
        }
    });
}

fn import_read<B: StepBook + ?Sized>(
    book: &B,
    read: ReadMessage,
    file: &str,
    content_type: &str,
) -> Result<ImportResult>
where
    B::Register: IntakeRegister,
{
    let ReadMessage { msg, said } = read;
    let msg = storable(msg);
    let rules = book.rules()?;
    let org = rules.organisation.clone().ok_or(crate::Error::NotInitialised)?;
    // Bind each lookup before using the store again: a guard held in an
    // `if let` or `match` scrutinee would be held across the arm.
    let already = book.register().message_already_filed(msg.message_id.as_deref(), &msg.sha256)?;
    if let Some(case) = already {
        let reference = book.register().case_with_version(case)?.0.reference.to_string();
        return Ok(ImportResult::Skipped { reference, reason: "already imported".into() });
    }
    let tz = crate::organisation::time_zone(&org.time_zone)?;
    let now = book.stamp().at;
    let today = now.with_timezone(&tz).date_naive();
    let at = msg.received_at.map(|(at, _)| at).unwrap_or(now);
    let names: Vec<Option<String>> =
        msg.attachments.iter().map(|a| a.file_name.as_deref().map(clean_file_name)).collect();
    let incoming = incoming_message(&msg, &names, file, content_type, at);

    if let Some(filed) = file_on_its_case(book, &msg, &incoming)? {
        return Ok(filed);
    }

    let (classification, details) = said.unwrap_or_else(|| what_it_says(&msg));
    let mut notes: Vec<String> = complaint_note(&classification).into_iter().collect();

    let (received, received_note) = received_date(at.with_timezone(&tz).date_naive(), msg.received_at.is_some(), today);

    let mut rights: Vec<Right> = classification.rights.iter().map(|m| m.right).collect();
    if rights.is_empty() {
        rights.push(Right::Other);
    }
    let suggestion = suggest_regime(org.default_regime, classification.regime_hint.as_ref(), None);
    let status = if classification.is_request { Status::Received } else { Status::NeedsTriage };

    let mut new = NewCase {
        kind: casebook_core::CaseKind::Request,
        concerns: None,
        requester: requester_of(&msg, details),
        data_subject: None,
        subject_category: None,
        channel: Channel::Email,
        received,
        received_at: msg.received_at.map(|(at, _)| at),
        rights,
        regime: suggestion.regime,
        location: default_location(suggestion.regime, &org.default_location)
            .unwrap_or_else(|| org.default_location.clone()),
        // The bare ISO 639-1 code ("pt", not "pt-BR"): letter templates exist per language.
        language: classification.language.as_deref().and_then(|l| l.split('-').next()).map(str::to_string),
        status,
        intake: None,
    };
    // A suggestion the engine cannot compute (EU GDPR for a controller
    // located outside the EU, say) falls back to the organisation's default.
    let due_of = |new: &NewCase| crate::dates::statutory_due(new, &rules.policy, &rules.calendars, today);
    let due = match due_of(&new) {
        Ok(due) => due,
        Err(e) => {
            notes.push(format!(
                "regime {} was suggested ({}) but cannot be used here ({e}): the case uses the organisation's default; confirm the regime",
                suggestion.regime, suggestion.reason
            ));
            new.regime = org.default_regime;
            new.location = org.default_location.clone();
            due_of(&new)?
        }
    };

    let duplicate_of = open_cases_of(book, &new.requester)?;
    if !duplicate_of.is_empty() {
        notes.push(format!("possible duplicate of {}: same requester with an open case", duplicate_of.join(", ")));
    }
    if let Some(n) = received_note.clone() {
        notes.push(n);
    }
    if let Some(b) = &classification.on_behalf {
        notes.push(on_behalf_note(b));
    }
    new.intake = Some(intake_record(&msg, file, &classification, &suggestion, &duplicate_of, received_note));

    let stamp = book.stamp();
    let case = book.register().open_case_from_message(&new, due, &incoming, &notes, stamp)?;
    Ok(ImportResult::Created {
        reference: case.reference.to_string(),
        status: case.status,
        rights: case.rights,
        regime: case.regime,
        due: case.due,
        language: case.language,
        duplicate_of,
    })
}

/// A reply (In-Reply-To/References) or a message naming its case, filed
/// on that case; None when it answers no case of the register.
fn file_on_its_case<B: StepBook + ?Sized>(
    book: &B,
    msg: &ParsedMessage,
    incoming: &IncomingMessage<'_>,
) -> Result<Option<ImportResult>>
where
    B::Register: IntakeRegister,
{
    let replied_to = book.register().case_of_message(&msg.in_reply_to)?;
    let threaded = match replied_to {
        Some(case) => Some((case, "reply to a message on the case")),
        None => reference_in(&msg.subject).and_then(|r| {
            let named = book.register().case_by_reference(r).ok();
            named.map(|c| (c.id, "case reference in the subject"))
        }),
    };
    if let Some((case, reason)) = threaded {
        let stamp = book.stamp();
        book.register().file_message(case, incoming, stamp)?;
        let reference = book.register().case_with_version(case)?.0.reference.to_string();
        return Ok(Some(ImportResult::Filed { reference, reason: reason.into() }));
    }
    Ok(None)
}

/// Open cases of the same person: the same email address, or the same
/// name and postal address.
fn open_cases_of<B: StepBook + ?Sized>(book: &B, who: &Requester) -> Result<Vec<String>>
where
    B::Register: IntakeRegister,
{
    let mut store = book.register();
    let mut ids = Vec::new();
    for email in &who.emails {
        ids.extend(store.open_cases_with_email(email)?);
    }
    if let Some(address) = &who.postal_address {
        let norm = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
        let q = ListQuery { text: Some(who.name.clone()), open_only: true, limit: Some(50), ..Default::default() };
        for row in store.list_cases(&q)? {
            let other = store.case_with_version(row.id)?.0;
            let same = other.requester.name.eq_ignore_ascii_case(&who.name)
                && other.requester.postal_address.as_deref().is_some_and(|a| norm(a) == norm(address));
            if same {
                ids.push(row.id);
            }
        }
    }
    ids.sort();
    ids.dedup();
    ids.into_iter().map(|id| Ok(store.case_with_version(id)?.0.reference.to_string())).collect()
}

fn intake_record(
    msg: &ParsedMessage,
    file: &str,
    classification: &Classification,
    suggestion: &casebook_core::classify::RegimeSuggestion,
    duplicate_of: &[String],
    received_note: Option<String>,
) -> serde_json::Value {
    serde_json::json!({
        "file": file,
        "message_id": msg.message_id,
        "sha256": msg.sha256,
        "received_at": msg.received_at.map(|(at, _)| at),
        "received_from": msg.received_at.map(|(_, source)| source),
        "received_note": received_note,
        "classification": classification,
        "regime_suggestion": suggestion,
        "duplicate_of": duplicate_of,
        "html_sent": msg.html_body_sanitised.is_some(),
        "attachments": msg.attachments.len(),
    })
}

fn file_label(path: &Path) -> String {
    path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| path.display().to_string())
}

fn read_up_to(file: &mut File, buf: &mut [u8]) -> usize {
    let mut n = 0;
    while n < buf.len() {
        match file.read(&mut buf[n..]) {
            Ok(0) | Err(_) => break,
            Ok(k) => n += k,
        }
    }
    n
}

fn failure(path: &Path, message: Option<usize>, error: String) -> ImportOutcome {
    ImportOutcome { file: file_label(path), message, result: ImportResult::Failed { error } }
}

fn outcome(file: &str, message: Option<usize>, result: std::result::Result<ImportResult, String>) -> ImportOutcome {
    ImportOutcome {
        file: file.to_string(),
        message,
        result: result.unwrap_or_else(|error| ImportResult::Failed { error }),
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use std::sync::atomic::AtomicBool;

    use chrono::{TimeZone, Utc};

    use crate::progress::cancel_at_call;
    use crate::{CaseQuery, Casebook, IntakeBook, OrganisationInput};

    #[test]
    fn progress_counts_each_kind_of_outcome_and_the_report_lists_all_but_skips() {
        use crate::{ImportCounts, ImportOutcome, ImportReport, ImportResult};
        let outcome = |result| ImportOutcome { file: "inbox.mbox".into(), message: Some(3), result };
        let outcomes = vec![
            outcome(ImportResult::Failed { error: "no From header".into() }),
            outcome(ImportResult::Filed { reference: "CB-2026-0001".into(), reason: "reply".into() }),
            outcome(ImportResult::Skipped { reference: "CB-2026-0001".into(), reason: "again".into() }),
        ];
        let mut counts = ImportCounts::default();
        outcomes.iter().for_each(|o| counts.count(o));
        assert_eq!((counts.done, counts.created, counts.filed, counts.skipped, counts.failed), (3, 0, 1, 1, 1));
        assert_eq!(counts.file, "inbox.mbox");
        let report = ImportReport::new(counts, outcomes, false);
        assert_eq!(report.outcomes.len(), 2, "plain skips are counted, not listed");
    }

    /// `dir/name`: an mbox of `count` synthetic requests (see [`crate::write_synthetic_mbox`]).
    pub(crate) fn synthetic_mbox(dir: &std::path::Path, name: &str, count: usize, seed: u64) -> std::path::PathBuf {
        let mbox = dir.join(name);
        let mut bytes = Vec::new();
        crate::write_synthetic_mbox(&mut bytes, count, seed).unwrap();
        std::fs::write(&mbox, bytes).unwrap();
        mbox
    }

    /// An in-memory register with an organisation, at 2026-12-01 10:00 UTC (other modules' tests use it too).
    pub(crate) fn casebook() -> Casebook {
        organised(
            Casebook::in_memory(Box::new(|| Utc.with_ymd_and_hms(2026, 12, 1, 10, 0, 0).unwrap()), "dpo").unwrap(),
        )
    }

    /// `book` with the organisation of [`casebook`] (Acme Ltd, UK GDPR, England).
    pub(crate) fn organised(book: Casebook) -> Casebook {
        book.set_organisation(OrganisationInput {
            name: Some("Acme Ltd".into()),
            default_regime: Some("uk-gdpr".into()),
            default_location: Some("GB-ENG".into()),
            time_zone: Some("Europe/London".into()),
            ..Default::default()
        })
        .unwrap();
        book
    }

    #[test]
    fn a_cancelled_import_stops_before_the_next_message_and_keeps_what_came_in() {
        let dir = tempfile::tempdir().unwrap();
        let mbox = synthetic_mbox(dir.path(), "inbox.mbox", 10, 7);
        let book = casebook();
        let cancel = AtomicBool::new(false);
        let outcomes = book.import_paths_until(&[mbox.clone(), mbox], &mut cancel_at_call(3, &cancel), &cancel);
        assert_eq!(outcomes.len(), 3, "{outcomes:?}");
        assert!(outcomes.iter().all(|o| o.message.is_some() && !o.failed()), "{outcomes:?}");
        let today = book.today().unwrap();
        let filed = book.list_cases(&CaseQuery::default(), today).unwrap().len();
        let created = outcomes.iter().filter(|o| matches!(o.result, super::ImportResult::Created { .. })).count();
        assert_eq!(filed, created);
    }

    #[test]
    fn an_uncancelled_import_reads_every_message() {
        let dir = tempfile::tempdir().unwrap();
        let mbox = synthetic_mbox(dir.path(), "inbox.mbox", 6, 3);
        let outcomes = casebook().import_paths(&[mbox], &mut |_| {});
        assert_eq!(outcomes.len(), 6);
    }
}

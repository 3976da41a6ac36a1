//! The case evidence pack: one PDF telling a regulator (or an internal
//! audit) everything the register knows about a case: the summary, each
//! date with how it was computed, the identity decision and its rationale,
//! the timeline, the documents and letters with their SHA-256, the systems
//! searched (or not, and why) with the exports imported from them, the
//! redaction schedule (never sent to the person), and whether the audit
//! chain verifies.
//!
//! The pack is a list of [`Section`]s printed by `casebook-render`'s
//! document layout. A later feature adds its part with one call in
//! [`EvidenceBook`]'s `gather_sections`, e.g.
//! `sections.push(self.search_log_section(&case)?)`, where the function
//! returns a `Section::new("Systems searched").table(…)`.
//!
//! Making a pack is recorded: the PDF is stored on the case as a document
//! of role `evidence-pack`, so the audit log holds its hash and instant.
//! [`EvidenceBook::evidence_pack_until`] reports progress (sections gathered,
//! sections laid out, the PDF written) and can be cancelled until the PDF is
//! stored; a cancelled pack records nothing.

use std::path::Path;
use std::sync::atomic::AtomicBool;

use casebook_core::Case;
use casebook_core::data::RedactionReason;
use casebook_render::document::{Document, Section, print_document_with};
use casebook_store::{CaseRegister, DataRegister, IntakeRegister, LetterRegister, NewDocument};
use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

use crate::letters::LetterDesk;
use crate::lifecycle::Rules;
use crate::progress::{ExportPhase, ExportProgress, ProgressUnit, Tracker};
use crate::steps::StepBook;
use crate::{CaseView, DataBook, DataSaid, Error, ExportedFile, Result, TimelineEntry, TimelineItem, write_atomically};

/// The sections of the pack, in order, as the progress names them while
/// gathering them.
const SECTIONS: [&str; 8] = [
    "Case summary",
    "Dates",
    "Identity decision",
    "Timeline",
    "Documents",
    "Systems searched",
    "Redaction schedule",
    "Audit chain",
];

/// The document role an evidence pack is stored under.
pub const EVIDENCE_ROLE: &str = "evidence-pack";

/// An evidence pack, made and recorded on its case.
#[derive(Debug, Clone, Serialize)]
pub struct EvidencePack {
    pub reference: String,
    pub file_name: String,
    pub pages: usize,
    /// SHA-256 of the PDF, as stored on the case.
    pub sha256: String,
    pub timeline_entries: usize,
    /// The audit chain's state when the pack was made.
    pub audit_intact: bool,
    #[serde(skip)]
    pub pdf: Vec<u8>,
}

fn instant(at: DateTime<Utc>) -> String {
    at.format("%Y-%m-%d %H:%M UTC").to_string()
}

/// A stored RFC 3339 instant as the pack prints instants (left as stored if
/// it does not parse).
fn stored_instant(at: &str) -> String {
    DateTime::parse_from_rfc3339(at).map(|t| instant(t.with_timezone(&Utc))).unwrap_or_else(|_| at.to_string())
}

fn or_dash(v: Option<String>) -> String {
    v.filter(|s| !s.trim().is_empty()).unwrap_or_else(|| "—".to_string())
}

fn date(d: Option<NaiveDate>) -> String {
    d.map(|d| d.to_string()).unwrap_or_else(|| "—".to_string())
}

/// A timeline entry as a table row: when, who, what, detail.
fn timeline_row(e: &TimelineEntry) -> Vec<String> {
    let (what, detail) = match &e.item {
        TimelineItem::Note { text } => ("note".to_string(), text.clone()),
        TimelineItem::Clock { kind, on, details, .. } => {
            let detail: Vec<String> = details.iter().map(|(k, v)| format!("{k}: {v}")).collect();
            (format!("{kind} (effective {on})"), detail.join("\n"))
        }
        TimelineItem::Change { action, changes } => {
            let detail: Vec<String> = changes.iter().map(|c| c.describe("—")).collect();
            (action.clone(), detail.join("\n"))
        }
    };
    vec![e.at.format("%Y-%m-%d %H:%M").to_string(), or_dash(e.actor.clone()), what, detail]
}

/// The evidence pack, on either register: what front ends call on a
/// [`crate::Casebook`] or a [`crate::TeamBook`].
pub trait EvidenceBook {
    /// Makes the evidence pack of a case as of `today` and records it on the case.
    fn evidence_pack(&self, reference: &str, today: NaiveDate) -> Result<EvidencePack> {
        self.evidence_pack_until(reference, today, &mut |_| {}, &AtomicBool::new(false))
    }

    /// Makes the evidence pack (recorded on the case) and writes its PDF to
    /// `out` atomically (a file already there is replaced: the app's save
    /// dialog has asked first).
    fn write_evidence_pack(
        &self,
        reference: &str,
        out: &Path,
        progress: &mut dyn FnMut(&ExportProgress),
        cancel: &AtomicBool,
    ) -> Result<ExportedFile>;

    /// [`EvidenceBook::evidence_pack`] showing its progress to `progress` and
    /// stopping with [`Error::Cancelled`] at the next section once `cancel`
    /// is set, recording nothing. Once the PDF is stored it completes.
    fn evidence_pack_until(
        &self,
        reference: &str,
        today: NaiveDate,
        progress: &mut dyn FnMut(&ExportProgress),
        cancel: &AtomicBool,
    ) -> Result<EvidencePack>;
}

impl<B: LetterDesk<Register: IntakeRegister + DataRegister>> EvidenceBook for B {
    /// Makes the evidence pack (recorded on the case) and writes its PDF to
    /// `out` atomically (a file already there is replaced: the app's save
    /// dialog has asked first).
    fn write_evidence_pack(
        &self,
        reference: &str,
        out: &Path,
        progress: &mut dyn FnMut(&ExportProgress),
        cancel: &AtomicBool,
    ) -> Result<ExportedFile> {
        let pack = self.evidence_pack_until(reference, StepBook::today(self)?, progress, cancel)?;
        write_atomically(out, &pack.pdf).map_err(|e| {
            Error::refused(DataSaid::EvidencePackNotWritten { path: out.display().to_string(), detail: e.to_string() })
        })?;
        let size = pack.pdf.len() as u64;
        Ok(ExportedFile { file: out.to_path_buf(), sha256: pack.sha256, size, encrypted: false })
    }

    fn evidence_pack_until(
        &self,
        reference: &str,
        today: NaiveDate,
        progress: &mut dyn FnMut(&ExportProgress),
        cancel: &AtomicBool,
    ) -> Result<EvidencePack> {
        let n = SECTIONS.len() as u64;
        let mut tracker = Tracker::new(
            ExportProgress {
                phase: ExportPhase::Gathering,
                item: String::new(),
                count: 0,
                of: n,
                unit: ProgressUnit::Sections,
                done: 0,
                // Each section gathered and laid out, the PDF written, and stored.
                total: 2 * n + 2,
            },
            progress,
            cancel,
        );
        tracker.check()?;
        let org = crate::letters::require_organisation(self)?;
        let case = crate::lifecycle::case(&mut *self.register(), reference)?;
        let view = self.view_with(case.clone(), &Rules { today, ..self.rules()? })?;
        let sections = gather_sections(self, &case, &view, &mut tracker)?;
        let audit_intact = self.register().verify_audit()?.is_intact();
        let anchor = self.register().audit_anchor()?;
        let now = self.stamp().at;
        let reference = view.case.reference;
        let document = Document {
            title: format!("Evidence pack: case {reference}"),
            subtitle: vec![
                format!("{}: request by {} received {}", org.name, view.case.requester.name, view.case.received),
                format!("Made on {} by {} with Casebook, from the case register.", instant(now), self.actor()),
            ],
            running_header: format!("Evidence pack · {reference} · {}", org.name),
            footer: format!("{reference} · made {}", instant(now)),
            author: org.name.clone(),
            subject: format!("{reference} evidence pack"),
            keywords: vec![anchor],
            sections,
        };
        let fonts = self.fallback_fonts()?;
        let file_name = format!("{reference}-evidence-pack.pdf");
        let headings: Vec<String> = document.sections.iter().map(|s| s.heading.clone()).collect();
        let printed = print_document_with(&document, now, &fonts, &mut |i, pages| {
            if i > 0 {
                tracker.state.done += 1;
            }
            match headings.get(i) {
                Some(h) => tracker.start(ExportPhase::LayingOut, h, i as u64 + 1, n, ProgressUnit::Sections).is_ok(),
                None => {
                    let pages = pages as u64;
                    tracker.start(ExportPhase::Saving, &file_name, pages, pages, ProgressUnit::Pages).is_ok()
                }
            }
        })
        .map_err(|e| Error::refused(DataSaid::EvidencePackNotMade { detail: e.to_string() }))?;
        let printed = printed.ok_or(Error::Cancelled)?;
        // The PDF is written; the last chance to stop before it is stored.
        tracker.state.count = printed.pages as u64;
        tracker.state.of = printed.pages as u64;
        tracker.step()?;
        let doc = NewDocument {
            bytes: &printed.pdf,
            content_type: Some("application/pdf"),
            role: EVIDENCE_ROLE,
            file_name: Some(&file_name),
        };
        tracker.check()?;
        // The point of no return: the pack is stored and audited.
        let stamp = self.stamp();
        let stored = self.register().attach_document(case.id, &doc, stamp)?;
        tracker.state.done += 1;
        tracker.show();
        Ok(EvidencePack {
            reference: reference.to_string(),
            file_name,
            pages: printed.pages,
            sha256: stored.sha256,
            timeline_entries: view.timeline.len(),
            audit_intact,
            pdf: printed.pdf,
        })
    }
}

/// The sections, one progress step (and cancel check) each; a section
/// added to the pack is added here and to [`SECTIONS`].
fn gather_sections<B: LetterDesk<Register: IntakeRegister + DataRegister>>(
    book: &B,
    case: &Case,
    view: &CaseView,
    tracker: &mut Tracker<'_>,
) -> Result<Vec<Section>> {
    let n = SECTIONS.len() as u64;
    let mut sections = Vec::with_capacity(SECTIONS.len());
    for (i, name) in SECTIONS.iter().enumerate() {
        tracker.start(ExportPhase::Gathering, name, i as u64 + 1, n, ProgressUnit::Sections)?;
        sections.push(match i {
            0 => summary_section(view),
            1 => dates_section(view),
            2 => identity_section(book, view)?,
            3 => timeline_section(view),
            4 => documents_section(view),
            5 => search_section(book, view)?,
            6 => redaction_section(book, view)?,
            _ => audit_section(book, case)?,
        });
        tracker.step()?;
    }
    Ok(sections)
}

fn identity_section<B: StepBook<Register: IntakeRegister>>(book: &B, view: &CaseView) -> Result<Section> {
    let reference = view.case.reference.to_string();
    let checks = crate::identity::identity_checks(book, &reference)?;
    let documents = crate::identity::identity_documents(book, &reference)?;
    let mut s = Section::new("Identity decision");
    if checks.is_empty() {
        s = s.paragraph("No identity decision has been recorded on this case.");
    }
    for (i, c) in checks.iter().enumerate() {
        if checks.len() > 1 {
            s = s.paragraph(format!("Check {} of {}", i + 1, checks.len()));
        }
        s = s.fields(vec![
            ("Outcome".into(), c.outcome.label().to_string()),
            ("Method".into(), c.method.label().to_string()),
            ("Suggested method".into(), c.suggested_method.label().to_string()),
            ("Why another method".into(), or_dash(c.override_reason.clone())),
            ("What was compared".into(), or_dash(c.compared.clone())),
            ("Rationale".into(), c.rationale.clone()),
            ("Decided by".into(), format!("{} on {}", c.decided_by, c.decided_on)),
            ("Recorded".into(), instant(c.recorded_at)),
        ]);
    }
    if !documents.is_empty() {
        let rows = documents
            .iter()
            .map(|d| {
                let state = match d.deleted_on {
                    Some(on) => format!("deleted on {on}"),
                    None if d.held => "held".to_string(),
                    None => "not held".to_string(),
                };
                vec![or_dash(d.file_name.clone()), format!("{} bytes\n{state}", d.size), d.sha256.clone()]
            })
            .collect();
        s = s
            .paragraph("Identity documents (their hash is kept after deletion):")
            .table(&[("File", 30.0), ("Size, state", 22.0), ("SHA-256", 118.0)], rows);
    }
    Ok(s)
}

/// The systems of the register searched for the person's data (and those
/// not searched, with why), then the exports imported from them.
fn search_section<B: StepBook<Register: DataRegister>>(book: &B, view: &CaseView) -> Result<Section> {
    let log = crate::processing::search_log_of(book, &view.case)?;
    let files = book.case_data(&view.case.reference.to_string(), 0, 0)?.files;
    let mut s = Section::new("Systems searched");
    if log.systems.is_empty() {
        s = s.paragraph(
            "The register of processing lists no system relevant to this requester, so no search was logged.",
        );
    } else {
        let rows = log
            .systems
            .iter()
            .map(|sys| {
                let system = format!("{}\n{}", sys.name, sys.system);
                match &sys.latest {
                    None => vec![system, "Not searched yet".into(), "—".into(), "—".into()],
                    Some(r) => {
                        let outcome = match (r.searched, r.result) {
                            (true, Some(result)) => format!("Searched: {}", result.label()),
                            _ => "Not searched".to_string(),
                        };
                        let why = [r.reason.clone(), r.note.clone()].into_iter().flatten().collect::<Vec<_>>();
                        vec![system, outcome, format!("{}\n{}", r.by, r.on), or_dash(Some(why.join("\n")))]
                    }
                }
            })
            .collect();
        s = s.table(&[("System", 45.0), ("Outcome", 35.0), ("By, on", 35.0), ("Reason, note", 75.0)], rows);
        s = s.paragraph(if log.unsearched.is_empty() {
            format!("Every relevant system has a record ({} entries in the search log in all).", log.history.len())
        } else {
            let ids: Vec<&str> = log.unsearched.iter().map(|id| id.as_str()).collect();
            format!(
                "Not yet searched, and no reason recorded: {}. The case cannot be answered until they are.",
                ids.join(", ")
            )
        });
    }
    s = action_log_part(s, &view.action_log);
    if files.is_empty() {
        return Ok(s.paragraph("No system's export has been imported on this case."));
    }
    let rows = files
        .iter()
        .map(|f| {
            vec![
                format!(
                    "{}: {} ({}), {}\n{} read, {} kept\nimported {} by {}",
                    f.system,
                    f.file_name,
                    f.format,
                    f.categories.join(", "),
                    f.records_read,
                    f.records_kept,
                    stored_instant(&f.imported_at),
                    f.imported_by
                ),
                f.sha256.clone(),
            ]
        })
        .collect();
    Ok(s.paragraph("Exports imported from the systems (records kept are those matching the requester):")
        .table(&[("System: file, categories, records", 52.0), ("SHA-256 of the file as imported", 118.0)], rows))
}

/// What was withheld from the person and why. It goes into the pack,
/// never into the portability package.
fn redaction_section<B: StepBook<Register: DataRegister>>(book: &B, view: &CaseView) -> Result<Section> {
    let schedule = book.redaction_schedule(&view.case.reference.to_string())?;
    let s = Section::new("Redaction schedule");
    if schedule.is_empty() {
        return Ok(s.paragraph("Nothing was withheld from the data given to the requester."));
    }
    let rows = schedule
        .iter()
        .map(|r| {
            let reason =
                r.reason.parse::<RedactionReason>().map(|x| x.label().to_string()).unwrap_or_else(|_| r.reason.clone());
            let reason = match &r.article {
                Some(a) => format!("{reason}\n{a}"),
                None => reason,
            };
            vec![
                format!("{}\n{}", r.system, r.target()),
                reason,
                r.note.clone(),
                format!("{}\n{}", r.actor, stored_instant(&r.at)),
            ]
        })
        .collect();
    Ok(s.paragraph(format!(
        "{} item(s) withheld from the response, each with its reason. This schedule is not sent to the requester.",
        schedule.len()
    ))
    .table(&[("System, item", 45.0), ("Reason", 40.0), ("Note", 65.0), ("By, at", 40.0)], rows))
}

fn audit_section<B: StepBook>(book: &B, case: &Case) -> Result<Section> {
    let report = book.register().verify_audit()?;
    let entries = book.register().audit_of_case(case.id)?;
    let verdict = if report.is_intact() {
        let live = if report.unchecked_cases.contains(&case.reference.to_string()) {
            "This case's rows were last changed before schema 9, or on a team register by an earlier Casebook, and are not checked against the log."
        } else if report.checked_cases == 0 {
            // A register holding this case checked no case's rows.
            "The stored rows are not checked against the log on this register."
        } else {
            "The stored rows of every case match what the log last recorded."
        };
        format!(
            "The audit log's hash chain verifies: all {} entries are intact, each linked to the one before, up to the recorded head {}. {live}",
            report.entries, report.head
        )
    } else if let Some(first) = report.first_broken {
        format!(
            "The audit log's hash chain does NOT verify: {} (first broken entry: {first}).",
            report.problem.clone().unwrap_or_default(),
        )
    } else {
        format!(
            "The audit log does NOT verify: {}. The facts below are as stored now, not as the log recorded them.",
            report.problem.clone().unwrap_or_default(),
        )
    };
    let mut s = Section::new("Audit chain")
        .paragraph(verdict)
        .fields(vec![("Entries on this case".to_string(), entries.len().to_string())]);
    if let Some(last) = entries.last() {
        s = s.table(
            &[("Latest entry on this case", 53.0), ("Its hash (SHA-256, chained)", 117.0)],
            vec![vec![format!("#{} at {}\n{}", last.id, stored_instant(&last.at), last.action), last.hash.clone()]],
        );
    }
    Ok(s.paragraph(
        "This pack is itself recorded on the case (document role evidence-pack) after this check, with its SHA-256.",
    ))
}

/// The action log: what was done per right and system, and who was told.
fn action_log_part(s: Section, log: &crate::ActionLog) -> Section {
    let s = if log.actions.is_empty() {
        s.paragraph("No action is recorded in the action log (nothing erased, kept, rectified or restricted).")
    } else {
        let rows = log
            .actions
            .iter()
            .map(|a| {
                let why = [a.ground.clone().map(|g| format!("Ground: {g}")), a.detail.clone()]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>();
                vec![
                    format!("{}\n{}", a.right.label(), a.system),
                    a.did.label().to_string(),
                    format!("{}\n{}", a.by, a.on),
                    or_dash(Some(why.join("\n"))),
                ]
            })
            .collect();
        s.paragraph("What was done, per right and system (the action log):")
            .table(&[("Right, system", 45.0), ("Done", 35.0), ("By, on", 35.0), ("Ground, detail", 75.0)], rows)
    };
    if log.notifications.is_empty() {
        return s.paragraph("No recipient is recorded as told of a change (Art. 19).");
    }
    let rows = log
        .notifications
        .iter()
        .map(|n| {
            vec![
                n.recipient.clone(),
                n.right.label().to_string(),
                format!("{}\n{}", n.by, n.on),
                or_dash(n.unlisted_reason.clone().map(|r| format!("Not in the register: {r}"))),
            ]
        })
        .collect();
    s.paragraph("Recipients told of the change (Art. 19):")
        .table(&[("Recipient", 45.0), ("Right", 35.0), ("By, on", 35.0), ("Note", 75.0)], rows)
}

fn summary_section(v: &CaseView) -> Section {
    let r = &v.case.requester;
    let mut fields = vec![
        ("Reference".to_string(), v.case.reference.to_string()),
        ("Status".into(), v.case.status.label().to_string()),
        ("Requester".into(), r.name.clone()),
        ("Email".into(), or_dash(Some(r.emails.join(", ")))),
        ("Postal address".into(), or_dash(r.postal_address.clone())),
        ("Customer ids".into(), or_dash(Some(r.customer_ids.join(", ")))),
    ];
    if let Some(s) = &v.case.data_subject {
        fields.push(("Data subject".into(), format!("{} ({})", s.name, s.relationship.label())));
    }
    fields.extend([
        ("Rights asked".into(), v.case.rights.iter().map(|r| r.label()).collect::<Vec<_>>().join(", ")),
        ("Law".into(), v.case.regime.label().to_string()),
        ("Location".into(), v.case.location.to_string()),
        ("Channel".into(), v.case.channel.label().to_string()),
        ("Received".into(), v.case.received.to_string()),
        ("Language".into(), or_dash(v.case.language.clone())),
        ("Outcome".into(), or_dash(v.case.outcome.map(|o| o.label().to_string()))),
    ]);
    // Each right's own answer (`case answer`), where the case is a request.
    if v.case.kind == casebook_core::CaseKind::Request {
        for r in &v.right_status {
            let state = match &r.answer {
                Some(a) => {
                    let why = match (a.ground, a.detail.as_deref()) {
                        (Some(g), Some(d)) => format!(". Ground: {}; {d}", g.label()),
                        (Some(g), None) => format!(". Ground: {}", g.label()),
                        (None, Some(d)) if a.outcome == casebook_core::answer::RightOutcome::Partly => {
                            format!(". Exemption: {d}")
                        }
                        (None, Some(d)) => format!(". Why: {d}"),
                        (None, None) => String::new(),
                    };
                    format!("{} on {} by {}{why}", a.outcome.label().to_lowercase(), a.on, a.by)
                }
                None => "not answered on its own".into(),
            };
            fields.push((format!("{} answered", r.right.label()), state));
            // Every earlier answer, with why it was corrected.
            for k in &r.corrections {
                fields.push((format!("{} corrected", r.right.label()), format!("{}. Why: {}", k.describe(), k.reason)));
            }
        }
    }
    fields.extend([
        ("Closed on".into(), date(v.case.closed_on)),
        ("Next action".into(), or_dash(v.next_action.as_ref().map(|n| n.text.clone()))),
        ("Logged".into(), instant(v.case.created_at)),
    ]);
    Section::new("Case summary").fields(fields)
}

fn dates_section(v: &CaseView) -> Section {
    let d = &v.deadlines;
    let clock = serde_json::to_value(d.clock).ok().and_then(|c| c.as_str().map(String::from));
    let mut rows = vec![vec!["Due".to_string(), date(d.due), d.steps.join("\n")]];
    if d.extended_due.is_some() || !d.extension_steps.is_empty() {
        rows.push(vec!["Extended due".into(), date(d.extended_due), d.extension_steps.join("\n")]);
    }
    if d.extension_notice_by.is_some() {
        rows.push(vec!["Extension notice by".into(), date(d.extension_notice_by), String::new()]);
    }
    if d.acknowledge_by.is_some() || !d.acknowledge_steps.is_empty() {
        rows.push(vec!["Acknowledge by".into(), date(d.acknowledge_by), d.acknowledge_steps.join("\n")]);
    }
    if d.house_target.is_some() || !d.house_target_steps.is_empty() {
        rows.push(vec!["Internal target".into(), date(d.house_target), d.house_target_steps.join("\n")]);
    }
    if d.rights.len() > 1 {
        for r in &d.rights {
            rows.push(vec![format!("Due for {}", r.right.label()), date(r.due), r.steps.join("\n")]);
        }
    }
    let mut s = Section::new("Dates and how each was computed")
        .fields(vec![
            ("Clock".into(), or_dash(clock)),
            ("Period runs from".into(), date(d.start)),
            ("Holiday calendar".into(), or_dash(d.calendar.clone())),
        ])
        .table(&[("Date", 30.0), ("Value", 22.0), ("How it was computed", 118.0)], rows);
    if !d.notes.is_empty() {
        s = s.items(d.notes.clone());
    }
    s
}

fn timeline_section(v: &CaseView) -> Section {
    let rows = v.timeline.iter().map(timeline_row).collect();
    Section::new(format!("Timeline ({} entries)", v.timeline.len()))
        .table(&[("When (UTC)", 29.0), ("Who", 20.0), ("What", 42.0), ("Detail", 79.0)], rows)
}

fn documents_section(v: &CaseView) -> Section {
    let correspondence: Vec<Vec<String>> = v
        .correspondence
        .iter()
        .map(|c| {
            let subject = or_dash(c.subject.clone());
            let original = c.sha256.clone().unwrap_or_else(|| "(no original stored)".to_string());
            let withdrawn = v
                .withdrawn
                .iter()
                .find(|w| w.correspondence_id == c.id)
                .map(|w| format!("\nWithdrawn {} by {}: {}", instant(w.at), w.by, w.reason))
                .unwrap_or_default();
            vec![
                instant(c.at),
                format!("{} ({})", if c.direction == "out" { "sent" } else { "received" }, c.channel),
                format!("{subject}\n{original}{withdrawn}"),
            ]
        })
        .collect();
    let documents: Vec<Vec<String>> = v
        .documents
        .iter()
        .map(|d| {
            vec![
                instant(d.added_at),
                format!("{}\n{}\n{} bytes", d.role, or_dash(d.file_name.clone()), d.size),
                d.sha256.clone(),
            ]
        })
        .collect();
    let mut s = Section::new("Documents sent and received");
    if correspondence.is_empty() {
        s = s.paragraph("No correspondence is recorded on this case.");
    } else {
        s = s
            .paragraph("Correspondence, with the SHA-256 of each original (an email as received, a letter's PDF):")
            .table(
                &[("When", 26.0), ("Direction", 26.0), ("Subject, and the SHA-256 of the original", 118.0)],
                correspondence,
            );
    }
    if documents.is_empty() {
        s = s.paragraph("No documents are stored on this case.");
    } else {
        s = s
            .paragraph("Stored documents:")
            .table(&[("Added", 21.0), ("Role, file, size", 32.0), ("SHA-256", 117.0)], documents);
    }
    s
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::demo_organisation::demo_register as register;
    use crate::progress::cancel_at_call;
    use crate::{Casebook, FieldChange};

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 1).unwrap()
    }

    /// The audit log's length and the case's documents.
    fn state(book: &Casebook, reference: &str) -> (i64, usize) {
        let case = book.case_by_ref(reference).unwrap();
        let store = book.store();
        (store.verify_audit().unwrap().entries, store.documents(case.id).unwrap().len())
    }

    #[test]
    fn the_pack_shows_sections_then_pages_and_can_be_cancelled_until_stored() {
        let dir = tempfile::tempdir().unwrap();
        let (book, reference) = register(dir.path());
        let twin = tempfile::tempdir().unwrap();
        let (plain_book, _) = register(twin.path());
        let plain = plain_book.evidence_pack(&reference, today()).unwrap();

        let mut seen: Vec<ExportProgress> = Vec::new();
        let before = state(&book, &reference);
        let pack = book
            .evidence_pack_until(&reference, today(), &mut |p| seen.push(p.clone()), &AtomicBool::new(false))
            .unwrap();
        // The same pack as without progress (the PDF's bytes differ between
        // registers: its audit hashes and document ids do).
        assert_eq!((pack.pages, pack.timeline_entries, pack.audit_intact), (plain.pages, plain.timeline_entries, true));
        assert!(seen.windows(2).all(|w| w[0].done <= w[1].done && w[0].total == w[1].total), "done went down");
        let last = seen.last().unwrap();
        assert_eq!((last.done, last.total, last.phase), (18, 18, ExportPhase::Saving));
        assert_eq!((last.count, last.of, last.unit), (pack.pages as u64, pack.pages as u64, ProgressUnit::Pages));
        let gathered: Vec<&str> =
            seen.iter().filter(|p| p.phase == ExportPhase::Gathering).map(|p| p.item.as_str()).collect();
        assert_eq!(gathered.first(), Some(&"Case summary"));
        assert_eq!(gathered.last(), Some(&"Audit chain"));
        let laid: Vec<u64> = seen.iter().filter(|p| p.phase == ExportPhase::LayingOut).map(|p| p.count).collect();
        assert_eq!(laid, (1..=8).collect::<Vec<_>>());
        assert_eq!(state(&book, &reference).1, before.1 + 1);

        // A cancel at any call before the PDF is stored records nothing.
        let n = seen.len();
        for point in [0, 3, 9, n - 3, n - 2] {
            let cancel = AtomicBool::new(false);
            let before = state(&book, &reference);
            let result =
                book.evidence_pack_until(&reference, today(), &mut cancel_at_call(point + 1, &cancel), &cancel);
            assert!(matches!(result, Err(Error::Cancelled)), "cancel at call {point}: {:?}", result.map(|p| p.pages));
            assert_eq!(state(&book, &reference), before, "the register changed after a cancel at call {point}");
        }
        // At the last call the pack is stored already: it completes.
        let cancel = AtomicBool::new(false);
        let before = state(&book, &reference);
        book.evidence_pack_until(&reference, today(), &mut cancel_at_call(n, &cancel), &cancel).unwrap();
        assert_eq!(state(&book, &reference).1, before.1 + 1);
    }

    #[test]
    fn timeline_rows_say_what_changed() {
        let at = DateTime::from_timestamp(1_790_000_000, 0).unwrap();
        let change = TimelineEntry {
            at,
            actor: Some("dpo".into()),
            item: TimelineItem::Change {
                action: "case.updated".into(),
                changes: vec![FieldChange {
                    field: "status".into(),
                    before: Some("received".into()),
                    after: Some("acknowledged".into()),
                    from: None,
                    to: None,
                }],
            },
        };
        let mut details = BTreeMap::new();
        details.insert("asked_for".to_string(), "a utility bill".to_string());
        let clock = TimelineEntry {
            at,
            actor: None,
            item: TimelineItem::Clock {
                kind: casebook_core::CaseEventKind::IdentityRequested.as_str().into(),
                on: NaiveDate::from_ymd_opt(2026, 11, 3).unwrap(),
                details,
                facts: BTreeMap::new(),
            },
        };
        assert_eq!(
            timeline_row(&change),
            ["2026-09-21 14:13", "dpo", "case.updated", "status: received → acknowledged"]
        );
        assert_eq!(
            timeline_row(&clock),
            ["2026-09-21 14:13", "—", "identity-requested (effective 2026-11-03)", "asked_for: a utility bill"]
        );
    }
}

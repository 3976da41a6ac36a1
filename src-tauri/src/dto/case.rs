//! One case as its page shows it (details, dates with their reasons, notes,
//! timeline), and the inputs of the steps a DPO takes on it.

use casebook_app as app;
use casebook_core as core;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::actions::RightActionsDto;
use super::workflow::{AuthorityDto, IdentitySuggestionDto, NextActionDto};
use super::{Channel, Clock, FeeGround, Outcome, RefusalReason, Regime, Relationship, Right, Status, civil, civil_opt};

code_dto! {
    /// The group of people a requester belongs to (stable codes).
    SubjectCategoryCode mirrors core::SubjectCategory {
        Customer = "customer",
        Prospect = "prospect",
        WebsiteVisitor = "website-visitor",
        Employee = "employee",
        JobApplicant = "job-applicant",
        Other = "other",
    }
}

/// The person who made the request.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RequesterDto {
    pub name: String,
    pub emails: Vec<String>,
    pub postal_address: Option<String>,
    pub phone: Option<String>,
    pub customer_ids: Vec<String>,
}

/// The person the data is about, when someone asks on their behalf.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DataSubjectDto {
    pub name: String,
    pub relationship: Relationship,
}

/// The due date of one right, with how it was reached.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RightDeadlineDto {
    pub right: Right,
    pub due: Option<String>,
    pub steps: Vec<String>,
}

/// Every date of a case, each with the engine's plain-language steps.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DeadlinesDto {
    pub due: Option<String>,
    pub steps: Vec<String>,
    pub extended_due: Option<String>,
    pub extension_notice_by: Option<String>,
    pub extension_steps: Vec<String>,
    pub acknowledge_by: Option<String>,
    pub acknowledge_steps: Vec<String>,
    pub house_target: Option<String>,
    pub house_target_steps: Vec<String>,
    pub clock: Clock,
    /// The day the period runs from (receipt, or identity received where that restarts it).
    pub start: Option<String>,
    pub days_left: Option<i64>,
    pub calendar: Option<String>,
    pub rights: Vec<RightDeadlineDto>,
    /// Warnings: a late extension notice, a country without holiday data…
    pub notes: Vec<String>,
    /// The last day for a refusal where the law sets it apart from the response (EU: without the extension).
    pub refuse_by: Option<String>,
    pub refuse_steps: Vec<String>,
    /// The version of the law the dates come from, and why that one.
    pub rules_in_force: String,
    pub rules_why: String,
    /// A US state appeal's own clock, once one was received.
    pub appeal_due: Option<String>,
    pub appeal_extended_due: Option<String>,
    pub appeal_steps: Vec<String>,
    /// A UK complaint's acknowledgement date (DPA 2018 s.164A).
    pub complaint_acknowledge_by: Option<String>,
    pub complaint_steps: Vec<String>,
}

impl From<core::deadline::Deadlines> for DeadlinesDto {
    fn from(d: core::deadline::Deadlines) -> Self {
        DeadlinesDto {
            due: civil_opt(d.due),
            steps: d.steps,
            extended_due: civil_opt(d.extended_due),
            extension_notice_by: civil_opt(d.extension_notice_by),
            extension_steps: d.extension_steps,
            acknowledge_by: civil_opt(d.acknowledge_by),
            acknowledge_steps: d.acknowledge_steps,
            house_target: civil_opt(d.house_target),
            house_target_steps: d.house_target_steps,
            clock: d.clock,
            start: civil_opt(d.start),
            days_left: d.days_left,
            calendar: d.calendar,
            rights: d
                .rights
                .into_iter()
                .map(|r| RightDeadlineDto { right: r.right, due: civil_opt(r.due), steps: r.steps })
                .collect(),
            notes: d.notes,
            refuse_by: civil_opt(d.refuse_by),
            refuse_steps: d.refuse_steps,
            rules_in_force: d.rules_in_force.name,
            rules_why: d.rules_in_force.why,
            appeal_due: civil_opt(d.appeal_due),
            appeal_extended_due: civil_opt(d.appeal_extended_due),
            appeal_steps: d.appeal_steps,
            complaint_acknowledge_by: civil_opt(d.complaint_acknowledge_by),
            complaint_steps: d.complaint_steps,
        }
    }
}

/// A note on a case; `at` is an instant (RFC 3339, UTC).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NoteDto {
    pub id: i64,
    pub at: String,
    pub author: String,
    pub text: String,
}

impl From<core::Note> for NoteDto {
    fn from(n: core::Note) -> Self {
        NoteDto { id: n.id, at: n.at.to_rfc3339(), author: n.author, text: n.text }
    }
}

/// A case with everything its page shows. Dates are `YYYY-MM-DD`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CaseDetail {
    pub reference: String,
    /// A request, or a complaint to the controller.
    pub kind: core::CaseKind,
    /// The request a complaint is about, where there is one.
    pub concerns: Option<String>,
    pub status: Status,
    pub rights: Vec<Right>,
    pub regime: Regime,
    pub location: String,
    pub channel: Channel,
    pub received: String,
    pub requester: RequesterDto,
    pub data_subject: Option<DataSubjectDto>,
    pub subject_category: Option<SubjectCategoryCode>,
    pub language: Option<String>,
    pub outcome: Option<Outcome>,
    pub closed_on: Option<String>,
    pub due: Option<String>,
    pub days_left: Option<i64>,
    /// Computed for `today`, the organisation's civil date.
    pub deadlines: DeadlinesDto,
    pub notes: Vec<NoteDto>,
    pub today: String,
    /// The statuses "change status" may move the case to. Closing, and the
    /// waits for identity or clarification, have their own actions.
    pub next_statuses: Vec<Status>,
    /// What the case needs next, by when (null once closed).
    pub next_action: Option<NextActionDto>,
    /// The proportionate identity check for this request, and why.
    pub identity_suggestion: IdentitySuggestionDto,
    /// Whether receipt was acknowledged (a second acknowledgement is refused).
    pub acknowledged: bool,
    /// Whether a fee asked for is still unpaid.
    pub fee_awaited: bool,
    /// What the case's law lets a fee be charged for (empty: requests are free), and the source.
    pub fee_grounds: Vec<FeeGround>,
    pub fee_source: String,
    /// What the case's law accepts as reasons to refuse, and the source.
    pub refusal_reasons: Vec<RefusalReason>,
    pub refusal_source: String,
    /// Whom a refused person may complain to, named in the refusal.
    pub complaint_authority: Option<AuthorityDto>,
    /// Messages and letters in and out, oldest first.
    pub correspondence: Vec<CorrespondenceDto>,
    /// Stored files (evidence, attachments, scans, letters), without their bytes.
    pub documents: Vec<DocumentDto>,
    /// Per right asked, the actions the action log accepts for it.
    pub right_actions: Vec<RightActionsDto>,
    /// How a US state appeal may be decided, and how a complaint may be answered (the façade's codes).
    pub appeal_outcomes: Vec<String>,
    pub complaint_outcomes: Vec<String>,
}

/// A complaint to the controller as the case page records it (`casebook complaint new`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NewComplaintDto {
    pub requester_name: String,
    pub requester_emails: Vec<String>,
    pub channel: Channel,
    /// `YYYY-MM-DD`: the day the complaint reached the organisation.
    pub received: String,
    /// The reference of the request the complaint is about.
    pub concerns: Option<String>,
    pub language: Option<String>,
    /// What the person complains about (kept as a note).
    pub summary: Option<String>,
}

impl From<NewComplaintDto> for app::NewComplaint {
    fn from(c: NewComplaintDto) -> Self {
        app::NewComplaint {
            requester_name: c.requester_name,
            requester_emails: c.requester_emails,
            requester_address: None,
            channel: super::code_text(c.channel),
            received: c.received,
            concerns: c.concerns,
            location: None,
            language: c.language,
            summary: c.summary,
        }
    }
}

/// A message or letter on a case; `at` is an instant (RFC 3339, UTC).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CorrespondenceDto {
    pub id: i64,
    /// `in` or `out`.
    pub direction: String,
    pub channel: String,
    pub at: String,
    pub subject: Option<String>,
    /// The plain text (an email's text, a letter's text).
    pub body_text: Option<String>,
    /// The original (an email's bytes, a letter's PDF), by content hash.
    pub sha256: Option<String>,
    /// That original's file name, when it is stored on the case.
    pub file_name: Option<String>,
    /// `evidence`, `letter`, `scan`…
    pub role: Option<String>,
}

code_dto! {
    /// What a stored file is, from its bytes (stable codes).
    FileKindCode mirrors app::FileKind {
        Pdf = "pdf",
        Png = "png",
        Jpeg = "jpeg",
        Gif = "gif",
        Webp = "webp",
        Text = "text",
        Markup = "markup",
        Email = "email",
        Executable = "executable",
        Archive = "archive",
        OleDocument = "ole-document",
        Unknown = "unknown",
    }
}

/// A file stored on a case; `content_type` is what its sender declared,
/// `kind` what its bytes are.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DocumentDto {
    pub sha256: String,
    pub size: i64,
    pub content_type: Option<String>,
    pub role: String,
    pub file_name: Option<String>,
    pub added_at: String,
    pub kind: FileKindCode,
    /// Whether the system's viewer may open it (PDF, common images, plain text).
    pub viewable: bool,
}

impl DocumentDto {
    fn new(d: app::DocumentRef, kind: app::FileKind) -> Self {
        DocumentDto {
            sha256: d.sha256,
            size: d.size,
            content_type: d.content_type,
            role: d.role,
            file_name: d.file_name,
            added_at: d.added_at.to_rfc3339(),
            kind: kind.into(),
            viewable: kind.viewable(),
        }
    }
}

impl CaseDetail {
    pub fn new(c: app::CaseView, today: chrono::NaiveDate) -> Self {
        let next_statuses = core::Status::ALL
            .iter()
            .copied()
            // Only the plain statuses are set by hand; the others come from their steps.
            .filter(|&s| s != c.status && core::workflow::manual_status(c.status, s).is_ok())
            .collect();
        let suggestion = core::identity::suggest_method(&core::identity::IdentityQuestion {
            rights: &c.rights,
            channel: c.channel,
            regime: c.regime,
            on_behalf: c.data_subject.as_ref().map(|d| d.relationship),
            child: c
                .data_subject
                .as_ref()
                .zip(core::Location::parse(&c.location).ok())
                .and_then(|(d, l)| core::child::child_finding(d, c.regime, &l, c.received)),
        });
        let (fee_grounds, fee_source) = core::workflow::fee_grounds(c.regime);
        let (refusal_reasons, refusal_source) = core::workflow::refusal_reasons(c.regime);
        let complaint_authority = core::Location::parse(&c.location)
            .ok()
            .and_then(|l| core::authority::supervisory_authority(c.regime, &l))
            .map(Into::into);
        let (acknowledged, fee_awaited) = (c.acknowledged, c.fee_awaited);
        let kinds = c.document_kinds;
        let documents: Vec<DocumentDto> = c
            .documents
            .into_iter()
            .map(|d| {
                let kind = kinds.get(&d.sha256).copied().unwrap_or(app::FileKind::Unknown);
                DocumentDto::new(d, kind)
            })
            .collect();
        let correspondence = c
            .correspondence
            .into_iter()
            .map(|m| {
                let doc = m.sha256.as_ref().and_then(|h| documents.iter().find(|d| &d.sha256 == h));
                CorrespondenceDto {
                    id: m.id,
                    direction: m.direction,
                    channel: m.channel,
                    at: m.at.to_rfc3339(),
                    subject: m.subject,
                    body_text: m.body_text,
                    file_name: doc.and_then(|d| d.file_name.clone()),
                    role: doc.map(|d| d.role.clone()),
                    sha256: m.sha256,
                }
            })
            .collect();
        CaseDetail {
            next_action: c.next_action.map(Into::into),
            identity_suggestion: suggestion.into(),
            acknowledged,
            fee_awaited,
            fee_grounds: fee_grounds.to_vec(),
            fee_source: fee_source.to_owned(),
            refusal_reasons: refusal_reasons.to_vec(),
            refusal_source: refusal_source.to_owned(),
            complaint_authority,
            correspondence,
            documents,
            right_actions: RightActionsDto::of_case(&c.rights),
            appeal_outcomes: app::APPEAL_OUTCOMES.iter().map(|s| (*s).to_owned()).collect(),
            complaint_outcomes: app::COMPLAINT_OUTCOMES.iter().map(|s| (*s).to_owned()).collect(),
            kind: c.kind,
            concerns: c.concerns,
            reference: c.reference,
            status: c.status,
            rights: c.rights.into_iter().collect(),
            regime: c.regime,
            location: c.location,
            channel: c.channel,
            received: civil(c.received),
            requester: RequesterDto {
                name: c.requester.name,
                emails: c.requester.emails,
                postal_address: c.requester.postal_address,
                phone: c.requester.phone,
                customer_ids: c.requester.customer_ids,
            },
            data_subject: c.data_subject.map(|d| DataSubjectDto { name: d.name, relationship: d.relationship }),
            subject_category: c.subject_category.map(Into::into),
            language: c.language,
            outcome: c.outcome,
            closed_on: civil_opt(c.closed_on),
            due: civil_opt(c.due),
            days_left: c.days_left,
            deadlines: c.deadlines.into(),
            notes: c.notes.into_iter().map(Into::into).collect(),
            today: civil(today),
            next_statuses,
        }
    }
}

/// A field of the case before and after a change, as text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FieldChangeDto {
    pub field: String,
    pub before: Option<String>,
    pub after: Option<String>,
}

/// One detail recorded with a clock step (`asked_for`, `question`, `reason`…).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct StepDetailDto {
    pub key: String,
    pub value: String,
}

/// What a timeline entry is.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "type", rename_all = "kebab-case", rename_all_fields = "camelCase")]
pub enum TimelineItemDto {
    Note {
        text: String,
    },
    /// A step that moved the clock, effective on `on` (`identity-requested`,
    /// `identity-received`, `clarification-asked`, `clarification-answered`, `extension-taken`).
    Clock {
        kind: String,
        on: String,
        details: Vec<StepDetailDto>,
    },
    /// Any other recorded change (`case.created`, `case.updated`, `case.closed`…).
    Change {
        action: String,
        changes: Vec<FieldChangeDto>,
    },
}

/// One thing that happened to a case; `at` is an instant (RFC 3339, UTC).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TimelineEntryDto {
    pub at: String,
    pub actor: Option<String>,
    pub item: TimelineItemDto,
}

impl From<app::TimelineEntry> for TimelineEntryDto {
    fn from(e: app::TimelineEntry) -> Self {
        let item = match e.item {
            app::TimelineItem::Note { text } => TimelineItemDto::Note { text },
            app::TimelineItem::Clock { kind, on, details } => TimelineItemDto::Clock {
                kind,
                on: civil(on),
                details: details.into_iter().map(|(key, value)| StepDetailDto { key, value }).collect(),
            },
            app::TimelineItem::Change { action, changes } => TimelineItemDto::Change {
                action,
                changes: changes
                    .into_iter()
                    .map(|c| FieldChangeDto { field: c.field, before: c.before, after: c.after })
                    .collect(),
            },
        };
        TimelineEntryDto { at: e.at.to_rfc3339(), actor: e.actor, item }
    }
}

/// A new request typed into the new-case form.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct NewRequestDto {
    pub requester_name: String,
    pub requester_emails: Vec<String>,
    #[ts(optional)]
    pub requester_address: Option<String>,
    #[ts(optional)]
    pub requester_phone: Option<String>,
    pub customer_ids: Vec<String>,
    #[ts(optional)]
    pub channel: Option<Channel>,
    /// `YYYY-MM-DD`.
    pub received: String,
    /// Primary right first.
    pub rights: Vec<Right>,
    /// Left out: the organisation's regime.
    #[ts(optional)]
    pub regime: Option<Regime>,
    /// Left out: the organisation's location.
    #[ts(optional)]
    pub location: Option<String>,
    /// ISO 639-1, e.g. `en`.
    #[ts(optional)]
    pub language: Option<String>,
    #[ts(optional)]
    pub note: Option<String>,
}

fn code_of<T: Serialize>(value: T) -> String {
    serde_json::to_value(value).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default()
}

impl NewRequestDto {
    /// The façade's input: codes as text, validated there like the CLI's flags.
    pub fn into_app(self) -> app::NewRequest {
        app::NewRequest {
            requester_name: self.requester_name,
            requester_emails: self.requester_emails,
            requester_address: self.requester_address,
            requester_phone: self.requester_phone,
            customer_ids: self.customer_ids,
            // An empty channel is refused by the façade with its own message.
            channel: self.channel.map(code_of).unwrap_or_default(),
            received: self.received,
            rights: self.rights.into_iter().map(code_of).collect(),
            regime: self.regime.map(code_of),
            location: self.location,
            language: self.language,
            note: self.note,
            ..Default::default()
        }
    }
}

/// Taking the extension.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct ExtensionDto {
    pub reason: String,
    /// `YYYY-MM-DD`: when the person was told.
    pub notified_on: String,
    /// Why the extension stands although the notice was late.
    #[ts(optional)]
    pub override_reason: Option<String>,
}

impl From<ExtensionDto> for app::ExtensionInput {
    fn from(e: ExtensionDto) -> Self {
        app::ExtensionInput { reason: e.reason, notified_on: e.notified_on, override_reason: e.override_reason }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_the_domain_codes() {
        for &c in core::SubjectCategory::ALL {
            assert_eq!(code_of(SubjectCategoryCode::from(c)), c.code());
        }
        use app::FileKind as K;
        for k in [K::Pdf, K::Png, K::Jpeg, K::Gif, K::Webp, K::Text, K::Markup, K::Email, K::Executable, K::Archive]
            .into_iter()
            .chain([K::OleDocument, K::Unknown])
        {
            assert_eq!(code_of(FileKindCode::from(k)), k.code());
        }
    }

    #[test]
    fn a_new_request_travels_as_the_cli_flags_would() {
        let dto: NewRequestDto = serde_json::from_str(
            r#"{"requesterName":"Ada","requesterEmails":["ada@example.org"],"channel":"web-form",
                "received":"2026-11-02","rights":["erasure","access"],"regime":"eu-gdpr"}"#,
        )
        .unwrap();
        let r = dto.into_app();
        assert_eq!(r.channel, "web-form");
        assert_eq!(r.rights, ["erasure", "access"]);
        assert_eq!(r.regime.as_deref(), Some("eu-gdpr"));
        assert_eq!(r.location, None);
    }

    #[test]
    fn timeline_items_are_tagged_by_type() {
        let item =
            TimelineItemDto::Clock { kind: "identity-requested".into(), on: "2026-11-03".into(), details: vec![] };
        let json = serde_json::to_value(&item).unwrap();
        assert_eq!(json["type"], "clock");
        assert_eq!(json["on"], "2026-11-03");
    }
}

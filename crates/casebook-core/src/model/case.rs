//! A case: one privacy request, from receipt to closure.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::{
    CaseKind, Channel, Location, Outcome, Reference, Regime, Relationship, Right, Status, SubjectCategory, Wordings,
};

/// The database id of a case. References are for people; ids are for joins.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct CaseId(pub i64);

impl std::fmt::Display for CaseId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// The person who made the request.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Requester {
    pub name: String,
    #[serde(default)]
    pub emails: Vec<String>,
    #[serde(default)]
    pub postal_address: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
    /// Customer numbers, account names, employee numbers: whatever the
    /// organisation's systems know the person by.
    #[serde(default)]
    pub customer_ids: Vec<String>,
    /// Only when the person offered it for identification.
    #[serde(default)]
    pub date_of_birth: Option<NaiveDate>,
}

/// The person the data is about, when someone else asks on their behalf.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct DataSubject {
    pub name: String,
    pub relationship: Relationship,
    /// The data subject's date of birth, when recorded: a child's age decides
    /// who may act for them (see [`crate::child`]). Absent in older records.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub birth_date: Option<NaiveDate>,
    /// Recorded as a child below the age of digital consent without a date of birth.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    #[cfg_attr(feature = "ts", ts(as = "Option<bool>", optional))]
    pub child: bool,
}

impl DataSubject {
    /// Someone acting for `name` as `relationship`, with no age recorded.
    pub fn new(name: impl Into<String>, relationship: Relationship) -> DataSubject {
        DataSubject { name: name.into(), relationship, birth_date: None, child: false }
    }
}

/// What the DPO enters (or intake extracts) to open a case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewCase {
    /// A request (the default) or a complaint.
    #[serde(default)]
    pub kind: CaseKind,
    /// The reference of the request a complaint is about, where there is one.
    #[serde(default)]
    pub concerns: Option<Reference>,
    pub requester: Requester,
    pub data_subject: Option<DataSubject>,
    pub subject_category: Option<SubjectCategory>,
    pub channel: Channel,
    pub received: NaiveDate,
    /// The exact instant, when known (an email's arrival).
    pub received_at: Option<DateTime<Utc>>,
    /// Primary right first; never empty, never repeated.
    pub rights: Vec<Right>,
    pub regime: Regime,
    pub location: Location,
    /// ISO 639-1 code of the request's language, when known.
    pub language: Option<String>,
    pub status: Status,
    /// What intake found (classification, regime suggestion, source of the
    /// received date), shown to the DPO to confirm or correct.
    #[serde(default)]
    pub intake: Option<serde_json::Value>,
}

/// A free-text note on a case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Note {
    pub id: i64,
    pub at: DateTime<Utc>,
    pub author: String,
    pub text: String,
}

/// A case as stored (and, flattened into the façade's `CaseView`, as every
/// front end shows it: a field added here reaches `case show --json` and the
/// app's TypeScript type without another copy).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Case {
    #[cfg_attr(feature = "ts", ts(as = "i64"))]
    pub id: CaseId,
    #[cfg_attr(feature = "ts", ts(as = "String"))]
    pub reference: Reference,
    #[serde(default)]
    pub kind: CaseKind,
    /// The reference of the request a complaint is about, where there is one.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(as = "Option<String>"))]
    pub concerns: Option<Reference>,
    pub status: Status,
    pub rights: Vec<Right>,
    pub regime: Regime,
    #[cfg_attr(feature = "ts", ts(as = "String"))]
    pub location: Location,
    pub channel: Channel,
    pub received: NaiveDate,
    pub received_at: Option<DateTime<Utc>>,
    pub requester: Requester,
    pub data_subject: Option<DataSubject>,
    pub subject_category: Option<SubjectCategory>,
    pub language: Option<String>,
    pub outcome: Option<Outcome>,
    pub closed_on: Option<NaiveDate>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// The statutory due date as last computed (None while the clock waits,
    /// e.g. for identity under the UK GDPR, or once the case is finished).
    pub due: Option<NaiveDate>,
    /// The day the decision on a consumer's appeal is due while the appeal
    /// awaits it (US state laws), as last computed; None otherwise. A case
    /// answered is still one to work on while it has one.
    #[serde(default)]
    pub appeal_due: Option<NaiveDate>,
    /// What intake found, for the DPO to confirm or correct (imported cases).
    #[cfg_attr(feature = "ts", ts(type = "unknown"))]
    pub intake: Option<serde_json::Value>,
    pub notes: Vec<Note>,
}

/// Why a set of rights is not acceptable for a case.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RightsError {
    #[error("a case needs at least one right (--right CODE)")]
    Empty,
    #[error("right '{0}' is listed twice")]
    Repeated(Right),
}

/// Checks a case's list of rights: not empty, no repeats; order is kept
/// because the first right is the primary one.
pub fn check_rights(rights: &[Right]) -> Result<(), RightsError> {
    if rights.is_empty() {
        return Err(RightsError::Empty);
    }
    for (i, r) in rights.iter().enumerate() {
        if rights[..i].contains(r) {
            return Err(RightsError::Repeated(*r));
        }
    }
    Ok(())
}

/// The organisation that receives the requests (the controller).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Organisation {
    pub name: String,
    pub postal_address: String,
    pub dpo_name: String,
    pub dpo_email: String,
    pub default_regime: Regime,
    /// ISO 3166, e.g. `GB-ENG`, `DE-BY`, `US-CA`.
    #[cfg_attr(feature = "ts", ts(as = "String"))]
    pub default_location: Location,
    /// IANA time zone name, e.g. `Europe/London`: email instants become civil dates here.
    pub time_zone: String,
    /// How the organisation verifies a requester, in general words, as an
    /// acknowledgement under the CCPA describes it (11 CCR §7021(a)), in each
    /// language recorded; such a letter in a language with none recorded is
    /// refused until it is.
    #[serde(default)]
    pub verification_process: Wordings,
}

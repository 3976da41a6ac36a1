//! The person's data on a case: the files imported from a system's export, a
//! page of their records with how each matched the case, and what was
//! withheld (the redaction schedule).

use casebook_app as app;
use casebook_core::data::{MatchKind, RedactionReason};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use ts_rs::TS;

use super::code_text;
use crate::error::{IpcError, IpcErrorCode};

/// An import asked for; the file itself is picked in the native dialog.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DataImportRequest {
    pub reference: String,
    /// The register's system the export comes from.
    pub system: String,
    /// Data-category slugs (`contact`, `financial`).
    pub categories: Vec<String>,
    /// Keep only the records that match the case's identifiers.
    pub match_identifiers: bool,
}

impl DataImportRequest {
    pub fn into_app(self, path: std::path::PathBuf) -> app::DataImportInput {
        app::DataImportInput {
            reference: self.reference,
            system: self.system.trim().to_owned(),
            categories: self.categories.join(","),
            path,
            match_identifiers: self.match_identifiers,
        }
    }
}

/// One imported file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DataFileDto {
    pub id: i64,
    pub system: String,
    pub categories: Vec<String>,
    pub file_name: String,
    /// `csv` or `json`.
    pub format: String,
    pub sha256: String,
    pub size: i64,
    pub columns: Vec<String>,
    pub records_read: i64,
    pub records_kept: i64,
    /// Whether only the records matching the case's identifiers were kept.
    pub matched: bool,
    pub imported_at: String,
    pub imported_by: String,
}

impl From<app::DataFile> for DataFileDto {
    fn from(f: app::DataFile) -> Self {
        DataFileDto {
            id: f.id,
            system: f.system,
            categories: f.categories,
            file_name: f.file_name,
            format: f.format,
            sha256: f.sha256,
            size: f.size,
            columns: f.columns,
            records_read: f.records_read,
            records_kept: f.records_kept,
            matched: f.identifiers.is_some(),
            imported_at: f.imported_at,
            imported_by: f.imported_by,
        }
    }
}

/// A field of a record: text as read; a number, or a nested structure as JSON.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct FieldDto {
    pub name: String,
    pub value: String,
}

/// Why a record was kept: its field equals one of the case's identifiers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct MatchDto {
    pub field: String,
    pub identifier: String,
    pub how: MatchKind,
}

/// One record kept from a file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DataItemDto {
    pub id: i64,
    pub file_id: i64,
    pub system: String,
    pub record_no: i64,
    /// The CSV line it started on.
    pub line: Option<i64>,
    pub fields: Vec<FieldDto>,
    /// Empty when the whole file was kept.
    pub matches: Vec<MatchDto>,
}

impl TryFrom<app::DataItem> for DataItemDto {
    type Error = IpcError;

    fn try_from(i: app::DataItem) -> Result<Self, IpcError> {
        let fields = i
            .fields
            .into_iter()
            .map(|(name, v)| {
                let value = match v {
                    Value::String(s) => s,
                    Value::Null => String::new(),
                    other => other.to_string(),
                };
                FieldDto { name, value }
            })
            .collect();
        let matches = match i.matches {
            None => Vec::new(),
            Some(Value::Array(list)) => list
                .iter()
                .map(|m| {
                    let text = |k: &str| m.get(k).and_then(Value::as_str).unwrap_or_default().to_owned();
                    let how: MatchKind = text("how").parse().map_err(|e| {
                        IpcError::new(IpcErrorCode::Internal, format!("record {} has a stored match of {e}", i.id))
                    })?;
                    Ok(MatchDto { field: text("field"), identifier: text("identifier"), how })
                })
                .collect::<Result<_, IpcError>>()?,
            Some(other) => {
                return Err(IpcError::new(
                    IpcErrorCode::Internal,
                    format!("record {} has stored matches that are not a list: {other}", i.id),
                ));
            }
        };
        Ok(DataItemDto {
            id: i.id,
            file_id: i.file_id,
            system: i.system,
            record_no: i.record_no,
            line: i.line,
            fields,
            matches,
        })
    }
}

/// An entry of the redaction schedule: a record, a field of a record, a
/// whole file (`itemId` none), or a field across a file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RedactionDto {
    pub id: i64,
    pub file_id: i64,
    pub system: String,
    pub item_id: Option<i64>,
    pub field: Option<String>,
    pub reason: RedactionReason,
    pub article: Option<String>,
    pub note: String,
    pub at: String,
    pub actor: String,
}

impl TryFrom<app::Redaction> for RedactionDto {
    type Error = IpcError;

    fn try_from(r: app::Redaction) -> Result<Self, IpcError> {
        let reason: RedactionReason = r.reason.parse().map_err(|e| {
            IpcError::new(IpcErrorCode::Internal, format!("redaction {} has a stored reason of {e}", r.id))
        })?;
        Ok(RedactionDto {
            id: r.id,
            file_id: r.file_id,
            system: r.system,
            item_id: r.item_id,
            field: r.field,
            reason,
            article: r.article,
            note: r.note,
            at: r.at,
            actor: r.actor,
        })
    }
}

/// A case's files, one page of its records, and its redaction schedule.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CaseDataDto {
    pub reference: String,
    pub files: Vec<DataFileDto>,
    pub items: Vec<DataItemDto>,
    /// How many records all the files keep (for paging).
    pub total_items: i64,
    pub redactions: Vec<RedactionDto>,
}

impl TryFrom<app::CaseData> for CaseDataDto {
    type Error = IpcError;

    fn try_from(d: app::CaseData) -> Result<Self, IpcError> {
        Ok(CaseDataDto {
            reference: d.reference,
            total_items: d.files.iter().map(|f| f.records_kept).sum(),
            files: d.files.into_iter().map(Into::into).collect(),
            items: d.items.into_iter().map(TryInto::try_into).collect::<Result<_, _>>()?,
            redactions: d.redactions.into_iter().map(TryInto::try_into).collect::<Result<_, _>>()?,
        })
    }
}

/// A redaction asked for: `item` is a record id (`12`) or a whole file (`file-3`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RedactionInputDto {
    pub item: String,
    /// One field only; none: the whole record (or file).
    pub field: Option<String>,
    pub reason: RedactionReason,
    /// The article granting an exemption (reason `exemption` only).
    pub article: Option<String>,
    pub note: String,
}

impl RedactionInputDto {
    pub fn into_app(self, reference: String) -> app::RedactionInput {
        app::RedactionInput {
            reference,
            item: self.item,
            field: self.field,
            reason: code_text(self.reason),
            article: self.article,
            note: self.note,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn item(matches: Option<Value>) -> app::DataItem {
        app::DataItem {
            id: 7,
            file_id: 2,
            system: "crm".into(),
            record_no: 3,
            line: Some(4),
            fields: json!({"email": "ada@example.org", "orders": 3, "tags": ["a"], "gone": null})
                .as_object()
                .unwrap()
                .clone(),
            matches,
        }
    }

    #[test]
    fn a_record_shows_its_fields_as_text_and_how_it_matched() {
        let m = json!([{"field": "email", "identifier": "ada@example.org", "how": "email-exact"}]);
        let dto = DataItemDto::try_from(item(Some(m))).unwrap();
        let value = |n: &str| dto.fields.iter().find(|f| f.name == n).unwrap().value.clone();
        assert_eq!(value("email"), "ada@example.org");
        assert_eq!(value("orders"), "3");
        assert_eq!(value("tags"), r#"["a"]"#);
        assert_eq!(value("gone"), "");
        assert_eq!(dto.matches[0].how, MatchKind::EmailExact);
        assert!(DataItemDto::try_from(item(None)).unwrap().matches.is_empty());
    }

    #[test]
    fn a_stored_match_of_unknown_kind_is_an_error_not_a_guess() {
        let m = json!([{"field": "email", "identifier": "x", "how": "telepathy"}]);
        let err = DataItemDto::try_from(item(Some(m))).unwrap_err();
        assert_eq!(err.code, IpcErrorCode::Internal);
        assert!(err.message.contains("telepathy"), "{}", err.message);
    }
}

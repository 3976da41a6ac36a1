//! The person's data: importing what a system exported about them (CSV or
//! JSON, streamed), keeping only the records that match the case's
//! identifiers when asked, and withholding items with a reason.
//!
//! Written once for both back ends ([`DataBook`], over the register's
//! [`DataRegister`]): a team register's data is stored in its database as a
//! local register's is in its file.
//!
//! A file is all-or-nothing: it is read record by record into one open
//! transaction, and any fault (a broken quote, JSON that is not an array of
//! objects, bytes that are not UTF-8, an over-long field) rolls the whole
//! file back, with a message naming the file and the line or record.

use std::collections::{BTreeMap, BTreeSet};
use std::fs::File;
use std::path::PathBuf;

use casebook_core::Case;
use casebook_core::data::{Identifiers, MAX_FILE_BYTES, RedactionReason, parse_categories};
use casebook_intake::export::{Format as ExportFormat, ReadError, check_start, format_of, read_file, scalar_text};
use casebook_store::{DataFile, DataItem, DataRegister, FileRead, NewDataFile, NewRedaction, Redaction};
use serde::Serialize;
use serde_json::Value;

use crate::steps::StepBook;
use crate::{DataSaid, Error, Result, StoreSaid};

/// What `casebook data import` asks for.
#[derive(Debug, Clone)]
pub struct DataImportInput {
    pub reference: String,
    pub system: String,
    /// Comma-separated category slugs.
    pub categories: String,
    pub path: PathBuf,
    /// Keep only the records that match the case's identifiers.
    pub match_identifiers: bool,
}

/// The files, a page of records and the redactions of a case.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CaseData {
    pub reference: String,
    pub files: Vec<DataFile>,
    pub items: Vec<DataItem>,
    pub redactions: Vec<Redaction>,
}

/// A redaction asked for: `item` is a record id (`12`) or a whole file (`file-3`).
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RedactionInput {
    pub reference: String,
    pub item: String,
    /// One field only; none: the whole record (or file).
    pub field: Option<String>,
    pub reason: RedactionReason,
    /// The article granting an exemption (reason `exemption` only).
    pub article: Option<String>,
    pub note: String,
}

/// What replaces a redacted field's value in everything given to the person.
pub const REDACTED: &str = "[redacted]";

/// The person's data, on either register: importing what a system exported
/// about them, listing it, withholding items. Written once, over the
/// register's [`DataRegister`]; front ends call it on a [`Casebook`] or a
/// [`crate::TeamBook`].
pub trait DataBook {
    /// Imports one file a system exported about the person, tagged with the
    /// system and the data categories; all of it or (on any fault) none of it.
    fn import_data(&self, input: &DataImportInput) -> Result<DataFile>;
    /// A case's imported files, a page of its records and its redactions.
    fn case_data(&self, reference: &str, limit: u32, offset: u32) -> Result<CaseData>;
    /// The redaction schedule: what was withheld from the person and why.
    /// For the evidence pack; it never goes into the portability package.
    fn redaction_schedule(&self, reference: &str) -> Result<Vec<Redaction>>;
    /// Withholds a record, a field of a record, a whole file, or one field
    /// across a file, with a reason from the fixed list and a note.
    fn redact_data(&self, input: &RedactionInput) -> Result<Redaction>;
}

impl<B: StepBook<Register: DataRegister>> DataBook for B {
    fn import_data(&self, input: &DataImportInput) -> Result<DataFile> {
        import_data(self, input)
    }

    fn case_data(&self, reference: &str, limit: u32, offset: u32) -> Result<CaseData> {
        let case = crate::lifecycle::case(&mut *self.register(), reference)?;
        let mut register = self.register();
        Ok(CaseData {
            reference: case.reference.to_string(),
            files: register.data_files(case.id)?,
            items: register.data_items(case.id, limit, offset)?,
            redactions: register.redactions(case.id)?,
        })
    }

    fn redaction_schedule(&self, reference: &str) -> Result<Vec<Redaction>> {
        let case = crate::lifecycle::case(&mut *self.register(), reference)?;
        Ok(self.register().redactions(case.id)?)
    }

    fn redact_data(&self, input: &RedactionInput) -> Result<Redaction> {
        redact_data(self, input)
    }
}

/// A file checked before its records are read: its name as given, its
/// format, and the bytes to skip (a byte-order mark).
struct CheckedFile {
    name: String,
    format: ExportFormat,
    skip: u64,
}

/// Refuses a file that cannot be imported before anything is stored: not
/// there, not a file, too large, empty, of an unknown format.
fn check_file(path: &std::path::Path) -> Result<CheckedFile> {
    let name = path.display().to_string();
    let meta = std::fs::metadata(path)
        .map_err(|e| Error::refused(DataSaid::DataFileUnreadable { name: name.clone(), detail: e.to_string() }))?;
    if !meta.is_file() {
        return Err(Error::refused(DataSaid::DataNotAFile { name }));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(Error::refused(DataSaid::DataFileTooLarge {
            name,
            mib: meta.len() >> 20,
            limit_mib: MAX_FILE_BYTES >> 20,
        }));
    }
    let mut probe = File::open(path)
        .map_err(|e| Error::refused(DataSaid::DataFileNotOpened { name: name.clone(), detail: e.to_string() }))?;
    let (first, skip) = check_start(&mut probe).map_err(|problem| {
        Error::refused(DataSaid::DataFileStartInvalid { name: name.clone(), problem: Box::new(problem) })
    })?;
    drop(probe);
    if first.is_none() {
        return Err(Error::refused(DataSaid::DataFileEmpty { name }));
    }
    let format =
        format_of(path, first).ok_or_else(|| Error::refused(DataSaid::DataFileFormatUnknown { name: name.clone() }))?;
    Ok(CheckedFile { name, format, skip })
}

fn import_data<B: StepBook<Register: DataRegister> + ?Sized>(book: &B, input: &DataImportInput) -> Result<DataFile> {
    let categories =
        parse_categories(&input.categories).map_err(|reason| Error::refused(DataSaid::CategoriesInvalid { reason }))?;
    let case = crate::lifecycle::case(&mut *book.register(), &input.reference)?;
    // Data is tagged with a system of the register of processing, so that
    // the search log, the package and the Art. 15 information name the same ones.
    let system = crate::processing::processing_system(book, input.system.trim())?.id;
    let path = &input.path;
    let CheckedFile { name, format, skip } = check_file(path)?;
    let identifiers = Identifiers::of(&case.requester);
    if input.match_identifiers && identifiers.is_empty() {
        return Err(Error::refused(DataSaid::NoIdentifiersToMatch { reference: case.reference.to_string() }));
    }
    let ids_json = input.match_identifiers.then(|| serde_json::to_value(&identifiers).expect("identifiers serialise"));
    let file_name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| name.clone());
    let new = NewDataFile {
        case: case.id,
        system: system.as_str(),
        categories: &categories,
        file_name: &file_name,
        format: format.code(),
        identifiers: ids_json.as_ref(),
    };
    let stamp = book.stamp();
    let mut register = book.register();
    register.import_data(&new, stamp, |import| {
        let read = read_file(path, format, skip, |record| {
            let matches = if input.match_identifiers {
                let texts: Vec<(&str, String)> =
                    record.fields.iter().filter_map(|(k, v)| scalar_text(v).map(|t| (k.as_str(), t))).collect();
                let m = identifiers.match_record(texts.iter().map(|(k, v)| (*k, v.as_str())));
                if m.is_empty() {
                    return Ok(());
                }
                Some(serde_json::to_string(&m).expect("matches serialise"))
            } else {
                None
            };
            let fields = serde_json::to_string(&record.fields).expect("JSON values serialise");
            import.add(record.no, record.line, &fields, matches.as_deref())
        });
        let (columns, records, sha256, size) = read.map_err(|e| match e {
            ReadError::Problem(problem) => {
                Error::refused(DataSaid::DataFileUnreadableRecords { name: name.clone(), problem: Box::new(problem) })
            }
            ReadError::Stopped { at, error } => Error::refused(DataSaid::DataRecordNotStored {
                name: name.clone(),
                at: Box::new(at),
                store: StoreSaid::of(&error).map(Box::new),
                detail: error.to_string(),
            }),
        })?;
        // Refused here, inside the import, so that nothing is kept.
        if records == 0 {
            return Err(Error::refused(DataSaid::DataFileNoRecords { name: name.clone() }));
        }
        if import.kept() == 0 {
            return Err(Error::refused(DataSaid::NoRecordMatched {
                name: name.clone(),
                identifiers: identifiers.describe(),
                records,
            }));
        }
        Ok(FileRead { sha256, size, columns, records_read: records })
    })
}

fn redact_data<B: StepBook<Register: DataRegister> + ?Sized>(book: &B, input: &RedactionInput) -> Result<Redaction> {
    let case = crate::lifecycle::case(&mut *book.register(), &input.reference)?;
    let reason = input.reason;
    let article = input.article.as_deref().map(str::trim).filter(|a| !a.is_empty());
    match (reason, article) {
        (RedactionReason::Exemption, None) => {
            return Err(Error::refused_in("article", DataSaid::ExemptionNeedsArticle));
        }
        (r, Some(_)) if r != RedactionReason::Exemption => {
            return Err(Error::refused_in("article", DataSaid::ArticleOnlyForExemption));
        }
        _ => {}
    }
    let note = input.note.trim();
    if note.is_empty() {
        return Err(Error::refused_in("note", DataSaid::RedactionNeedsNote));
    }
    let field = input.field.as_deref().map(str::trim).filter(|f| !f.is_empty());
    let item = input.item.trim();
    let (file_id, item_id, known_fields) = redaction_target(book, &case, item)?;
    if let Some(f) = field.filter(|f| !known_fields.iter().any(|k| k == f)) {
        return Err(Error::refused(DataSaid::ItemHasNoField {
            item: item.to_string(),
            field: f.to_string(),
            fields: known_fields,
        }));
    }
    let existing = book.register().redactions(case.id)?;
    if existing.iter().any(|r| r.file_id == file_id && r.item_id == item_id && r.field.as_deref() == field) {
        return Err(Error::conflicting(DataSaid::AlreadyRedacted {
            item: item.to_string(),
            field: field.map(str::to_string),
        }));
    }
    let new = NewRedaction { file_id, item_id, field, reason: reason.code(), article, note };
    let stamp = book.stamp();
    let r = book.register().add_redaction(case.id, &new, stamp)?;
    Ok(r)
}

/// What `item` names on the case (a record id, or `file-N` for a whole
/// file): its file, its record if any, and the fields that can be withheld.
fn redaction_target<B: StepBook<Register: DataRegister> + ?Sized>(
    book: &B,
    case: &Case,
    item: &str,
) -> Result<(i64, Option<i64>, Vec<String>)> {
    let not_on_case = || Error::NotFound { what: "data item", key: format!("{item} on case {}", case.reference) };
    if let Some(file) = item.strip_prefix("file-") {
        let id: i64 = file.parse().map_err(|_| Error::refused(DataSaid::InvalidItem { item: item.to_string() }))?;
        let found = book.register().data_file(id);
        let (owner, file) = found.map_err(|_| not_on_case())?;
        if owner != case.id {
            return Err(not_on_case());
        }
        Ok((file.id, None, file.columns))
    } else {
        let id: i64 = item.parse().map_err(|_| Error::refused(DataSaid::InvalidItem { item: item.to_string() }))?;
        let found = book.register().data_item(id);
        let (owner, record) = found.map_err(|_| not_on_case())?;
        if owner != case.id {
            return Err(not_on_case());
        }
        Ok((record.file_id, Some(record.id), record.fields.keys().cloned().collect()))
    }
}

/// The redactions of a case arranged for applying them while exporting.
#[derive(Debug, Default)]
pub(crate) struct Withheld {
    files: BTreeSet<i64>,
    file_fields: BTreeMap<i64, BTreeSet<String>>,
    items: BTreeSet<i64>,
    item_fields: BTreeMap<i64, BTreeSet<String>>,
}

impl Withheld {
    pub(crate) fn new(redactions: &[Redaction]) -> Withheld {
        let mut w = Withheld::default();
        for r in redactions {
            match (r.item_id, &r.field) {
                (None, None) => {
                    w.files.insert(r.file_id);
                }
                (None, Some(f)) => {
                    w.file_fields.entry(r.file_id).or_default().insert(f.clone());
                }
                (Some(i), None) => {
                    w.items.insert(i);
                }
                (Some(i), Some(f)) => {
                    w.item_fields.entry(i).or_default().insert(f.clone());
                }
            }
        }
        w
    }

    pub(crate) fn file_withheld(&self, file: i64) -> bool {
        self.files.contains(&file)
    }

    /// The record as given to the person: `None` when withheld whole, else
    /// with each withheld field's value replaced by [`REDACTED`].
    pub(crate) fn apply(&self, mut item: DataItem) -> Option<DataItem> {
        if self.files.contains(&item.file_id) || self.items.contains(&item.id) {
            return None;
        }
        for set in [self.file_fields.get(&item.file_id), self.item_fields.get(&item.id)].into_iter().flatten() {
            for f in set {
                if let Some(v) = item.fields.get_mut(f) {
                    *v = Value::String(REDACTED.into());
                }
            }
        }
        Some(item)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use casebook_intake::export::{ExportProblem, RecordAt};

    #[test]
    fn a_file_that_does_not_read_is_refused_with_its_problem_as_facts() {
        let dir = tempfile::tempdir().unwrap();
        let (book, reference) = crate::demo_organisation::demo_register(dir.path());
        let import = |file: &str, bytes: &[u8]| {
            let path = dir.path().join(file);
            std::fs::write(&path, bytes).unwrap();
            let input = DataImportInput {
                reference: reference.clone(),
                system: "accounts".into(),
                categories: "contact".into(),
                path: path.clone(),
                match_identifiers: false,
            };
            (path.display().to_string(), book.import_data(&input).unwrap_err())
        };
        let (name, e) = import("quote.csv", b"a,b\n1,2\n3,\"4\n5,6\n");
        assert_eq!(
            e.to_string(),
            format!("{name}: line 3: a quoted field is never closed (broken quote); nothing imported")
        );
        let problem = ExportProblem::QuoteNeverClosed { line: 3 };
        assert_eq!(e.said(), Some(DataSaid::DataFileUnreadableRecords { name, problem: Box::new(problem) }.into()));
        let (name, e) = import("utf16.csv", b"\xff\xfea\x00,\x00b\x00");
        assert_eq!(e.to_string(), format!("{name}: the file is UTF-16; save it as UTF-8 and import it again"));
        assert_eq!(
            e.said(),
            Some(DataSaid::DataFileStartInvalid { name, problem: Box::new(ExportProblem::Utf16) }.into())
        );
        assert!(book.case_data(&reference, 10, 0).unwrap().files.is_empty());
    }

    #[test]
    fn a_record_not_stored_says_where_it_is_and_the_store_s_english() {
        let said = DataSaid::DataRecordNotStored {
            name: "crm.csv".into(),
            at: Box::new(RecordAt::Line { line: 3, record: 2 }),
            store: Some(Box::new(StoreSaid::Database { detail: "disk I/O error".into() })),
            detail: "database error: disk I/O error".into(),
        };
        assert_eq!(said.to_string(), "crm.csv: line 3 (record 2): database error: disk I/O error; nothing imported");
        assert_eq!(
            serde_json::to_value(&said).unwrap()["at"],
            serde_json::json!({ "kind": "line", "line": 3, "record": 2 })
        );
    }

    #[test]
    fn redactions_apply_to_files_records_and_fields() {
        let item = |id, file| DataItem {
            id,
            file_id: file,
            system: "crm".into(),
            record_no: id,
            line: None,
            fields: serde_json::from_str(r#"{"a":"1","b":"2"}"#).unwrap(),
            matches: None,
        };
        let r = |file_id, item_id, field: Option<&str>| Redaction {
            id: 0,
            file_id,
            system: "crm".into(),
            item_id,
            field: field.map(str::to_string),
            reason: "third-party-data".into(),
            article: None,
            note: "n".into(),
            at: String::new(),
            actor: String::new(),
        };
        let w =
            Withheld::new(&[r(1, None, None), r(2, Some(20), None), r(2, Some(21), Some("a")), r(3, None, Some("b"))]);
        assert!(w.apply(item(10, 1)).is_none());
        assert!(w.apply(item(20, 2)).is_none());
        let f = w.apply(item(21, 2)).unwrap().fields;
        assert_eq!((f["a"].as_str(), f["b"].as_str()), (Some(REDACTED), Some("2")));
        let f = w.apply(item(30, 3)).unwrap().fields;
        assert_eq!((f["a"].as_str(), f["b"].as_str()), (Some("1"), Some(REDACTED)));
        assert!(w.apply(item(22, 2)).unwrap().fields["a"] == "1");
    }
}

//! The person's data gathered per case: imported files, the records kept
//! from them, and redactions. A file is imported in one transaction
//! ([`DataRegister::import_data`], on the local file through
//! [`Store::begin_data_import`]): records are added as the file is read, and
//! nothing is stored unless the whole file read and the import commits it
//! with its audit entry. An error half-way rolls everything back.
//!
//! [`DataRegister`] is what the data use cases ask of a register, whichever
//! back end holds it; the team register's implementation is in
//! `pg/data.rs`, reading rows with the same readers as here.

use casebook_core::CaseId;
use rusqlite::{OptionalExtension, Transaction, params};
use serde::Serialize;

use crate::cached::Cached;
use crate::stored::{StoredRow, instant, parse_json, parse_json_opt};
use crate::{Error, Result, Stamp, Store, audit};

/// What is known of a file before its records are read.
#[derive(Debug, Clone)]
pub struct NewDataFile<'a> {
    pub case: CaseId,
    pub system: &'a str,
    pub categories: &'a [String],
    pub file_name: &'a str,
    /// csv | json
    pub format: &'a str,
    /// The identifiers matched on, when only matching records are kept.
    pub identifiers: Option<&'a serde_json::Value>,
}

/// A file as stored.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct DataFile {
    pub id: i64,
    pub system: String,
    pub categories: Vec<String>,
    pub file_name: String,
    pub format: String,
    pub sha256: String,
    pub size: i64,
    pub columns: Vec<String>,
    pub records_read: i64,
    pub records_kept: i64,
    #[cfg_attr(feature = "ts", ts(type = "unknown"))]
    pub identifiers: Option<serde_json::Value>,
    pub imported_at: String,
    pub imported_by: String,
}

/// One record kept from a file.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct DataItem {
    pub id: i64,
    pub file_id: i64,
    pub system: String,
    pub record_no: i64,
    pub line: Option<i64>,
    /// Each field's value as read: text, a number, or a nested structure.
    #[cfg_attr(feature = "ts", ts(type = "Record<string, unknown>"))]
    pub fields: serde_json::Map<String, serde_json::Value>,
    /// Why the record was kept (none: the whole file was kept), as intake wrote them.
    #[cfg_attr(feature = "ts", ts(as = "Option<Vec<casebook_core::data::Match>>"))]
    pub matches: Option<serde_json::Value>,
}

/// Something withheld, and why.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Redaction {
    pub id: i64,
    pub file_id: i64,
    pub system: String,
    pub item_id: Option<i64>,
    pub field: Option<String>,
    #[cfg_attr(feature = "ts", ts(as = "casebook_core::data::RedactionReason"))]
    pub reason: String,
    pub article: Option<String>,
    pub note: String,
    pub at: String,
    pub actor: String,
}

impl Redaction {
    /// What is withheld, in words: a whole file, a field across a file, a
    /// record, or one field of a record.
    pub fn target(&self) -> String {
        match (self.item_id, &self.field) {
            (None, None) => format!("file-{} (whole file)", self.file_id),
            (None, Some(f)) => format!("file-{} field {f} (every record)", self.file_id),
            (Some(i), None) => format!("record {i}"),
            (Some(i), Some(f)) => format!("record {i} field {f}"),
        }
    }
}

/// A redaction to record.
#[derive(Debug, Clone)]
pub struct NewRedaction<'a> {
    pub file_id: i64,
    pub item_id: Option<i64>,
    pub field: Option<&'a str>,
    pub reason: &'a str,
    pub article: Option<&'a str>,
    pub note: &'a str,
}

/// An import in progress: one open transaction.
pub struct DataImport<'s> {
    tx: Transaction<'s>,
    file_id: i64,
    case_id: i64,
    reference: String,
    kept: i64,
}

impl DataImport<'_> {
    /// Adds one kept record (`fields` is a JSON object, `matches` a JSON array).
    pub fn add(&mut self, record_no: u64, line: Option<u64>, fields: &str, matches: Option<&str>) -> Result<()> {
        self.tx.exec(
            "INSERT INTO data_items (file_id, record_no, line, fields, matches) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![self.file_id, record_no as i64, line.map(|l| l as i64), fields, matches],
        )?;
        self.kept += 1;
        Ok(())
    }

    pub fn kept(&self) -> i64 {
        self.kept
    }

    /// Completes the file's row and commits it with its audit entry.
    pub fn finish(
        self,
        sha256: &str,
        size: u64,
        columns: &[String],
        records_read: u64,
        stamp: Stamp<'_>,
    ) -> Result<DataFile> {
        let columns_json = serde_json::to_string(columns).expect("strings serialise");
        self.tx.exec(
            "UPDATE data_files SET sha256 = ?2, size = ?3, columns = ?4, records_read = ?5 WHERE id = ?1",
            params![self.file_id, sha256, size as i64, columns_json, records_read as i64],
        )?;
        let file = file_in(&self.tx, self.file_id)?;
        let after = serde_json::to_string(&file).expect("files serialise");
        self.tx.execute("UPDATE cases SET updated_at = ?2 WHERE id = ?1", params![self.case_id, instant(stamp.at)])?;
        audit::append(&self.tx, stamp, Some((self.case_id, &self.reference)), "data.imported", None, Some(&after))?;
        self.tx.commit()?;
        Ok(file)
    }
}

/// A file's columns in the order [`file_row`] reads them (both back ends).
pub(crate) const FILE_COLUMNS: &str =
    "f.id, f.system, f.categories, f.file_name, f.format, f.sha256, f.size, f.columns, f.records_read,
     (SELECT count(*) FROM data_items i WHERE i.file_id = f.id), f.identifiers, f.imported_at, f.imported_by";

/// A file from a row of either back end ([`FILE_COLUMNS`]).
pub(crate) fn file_row<R: StoredRow>(r: &R) -> std::result::Result<DataFile, R::Error> {
    Ok(DataFile {
        id: r.int(0)?,
        system: r.text(1)?,
        categories: parse_json("data file categories", r.text(2)?)?,
        file_name: r.text(3)?,
        format: r.text(4)?,
        sha256: r.text(5)?,
        size: r.int(6)?,
        columns: parse_json("data file columns", r.text(7)?)?,
        records_read: r.int(8)?,
        records_kept: r.int(9)?,
        identifiers: parse_json_opt("data file identifiers", r.text_opt(10)?)?,
        imported_at: r.text(11)?,
        imported_by: r.text(12)?,
    })
}

fn file_in(conn: &rusqlite::Connection, id: i64) -> Result<DataFile> {
    conn.query_row(&format!("SELECT {FILE_COLUMNS} FROM data_files f WHERE f.id = ?1"), [id], |r| file_row(r))
        .optional()?
        .ok_or_else(|| Error::NotFound { what: "data file", key: id.to_string() })
}

/// A record from a row of either back end ([`ITEM_COLUMNS`]).
pub(crate) fn item_row<R: StoredRow>(r: &R) -> std::result::Result<DataItem, R::Error> {
    Ok(DataItem {
        id: r.int(0)?,
        file_id: r.int(1)?,
        system: r.text(2)?,
        record_no: r.int(3)?,
        line: r.int_opt(4)?,
        fields: parse_json("data record fields", r.text(5)?)?,
        matches: parse_json_opt("data record matches", r.text_opt(6)?)?,
    })
}

/// A record's columns in the order [`item_row`] reads them (both back ends).
pub(crate) const ITEM_COLUMNS: &str = "i.id, i.file_id, f.system, i.record_no, i.line, i.fields, i.matches";

/// A redaction's columns in the order [`redaction_row`] reads them (both back ends).
pub(crate) const REDACTION_COLUMNS: &str =
    "r.id, r.file_id, f.system, r.item_id, r.field, r.reason, r.article, r.note, r.at, r.actor";

/// A redaction from a row of either back end ([`REDACTION_COLUMNS`]).
pub(crate) fn redaction_row<R: StoredRow>(r: &R) -> std::result::Result<Redaction, R::Error> {
    Ok(Redaction {
        id: r.int(0)?,
        file_id: r.int(1)?,
        system: r.text(2)?,
        item_id: r.int_opt(3)?,
        field: r.text_opt(4)?,
        reason: r.text(5)?,
        article: r.text_opt(6)?,
        note: r.text(7)?,
        at: r.text(8)?,
        actor: r.text(9)?,
    })
}

impl Store {
    /// Opens the transaction of one file's import.
    pub fn begin_data_import(&mut self, new: &NewDataFile<'_>, stamp: Stamp<'_>) -> Result<DataImport<'_>> {
        let tx = self.conn.transaction()?;
        let reference = crate::case_ref::reference_of(&tx, new.case.0)?;
        tx.exec(
            "INSERT INTO data_files (case_id, system, categories, file_name, format, sha256, size, columns,
                 records_read, identifiers, imported_at, imported_by)
             VALUES (?1, ?2, ?3, ?4, ?5, '', 0, '[]', 0, ?6, ?7, ?8)",
            params![
                new.case.0,
                new.system,
                serde_json::to_string(new.categories).expect("strings serialise"),
                new.file_name,
                new.format,
                new.identifiers.map(|v| v.to_string()),
                instant(stamp.at),
                stamp.actor
            ],
        )?;
        let file_id = tx.last_insert_rowid();
        Ok(DataImport { tx, file_id, case_id: new.case.0, reference, kept: 0 })
    }

    /// The files imported for a case, in the order they came in.
    pub fn data_files(&self, case: CaseId) -> Result<Vec<DataFile>> {
        let mut stmt = self
            .conn
            .prepare_cached(&format!("SELECT {FILE_COLUMNS} FROM data_files f WHERE f.case_id = ?1 ORDER BY f.id"))?;
        let rows = stmt.query_map([case.0], |r| file_row(r))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// One record with the case it belongs to.
    pub fn data_item(&self, id: i64) -> Result<(CaseId, DataItem)> {
        self.conn
            .query_row(
                &format!("SELECT {ITEM_COLUMNS}, f.case_id FROM data_items i JOIN data_files f ON f.id = i.file_id WHERE i.id = ?1"),
                [id],
                |r| Ok((CaseId(r.get(7)?), item_row(r)?)),
            )
            .optional()?
            .ok_or_else(|| Error::NotFound { what: "data item", key: id.to_string() })
    }

    /// One file with the case it belongs to.
    pub fn data_file(&self, id: i64) -> Result<(CaseId, DataFile)> {
        let case: i64 = self
            .conn
            .query_row("SELECT case_id FROM data_files WHERE id = ?1", [id], |r| r.get(0))
            .optional()?
            .ok_or_else(|| Error::NotFound { what: "data file", key: id.to_string() })?;
        Ok((CaseId(case), file_in(&self.conn, id)?))
    }

    /// Calls `each` for every record of the files `file_ids`, in file then
    /// record order, reading one row at a time (exports stream through this).
    pub fn for_each_data_item<E: From<Error>>(
        &self,
        file_ids: &[i64],
        mut each: impl FnMut(DataItem) -> Result<(), E>,
    ) -> Result<(), E> {
        let mut stmt = self
            .conn
            .prepare_cached(&format!(
                "SELECT {ITEM_COLUMNS} FROM data_items i JOIN data_files f ON f.id = i.file_id
                 WHERE i.file_id = ?1 ORDER BY i.record_no, i.id"
            ))
            .map_err(|e| E::from(Error::from(e)))?;
        for file in file_ids {
            let mut rows = stmt.query([file]).map_err(|e| E::from(Error::from(e)))?;
            while let Some(r) = rows.next().map_err(|e| E::from(Error::from(e)))? {
                each(item_row(r).map_err(|e| E::from(Error::from(e)))?)?;
            }
        }
        Ok(())
    }

    /// A page of a case's records (for `casebook data list`).
    pub fn data_items(&self, case: CaseId, limit: u32, offset: u32) -> Result<Vec<DataItem>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {ITEM_COLUMNS} FROM data_items i JOIN data_files f ON f.id = i.file_id
             WHERE f.case_id = ?1 ORDER BY i.file_id, i.record_no, i.id LIMIT ?2 OFFSET ?3"
        ))?;
        let rows = stmt.query_map(params![case.0, limit, offset], |r| item_row(r))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Records a redaction with its audit entry.
    pub fn add_redaction(&mut self, case: CaseId, new: &NewRedaction<'_>, stamp: Stamp<'_>) -> Result<Redaction> {
        let tx = self.conn.transaction()?;
        let reference = crate::case_ref::reference_of(&tx, case.0)?;
        tx.exec(
            "INSERT INTO data_redactions (case_id, file_id, item_id, field, reason, article, note, at, actor)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            params![
                case.0,
                new.file_id,
                new.item_id,
                new.field,
                new.reason,
                new.article,
                new.note,
                instant(stamp.at),
                stamp.actor
            ],
        )?;
        let id = tx.last_insert_rowid();
        let redaction = redactions_in(&tx, case, Some(id))?.pop().expect("just inserted");
        let after = serde_json::to_string(&redaction).expect("redactions serialise");
        tx.execute("UPDATE cases SET updated_at = ?2 WHERE id = ?1", params![case.0, instant(stamp.at)])?;
        audit::append(&tx, stamp, Some((case.0, &reference)), "data.redacted", None, Some(&after))?;
        tx.commit()?;
        Ok(redaction)
    }

    /// The redaction schedule of a case: what is withheld and why, oldest first.
    pub fn redactions(&self, case: CaseId) -> Result<Vec<Redaction>> {
        redactions_in(&self.conn, case, None)
    }

    /// The latest import or redaction on a case: the instant its data last changed.
    pub fn data_changed_at(&self, case: CaseId) -> Result<Option<String>> {
        Ok(self.conn.query_row(
            "SELECT max(at) FROM (SELECT imported_at AS at FROM data_files WHERE case_id = ?1
                                  UNION ALL SELECT at FROM data_redactions WHERE case_id = ?1)",
            [case.0],
            |r| r.get(0),
        )?)
    }

    /// Records that a package was exported (its hash and files), audited.
    pub fn record_package_export(&mut self, case: CaseId, detail: &serde_json::Value, stamp: Stamp<'_>) -> Result<()> {
        let tx = self.conn.transaction()?;
        let reference = crate::case_ref::reference_of(&tx, case.0)?;
        audit::append(&tx, stamp, Some((case.0, &reference)), "package.exported", None, Some(&detail.to_string()))?;
        tx.commit()?;
        Ok(())
    }
}

fn redactions_in(conn: &rusqlite::Connection, case: CaseId, only: Option<i64>) -> Result<Vec<Redaction>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {REDACTION_COLUMNS} FROM data_redactions r JOIN data_files f ON f.id = r.file_id
         WHERE r.case_id = ?1 AND (?2 IS NULL OR r.id = ?2) ORDER BY r.id"
    ))?;
    let rows = stmt.query_map(params![case.0, only], |r| redaction_row(r))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// What reading a whole file gave, to complete its row with.
#[derive(Debug, Clone)]
pub struct FileRead {
    pub sha256: String,
    pub size: u64,
    /// The fields in the file's order.
    pub columns: Vec<String>,
    pub records_read: u64,
}

/// Where an import being read puts the records it keeps: the open
/// transaction of [`DataRegister::import_data`].
pub trait DataSink {
    /// Adds one kept record (`fields` is a JSON object, `matches` a JSON array).
    fn add(&mut self, record_no: u64, line: Option<u64>, fields: &str, matches: Option<&str>) -> Result<()>;
    /// The records added so far.
    fn kept(&self) -> i64;
}

impl DataSink for DataImport<'_> {
    fn add(&mut self, record_no: u64, line: Option<u64>, fields: &str, matches: Option<&str>) -> Result<()> {
        DataImport::add(self, record_no, line, fields, matches)
    }

    fn kept(&self) -> i64 {
        DataImport::kept(self)
    }
}

/// What the data use cases ask of a register, whichever back end holds it
/// (the local file, [`Store`]; a team register, [`crate::PgStore`] in
/// `pg/data.rs`): a case's imported files and records, importing one file in
/// one transaction, and redactions. Every write is one transaction with its
/// audit entry.
pub trait DataRegister {
    /// Imports one file of `new.case` in one transaction: `read` puts the
    /// records kept into the sink it is given and says what the whole file
    /// gave; the file is then stored with its audit entry (`data.imported`).
    /// When `read` fails, nothing is stored and its error is returned.
    fn import_data<E: From<Error>>(
        &mut self,
        new: &NewDataFile<'_>,
        stamp: Stamp<'_>,
        read: impl FnOnce(&mut dyn DataSink) -> std::result::Result<FileRead, E>,
    ) -> std::result::Result<DataFile, E>;
    /// The files imported for a case, in the order they came in.
    fn data_files(&mut self, case: CaseId) -> Result<Vec<DataFile>>;
    /// One file with the case it belongs to.
    fn data_file(&mut self, id: i64) -> Result<(CaseId, DataFile)>;
    /// One record with the case it belongs to.
    fn data_item(&mut self, id: i64) -> Result<(CaseId, DataItem)>;
    /// A page of a case's records, in file then record order.
    fn data_items(&mut self, case: CaseId, limit: u32, offset: u32) -> Result<Vec<DataItem>>;
    /// Records a redaction with its audit entry (`data.redacted`).
    fn add_redaction(&mut self, case: CaseId, new: &NewRedaction<'_>, stamp: Stamp<'_>) -> Result<Redaction>;
    /// The redaction schedule of a case: what is withheld and why, oldest first.
    fn redactions(&mut self, case: CaseId) -> Result<Vec<Redaction>>;
    /// Calls `each` for every record of the files `file_ids`, in file then
    /// record order, reading one row at a time (the package streams through this).
    fn for_each_data_item<E: From<Error>>(
        &mut self,
        file_ids: &[i64],
        each: impl FnMut(DataItem) -> std::result::Result<(), E>,
    ) -> std::result::Result<(), E>;
    /// The latest import or redaction on a case: the instant its data last changed.
    fn data_changed_at(&mut self, case: CaseId) -> Result<Option<String>>;
    /// Records that a package was exported (its hash and files), audited (`package.exported`).
    fn record_package_export(&mut self, case: CaseId, detail: &serde_json::Value, stamp: Stamp<'_>) -> Result<()>;
}

/// What the portability package asks of a register beyond the person's data
/// and the case's letters: a stored document's bytes (the access response
/// already sent, as the cover letter), and a cover letter made for the
/// package recorded as the correspondence out with its PDF, audited.
pub trait PackageRegister: DataRegister + crate::LetterRegister {
    /// The bytes of a stored document the member may read, by hash.
    fn document_bytes(&mut self, sha256: &str) -> Result<Vec<u8>>;
    /// Records a letter sent with its PDF among the case's documents, in one
    /// transaction with its audit entries; the correspondence's id.
    fn record_letter_out(
        &mut self,
        case: CaseId,
        c: &crate::Correspondence,
        pdf: &crate::NewDocument<'_>,
        stamp: Stamp<'_>,
    ) -> Result<i64>;
}

impl PackageRegister for Store {
    fn document_bytes(&mut self, sha256: &str) -> Result<Vec<u8>> {
        Store::document_bytes(self, sha256)
    }

    fn record_letter_out(
        &mut self,
        case: CaseId,
        c: &crate::Correspondence,
        pdf: &crate::NewDocument<'_>,
        stamp: Stamp<'_>,
    ) -> Result<i64> {
        Store::add_correspondence(self, case, c, Some(pdf), stamp)
    }
}

impl DataRegister for Store {
    fn import_data<E: From<Error>>(
        &mut self,
        new: &NewDataFile<'_>,
        stamp: Stamp<'_>,
        read: impl FnOnce(&mut dyn DataSink) -> std::result::Result<FileRead, E>,
    ) -> std::result::Result<DataFile, E> {
        let mut import = self.begin_data_import(new, stamp)?;
        let done = read(&mut import)?;
        Ok(import.finish(&done.sha256, done.size, &done.columns, done.records_read, stamp)?)
    }

    fn data_files(&mut self, case: CaseId) -> Result<Vec<DataFile>> {
        Store::data_files(self, case)
    }

    fn data_file(&mut self, id: i64) -> Result<(CaseId, DataFile)> {
        Store::data_file(self, id)
    }

    fn data_item(&mut self, id: i64) -> Result<(CaseId, DataItem)> {
        Store::data_item(self, id)
    }

    fn data_items(&mut self, case: CaseId, limit: u32, offset: u32) -> Result<Vec<DataItem>> {
        Store::data_items(self, case, limit, offset)
    }

    fn add_redaction(&mut self, case: CaseId, new: &NewRedaction<'_>, stamp: Stamp<'_>) -> Result<Redaction> {
        Store::add_redaction(self, case, new, stamp)
    }

    fn redactions(&mut self, case: CaseId) -> Result<Vec<Redaction>> {
        Store::redactions(self, case)
    }

    fn for_each_data_item<E: From<Error>>(
        &mut self,
        file_ids: &[i64],
        each: impl FnMut(DataItem) -> std::result::Result<(), E>,
    ) -> std::result::Result<(), E> {
        Store::for_each_data_item(self, file_ids, each)
    }

    fn data_changed_at(&mut self, case: CaseId) -> Result<Option<String>> {
        Store::data_changed_at(self, case)
    }

    fn record_package_export(&mut self, case: CaseId, detail: &serde_json::Value, stamp: Stamp<'_>) -> Result<()> {
        Store::record_package_export(self, case, detail, stamp)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::OpenMode;
    use casebook_core::*;

    fn store_with_case(dir: &std::path::Path) -> (Store, Case) {
        let mut store = Store::open(&dir.join("c.db"), OpenMode::CreateIfMissing).unwrap();
        let new = crate::test_support::new_case("Ada", &[Right::Access]);
        let case = store.insert_case(&new, None, stamp()).unwrap();
        (store, case)
    }

    fn stamp() -> Stamp<'static> {
        Stamp { at: "2026-11-29T10:00:00Z".parse().unwrap(), actor: "t" }
    }

    /// Begins importing the case's `crm.csv` (contact data) and adds
    /// `records`: (record number, line, fields' JSON, what matched).
    fn importing<'s>(
        store: &'s mut Store,
        case: CaseId,
        records: &[(u64, Option<u64>, &str, Option<&str>)],
    ) -> DataImport<'s> {
        let cats = vec!["contact".to_string()];
        let new = NewDataFile {
            case,
            system: "crm",
            categories: &cats,
            file_name: "crm.csv",
            format: "csv",
            identifiers: None,
        };
        let mut import = store.begin_data_import(&new, stamp()).unwrap();
        for &(record_no, line, fields, matches) in records {
            import.add(record_no, line, fields, matches).unwrap();
        }
        import
    }

    #[test]
    fn an_import_is_stored_whole_with_its_audit_entry() {
        let dir = tempfile::tempdir().unwrap();
        let (mut store, case) = store_with_case(dir.path());
        let records = [
            (1, Some(2), r#"{"email":"a@b.c"}"#, None),
            (2, Some(3), r#"{"email":"d@e.f"}"#, Some(r#"[{"field":"email"}]"#)),
        ];
        let file = importing(&mut store, case.id, &records).finish("ab12", 40, &["email".into()], 2, stamp()).unwrap();
        assert_eq!(
            (file.records_kept, file.records_read, file.columns.as_slice()),
            (2, 2, ["email".to_string()].as_slice())
        );
        let mut seen = Vec::new();
        store
            .for_each_data_item::<Error>(&[file.id], |i| {
                seen.push((i.record_no, i.fields["email"].as_str().unwrap().to_string()));
                Ok(())
            })
            .unwrap();
        assert_eq!(seen, [(1, "a@b.c".to_string()), (2, "d@e.f".to_string())]);
        assert!(store.verify_audit().unwrap().is_intact());
        let entries: i64 = store
            .conn
            .query_row("SELECT count(*) FROM audit_log WHERE action = 'data.imported'", [], |r| r.get(0))
            .unwrap();
        assert_eq!(entries, 1);
    }

    #[test]
    fn an_import_dropped_half_way_leaves_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let (mut store, case) = store_with_case(dir.path());
        drop(importing(&mut store, case.id, &[(1, Some(2), "{}", None)]));
        assert!(store.data_files(case.id).unwrap().is_empty());
        let items: i64 = store.conn.query_row("SELECT count(*) FROM data_items", [], |r| r.get(0)).unwrap();
        assert_eq!(items, 0);
    }

    #[test]
    fn redactions_are_listed_with_their_system() {
        let dir = tempfile::tempdir().unwrap();
        let (mut store, case) = store_with_case(dir.path());
        let import = importing(&mut store, case.id, &[(1, None, r#"{"n":"x"}"#, None)]);
        let file = import.finish("ab", 1, &["n".into()], 1, stamp()).unwrap();
        let item = store.data_items(case.id, 10, 0).unwrap()[0].id;
        let r = store
            .add_redaction(
                case.id,
                &NewRedaction {
                    file_id: file.id,
                    item_id: Some(item),
                    field: Some("n"),
                    reason: "third-party-data",
                    article: None,
                    note: "a colleague",
                },
                stamp(),
            )
            .unwrap();
        assert_eq!((r.system.as_str(), r.field.as_deref()), ("crm", Some("n")));
        assert_eq!(store.redactions(case.id).unwrap(), [r]);
        assert_eq!(store.data_changed_at(case.id).unwrap().as_deref(), Some("2026-11-29T10:00:00.000000Z"));
        assert!(store.verify_audit().unwrap().is_intact());
    }
}

//! The person's data on a team register ([`DataRegister`] for [`PgStore`],
//! schema 12): a case's imported files, the records kept from them and what
//! is withheld; the same rows, checks and audit entries as the local
//! register's (`crate::data`), read by the same row readers.
//!
//! A file is imported in one transaction: the case's row is locked (which an
//! auditor's GRANTs refuse, as they refuse every write here), the file's row
//! written, each record kept added as the file is read, then the file's row
//! completed and its audit entry appended under the chain's lock, before
//! the commit; a fault half-way drops the transaction and leaves nothing.
//! An HR case's data is hidden by row-level security from members outside
//! `casebook_hr`; who imported or withheld something is the database's
//! `current_user`.
//!
//! Also what the portability package needs ([`PackageRegister`]): the
//! records streamed a row at a time, a document's bytes, the package and its
//! cover letter recorded with their audit entries.

use casebook_core::CaseId;
use postgres::{Statement, Transaction};

use super::audit::Chain;
use super::cases::{Fail, Step};
use super::documents::{attach, correspond, lock_case, touch};
use super::{PgStore, worded};
use crate::data::{
    DataRegister, DataSink, FILE_COLUMNS, FileRead, ITEM_COLUMNS, PackageRegister, REDACTION_COLUMNS, file_row,
    item_row, redaction_row,
};
use crate::location::PgConfig;
use crate::stored::instant;
use crate::{Correspondence, NewDocument};
use crate::{DataFile, DataItem, Error, NewDataFile, NewRedaction, Redaction, Result, Stamp};

const IMPORTING: &str = "importing data";

/// The records of an import being read, added to its open transaction.
struct PgImport<'a, 't> {
    tx: &'a mut Transaction<'t>,
    insert: Statement,
    file_id: i64,
    kept: i64,
    user: &'a str,
    config: &'a PgConfig,
}

impl DataSink for PgImport<'_, '_> {
    fn add(&mut self, record_no: u64, line: Option<u64>, fields: &str, matches: Option<&str>) -> Result<()> {
        let (record_no, line) = (record_no as i64, line.map(|l| l as i64));
        self.tx
            .execute(&self.insert, &[&self.file_id, &record_no, &line, &fields, &matches])
            .map_err(|e| worded(self.user, self.config, e, IMPORTING))?;
        self.kept += 1;
        Ok(())
    }

    fn kept(&self) -> i64 {
        self.kept
    }
}

/// A step's failure as the store's error, worded for `user`.
fn failed(user: &str, config: &PgConfig, doing: &str) -> impl Fn(Fail) -> Error {
    move |f| match f {
        Fail::Store(e) => e,
        Fail::Server(e) => worded(user, config, e, doing),
    }
}

/// Locks the case and writes the file's row (completed by [`finish`]); the
/// case's reference, the file's id and the statement adding a record.
fn begin(tx: &mut Transaction<'_>, new: &NewDataFile<'_>, stamp: Stamp<'_>) -> Step<(String, i64, Statement)> {
    let reference = lock_case(tx, new.case)?;
    let categories = serde_json::to_string(new.categories).expect("strings serialise");
    let identifiers = new.identifiers.map(|v| v.to_string());
    let id: i64 = tx
        .query_one(
            "INSERT INTO data_files (case_id, system, categories, file_name, format, sha256, size, columns,
                 records_read, identifiers, imported_at, imported_by)
             VALUES ($1, $2, $3, $4, $5, '', 0, '[]', 0, $6, $7, current_user) RETURNING id",
            &[&new.case.0, &new.system, &categories, &new.file_name, &new.format, &identifiers, &instant(stamp.at)],
        )?
        .get(0);
    let insert =
        tx.prepare("INSERT INTO data_items (file_id, record_no, line, fields, matches) VALUES ($1, $2, $3, $4, $5)")?;
    Ok((reference, id, insert))
}

/// Completes the file's row from what reading it gave, with its audit entry.
fn finish(
    tx: &mut Transaction<'_>,
    user: &str,
    case: CaseId,
    reference: &str,
    file_id: i64,
    done: &FileRead,
    stamp: Stamp<'_>,
) -> Step<DataFile> {
    let columns = serde_json::to_string(&done.columns).expect("strings serialise");
    tx.execute(
        "UPDATE data_files SET sha256 = $2, size = $3, columns = $4, records_read = $5 WHERE id = $1",
        &[&file_id, &done.sha256, &(done.size as i64), &columns, &(done.records_read as i64)],
    )?;
    let row = tx.query_one(&format!("SELECT {FILE_COLUMNS} FROM data_files f WHERE f.id = $1"), &[&file_id])?;
    let file = file_row(&row)?;
    let after = serde_json::to_string(&file).expect("files serialise");
    touch(tx, case, stamp)?;
    let mut chain = Chain::lock(tx)?;
    chain.append(tx, user, stamp.at, Some((case.0, reference)), "data.imported", None, Some(&after))?;
    chain.store_head(tx)?;
    Ok(file)
}

fn not_found(what: &'static str, id: i64) -> Error {
    Error::NotFound { what, key: id.to_string() }
}

impl DataRegister for PgStore {
    fn import_data<E: From<Error>>(
        &mut self,
        new: &NewDataFile<'_>,
        stamp: Stamp<'_>,
        read: impl FnOnce(&mut dyn DataSink) -> std::result::Result<FileRead, E>,
    ) -> std::result::Result<DataFile, E> {
        let (client, config, user) = (&mut self.client, &self.config, self.user.as_str());
        let fail = failed(user, config, IMPORTING);
        let mut tx = client.transaction().map_err(|e| E::from(worded(user, config, e, IMPORTING)))?;
        let (reference, file_id, insert) = begin(&mut tx, new, stamp).map_err(|f| E::from(fail(f)))?;
        let mut import = PgImport { tx: &mut tx, insert, file_id, kept: 0, user, config };
        // On an error the transaction is dropped, rolling the whole file back.
        let done = read(&mut import)?;
        let file = finish(&mut tx, user, new.case, &reference, file_id, &done, stamp).map_err(|f| E::from(fail(f)))?;
        tx.commit().map_err(|e| E::from(worded(user, config, e, IMPORTING)))?;
        Ok(file)
    }

    fn data_files(&mut self, case: CaseId) -> Result<Vec<DataFile>> {
        self.run("reading a case's data", |c, _| {
            let sql = format!("SELECT {FILE_COLUMNS} FROM data_files f WHERE f.case_id = $1 ORDER BY f.id");
            Ok(c.query(&sql, &[&case.0])?.iter().map(file_row).collect::<Result<_>>()?)
        })
    }

    fn data_file(&mut self, id: i64) -> Result<(CaseId, DataFile)> {
        self.run("reading a case's data", |c, _| {
            let sql = format!("SELECT {FILE_COLUMNS}, f.case_id FROM data_files f WHERE f.id = $1");
            let row = c.query_opt(&sql, &[&id])?.ok_or_else(|| not_found("data file", id))?;
            Ok((CaseId(row.get(13)), file_row(&row)?))
        })
    }

    fn data_item(&mut self, id: i64) -> Result<(CaseId, DataItem)> {
        self.run("reading a case's data", |c, _| {
            let sql = format!(
                "SELECT {ITEM_COLUMNS}, f.case_id FROM data_items i JOIN data_files f ON f.id = i.file_id
                 WHERE i.id = $1"
            );
            let row = c.query_opt(&sql, &[&id])?.ok_or_else(|| not_found("data item", id))?;
            Ok((CaseId(row.get(7)), item_row(&row)?))
        })
    }

    fn data_items(&mut self, case: CaseId, limit: u32, offset: u32) -> Result<Vec<DataItem>> {
        self.run("reading a case's data", |c, _| {
            let sql = format!(
                "SELECT {ITEM_COLUMNS} FROM data_items i JOIN data_files f ON f.id = i.file_id
                 WHERE f.case_id = $1 ORDER BY i.file_id, i.record_no, i.id LIMIT $2 OFFSET $3"
            );
            let rows = c.query(&sql, &[&case.0, &i64::from(limit), &i64::from(offset)])?;
            Ok(rows.iter().map(item_row).collect::<Result<_>>()?)
        })
    }

    fn add_redaction(&mut self, case: CaseId, new: &NewRedaction<'_>, stamp: Stamp<'_>) -> Result<Redaction> {
        self.run("withholding data", |c, user| {
            let mut tx = c.transaction()?;
            let reference = lock_case(&mut tx, case)?;
            let id: i64 = tx
                .query_one(
                    "INSERT INTO data_redactions (case_id, file_id, item_id, field, reason, article, note, at, actor)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, current_user) RETURNING id",
                    &[
                        &case.0,
                        &new.file_id,
                        &new.item_id,
                        &new.field,
                        &new.reason,
                        &new.article,
                        &new.note,
                        &instant(stamp.at),
                    ],
                )?
                .get(0);
            let sql = format!(
                "SELECT {REDACTION_COLUMNS} FROM data_redactions r JOIN data_files f ON f.id = r.file_id
                 WHERE r.id = $1"
            );
            let redaction = redaction_row(&tx.query_one(&sql, &[&id])?)?;
            let after = serde_json::to_string(&redaction).expect("redactions serialise");
            touch(&mut tx, case, stamp)?;
            let mut chain = Chain::lock(&mut tx)?;
            chain.append(&mut tx, user, stamp.at, Some((case.0, &reference)), "data.redacted", None, Some(&after))?;
            chain.store_head(&mut tx)?;
            tx.commit()?;
            Ok(redaction)
        })
    }

    fn redactions(&mut self, case: CaseId) -> Result<Vec<Redaction>> {
        self.run("reading a case's data", |c, _| {
            let sql = format!(
                "SELECT {REDACTION_COLUMNS} FROM data_redactions r JOIN data_files f ON f.id = r.file_id
                 WHERE r.case_id = $1 ORDER BY r.id"
            );
            Ok(c.query(&sql, &[&case.0])?.iter().map(redaction_row).collect::<Result<_>>()?)
        })
    }

    /// Each file's records as the server sends them, one row at a time.
    fn for_each_data_item<E: From<Error>>(
        &mut self,
        file_ids: &[i64],
        mut each: impl FnMut(DataItem) -> std::result::Result<(), E>,
    ) -> std::result::Result<(), E> {
        use postgres::fallible_iterator::FallibleIterator;
        let (client, config, user) = (&mut self.client, &self.config, self.user.as_str());
        let word = |e: postgres::Error| E::from(worded(user, config, e, "reading a case's data"));
        let sql = format!(
            "SELECT {ITEM_COLUMNS} FROM data_items i JOIN data_files f ON f.id = i.file_id
             WHERE i.file_id = $1 ORDER BY i.record_no, i.id"
        );
        let statement = client.prepare(&sql).map_err(word)?;
        for file in file_ids {
            let mut rows = client.query_raw(&statement, std::iter::once(*file)).map_err(word)?;
            while let Some(row) = rows.next().map_err(word)? {
                each(item_row(&row)?)?;
            }
        }
        Ok(())
    }

    fn data_changed_at(&mut self, case: CaseId) -> Result<Option<String>> {
        self.run("reading a case's data", |c, _| {
            let row = c.query_one(
                "SELECT max(at) FROM (SELECT imported_at AS at FROM data_files WHERE case_id = $1
                                      UNION ALL SELECT at FROM data_redactions WHERE case_id = $1) changes",
                &[&case.0],
            )?;
            Ok(row.get(0))
        })
    }

    fn record_package_export(&mut self, case: CaseId, detail: &serde_json::Value, stamp: Stamp<'_>) -> Result<()> {
        self.run("recording a package", |c, user| {
            let mut tx = c.transaction()?;
            let reference = lock_case(&mut tx, case)?;
            let after = detail.to_string();
            let mut chain = Chain::lock(&mut tx)?;
            chain.append(
                &mut tx,
                user,
                stamp.at,
                Some((case.0, &reference)),
                "package.exported",
                None,
                Some(&after),
            )?;
            chain.store_head(&mut tx)?;
            tx.commit()?;
            Ok(())
        })
    }
}

impl PackageRegister for PgStore {
    fn document_bytes(&mut self, sha256: &str) -> Result<Vec<u8>> {
        self.run("reading a document", |c, _| {
            let row = c.query_opt("SELECT bytes FROM documents WHERE sha256 = $1", &[&sha256])?;
            Ok(row.ok_or_else(|| Error::NotFound { what: "document", key: sha256.to_string() })?.get(0))
        })
    }

    /// The same rows and entries as a letter sent from its draft
    /// (`pg/letters.rs`): the document (its link first, so that the file is
    /// readable through it), then the correspondence out naming it.
    fn record_letter_out(
        &mut self,
        case: CaseId,
        c: &Correspondence,
        pdf: &NewDocument<'_>,
        stamp: Stamp<'_>,
    ) -> Result<i64> {
        self.run("recording a letter", |client, user| {
            let mut tx = client.transaction()?;
            let reference = lock_case(&mut tx, case)?;
            let mut chain = Chain::lock(&mut tx)?;
            // The PDF among the case's documents, then the correspondence out with it as its original.
            let sha = attach(&mut tx, &mut chain, user, (case.0, &reference), pdf, stamp.at)?.sha256;
            let out = Correspondence { sha256: Some(sha), ..c.clone() };
            let id = correspond(&mut tx, &mut chain, user, (case.0, &reference), &out, stamp.at)?;
            super::search::reindex_case(&mut tx, case.0)?;
            chain.store_head(&mut tx)?;
            tx.commit()?;
            Ok(id)
        })
    }
}

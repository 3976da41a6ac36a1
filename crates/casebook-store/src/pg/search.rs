//! The team register's full-text search: each case's words as a `tsvector`
//! (schema 3), rebuilt in the transaction that changes what is searched
//! (the case logged, a note added). The words are folded by
//! [`crate::search`], the local index's own rules, so that a search finds
//! the same cases on either back end.

use postgres::GenericClient;

use crate::search::tsvector_literal;

/// Rebuilds one case's words from what is stored: its reference, requester,
/// data subject, notes and correspondence (schema 11: a letter sent), in
/// the order the local index reads them. The case is one the caller has
/// just written or read in this transaction.
pub(super) fn reindex_case(c: &mut impl GenericClient, id: i64) -> Result<(), postgres::Error> {
    reindex_case_from(c, id, true)
}

/// [`reindex_case`]; without `mail`, before schema 11 made the correspondence table.
fn reindex_case_from(c: &mut impl GenericClient, id: i64, mail: bool) -> Result<(), postgres::Error> {
    let row = c.query_one("SELECT reference, requester, data_subject FROM cases WHERE id = $1", &[&id])?;
    let (reference, requester, subject): (String, String, Option<String>) = (row.get(0), row.get(1), row.get(2));
    let mut notes: Vec<String> =
        c.query("SELECT text FROM notes WHERE case_id = $1 ORDER BY id", &[&id])?.iter().map(|r| r.get(0)).collect();
    if mail {
        let sql = "SELECT coalesce(subject, '') || ' ' || coalesce(body_text, '') FROM correspondence
                   WHERE case_id = $1 ORDER BY id";
        notes.extend(c.query(sql, &[&id])?.iter().map(|r| r.get::<_, String>(0)));
    }
    let words = case_words(&reference, &requester, subject.as_deref(), &notes);
    c.execute("UPDATE cases SET search = CAST($2::text AS tsvector) WHERE id = $1", &[&id, &words])?;
    Ok(())
}

/// A case's words as a `tsvector` literal: its reference, the requester's and
/// the data subject's stored JSON, then its notes, one a line.
pub(super) fn case_words(reference: &str, requester: &str, subject: Option<&str>, notes: &[String]) -> String {
    let mut text = reference.to_string();
    for part in std::iter::once(requester).chain(subject).chain(notes.iter().map(String::as_str)) {
        text.push('\n');
        text.push_str(part);
    }
    tsvector_literal(&text)
}

/// Indexes every case (schema 3's migration, run by the register's owner,
/// whom row-level security does not hide HR cases from; no correspondence
/// is stored before schema 11).
pub(super) fn reindex_all(c: &mut impl GenericClient) -> Result<(), postgres::Error> {
    let ids: Vec<i64> = c.query("SELECT id FROM cases ORDER BY id", &[])?.iter().map(|r| r.get(0)).collect();
    for id in ids {
        reindex_case_from(c, id, false)?;
    }
    Ok(())
}

/// Indexes every case with its correspondence (a register moved in whole,
/// `pg/migrate_in.rs`, by a DPO, whom row-level security hides no case from).
pub(super) fn reindex_all_with_mail(c: &mut impl GenericClient) -> Result<(), postgres::Error> {
    let ids: Vec<i64> = c.query("SELECT id FROM cases ORDER BY id", &[])?.iter().map(|r| r.get(0)).collect();
    for id in ids {
        reindex_case_from(c, id, true)?;
    }
    Ok(())
}

//! Values as the register stores them, read back the same way by both back
//! ends: codes, `YYYY-MM-DD` dates, RFC 3339 instants, digests and JSON as
//! text, a case's rights as one comma-separated column; and a row of either
//! back end read by column ([`StoredRow`]), so that one function reads a
//! case, an event or an audit entry from both.
//!
//! A stored value that does not read back is damage ([`Invalid`]), named by
//! what it is and what was found; it becomes the store's
//! [`Error::Corrupt`](crate::Error::Corrupt) on the team register and, inside
//! a SQLite row mapper, the conversion failure rusqlite reports.

use casebook_core::Right;
use chrono::{DateTime, Utc};

use crate::Error;

/// A stored value that does not read back as its type: the register is damaged.
#[derive(Debug)]
pub(crate) struct Invalid(String);

impl From<Invalid> for Error {
    fn from(e: Invalid) -> Self {
        Error::Corrupt(e.0)
    }
}

impl From<Invalid> for rusqlite::Error {
    fn from(e: Invalid) -> Self {
        rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, e.0.into())
    }
}

fn invalid(what: &str, value: &str) -> Invalid {
    Invalid(format!("stored {what} '{value}' is invalid"))
}

/// A digest or a key as stored: lower-case hexadecimal.
pub(crate) fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes.iter().fold(String::with_capacity(bytes.len() * 2), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}

/// The SHA-256 of `bytes` as stored (a document's name, a file's digest).
pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    hex(&sha2::Sha256::digest(bytes))
}

/// An instant as stored: UTC, RFC 3339 to the microsecond.
pub(crate) fn instant(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(chrono::SecondsFormat::Micros, true)
}

/// A stored code, date or instant, by its type's `FromStr`.
pub(crate) fn parse<T: std::str::FromStr>(what: &str, s: String) -> Result<T, Invalid> {
    s.parse().map_err(|_| invalid(what, &s))
}

/// [`parse`] of a column that may be NULL.
pub(crate) fn parse_opt<T: std::str::FromStr>(what: &str, s: Option<String>) -> Result<Option<T>, Invalid> {
    s.map(|s| parse(what, s)).transpose()
}

/// A stored JSON text.
pub(crate) fn parse_json<T: serde::de::DeserializeOwned>(what: &str, s: String) -> Result<T, Invalid> {
    serde_json::from_str(&s).map_err(|_| invalid(what, &s))
}

/// [`parse_json`] of a column that may be NULL.
pub(crate) fn parse_json_opt<T: serde::de::DeserializeOwned>(
    what: &str,
    s: Option<String>,
) -> Result<Option<T>, Invalid> {
    s.map(|s| parse_json(what, s)).transpose()
}

/// A case's rights, their codes joined by commas in order (NULL: none).
pub(crate) fn parse_rights(s: Option<String>) -> Result<Vec<Right>, Invalid> {
    s.unwrap_or_default().split(',').filter(|c| !c.is_empty()).map(|c| parse("right", c.to_string())).collect()
}

/// A system of the register of processing by its stored id.
pub(crate) fn parse_system(s: String) -> Result<casebook_core::processing::SystemId, Invalid> {
    casebook_core::processing::SystemId::parse(&s).map_err(|_| invalid("system id", &s))
}

/// A row of either back end, read a column at a time by position.
pub(crate) trait StoredRow {
    type Error: From<Invalid>;
    fn int(&self, i: usize) -> Result<i64, Self::Error>;
    /// A yes or no: SQLite's 0 or 1, PostgreSQL's boolean.
    fn flag(&self, i: usize) -> Result<bool, Self::Error>;
    fn text(&self, i: usize) -> Result<String, Self::Error>;
    fn int_opt(&self, i: usize) -> Result<Option<i64>, Self::Error>;
    fn text_opt(&self, i: usize) -> Result<Option<String>, Self::Error>;
}

impl StoredRow for rusqlite::Row<'_> {
    type Error = rusqlite::Error;
    fn int(&self, i: usize) -> rusqlite::Result<i64> {
        self.get(i)
    }
    fn flag(&self, i: usize) -> rusqlite::Result<bool> {
        self.get(i)
    }
    fn text(&self, i: usize) -> rusqlite::Result<String> {
        self.get(i)
    }
    fn int_opt(&self, i: usize) -> rusqlite::Result<Option<i64>> {
        self.get(i)
    }
    fn text_opt(&self, i: usize) -> rusqlite::Result<Option<String>> {
        self.get(i)
    }
}

/// The server's column types are the team schema's own, so a mismatch is a
/// bug of this crate (postgres panics on it), not damage.
impl StoredRow for postgres::Row {
    type Error = Error;
    fn int(&self, i: usize) -> Result<i64, Error> {
        Ok(self.get(i))
    }
    fn flag(&self, i: usize) -> Result<bool, Error> {
        Ok(self.get(i))
    }
    fn text(&self, i: usize) -> Result<String, Error> {
        Ok(self.get(i))
    }
    fn int_opt(&self, i: usize) -> Result<Option<i64>, Error> {
        Ok(self.get(i))
    }
    fn text_opt(&self, i: usize) -> Result<Option<String>, Error> {
        Ok(self.get(i))
    }
}

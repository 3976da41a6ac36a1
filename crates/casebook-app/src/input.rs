//! Text from a front end checked into domain types: dates, codes, e-mail
//! addresses, references, a case's language. Each refusal is one line naming
//! the bad value, keyed to its field where there is one
//! ([`Error::InvalidField`]), so the CLI names its flag and the window its
//! control. Front ends parse their own text with these too, so every front
//! end says the same thing about a bad value.

use casebook_core::deadline::Pause;
use casebook_core::{Reference, Right, check_rights};
use chrono::NaiveDate;

use crate::{Error, ErrorSaid, RegisterSaid, Result};

/// Text from outside as a register stores it: without NUL characters,
/// which PostgreSQL's text refuses, so that it reads the same on either
/// register (an original document keeps them: its bytes are the evidence).
pub(crate) fn without_nul(s: &mut String) {
    if s.contains('\0') {
        s.retain(|c| c != '\0');
    }
}

pub(crate) fn looks_like_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else { return false };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !s.chars().any(|c| c.is_whitespace() || c.is_control())
        && !domain.contains('@')
}

/// Parses a civil date, naming the field: "invalid date '2026-02-30' for received".
pub fn parse_date(field: &'static str, s: &str) -> Result<NaiveDate> {
    let s = s.trim();
    let well_formed = s.len() == 10
        && s.bytes().enumerate().all(|(i, b)| if i == 4 || i == 7 { b == b'-' } else { b.is_ascii_digit() });
    if !well_formed {
        return Err(Error::refused_in(field, RegisterSaid::DateNotIso { input: s.to_string() }));
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| Error::refused_in(field, RegisterSaid::NoSuchDay { input: s.to_string() }))
}

/// Parses a code (a right, an outcome, a channel…) with core's `FromStr`,
/// its message unchanged: front ends parse their text into domain types
/// with it, so every front end says the same thing about a bad code.
pub fn parse_code<T: std::str::FromStr>(s: &str) -> Result<T>
where
    T::Err: Into<ErrorSaid>,
{
    s.parse::<T>().map_err(Error::refused)
}

/// [`parse_code`] for the input field `field` (`Error::InvalidField`), so
/// that the CLI names its flag and the app its form control.
pub fn parse_field<T: std::str::FromStr>(field: &'static str, s: &str) -> Result<T>
where
    T::Err: Into<ErrorSaid>,
{
    s.parse::<T>().map_err(|e| Error::refused_in(field, e))
}

/// A clarification pause `FROM:TO` (`FROM:` while unanswered), for the
/// field `field`: "invalid pause '2026-11-05': expected FROM:TO, …".
pub fn parse_pause(field: &'static str, s: &str) -> Result<Pause> {
    let (from, to) = s
        .split_once(':')
        .ok_or_else(|| Error::refused_in(field, RegisterSaid::InvalidPause { input: s.to_string() }))?;
    let from = parse_date(field, from)?;
    let to = if to.trim().is_empty() { None } else { Some(parse_date(field, to)?) };
    Ok(Pause { from, to })
}

/// A case's rights, checked as core checks them (at least one, none twice).
pub(crate) fn checked_rights(rights: Vec<Right>) -> Result<Vec<Right>> {
    check_rights(&rights).map_err(Error::refused)?;
    Ok(rights)
}

pub(crate) fn parse_emails(emails: &[String]) -> Result<Vec<String>> {
    emails
        .iter()
        .map(|e| e.trim())
        .filter(|e| !e.is_empty())
        .map(|e| {
            if looks_like_email(e) {
                Ok(e.to_string())
            } else {
                Err(Error::refused(RegisterSaid::InvalidEmail { email: e.to_string() }))
            }
        })
        .collect()
}

/// An appeal's or a complaint's text (trimmed), not empty (else `missing`, in the field `text`).
pub(crate) fn required_text(text: &str, missing: impl Into<ErrorSaid>) -> Result<&str> {
    let text = text.trim();
    if text.is_empty() {
        return Err(Error::refused_in("text", missing));
    }
    Ok(text)
}

/// Optional text (owned or borrowed) trimmed, or nothing when it is empty or
/// only white space.
pub(crate) fn non_empty(s: Option<impl AsRef<str>>) -> Option<String> {
    s.as_ref().map(|s| s.as_ref().trim()).filter(|s| !s.is_empty()).map(str::to_string)
}

pub fn parse_reference(s: &str) -> Result<Reference> {
    Reference::parse(s).map_err(Error::refused)
}

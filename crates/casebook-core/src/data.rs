//! The person's data gathered from the organisation's systems: the names
//! systems and categories go by, how a record is recognised as the person's
//! (matching on the case's identifiers), and why an item may be withheld.
//!
//! Pure rules only: the files are read by the façade, stored by the store.

use serde::Serialize;

use crate::code_enum;
use crate::model::Requester;

/// The largest export file accepted, checked by size before reading (1 GiB).
pub const MAX_FILE_BYTES: u64 = 1 << 30;
/// The largest single field (1 MiB): a broken quote swallowing the rest of
/// a file usually trips this long before the end.
pub const MAX_FIELD_BYTES: usize = 1 << 20;
/// The most fields one record may have.
pub const MAX_FIELDS: usize = 4096;

/// Why a system id or a category is not acceptable. Serialised by `kind`
/// (`bad-slug`, …) for a front end to word in its language; `Display` is
/// the command line's English.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum NameError {
    #[error(
        "invalid {what} '{input}': use 1 to 40 lower-case letters, digits and '-', starting with a letter (e.g. crm, web-analytics)"
    )]
    BadSlug { what: &'static str, input: String },
    #[error("at least one data category is needed (--categories a,b)")]
    NoCategory,
    #[error("data category '{category}' is listed twice")]
    RepeatedCategory { category: String },
}

fn is_slug(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some('a'..='z'))
        && s.len() <= 40
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !s.ends_with('-')
}

/// Parses `a,b,c` into data-category slugs (DPV-style ids such as `contact`,
/// `financial`, `online-identifier`): none empty, none repeated, order kept.
pub fn parse_categories(list: &str) -> Result<Vec<String>, NameError> {
    let mut out: Vec<String> = Vec::new();
    for part in list.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        if !is_slug(part) {
            return Err(NameError::BadSlug { what: "data category", input: part.to_string() });
        }
        if out.iter().any(|c| c == part) {
            return Err(NameError::RepeatedCategory { category: part.to_string() });
        }
        out.push(part.to_string());
    }
    if out.is_empty() {
        return Err(NameError::NoCategory);
    }
    Ok(out)
}

code_enum! {
    /// Why an item of the person's data is withheld from the response.
    pub enum RedactionReason as "redaction reason" {
        /// Another person's data (Art. 15(4) GDPR; DPA 2018 Sch. 2 para 16).
        ThirdPartyData = "third-party-data", "Third-party data";
        LegallyPrivileged = "legally-privileged", "Legally privileged";
        /// An exemption of the applicable law: the article must be named.
        Exemption = "exemption", "Exemption";
        NotRequestersData = "not-requesters-data", "Not the requester's data";
    }
}

code_enum! {
    /// How a record was recognised as the person's.
    pub enum MatchKind as "match kind" {
        /// The field holds exactly the email address on the case.
        EmailExact = "email-exact", "Email, exactly";
        /// The same address once trimmed, lower-cased and without `mailto:`.
        EmailNormalised = "email-normalised", "Email, normalised";
        /// The same name ignoring case and runs of white space.
        NameCaseInsensitive = "name-case-insensitive", "Name, ignoring case";
        /// The same customer, account or employee number (trimmed).
        CustomerId = "customer-id", "Customer number";
        /// The same telephone number, comparing digits only (at least 7).
        PhoneDigits = "phone-digits", "Telephone, digits";
    }
}

/// One reason a record matched: its field, the case's identifier it equals, and how.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Match {
    pub field: String,
    pub identifier: String,
    pub how: MatchKind,
}

/// The identifiers of a case that records are matched against.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Identifiers {
    pub emails: Vec<String>,
    pub names: Vec<String>,
    pub customer_ids: Vec<String>,
    pub phones: Vec<String>,
}

fn normalise_email(s: &str) -> String {
    let s = s.trim();
    let s = s.strip_prefix("mailto:").or_else(|| s.strip_prefix("MAILTO:")).unwrap_or(s);
    s.trim().to_lowercase()
}

fn normalise_name(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

fn phone_digits(s: &str) -> Option<String> {
    // Only strings that look like a telephone number: digits and the usual punctuation.
    if !s.chars().all(|c| c.is_ascii_digit() || " +-()./".contains(c)) {
        return None;
    }
    let digits: String = s.chars().filter(char::is_ascii_digit).collect();
    (digits.len() >= 7).then_some(digits)
}

impl Identifiers {
    /// The requester's emails, name, customer numbers and telephone.
    pub fn of(requester: &Requester) -> Identifiers {
        let clean = |v: &[String]| -> Vec<String> {
            v.iter().map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect()
        };
        Identifiers {
            emails: clean(&requester.emails),
            names: clean(std::slice::from_ref(&requester.name)),
            customer_ids: clean(&requester.customer_ids),
            phones: requester
                .phone
                .iter()
                .map(|p| p.trim().to_string())
                .filter(|p| phone_digits(p).is_some())
                .collect(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.emails.is_empty() && self.names.is_empty() && self.customer_ids.is_empty() && self.phones.is_empty()
    }

    /// Every identifier, for messages ("identifiers a@b.c, Ada Lovelace match no record").
    pub fn describe(&self) -> String {
        let all: Vec<&str> = self
            .emails
            .iter()
            .chain(&self.names)
            .chain(&self.customer_ids)
            .chain(&self.phones)
            .map(String::as_str)
            .collect();
        all.join(", ")
    }

    /// How a field's whole value matches one of the identifiers, if it does.
    /// Values are compared whole, never by substring, so "Ann" does not match "Anne".
    pub fn match_value(&self, field: &str, value: &str) -> Option<Match> {
        let value = value.trim();
        if value.is_empty() {
            return None;
        }
        let found =
            |identifier: &str, how| Some(Match { field: field.to_string(), identifier: identifier.to_string(), how });
        if value.contains('@') {
            if let Some(e) = self.emails.iter().find(|e| e.as_str() == value) {
                return found(e, MatchKind::EmailExact);
            }
            let n = normalise_email(value);
            if let Some(e) = self.emails.iter().find(|e| normalise_email(e) == n) {
                return found(e, MatchKind::EmailNormalised);
            }
        }
        if let Some(c) = self.customer_ids.iter().find(|c| c.as_str() == value) {
            return found(c, MatchKind::CustomerId);
        }
        let name = normalise_name(value);
        if let Some(n) = self.names.iter().find(|n| normalise_name(n) == name) {
            return found(n, MatchKind::NameCaseInsensitive);
        }
        let digits = phone_digits(value)?;
        let p = self.phones.iter().find(|p| phone_digits(p).as_deref() == Some(&digits))?;
        found(p, MatchKind::PhoneDigits)
    }

    /// Every way a record (field name, value) matches, in field order.
    pub fn match_record<'a>(&self, fields: impl IntoIterator<Item = (&'a str, &'a str)>) -> Vec<Match> {
        fields.into_iter().filter_map(|(f, v)| self.match_value(f, v)).collect()
    }
}

/// A CSV cell as a spreadsheet will not run it: text starting with `=`,
/// `+`, `@`, a tab or a carriage return, or `-` when it is not a number,
/// gets a leading `'`.
pub fn spreadsheet_safe(cell: &str) -> std::borrow::Cow<'_, str> {
    let risky = match cell.chars().next() {
        Some('=' | '+' | '@' | '\t' | '\r') => true,
        Some('-') => cell.parse::<f64>().is_err(),
        _ => false,
    };
    if risky { format!("'{cell}").into() } else { cell.into() }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ada() -> Identifiers {
        Identifiers::of(&Requester {
            name: "Ada  Lovelace".into(),
            emails: vec!["Ada@Example.org".into()],
            customer_ids: vec!["C-1001".into()],
            phone: Some("+44 20 7946 0018".into()),
            ..Default::default()
        })
    }

    #[test]
    fn values_match_whole_and_say_how() {
        use MatchKind::*;
        let ids = ada();
        let table: &[(&str, Option<(MatchKind, &str)>)] = &[
            ("Ada@Example.org", Some((EmailExact, "Ada@Example.org"))),
            (" ada@example.ORG ", Some((EmailNormalised, "Ada@Example.org"))),
            ("mailto:ADA@example.org", Some((EmailNormalised, "Ada@Example.org"))),
            ("ada@example.org.uk", None),
            ("xada@example.org", None),
            ("ada lovelace", Some((NameCaseInsensitive, "Ada  Lovelace"))),
            ("ADA   LOVELACE", Some((NameCaseInsensitive, "Ada  Lovelace"))),
            ("Ada", None),
            ("Ada Lovelace-King", None),
            ("C-1001", Some((CustomerId, "C-1001"))),
            (" C-1001 ", Some((CustomerId, "C-1001"))),
            ("c-1001", None),
            ("C-10011", None),
            ("+44 (20) 7946-0018", Some((PhoneDigits, "+44 20 7946 0018"))),
            ("442079460018", Some((PhoneDigits, "+44 20 7946 0018"))),
            ("7946 0018", None),
            ("", None),
            ("   ", None),
        ];
        for (value, want) in table {
            let got = ids.match_value("f", value).map(|m| (m.how, m.identifier));
            let want = want.map(|(h, i)| (h, i.to_string()));
            assert_eq!(got, want, "value {value:?}");
        }
    }

    #[test]
    fn a_record_lists_every_matching_field() {
        let m = ada().match_record([("email", "ada@example.org"), ("note", "Ada Lovelace called"), ("id", "C-1001")]);
        let fields: Vec<_> = m.iter().map(|m| (m.field.as_str(), m.how)).collect();
        assert_eq!(fields, [("email", MatchKind::EmailNormalised), ("id", MatchKind::CustomerId)]);
    }

    #[test]
    fn a_requester_without_identifiers_is_empty() {
        let ids =
            Identifiers::of(&Requester { name: " ".into(), phone: Some("ask reception".into()), ..Default::default() });
        assert!(ids.is_empty());
        assert_eq!(ada().describe(), "Ada@Example.org, Ada  Lovelace, C-1001, +44 20 7946 0018");
    }

    #[test]
    fn categories_are_slugs() {
        assert_eq!(parse_categories(" contact, financial ,").unwrap(), ["contact", "financial"]);
        assert_eq!(parse_categories(" , "), Err(NameError::NoCategory));
        assert_eq!(
            parse_categories("contact,contact"),
            Err(NameError::RepeatedCategory { category: "contact".into() })
        );
        assert!(matches!(parse_categories("Contact"), Err(NameError::BadSlug { .. })));
    }

    #[test]
    fn codes_are_pinned() {
        let reasons: Vec<_> = RedactionReason::ALL.iter().map(|r| r.code()).collect();
        assert_eq!(reasons, ["third-party-data", "legally-privileged", "exemption", "not-requesters-data"]);
        let kinds: Vec<_> = MatchKind::ALL.iter().map(|k| k.code()).collect();
        assert_eq!(kinds, ["email-exact", "email-normalised", "name-case-insensitive", "customer-id", "phone-digits"]);
    }

    #[test]
    fn spreadsheet_formulas_are_defused() {
        let table = [
            ("=SUM(A1)", "'=SUM(A1)"),
            ("+1", "'+1"),
            ("@x", "'@x"),
            ("-12.5", "-12.5"),
            ("-x", "'-x"),
            ("Ada", "Ada"),
            ("", ""),
        ];
        for (cell, want) in table {
            assert_eq!(spreadsheet_safe(cell), want, "{cell:?}");
        }
    }
}

//! Dates of the façade's input types as they arrive in JSON (from the app's
//! window): `YYYY-MM-DD`, refused with [`crate::parse_date`]'s message and
//! the field's key (`on: invalid date '2026-02-30': no such day`), where
//! chrono's own would say only "input is out of range".

use chrono::NaiveDate;
use serde::{Deserialize, Deserializer};

fn day<'de, D: Deserializer<'de>>(field: &'static str, d: D) -> Result<NaiveDate, D::Error> {
    let text = String::deserialize(d)?;
    crate::parse_date(field, &text).map_err(|e| serde::de::Error::custom(format!("{field}: {e}")))
}

/// An optional date: absent or null is None.
fn optional_day<'de, D: Deserializer<'de>>(field: &'static str, d: D) -> Result<Option<NaiveDate>, D::Error> {
    match Option::<serde_json::Value>::deserialize(d)? {
        None | Some(serde_json::Value::Null) => Ok(None),
        Some(v) => day(field, v).map(Some).map_err(serde::de::Error::custom),
    }
}

/// An optional `on` (absent or null: today).
pub(crate) fn on<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
    optional_day("on", d)
}

/// The day a request, a complaint or a letter reached the organisation.
pub(crate) fn received<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
    day("received", d)
}

/// A corrected day of receipt (absent or null: as it is).
pub(crate) fn optional_received<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
    optional_day("received", d)
}

/// A posted letter's postmark (optional).
pub(crate) fn postmark<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
    optional_day("postmark", d)
}

pub(crate) fn notified_on<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
    day("notified_on", d)
}

#[cfg(test)]
mod tests {
    use crate::code::tests::from_json;
    use crate::{ExtensionInput, FeeRequest};

    #[test]
    fn a_bad_date_is_named_by_its_field_and_says_what_is_wrong() {
        let fee =
            |on: &str| from_json::<FeeRequest>(&format!(r#"{{"on":{on},"ground":"further-copies","amount":"£10"}}"#));
        assert_eq!(fee(r#""2026-11-03""#).unwrap().on, chrono::NaiveDate::from_ymd_opt(2026, 11, 3));
        assert_eq!(fee("null").unwrap().on, None);
        let missing: FeeRequest = from_json(r#"{"ground":"further-copies","amount":"£10"}"#).unwrap();
        assert_eq!(missing.on, None);
        assert_eq!(fee(r#""2026-02-30""#).unwrap_err().to_string(), "on: invalid date '2026-02-30': no such day");
        assert_eq!(fee(r#""""#).unwrap_err().to_string(), "on: invalid date '': expected YYYY-MM-DD");
        let told = from_json::<ExtensionInput>(r#"{"reason":"complex","notified_on":"3/11/2026"}"#);
        assert_eq!(told.unwrap_err().to_string(), "notified_on: invalid date '3/11/2026': expected YYYY-MM-DD");
    }
}

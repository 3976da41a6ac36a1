//! Codes of the façade's input types as they arrive in JSON (from the app's
//! window): each parsed with core's `FromStr` through [`crate::parse_field`],
//! refused with core's message and the field's key (`outcome: unknown right
//! outcome 'done' (expected one of: …)`), where serde's own would not say
//! which field it was. The window turns that key into its control, as it
//! does for `day.rs`'s dates.

use std::fmt::Display;
use std::str::FromStr;

use casebook_core::Right;
use casebook_core::answer::RightOutcome;
use casebook_core::processing::SystemId;
use casebook_core::processing::action::Did;
use casebook_core::processing::search::SearchResult;
use casebook_core::workflow::RefusalReason;
use serde::{Deserialize, Deserializer};

fn code<'de, T, D>(field: &'static str, d: D) -> Result<T, D::Error>
where
    T: FromStr,
    T::Err: Display,
    D: Deserializer<'de>,
{
    let text = String::deserialize(d)?;
    crate::parse_field(field, &text).map_err(|e| serde::de::Error::custom(format!("{field}: {e}")))
}

/// An optional code: absent, null or blank is None.
fn optional_code<'de, T, D>(field: &'static str, d: D) -> Result<Option<T>, D::Error>
where
    T: FromStr,
    T::Err: Display,
    D: Deserializer<'de>,
{
    match Option::<String>::deserialize(d)? {
        Some(text) if !text.trim().is_empty() => {
            crate::parse_field(field, &text).map(Some).map_err(|e| serde::de::Error::custom(format!("{field}: {e}")))
        }
        _ => Ok(None),
    }
}

/// A system of the register of processing, by its id.
pub(crate) fn system<'de, D: Deserializer<'de>>(d: D) -> Result<SystemId, D::Error> {
    let text = String::deserialize(d)?;
    crate::parse_system(&text).map_err(|e| serde::de::Error::custom(format!("system: {e}")))
}

pub(crate) fn right<'de, D: Deserializer<'de>>(d: D) -> Result<Right, D::Error> {
    code("right", d)
}

/// A right, where the input may leave it out.
pub(crate) fn optional_right<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Right>, D::Error> {
    optional_code("right", d)
}

pub(crate) fn did<'de, D: Deserializer<'de>>(d: D) -> Result<Did, D::Error> {
    code("did", d)
}

pub(crate) fn outcome<'de, D: Deserializer<'de>>(d: D) -> Result<RightOutcome, D::Error> {
    code("outcome", d)
}

/// What a search found (optional): a code, or `nothing` for `nothing-found`
/// ([`crate::parse_search_result`]).
pub(crate) fn search_result<'de, D: Deserializer<'de>>(d: D) -> Result<Option<SearchResult>, D::Error> {
    match Option::<String>::deserialize(d)? {
        Some(text) if !text.trim().is_empty() => {
            crate::parse_search_result(&text).map(Some).map_err(|e| serde::de::Error::custom(format!("result: {e}")))
        }
        _ => Ok(None),
    }
}

/// A refused right's ground (optional).
pub(crate) fn ground<'de, D: Deserializer<'de>>(d: D) -> Result<Option<RefusalReason>, D::Error> {
    optional_code("ground", d)
}

#[cfg(test)]
mod tests {
    use casebook_core::Right;
    use casebook_core::answer::RightOutcome;
    use casebook_core::workflow::RefusalReason;

    use casebook_core::processing::action::Did;

    use casebook_core::processing::search::SearchResult;

    use crate::{ActionInput, AnswerInput, NotifyInput, SearchInput};

    /// As the app's arguments arrive: JSON values, so no line and column in the message.
    fn from_json<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, serde_json::Error> {
        serde_json::from_value(serde_json::from_str(text).expect("the test's JSON parses"))
    }

    #[test]
    fn an_answer_from_the_window_is_typed_and_a_bad_code_named_by_its_field() {
        let a: AnswerInput =
            from_json(r#"{"right":"erasure","outcome":"refused","ground":"manifestly-unfounded"}"#).unwrap();
        assert_eq!(
            (a.right, a.outcome, a.ground),
            (Right::Erasure, RightOutcome::Refused, Some(RefusalReason::ManifestlyUnfounded))
        );
        let a: AnswerInput = from_json(r#"{"right":"access","outcome":"fulfilled","ground":null}"#).unwrap();
        assert_eq!(a.ground, None);
        let a: AnswerInput = from_json(r#"{"right":"access","outcome":"fulfilled","ground":" "}"#).unwrap();
        assert_eq!(a.ground, None);
        let err = |json: &str| from_json::<AnswerInput>(json).unwrap_err().to_string();
        assert!(
            err(r#"{"right":"acces","outcome":"fulfilled"}"#)
                .starts_with("right: unknown right 'acces' (expected one of: access,"),
            "{}",
            err(r#"{"right":"acces","outcome":"fulfilled"}"#)
        );
        assert!(
            err(r#"{"right":"access","outcome":"done"}"#)
                .starts_with("outcome: unknown right outcome 'done' (expected one of: fulfilled,")
        );
        assert!(
            err(r#"{"right":"access","outcome":"refused","ground":"because"}"#)
                .starts_with("ground: unknown refusal reason 'because'")
        );
    }
    #[test]
    fn an_action_and_a_notification_from_the_window_are_typed_and_a_bad_code_named_by_its_field() {
        let a: ActionInput =
            from_json(r#"{"system":"crm","right":"erasure","did":"kept","ground":"tax law"}"#).unwrap();
        assert_eq!((a.right, a.did, a.ground.as_deref()), (Right::Erasure, Did::Kept, Some("tax law")));
        let err = from_json::<ActionInput>(r#"{"system":"crm","right":"erasure","did":"burned"}"#).unwrap_err();
        assert!(err.to_string().starts_with("did: unknown action 'burned' (expected one of: erased,"), "{err}");
        let err = from_json::<ActionInput>(r#"{"system":"crm","right":"delete","did":"erased"}"#).unwrap_err();
        assert!(err.to_string().starts_with("right: unknown right 'delete'"), "{err}");
        let n: NotifyInput = from_json(r#"{"recipient":"Mailer Ltd","right":"rectification"}"#).unwrap();
        assert_eq!(n.right, Some(Right::Rectification));
        let n: NotifyInput = from_json(r#"{"recipient":"Mailer Ltd"}"#).unwrap();
        assert_eq!(n.right, None);
        let err = from_json::<NotifyInput>(r#"{"recipient":"Mailer Ltd","right":"delete"}"#).unwrap_err();
        assert!(err.to_string().starts_with("right: unknown right 'delete'"), "{err}");
    }
    #[test]
    fn a_search_from_the_window_is_typed_and_a_bad_result_named_by_its_field() {
        let result = |json: &str| from_json::<SearchInput>(json).map(|s| s.result);
        assert_eq!(result(r#"{"system":"crm","result":"found"}"#).unwrap(), Some(SearchResult::Found));
        assert_eq!(result(r#"{"system":"crm","result":"nothing"}"#).unwrap(), Some(SearchResult::NothingFound));
        assert_eq!(result(r#"{"system":"crm","result":null,"not_searched":true}"#).unwrap(), None);
        assert_eq!(result(r#"{"system":"crm","not_searched":true}"#).unwrap(), None);
        let err = from_json::<SearchInput>(r#"{"system":"CRM!","result":"found"}"#).unwrap_err().to_string();
        assert!(err.starts_with("system: invalid system id 'CRM!': expected a lower-case slug"), "{err}");
        let err =
            from_json::<ActionInput>(r#"{"system":"","right":"erasure","did":"erased"}"#).unwrap_err().to_string();
        assert!(err.starts_with("system: invalid system id '': expected a lower-case slug"), "{err}");
        let err = result(r#"{"system":"crm","result":"maybe"}"#).unwrap_err().to_string();
        assert!(
            err.starts_with("result: unknown search result 'maybe' (expected one of: found, nothing-found)"),
            "{err}"
        );
    }
}

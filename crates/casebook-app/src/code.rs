//! Codes of the façade's input types as they arrive in JSON (from the app's
//! window): each parsed with core's `FromStr` through [`crate::parse_field`],
//! refused with core's message and the field's key (`outcome: unknown right
//! outcome 'done' (expected one of: …)`), where serde's own would not say
//! which field it was. The window turns that key into its control, as it
//! does for `day.rs`'s dates.

use std::str::FromStr;

use casebook_core::answer::RightOutcome;
use casebook_core::processing::SystemId;
use casebook_core::processing::action::Did;
use casebook_core::processing::search::SearchResult;
use casebook_core::workflow::RefusalReason;
use casebook_core::{Channel, Language, Location, Regime, Relationship, Right, Status, SubjectCategory};
use serde::{Deserialize, Deserializer};

fn code<'de, T, D>(field: &'static str, d: D) -> Result<T, D::Error>
where
    T: FromStr,
    T::Err: Into<crate::ErrorSaid>,
    D: Deserializer<'de>,
{
    let text = String::deserialize(d)?;
    crate::parse_field(field, &text).map_err(|e| serde::de::Error::custom(format!("{field}: {e}")))
}

/// An optional code: absent, null or blank is None.
fn optional_code<'de, T, D>(field: &'static str, d: D) -> Result<Option<T>, D::Error>
where
    T: FromStr,
    T::Err: Into<crate::ErrorSaid>,
    D: Deserializer<'de>,
{
    match Option::<String>::deserialize(d)? {
        Some(text) if !text.trim().is_empty() => {
            crate::parse_field(field, &text).map(Some).map_err(|e| serde::de::Error::custom(format!("{field}: {e}")))
        }
        _ => Ok(None),
    }
}

/// A list of codes, each parsed as [`code`] parses one (the first bad one named).
fn codes<T, E>(field: &'static str, texts: &[String]) -> Result<Vec<T>, E>
where
    T: FromStr,
    T::Err: Into<crate::ErrorSaid>,
    E: serde::de::Error,
{
    texts.iter().map(|text| crate::parse_field(field, text).map_err(|e| E::custom(format!("{field}: {e}")))).collect()
}

/// A system of the register of processing, by its id.
pub(crate) fn system<'de, D: Deserializer<'de>>(d: D) -> Result<SystemId, D::Error> {
    let text = String::deserialize(d)?;
    crate::parse_system(&text).map_err(|e| serde::de::Error::custom(format!("system: {e}")))
}

pub(crate) fn right<'de, D: Deserializer<'de>>(d: D) -> Result<Right, D::Error> {
    code("right", d)
}

/// The rights a request asks for, primary first (each keyed `right`, as
/// the CLI's repeatable `--right` is).
pub(crate) fn rights<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Right>, D::Error> {
    codes("right", &Vec::<String>::deserialize(d)?)
}

/// A new list of rights, where the input may leave the case's as they are.
pub(crate) fn optional_rights<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Vec<Right>>, D::Error> {
    Option::<Vec<String>>::deserialize(d)?.map(|texts| codes("right", &texts)).transpose()
}

pub(crate) fn channel<'de, D: Deserializer<'de>>(d: D) -> Result<Channel, D::Error> {
    code("channel", d)
}

/// A channel, where the input may leave it out.
pub(crate) fn optional_channel<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Channel>, D::Error> {
    optional_code("channel", d)
}

/// A case's regime (optional: the organisation's, or the case's as it is).
pub(crate) fn regime<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Regime>, D::Error> {
    optional_code("regime", d)
}

/// A case's location, ISO 3166 (optional: the organisation's, or the case's as it is).
pub(crate) fn location<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Location>, D::Error> {
    optional_code("location", d)
}

/// A case's language, ISO 639-1 (optional).
pub(crate) fn language<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Language>, D::Error> {
    optional_code("language", d)
}

/// A status set by hand (`case update --status`).
pub(crate) fn status<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Status>, D::Error> {
    optional_code("status", d)
}

/// Who the requester is to the organisation (optional).
pub(crate) fn subject_category<'de, D: Deserializer<'de>>(d: D) -> Result<Option<SubjectCategory>, D::Error> {
    optional_code("subject-category", d)
}

/// How the requester relates to the data subject (optional).
pub(crate) fn relationship<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Relationship>, D::Error> {
    optional_code("subject-relationship", d)
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
pub(crate) mod tests {
    use casebook_core::Right;
    use casebook_core::answer::RightOutcome;
    use casebook_core::workflow::RefusalReason;

    use casebook_core::processing::action::Did;

    use casebook_core::processing::search::SearchResult;

    use crate::{ActionInput, AnswerInput, NotifyInput, SearchInput};

    /// As the app's arguments arrive: JSON values, so no line and column in the message.
    pub(crate) fn from_json<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, serde_json::Error> {
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

    /// Each typed field of the forms of a new case, its update, a complaint
    /// and a posted letter, given a bad value: refused naming the field and
    /// the value, with core's message.
    #[test]
    fn the_forms_of_a_case_are_typed_and_a_bad_code_named_by_its_field() {
        use casebook_core::{Channel, Language, Location, Regime, Relationship, Status, SubjectCategory};

        use crate::{CaseUpdate, NewComplaint, NewRequest, PeopleUpdate, PostedLetter};

        let request = r#"{"requester_name":"Ada","requester_emails":[],"customer_ids":[],
            "channel":"web-form","received":"2026-11-02","rights":["erasure","access"],"regime":"eu-gdpr",
            "location":"de-by","language":"DE","subject_name":"Bo","subject_relationship":"parent",
            "subject_category":"customer"}"#;
        let r: NewRequest = from_json(request).unwrap();
        assert_eq!((r.channel, r.received.to_string()), (Channel::WebForm, "2026-11-02".to_string()));
        assert_eq!((r.rights, r.regime), (vec![Right::Erasure, Right::Access], Some(Regime::EuGdpr)));
        assert_eq!((r.location, r.language), (Some(Location::parse("DE-BY").unwrap()), Language::parse("de").ok()));
        assert_eq!(
            (r.subject_relationship, r.subject_category),
            (Some(Relationship::Parent), Some(SubjectCategory::Customer))
        );
        let least = r#"{"requester_name":"Ada","requester_emails":[],"customer_ids":[],"channel":"email",
            "received":"2026-11-02","rights":["access"],"regime":"","location":null,"language":" "}"#;
        let r: NewRequest = from_json(least).unwrap();
        assert_eq!((r.regime, r.location, r.language, r.subject_category), (None, None, None, None));

        /// `json` with `field` set to `value` (a JSON text), refused: its message.
        fn refused<T: serde::de::DeserializeOwned + std::fmt::Debug>(json: &str, field: &str, value: &str) -> String {
            let mut v: serde_json::Value = serde_json::from_str(json).unwrap();
            v[field] = serde_json::from_str(value).unwrap();
            serde_json::from_value::<T>(v).unwrap_err().to_string()
        }
        let bad_request = [
            ("channel", r#""fax""#, "channel: unknown channel 'fax' (expected one of: email,"),
            ("received", r#""2026-02-30""#, "received: invalid date '2026-02-30': no such day"),
            ("rights", r#"["access","delete"]"#, "right: unknown right 'delete' (expected one of: access,"),
            ("regime", r#""gdpr""#, "regime: unknown regime 'gdpr'"),
            ("location", r#""ZZ""#, "location: unknown location 'ZZ': 'ZZ' is not an ISO 3166-1 country code"),
            ("language", r#""english""#, "language: invalid language 'english': expected an ISO 639-1 code"),
            ("subject_category", r#""client""#, "subject-category: unknown data-subject category 'client'"),
            ("subject_relationship", r#""uncle""#, "subject-relationship: unknown relationship 'uncle'"),
        ];
        for (field, value, message) in bad_request {
            let err = refused::<NewRequest>(request, field, value);
            assert!(err.starts_with(message), "{field}: {err}");
        }

        let update: CaseUpdate =
            from_json(r#"{"status":"in-progress","channel":"phone","received":"2026-11-03","rights":["access"]}"#)
                .unwrap();
        assert_eq!((update.status, update.channel), (Some(Status::InProgress), Some(Channel::Phone)));
        assert_eq!(
            (update.received.map(|d| d.to_string()), update.rights),
            (Some("2026-11-03".into()), Some(vec![Right::Access]))
        );
        let unchanged: CaseUpdate = from_json("{}").unwrap();
        assert_eq!((unchanged.status, unchanged.rights, unchanged.location), (None, None, None));
        let bad_update = [
            ("status", r#""lost""#, "status: unknown status 'lost'"),
            ("channel", r#""fax""#, "channel: unknown channel 'fax'"),
            ("received", r#""3/11/2026""#, "received: invalid date '3/11/2026': expected YYYY-MM-DD"),
            ("rights", r#"["delete"]"#, "right: unknown right 'delete'"),
            ("regime", r#""gdpr""#, "regime: unknown regime 'gdpr'"),
            ("location", r#""GB ENG""#, "location: invalid location 'GB ENG'"),
            ("language", r#""eng""#, "language: invalid language 'eng'"),
            ("subject_category", r#""client""#, "subject-category: unknown data-subject category 'client'"),
            ("subject_relationship", r#""uncle""#, "subject-relationship: unknown relationship 'uncle'"),
        ];
        for (field, value, message) in bad_update {
            let err = refused::<CaseUpdate>("{}", field, value);
            assert!(err.starts_with(message), "{field}: {err}");
        }
        let err = refused::<PeopleUpdate>("{}", "subject_relationship", r#""uncle""#);
        assert!(err.starts_with("subject-relationship: unknown relationship 'uncle'"), "{err}");

        let complaint = r#"{"requester_name":"Ada","requester_emails":[],"channel":"letter",
            "received":"2026-11-02","location":"GB-SCT","language":"en"}"#;
        let c: NewComplaint = from_json(complaint).unwrap();
        assert_eq!((c.channel, c.location), (Channel::Letter, Some(Location::parse("GB-SCT").unwrap())));
        let bad_complaint = [
            ("channel", r#""pigeon""#, "channel: unknown channel 'pigeon'"),
            ("received", r#""2026-13-01""#, "received: invalid date '2026-13-01': no such day"),
            ("location", r#""XX-1""#, "location: unknown location 'XX-1'"),
            ("language", r#""en-GB""#, "language: invalid language 'en-GB'"),
        ];
        for (field, value, message) in bad_complaint {
            let err = refused::<NewComplaint>(complaint, field, value);
            assert!(err.starts_with(message), "{field}: {err}");
        }

        let letter = r#"{"requester_name":"Ada","requester_emails":[],"received":"2026-11-02",
            "postmark":"2026-10-31","rights":[],"regime":"uk-gdpr"}"#;
        let l: PostedLetter = from_json(letter).unwrap();
        assert_eq!(
            (l.postmark.map(|d| d.to_string()), l.rights, l.regime),
            (Some("2026-10-31".into()), vec![], Some(Regime::UkGdpr))
        );
        let bad_letter = [
            ("received", r#""yesterday""#, "received: invalid date 'yesterday': expected YYYY-MM-DD"),
            ("postmark", r#""2026-02-29""#, "postmark: invalid date '2026-02-29': no such day"),
            ("rights", r#"["objection","opt-out"]"#, "right: unknown right 'opt-out'"),
            ("regime", r#""ukgdpr""#, "regime: unknown regime 'ukgdpr'"),
            ("location", r#""Z""#, "location: invalid location 'Z'"),
            ("language", r#""1""#, "language: invalid language '1'"),
        ];
        for (field, value, message) in bad_letter {
            let err = refused::<PostedLetter>(letter, field, value);
            assert!(err.starts_with(message), "{field}: {err}");
        }
    }
}

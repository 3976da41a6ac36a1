//! What the store's unit tests share.

use casebook_core::{CaseKind, Channel, Location, NewCase, Regime, Requester, Right, Status};
use chrono::NaiveDate;

/// A UK GDPR request by email from `name` for `rights`, received on 2 November 2026.
pub(crate) fn new_case(name: &str, rights: &[Right]) -> NewCase {
    NewCase {
        kind: CaseKind::Request,
        concerns: None,
        requester: Requester { name: name.into(), ..Default::default() },
        data_subject: None,
        subject_category: None,
        channel: Channel::Email,
        received: NaiveDate::from_ymd_opt(2026, 11, 2).unwrap(),
        received_at: None,
        rights: rights.to_vec(),
        regime: Regime::UkGdpr,
        location: Location::parse("GB-ENG").unwrap(),
        language: None,
        status: Status::Received,
        intake: None,
    }
}

/// A new plain register `c.db` in `dir` holding Ada's access request,
/// recorded by `dpo` now.
pub(crate) fn register_with_a_case(dir: &std::path::Path) -> (crate::Store, casebook_core::Case) {
    let mut store = crate::Store::open(&dir.join("c.db"), crate::OpenMode::CreateIfMissing).unwrap();
    let stamp = crate::Stamp { at: chrono::Utc::now(), actor: "dpo" };
    let case = store.insert_case(&new_case("Ada", &[Right::Access]), None, stamp).unwrap();
    (store, case)
}

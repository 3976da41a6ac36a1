//! The action log of a case: beside the search log ("searched: found /
//! nothing"), what was done in each system for each right asked — erased,
//! anonymised, kept (with the legal ground), rectified (what to what),
//! restricted, added to the marketing suppression list, account deactivated,
//! preferences changed — and the recipients told of it (Art. 19: who, when).
//! Letters that confirm an erasure or a rectification state these records
//! and nothing else.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::SystemId;
use crate::Right;
use crate::code_enum;

code_enum! {
    /// What was done with a person's data in one system.
    pub enum Did as "action" {
        Erased = "erased", "Erased";
        Anonymised = "anonymised", "Anonymised";
        /// Kept on a legal ground (a statutory retention duty, legal claims).
        Kept = "kept", "Kept";
        Rectified = "rectified", "Rectified";
        Restricted = "restricted", "Restricted";
        Suppressed = "suppressed", "Added to the marketing suppression list";
        AccountDeactivated = "account-deactivated", "Account deactivated";
        PreferencesChanged = "preferences-changed", "Preferences changed";
    }
}

/// One entry of a case's action log: what was done in a system for a right.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ActionRecord {
    pub right: Right,
    pub system: SystemId,
    pub did: Did,
    /// Kept: the legal ground.
    pub ground: Option<String>,
    /// Rectified: what was changed, from what to what; else an optional note.
    pub detail: Option<String>,
    pub by: String,
    pub on: NaiveDate,
}

/// One recipient told of a rectification, erasure or restriction (Art. 19).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Notification {
    pub right: Right,
    pub recipient: String,
    /// Why a recipient the register of processing does not list was told.
    pub unlisted_reason: Option<String>,
    pub by: String,
    pub on: NaiveDate,
}

/// The actions that answer each right. Access and portability are answered
/// by the search log and the copy of the data, not by an action.
pub fn actions_for(right: Right) -> &'static [Did] {
    use Did::*;
    match right {
        Right::Erasure => &[Erased, Anonymised, Kept, AccountDeactivated],
        Right::Rectification => &[Rectified, Kept],
        Right::Restriction => &[Restricted],
        Right::Objection | Right::WithdrawConsent => &[Suppressed, PreferencesChanged, Erased, Kept],
        Right::Unsubscribe => &[Suppressed, PreferencesChanged],
        Right::OptOutOfSale | Right::LimitSensitive => &[Suppressed, PreferencesChanged],
        Right::AutomatedDecision => &[Kept, PreferencesChanged],
        Right::DeactivateAccount => &[AccountDeactivated, Kept],
        Right::CommunicationPreferences => &[PreferencesChanged, Suppressed],
        Right::Other => Did::ALL,
        Right::Access | Right::Portability => &[],
    }
}

/// The rights whose changes are notified to recipients (Art. 19).
pub fn notified_right(right: Right) -> bool {
    matches!(right, Right::Erasure | Right::Rectification | Right::Restriction)
}

/// What the action log accepts for one right of a case (no action for access
/// and portability), and whether recipients are told of its changes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RightActions {
    pub right: Right,
    pub actions: Vec<Did>,
    /// Recipients are told of this right's changes (Art. 19).
    pub notified: bool,
}

/// Per right asked, in the case's order, the actions that answer it.
pub fn right_actions(rights: &[Right]) -> Vec<RightActions> {
    rights
        .iter()
        .map(|&right| RightActions { right, actions: actions_for(right).to_vec(), notified: notified_right(right) })
        .collect()
}

/// What an action record lacks ([`ActionRecord::check`]): its English is the
/// command line's; a front end words the facts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum ActionProblem {
    /// An action for a right answered by the search log and the copy of the data (access, portability).
    #[error("{right} is answered by the search log and the copy of the data: no action is recorded for it")]
    NoActionForRight { right: Right },
    /// An action that does not answer the right.
    #[error(
        "'{did}' does not answer {right} (expected one of: {})",
        expected.iter().map(|d| d.code()).collect::<Vec<_>>().join(", ")
    )]
    ActionNotForRight { did: Did, right: Right, expected: Vec<Did> },
    /// Data kept without its legal ground.
    #[error("data kept needs its legal ground (e.g. a statutory retention duty)")]
    KeptNeedsGround,
    /// A legal ground with another action than data kept.
    #[error("a legal ground is recorded only for data kept, not for '{did}'")]
    GroundOnlyForKept { did: Did },
    /// A rectification without what was changed.
    #[error("a rectification names what was changed, from what to what")]
    RectificationNeedsDetail,
    /// Who did it is empty.
    #[error("who did it is empty")]
    DoneByEmpty,
}

impl ActionRecord {
    /// Checks the record says what its action needs: the right's own
    /// actions only, a ground for data kept, what to what for a rectification.
    pub fn check(&self) -> Result<(), ActionProblem> {
        let blank = |s: &Option<String>| s.as_deref().is_none_or(|s| s.trim().is_empty());
        let (right, did) = (self.right, self.did);
        let allowed = actions_for(right);
        if allowed.is_empty() {
            return Err(ActionProblem::NoActionForRight { right });
        }
        if !allowed.contains(&did) {
            return Err(ActionProblem::ActionNotForRight { did, right, expected: allowed.to_vec() });
        }
        if did == Did::Kept && blank(&self.ground) {
            return Err(ActionProblem::KeptNeedsGround);
        }
        if did != Did::Kept && !blank(&self.ground) {
            return Err(ActionProblem::GroundOnlyForKept { did });
        }
        if did == Did::Rectified && blank(&self.detail) {
            return Err(ActionProblem::RectificationNeedsDetail);
        }
        if self.by.trim().is_empty() {
            return Err(ActionProblem::DoneByEmpty);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(right: Right, did: Did, ground: Option<&str>, detail: Option<&str>) -> ActionRecord {
        ActionRecord {
            right,
            system: SystemId::parse("crm").unwrap(),
            did,
            ground: ground.map(str::to_string),
            detail: detail.map(str::to_string),
            by: "dpo".into(),
            on: NaiveDate::from_ymd_opt(2026, 11, 20).unwrap(),
        }
    }

    #[test]
    fn right_actions_follow_the_case_s_rights_in_order() {
        let got = right_actions(&[Right::Access, Right::Erasure]);
        assert_eq!(got.len(), 2);
        assert_eq!((got[0].right, got[0].actions.len(), got[0].notified), (Right::Access, 0, false));
        assert_eq!(got[1].right, Right::Erasure);
        assert_eq!(got[1].actions, actions_for(Right::Erasure));
        assert!(got[1].notified);
    }

    /// (right, did, ground, detail, the error's words or "" when accepted)
    type Row = (Right, Did, Option<&'static str>, Option<&'static str>, &'static str);

    #[test]
    fn an_action_says_what_its_right_needs() {
        use Did::*;
        let table: &[Row] = &[
            (Right::Erasure, Erased, None, None, ""),
            (Right::Erasure, Anonymised, None, Some("hashed the email"), ""),
            (Right::Erasure, Kept, Some("HMRC: 6 years"), None, ""),
            (Right::Erasure, Kept, None, None, "needs its legal ground"),
            (Right::Erasure, Kept, Some("  "), None, "needs its legal ground"),
            (Right::Erasure, Erased, Some("tax"), None, "only for data kept"),
            (Right::Erasure, Rectified, None, Some("x"), "'rectified' does not answer erasure"),
            (Right::Rectification, Rectified, None, Some("address: 1 Old St to 2 New St"), ""),
            (Right::Rectification, Rectified, None, None, "from what to what"),
            (Right::Restriction, Restricted, None, None, ""),
            (Right::Restriction, Erased, None, None, "expected one of: restricted"),
            (Right::Unsubscribe, Suppressed, None, None, ""),
            (Right::OptOutOfSale, PreferencesChanged, None, None, ""),
            (Right::Access, Erased, None, None, "answered by the search log"),
            (Right::Portability, Kept, Some("x"), None, "answered by the search log"),
        ];
        for (right, did, ground, detail, words) in table {
            let got = record(*right, *did, *ground, *detail).check();
            match (got, words.is_empty()) {
                (Ok(()), true) => {}
                (Err(e), false) => assert!(e.to_string().contains(words), "{right} {did}: {e}"),
                (got, _) => panic!("{right} {did}: {got:?}, expected {words:?}"),
            }
        }
    }

    #[test]
    fn codes_never_change() {
        let codes: Vec<_> = Did::ALL.iter().map(|d| d.code()).collect();
        assert_eq!(
            codes,
            [
                "erased",
                "anonymised",
                "kept",
                "rectified",
                "restricted",
                "suppressed",
                "account-deactivated",
                "preferences-changed"
            ]
        );
        assert!(notified_right(Right::Erasure) && !notified_right(Right::Access));
    }
}

//! A case's action log (what was done in each system for each right, and the
//! recipients told of it), and the inputs of its two forms.

use casebook_app as app;
use casebook_core::Right;
use casebook_core::processing::action::{ActionRecord, Did, Notification};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::civil;

/// What was done in one system for one right.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ActionRecordDto {
    pub right: Right,
    /// The system's id in the register of processing.
    pub system: String,
    pub did: Did,
    pub ground: Option<String>,
    pub detail: Option<String>,
    pub by: String,
    pub on: String,
}

/// A recipient told of a change (Art. 19).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NotificationDto {
    pub right: Right,
    pub recipient: String,
    /// Why a recipient the register of processing does not list was told.
    pub unlisted_reason: Option<String>,
    pub by: String,
    pub on: String,
}

/// A case's action log, oldest first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ActionLogDto {
    pub actions: Vec<ActionRecordDto>,
    pub notifications: Vec<NotificationDto>,
}

/// The log after a notification, with the façade's warning when the register
/// of processing does not list the recipient.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NotifiedDto {
    pub log: ActionLogDto,
    pub warning: Option<String>,
}

/// The form "Record what was done"; `by` and `on` default to the person
/// running Casebook and today.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ActionInputDto {
    pub system: String,
    pub right: Right,
    pub did: Did,
    #[ts(optional)]
    pub ground: Option<String>,
    #[ts(optional)]
    pub detail: Option<String>,
    #[ts(optional)]
    pub on: Option<String>,
}

/// The form "Record a recipient told".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NotifyInputDto {
    pub recipient: String,
    /// Null: the case's one right that Art. 19 covers.
    pub right: Option<Right>,
    #[ts(optional)]
    pub reason: Option<String>,
    #[ts(optional)]
    pub on: Option<String>,
}

/// The actions that answer one right of a case (none for access and portability).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RightActionsDto {
    pub right: Right,
    pub actions: Vec<Did>,
    /// Whether recipients are told of this right's changes (Art. 19).
    pub notified: bool,
}

impl From<ActionRecord> for ActionRecordDto {
    fn from(a: ActionRecord) -> Self {
        ActionRecordDto {
            right: a.right,
            system: a.system.as_str().to_owned(),
            did: a.did,
            ground: a.ground,
            detail: a.detail,
            by: a.by,
            on: civil(a.on),
        }
    }
}

impl From<Notification> for NotificationDto {
    fn from(n: Notification) -> Self {
        NotificationDto {
            right: n.right,
            recipient: n.recipient,
            unlisted_reason: n.unlisted_reason,
            by: n.by,
            on: civil(n.on),
        }
    }
}

impl From<app::ActionLog> for ActionLogDto {
    fn from(l: app::ActionLog) -> Self {
        ActionLogDto {
            actions: l.actions.into_iter().map(Into::into).collect(),
            notifications: l.notifications.into_iter().map(Into::into).collect(),
        }
    }
}

impl From<app::Notified> for NotifiedDto {
    fn from(n: app::Notified) -> Self {
        NotifiedDto { log: n.log.into(), warning: n.warning }
    }
}

/// The code a text input of the façade takes.
fn code<T: Serialize>(value: T) -> String {
    super::code_text(value)
}

impl ActionInputDto {
    pub fn into_app(self) -> app::ActionInput {
        app::ActionInput {
            system: self.system,
            right: code(self.right),
            did: code(self.did),
            ground: self.ground,
            detail: self.detail,
            by: None,
            on: self.on,
        }
    }
}

impl NotifyInputDto {
    pub fn into_app(self) -> app::NotifyInput {
        app::NotifyInput {
            recipient: self.recipient,
            right: self.right.map(code),
            reason: self.reason,
            by: None,
            on: self.on,
        }
    }
}

impl RightActionsDto {
    /// Per right of the case, the actions the façade accepts for it.
    pub fn of_case(rights: &[Right]) -> Vec<RightActionsDto> {
        rights
            .iter()
            .map(|&right| RightActionsDto {
                right,
                actions: app::actions_for(right).to_vec(),
                notified: app::notified_right(right),
            })
            .collect()
    }
}

//! The organisation's own letter templates, for the Settings card.

use casebook_app as app;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Where own templates live, and what each letter in each language uses.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct LetterTemplatesDto {
    /// The folder own templates go in (`<lang>/<kind>.txt`); it may not exist yet.
    pub folder: String,
    pub templates: Vec<LetterTemplateDto>,
}

/// A letter kind (or `_closing`, the end of every letter) in one language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct LetterTemplateDto {
    pub kind: String,
    pub label: String,
    pub language: String,
    /// Whether Casebook ships this template (so it can be customised or gone back to).
    pub built_in: bool,
    /// The organisation's own copy, used instead of the built-in one.
    pub own: Option<String>,
    /// Why the own copy cannot make a letter (its file and line).
    pub problem: Option<String>,
}

impl From<app::LetterTemplates> for LetterTemplatesDto {
    fn from(t: app::LetterTemplates) -> Self {
        LetterTemplatesDto {
            folder: t.folder.display().to_string(),
            templates: t
                .templates
                .into_iter()
                .map(|r| LetterTemplateDto {
                    kind: r.kind,
                    label: r.label,
                    language: r.language,
                    built_in: r.built_in,
                    own: r.own.map(|p| p.display().to_string()),
                    problem: r.problem,
                })
                .collect(),
        }
    }
}

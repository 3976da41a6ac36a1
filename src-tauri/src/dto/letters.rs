//! Letters: the kinds on offer and a letter just made.

use casebook_app as app;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A kind of letter and the languages its template exists in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct LetterKindDto {
    pub code: String,
    pub label: String,
    pub languages: Vec<String>,
}

impl From<app::LetterKindInfo> for LetterKindDto {
    fn from(k: app::LetterKindInfo) -> Self {
        LetterKindDto { code: k.code.to_owned(), label: k.label.to_owned(), languages: k.languages }
    }
}

/// A letter made and recorded on its case (its PDF is stored there by hash).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct LetterDto {
    pub reference: String,
    pub kind: String,
    pub language: String,
    pub title: String,
    pub file_name: String,
    pub pages: u32,
    /// SHA-256 of the PDF, as stored on the case.
    pub sha256: String,
    /// The letter's text, for reading it in the page.
    pub text: String,
    /// Whether an `.eml` draft was made with it, and why not.
    pub eml_available: bool,
    pub eml_unavailable: Option<String>,
}

impl From<&app::Letter> for LetterDto {
    fn from(l: &app::Letter) -> Self {
        LetterDto {
            reference: l.reference.clone(),
            kind: l.kind.clone(),
            language: l.language.clone(),
            title: l.title.clone(),
            file_name: l.file_name.clone(),
            pages: u32::try_from(l.pages).unwrap_or(u32::MAX),
            sha256: l.sha256.clone(),
            text: l.text.clone(),
            eml_available: l.eml.is_some(),
            eml_unavailable: l.eml_unavailable.clone(),
        }
    }
}

// ---- templates ----
// The organisation's own letter templates, for the Settings card.

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

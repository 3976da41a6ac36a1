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

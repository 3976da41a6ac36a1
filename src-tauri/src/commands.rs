//! The commands the window calls, beyond the case list: one façade call each,
//! run off the main thread, with the result mapped to a DTO.

pub mod cases;
pub mod data;
pub mod demo;
pub mod dialogs;
pub mod documents;
pub mod exports;
pub mod import;
pub mod letters;
pub mod processing;
pub mod protect;
pub mod retention;
pub mod settings;
pub mod steps;
pub mod templates;

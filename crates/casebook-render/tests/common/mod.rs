//! What the render tests share: the day every letter is dated, its deadlines
//! on that day, and a letter's input from its parts.

use casebook_core::deadline::{ClockEvents, DeadlinePolicy, Deadlines, compute_deadlines};
use casebook_core::holiday::Calendars;
use casebook_core::{Location, Organisation, Regime, Right};
use casebook_render::{CaseFacts, LetterDetails, LetterInput, LetterKind, ProcessingRecord};
use chrono::{NaiveDate, TimeZone, Utc};

pub fn day(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

/// The day every test letter is dated, and its deadlines computed.
pub const LETTER_DATE: &str = "2026-11-29";

/// A case's deadlines as they stand on [`LETTER_DATE`].
pub fn deadlines(
    calendars: &Calendars,
    regime: Regime,
    location: &Location,
    rights: &[Right],
    clock: &ClockEvents,
) -> Deadlines {
    compute_deadlines(regime, location, rights, clock, &DeadlinePolicy::default(), calendars, day(LETTER_DATE)).unwrap()
}

/// A letter of `kind` in `language` dated [`LETTER_DATE`], made at 10:00 UTC
/// that day, with no logo, fallback fonts or audit head.
pub fn letter_input<'a>(
    kind: LetterKind,
    language: &'a str,
    organisation: &'a Organisation,
    case: &'a CaseFacts,
    deadlines: &'a Deadlines,
    details: &'a LetterDetails,
    processing: Option<&'a ProcessingRecord>,
) -> LetterInput<'a> {
    LetterInput {
        kind,
        language,
        organisation,
        processing,
        logo_png: None,
        case,
        deadlines,
        details,
        date: day(LETTER_DATE),
        created_at: Utc.with_ymd_and_hms(2026, 11, 29, 10, 0, 0).unwrap(),
        fallback_fonts: &[],
        audit_head: None,
        identity_document_days: 30,
    }
}

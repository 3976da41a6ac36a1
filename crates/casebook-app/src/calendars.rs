//! Holiday calendars the DPO imports (a newer gov.uk `bank-holidays.json`, an
//! iCalendar file of all-day events) on top of the shipped ones.
//!
//! The imported text is kept in the register, so the calendars in force can
//! always be rebuilt and the audit log shows what was imported and when. A file
//! that does not parse is refused with the line or field at fault, and the
//! calendars already in use stay as they are.
//!
//! Written once for both back ends against [`StepBook`]: a team register
//! keeps its imports in its `settings` table, which only the DPO may write.

use std::sync::Arc;

use casebook_core::holiday::{Calendar, Calendars, parse_govuk_json, parse_ics, year_ranges};
use casebook_store::CaseRegister;
use serde::{Deserialize, Serialize};

use crate::lifecycle;
use crate::steps::StepBook;
use crate::{Casebook, Error, RegisterSaid, Result};

pub(crate) const KEY: &str = "holiday_imports";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CalendarFormat {
    GovUkJson,
    Ics,
}

/// One imported file, as kept in the register.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct StoredImport {
    format: CalendarFormat,
    /// For `.ics`: the calendar it updates (e.g. `ie`, `de-by`).
    calendar_id: Option<String>,
    file_name: String,
    text: String,
    /// Add the file's days to the years it covers (company closure days)
    /// instead of replacing those years (a newer official list).
    #[serde(default)]
    add: bool,
}

/// A calendar as the settings screen and `casebook calendar list` show it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CalendarSummary {
    pub id: String,
    pub name: String,
    pub source: String,
    /// Years covered by data (a shipped or imported file); other years come from rules.
    pub data_years: String,
}

/// What an import changed.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CalendarImport {
    pub file_name: String,
    pub calendars: Vec<CalendarSummary>,
    /// Open cases whose due date moved because of the new holidays.
    pub cases_recomputed: Vec<String>,
}

fn summary(c: &Calendar) -> CalendarSummary {
    CalendarSummary {
        id: c.id().to_string(),
        name: c.name().to_string(),
        source: c.source().to_string(),
        data_years: year_ranges(c.years()),
    }
}

fn parse(import: &StoredImport) -> Result<Vec<Calendar>> {
    match import.format {
        CalendarFormat::GovUkJson => parse_govuk_json(&import.file_name, &import.text).map_err(unreadable),
        CalendarFormat::Ics => {
            let id = import.calendar_id.as_deref().ok_or_else(|| {
                Error::refused_in("calendar", RegisterSaid::IcsNeedsCalendar { file_name: import.file_name.clone() })
            })?;
            Ok(vec![parse_ics(&import.file_name, id, &import.text).map_err(unreadable)?])
        }
    }
}

/// A calendar file whose content does not read, with the parser's reason.
fn unreadable(e: impl std::fmt::Display) -> Error {
    Error::refused(RegisterSaid::CalendarUnreadable { detail: e.to_string() })
}

pub(crate) fn build(imports: &[StoredImport]) -> Result<Calendars> {
    let mut calendars = Calendars::shipped();
    for import in imports {
        for cal in parse(import)? {
            let cal = match calendars.get(cal.id()) {
                Some(current) if import.add => with_current_days(current, &cal),
                _ => cal,
            };
            calendars.import(cal);
        }
    }
    Ok(calendars)
}

/// The imported days plus the days `current` already has in the years the
/// import covers, so that importing it adds rather than replaces.
fn with_current_days(current: &Calendar, imported: &Calendar) -> Calendar {
    let mut dates: std::collections::BTreeMap<_, _> =
        imported.years().iter().flat_map(|y| current.holidays_in(*y)).map(|h| (h.date, h.title)).collect();
    for y in imported.years() {
        for h in imported.holidays_in(*y) {
            dates.insert(h.date, h.title);
        }
    }
    Calendar::from_dates(imported.id(), imported.name(), imported.source(), dates)
}

/// The imports the register keeps, oldest first.
fn stored_imports<B: StepBook + ?Sized>(book: &B) -> Result<Vec<StoredImport>> {
    Ok(lifecycle::setting(&mut *book.register(), KEY)?.unwrap_or_default())
}

/// Every calendar in force.
pub(crate) fn list_calendars<B: StepBook + ?Sized>(book: &B) -> Result<Vec<CalendarSummary>> {
    let calendars = book.calendars()?;
    Ok(calendars.ids().filter_map(|id| calendars.get(id)).map(summary).collect())
}

/// The holidays of one calendar in one year, with where each date came from.
pub(crate) fn calendar_holidays<B: StepBook + ?Sized>(
    book: &B,
    id: &str,
    year: i32,
) -> Result<Vec<casebook_core::holiday::Holiday>> {
    let calendars = book.calendars()?;
    let cal = calendars.get(id).ok_or_else(|| Error::NotFound { what: "calendar", key: id.to_string() })?;
    Ok(cal.holidays_in(year))
}

/// Imports a calendar file. `file_name` is only used to name the input in
/// messages and to tell the format; `calendar_id` is required for `.ics`.
/// With `add`, the file's days join the calendar's (company closure days);
/// without, they replace the years the file covers (a newer official list).
/// The import is stored (the DPO's to do on a team register: the database
/// refuses anyone else's change of settings), then the open cases' due
/// dates are recomputed with the new holidays.
pub(crate) fn import_calendar<B: StepBook + ?Sized>(
    book: &B,
    file_name: &str,
    bytes: &[u8],
    calendar_id: Option<&str>,
    add: bool,
) -> Result<CalendarImport> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        Error::refused(RegisterSaid::CalendarNotText { file_name: file_name.to_string(), byte: e.valid_up_to() as u64 })
    })?;
    let lower = file_name.to_ascii_lowercase();
    let format = if lower.ends_with(".ics") || text.trim_start().starts_with("BEGIN:VCALENDAR") {
        CalendarFormat::Ics
    } else if lower.ends_with(".json") || text.trim_start().starts_with('{') {
        CalendarFormat::GovUkJson
    } else {
        return Err(Error::refused(RegisterSaid::CalendarFormatUnknown { file_name: file_name.to_string() }));
    };
    let calendar_id = match (&format, calendar_id) {
        (CalendarFormat::Ics, Some(id)) => {
            let known = book.calendars()?.get(id).is_some();
            if !known {
                return Err(Error::refused_in("calendar", RegisterSaid::UnknownCalendar { id: id.to_string() }));
            }
            Some(id.to_string())
        }
        (CalendarFormat::Ics, None) => {
            return Err(Error::refused_in(
                "calendar",
                RegisterSaid::IcsNeedsCalendar { file_name: file_name.to_string() },
            ));
        }
        (CalendarFormat::GovUkJson, _) => None,
    };
    let import = StoredImport { format, calendar_id, file_name: file_name.to_string(), text: text.to_string(), add };
    // Parse before anything is stored: a bad file changes nothing.
    let parsed = parse(&import)?;
    let mut imports = stored_imports(book)?;
    imports.push(import);
    let calendars = Arc::new(build(&imports)?);
    let json = serde_json::to_string(&imports).expect("calendar imports serialise");
    book.register().put_setting_json(KEY, &json, book.stamp())?;
    book.keep_calendars(Arc::clone(&calendars));
    let touched: Vec<CalendarSummary> = parsed.iter().filter_map(|c| calendars.get(c.id())).map(summary).collect();
    let cases_recomputed = crate::policy::recompute_open_cases(book, "holidays.imported")?;
    Ok(CalendarImport { file_name: file_name.to_string(), calendars: touched, cases_recomputed })
}

impl Casebook {
    /// Shipped calendars with every import applied, oldest import first.
    pub(crate) fn build_calendars(&self) -> Result<Calendars> {
        build(&stored_imports(self)?)
    }

    /// Every calendar in force.
    pub fn list_calendars(&self) -> Result<Vec<CalendarSummary>> {
        list_calendars(self)
    }

    /// The holidays of one calendar in one year, with where each date came from.
    pub fn calendar_holidays(&self, id: &str, year: i32) -> Result<Vec<casebook_core::holiday::Holiday>> {
        calendar_holidays(self, id, year)
    }

    /// Imports a calendar file (see [`import_calendar`]).
    pub fn import_calendar(
        &self,
        file_name: &str,
        bytes: &[u8],
        calendar_id: Option<&str>,
        add: bool,
    ) -> Result<CalendarImport> {
        import_calendar(self, file_name, bytes, calendar_id, add)
    }
}

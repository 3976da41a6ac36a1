//! Holiday calendars: which days a deadline may not end on.
//!
//! A [`Calendar`] is one jurisdiction's holidays: dates taken from a data file
//! for the years the file covers, and dates computed from the jurisdiction's
//! rules for every other year (each such date says so). [`Calendars`] holds the
//! shipped calendars, lets imported files replace or extend them, and picks the
//! calendar for a [`Location`].
//!
//! Nothing here reads a file: the shipped data is compiled in, and imported
//! text is handed over by the caller.

mod import;
mod rules;

#[cfg(test)]
mod tests;

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};

use chrono::{Datelike, NaiveDate, Weekday};
use serde::Serialize;
use thiserror::Error;

use crate::Location;
pub use import::{parse_govuk_json, parse_ics};
pub use rules::{Land, Rules, easter_sunday};

/// The gov.uk-format file shipped for the three UK divisions.
pub const UK_BANK_HOLIDAYS_JSON: &str = include_str!("../../../../assets/holidays/uk-bank-holidays.json");
const UK_SOURCE: &str = "uk-bank-holidays.json";

/// Something wrong with a calendar file or a calendar request.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum HolidayError {
    #[error("error parsing calendar '{input}': {path}: {message}")]
    Json { input: String, path: String, message: String },
    #[error("error parsing calendar '{input}': line {line}: {message}")]
    Ics { input: String, line: usize, message: String },
    #[error("error parsing calendar '{input}': {message}")]
    Empty { input: String, message: String },
    #[error(
        "no holiday calendar for location '{location}': holidays are known for GB, IE, FR, DE, NL, BE, ES, IT, AT, PL, PT, CH and US, and other EU/EEA countries use weekends only"
    )]
    UnsupportedLocation { location: String },
    #[error("unknown subdivision in location '{location}' (expected one of: {expected})")]
    UnknownSubdivision { location: String, expected: String },
}

/// One holiday, with where its date came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Holiday {
    pub date: NaiveDate,
    pub title: String,
    /// True when the date comes from the rules rather than a data file.
    pub computed: bool,
    /// Plain words for the explanation: "from uk-bank-holidays.json (scotland)",
    /// "computed from rules, no data file covers 2031".
    pub provenance: String,
}

/// The holidays of one jurisdiction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Calendar {
    id: String,
    name: String,
    source: String,
    years: BTreeSet<i32>,
    dates: BTreeMap<NaiveDate, String>,
    rules: Rules,
    note: Option<String>,
}

impl Calendar {
    /// A calendar made only of rules (no data file).
    pub fn from_rules(id: &str, name: &str, rules: Rules) -> Calendar {
        Calendar {
            id: id.to_string(),
            name: name.to_string(),
            source: "computed from rules".to_string(),
            years: BTreeSet::new(),
            dates: BTreeMap::new(),
            rules,
            note: None,
        }
    }

    /// A calendar of data for `years`; other years have no holidays until
    /// [`Calendars::import`] merges it into a calendar that has rules.
    pub fn from_dates(id: &str, name: &str, source: &str, dates: BTreeMap<NaiveDate, String>) -> Calendar {
        let years = dates.keys().map(|d| d.year()).collect();
        Calendar {
            id: id.to_string(),
            name: name.to_string(),
            source: source.to_string(),
            years,
            dates,
            rules: Rules::WeekendsOnly,
            note: None,
        }
    }

    fn with_rules(mut self, rules: Rules) -> Calendar {
        self.rules = rules;
        self
    }

    /// The stable id: `england-and-wales`, `de-by`, `us-ca`, `pl`.
    pub fn id(&self) -> &str {
        &self.id
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    /// Where the data came from (file names, "imported '…'").
    pub fn source(&self) -> &str {
        &self.source
    }

    /// The years the data covers; every other year is computed from the rules.
    pub fn years(&self) -> &BTreeSet<i32> {
        &self.years
    }

    pub fn rules(&self) -> Rules {
        self.rules
    }

    /// A caveat to show with every date computed on this calendar, such as
    /// "no holiday data is shipped for PL".
    pub fn note(&self) -> Option<&str> {
        self.note.as_deref()
    }

    /// The holiday on `date`, if any. Weekends are not holidays here.
    pub fn holiday(&self, date: NaiveDate) -> Option<Holiday> {
        let year = date.year();
        if self.years.contains(&year) {
            return self.dates.get(&date).map(|title| Holiday {
                date,
                title: title.clone(),
                computed: false,
                provenance: format!("from {}", self.source),
            });
        }
        let (_, title) = rules::holidays(self.rules, year).into_iter().find(|(d, _)| *d == date)?;
        Some(Holiday { date, title, computed: true, provenance: self.rules_provenance(year) })
    }

    /// Every holiday of `year`, sorted.
    pub fn holidays_in(&self, year: i32) -> Vec<Holiday> {
        if self.years.contains(&year) {
            let from = NaiveDate::from_ymd_opt(year, 1, 1);
            let to = NaiveDate::from_ymd_opt(year, 12, 31);
            let (Some(from), Some(to)) = (from, to) else {
                return Vec::new();
            };
            return self.dates.range(from..=to).filter_map(|(d, _)| self.holiday(*d)).collect();
        }
        let provenance = self.rules_provenance(year);
        rules::holidays(self.rules, year)
            .into_iter()
            .map(|(date, title)| Holiday { date, title, computed: true, provenance: provenance.clone() })
            .collect()
    }

    fn rules_provenance(&self, year: i32) -> String {
        if self.years.is_empty() {
            "computed from rules; no data file is shipped for this calendar".to_string()
        } else {
            format!("computed from rules, no data file covers {year}")
        }
    }

    /// Neither a Saturday, a Sunday nor a holiday.
    pub fn is_working_day(&self, date: NaiveDate) -> bool {
        !is_weekend(date) && self.holiday(date).is_none()
    }

    /// Replaces this calendar's data for every year `imported` covers, keeping
    /// the rest of the data and the rules.
    pub fn extend_with(&mut self, imported: &Calendar) {
        self.dates.retain(|d, _| !imported.years.contains(&d.year()));
        self.dates.extend(imported.dates.iter().map(|(d, t)| (*d, t.clone())));
        self.years.extend(imported.years.iter().copied());
        self.source = format!("{}; {} for {}", self.source, imported.source, year_ranges(&imported.years));
    }
}

pub fn is_weekend(date: NaiveDate) -> bool {
    matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}

/// "2019–2028" or "2019–2020, 2024".
pub fn year_ranges(years: &BTreeSet<i32>) -> String {
    let mut parts: Vec<(i32, i32)> = Vec::new();
    for &y in years {
        match parts.last_mut() {
            Some((_, end)) if end.checked_add(1) == Some(y) => *end = y,
            _ => parts.push((y, y)),
        }
    }
    let words: Vec<String> =
        parts.into_iter().map(|(a, b)| if a == b { a.to_string() } else { format!("{a}\u{2013}{b}") }).collect();
    if words.is_empty() { "no years".to_string() } else { words.join(", ") }
}

/// The EU and EEA Member States (with Åland and the French outermost regions,
/// which have their own ISO 3166-1 codes but are in the EU).
pub const EU_EEA: &[&str] = &[
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT",
    "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO", "AX", "GF", "GP", "MQ", "RE", "YT", "MF",
];

pub fn is_eu_eea(location: &Location) -> bool {
    EU_EEA.contains(&location.country())
}

/// The calendar chosen for a location, with a caveat when it is partial.
#[derive(Debug, Clone)]
pub struct CalendarChoice<'a> {
    pub calendar: Cow<'a, Calendar>,
    pub note: Option<CalendarNote>,
}

/// A caveat about the holidays known for a location (its `Display` is the English).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum CalendarNote {
    /// An EU/EEA country with no holiday data: weekends only.
    NoHolidayData { country: String },
    /// A region of a country whose national holidays only are known.
    NationalOnly { location: String, country: String },
    /// Germany given without a Land: national holidays only.
    GermanyWithoutLand,
}

impl std::fmt::Display for CalendarNote {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CalendarNote::NoHolidayData { country } => write!(
                f,
                "no holiday data is shipped for {country}: only Saturdays and Sundays are skipped, so check the country's public holidays by hand"
            ),
            CalendarNote::NationalOnly { location, country } => {
                write!(f, "regional holidays of {location} are not included: {country} national holidays only")
            }
            CalendarNote::GermanyWithoutLand => {
                write!(f, "DE without a Land: national holidays only (give the Land, e.g. DE-BY, for its holidays)")
            }
        }
    }
}

/// All the calendars the engine may use: the shipped ones, as replaced or
/// extended by imported files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Calendars {
    by_id: BTreeMap<String, Calendar>,
}

impl Calendars {
    /// The calendars compiled into Casebook.
    pub fn shipped() -> Calendars {
        let mut by_id = BTreeMap::new();
        let uk = parse_govuk_json(UK_SOURCE, UK_BANK_HOLIDAYS_JSON)
            .expect("the shipped uk-bank-holidays.json parses (checked by a test)");
        for cal in uk {
            let rules = match cal.id() {
                "scotland" => Rules::Scotland,
                "northern-ireland" => Rules::NorthernIreland,
                _ => Rules::EnglandAndWales,
            };
            by_id.insert(cal.id.clone(), cal.with_rules(rules));
        }
        let mut add = |id: &str, name: &str, rules: Rules| {
            by_id.insert(id.to_string(), Calendar::from_rules(id, name, rules));
        };
        add("ie", "Ireland", Rules::Ireland);
        add("fr", "France", Rules::France);
        add("fr-alsace-moselle", "France (Alsace-Moselle)", Rules::AlsaceMoselle);
        add("de", "Germany (national holidays)", Rules::Germany(None));
        for land in Land::ALL {
            let id = format!("de-{}", land.code().to_ascii_lowercase());
            add(&id, &format!("Germany (DE-{})", land.code()), Rules::Germany(Some(land)));
        }
        add("nl", "Netherlands", Rules::Netherlands);
        add("be", "Belgium", Rules::Belgium);
        add("es", "Spain (national holidays)", Rules::Spain);
        add("it", "Italy", Rules::Italy);
        add("at", "Austria", Rules::Austria);
        add("pl", "Poland", Rules::Poland);
        add("pt", "Portugal (national holidays)", Rules::Portugal);
        add("ch", "Switzerland (days observed in every canton)", Rules::Switzerland);
        add("us", "United States (federal holidays)", Rules::UsFederal);
        add("us-ca", "United States (federal and California state holidays)", Rules::UsCalifornia);
        Calendars { by_id }
    }

    pub fn get(&self, id: &str) -> Option<&Calendar> {
        self.by_id.get(id)
    }

    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.by_id.keys().map(String::as_str)
    }

    /// Replaces a whole calendar (data and rules).
    pub fn replace(&mut self, calendar: Calendar) {
        self.by_id.insert(calendar.id.clone(), calendar);
    }

    /// Merges an imported calendar into the one with the same id: its years
    /// replace the existing data for those years, and the rules still cover the
    /// rest. An id not yet known is added as it is.
    pub fn import(&mut self, imported: Calendar) {
        match self.by_id.get_mut(&imported.id) {
            Some(existing) => existing.extend_with(&imported),
            None => self.replace(imported),
        }
    }

    /// The calendar for where the controller acts.
    pub fn for_location(&self, location: &Location) -> Result<CalendarChoice<'_>, HolidayError> {
        let (id, note) = calendar_id(location)?;
        if let Some(cal) = self.by_id.get(&id) {
            // A calendar that does not hold every holiday of the location carries
            // the caveat, so that no date computed on it is called a working day.
            let calendar = match &note {
                None => Cow::Borrowed(cal),
                Some(n) => {
                    let mut partial = cal.clone();
                    partial.note = Some(n.to_string());
                    Cow::Owned(partial)
                }
            };
            return Ok(CalendarChoice { calendar, note });
        }
        if is_eu_eea(location) {
            let country = location.country();
            let mut cal = Calendar::from_rules(&id, country, Rules::WeekendsOnly);
            let note = CalendarNote::NoHolidayData { country: country.to_string() };
            cal.note = Some(note.to_string());
            return Ok(CalendarChoice { calendar: Cow::Owned(cal), note: Some(note) });
        }
        Err(HolidayError::UnsupportedLocation { location: location.to_string() })
    }
}

impl Default for Calendars {
    fn default() -> Self {
        Calendars::shipped()
    }
}

/// Which calendar id serves a location, and a caveat when only part of the
/// location's holidays are known.
pub fn calendar_id(location: &Location) -> Result<(String, Option<CalendarNote>), HolidayError> {
    let country = location.country();
    let sub = location.subdivision();
    let national_only = |what: &str| {
        sub.map(|_| CalendarNote::NationalOnly { location: location.to_string(), country: what.to_string() })
    };
    let id = match country {
        "GB" => match sub {
            None | Some("ENG") | Some("WLS") | Some("EAW") => "england-and-wales",
            Some("SCT") => "scotland",
            Some("NIR") => "northern-ireland",
            Some(_) => {
                return Err(HolidayError::UnknownSubdivision {
                    location: location.to_string(),
                    expected: "GB, GB-ENG, GB-WLS, GB-SCT, GB-NIR".into(),
                });
            }
        },
        "FR" => match sub {
            Some("57" | "67" | "68" | "6AE") => "fr-alsace-moselle",
            _ => return Ok(("fr".into(), None)),
        },
        "DE" => match sub {
            None => {
                return Ok(("de".into(), Some(CalendarNote::GermanyWithoutLand)));
            }
            Some(code) => match Land::from_code(code) {
                Some(land) => {
                    return Ok((format!("de-{}", land.code().to_ascii_lowercase()), None));
                }
                None => {
                    let expected: Vec<String> = Land::ALL.iter().map(|l| format!("DE-{}", l.code())).collect();
                    return Err(HolidayError::UnknownSubdivision {
                        location: location.to_string(),
                        expected: expected.join(", "),
                    });
                }
            },
        },
        "US" => match sub {
            Some("CA") => "us-ca",
            _ => "us",
        },
        "PL" => "pl",
        "IE" | "NL" | "BE" | "ES" | "IT" | "AT" | "PT" | "CH" => {
            return Ok((country.to_ascii_lowercase(), national_only(country)));
        }
        // No rules are known: an imported file under this id is used if there
        // is one, else `Calendars::for_location` falls back to weekends only.
        _ if EU_EEA.contains(&country) => return Ok((country.to_ascii_lowercase(), None)),
        _ => {
            return Err(HolidayError::UnsupportedLocation { location: location.to_string() });
        }
    };
    Ok((id.to_string(), None))
}

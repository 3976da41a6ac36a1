//! Reading holiday files: the gov.uk `bank-holidays.json` shape and iCalendar
//! files of all-day events.
//!
//! Raw text becomes a validated [`Calendar`] here, once; errors name the input
//! and the JSON path or the line at fault.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde_json::Value;

use super::{Calendar, HolidayError};

/// Parses a gov.uk `bank-holidays.json` (`{division: {division, events: [{title,
/// date, notes, bunting}]}}`) into one calendar per division, whose id is the
/// division (`england-and-wales`, `scotland`, `northern-ireland`).
pub fn parse_govuk_json(input: &str, text: &str) -> Result<Vec<Calendar>, HolidayError> {
    let err =
        |path: &str, message: String| HolidayError::Json { input: input.to_string(), path: path.to_string(), message };
    let root: Value = serde_json::from_str(text).map_err(|e| {
        err(
            &format!("line {} column {}", e.line(), e.column()),
            format!("invalid JSON ({e})").replace(&format!(" at line {} column {}", e.line(), e.column()), ""),
        )
    })?;
    let Value::Object(divisions) = root else {
        return Err(err("(top level)", "expected an object of divisions".into()));
    };
    if divisions.is_empty() {
        return Err(HolidayError::Empty { input: input.into(), message: "no divisions".into() });
    }
    let mut out = Vec::new();
    for (key, division) in &divisions {
        let Value::Object(division) = division else {
            return Err(err(key, "expected an object with 'division' and 'events'".into()));
        };
        match division.get("division") {
            None => {}
            Some(Value::String(name)) if name == key => {}
            Some(other) => {
                return Err(err(&format!("{key}.division"), format!("{other} does not match the key '{key}'")));
            }
        }
        let events = match division.get("events") {
            Some(Value::Array(events)) => events,
            Some(_) => return Err(err(&format!("{key}.events"), "expected an array".into())),
            None => return Err(err(key, "missing field 'events'".into())),
        };
        if events.is_empty() {
            return Err(err(&format!("{key}.events"), "no events".into()));
        }
        let mut dates = BTreeMap::new();
        for (i, event) in events.iter().enumerate() {
            let path = format!("{key}.events[{i}]");
            let Value::Object(event) = event else {
                return Err(err(&path, "expected an object with 'title' and 'date'".into()));
            };
            let title = match event.get("title") {
                Some(Value::String(t)) if !t.trim().is_empty() => t.trim().to_string(),
                Some(Value::String(_)) => {
                    return Err(err(&format!("{path}.title"), "is empty".into()));
                }
                Some(other) => {
                    return Err(err(&format!("{path}.title"), format!("{other} is not a string")));
                }
                None => return Err(err(&path, "missing field 'title'".into())),
            };
            let date = match event.get("date") {
                Some(Value::String(s)) => parse_iso_date(s).ok_or_else(|| {
                    err(&format!("{path}.date"), format!("'{s}' is not a date (expected YYYY-MM-DD)"))
                })?,
                Some(other) => {
                    return Err(err(&format!("{path}.date"), format!("{other} is not a string")));
                }
                None => return Err(err(&path, "missing field 'date'".into())),
            };
            if let Some(notes) = event.get("notes").filter(|v| !v.is_string() && !v.is_null()) {
                return Err(err(&format!("{path}.notes"), format!("{notes} is not a string")));
            }
            if let Some(b) = event.get("bunting").filter(|v| !v.is_boolean() && !v.is_null()) {
                return Err(err(&format!("{path}.bunting"), format!("{b} is not true or false")));
            }
            let title = match event.get("notes").and_then(Value::as_str).map(str::trim) {
                Some(n) if n.eq_ignore_ascii_case("substitute day") => {
                    format!("{title} (substitute day)")
                }
                _ => title,
            };
            if dates.insert(date, title).is_some() {
                return Err(err(&format!("{path}.date"), format!("'{date}' appears twice in {key}")));
            }
        }
        let name = division_name(key);
        out.push(Calendar::from_dates(key, &name, &format!("{input} ({key})"), dates));
    }
    Ok(out)
}

/// "england-and-wales" → "England and Wales".
fn division_name(key: &str) -> String {
    key.split('-')
        .enumerate()
        .map(|(i, w)| {
            let mut c = w.chars();
            match c.next() {
                Some(f) if i == 0 || w != "and" => f.to_uppercase().chain(c).collect(),
                _ => w.to_string(),
            }
        })
        .collect::<Vec<String>>()
        .join(" ")
}

/// Strict `YYYY-MM-DD`.
fn parse_iso_date(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    let shape = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !shape {
        return None;
    }
    NaiveDate::from_ymd_opt(s[0..4].parse().ok()?, s[5..7].parse().ok()?, s[8..10].parse().ok()?)
}

/// `YYYYMMDD`, as iCalendar writes a DATE.
fn parse_ics_date(s: &str) -> Option<NaiveDate> {
    if s.len() != 8 || !s.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    NaiveDate::from_ymd_opt(s[0..4].parse().ok()?, s[4..6].parse().ok()?, s[6..8].parse().ok()?)
}

/// A logical iCalendar line (after unfolding) and the physical line it starts on.
struct Line {
    number: usize,
    name: String,
    params: Vec<String>,
    value: String,
}

fn unfold(text: &str) -> Vec<(usize, String)> {
    let mut lines: Vec<(usize, String)> = Vec::new();
    for (i, raw) in text.split('\n').enumerate() {
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        match (raw.chars().next(), lines.last_mut()) {
            (Some(' ' | '\t'), Some((_, prev))) => prev.push_str(&raw[1..]),
            _ => lines.push((i + 1, raw.to_string())),
        }
    }
    lines.retain(|(_, l)| !l.trim().is_empty());
    lines
}

fn split_line(input: &str, number: usize, text: &str) -> Result<Line, HolidayError> {
    // The value starts after the first colon outside a quoted parameter value.
    let mut quoted = false;
    let colon = text.char_indices().find(|&(_, c)| {
        if c == '"' {
            quoted = !quoted;
        }
        c == ':' && !quoted
    });
    let Some((at, _)) = colon else {
        return Err(HolidayError::Ics {
            input: input.into(),
            line: number,
            message: format!("expected 'NAME:value', found '{}'", shorten(text)),
        });
    };
    let mut head = text[..at].split(';');
    let name = head.next().unwrap_or_default().trim().to_ascii_uppercase();
    Ok(Line { number, name, params: head.map(|p| p.to_ascii_uppercase()).collect(), value: text[at + 1..].to_string() })
}

fn shorten(s: &str) -> String {
    if s.chars().count() > 60 { format!("{}…", s.chars().take(60).collect::<String>()) } else { s.to_string() }
}

fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n' | 'N') => out.push(' '),
                Some(other) => out.push(other),
                None => {}
            }
        } else {
            out.push(c);
        }
    }
    out.trim().to_string()
}

#[derive(Default)]
struct Event {
    begins: usize,
    start: Option<(usize, NaiveDate)>,
    end: Option<(usize, NaiveDate)>,
    summary: Option<String>,
    cancelled: bool,
}

/// Parses an iCalendar file of all-day events (`DTSTART;VALUE=DATE`, `SUMMARY`)
/// into a calendar with the given id. Timed and recurring events are refused:
/// a holiday is a whole day, and each one should be listed.
pub fn parse_ics(input: &str, calendar_id: &str, text: &str) -> Result<Calendar, HolidayError> {
    let fail = |line: usize, message: String| HolidayError::Ics { input: input.into(), line, message };
    let lines = unfold(text);
    match lines.first() {
        Some((_, l)) if l.trim().eq_ignore_ascii_case("BEGIN:VCALENDAR") => {}
        Some((n, l)) => {
            return Err(fail(*n, format!("expected BEGIN:VCALENDAR, found '{}'", shorten(l))));
        }
        None => {
            return Err(HolidayError::Empty { input: input.into(), message: "the file is empty".into() });
        }
    }
    let mut dates: BTreeMap<NaiveDate, String> = BTreeMap::new();
    let mut event: Option<Event> = None;
    // Components inside an event (VALARM) or beside it (VTIMEZONE) are skipped.
    let mut other_depth = 0usize;
    let mut ended = false;
    for (number, text) in lines.iter().skip(1) {
        let number = *number;
        if ended {
            return Err(fail(number, format!("'{}' after END:VCALENDAR", shorten(text))));
        }
        let line = split_line(input, number, text)?;
        let value = line.value.trim();
        match (line.name.as_str(), value.to_ascii_uppercase().as_str()) {
            ("BEGIN", "VEVENT") if other_depth == 0 => {
                if let Some(open) = &event {
                    return Err(fail(number, format!("BEGIN:VEVENT inside the event begun on line {}", open.begins)));
                }
                event = Some(Event { begins: number, ..Event::default() });
            }
            ("END", "VEVENT") if other_depth == 0 => {
                let Some(ev) = event.take() else {
                    return Err(fail(number, "END:VEVENT without BEGIN:VEVENT".into()));
                };
                add_event(input, ev, &mut dates)?;
            }
            ("END", "VCALENDAR") if other_depth == 0 => {
                if let Some(open) = &event {
                    return Err(fail(
                        number,
                        format!("END:VCALENDAR before the event begun on line {} ended", open.begins),
                    ));
                }
                ended = true;
            }
            ("BEGIN", _) => other_depth += 1,
            ("END", _) => {
                other_depth = other_depth
                    .checked_sub(1)
                    .ok_or_else(|| fail(number, format!("END:{value} without a matching BEGIN")))?;
            }
            _ if other_depth > 0 => {}
            (name, _) => {
                if let Some(ev) = event.as_mut() {
                    event_property(input, ev, name, &line)?;
                }
            }
        }
    }
    if !ended {
        let last = lines.last().map(|(n, _)| *n).unwrap_or(1);
        return Err(fail(last, "missing END:VCALENDAR (is the file truncated?)".into()));
    }
    if dates.is_empty() {
        return Err(HolidayError::Empty { input: input.into(), message: "no all-day events".into() });
    }
    Ok(Calendar::from_dates(calendar_id, calendar_id, &format!("imported '{input}'"), dates))
}

fn event_property(input: &str, ev: &mut Event, name: &str, line: &Line) -> Result<(), HolidayError> {
    let fail = |message: String| HolidayError::Ics { input: input.into(), line: line.number, message };
    let value = line.value.trim();
    match name {
        "DTSTART" | "DTEND" => {
            let is_date = line.params.iter().any(|p| p == "VALUE=DATE");
            if value.contains('T') || (!is_date && value.len() != 8) {
                return Err(fail(format!(
                    "timed event: {name} '{value}' has a time; only all-day events ({name};VALUE=DATE:YYYYMMDD) can be holidays"
                )));
            }
            let date = parse_ics_date(value)
                .ok_or_else(|| fail(format!("{name} '{value}' is not a date (expected YYYYMMDD)")))?;
            let slot = if name == "DTSTART" { &mut ev.start } else { &mut ev.end };
            if slot.is_some() {
                return Err(fail(format!("a second {name} in one event")));
            }
            *slot = Some((line.number, date));
        }
        "SUMMARY" => ev.summary = Some(unescape(value)),
        "RRULE" | "RDATE" => {
            return Err(fail(format!(
                "recurring events ({name}) are not supported: list each holiday as its own event"
            )));
        }
        "STATUS" => ev.cancelled = value.eq_ignore_ascii_case("CANCELLED"),
        _ => {}
    }
    Ok(())
}

fn add_event(input: &str, ev: Event, dates: &mut BTreeMap<NaiveDate, String>) -> Result<(), HolidayError> {
    let fail = |line: usize, message: String| HolidayError::Ics { input: input.into(), line, message };
    let Some((_, start)) = ev.start else {
        return Err(fail(ev.begins, "event without DTSTART".into()));
    };
    let title = match ev.summary {
        Some(s) if !s.is_empty() => s,
        _ => return Err(fail(ev.begins, "event without SUMMARY".into())),
    };
    if ev.cancelled {
        return Ok(());
    }
    // DTEND of an all-day event is exclusive: a one-day holiday ends the next day.
    let days = match ev.end {
        None => 1,
        Some((line, end)) => {
            let days = (end - start).num_days();
            if days < 1 {
                return Err(fail(line, format!("DTEND {end} is not after DTSTART {start}")));
            }
            if days > 31 {
                return Err(fail(line, format!("an event of {days} days is not a holiday")));
            }
            days
        }
    };
    let mut day = start;
    for _ in 0..days {
        dates
            .entry(day)
            .and_modify(|t| {
                if !t.split(" / ").any(|x| x == title) {
                    t.push_str(" / ");
                    t.push_str(&title);
                }
            })
            .or_insert_with(|| title.clone());
        match day.succ_opt() {
            Some(next) => day = next,
            None => break,
        }
    }
    Ok(())
}

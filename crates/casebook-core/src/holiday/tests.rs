use std::collections::BTreeSet;

use chrono::NaiveDate;

use super::*;

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn loc(s: &str) -> Location {
    Location::parse(s).unwrap()
}

#[test]
fn easter_sundays() {
    let table = [
        (2019, "2019-04-21"),
        (2020, "2020-04-12"),
        (2021, "2021-04-04"),
        (2022, "2022-04-17"),
        (2023, "2023-04-09"),
        (2024, "2024-03-31"),
        (2025, "2025-04-20"),
        (2026, "2026-04-05"),
        (2027, "2027-03-28"),
        (2031, "2031-04-13"),
        (2038, "2038-04-25"),
        (2285, "2285-03-22"),
        (1818, "1818-03-22"),
        (2000, "2000-04-23"),
    ];
    for (year, expected) in table {
        assert_eq!(easter_sunday(year), Some(d(expected)), "{year}");
    }
}

/// Every date the data file gives that the rules do not, and the reverse, for
/// the years the file covers. Anything else is a bug in the rules or the file.
#[test]
fn shipped_uk_file_matches_the_rules_except_known_one_offs() {
    let cals = Calendars::shipped();
    // (division, only in data, only in rules)
    let expected: &[(&str, &[&str], &[&str])] = &[
        (
            "england-and-wales",
            &["2020-05-08", "2022-06-02", "2022-06-03", "2022-09-19", "2023-05-08"],
            &["2020-05-04", "2022-05-30"],
        ),
        (
            "scotland",
            &["2020-05-08", "2022-06-02", "2022-06-03", "2022-09-19", "2023-05-08", "2026-06-15"],
            &["2020-05-04", "2022-05-30"],
        ),
        (
            "northern-ireland",
            &["2020-05-08", "2022-06-02", "2022-06-03", "2022-09-19", "2023-05-08"],
            &["2020-05-04", "2022-05-30"],
        ),
    ];
    for (id, only_data, only_rules) in expected {
        let cal = cals.get(id).unwrap();
        assert_eq!(year_ranges(cal.years()), "2019\u{2013}2028", "{id}");
        let mut data = BTreeSet::new();
        let mut ruled = BTreeSet::new();
        for &year in cal.years() {
            data.extend(cal.holidays_in(year).into_iter().map(|h| h.date));
            ruled.extend(rules::holidays(cal.rules(), year).into_iter().map(|(d, _)| d));
        }
        let got_data: Vec<String> = data.difference(&ruled).map(|d| d.to_string()).collect();
        let got_rules: Vec<String> = ruled.difference(&data).map(|d| d.to_string()).collect();
        assert_eq!(got_data, *only_data, "{id}: dates only in the data file");
        assert_eq!(got_rules, *only_rules, "{id}: dates only in the rules");
    }
}

#[test]
fn uk_oddities_are_in_the_data() {
    let cals = Calendars::shipped();
    let ew = cals.get("england-and-wales").unwrap();
    let sc = cals.get("scotland").unwrap();
    let ni = cals.get("northern-ireland").unwrap();
    let title = |c: &Calendar, s: &str| c.holiday(d(s)).map(|h| h.title).unwrap_or_default();
    assert_eq!(title(ew, "2020-05-08"), "Early May bank holiday (VE day)");
    assert!(ew.holiday(d("2020-05-04")).is_none());
    assert_eq!(title(ew, "2022-06-02"), "Spring bank holiday");
    assert_eq!(title(ew, "2022-06-03"), "Platinum Jubilee bank holiday");
    assert!(ew.holiday(d("2022-05-30")).is_none());
    assert!(title(ew, "2022-09-19").contains("State Funeral"));
    assert!(title(ew, "2023-05-08").contains("coronation"));
    // Scotland: 2 January, and St Andrew's Day moved off the weekend.
    assert_eq!(title(sc, "2024-01-02"), "2nd January");
    assert!(ew.holiday(d("2024-01-02")).is_none());
    assert_eq!(title(sc, "2025-12-01"), "St Andrew\u{2019}s Day (substitute day)");
    assert_eq!(title(sc, "2022-01-04"), "2nd January (substitute day)");
    // Northern Ireland: St Patrick's Day and the Twelfth.
    assert_eq!(title(ni, "2024-03-18"), "St Patrick\u{2019}s Day (substitute day)");
    assert!(title(ni, "2025-07-14").starts_with("Battle of the Boyne"));
    assert!(ew.holiday(d("2025-07-14")).is_none());
    // Easter Monday is not a bank holiday in Scotland.
    assert!(sc.holiday(d("2026-04-06")).is_none());
    assert!(!ew.holiday(d("2026-04-06")).unwrap().computed);
}

#[test]
fn years_past_the_data_are_computed_and_say_so() {
    let cals = Calendars::shipped();
    let ew = cals.get("england-and-wales").unwrap();
    let h = ew.holiday(d("2031-04-14")).unwrap();
    assert_eq!(h.title, "Easter Monday");
    assert!(h.computed);
    assert_eq!(h.provenance, "computed from rules, no data file covers 2031");
    // Substitutes: Christmas 2032 is a Saturday.
    assert_eq!(ew.holiday(d("2032-12-27")).unwrap().title, "Christmas Day (substitute day)");
    assert_eq!(ew.holiday(d("2032-12-28")).unwrap().title, "Boxing Day (substitute day)");
    let de = cals.get("de-by").unwrap();
    assert_eq!(
        de.holiday(d("2026-06-04")).unwrap().provenance,
        "computed from rules; no data file is shipped for this calendar"
    );
}

#[test]
fn us_federal_observed_days() {
    let us = Calendars::shipped().get("us").cloned().unwrap();
    let dates: Vec<String> = us.holidays_in(2021).iter().map(|h| h.date.to_string()).collect();
    // 2021: Juneteenth (Sat) → Fri 18 Jun; Independence Day (Sun) → Mon 5 Jul;
    // Christmas (Sat) → Fri 24 Dec; New Year 2022 (Sat) → Fri 31 Dec 2021.
    for expected in ["2021-06-18", "2021-07-05", "2021-12-24", "2021-12-31", "2021-01-18", "2021-11-25"] {
        assert!(dates.contains(&expected.to_string()), "{expected} in {dates:?}");
    }
    assert_eq!(us.holidays_in(2021).len(), 12);
    let ca = Calendars::shipped().get("us-ca").cloned().unwrap();
    assert!(ca.holiday(d("2026-11-27")).is_some());
    assert!(us.holiday(d("2026-11-27")).is_none());
    assert!(ca.holiday(d("2026-03-31")).is_some());
}

#[test]
fn german_laender_differ() {
    let cals = Calendars::shipped();
    let corpus_christi_2026 = d("2026-06-04");
    assert!(cals.get("de-by").unwrap().holiday(corpus_christi_2026).is_some());
    assert!(cals.get("de-be").unwrap().holiday(corpus_christi_2026).is_none());
    assert!(cals.get("de-be").unwrap().holiday(d("2026-03-09")).is_none());
    assert!(cals.get("de-be").unwrap().holiday(d("2027-03-08")).is_some());
    assert_eq!(cals.get("de-sn").unwrap().holiday(d("2026-11-18")).unwrap().title, "Buß- und Bettag");
    assert!(cals.get("de-th").unwrap().holiday(d("2026-09-21")).is_none());
    assert!(cals.get("de").unwrap().holiday(d("2025-10-03")).is_some());
    let fr = cals.get("fr").unwrap();
    let am = cals.get("fr-alsace-moselle").unwrap();
    assert!(fr.holiday(d("2026-04-03")).is_none());
    assert!(am.holiday(d("2026-04-03")).is_some());
    assert!(am.holiday(d("2025-12-26")).is_some());
    assert_eq!(cals.get("ie").unwrap().holiday(d("2026-02-02")).unwrap().title, "St Brigid's Day");
    assert_eq!(cals.get("ie").unwrap().holiday(d("2030-02-01")).unwrap().title, "St Brigid's Day");
    assert!(cals.get("it").unwrap().holiday(d("2027-10-04")).is_some());
    assert!(cals.get("nl").unwrap().holiday(d("2025-04-26")).is_some()); // King's Day on a Saturday
}

/// Poland: Ustawa z dnia 18 stycznia 1951 r. o dniach wolnych od pracy
/// (art. 1, as amended: Epiphany from 2011, Christmas Eve from 2025).
/// Portugal: Código do Trabalho art. 234 (four days suspended 2013–2015 by
/// Lei 23/2012, restored by Lei 8/2016; Good Friday left out, art. 234(2)).
#[test]
fn polish_and_portuguese_holidays_follow_their_statutes() {
    let cals = Calendars::shipped();
    let (pl, pt) = (cals.get("pl").unwrap(), cals.get("pt").unwrap());
    #[rustfmt::skip]
    let table: [(&Calendar, &str, Option<&str>); 16] = [
        (pl, "2026-01-06", Some("Święto Trzech Króli")),
        (pl, "2010-01-06", None),
        (pl, "2026-04-06", Some("Poniedziałek Wielkanocny")),
        (pl, "2026-05-03", Some("Święto Konstytucji 3 Maja")),
        (pl, "2026-06-04", Some("Boże Ciało")),
        (pl, "2026-11-11", Some("Narodowe Święto Niepodległości")),
        (pl, "2024-12-24", None),
        (pl, "2025-12-24", Some("Wigilia Bożego Narodzenia")),
        (pl, "2026-12-28", None),
        (pt, "2026-04-03", None),
        (pt, "2026-04-25", Some("Dia da Liberdade")),
        (pt, "2026-06-04", Some("Corpo de Deus")),
        (pt, "2014-06-19", None),
        (pt, "2026-06-10", Some("Dia de Portugal")),
        (pt, "2014-12-01", None),
        (pt, "2026-12-01", Some("Restauração da Independência")),
    ];
    for (cal, day, want) in table {
        assert_eq!(cal.holiday(d(day)).map(|h| h.title), want.map(String::from), "{} {day}", cal.id());
    }
}

#[test]
fn locations_choose_calendars() {
    let cals = Calendars::shipped();
    let table = [
        ("GB", "england-and-wales"),
        ("GB-ENG", "england-and-wales"),
        ("GB-WLS", "england-and-wales"),
        ("GB-SCT", "scotland"),
        ("GB-NIR", "northern-ireland"),
        ("FR", "fr"),
        ("FR-75", "fr"),
        ("FR-57", "fr-alsace-moselle"),
        ("FR-67", "fr-alsace-moselle"),
        ("FR-68", "fr-alsace-moselle"),
        ("DE", "de"),
        ("DE-BY", "de-by"),
        ("DE-TH", "de-th"),
        ("US", "us"),
        ("US-CA", "us-ca"),
        ("US-NY", "us"),
        ("IE", "ie"),
        ("ES-MD", "es"),
        ("PL", "pl"),
        ("PT", "pt"),
        ("CZ", "cz"),
        ("NO", "no"),
    ];
    for (l, id) in table {
        let choice = cals.for_location(&loc(l)).unwrap();
        assert_eq!(choice.calendar.id(), id, "{l}");
    }
    assert!(cals.for_location(&loc("PL")).unwrap().note.is_none(), "Poland's holidays are all national");
    let cz = cals.for_location(&loc("CZ")).unwrap();
    assert!(cz.note.unwrap().to_string().starts_with("no holiday data is shipped for CZ"));
    assert!(cals.for_location(&loc("PT-11")).unwrap().note.unwrap().to_string().contains("national holidays only"));
    assert!(cals.for_location(&loc("ES-MD")).unwrap().note.unwrap().to_string().contains("national holidays only"));
    assert_eq!(
        cals.for_location(&loc("JP")).unwrap_err().to_string(),
        "no holiday calendar for location 'JP': holidays are known for GB, IE, FR, DE, NL, BE, ES, IT, AT, PL, PT, CH and US, and other EU/EEA countries use weekends only"
    );
    let err = cals.for_location(&loc("DE-XX")).unwrap_err().to_string();
    assert!(err.starts_with("unknown subdivision in location 'DE-XX' (expected one of: DE-BW, DE-BY"), "{err}");
}

#[test]
fn govuk_json_errors_name_the_path() {
    let ok = r#"{"england-and-wales": {"division": "england-and-wales", "events": [
        {"title": "New Year’s Day", "date": "2029-01-01", "notes": "", "bunting": true}]}}"#;
    assert_eq!(parse_govuk_json("bank-holidays.json", ok).unwrap().len(), 1);
    let table = [
        (
            r#"{"england-and-wales": {"events": [{"title": "a", "date": "2026-01-01"}, {"title": "b", "date": "2026-01-02"}, {"title": "c", "date": "2026-01-03"}, {"title": "d", "date": "2026-02-30"}]}}"#,
            "error parsing calendar 'bank-holidays.json': england-and-wales.events[3].date: '2026-02-30' is not a date (expected YYYY-MM-DD)",
        ),
        (
            r#"{"scotland": {"events": [{"date": "2026-01-01"}]}}"#,
            "error parsing calendar 'bank-holidays.json': scotland.events[0]: missing field 'title'",
        ),
        (
            r#"{"scotland": {"events": [{"title": "x", "date": 20260101}]}}"#,
            "error parsing calendar 'bank-holidays.json': scotland.events[0].date: 20260101 is not a string",
        ),
        (
            r#"{"scotland": {"division": "wales", "events": []}}"#,
            "error parsing calendar 'bank-holidays.json': scotland.division: \"wales\" does not match the key 'scotland'",
        ),
        (r#"{"scotland": {"events": []}}"#, "error parsing calendar 'bank-holidays.json': scotland.events: no events"),
        (r#"{"scotland": {}}"#, "error parsing calendar 'bank-holidays.json': scotland: missing field 'events'"),
        (r#"[]"#, "error parsing calendar 'bank-holidays.json': (top level): expected an object of divisions"),
        (
            r#"{"scotland": {"events": [{"title": "x", "date": "2026-1-01"}]}}"#,
            "error parsing calendar 'bank-holidays.json': scotland.events[0].date: '2026-1-01' is not a date (expected YYYY-MM-DD)",
        ),
        (
            r#"{"scotland": {"events": [{"title": "x", "date": "2026-01-01"}, {"title": "y", "date": "2026-01-01"}]}}"#,
            "error parsing calendar 'bank-holidays.json': scotland.events[1].date: '2026-01-01' appears twice in scotland",
        ),
    ];
    for (input, expected) in table {
        assert_eq!(parse_govuk_json("bank-holidays.json", input).unwrap_err().to_string(), expected);
    }
    let syntax = parse_govuk_json("bank-holidays.json", "{\n  \"scotland\": ").unwrap_err().to_string();
    assert!(syntax.starts_with("error parsing calendar 'bank-holidays.json': line 2 column"), "{syntax}");
}

#[test]
fn importing_a_newer_govuk_file_extends_the_calendar() {
    let mut cals = Calendars::shipped();
    let newer = r#"{"england-and-wales": {"division": "england-and-wales", "events": [
        {"title": "New Year’s Day", "date": "2029-01-01", "notes": "", "bunting": true},
        {"title": "Extra bank holiday", "date": "2029-06-01", "notes": "", "bunting": true}]}}"#;
    for cal in parse_govuk_json("bank-holidays.json", newer).unwrap() {
        cals.import(cal);
    }
    let ew = cals.get("england-and-wales").unwrap();
    assert_eq!(year_ranges(ew.years()), "2019\u{2013}2029");
    let extra = ew.holiday(d("2029-06-01")).unwrap();
    assert!(!extra.computed);
    assert!(extra.provenance.contains("bank-holidays.json (england-and-wales)"), "{}", extra.provenance);
    // The imported year is now data: Good Friday 2029 is not in it.
    assert!(ew.holiday(d("2029-03-30")).is_none());
    assert!(ew.holiday(d("2030-04-19")).unwrap().computed);
    assert!(ew.holiday(d("2025-12-25")).is_some());
}

#[test]
fn ics_import() {
    let text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260101\r\nDTEND;VALUE=DATE:20260102\r\nSUMMARY:Nowy \r\n Rok\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261224\r\nDTEND;VALUE=DATE:20261226\r\nSUMMARY:Wigilia\\, Boże Narodzenie\r\nBEGIN:VALARM\r\nTRIGGER:-PT1H\r\nEND:VALARM\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    let cal = parse_ics("pl.ics", "pl", text).unwrap();
    assert_eq!(cal.holiday(d("2026-01-01")).unwrap().title, "Nowy Rok");
    assert_eq!(cal.holiday(d("2026-12-25")).unwrap().title, "Wigilia, Boże Narodzenie");
    assert!(cal.holiday(d("2026-12-26")).is_none());
    let mut cals = Calendars::shipped();
    cals.import(cal);
    let pl = cals.for_location(&loc("PL")).unwrap();
    assert!(pl.note.is_none());
    assert!(!pl.calendar.is_working_day(d("2026-12-24")));
}

#[test]
fn ics_errors_name_the_line() {
    let wrap = |body: &str| format!("BEGIN:VCALENDAR\nVERSION:2.0\n{body}\nEND:VCALENDAR\n");
    let table = [
        (
            wrap("BEGIN:VEVENT\nDTSTART:20260101T090000Z\nSUMMARY:Meeting\nEND:VEVENT"),
            "error parsing calendar 'x.ics': line 4: timed event: DTSTART '20260101T090000Z' has a time; only all-day events (DTSTART;VALUE=DATE:YYYYMMDD) can be holidays",
        ),
        (
            wrap("BEGIN:VEVENT\nDTSTART;VALUE=DATE:20260230\nSUMMARY:X\nEND:VEVENT"),
            "error parsing calendar 'x.ics': line 4: DTSTART '20260230' is not a date (expected YYYYMMDD)",
        ),
        (wrap("BEGIN:VEVENT\nSUMMARY:X\nEND:VEVENT"), "error parsing calendar 'x.ics': line 3: event without DTSTART"),
        (
            wrap("BEGIN:VEVENT\nDTSTART;VALUE=DATE:20260101\nEND:VEVENT"),
            "error parsing calendar 'x.ics': line 3: event without SUMMARY",
        ),
        (
            wrap("BEGIN:VEVENT\nDTSTART;VALUE=DATE:20260101\nRRULE:FREQ=YEARLY\nSUMMARY:X\nEND:VEVENT"),
            "error parsing calendar 'x.ics': line 5: recurring events (RRULE) are not supported: list each holiday as its own event",
        ),
        (
            wrap("BEGIN:VEVENT\nthis is not ics\nEND:VEVENT"),
            "error parsing calendar 'x.ics': line 4: expected 'NAME:value', found 'this is not ics'",
        ),
        (
            wrap("BEGIN:VEVENT\nDTSTART;VALUE=DATE:20260101\nSUMMARY:X"),
            "error parsing calendar 'x.ics': line 6: END:VCALENDAR before the event begun on line 3 ended",
        ),
        (wrap(""), "error parsing calendar 'x.ics': no all-day events"),
        (
            "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20260101\nSUMMARY:X\nEND:VEVENT\n".to_string(),
            "error parsing calendar 'x.ics': line 5: missing END:VCALENDAR (is the file truncated?)",
        ),
        ("hello".to_string(), "error parsing calendar 'x.ics': line 1: expected BEGIN:VCALENDAR, found 'hello'"),
        (String::new(), "error parsing calendar 'x.ics': the file is empty"),
        (
            wrap("BEGIN:VEVENT\nDTSTART;VALUE=DATE:20260105\nDTEND;VALUE=DATE:20260105\nSUMMARY:X\nEND:VEVENT"),
            "error parsing calendar 'x.ics': line 5: DTEND 2026-01-05 is not after DTSTART 2026-01-05",
        ),
    ];
    for (input, expected) in table {
        assert_eq!(parse_ics("x.ics", "x", &input).unwrap_err().to_string(), expected, "{input}");
    }
}

#[test]
fn rules_never_panic_at_the_ends_of_time() {
    let all = [
        Rules::EnglandAndWales,
        Rules::Scotland,
        Rules::NorthernIreland,
        Rules::Ireland,
        Rules::France,
        Rules::AlsaceMoselle,
        Rules::Germany(Some(Land::SN)),
        Rules::Netherlands,
        Rules::Belgium,
        Rules::Spain,
        Rules::Italy,
        Rules::Austria,
        Rules::Poland,
        Rules::Portugal,
        Rules::Switzerland,
        Rules::UsFederal,
        Rules::UsCalifornia,
    ];
    for r in all {
        for y in [NaiveDate::MIN.year(), NaiveDate::MAX.year(), 0, 1, i32::MAX, i32::MIN] {
            let _ = rules::holidays(r, y);
        }
    }
}

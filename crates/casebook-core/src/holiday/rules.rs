//! Holidays computed from a jurisdiction's rules: fixed dates, Easter-based
//! dates and substitute-day rules.
//!
//! The rules are the fallback for the years a data file does not cover, and the
//! whole calendar where no data file is shipped. They deliberately leave out
//! one-off holidays of the data-file jurisdictions (a jubilee, a state funeral):
//! those are facts, not rules, and live in the data files.

use chrono::{Datelike, Duration, NaiveDate, Weekday};

/// A set of rules for one jurisdiction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Rules {
    EnglandAndWales,
    Scotland,
    NorthernIreland,
    Ireland,
    France,
    /// France plus Good Friday and 26 December (Moselle, Bas-Rhin, Haut-Rhin).
    AlsaceMoselle,
    /// Germany: national holidays, plus those of a Land when given (`"BY"`).
    Germany(Option<Land>),
    Netherlands,
    Belgium,
    /// Spain: national holidays only (each autonomous community adds its own).
    Spain,
    Italy,
    Austria,
    /// Poland: the days of the Act of 18 January 1951 on days free from work
    /// (Dz.U. 1951 nr 4 poz. 28, as amended; 24 December from 2025).
    Poland,
    /// Portugal: the mandatory national holidays of the Labour Code (art. 234),
    /// less Good Friday, which a municipality may observe on another day.
    Portugal,
    /// Switzerland: the days observed in every canton (only 1 August is federal law).
    Switzerland,
    UsFederal,
    /// US federal holidays plus California state holidays (Gov. Code §6700).
    UsCalifornia,
    /// Saturdays and Sundays only: no holiday rules are known.
    WeekendsOnly,
}

/// The sixteen German Länder, by their ISO 3166-2 subdivision code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Land {
    BW,
    BY,
    BE,
    BB,
    HB,
    HH,
    HE,
    MV,
    NI,
    NW,
    RP,
    SL,
    SN,
    ST,
    SH,
    TH,
}

impl Land {
    pub const ALL: [Land; 16] = [
        Land::BW,
        Land::BY,
        Land::BE,
        Land::BB,
        Land::HB,
        Land::HH,
        Land::HE,
        Land::MV,
        Land::NI,
        Land::NW,
        Land::RP,
        Land::SL,
        Land::SN,
        Land::ST,
        Land::SH,
        Land::TH,
    ];

    pub fn code(self) -> &'static str {
        use Land::*;
        match self {
            BW => "BW",
            BY => "BY",
            BE => "BE",
            BB => "BB",
            HB => "HB",
            HH => "HH",
            HE => "HE",
            MV => "MV",
            NI => "NI",
            NW => "NW",
            RP => "RP",
            SL => "SL",
            SN => "SN",
            ST => "ST",
            SH => "SH",
            TH => "TH",
        }
    }

    pub fn from_code(s: &str) -> Option<Land> {
        Land::ALL.into_iter().find(|l| l.code() == s)
    }
}

/// Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm,
/// also known as Meeus/Jones/Butcher). `None` only for years chrono cannot hold.
pub fn easter_sunday(year: i32) -> Option<NaiveDate> {
    let y = i64::from(year);
    let a = y.rem_euclid(19);
    let b = y.div_euclid(100);
    let c = y.rem_euclid(100);
    let d = b.div_euclid(4);
    let e = b.rem_euclid(4);
    let f = (b + 8).div_euclid(25);
    let g = (b - f + 1).div_euclid(3);
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c.div_euclid(4);
    let k = c.rem_euclid(4);
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l).div_euclid(451);
    let month = (h + l - 7 * m + 114).div_euclid(31);
    let day = (h + l - 7 * m + 114).rem_euclid(31) + 1;
    NaiveDate::from_ymd_opt(year, month as u32, day as u32)
}

/// How a holiday that falls on a weekend is observed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Observe {
    /// Only on its date (most of continental Europe).
    AsIs,
    /// UK: the next weekday that is not already a holiday.
    NextFreeWeekday,
    /// US federal: Saturday → the Friday before, Sunday → the Monday after.
    UsFederal,
    /// California state holidays: Sunday → Monday; Saturday is not moved.
    SundayToMonday,
}

struct Raw {
    date: NaiveDate,
    title: &'static str,
    observe: Observe,
}

/// The holidays the rules give for `year`, sorted by date. Substitute days are
/// titled "<holiday> (substitute day)".
pub fn holidays(rules: Rules, year: i32) -> Vec<(NaiveDate, String)> {
    // A substitute can cross into the next or previous year (US: New Year's Day on
    // a Saturday is observed on 31 December), so observe three years and keep one.
    let mut out = Vec::new();
    for y in [year.checked_sub(1), Some(year), year.checked_add(1)].into_iter().flatten() {
        out.extend(observed(raw(rules, y)).into_iter().filter(|(d, _)| d.year() == year));
    }
    out.sort();
    out.dedup_by(|a, b| a.0 == b.0);
    out
}

fn observed(raw: Vec<Raw>) -> Vec<(NaiveDate, String)> {
    let is_weekend = |d: NaiveDate| matches!(d.weekday(), Weekday::Sat | Weekday::Sun);
    let mut taken: Vec<(NaiveDate, String)> = Vec::new();
    let mut to_move = Vec::new();
    for h in raw {
        if !is_weekend(h.date) || h.observe == Observe::AsIs {
            taken.push((h.date, h.title.to_string()));
        } else {
            to_move.push(h);
        }
    }
    to_move.sort_by_key(|h| h.date);
    for h in to_move {
        let sub = |d: Option<NaiveDate>| d.map(|d| (d, format!("{} (substitute day)", h.title)));
        let moved = match (h.observe, h.date.weekday()) {
            (Observe::NextFreeWeekday, _) => {
                let mut d = h.date;
                loop {
                    match d.succ_opt() {
                        Some(n) => d = n,
                        None => break None,
                    }
                    if !is_weekend(d) && !taken.iter().any(|(t, _)| *t == d) {
                        break Some(d);
                    }
                }
            }
            (Observe::UsFederal, Weekday::Sat) => h.date.pred_opt(),
            (Observe::UsFederal | Observe::SundayToMonday, Weekday::Sun) => h.date.succ_opt(),
            _ => None,
        };
        if let Some(s) = sub(moved) {
            taken.push(s);
        }
    }
    taken
}

fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

/// The n-th (1-based) `weekday` of a month.
fn nth_weekday(y: i32, m: u32, weekday: Weekday, n: u8) -> Option<NaiveDate> {
    NaiveDate::from_weekday_of_month_opt(y, m, weekday, n)
}

fn last_weekday(y: i32, m: u32, weekday: Weekday) -> Option<NaiveDate> {
    let first_next = if m == 12 { ymd(y.checked_add(1)?, 1, 1)? } else { ymd(y, m + 1, 1)? };
    let mut d = first_next.pred_opt()?;
    while d.weekday() != weekday {
        d = d.pred_opt()?;
    }
    Some(d)
}

/// The holidays of one calendar in year `y`, each with how it is observed (before `observed` moves any).
// A data table (issue #15): one line per holiday of each jurisdiction, long
// because the list is; Germany's Länder are in `germany` below.
#[allow(clippy::too_many_lines)]
fn raw(rules: Rules, y: i32) -> Vec<Raw> {
    use Observe::*;
    use Weekday::*;
    let easter = easter_sunday(y);
    let e = |days: i64| easter.and_then(|e| e.checked_add_signed(Duration::days(days)));
    let mut list: Vec<(Option<NaiveDate>, &'static str, Observe)> = Vec::new();
    let mut add = |d: Option<NaiveDate>, t: &'static str, o: Observe| list.push((d, t, o));
    match rules {
        Rules::EnglandAndWales | Rules::Scotland | Rules::NorthernIreland => {
            add(ymd(y, 1, 1), "New Year\u{2019}s Day", NextFreeWeekday);
            if rules == Rules::Scotland {
                add(ymd(y, 1, 2), "2nd January", NextFreeWeekday);
            }
            if rules == Rules::NorthernIreland {
                add(ymd(y, 3, 17), "St Patrick\u{2019}s Day", NextFreeWeekday);
            }
            add(e(-2), "Good Friday", AsIs);
            if rules != Rules::Scotland {
                add(e(1), "Easter Monday", AsIs);
            }
            add(nth_weekday(y, 5, Mon, 1), "Early May bank holiday", AsIs);
            add(last_weekday(y, 5, Mon), "Spring bank holiday", AsIs);
            if rules == Rules::NorthernIreland {
                add(ymd(y, 7, 12), "Battle of the Boyne (Orangemen\u{2019}s Day)", NextFreeWeekday);
            }
            if rules == Rules::Scotland {
                add(nth_weekday(y, 8, Mon, 1), "Summer bank holiday", AsIs);
                add(ymd(y, 11, 30), "St Andrew\u{2019}s Day", NextFreeWeekday);
            } else {
                add(last_weekday(y, 8, Mon), "Summer bank holiday", AsIs);
            }
            add(ymd(y, 12, 25), "Christmas Day", NextFreeWeekday);
            add(ymd(y, 12, 26), "Boxing Day", NextFreeWeekday);
        }
        Rules::Ireland => {
            // Irish public holidays that fall on a weekend are not moved by law
            // (the Organisation of Working Time Act 1997 gives employees another
            // day off instead), so no substitutes are computed.
            add(ymd(y, 1, 1), "New Year's Day", AsIs);
            if y >= 2023 {
                let feb1 = ymd(y, 2, 1);
                let brigid = match feb1 {
                    Some(d) if d.weekday() == Fri => Some(d),
                    _ => nth_weekday(y, 2, Mon, 1),
                };
                add(brigid, "St Brigid's Day", AsIs);
            }
            add(ymd(y, 3, 17), "St Patrick's Day", AsIs);
            if y == 2022 {
                add(ymd(y, 3, 18), "Public holiday (one-off, in recognition of the COVID-19 effort)", AsIs);
            }
            add(e(1), "Easter Monday", AsIs);
            add(nth_weekday(y, 5, Mon, 1), "May bank holiday", AsIs);
            add(nth_weekday(y, 6, Mon, 1), "June bank holiday", AsIs);
            add(nth_weekday(y, 8, Mon, 1), "August bank holiday", AsIs);
            add(last_weekday(y, 10, Mon), "October bank holiday", AsIs);
            add(ymd(y, 12, 25), "Christmas Day", AsIs);
            add(ymd(y, 12, 26), "St Stephen's Day", AsIs);
        }
        Rules::France | Rules::AlsaceMoselle => {
            add(ymd(y, 1, 1), "Jour de l'an", AsIs);
            if rules == Rules::AlsaceMoselle {
                add(e(-2), "Vendredi saint (Alsace-Moselle)", AsIs);
            }
            add(e(1), "Lundi de Pâques", AsIs);
            add(ymd(y, 5, 1), "Fête du Travail", AsIs);
            add(ymd(y, 5, 8), "Victoire 1945", AsIs);
            add(e(39), "Ascension", AsIs);
            add(e(50), "Lundi de Pentecôte", AsIs);
            add(ymd(y, 7, 14), "Fête nationale", AsIs);
            add(ymd(y, 8, 15), "Assomption", AsIs);
            add(ymd(y, 11, 1), "Toussaint", AsIs);
            add(ymd(y, 11, 11), "Armistice 1918", AsIs);
            add(ymd(y, 12, 25), "Noël", AsIs);
            if rules == Rules::AlsaceMoselle {
                add(ymd(y, 12, 26), "Saint Étienne (Alsace-Moselle)", AsIs);
            }
        }
        Rules::Germany(land) => germany(y, land, &e, &mut add),
        Rules::Netherlands => {
            // The days of the Algemene termijnenwet (general time-limits act).
            add(ymd(y, 1, 1), "Nieuwjaarsdag", AsIs);
            add(e(1), "Tweede paasdag", AsIs);
            let kings = ymd(y, 4, 27).map(|d| if d.weekday() == Sun { d - Duration::days(1) } else { d });
            add(kings, "Koningsdag", AsIs);
            add(ymd(y, 5, 5), "Bevrijdingsdag", AsIs);
            add(e(39), "Hemelvaartsdag", AsIs);
            add(e(50), "Tweede pinksterdag", AsIs);
            add(ymd(y, 12, 25), "Eerste kerstdag", AsIs);
            add(ymd(y, 12, 26), "Tweede kerstdag", AsIs);
        }
        Rules::Belgium => {
            add(ymd(y, 1, 1), "Nieuwjaar / Jour de l'an", AsIs);
            add(e(1), "Paasmaandag / Lundi de Pâques", AsIs);
            add(ymd(y, 5, 1), "Dag van de Arbeid / Fête du Travail", AsIs);
            add(e(39), "Hemelvaart / Ascension", AsIs);
            add(e(50), "Pinkstermaandag / Lundi de Pentecôte", AsIs);
            add(ymd(y, 7, 21), "Nationale feestdag / Fête nationale", AsIs);
            add(ymd(y, 8, 15), "OLV Hemelvaart / Assomption", AsIs);
            add(ymd(y, 11, 1), "Allerheiligen / Toussaint", AsIs);
            add(ymd(y, 11, 11), "Wapenstilstand / Armistice", AsIs);
            add(ymd(y, 12, 25), "Kerstmis / Noël", AsIs);
        }
        Rules::Spain => {
            add(ymd(y, 1, 1), "Año Nuevo", AsIs);
            add(ymd(y, 1, 6), "Epifanía del Señor", AsIs);
            add(e(-2), "Viernes Santo", AsIs);
            add(ymd(y, 5, 1), "Fiesta del Trabajo", AsIs);
            add(ymd(y, 8, 15), "Asunción de la Virgen", AsIs);
            add(ymd(y, 10, 12), "Fiesta Nacional de España", AsIs);
            add(ymd(y, 11, 1), "Todos los Santos", AsIs);
            add(ymd(y, 12, 6), "Día de la Constitución", AsIs);
            add(ymd(y, 12, 8), "Inmaculada Concepción", AsIs);
            add(ymd(y, 12, 25), "Navidad", AsIs);
        }
        Rules::Italy => {
            add(ymd(y, 1, 1), "Capodanno", AsIs);
            add(ymd(y, 1, 6), "Epifania", AsIs);
            add(e(1), "Lunedì dell'Angelo", AsIs);
            add(ymd(y, 4, 25), "Festa della Liberazione", AsIs);
            add(ymd(y, 5, 1), "Festa del Lavoro", AsIs);
            add(ymd(y, 6, 2), "Festa della Repubblica", AsIs);
            add(ymd(y, 8, 15), "Ferragosto", AsIs);
            if y >= 2026 {
                // Restored as a national holiday from 2026 (feast of the patron saint).
                add(ymd(y, 10, 4), "San Francesco d'Assisi", AsIs);
            }
            add(ymd(y, 11, 1), "Ognissanti", AsIs);
            add(ymd(y, 12, 8), "Immacolata Concezione", AsIs);
            add(ymd(y, 12, 25), "Natale", AsIs);
            add(ymd(y, 12, 26), "Santo Stefano", AsIs);
        }
        Rules::Austria => {
            add(ymd(y, 1, 1), "Neujahr", AsIs);
            add(ymd(y, 1, 6), "Heilige Drei Könige", AsIs);
            add(e(1), "Ostermontag", AsIs);
            add(ymd(y, 5, 1), "Staatsfeiertag", AsIs);
            add(e(39), "Christi Himmelfahrt", AsIs);
            add(e(50), "Pfingstmontag", AsIs);
            add(e(60), "Fronleichnam", AsIs);
            add(ymd(y, 8, 15), "Mariä Himmelfahrt", AsIs);
            add(ymd(y, 10, 26), "Nationalfeiertag", AsIs);
            add(ymd(y, 11, 1), "Allerheiligen", AsIs);
            add(ymd(y, 12, 8), "Mariä Empfängnis", AsIs);
            add(ymd(y, 12, 25), "Christtag", AsIs);
            add(ymd(y, 12, 26), "Stefanitag", AsIs);
        }
        Rules::Poland => {
            add(ymd(y, 1, 1), "Nowy Rok", AsIs);
            if y >= 2011 {
                add(ymd(y, 1, 6), "Święto Trzech Króli", AsIs);
            }
            add(e(0), "Wielkanoc", AsIs);
            add(e(1), "Poniedziałek Wielkanocny", AsIs);
            add(ymd(y, 5, 1), "Święto Pracy", AsIs);
            add(ymd(y, 5, 3), "Święto Konstytucji 3 Maja", AsIs);
            add(e(49), "Zielone Świątki", AsIs);
            add(e(60), "Boże Ciało", AsIs);
            add(ymd(y, 8, 15), "Wniebowzięcie Najświętszej Maryi Panny", AsIs);
            add(ymd(y, 11, 1), "Wszystkich Świętych", AsIs);
            add(ymd(y, 11, 11), "Narodowe Święto Niepodległości", AsIs);
            if y >= 2025 {
                // Added by the amendment of 2024, in force from 1 February 2025.
                add(ymd(y, 12, 24), "Wigilia Bożego Narodzenia", AsIs);
            }
            add(ymd(y, 12, 25), "Boże Narodzenie (pierwszy dzień)", AsIs);
            add(ymd(y, 12, 26), "Boże Narodzenie (drugi dzień)", AsIs);
        }
        Rules::Portugal => {
            // Código do Trabalho art. 234(1). Good Friday is left out: art. 234(2)
            // lets it be observed on another day of local significance at Easter,
            // and a holiday the controller does not have would move a date later.
            // Corpus Christi, 5 October, 1 November and 1 December were suspended
            // for 2013 to 2015 (Lei 23/2012) and restored by Lei 8/2016.
            let restored = !(2013..=2015).contains(&y);
            add(ymd(y, 1, 1), "Ano Novo", AsIs);
            add(e(0), "Domingo de Páscoa", AsIs);
            add(ymd(y, 4, 25), "Dia da Liberdade", AsIs);
            add(ymd(y, 5, 1), "Dia do Trabalhador", AsIs);
            if restored {
                add(e(60), "Corpo de Deus", AsIs);
            }
            add(ymd(y, 6, 10), "Dia de Portugal", AsIs);
            add(ymd(y, 8, 15), "Assunção de Nossa Senhora", AsIs);
            if restored {
                add(ymd(y, 10, 5), "Implantação da República", AsIs);
                add(ymd(y, 11, 1), "Dia de Todos-os-Santos", AsIs);
                add(ymd(y, 12, 1), "Restauração da Independência", AsIs);
            }
            add(ymd(y, 12, 8), "Imaculada Conceição", AsIs);
            add(ymd(y, 12, 25), "Natal", AsIs);
        }
        Rules::Switzerland => {
            add(ymd(y, 1, 1), "Neujahr / Nouvel an", AsIs);
            add(e(39), "Auffahrt / Ascension", AsIs);
            add(ymd(y, 8, 1), "Bundesfeier / Fête nationale", AsIs);
            add(ymd(y, 12, 25), "Weihnachten / Noël", AsIs);
        }
        Rules::UsFederal | Rules::UsCalifornia => {
            add(ymd(y, 1, 1), "New Year's Day", UsFederal);
            add(nth_weekday(y, 1, Mon, 3), "Birthday of Martin Luther King, Jr.", AsIs);
            add(nth_weekday(y, 2, Mon, 3), "Washington's Birthday", AsIs);
            add(last_weekday(y, 5, Mon), "Memorial Day", AsIs);
            if y >= 2021 {
                add(ymd(y, 6, 19), "Juneteenth National Independence Day", UsFederal);
            }
            add(ymd(y, 7, 4), "Independence Day", UsFederal);
            add(nth_weekday(y, 9, Mon, 1), "Labor Day", AsIs);
            add(nth_weekday(y, 10, Mon, 2), "Columbus Day", AsIs);
            add(ymd(y, 11, 11), "Veterans Day", UsFederal);
            add(nth_weekday(y, 11, Thu, 4), "Thanksgiving Day", AsIs);
            add(ymd(y, 12, 25), "Christmas Day", UsFederal);
            if rules == Rules::UsCalifornia {
                // State holidays of Gov. Code §6700 that state offices close for.
                add(ymd(y, 3, 31), "Cesar Chavez Day (California)", SundayToMonday);
                let thanksgiving = nth_weekday(y, 11, Thu, 4);
                add(thanksgiving.and_then(|d| d.succ_opt()), "Day after Thanksgiving (California)", AsIs);
            }
        }
        Rules::WeekendsOnly => {}
    }
    list.into_iter().filter_map(|(d, title, observe)| d.map(|date| Raw { date, title, observe })).collect()
}

type Add<'a> = dyn FnMut(Option<NaiveDate>, &'static str, Observe) + 'a;

fn germany(y: i32, land: Option<Land>, e: &dyn Fn(i64) -> Option<NaiveDate>, add: &mut Add<'_>) {
    use Land::*;
    let a = Observe::AsIs;
    let is = |lands: &[Land]| land.is_some_and(|l| lands.contains(&l));
    add(ymd(y, 1, 1), "Neujahr", a);
    if is(&[BW, BY, ST]) {
        add(ymd(y, 1, 6), "Heilige Drei Könige", a);
    }
    if is(&[BE]) && y >= 2019 || is(&[MV]) && y >= 2023 {
        add(ymd(y, 3, 8), "Internationaler Frauentag", a);
    }
    add(e(-2), "Karfreitag", a);
    add(e(1), "Ostermontag", a);
    add(ymd(y, 5, 1), "Tag der Arbeit", a);
    if is(&[BE]) && (y == 2020 || y == 2025) {
        add(ymd(y, 5, 8), "Tag der Befreiung (one-off)", a);
    }
    add(e(39), "Christi Himmelfahrt", a);
    add(e(50), "Pfingstmontag", a);
    // Corpus Christi is also a holiday in some Catholic communities of Saxony and
    // Thuringia, and Assumption in Catholic communities of Bavaria. Those are left
    // out: a holiday the controller does not have would move a deadline later.
    if is(&[BW, BY, HE, NW, RP, SL]) {
        add(e(60), "Fronleichnam", a);
    }
    if is(&[SL]) {
        add(ymd(y, 8, 15), "Mariä Himmelfahrt", a);
    }
    if is(&[TH]) && y >= 2019 {
        add(ymd(y, 9, 20), "Weltkindertag", a);
    }
    add(ymd(y, 10, 3), "Tag der Deutschen Einheit", a);
    if is(&[BB, MV, SN, ST, TH]) || is(&[HB, HH, NI, SH]) && y >= 2018 {
        add(ymd(y, 10, 31), "Reformationstag", a);
    }
    if is(&[BW, BY, NW, RP, SL]) {
        add(ymd(y, 11, 1), "Allerheiligen", a);
    }
    if is(&[SN]) {
        // The Wednesday before 23 November.
        let mut d = ymd(y, 11, 22);
        while let Some(day) = d.filter(|d| d.weekday() != Weekday::Wed) {
            d = day.pred_opt();
        }
        add(d, "Buß- und Bettag", a);
    }
    add(ymd(y, 12, 25), "1. Weihnachtstag", a);
    add(ymd(y, 12, 26), "2. Weihnachtstag", a);
}

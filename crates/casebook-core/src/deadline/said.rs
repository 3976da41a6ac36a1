//! What the deadline engine says about its dates, as facts: one [`Said`]
//! variant a sentence, carrying its dates, day counts, rights and the proper
//! names it quotes (laws, sections, holidays); a holiday calendar and the
//! version of the law in force by id beside their English names. Its `Display`
//! is the English of the command line, from which every `steps`, `notes` and
//! `why` string of [`super::Deadlines`] is derived; a front end words the
//! variants in its own language instead.

use std::fmt;

use chrono::NaiveDate;
use serde::Serialize;

use super::Period;
use super::arithmetic::day;
use crate::holiday::{Calendar, CalendarNote, Holiday};
use crate::{Regime, Right, code_enum};

code_enum! {
    /// What a pause of the clock waits for.
    pub enum PauseCause as "pause cause" {
        Clarification = "clarification", "clarification";
        IdentityVerification = "identity-verification", "identity verification";
    }
}

code_enum! {
    /// The California employee records whose own clock runs beside the CCPA's.
    pub enum EmployeeRecord as "employee record" {
        PersonnelFile = "personnel-file", "personnel file";
        PayrollRecords = "payroll-records", "payroll records";
    }
}

/// Where a holiday's date comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum HolidaySource {
    /// A data file (its names, as the calendar lists them).
    File { source: String },
    /// The calendar's rules: no data file is shipped for it.
    Rules,
    /// The calendar's rules: its data files stop before `year`.
    RulesPastData { year: i32 },
}

/// A holiday calendar as a sentence names it: by its `id`, which a front end
/// names in its language (`england-and-wales`, `de-by`), and by its own `name`,
/// the English of the command line and the only name of an imported calendar.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CalendarRef {
    pub id: String,
    /// "England and Wales", "Germany (DE-BY)".
    pub name: String,
}

impl CalendarRef {
    pub(crate) fn of(cal: &Calendar) -> CalendarRef {
        CalendarRef { id: cal.id().to_string(), name: cal.name().to_string() }
    }
}

/// What a number not yet read in the statute's own text says of itself
/// (the row of `law.rs` names what was read): nothing when it was read.
pub const UNREAD: &str = " \u{2014} this number is not yet checked against the statute's own text (it is from a secondary source): check it before relying on it";

fn unread(read: bool) -> &'static str {
    if read { "" } else { UNREAD }
}

impl fmt::Display for CalendarRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.name)
    }
}

/// A version of a law as a sentence names it: by its `id`, which a front end
/// names in its language (`uk-gdpr-2026`, `eu-gdpr`; a US state's `us-va`), and
/// by its English `name`, the command line's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct LawRef {
    pub id: String,
    pub name: String,
}

impl fmt::Display for LawRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.name)
    }
}

/// A holiday a date was moved past or a count skipped, with its calendar.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct NamedHoliday {
    pub title: String,
    pub day: NaiveDate,
    pub calendar: CalendarRef,
    pub source: HolidaySource,
}

impl NamedHoliday {
    pub(crate) fn of(cal: &Calendar, h: Holiday) -> NamedHoliday {
        let source = if !h.computed {
            HolidaySource::File { source: cal.source().to_string() }
        } else if cal.years().is_empty() {
            HolidaySource::Rules
        } else {
            HolidaySource::RulesPastData { year: chrono::Datelike::year(&h.date) }
        };
        NamedHoliday { title: h.title, day: h.date, calendar: CalendarRef::of(cal), source }
    }
}

impl fmt::Display for HolidaySource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HolidaySource::File { source } => write!(f, "from {source}"),
            HolidaySource::Rules => write!(f, "computed from rules; no data file is shipped for this calendar"),
            HolidaySource::RulesPastData { year } => write!(f, "computed from rules, no data file covers {year}"),
        }
    }
}

impl fmt::Display for NamedHoliday {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "holiday: {} {} ({}, {})", self.title, day(self.day), self.calendar, self.source)
    }
}

/// A US state's rule on authenticating the consumer (the statute's words, as data).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct StateAuthentication {
    pub state: String,
    pub rule: String,
}

/// One sentence of a deadline's explanation or notes, as the facts it says.
/// Days counted are whole days; `law`, `source`, `section` and the like are
/// names and citations, passed through as written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum Said {
    // The day arithmetic.
    /// `months` calendar months on; `missing_day` when that day of the month does not exist in `to`'s month.
    AddMonths {
        months: u32,
        to: NaiveDate,
        missing_day: Option<u32>,
    },
    AddDays {
        days: u32,
        to: NaiveDate,
    },
    /// The `days`-th working day after `from`; `calendar`: the holidays skipped (none: weekends only).
    AddBusinessDays {
        days: u32,
        from: NaiveDate,
        calendar: Option<CalendarRef>,
        to: NaiveDate,
    },
    /// A holiday the business-day count skipped.
    SkippedHoliday {
        holiday: NamedHoliday,
    },
    /// The last day is on a weekend and moves to `next`.
    Weekend {
        day: NaiveDate,
        next: NaiveDate,
    },
    /// The last day is a holiday and moves to `next`.
    Holiday {
        holiday: NamedHoliday,
        next: NaiveDate,
    },
    WorkingDay {
        day: NaiveDate,
    },
    /// The last day is neither a weekend nor a holiday `calendar` knows, and
    /// that calendar does not know every holiday of the place (the note says
    /// which): not said to be a working day.
    NoKnownHoliday {
        day: NaiveDate,
        calendar: CalendarRef,
    },
    Due {
        on: NaiveDate,
    },
    /// The last day is on a weekend, and the regime does not move it.
    WeekendStays {
        day: NaiveDate,
        regime: Regime,
    },

    // The start and the law in force.
    Received {
        on: NaiveDate,
    },
    /// The version of the law in force on the day of receipt.
    RulesInForce {
        received: NaiveDate,
        from: NaiveDate,
        law: LawRef,
        source: String,
    },
    /// The version in force before a later one (`next`) applied.
    RulesBeforeNext {
        received: NaiveDate,
        next: LawRef,
        next_from: NaiveDate,
        law: LawRef,
        source: String,
    },
    /// A US state law not yet in force on the day of receipt.
    NotYetInForce {
        received: NaiveDate,
        law: String,
        from: NaiveDate,
    },
    /// The complaint rule (UK DPA 2018 s.164A) in force.
    ComplaintRulesInForce {
        received: NaiveDate,
        from: NaiveDate,
    },

    // Identity and clarification.
    /// UK: identity evidence (or proof of authority), a fee, or both awaited
    /// since `asked`, so no due date until the last arrives.
    IdentityAwaited {
        asked: NaiveDate,
        waiting_for: super::WaitingFor,
    },
    IdentityAsked {
        asked: NaiveDate,
    },
    ClockRestarted {
        on: NaiveDate,
    },
    /// An identity check that does not touch the clock, with the state's own rule where there is one.
    IdentityRunsOn {
        asked: NaiveDate,
        regime: Regime,
        authentication: Option<StateAuthentication>,
    },
    ClarificationRunsOn {
        asked: NaiveDate,
        regime: Regime,
    },
    /// UK GDPR Art. 12A(5): a clarification does not stop this right's clock.
    ClarificationAccessOnly {
        right: Right,
    },
    /// A right that goes ahead while identity is awaited (`ground` says why):
    /// asking for identity neither pauses nor restarts its clock.
    GoesAheadWithoutIdentity {
        right: Right,
        ground: crate::identity::VerificationGround,
    },
    PauseBeforeRestart {
        causes: Vec<PauseCause>,
        from: NaiveDate,
        to: NaiveDate,
    },
    PauseAfterEnd {
        causes: Vec<PauseCause>,
        from: NaiveDate,
    },
    /// A pause of `days` days (both ends counted) moving the last day to `end`.
    Paused {
        days: i64,
        causes: Vec<PauseCause>,
        from: NaiveDate,
        to: NaiveDate,
        end: NaiveDate,
    },
    /// A pause still open: counted to `to` (today) so far.
    PausedOpen {
        days: i64,
        causes: Vec<PauseCause>,
        from: NaiveDate,
        to: NaiveDate,
        end: NaiveDate,
    },

    // Each right's period.
    /// CAN-SPAM's federal limit for an email opt-out.
    PeriodCanSpam {
        right: Right,
        days: u32,
        regime: Regime,
    },
    /// GDPR: deactivating an account, in substance another right; one month at the latest.
    PeriodGdprDeactivate {
        right: Right,
        source: String,
    },
    /// GDPR: communication preferences; promptly, one month at the latest.
    PeriodGdprPreferences {
        right: Right,
        marketing_law: String,
        source: String,
    },
    /// GDPR: stopping direct marketing; one month at the latest.
    PeriodGdprMarketing {
        right: Right,
    },
    PeriodOneMonth {
        right: Right,
        source: String,
    },
    /// CCPA: a request to stop (opt out, limit), in business days.
    PeriodCcpaStop {
        right: Right,
        days: u32,
    },
    PeriodCcpa {
        right: Right,
        days: u32,
    },
    PeriodState {
        right: Right,
        days: u32,
        law: String,
        section: String,
        /// False: the number is not yet read in the statute's own text (see [`UNREAD`]).
        read: bool,
    },
    /// A right with no period of its own: the law's period for a request is the latest.
    PeriodNoneOfItsOwn {
        right: Right,
        regime: Regime,
        days: u32,
        source: String,
    },
    PeriodDays {
        right: Right,
        days: u32,
        source: String,
    },
    /// Any other period (no regime gives one today).
    PeriodOther {
        right: Right,
        period: Period,
        source: String,
    },
    /// A right the statute (`law`) does not know: `section` lists the rights
    /// it gives, or, with `given_from`, is the amendment that gives this one
    /// to requests received from that day.
    NoStatute {
        right: Right,
        law: String,
        section: Option<String>,
        given_from: Option<NaiveDate>,
    },
    HouseTargetOnly {
        on: NaiveDate,
    },
    NoHouseTarget {
        regime: Regime,
    },
    HouseTarget {
        days: u32,
        from: NaiveDate,
    },
    /// No right of the case has a statutory date: the due date is the house target.
    HouseTargetIsDue {
        regime: Regime,
    },

    // The extension.
    ExtensionNotice {
        by: NaiveDate,
    },
    ExtensionMonths {
        months: u32,
        start: NaiveDate,
    },
    ExtensionDays {
        days: u32,
    },
    /// A US state's extension: once, by `extra_days`, to `days` from receipt, told within `first_days`.
    ExtensionState {
        extra_days: u32,
        days: u32,
        first_days: u32,
        section: String,
        read: bool,
    },
    NoExtension {
        regime: Regime,
    },
    LateNotice {
        told: NaiveDate,
        by: NaiveDate,
    },
    NoticeNotRecorded {
        by: NaiveDate,
    },

    // The refusal and the acknowledgement.
    RefusalWithoutExtension {
        source: String,
    },
    RefuseBy {
        by: NaiveDate,
    },
    ConfirmReceipt {
        days: u32,
    },
    AcknowledgeBy {
        by: NaiveDate,
    },

    // An appeal (US state laws).
    AppealReceived {
        on: NaiveDate,
        days: u32,
        section: String,
        read: bool,
    },
    AppealDue {
        on: NaiveDate,
    },
    AppealExtension {
        extra_days: u32,
        first_days: u32,
        to: NaiveDate,
        read: bool,
    },
    AppealAttorneyGeneral,

    // A complaint to the controller (UK).
    ComplaintReceived {
        on: NaiveDate,
        days: u32,
        source: String,
    },
    AcknowledgeComplaintBy {
        by: NaiveDate,
    },
    ComplaintAcknowledged {
        on: NaiveDate,
        days: u32,
    },
    ComplaintAcknowledgedLate {
        on: NaiveDate,
        by: NaiveDate,
    },

    // California employee records.
    EmployeeRecords {
        record: EmployeeRecord,
        source: String,
    },
    RecordsDue {
        record: EmployeeRecord,
        on: NaiveDate,
    },

    /// A caveat about the holiday calendar.
    Calendar {
        note: CalendarNote,
    },

    // Answered rights (the case's date once rights are answered).
    /// Every right is answered, `right` after its date: the case's date is `due`.
    AnsweredLate {
        right: Right,
        due: NaiveDate,
    },
    /// Every right is answered, each by its own date: the case's date is the latest, `due`.
    AnsweredOnTime {
        due: NaiveDate,
    },
    /// Some rights are answered: the case is due when the open ones are (`right`'s date).
    OpenRightsDue {
        answered: Vec<Right>,
        due: NaiveDate,
        right: Right,
    },
}

/// The English of a list of sentences, one string each.
pub fn words(said: &[Said]) -> Vec<String> {
    said.iter().map(ToString::to_string).collect()
}

struct Causes<'a>(&'a [PauseCause]);

impl fmt::Display for Causes<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let labels: Vec<&str> = self.0.iter().map(|c| c.label()).collect();
        f.write_str(&labels.join(" and "))
    }
}

impl fmt::Display for Said {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Said::AddMonths { .. }
            | Said::AddDays { .. }
            | Said::AddBusinessDays { .. }
            | Said::SkippedHoliday { .. }
            | Said::Weekend { .. }
            | Said::Holiday { .. }
            | Said::WorkingDay { .. }
            | Said::NoKnownHoliday { .. }
            | Said::Due { .. }
            | Said::WeekendStays { .. } => self.fmt_arithmetic(f),
            Said::Received { .. }
            | Said::RulesInForce { .. }
            | Said::RulesBeforeNext { .. }
            | Said::NotYetInForce { .. }
            | Said::ComplaintRulesInForce { .. }
            | Said::IdentityAwaited { .. }
            | Said::IdentityAsked { .. }
            | Said::ClockRestarted { .. }
            | Said::IdentityRunsOn { .. }
            | Said::ClarificationRunsOn { .. }
            | Said::ClarificationAccessOnly { .. }
            | Said::GoesAheadWithoutIdentity { .. }
            | Said::PauseBeforeRestart { .. }
            | Said::PauseAfterEnd { .. }
            | Said::Paused { .. }
            | Said::PausedOpen { .. } => self.fmt_start(f),
            Said::PeriodCanSpam { .. }
            | Said::PeriodGdprDeactivate { .. }
            | Said::PeriodGdprPreferences { .. }
            | Said::PeriodGdprMarketing { .. }
            | Said::PeriodOneMonth { .. }
            | Said::PeriodCcpaStop { .. }
            | Said::PeriodCcpa { .. }
            | Said::PeriodState { .. }
            | Said::PeriodNoneOfItsOwn { .. }
            | Said::PeriodDays { .. }
            | Said::PeriodOther { .. }
            | Said::NoStatute { .. }
            | Said::HouseTargetOnly { .. }
            | Said::NoHouseTarget { .. }
            | Said::HouseTarget { .. }
            | Said::HouseTargetIsDue { .. } => self.fmt_period(f),
            _ => self.fmt_other(f),
        }
    }
}

impl Said {
    fn fmt_arithmetic(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Said::AddMonths { months, to, missing_day } => {
                let unit = if *months == 1 { "month" } else { "months" };
                write!(f, "+{months} {unit}: {}", day(*to))?;
                match missing_day {
                    Some(d) => write!(f, " ({d} {} does not exist)", to.format("%b")),
                    None => Ok(()),
                }
            }
            Said::AddDays { days, to } => write!(f, "+{}: {}", crate::days(*days), day(*to)),
            Said::AddBusinessDays { days, from, calendar, to } => write!(
                f,
                "+{days} business days (not counting {}, weekends or {}): {}",
                day(*from),
                calendar.as_ref().map_or(WEEKENDS_ONLY.1, |c| c.name.as_str()),
                day(*to)
            ),
            Said::SkippedHoliday { holiday } => write!(f, "skipped {holiday}"),
            Said::Weekend { day: d, next } => write!(f, "{} is a weekend \u{2192} {}", day(*d), day(*next)),
            Said::Holiday { holiday, next } => write!(f, "{holiday} \u{2192} {}", day(*next)),
            Said::WorkingDay { day: d } => write!(f, "{} is a working day", day(*d)),
            Said::NoKnownHoliday { day: d, calendar } => write!(
                f,
                "{} is not a weekend day or a holiday known for {} (not every holiday there is known: see the note)",
                day(*d),
                calendar.name
            ),
            Said::Due { on } => write!(f, "due {}", day(*on)),
            Said::WeekendStays { day: d, regime } => write!(
                f,
                "{} is a weekend: {} does not move a day count off a weekend, so the date stays (the earlier working day is the safe one)",
                day(*d),
                regime.label()
            ),
            _ => unreachable!("not a sentence of the day arithmetic"),
        }
    }

    fn fmt_start(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Said::Received { on } => write!(f, "received {}", day(*on)),
            Said::RulesInForce { received, from, law, source } => {
                write!(f, "rules in force: received {received}, on or after {from}: computed under {law} ({source})")
            }
            Said::RulesBeforeNext { received, next, next_from, law, source } => write!(
                f,
                "rules in force: received {received}, before {next} applied on {next_from}: computed under {law} ({source})"
            ),
            Said::NotYetInForce { received, law, from } => write!(
                f,
                "received {received}, before the {law} took effect on {from}: the law gives this request no statutory date, and Casebook does not borrow another's"
            ),
            Said::ComplaintRulesInForce { received, from } => {
                write!(f, "rules in force: complaint received {received}, on or after {from}")
            }
            Said::IdentityAwaited { asked, waiting_for } => {
                let (what, arrives) = match waiting_for {
                    super::WaitingFor::Evidence => ("identity evidence (or proof of authority)", "it arrives"),
                    super::WaitingFor::Fee => ("the fee asked for", "it is paid"),
                    super::WaitingFor::EvidenceAndFee => {
                        ("identity evidence (or proof of authority) and the fee", "the last of them arrives")
                    }
                };
                write!(
                    f,
                    "waiting since {} for {what}: the clock restarts on the day {arrives}, so there is no due date until then",
                    day(*asked)
                )
            }
            Said::IdentityAsked { asked } => write!(f, "identity evidence asked for on {}", day(*asked)),
            Said::ClockRestarted { on } => {
                write!(f, "clock restarted on {} when identity evidence arrived", day(*on))
            }
            Said::IdentityRunsOn { asked, regime, authentication } => {
                write!(
                    f,
                    "identity check asked for on {}: under {} it neither pauses nor restarts the clock",
                    day(*asked),
                    regime.label()
                )?;
                match authentication {
                    Some(a) => write!(f, " ({}: {})", a.state, a.rule),
                    None => Ok(()),
                }
            }
            Said::ClarificationRunsOn { asked, regime } => write!(
                f,
                "clarification asked for on {}: under {} it does not stop the clock",
                day(*asked),
                regime.label()
            ),
            Said::GoesAheadWithoutIdentity { right, ground } => write!(
                f,
                "{}: goes ahead while identity evidence (or proof of authority, or a fee) is awaited, so asking for them does not move its date (why: {})",
                right.label(),
                ground.label()
            ),
            Said::ClarificationAccessOnly { right } => write!(
                f,
                "{}: a clarification stops the clock only for a request under Art. 15 (access) (UK GDPR Art. 12A(5); before 2026-02-05 the ICO's right of access guidance): this right's period keeps running",
                right.label()
            ),
            Said::PauseBeforeRestart { causes, from, to } => {
                write!(f, "{} {from} to {to} was before the clock restarted: not counted", Causes(causes))
            }
            Said::PauseAfterEnd { causes, from } => {
                write!(f, "{} asked for on {from}, after the period ended: not counted", Causes(causes))
            }
            Said::Paused { days, causes, from, to, end } => write!(
                f,
                "paused {} for {} ({from} to {to}) \u{2192} {}",
                crate::days(*days),
                Causes(causes),
                day(*end)
            ),
            Said::PausedOpen { days, causes, from, to, end } => write!(
                f,
                "paused {} so far for {} (asked {from}, not yet answered; counted to {to}) \u{2192} {}; the date moves each day the answer is awaited",
                crate::days(*days),
                Causes(causes),
                day(*end)
            ),
            _ => unreachable!("not a sentence of the clock's start"),
        }
    }

    fn fmt_period(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Said::PeriodCanSpam { right, days, regime } => write!(
                f,
                "{}: a request to stop marketing email must be honoured within {days} business days of receipt under the federal CAN-SPAM Act (15 U.S.C. \u{a7}7704(a)(4)(A)(i); business days as 16 C.F.R. \u{a7}316.2 defines them: federal holidays only), earlier than the {} would allow",
                right.label(),
                regime.label()
            ),
            Said::PeriodGdprDeactivate { right, source } => write!(
                f,
                "{}: in substance a request to restrict processing (Art. 18), an objection (Art. 21) or an erasure (Art. 17), or a withdrawal of consent (Art. 7(3)); no period of its own, so the one-month period of Art. 12(3) is the latest ({source})",
                right.label()
            ),
            Said::PeriodGdprPreferences { right, marketing_law, source } => write!(
                f,
                "{}: a withdrawal of consent (Art. 7(3)) or an objection to direct marketing (Art. 21(2)\u{2013}(3)); marketing preferences must be honoured promptly ({marketing_law}), and the one-month period of Art. 12(3) is the latest ({source})",
                right.label()
            ),
            Said::PeriodGdprMarketing { right } => write!(
                f,
                "{}: the same one-month period as every right under Art. 12(3) (direct marketing must stop as soon as possible; one month is the latest)",
                right.label()
            ),
            Said::PeriodOneMonth { right, source } => write!(f, "{}: one month from receipt ({source})", right.label()),
            Said::PeriodCcpaStop { right, days } => write!(
                f,
                "{}: comply within {days} business days (11 CCR \u{a7}7026(f) for opting out of sale or sharing, \u{a7}7027(g) for limiting sensitive data; other requests to stop are treated the same)",
                right.label()
            ),
            Said::PeriodCcpa { right, days } => {
                write!(f, "{}: respond within {days} calendar days (11 CCR \u{a7}7021(b))", right.label())
            }
            Said::PeriodState { right, days, law, section, read } => {
                write!(f, "{}: {days} calendar days from receipt ({law}, {section}){}", right.label(), unread(*read))
            }
            Said::PeriodNoneOfItsOwn { right, regime, days, source } => write!(
                f,
                "{}: no period of its own under {}; the {days} calendar days from receipt the law gives a request ({source}) are the latest",
                right.label(),
                regime.label()
            ),
            Said::PeriodDays { right, days, source } => {
                write!(f, "{}: {days} calendar days from receipt ({source})", right.label())
            }
            Said::PeriodOther { right, period, source } => write!(f, "{}: {period:?} ({source})", right.label()),
            Said::NoStatute { right, law, section, given_from } => {
                write!(f, "{}: not a right under the {law}", right.label())?;
                match (section, given_from) {
                    (Some(section), Some(from)) => {
                        write!(f, " for a request received before {} ({section} gives it from that day)", day(*from))?
                    }
                    (Some(section), None) => write!(f, " ({section})")?,
                    _ => {}
                }
                f.write_str(", and no statute sets a date for it: any date is the organisation's house target only")?;
                if *right == Right::CommunicationPreferences {
                    f.write_str(
                        "; where the change stops commercial email, CAN-SPAM (15 U.S.C. \u{a7}7704(a)(4)(A)) bars sending more than 10 business days after the request: record that part as an unsubscribe as well",
                    )?;
                }
                Ok(())
            }
            Said::HouseTargetOnly { on } => write!(f, "house target {} (no statutory date)", day(*on)),
            Said::NoHouseTarget { regime } => write!(
                f,
                "no house target is set for {}, so this right has no date (set one in the deadline settings)",
                regime.label()
            ),
            Said::HouseTarget { days, from } => write!(
                f,
                "house target: {} from {} (an internal goal, not the legal deadline)",
                crate::days(*days),
                day(*from)
            ),
            Said::HouseTargetIsDue { regime } => write!(
                f,
                "no statute sets a date for these rights under {}: the due date is the organisation's house target",
                regime.label()
            ),
            _ => unreachable!("not a sentence of a right's period"),
        }
    }

    fn fmt_other(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Said::ExtensionNotice { by } => write!(
                f,
                "if the extension is taken (a complex request, or several requests), the person must be told, with reasons, by {}",
                day(*by)
            ),
            Said::ExtensionMonths { months, start } => {
                write!(f, "extension: {months} months from the start {} (not one month and then two more)", day(*start))
            }
            Said::ExtensionDays { days } => write!(f, "extension: {days} days from receipt"),
            Said::ExtensionState { extra_days, days, first_days, section, read } => write!(
                f,
                "extension: once, by {extra_days} more days, to {days} days from receipt, with notice and the reason within the first {first_days} days ({section}){}",
                unread(*read)
            ),
            Said::NoExtension { regime } => write!(
                f,
                "the extension was recorded, but {} has no extension for these rights: the due date stays as computed{}",
                regime.label(),
                if *regime == Regime::Fadp { " (record the reason if the answer is late)" } else { "" }
            ),
            Said::LateNotice { told, by } => write!(
                f,
                "the extension was notified on {told}, after the last day for notice {by}: it may not be valid"
            ),
            Said::NoticeNotRecorded { by } => write!(
                f,
                "the extension was taken but the day the person was told is not recorded: they must be told, with reasons, by {by}"
            ),
            Said::RefusalWithoutExtension { source } => write!(
                f,
                "a refusal, with its reasons and the right to complain, is due within the period without the extension ({source})"
            ),
            Said::RefuseBy { by } => write!(f, "refuse by {}", day(*by)),
            Said::ConfirmReceipt { days } => {
                write!(f, "confirm receipt within {days} business days (11 CCR \u{a7}7021(a))")
            }
            Said::AcknowledgeBy { by } => write!(f, "acknowledge by {}", day(*by)),
            Said::AppealReceived { on, days, section, read } => write!(
                f,
                "appeal received {}: the controller decides within {days} days of receiving it ({section}){}",
                day(*on),
                unread(*read)
            ),
            Said::AppealDue { on } => write!(f, "appeal due {}", day(*on)),
            Said::AppealExtension { extra_days, first_days, to, read } => write!(
                f,
                "where reasonably necessary the appeal may be extended by {extra_days} more days, telling the consumer within the first {first_days} days: {}{}",
                day(*to),
                unread(*read)
            ),
            Said::AppealAttorneyGeneral => {
                write!(f, "a denied appeal must tell the consumer how to complain to the state Attorney General")
            }
            Said::ComplaintReceived { on, days, source } => write!(
                f,
                "complaint received {}: acknowledge within {days} days of receipt ({source}), counted from the day after",
                day(*on)
            ),
            Said::AcknowledgeComplaintBy { by } => {
                write!(f, "acknowledge the complaint by {}; then respond without undue delay", day(*by))
            }
            Said::ComplaintAcknowledged { on, days } => {
                write!(f, "acknowledged on {on}, within the {days} days; the answer is due without undue delay")
            }
            Said::ComplaintAcknowledgedLate { on, by } => write!(f, "acknowledged on {on}, after the last day {by}"),
            Said::EmployeeRecords { record, source } => write!(
                f,
                "a California employee asking for their {} has this clock beside the CCPA's: {source}",
                record.label()
            ),
            Said::RecordsDue { record, on } => {
                write!(f, "{} due {} (calendar days; not moved off a weekend)", record.label(), day(*on))
            }
            Said::Calendar { note } => write!(f, "{note}"),
            Said::AnsweredLate { right, due } => write!(
                f,
                "every right is answered and {} was answered after its date: the case's date is {due}",
                right.code()
            ),
            Said::AnsweredOnTime { due } => write!(
                f,
                "every right is answered and each right was answered by its own date: the case's date is {due}"
            ),
            Said::OpenRightsDue { answered, due, right } => {
                let codes: Vec<&str> = answered.iter().map(|r| r.code()).collect();
                write!(
                    f,
                    "{} answered: the case is due when the rights still open are, {due} ({})",
                    codes.join(", "),
                    right.code()
                )
            }
            _ => unreachable!("every other sentence is said by the functions above"),
        }
    }
}

/// The id and name of the calendar of weekends only that the engine counts
/// business days on where the regime has no holiday calendar.
pub(crate) const WEEKENDS_ONLY: (&str, &str) = ("weekends", "no holiday calendar");

/// Every sentence of a case's dates, list by list, beside the English strings
/// of [`super::Deadlines`] (which are these sentences' `Display`).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct DeadlinesSaid {
    pub steps: Vec<Said>,
    pub extension_steps: Vec<Said>,
    pub acknowledge_steps: Vec<Said>,
    pub house_target_steps: Vec<Said>,
    pub notes: Vec<Said>,
    pub refuse_steps: Vec<Said>,
    pub appeal_steps: Vec<Said>,
    pub complaint_steps: Vec<Said>,
}

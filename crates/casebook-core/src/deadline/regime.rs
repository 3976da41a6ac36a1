//! What each regime says about its periods: the parameters the one engine runs on.

use serde::Serialize;

use crate::{Regime, Right};

/// What asking for something does to the clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ClockEffect {
    /// The period starts again on the day the last item arrives (UK identity, authority, fee).
    Restart,
    /// The days from asking to the answer, both included, are added to the period.
    Pause,
    /// The clock runs on.
    Nothing,
}

/// How long a period is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "unit", content = "n")]
pub enum Period {
    /// Calendar months from the start (day-of-month clamped), then rolled forward if the regime rolls.
    Months(u32),
    /// Calendar days from the start.
    Days(u32),
    /// The n-th working day after the start.
    BusinessDays(u32),
}

/// The longest a controller may take, when it may take longer at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "kind", content = "n")]
pub enum Extension {
    None,
    /// `add_months(start, n)` plus pauses, rolled forward: never chained months.
    MonthsFromStart(u32),
    /// `add_days(received, n)`: the whole extended period, not the extra days.
    DaysFromReceived(u32),
}

/// Which holidays the regime's day arithmetic skips.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum CalendarUse {
    /// UK bank holidays of the location's division.
    UkDivision,
    /// Public holidays of the EU/EEA Member State (and region) of the location.
    EuMemberState,
    /// US federal holidays (plus California state holidays when the policy says so).
    UsFederal,
    /// Calendar days only.
    None,
}

/// One regime's rules, as deadlines.md states them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct RegimeRules {
    pub regime: Regime,
    /// The law and guidance the rule comes from.
    pub source: &'static str,
    /// Identity evidence (and, in the UK, proof of authority or a fee).
    pub identity: ClockEffect,
    pub clarification: ClockEffect,
    /// Whether a last day on a weekend or holiday moves to the next working day.
    pub rolls_forward: bool,
    pub calendar: CalendarUse,
    pub extension: Extension,
    /// A duty to confirm receipt, and by when.
    pub acknowledgement: Option<Period>,
}

impl RegimeRules {
    pub fn of(regime: Regime) -> RegimeRules {
        use ClockEffect::*;
        let days = |source, extension| RegimeRules {
            regime,
            source,
            identity: Nothing,
            clarification: Nothing,
            rolls_forward: false,
            calendar: CalendarUse::None,
            extension,
            acknowledgement: None,
        };
        match regime {
            Regime::UkGdpr => RegimeRules {
                regime,
                source: "UK GDPR Art. 12(3), Art. 12A; DPA 2018 s.54; ICO right of access guidance",
                identity: Restart,
                clarification: Pause,
                rolls_forward: true,
                calendar: CalendarUse::UkDivision,
                extension: Extension::MonthsFromStart(3),
                acknowledgement: None,
            },
            Regime::EuGdpr => RegimeRules {
                regime,
                source: "GDPR Art. 12(3); Regulation 1182/71 Art. 3; EDPB Guidelines 01/2022 §§157\u{2013}164",
                identity: Pause,
                clarification: Pause,
                rolls_forward: true,
                calendar: CalendarUse::EuMemberState,
                extension: Extension::MonthsFromStart(3),
                acknowledgement: None,
            },
            Regime::Ccpa => RegimeRules {
                source: "11 CCR \u{a7}7021, \u{a7}7026, \u{a7}7027",
                calendar: CalendarUse::UsFederal,
                acknowledgement: Some(Period::BusinessDays(10)),
                ..days("", Extension::DaysFromReceived(90))
            },
            Regime::UsState => days("Virginia CDPA and the state laws modelled on it", Extension::DaysFromReceived(90)),
            Regime::Lgpd => days("LGPD Art. 19", Extension::None),
            Regime::Pipeda => days("PIPEDA s.8", Extension::DaysFromReceived(60)),
            Regime::Fadp => days("revFADP Art. 25", Extension::None),
            Regime::Popia => days("POPIA s.23; PAIA s.56\u{2013}57", Extension::DaysFromReceived(60)),
            Regime::AuApp => days("APP 12.4", Extension::None),
        }
    }

    /// The period for one right.
    pub fn period(&self, right: Right) -> Period {
        match self.regime {
            Regime::UkGdpr | Regime::EuGdpr => Period::Months(1),
            Regime::Ccpa if ccpa_opt_out(right) => Period::BusinessDays(15),
            Regime::Ccpa | Regime::UsState => Period::Days(45),
            Regime::Lgpd => Period::Days(15),
            Regime::Pipeda | Regime::Fadp | Regime::Popia | Regime::AuApp => Period::Days(30),
        }
    }

    /// Whether the extension can apply to this right.
    pub fn extends(&self, right: Right) -> bool {
        self.extension != Extension::None && !(self.regime == Regime::Ccpa && ccpa_opt_out(right))
    }

    /// Whether receipt of this right must be confirmed.
    pub fn acknowledges(&self, right: Right) -> bool {
        self.acknowledgement.is_some() && !(self.regime == Regime::Ccpa && ccpa_opt_out(right))
    }

    /// Why this right has its period, in words for the explanation.
    pub fn period_reason(&self, right: Right) -> String {
        let label = right.label();
        match (self.regime, self.period(right)) {
            (Regime::UkGdpr | Regime::EuGdpr, _) => match right {
                Right::Unsubscribe | Right::Objection | Right::WithdrawConsent => format!(
                    "{label}: the same one-month period as every right under Art. 12(3) (direct marketing must stop as soon as possible; one month is the latest)"
                ),
                _ => format!("{label}: one month from receipt ({})", self.source),
            },
            (Regime::Ccpa, Period::BusinessDays(n)) => format!(
                "{label}: comply within {n} business days (11 CCR \u{a7}7026(f) for opting out of sale or sharing, \u{a7}7027(g) for limiting sensitive data; other requests to stop are treated the same)"
            ),
            (Regime::Ccpa, _) => {
                format!("{label}: respond within 45 calendar days (11 CCR \u{a7}7021(b))")
            }
            (_, Period::Days(n)) => {
                format!("{label}: {n} calendar days from receipt ({})", self.source)
            }
            (_, p) => format!("{label}: {p:?} ({})", self.source),
        }
    }
}

/// CCPA requests to stop something: opting out of sale or sharing, limiting
/// sensitive data and the like. They have a 15-business-day period, no
/// confirmation duty and no extension.
fn ccpa_opt_out(right: Right) -> bool {
    matches!(
        right,
        Right::OptOutOfSale
            | Right::LimitSensitive
            | Right::Unsubscribe
            | Right::Objection
            | Right::WithdrawConsent
            | Right::Restriction
            | Right::AutomatedDecision
    )
}

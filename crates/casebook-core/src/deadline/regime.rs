//! What each regime says about its periods: the parameters the one engine runs on.

use chrono::NaiveDate;
use serde::Serialize;

use super::law::{self, AppealRule, RefusalDue, StateLaw, Version};
use super::{DeadlineError, Said};
use crate::{Location, Regime, Right};

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
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
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

/// One regime's rules, as deadlines.md states them, in the version in force
/// on the day the request was received.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct RegimeRules {
    pub regime: Regime,
    /// The law and guidance the rule comes from.
    pub source: &'static str,
    /// Which version of the law these rules are.
    pub version: Version,
    /// The US state whose statute applies, under `us-state`.
    pub state: Option<&'static StateLaw>,
    /// A clarification stops the clock only for access (UK GDPR Art. 12A(5)).
    pub clarification_access_only: bool,
    pub refusal: RefusalDue,
    pub appeal: Option<AppealRule>,
    /// Identity evidence (and, in the UK, proof of authority or a fee).
    pub identity: ClockEffect,
    pub clarification: ClockEffect,
    /// Whether a last day on a weekend or holiday moves to the next working day.
    pub rolls_forward: bool,
    pub calendar: CalendarUse,
    pub extension: Extension,
    /// A duty to confirm receipt, and by when.
    pub acknowledgement: Option<Period>,
    /// Whether the law gives the right to correct on the day the request was
    /// received (Iowa's statute does not; Utah's only from 2026-07-01).
    pub corrects: bool,
}

/// The rules that apply to a request, or why none do yet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InForce {
    Rules(RegimeRules),
    /// The law (a US state's) did not yet apply on the day the request was received.
    NotYet {
        law: String,
        from: NaiveDate,
        source: &'static str,
    },
}

impl RegimeRules {
    /// The rules of the latest version of `regime` (for a US state law, the
    /// clock effects every state shares; the periods need [`RegimeRules::in_force`]).
    pub fn of(regime: Regime) -> RegimeRules {
        let (version, refusal) = match regime {
            Regime::UsState => (state_version(&law::US_STATES[0]), RefusalDue::UnextendedPeriod("")),
            _ => law::VERSIONS
                .iter()
                .rev()
                .find(|(r, _, _)| *r == regime)
                .map(|(_, v, refusal)| (*v, *refusal))
                .expect("every regime but us-state has a version"),
        };
        Self::build(regime, version, refusal, None)
    }

    /// The rules for a request under `regime` at `location`, received on `received`:
    /// the version of the law in force that day, and for `us-state` the state's own statute.
    pub fn in_force(regime: Regime, location: &Location, received: NaiveDate) -> Result<InForce, DeadlineError> {
        if regime == Regime::UsState {
            let unusable =
                |reason: String| DeadlineError::LocationNotUsable { regime, location: location.to_string(), reason };
            if location.country() != "US" {
                return Err(unusable("a US state law needs a US state as the location, e.g. US-VA".into()));
            }
            let state = law::state_law(location.subdivision()).map_err(unusable)?;
            if received < state.in_force_from {
                return Ok(InForce::NotYet {
                    law: state.name(),
                    from: state.in_force_from,
                    source: state.period_section,
                });
            }
            let refusal = RefusalDue::UnextendedPeriod(state.period_section);
            let rules = Self::build(regime, state_version(state), refusal, Some(state));
            return Ok(InForce::Rules(RegimeRules { corrects: state.correction.given(received), ..rules }));
        }
        match law::version_on(regime, received) {
            Some((version, refusal, _)) => Ok(InForce::Rules(Self::build(regime, version, refusal, None))),
            None => Err(DeadlineError::NotInForce {
                regime,
                received,
                first: law::first_in_force(regime).unwrap_or(received),
            }),
        }
    }

    fn build(regime: Regime, version: Version, refusal: RefusalDue, state: Option<&'static StateLaw>) -> RegimeRules {
        use ClockEffect::*;
        let days = |extension| RegimeRules {
            regime,
            source: version.source,
            version,
            state,
            clarification_access_only: false,
            refusal,
            appeal: state.and_then(|s| s.appeal),
            identity: Nothing,
            clarification: Nothing,
            rolls_forward: false,
            calendar: CalendarUse::None,
            extension,
            acknowledgement: None,
            corrects: true,
        };
        match regime {
            Regime::UkGdpr => RegimeRules {
                identity: Restart,
                clarification: Pause,
                clarification_access_only: true,
                rolls_forward: true,
                calendar: CalendarUse::UkDivision,
                ..days(Extension::MonthsFromStart(3))
            },
            Regime::EuGdpr => RegimeRules {
                identity: Pause,
                clarification: Pause,
                rolls_forward: true,
                calendar: CalendarUse::EuMemberState,
                ..days(Extension::MonthsFromStart(3))
            },
            Regime::Ccpa => RegimeRules {
                calendar: CalendarUse::UsFederal,
                acknowledgement: Some(Period::BusinessDays(10)),
                ..days(Extension::DaysFromReceived(90))
            },
            Regime::UsState => {
                let s = state.unwrap_or(&law::US_STATES[0]);
                days(Extension::DaysFromReceived(s.period_days + s.extension_days))
            }
            Regime::Lgpd | Regime::Fadp | Regime::AuApp => days(Extension::None),
            Regime::Pipeda | Regime::Popia => days(Extension::DaysFromReceived(60)),
        }
    }

    /// The period for one right.
    pub fn period(&self, right: Right) -> Period {
        if self.can_spam(right) {
            return Period::BusinessDays(CAN_SPAM_BUSINESS_DAYS);
        }
        match self.regime {
            Regime::UkGdpr | Regime::EuGdpr => Period::Months(1),
            Regime::Ccpa if ccpa_opt_out(right) => Period::BusinessDays(15),
            Regime::Ccpa => Period::Days(45),
            Regime::UsState => match self.revocation(right) {
                Some(r) => Period::Days(r.days),
                None => Period::Days(self.state.map_or(45, |s| s.period_days)),
            },
            Regime::Lgpd => Period::Days(15),
            Regime::Pipeda | Regime::Fadp | Regime::Popia | Regime::AuApp => Period::Days(30),
        }
    }

    /// Whether the regime's law sets a period for this right at all. Under the
    /// CCPA and the US state laws, deactivating an account and changing
    /// communication preferences are not rights of the statute; nor is
    /// restricting processing under a US state law (each lists access,
    /// correction, deletion, portability and the opt-outs, e.g. Va. Code
    /// \u{a7}59.1-577(A); the CCPA's requests to stop are treated as opt-outs),
    /// nor correcting data where a state's statute gives no such right
    /// ([`StateLaw::correction`]). No statutory date applies: the engine gives
    /// only the organisation's house target, saying so, rather than borrowing
    /// another right's period and citing a section that does not give it.
    pub fn statutory(&self, right: Right) -> bool {
        let us = matches!(self.regime, Regime::Ccpa | Regime::UsState);
        match right {
            Right::DeactivateAccount | Right::CommunicationPreferences => !us,
            Right::Restriction => self.regime != Regime::UsState,
            Right::Rectification => self.corrects,
            _ => true,
        }
    }

    /// Whether a request to stop marketing email falls under CAN-SPAM's
    /// federal 10-business-day limit (15 U.S.C. \u{a7}7704(a)(4)(A)(i)), which is
    /// shorter than the CCPA's 15 business days and a state law's 45 days.
    /// Business days are the federal ones (16 C.F.R. \u{a7}316.2: not a
    /// Saturday, Sunday or federal holiday), whatever the state.
    pub fn can_spam(&self, right: Right) -> bool {
        matches!(self.regime, Regime::Ccpa | Regime::UsState) && right == Right::Unsubscribe
    }

    /// A US state statute's own limit for stopping processing once consent is
    /// revoked, where it sets one ([`StateLaw::consent_revocation`]): the
    /// withdrawal of consent has that period, without the response's extension.
    pub fn revocation(&self, right: Right) -> Option<law::Revocation> {
        if right != Right::WithdrawConsent || self.regime != Regime::UsState {
            return None;
        }
        self.state.and_then(|s| s.consent_revocation)
    }

    /// Whether the extension can apply to this right.
    pub fn extends(&self, right: Right) -> bool {
        self.extension != Extension::None
            && self.statutory(right)
            && self.revocation(right).is_none()
            && !self.can_spam(right)
            && !(self.regime == Regime::Ccpa && ccpa_opt_out(right))
    }

    /// Whether receipt of this right must be confirmed.
    pub fn acknowledges(&self, right: Right) -> bool {
        self.acknowledgement.is_some() && self.statutory(right) && !(self.regime == Regime::Ccpa && ccpa_opt_out(right))
    }

    /// Why a right the statute does not know has no statutory date.
    pub fn no_statute_reason(&self, right: Right) -> Said {
        let law = self.state.map(|s| s.name()).unwrap_or_else(|| self.regime.label().to_string());
        let (section, given_from) = match self.state.map(|s| s.correction) {
            Some(law::Correction::Not { rights }) if right == Right::Rectification => (Some(rights.to_string()), None),
            Some(law::Correction::From { from, section }) if right == Right::Rectification => {
                (Some(section.to_string()), Some(from))
            }
            _ => (None, None),
        };
        Said::NoStatute { right, law, section, given_from }
    }

    /// Why this right has its period, for the explanation.
    pub fn period_reason(&self, right: Right) -> Said {
        let source = self.source.to_string();
        if self.can_spam(right) {
            return Said::PeriodCanSpam { right, days: CAN_SPAM_BUSINESS_DAYS, regime: self.regime };
        }
        match (self.regime, self.period(right)) {
            (Regime::UkGdpr | Regime::EuGdpr, _) => match right {
                Right::DeactivateAccount => Said::PeriodGdprDeactivate { right, source },
                Right::CommunicationPreferences => {
                    let marketing_law = if self.regime == Regime::UkGdpr {
                        "PECR regs. 22\u{2013}23"
                    } else {
                        "ePrivacy Directive 2002/58/EC Art. 13"
                    };
                    Said::PeriodGdprPreferences { right, marketing_law: marketing_law.to_string(), source }
                }
                Right::Unsubscribe | Right::Objection | Right::WithdrawConsent => Said::PeriodGdprMarketing { right },
                _ => Said::PeriodOneMonth { right, source },
            },
            (Regime::Ccpa, Period::BusinessDays(n)) => Said::PeriodCcpaStop { right, days: n },
            (Regime::Ccpa, _) => Said::PeriodCcpa { right, days: 45 },
            (Regime::UsState, Period::Days(n)) => {
                let s = self.state.unwrap_or(&law::US_STATES[0]);
                if let Some(r) = self.revocation(right) {
                    return Said::PeriodState {
                        right,
                        days: r.days,
                        law: s.name(),
                        section: r.section.to_string(),
                        read: r.read,
                    };
                }
                Said::PeriodState {
                    right,
                    days: n,
                    law: s.name(),
                    section: s.period_section.to_string(),
                    read: s.period_read,
                }
            }
            (_, Period::Days(n)) if matches!(right, Right::DeactivateAccount | Right::CommunicationPreferences) => {
                Said::PeriodNoneOfItsOwn { right, regime: self.regime, days: n, source }
            }
            (_, Period::Days(n)) => Said::PeriodDays { right, days: n, source },
            (_, period) => Said::PeriodOther { right, period, source },
        }
    }
}

/// CAN-SPAM's limit for honouring an email opt-out, in business days.
pub const CAN_SPAM_BUSINESS_DAYS: u32 = 10;

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

/// A US state's statute as a version of the `us-state` regime.
fn state_version(s: &'static StateLaw) -> Version {
    Version { id: s.code, name: s.act, in_force_from: s.in_force_from, in_force_until: None, source: s.period_section }
}

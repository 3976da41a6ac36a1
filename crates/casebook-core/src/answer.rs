//! Each right of a case answered on its own: its outcome (fulfilled, partly
//! fulfilled with the exemption, refused with a ground the regime accepts, not
//! applicable with why, no data held) and the case's outcome once every right
//! is answered. Which rights wait for the requester's identity is
//! [`crate::identity::verification_rule`].

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::code_enum;
use crate::workflow::{RefusalReason, refusal_reasons};
use crate::{Outcome, Regime, Right};

code_enum! {
    /// How one right of a case was answered.
    pub enum RightOutcome as "right outcome" {
        Fulfilled = "fulfilled", "Fulfilled";
        /// Fulfilled in part, an exemption applying to the rest.
        Partly = "partly", "Partly fulfilled";
        Refused = "refused", "Refused";
        /// The right does not apply (e.g. portability where the processing is not based on consent or a contract).
        NotApplicable = "not-applicable", "Not applicable";
        NoData = "no-data", "No data held";
    }
}

/// Where the case's law says what a restriction of processing means (the data
/// only stored, but for consent, legal claims, another person's rights or an
/// important public interest; the person told before it is lifted), which the
/// restriction confirmation then states in the GDPR's words. None elsewhere:
/// where the law gives no right to restriction with those terms (a US state
/// law, the CCPA's request to stop, the LGPD's blocking, PIPEDA, the FADP,
/// the Australian Privacy Act), and under POPIA, whose s.14(7) words its
/// exceptions otherwise ("for purposes of proof", "the public interest"):
/// the confirmation says what was restricted, not terms the law does not set.
pub fn restriction_terms(regime: Regime) -> Option<&'static str> {
    match regime {
        Regime::UkGdpr => Some("UK GDPR Art. 18(2)-(3)"),
        Regime::EuGdpr => Some("GDPR Art. 18(2)-(3)"),
        Regime::Popia
        | Regime::Lgpd
        | Regime::Fadp
        | Regime::Ccpa
        | Regime::UsState
        | Regime::Pipeda
        | Regime::AuApp => None,
    }
}

/// What an answer lacks for its outcome under its regime ([`RightAnswer::check`]):
/// its English is the command line's; a front end words the facts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum AnswerProblem {
    /// A refusal without its ground.
    #[error("refusing {right} needs its ground (one of: {}; {citation})", codes(accepted))]
    RefusalNeedsGround { right: Right, accepted: Vec<RefusalReason>, citation: String },
    /// A refusal on a ground the regime does not accept.
    #[error("the ground '{ground}' is not one {regime} accepts (one of: {}; {citation})", codes(accepted))]
    GroundNotAccepted { ground: RefusalReason, regime: Regime, accepted: Vec<RefusalReason>, citation: String },
    /// A refusal ground with another outcome than refused.
    #[error("a refusal ground is recorded only for a refused right, not for '{outcome}'")]
    GroundOnlyForRefused { outcome: RightOutcome },
    /// Partly fulfilled without the exemption.
    #[error("{right} partly fulfilled needs the exemption that applies to the rest, in words")]
    PartlyNeedsExemption { right: Right },
    /// Not applicable without why.
    #[error("{right} not applicable needs the reason why it does not apply")]
    NotApplicableNeedsReason { right: Right },
    /// An exemption or reason with an outcome that takes none.
    #[error(
        "an exemption or reason is recorded for a right partly fulfilled, refused or not applicable, not for '{outcome}'"
    )]
    DetailNotForOutcome { outcome: RightOutcome },
    /// Who answered is empty.
    #[error("who answered it is empty")]
    AnsweredByEmpty,
}

fn codes(reasons: &[RefusalReason]) -> String {
    reasons.iter().map(|g| g.code()).collect::<Vec<_>>().join(", ")
}

/// The answer to one right of a case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RightAnswer {
    pub right: Right,
    pub outcome: RightOutcome,
    /// Refused: the ground, one the regime accepts.
    pub ground: Option<RefusalReason>,
    /// Partly: the exemption, in words; not applicable: why; refused: the reason in words (optional).
    pub detail: Option<String>,
    pub by: String,
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub on: NaiveDate,
}

impl RightAnswer {
    /// Checks the answer carries what its outcome needs under `regime`.
    pub fn check(&self, regime: Regime) -> Result<(), AnswerProblem> {
        let blank = self.detail.as_deref().is_none_or(|s| s.trim().is_empty());
        let right = self.right;
        let outcome = self.outcome;
        match outcome {
            RightOutcome::Refused => {
                let (accepted, source) = refusal_reasons(regime);
                let (accepted, citation) = (accepted.to_vec(), source.to_string());
                match self.ground {
                    None => return Err(AnswerProblem::RefusalNeedsGround { right, accepted, citation }),
                    Some(ground) if !accepted.contains(&ground) => {
                        return Err(AnswerProblem::GroundNotAccepted { ground, regime, accepted, citation });
                    }
                    Some(_) => {}
                }
            }
            _ if self.ground.is_some() => return Err(AnswerProblem::GroundOnlyForRefused { outcome }),
            RightOutcome::Partly if blank => return Err(AnswerProblem::PartlyNeedsExemption { right }),
            RightOutcome::NotApplicable if blank => return Err(AnswerProblem::NotApplicableNeedsReason { right }),
            RightOutcome::Fulfilled | RightOutcome::NoData if !blank => {
                return Err(AnswerProblem::DetailNotForOutcome { outcome });
            }
            _ => {}
        }
        if self.by.trim().is_empty() {
            return Err(AnswerProblem::AnsweredByEmpty);
        }
        Ok(())
    }

    /// Whether the answer tells the person something about their data (so
    /// the relevant systems must have been searched, and identity settled
    /// for rights that wait for it).
    pub fn answers_with_data(&self) -> bool {
        matches!(self.outcome, RightOutcome::Fulfilled | RightOutcome::Partly | RightOutcome::NoData)
    }
}

/// A right's answer as it stood before it was corrected, with why it was
/// corrected, by whom and when: a recorded answer is never overwritten
/// silently, and every earlier one stays in the right's history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct AnswerCorrection {
    /// The answer as it was recorded before this correction.
    pub earlier: RightAnswer,
    /// Why it was corrected, in words.
    pub reason: String,
    pub by: String,
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub on: NaiveDate,
}

impl AnswerCorrection {
    /// When and by whom, and what the answer was: `on DAY by WHO: was OUTCOME on DAY by WHO`.
    pub fn describe(&self) -> String {
        let e = &self.earlier;
        format!("on {} by {}: was {} on {} by {}", self.on, self.by, e.outcome.label().to_lowercase(), e.on, e.by)
    }
}

/// The case's outcome once every right is answered: all fulfilled (or
/// fulfilled and no data) → fulfilled; nothing but no data and not
/// applicable → no data held; nothing fulfilled at all → refused; any other
/// mix (a right refused, partly fulfilled or not applicable beside one
/// answered) → partly fulfilled. None for no answers.
pub fn overall_outcome(outcomes: &[RightOutcome]) -> Option<Outcome> {
    use RightOutcome::*;
    if outcomes.is_empty() {
        return None;
    }
    let all = |f: &dyn Fn(RightOutcome) -> bool| outcomes.iter().all(|o| f(*o));
    Some(if all(&|o| matches!(o, Refused | NotApplicable)) {
        Outcome::Refused
    } else if all(&|o| matches!(o, NoData | NotApplicable)) {
        Outcome::NoDataHeld
    } else if all(&|o| matches!(o, Fulfilled | NoData)) {
        Outcome::Fulfilled
    } else {
        Outcome::PartlyFulfilled
    })
}

/// The answer a case's closing outcome gives every right still open, when
/// `case close --outcome` is used on a case answered as a whole (`case
/// respond`): fulfilled and no data held carry over; the others do not
/// (partly fulfilled needs each right's exemption, and a refusal,
/// withdrawal or identity not verified ends the whole request).
pub fn right_outcome_for_close(outcome: Outcome) -> Option<RightOutcome> {
    match outcome {
        Outcome::Fulfilled => Some(RightOutcome::Fulfilled),
        Outcome::NoDataHeld => Some(RightOutcome::NoData),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(right: Right, outcome: RightOutcome, ground: Option<RefusalReason>, detail: Option<&str>) -> RightAnswer {
        RightAnswer {
            right,
            outcome,
            ground,
            detail: detail.map(str::to_string),
            by: "dpo".into(),
            on: NaiveDate::from_ymd_opt(2026, 11, 20).unwrap(),
        }
    }

    #[test]
    fn codes_never_change() {
        let codes: Vec<_> = RightOutcome::ALL.iter().map(|o| o.code()).collect();
        assert_eq!(codes, ["fulfilled", "partly", "refused", "not-applicable", "no-data"]);
    }

    /// (regime, right, outcome, ground, detail, the error's words or "" when accepted)
    type Row = (Regime, Right, RightOutcome, Option<RefusalReason>, Option<&'static str>, &'static str);

    #[test]
    fn an_answer_says_what_its_outcome_needs() {
        use RefusalReason as G;
        use RightOutcome::*;
        let table: &[Row] = &[
            (Regime::UkGdpr, Right::Access, Fulfilled, None, None, ""),
            (Regime::UkGdpr, Right::Access, NoData, None, None, ""),
            (Regime::UkGdpr, Right::Access, Fulfilled, None, Some("note"), "not for 'fulfilled'"),
            (Regime::UkGdpr, Right::Access, Partly, None, Some("DPA 2018 Sch. 2 para 2 (crime)"), ""),
            (Regime::UkGdpr, Right::Access, Partly, None, None, "needs the exemption"),
            (Regime::UkGdpr, Right::Access, Partly, None, Some("  "), "needs the exemption"),
            (Regime::UkGdpr, Right::Erasure, Refused, Some(G::ManifestlyExcessive), None, ""),
            (Regime::UkGdpr, Right::Erasure, Refused, Some(G::Exemption), Some("legal claims"), ""),
            (Regime::UkGdpr, Right::Erasure, Refused, None, None, "needs its ground (one of: manifestly-unfounded"),
            (Regime::Lgpd, Right::Erasure, Refused, Some(G::ManifestlyExcessive), None, "not one lgpd accepts"),
            (Regime::Lgpd, Right::Erasure, Refused, Some(G::Exemption), None, ""),
            (
                Regime::Pipeda,
                Right::Access,
                Refused,
                Some(G::ManifestlyUnfounded),
                None,
                "(one of: exemption, identity-not-verified; PIPEDA s.9)",
            ),
            (Regime::UkGdpr, Right::Erasure, Fulfilled, Some(G::Exemption), None, "only for a refused right"),
            (
                Regime::EuGdpr,
                Right::Portability,
                NotApplicable,
                None,
                Some("processing is not based on consent or a contract"),
                "",
            ),
            (Regime::EuGdpr, Right::Portability, NotApplicable, None, None, "needs the reason why"),
        ];
        for (regime, right, outcome, ground, detail, words) in table {
            let got = answer(*right, *outcome, *ground, *detail).check(*regime);
            match (got, words.is_empty()) {
                (Ok(()), true) => {}
                (Err(e), false) => assert!(e.to_string().contains(words), "{regime} {right} {outcome}: {e}"),
                (got, _) => panic!("{regime} {right} {outcome}: {got:?}, expected {words:?}"),
            }
        }
        let mut nobody = answer(Right::Access, Fulfilled, None, None);
        nobody.by = " ".into();
        assert_eq!(nobody.check(Regime::UkGdpr).unwrap_err().to_string(), "who answered it is empty");
    }

    #[test]
    fn the_case_outcome_from_its_rights() {
        use RightOutcome::*;
        let table: &[(&[RightOutcome], Option<Outcome>)] = &[
            (&[], None),
            (&[Fulfilled], Some(Outcome::Fulfilled)),
            (&[Fulfilled, Fulfilled], Some(Outcome::Fulfilled)),
            (&[Fulfilled, NoData], Some(Outcome::Fulfilled)),
            (&[NoData], Some(Outcome::NoDataHeld)),
            (&[NoData, NotApplicable], Some(Outcome::NoDataHeld)),
            (&[Refused], Some(Outcome::Refused)),
            (&[Refused, NotApplicable], Some(Outcome::Refused)),
            (&[NotApplicable], Some(Outcome::Refused)),
            (&[Fulfilled, Refused], Some(Outcome::PartlyFulfilled)),
            (&[Fulfilled, Partly], Some(Outcome::PartlyFulfilled)),
            (&[Partly], Some(Outcome::PartlyFulfilled)),
            (&[Fulfilled, NotApplicable], Some(Outcome::PartlyFulfilled)),
            (&[NoData, Refused], Some(Outcome::PartlyFulfilled)),
        ];
        for (outcomes, want) in table {
            assert_eq!(overall_outcome(outcomes), *want, "{outcomes:?}");
        }
    }

    #[test]
    fn closing_carries_over_only_fulfilled_and_no_data() {
        let table = [
            (Outcome::Fulfilled, Some(RightOutcome::Fulfilled)),
            (Outcome::NoDataHeld, Some(RightOutcome::NoData)),
            (Outcome::PartlyFulfilled, None),
            (Outcome::Refused, None),
            (Outcome::Withdrawn, None),
            (Outcome::IdentityNotVerified, None),
            (Outcome::NotARequest, None),
            (Outcome::Duplicate, None),
        ];
        for (outcome, want) in table {
            assert_eq!(right_outcome_for_close(outcome), want, "{outcome}");
        }
        assert!(answer(Right::Access, RightOutcome::NoData, None, None).answers_with_data());
        assert!(!answer(Right::Access, RightOutcome::NotApplicable, None, Some("x")).answers_with_data());
    }
}

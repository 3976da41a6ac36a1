//! Identity verification: the methods a DPO can use, the outcomes of a check,
//! and the method Casebook suggests for a request.
//!
//! The ICO and the EDPB both say to ask only for what is needed: a check is
//! proportionate to the harm a wrong answer would do. Disclosing data (access,
//! portability) or destroying it (erasure) to the wrong person harms the data
//! subject; stopping marketing for the wrong person harms no one. The channel
//! matters as much: an email from the address already on file is itself
//! evidence, a letter from an unknown address is not. [`suggest_method`] is
//! that reasoning as a table; the DPO may choose another method, with a reason.

mod child_finding;
mod said;
mod waits;

use serde::Serialize;

pub use child_finding::{ChildFinding, child_finding};
pub use said::IdentitySaid;
pub use waits::{VerificationGround, VerificationRule, verification_rule};

use crate::code_enum;
use crate::{Channel, Regime, Relationship, Right};

code_enum! {
    /// How the requester's identity (or an agent's authority) was established.
    pub enum IdentityMethod as "identity method" {
        /// Nothing to check: the request only stops processing.
        None = "none", "No check needed";
        /// The request came from the email address already on file.
        RegisteredEmail = "registered-email", "Request came from the email address on file";
        /// Account details (customer number, order, address) matched the records.
        AccountDetails = "account-details", "Account details matched";
        KnowledgeQuestions = "knowledge-questions", "Knowledge questions answered";
        UtilityBill = "utility-bill", "Utility bill or bank statement";
        /// A passport, identity card or driving licence seen.
        IdDocument = "id-document", "Identity document seen";
        /// Someone acts for the data subject with their signed authorisation.
        SignedAuthorisation = "signed-authorisation", "Signed authorisation of the data subject";
        PowerOfAttorney = "power-of-attorney", "Power of attorney";
        ParentalResponsibility = "parental-responsibility", "Parental responsibility";
    }
}

code_enum! {
    /// What a check decided.
    pub enum IdentityOutcome as "identity outcome" {
        Verified = "verified", "Verified";
        Failed = "failed", "Not verified";
        NotNeeded = "not-needed", "No check needed";
    }
}

impl IdentityMethod {
    /// How much the method proves, for comparing suggestions: 0 (nothing) to 5.
    /// Authority methods prove something else (a right to act) and rank 5.
    pub fn assurance(self) -> u8 {
        use IdentityMethod::*;
        match self {
            None => 0,
            RegisteredEmail => 1,
            AccountDetails => 2,
            KnowledgeQuestions => 3,
            UtilityBill => 4,
            IdDocument | SignedAuthorisation | PowerOfAttorney | ParentalResponsibility => 5,
        }
    }

    /// Whether the method proves an agent's authority rather than identity.
    pub fn is_authority(self) -> bool {
        matches!(
            self,
            IdentityMethod::SignedAuthorisation
                | IdentityMethod::PowerOfAttorney
                | IdentityMethod::ParentalResponsibility
        )
    }
}

/// What the suggestion is based on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdentityQuestion<'a> {
    pub rights: &'a [Right],
    pub channel: Channel,
    pub regime: Regime,
    /// How the requester relates to the data subject, when asking for someone else.
    pub on_behalf: Option<Relationship>,
    /// What the record says about the data subject's age ([`child_finding`]).
    pub child: Option<ChildFinding>,
}

/// The suggested method and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Suggestion {
    pub method: IdentityMethod,
    /// The outcome to record when the suggestion is followed and nothing is needed.
    pub needs_check: bool,
    /// Why, in the command line's English: each of `said` as text.
    pub reasons: Vec<String>,
    /// Why, as facts, for a front end to word in its language.
    pub said: Vec<IdentitySaid>,
}

impl Suggestion {
    fn new(method: IdentityMethod, needs_check: bool, said: Vec<IdentitySaid>) -> Suggestion {
        Suggestion { method, needs_check, reasons: said.iter().map(ToString::to_string).collect(), said }
    }
}

/// Rights that disclose data to the requester.
fn discloses(right: Right) -> bool {
    matches!(right, Right::Access | Right::Portability)
}

fn by_channel(right: Right, channel: Channel, regime: Regime) -> (IdentityMethod, IdentitySaid) {
    use IdentityMethod::*;
    use IdentitySaid as S;
    if discloses(right) {
        return match channel {
            Channel::Email | Channel::WebForm if regime == Regime::Ccpa => {
                (AccountDetails, S::DisclosesCcpa { right, channel })
            }
            Channel::Email | Channel::WebForm => (RegisteredEmail, S::DisclosesOnline { right, channel }),
            Channel::Phone | Channel::Other => (KnowledgeQuestions, S::DisclosesSpoken { right, channel }),
            Channel::Letter => (UtilityBill, S::DisclosesByLetter { right }),
            Channel::InPerson => (IdDocument, S::InPerson { right }),
        };
    }
    // Erasure, rectification, restriction, automated decisions, other: they change data.
    match channel {
        Channel::Email | Channel::WebForm => (AccountDetails, S::ChangesOnline { right, channel }),
        Channel::Phone | Channel::Other => (KnowledgeQuestions, S::ChangesSpoken { right, channel }),
        Channel::Letter if right == Right::Erasure => (IdDocument, S::ErasureByLetter { right }),
        Channel::Letter => (UtilityBill, S::ChangesByLetter { right }),
        Channel::InPerson => (IdDocument, S::InPerson { right }),
    }
}

/// The proportionate check for a request: the strongest any of its rights
/// needs, or proof of authority when someone asks for another person.
pub fn suggest_method(q: &IdentityQuestion<'_>) -> Suggestion {
    if let Some(relationship) = q.on_behalf {
        let child = q.child.as_ref().map(|c| c.child);
        let method = match (relationship, child) {
            // A child's parent or guardian, or anyone else acting for a child: parental responsibility.
            (Relationship::Parent | Relationship::Guardian, Some(true) | None) | (Relationship::Other, Some(true)) => {
                IdentityMethod::ParentalResponsibility
            }
            // Someone old enough to act for themselves: a parent needs their signed agreement.
            (Relationship::Parent | Relationship::Guardian, Some(false)) => IdentityMethod::SignedAuthorisation,
            (Relationship::PowerOfAttorney, _) => IdentityMethod::PowerOfAttorney,
            (Relationship::Solicitor | Relationship::AuthorisedAgent | Relationship::Other, _) => {
                IdentityMethod::SignedAuthorisation
            }
        };
        let mut said = vec![IdentitySaid::ActsForSomeoneElse { relationship, method }];
        said.extend(q.child.as_ref().map(|c| c.said.clone()));
        return Suggestion::new(method, true, said);
    }
    let mut best = IdentityMethod::None;
    let mut said = Vec::new();
    for &right in q.rights {
        let rule = verification_rule(q.regime, right);
        let (method, reason) = if !rule.waits {
            (IdentityMethod::None, IdentitySaid::NoCheckNeeded { right, ground: rule.ground })
        } else {
            by_channel(right, q.channel, q.regime)
        };
        if !said.contains(&reason) {
            said.push(reason);
        }
        if method.assurance() > best.assurance() {
            best = method;
        }
    }
    Suggestion::new(best, best != IdentityMethod::None, said)
}

#[cfg(test)]
mod tests {
    use super::*;
    use IdentityMethod as M;

    #[test]
    fn codes_never_change() {
        let methods: Vec<_> = M::ALL.iter().map(|m| m.code()).collect();
        assert_eq!(
            methods,
            [
                "none",
                "registered-email",
                "account-details",
                "knowledge-questions",
                "utility-bill",
                "id-document",
                "signed-authorisation",
                "power-of-attorney",
                "parental-responsibility"
            ]
        );
        let outcomes: Vec<_> = IdentityOutcome::ALL.iter().map(|o| o.code()).collect();
        assert_eq!(outcomes, ["verified", "failed", "not-needed"]);
    }

    /// (rights, channel, regime, on behalf, suggested method)
    #[test]
    fn the_suggestion_table() {
        use Channel::*;
        use Regime::*;
        use Right::*;
        /// rights, channel, regime, relationship, expected method
        type Row<'a> = (&'a [Right], Channel, Regime, Option<Relationship>, M);
        let table: &[Row] = &[
            // An access request from the customer's own email rarely needs a passport copy.
            (&[Access], Email, UkGdpr, None, M::RegisteredEmail),
            (&[Access], WebForm, EuGdpr, None, M::RegisteredEmail),
            (&[Portability], Email, UkGdpr, None, M::RegisteredEmail),
            (&[Access], Phone, UkGdpr, None, M::KnowledgeQuestions),
            (&[Access], Letter, UkGdpr, None, M::UtilityBill),
            (&[Access], InPerson, UkGdpr, None, M::IdDocument),
            // CCPA specific pieces: a reasonably high degree of certainty.
            (&[Access], Email, Ccpa, None, M::AccountDetails),
            // An erasure request by post from an unknown address needs more.
            (&[Erasure], Letter, UkGdpr, None, M::IdDocument),
            (&[Erasure], Email, UkGdpr, None, M::AccountDetails),
            (&[Erasure], Phone, EuGdpr, None, M::KnowledgeQuestions),
            (&[Rectification], Letter, UkGdpr, None, M::UtilityBill),
            (&[Restriction], Email, UkGdpr, None, M::AccountDetails),
            // Requests that only stop something need no check.
            (&[Unsubscribe], Email, UkGdpr, None, M::None),
            (&[Objection], Letter, UkGdpr, None, M::None),
            (&[OptOutOfSale], WebForm, Ccpa, None, M::None),
            (&[LimitSensitive], Email, Ccpa, None, M::None),
            (&[WithdrawConsent], Phone, EuGdpr, None, M::None),
            // Several rights: the strongest check any of them needs.
            (&[Unsubscribe, Access], Email, UkGdpr, None, M::RegisteredEmail),
            (&[Access, Erasure], Email, UkGdpr, None, M::AccountDetails),
            (&[Access, Erasure], Letter, UkGdpr, None, M::IdDocument),
            // Someone acting for another person: proof of authority.
            (&[Access], Email, UkGdpr, Some(Relationship::Parent), M::ParentalResponsibility),
            (&[Access], Letter, UkGdpr, Some(Relationship::Guardian), M::ParentalResponsibility),
            (&[Erasure], Email, EuGdpr, Some(Relationship::PowerOfAttorney), M::PowerOfAttorney),
            (&[Access], Email, UkGdpr, Some(Relationship::Solicitor), M::SignedAuthorisation),
            (&[OptOutOfSale], WebForm, Ccpa, Some(Relationship::AuthorisedAgent), M::SignedAuthorisation),
        ];
        for (rights, channel, regime, on_behalf, expected) in table {
            let s = suggest_method(&IdentityQuestion {
                rights,
                channel: *channel,
                regime: *regime,
                on_behalf: *on_behalf,
                child: None,
            });
            assert_eq!(
                s.method, *expected,
                "{rights:?} by {channel} under {regime} for {on_behalf:?}: {:?}",
                s.reasons
            );
            assert_eq!(s.needs_check, *expected != M::None);
            assert!(!s.reasons.is_empty());
        }
    }

    #[test]
    fn reasons_name_the_law_where_it_decides() {
        let s = suggest_method(&IdentityQuestion {
            rights: &[Right::OptOutOfSale],
            channel: Channel::WebForm,
            regime: Regime::Ccpa,
            on_behalf: None,
            child: None,
        });
        assert!(s.reasons[0].contains("§7026(d)"), "{:?}", s.reasons);
        let s = suggest_method(&IdentityQuestion {
            rights: &[Right::Erasure, Right::Access],
            channel: Channel::Letter,
            regime: Regime::UkGdpr,
            on_behalf: None,
            child: None,
        });
        assert_eq!(s.reasons.len(), 2, "one reason per right: {:?}", s.reasons);
    }

    /// A parent's request for a child: parental responsibility; for someone old
    /// enough to act alone, their own signed agreement; the age and its source in the reasons.
    #[test]
    fn a_childs_age_decides_what_a_parent_must_prove() {
        use crate::{DataSubject, Location};
        let uk = Location::parse("GB").unwrap();
        let received: chrono::NaiveDate = "2026-03-02".parse().unwrap();
        // (birth date, child flag, relationship, method, words in the reasons)
        #[rustfmt::skip]
        let table = [
            (Some("2016-05-01"), false, Relationship::Parent, IdentityMethod::ParentalResponsibility, "was 9 when the request arrived, under 13"),
            (None, true, Relationship::Other, IdentityMethod::ParentalResponsibility, "recorded as a child"),
            (Some("2010-05-01"), false, Relationship::Parent, IdentityMethod::SignedAuthorisation, "may exercise their own rights"),
            (Some("2016-05-01"), false, Relationship::PowerOfAttorney, IdentityMethod::PowerOfAttorney, "DPA 2018 s.9"),
        ];
        for (birth, flag, rel, method, words) in table {
            let subject = DataSubject {
                birth_date: birth.map(|b| b.parse().unwrap()),
                child: flag,
                ..DataSubject::new("Sam Doe", rel)
            };
            let s = suggest_method(&IdentityQuestion {
                rights: &[Right::Access],
                channel: Channel::Email,
                regime: Regime::UkGdpr,
                on_behalf: Some(rel),
                child: child_finding(&subject, Regime::UkGdpr, &uk, received),
            });
            assert_eq!(s.method, method, "{birth:?} {rel}: {:?}", s.reasons);
            assert!(s.reasons.iter().any(|r| r.contains(words)), "{birth:?} {rel}: {:?}", s.reasons);
        }
    }
}

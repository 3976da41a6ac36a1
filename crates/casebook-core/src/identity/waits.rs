//! Which rights wait for the requester's identity before they are answered,
//! and which go ahead without it (an opt-out discloses nothing), with the
//! ground of each: the identity check's own rule, read by the answers.

use serde::Serialize;

use crate::code_enum;
use crate::{Regime, Right};

code_enum! {
    /// Why a right waits for the requester's identity or goes ahead without
    /// it: the label is the reason in English, the code what a front end words.
    pub enum VerificationGround as "verification ground" {
        CcpaOptOut = "ccpa-opt-out", "a request to opt out of sale or sharing need not be a verifiable consumer request (11 CCR §7026(d))";
        CcpaLimitSensitive = "ccpa-limit-sensitive", "a request to limit the use of sensitive personal information need not be a verifiable consumer request (11 CCR §7027(e))";
        OptOut = "opt-out", "acting on an opt-out only stops a sale, sharing or targeted advertising and discloses nothing";
        LimitSensitive = "limit-sensitive", "acting on it only limits a use of data and discloses nothing";
        MarketingObjection = "marketing-objection", "an objection to direct marketing is acted on without weighing (GDPR and UK GDPR Art. 21(3)); acting on it only stops processing and discloses nothing";
        WithdrawConsent = "withdraw-consent", "withdrawing consent must be as easy as giving it (GDPR and UK GDPR Art. 7(3)); acting on it only stops processing";
        Unsubscribe = "unsubscribe", "acting on it only stops marketing and discloses nothing";
        CommunicationPreferences = "communication-preferences", "acting on it only changes how the person is contacted and discloses nothing";
        Discloses = "discloses", "it discloses the person's data: it goes to the person only once their identity is settled";
        Destroys = "destroys", "it destroys data and cannot be undone: only for the person whose data it is";
        Changes = "changes", "it changes the person's data: only for the person whose data it is";
        ChangesUse = "changes-use", "it changes how the person's data is used: only for the person whose data it is";
        ShutsOut = "shuts-out", "it shuts the person out of their account: only for the person whose account it is";
        ReviewsDecision = "reviews-decision", "it reviews a decision about the person: only for the person it concerns";
        Unclassified = "unclassified", "a request Casebook cannot classify waits for identity, the safe reading";
    }
}

/// Whether a right waits for the requester's identity before it is answered, and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct VerificationRule {
    /// True: answered only once identity is settled. False: goes ahead while identity is awaited.
    pub waits: bool,
    /// Why (its label is the reason in English).
    pub ground: VerificationGround,
}

/// The rule per right; a row with a regime wins over the general row.
#[rustfmt::skip]
const RULES: &[(Option<Regime>, Right, bool, VerificationGround)] = {
    use VerificationGround as G;
    &[
        (Some(Regime::Ccpa), Right::OptOutOfSale, false, G::CcpaOptOut),
        (Some(Regime::Ccpa), Right::LimitSensitive, false, G::CcpaLimitSensitive),
        (None, Right::OptOutOfSale, false, G::OptOut),
        (None, Right::LimitSensitive, false, G::LimitSensitive),
        (None, Right::Objection, false, G::MarketingObjection),
        (None, Right::WithdrawConsent, false, G::WithdrawConsent),
        (None, Right::Unsubscribe, false, G::Unsubscribe),
        (None, Right::CommunicationPreferences, false, G::CommunicationPreferences),
        (None, Right::Access, true, G::Discloses),
        (None, Right::Portability, true, G::Discloses),
        (None, Right::Erasure, true, G::Destroys),
        (None, Right::Rectification, true, G::Changes),
        (None, Right::Restriction, true, G::ChangesUse),
        (None, Right::DeactivateAccount, true, G::ShutsOut),
        (None, Right::AutomatedDecision, true, G::ReviewsDecision),
        (None, Right::Other, true, G::Unclassified),
    ]
};

/// Whether `right` waits for identity under `regime`, and why.
pub fn verification_rule(regime: Regime, right: Right) -> VerificationRule {
    let row = RULES
        .iter()
        .find(|(r, of, ..)| *r == Some(regime) && *of == right)
        .or_else(|| RULES.iter().find(|(r, of, ..)| r.is_none() && *of == right))
        .expect("every right has a general row");
    VerificationRule { waits: row.2, ground: row.3 }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_never_change() {
        let grounds: Vec<_> = VerificationGround::ALL.iter().map(|g| g.code()).collect();
        assert_eq!(
            grounds,
            [
                "ccpa-opt-out",
                "ccpa-limit-sensitive",
                "opt-out",
                "limit-sensitive",
                "marketing-objection",
                "withdraw-consent",
                "unsubscribe",
                "communication-preferences",
                "discloses",
                "destroys",
                "changes",
                "changes-use",
                "shuts-out",
                "reviews-decision",
                "unclassified"
            ]
        );
    }

    #[test]
    fn which_rights_wait_for_identity() {
        // (regime, right, waits, words of the reason)
        let table: &[(Regime, Right, bool, &str)] = &[
            (Regime::Ccpa, Right::OptOutOfSale, false, "11 CCR §7026(d)"),
            (Regime::Ccpa, Right::LimitSensitive, false, "11 CCR §7027(e)"),
            (Regime::UsState, Right::OptOutOfSale, false, "targeted advertising"),
            (Regime::UsState, Right::LimitSensitive, false, "discloses nothing"),
            (Regime::EuGdpr, Right::Objection, false, "Art. 21(3)"),
            (Regime::UkGdpr, Right::Objection, false, "Art. 21(3)"),
            (Regime::UkGdpr, Right::WithdrawConsent, false, "Art. 7(3)"),
            (Regime::UkGdpr, Right::Unsubscribe, false, "stops marketing"),
            (Regime::Ccpa, Right::CommunicationPreferences, false, "how the person is contacted"),
            (Regime::Ccpa, Right::Erasure, true, "cannot be undone"),
            (Regime::Ccpa, Right::Access, true, "discloses"),
            (Regime::UkGdpr, Right::Portability, true, "discloses"),
            (Regime::UkGdpr, Right::Rectification, true, "changes"),
            (Regime::UkGdpr, Right::Restriction, true, "changes how"),
            (Regime::Ccpa, Right::DeactivateAccount, true, "account"),
            (Regime::UkGdpr, Right::AutomatedDecision, true, "decision"),
            (Regime::UkGdpr, Right::Other, true, "safe reading"),
        ];
        for (regime, right, waits, words) in table {
            let rule = verification_rule(*regime, *right);
            assert_eq!(rule.waits, *waits, "{regime} {right}");
            assert!(rule.ground.label().contains(words), "{regime} {right}: {}", rule.ground.label());
        }
        // Every right of every regime has a rule.
        for regime in Regime::ALL {
            for right in Right::ALL {
                verification_rule(*regime, *right);
            }
        }
    }
}

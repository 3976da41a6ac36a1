//! Why an identity check is suggested, as facts: one [`IdentitySaid`]
//! variant a sentence, carrying the right, the channel, the relationship, the
//! data subject's age and the law it rests on. Its `Display` is the English of
//! the command line (`Suggestion.reasons` is derived from it); a front end
//! words the variants in its own language instead.

use std::fmt;

use serde::Serialize;

use super::IdentityMethod;
use super::VerificationGround;
use crate::child::ConsentSource;
use crate::{Channel, Relationship, Right};

/// One reason of a suggested check. `subject` is the data subject's name, as recorded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum IdentitySaid {
    /// The requester acts for someone else: proof of their authority, which moves the clock as identity does.
    ActsForSomeoneElse { relationship: Relationship, method: IdentityMethod },
    /// The data subject was `age` on receipt, under the consent age `under`: a child.
    ChildByAge { subject: String, age: u32, under: u32, source: ConsentSource },
    /// The data subject was `age` on receipt, not under `under`: they may act themselves.
    NotChildByAge { subject: String, age: u32, under: u32, source: ConsentSource },
    /// No date of birth, but the data subject is recorded as a child.
    RecordedChild { subject: String, under: u32, source: ConsentSource },
    /// The right goes ahead without identity.
    NoCheckNeeded { right: Right, ground: VerificationGround },
    /// Access or portability by email or web form under the CCPA: three pieces of information matched.
    DisclosesCcpa { right: Right, channel: Channel },
    /// Access or portability by email or web form: the address on file, else account details.
    DisclosesOnline { right: Right, channel: Channel },
    /// Access or portability by phone (or another channel): questions from the records.
    DisclosesSpoken { right: Right, channel: Channel },
    /// Access or portability by letter: a recent bill or statement for the postal address.
    DisclosesByLetter { right: Right },
    /// Any right in person: an identity document seen, not copied.
    InPerson { right: Right },
    /// A right that changes data, by email or web form: account details as well as the address.
    ChangesOnline { right: Right, channel: Channel },
    /// A right that changes data, by phone (or another channel): questions from the records.
    ChangesSpoken { right: Right, channel: Channel },
    /// Erasure by letter: an identity document.
    ErasureByLetter { right: Right },
    /// A right that changes data, by letter: a recent bill or statement for the address on file.
    ChangesByLetter { right: Right },
}

impl fmt::Display for IdentitySaid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let ch = |c: &Channel| c.label().to_lowercase();
        match self {
            IdentitySaid::ActsForSomeoneElse { relationship, method } => write!(
                f,
                "the requester acts for someone else ({}): ask for proof of their authority ({}); asking for it moves the clock as asking for identity does",
                relationship.label().to_lowercase(),
                method.label().to_lowercase()
            ),
            IdentitySaid::ChildByAge { subject, age, under, source } => write!(
                f,
                "{subject} was {age} when the request arrived, under {under} ({source}): a child, for whom a person with parental responsibility acts"
            ),
            IdentitySaid::NotChildByAge { subject, age, under, source } => write!(
                f,
                "{subject} was {age} when the request arrived, not under {under} ({source}): they may exercise their own rights; answer a parent only with their agreement or where they cannot act themselves"
            ),
            IdentitySaid::RecordedChild { subject, under, source } => write!(
                f,
                "{subject} is recorded as a child (under {under}: {source}): a person with parental responsibility acts for them"
            ),
            IdentitySaid::NoCheckNeeded { right, ground } => {
                write!(f, "{}: no check is needed: {}", right.label(), ground.label())
            }
            IdentitySaid::DisclosesCcpa { right, channel } => write!(
                f,
                "{} by {} under the CCPA: specific pieces of information need a reasonably high degree of certainty (11 CCR §7062(c)): match three pieces of information with the records",
                right.label(),
                ch(channel)
            ),
            IdentitySaid::DisclosesOnline { right, channel } => write!(
                f,
                "{} by {}: if it came from the address on file, sending the answer there discloses nothing to anyone new; otherwise match account details",
                right.label(),
                ch(channel)
            ),
            IdentitySaid::DisclosesSpoken { right, channel } => write!(
                f,
                "{} by {}: ask questions only the person can answer from the records, never ask for more than is held",
                right.label(),
                ch(channel)
            ),
            IdentitySaid::DisclosesByLetter { right } => write!(
                f,
                "{} by letter: a recent bill or statement ties the person to the postal address the answer will go to",
                right.label()
            ),
            IdentitySaid::InPerson { right } => {
                write!(f, "{} in person: look at an identity document (do not copy it)", right.label())
            }
            IdentitySaid::ChangesOnline { right, channel } => write!(
                f,
                "{} by {}: the change cannot be undone, so match account details as well as the address",
                right.label(),
                ch(channel)
            ),
            IdentitySaid::ChangesSpoken { right, channel } => write!(
                f,
                "{} by {}: ask questions only the person can answer from the records",
                right.label(),
                ch(channel)
            ),
            IdentitySaid::ErasureByLetter { right } => write!(
                f,
                "{} by letter: erasure cannot be undone and a letter proves nothing about its sender: an identity document",
                right.label()
            ),
            IdentitySaid::ChangesByLetter { right } => write!(
                f,
                "{} by letter: a recent bill or statement ties the person to the address on file",
                right.label()
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Location, Regime};

    /// Every sentence in the English the command line printed before the
    /// reasons were facts, word for word.
    #[test]
    fn every_sentence_in_the_command_lines_english() {
        use IdentitySaid as S;
        let uk = crate::child::consent_age(Regime::UkGdpr, &Location::parse("GB").unwrap()).source;
        let fr = crate::child::consent_age(Regime::EuGdpr, &Location::parse("FR").unwrap()).source;
        let subject = || "Sam Doe".to_string();
        #[rustfmt::skip]
        let table = [
            (S::ActsForSomeoneElse { relationship: Relationship::PowerOfAttorney, method: IdentityMethod::PowerOfAttorney },
             "the requester acts for someone else (holder of a power of attorney): ask for proof of their authority (power of attorney); asking for it moves the clock as asking for identity does"),
            (S::ChildByAge { subject: subject(), age: 9, under: 13, source: uk },
             "Sam Doe was 9 when the request arrived, under 13 (UK: DPA 2018 s.9 (UK GDPR Art. 8(1) read with it)): a child, for whom a person with parental responsibility acts"),
            (S::NotChildByAge { subject: subject(), age: 15, under: 15, source: fr },
             "Sam Doe was 15 when the request arrived, not under 15 (France: Loi n° 78-17 Informatique et Libertés, art. 45): they may exercise their own rights; answer a parent only with their agreement or where they cannot act themselves"),
            (S::RecordedChild { subject: subject(), under: 16, source: ConsentSource::GdprDefault },
             "Sam Doe is recorded as a child (under 16: GDPR Art. 8(1): 16, no lower age set by the Member State (or the country is not known: the strictest reading)): a person with parental responsibility acts for them"),
            (S::NoCheckNeeded { right: Right::OptOutOfSale, ground: VerificationGround::CcpaOptOut },
             "Opt out of sale or sharing: no check is needed: a request to opt out of sale or sharing need not be a verifiable consumer request (11 CCR §7026(d))"),
            (S::DisclosesCcpa { right: Right::Access, channel: Channel::WebForm },
             "Access by web form under the CCPA: specific pieces of information need a reasonably high degree of certainty (11 CCR §7062(c)): match three pieces of information with the records"),
            (S::DisclosesOnline { right: Right::Portability, channel: Channel::Email },
             "Data portability by email: if it came from the address on file, sending the answer there discloses nothing to anyone new; otherwise match account details"),
            (S::DisclosesSpoken { right: Right::Access, channel: Channel::Phone },
             "Access by phone: ask questions only the person can answer from the records, never ask for more than is held"),
            (S::DisclosesByLetter { right: Right::Access },
             "Access by letter: a recent bill or statement ties the person to the postal address the answer will go to"),
            (S::InPerson { right: Right::Erasure }, "Erasure in person: look at an identity document (do not copy it)"),
            (S::ChangesOnline { right: Right::Restriction, channel: Channel::Email },
             "Restriction of processing by email: the change cannot be undone, so match account details as well as the address"),
            (S::ChangesSpoken { right: Right::Erasure, channel: Channel::Other },
             "Erasure by other: ask questions only the person can answer from the records"),
            (S::ErasureByLetter { right: Right::Erasure },
             "Erasure by letter: erasure cannot be undone and a letter proves nothing about its sender: an identity document"),
            (S::ChangesByLetter { right: Right::Rectification },
             "Rectification by letter: a recent bill or statement ties the person to the address on file"),
        ];
        for (said, english) in table {
            assert_eq!(said.to_string(), english);
        }
    }

    #[test]
    fn every_consent_source_in_english() {
        let source = |regime, loc| crate::child::consent_age(regime, &Location::parse(loc).unwrap()).source.to_string();
        #[rustfmt::skip]
        let table = [
            (Regime::EuGdpr, "AT", "Austria: Datenschutzgesetz §4(4)"),
            (Regime::EuGdpr, "NL", "GDPR Art. 8(1): 16, no lower age set by the Member State (or the country is not known: the strictest reading)"),
            (Regime::UkGdpr, "GB", "UK: DPA 2018 s.9 (UK GDPR Art. 8(1) read with it)"),
            (Regime::Ccpa, "US-CA", "US: COPPA, 15 U.S.C. §6501(1) (a child is under 13)"),
            (Regime::Lgpd, "BR", "Brazil: LGPD Art. 14 with ECA (Lei 8.069/1990) Art. 2 (a child is under 12)"),
            (Regime::Pipeda, "CA", "Canada: OPC guidance on consent (parental consent under 13)"),
            (Regime::Fadp, "CH", "Switzerland: revFADP sets no age; 16, the highest GDPR age, as the strictest reading"),
            (Regime::Popia, "ZA", "South Africa: POPIA s.1 (a child is under 18) and s.35"),
            (Regime::AuApp, "AU", "Australia: OAIC APP Guidelines B.59 (capacity presumed from 15)"),
        ];
        for (regime, loc, english) in table {
            assert_eq!(source(regime, loc), english, "{regime} {loc}");
        }
    }
}

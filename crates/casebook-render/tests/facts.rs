//! Property: for every letter kind, in every shipped language, and every
//! subset of the optional facts it may need, the letter either goes out with
//! every statement backed by a fact given, or is refused naming a missing
//! fact. Never a placeholder, a list heading with nothing under it, or a list
//! item that did not come from the record.
//!
//! Each optional fact carries a marker ("Mk…") so the text shows where every
//! list item came from. The facts a kind "may need" are found, not listed by
//! hand: those whose removal from the full set changes the letter or refuses
//! it; every other fact is checked to change nothing.

use casebook_core::deadline::{ClockEvents, Deadlines};
use casebook_core::holiday::Calendars;
use casebook_core::processing::action::Did;
use casebook_core::{Channel, Location, Organisation, Regime, Requester, Right};
use casebook_render::{
    ActionFact, CaseFacts, Error, LetterDetails, LetterKind, NotifiedFact, ProcessingRecord, Templates, letter_text,
};

mod common;
use common::{day, letter_input};

/// The optional facts, and what a refusal for each names.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Fact {
    Reason,
    Fee,
    Identity,
    Clarification,
    Extension,
    Processing,
    Notified,
    ComplaintAnswer,
    Appeal,
    /// One action of the log, by its code.
    Did(&'static str),
}

/// The code of every action core knows, so a new one is covered without a change here.
fn dids() -> impl Iterator<Item = &'static str> {
    Did::ALL.iter().map(|d| d.code())
}

fn all_facts() -> Vec<Fact> {
    let mut v = vec![
        Fact::Reason,
        Fact::Fee,
        Fact::Identity,
        Fact::Clarification,
        Fact::Extension,
        Fact::Processing,
        Fact::Notified,
        Fact::ComplaintAnswer,
        Fact::Appeal,
    ];
    v.extend(dids().map(Fact::Did));
    v
}

impl Fact {
    /// Words a refusal for this fact missing contains.
    fn named_by(self) -> &'static [&'static str] {
        match self {
            Fact::Reason => &["reason"],
            Fact::Fee => &["fee"],
            Fact::Identity => &["identity request"],
            Fact::Clarification => &["clarification"],
            Fact::Extension => &["extension"],
            Fact::Processing => &["record of processing"],
            Fact::Notified => &["case notify"],
            Fact::ComplaintAnswer => &["complaint"],
            Fact::Appeal => &["appeal"],
            Fact::Did(_) => &["case action"],
        }
    }

    /// The marker the fact's text carries in the letter.
    fn marker(self) -> String {
        match self {
            Fact::Did(d) => format!("MkSystem-{d}"),
            other => format!("Mk{other:?}"),
        }
    }
}

struct World {
    org: Organisation,
    calendars: Calendars,
    templates: Templates,
}

impl World {
    fn facts(&self, has: &dyn Fn(Fact) -> bool) -> (CaseFacts, LetterDetails, Option<ProcessingRecord>, Deadlines) {
        let m = |f: Fact| has(f).then(|| f.marker());
        let rights = vec![
            Right::Access,
            Right::Erasure,
            Right::Rectification,
            Right::Restriction,
            Right::Objection,
            Right::OptOutOfSale,
            Right::DeactivateAccount,
            Right::CommunicationPreferences,
        ];
        let case = CaseFacts {
            reference: "CB-2026-0001".into(),
            requester: Requester {
                name: "Ada Lovelace".into(),
                emails: vec!["ada@example.org".into()],
                postal_address: Some("1 Main Street\nLondon".into()),
                ..Default::default()
            },
            data_subject: None,
            rights: rights.clone(),
            regime: Regime::EuGdpr,
            location: Location::parse("DE-BY").unwrap(),
            channel: Channel::Email,
            received: day("2026-11-02"),
            identity_asked_for: m(Fact::Identity),
            identity_requested_on: has(Fact::Identity).then(|| day("2026-11-03")),
            clarification_question: m(Fact::Clarification),
            clarification_asked_on: has(Fact::Clarification).then(|| day("2026-11-04")),
            extension_reason: m(Fact::Extension),
            extension_notified_on: has(Fact::Extension).then(|| day("2026-11-20")),
            concerns: None,
            complaint_outcome: has(Fact::ComplaintAnswer).then(|| "upheld".into()),
            complaint_answered_on: has(Fact::ComplaintAnswer).then(|| day("2026-11-25")),
            appeal_received_on: has(Fact::Appeal).then(|| day("2026-11-21")),
            appeal_outcome: has(Fact::Appeal).then(|| "upheld".into()),
            appeal_decided_on: has(Fact::Appeal).then(|| day("2026-11-26")),
        };
        let mut clock = ClockEvents::received(case.received);
        clock.extended = has(Fact::Extension);
        clock.extension_notified_on = case.extension_notified_on;
        let deadlines = common::deadlines(&self.calendars, case.regime, &case.location, &rights, &clock);
        let p = Fact::Processing.marker();
        let processing = has(Fact::Processing).then(|| ProcessingRecord {
            purposes: Some(vec![format!("{p} purpose")]),
            data_categories: Some(vec![format!("{p} category")]),
            recipients: Some(vec![format!("{p} recipient")]),
            retention: Some(format!("{p} retention")),
            sources: Some(vec![format!("{p} source")]),
            automated_decisions: Some(format!("{p} decisions")),
            transfers: Some(format!("{p} transfers")),
        });
        let details = LetterDetails {
            reason: m(Fact::Reason),
            fee: m(Fact::Fee),
            recipients: Vec::new(),
            actions: dids()
                .filter(|d| has(Fact::Did(d)))
                .map(|d| ActionFact {
                    system: Fact::Did(d).marker(),
                    did: d.to_string(),
                    ground: (d == "kept").then(|| "MkGround".into()),
                    detail: (d == "rectified" || d == "preferences-changed").then(|| format!("MkDetail-{d}")),
                })
                .collect(),
            notified: if has(Fact::Notified) {
                vec![NotifiedFact { recipient: Fact::Notified.marker(), on: day("2026-11-22") }]
            } else {
                Vec::new()
            },
        };
        (case, details, processing, deadlines)
    }

    fn render(&self, kind: LetterKind, lang: &str, has: &dyn Fn(Fact) -> bool) -> Result<String, Error> {
        let (case, details, processing, deadlines) = self.facts(has);
        let input = letter_input(kind, lang, &self.org, &case, &deadlines, &details, processing.as_ref());
        letter_text(&input, &self.templates)
    }
}

/// What is wrong with a letter that went out, if anything.
fn unsound(text: &str) -> Option<String> {
    for bad in ["{{", "}}", "{%", "%}", "()", "( )", " .", " ,", "  ", "[]", "undefined"] {
        if text.contains(bad) {
            return Some(format!("contains {bad:?}"));
        }
    }
    if text.split(|c: char| !c.is_alphanumeric()).any(|w| w == "none" || w == "None") {
        return Some("prints an absent value as 'none'".into());
    }
    let lines: Vec<&str> = text.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    for (i, line) in lines.iter().enumerate() {
        // What follows a colon is a list, or a fact quoted on its own line;
        // the salutation (the second line) may end with one, as in Spanish.
        if i != 1
            && line.ends_with(':')
            && !lines.get(i + 1).is_some_and(|next| next.starts_with("- ") || next.contains("Mk"))
        {
            return Some(format!("a list heading with nothing under it: {line:?}"));
        }
        if let Some(item) = line.strip_prefix("- ")
            && !item.contains("Mk")
        {
            return Some(format!("a list item that is not from the record: {item:?}"));
        }
    }
    None
}

#[test]
fn every_letter_states_only_given_facts_or_is_refused_naming_one_missing() {
    let world = World {
        org: Organisation {
            name: "Acme Ltd".into(),
            postal_address: "2 High Street\nLondon".into(),
            dpo_name: "Dee Poe".into(),
            dpo_email: "dpo@acme.example".into(),
            default_regime: Regime::EuGdpr,
            default_location: Location::parse("DE-BY").unwrap(),
            time_zone: "Europe/Berlin".into(),
            verification_process: Default::default(),
        },
        calendars: Calendars::shipped(),
        templates: Templates::default(),
    };
    let facts = all_facts();
    let (mut letters, mut refusals) = (0usize, 0usize);
    for lang in casebook_render::template::SHIPPED_LANGUAGES {
        for &kind in LetterKind::ALL {
            let full = world.render(kind, lang, &|_| true);
            // The facts this kind may need: removing one alone changes the letter.
            let needed: Vec<Fact> = facts
                .iter()
                .copied()
                .filter(|f| {
                    let without = world.render(kind, lang, &|g| g != *f);
                    match (&full, &without) {
                        (Ok(a), Ok(b)) => a != b,
                        (Err(a), Err(b)) => a.to_string() != b.to_string(),
                        _ => true,
                    }
                })
                .collect();
            assert!(needed.len() <= 10, "{lang} {kind}: too many facts to try every subset: {needed:?}");
            // Every other fact changes nothing, even with none of the needed ones.
            let empty = world.render(kind, lang, &|_| false).map_err(|e| e.to_string());
            let only_unneeded = world.render(kind, lang, &|f| !needed.contains(&f)).map_err(|e| e.to_string());
            assert_eq!(empty, only_unneeded, "{lang} {kind}: a fact outside {needed:?} changed the letter");
            let full_text = full.as_ref().map(String::as_str).unwrap_or("");
            for subset in 0u32..(1 << needed.len()) {
                let present: Vec<Fact> =
                    needed.iter().enumerate().filter(|(i, _)| subset & (1 << i) != 0).map(|(_, f)| *f).collect();
                let has = |f: Fact| !needed.contains(&f) || present.contains(&f);
                let absent: Vec<Fact> = needed.iter().copied().filter(|f| !present.contains(f)).collect();
                match world.render(kind, lang, &has) {
                    Ok(text) => {
                        letters += 1;
                        if let Some(why) = unsound(&text) {
                            panic!("{lang} {kind} with {present:?}: {why}\n{text}");
                        }
                        for f in &absent {
                            assert!(!text.contains(&f.marker()), "{lang} {kind}: states {f:?}, not given\n{text}");
                        }
                        // A fact the letter states when it has everything, it states whenever it has it.
                        for f in &present {
                            let m = f.marker();
                            assert!(
                                !full_text.contains(&m) || text.contains(&m),
                                "{lang} {kind} with {present:?}: leaves out {f:?}\n{text}"
                            );
                        }
                    }
                    Err(Error::Missing(fact)) => {
                        let why = fact.to_string();
                        refusals += 1;
                        assert!(
                            absent.iter().any(|f| f.named_by().iter().any(|w| why.contains(w))),
                            "{lang} {kind} without {absent:?}: the refusal names none of them: {why}"
                        );
                    }
                    Err(e) => panic!("{lang} {kind} with {present:?}: {e}"),
                }
            }
        }
    }
    assert!(letters > 100 && refusals > 50, "{letters} letters, {refusals} refusals");
}

//! A stored case's clock, rebuilt from its recorded events: what the
//! deadline engine needs to know, in the order things happened.

use chrono::NaiveDate;

use super::{ClockEffect, ClockEvents, Pause, RegimeRules};
use crate::events::{CaseEventKind, RecordedEvent};
use crate::{Case, Regime, SubjectCategory};

/// The facts of a case its clock depends on besides its events.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClockCase {
    pub regime: Regime,
    pub received: NaiveDate,
    /// The requester is a current or former employee (California's personnel clocks).
    pub employee: bool,
    /// The case is still open; a finished case's clock is stopped.
    pub open: bool,
}

impl ClockCase {
    pub fn of(case: &Case) -> ClockCase {
        ClockCase {
            regime: case.regime,
            received: case.received,
            employee: case.subject_category == Some(SubjectCategory::Employee),
            open: case.status.is_open(),
        }
    }
}

impl ClockEvents {
    /// Replays a case's recorded events, oldest first, into its clock.
    /// Events that do not move the clock (an acknowledgement, a refusal…) are
    /// passed over; what each pause or wait means for each right is the
    /// engine's business ([`super::compute_deadlines`]).
    pub fn replay(case: ClockCase, events: &[RecordedEvent]) -> ClockEvents {
        let mut clock = ClockEvents::received(case.received);
        for e in events {
            match e.kind {
                CaseEventKind::IdentityRequested => {
                    // A new request for evidence starts a new wait.
                    clock.identity_requested = Some(e.on);
                    clock.identity_received = None;
                }
                CaseEventKind::IdentityReceived => clock.identity_received = Some(e.on),
                CaseEventKind::ClarificationAsked => clock.clarifications.push(Pause { from: e.on, to: None }),
                CaseEventKind::ClarificationAnswered => {
                    if let Some(open) = clock.clarifications.iter_mut().rev().find(|p| p.to.is_none()) {
                        open.to = Some(e.on);
                    }
                }
                CaseEventKind::ExtensionTaken => {
                    clock.extended = true;
                    clock.extension_notified_on = e.notified_on;
                }
                CaseEventKind::AppealReceived => clock.appeal_received = Some(e.on),
                _ => {}
            }
        }
        clock.employee = case.employee;
        if RegimeRules::of(case.regime).identity == ClockEffect::Restart {
            fold_fee_into_identity(events, &mut clock);
        }
        clock.waiting_for = ClockWait::of(case.regime, events).waiting_for();
        clock.stopped = !case.open;
        clock
    }
}

/// What a case's clock still waits for from the requester, as its recorded
/// steps leave it: identity evidence (or proof of authority) asked for and
/// not yet arrived; a fee asked for and not yet paid, where a fee holds the
/// clock (where identity restarts it: the UK, Art. 12A; elsewhere a fee
/// does not move the date). A letter says which, so that it never tells a
/// person their identity is in question when only a fee is (it travels as
/// [`ClockEvents::waiting_for`], then `Deadlines::waiting_for`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct ClockWait {
    pub(crate) evidence: bool,
    pub(crate) fee: bool,
}

impl ClockWait {
    /// Replays the events, oldest first: each request is outstanding until
    /// what it asked for arrives; a later request asks again.
    pub(crate) fn of(regime: Regime, events: &[RecordedEvent]) -> ClockWait {
        let fee_holds_the_clock = RegimeRules::of(regime).identity == ClockEffect::Restart;
        let mut wait = ClockWait::default();
        for e in events {
            match e.kind {
                CaseEventKind::IdentityRequested => wait.evidence = true,
                CaseEventKind::IdentityReceived => wait.evidence = false,
                CaseEventKind::FeeRequested => wait.fee = fee_holds_the_clock,
                CaseEventKind::FeePaid => wait.fee = false,
                _ => {}
            }
        }
        wait
    }

    /// What is awaited, as a code; none when nothing is.
    pub(crate) fn waiting_for(self) -> Option<WaitingFor> {
        match (self.evidence, self.fee) {
            (true, true) => Some(WaitingFor::EvidenceAndFee),
            (true, false) => Some(WaitingFor::Evidence),
            (false, true) => Some(WaitingFor::Fee),
            (false, false) => None,
        }
    }
}

crate::code_enum! {
    /// What a clock waiting for the requester waits for ([`ClockWait`]): the
    /// window's and the letters' words for the wait (`identity.awaiting`).
    pub enum WaitingFor as "awaited item" {
        /// Identity evidence, or proof of an agent's authority.
        Evidence = "evidence", "Identity evidence";
        /// A fee (UK GDPR Art. 12A: it holds the clock as evidence does).
        Fee = "fee", "The fee";
        EvidenceAndFee = "evidence-and-fee", "Identity evidence and the fee";
    }
}

/// Where identity restarts the clock (the UK), so does a fee: the period
/// starts on the day the last item asked for arrives (UK GDPR Art. 12A;
/// DPA 2018 s.54; deadlines.md). Folds fee requests and payments into
/// the identity wait the engine knows. Without a fee asked for, nothing changes.
fn fold_fee_into_identity(events: &[RecordedEvent], clock: &mut ClockEvents) {
    if !events.iter().any(|e| e.kind == CaseEventKind::FeeRequested) {
        return;
    }
    let (mut asked, mut got, mut last) = (None, None, None::<NaiveDate>);
    let (mut waiting_id, mut waiting_fee) = (false, false);
    for e in events {
        let (is_ask, is_fee) = match e.kind {
            CaseEventKind::IdentityRequested => (true, false),
            CaseEventKind::FeeRequested => (true, true),
            CaseEventKind::IdentityReceived => (false, false),
            CaseEventKind::FeePaid => (false, true),
            _ => continue,
        };
        if is_ask {
            // A new wait starts only when nothing else is awaited.
            if !waiting_id && !waiting_fee {
                asked = Some(e.on);
                got = None;
                last = None;
            }
            if is_fee { waiting_fee = true } else { waiting_id = true }
        } else {
            if is_fee {
                waiting_fee = false
            } else {
                waiting_id = false
            }
            last = last.max(Some(e.on));
            if !waiting_id && !waiting_fee {
                got = last;
            }
        }
    }
    clock.identity_requested = asked;
    clock.identity_received = got;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deadline::{DeadlinePolicy, compute_deadlines};
    use crate::holiday::Calendars;
    use crate::{Location, Right};
    use CaseEventKind::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn case(regime: Regime) -> ClockCase {
        ClockCase { regime, received: d("2026-03-02"), employee: false, open: true }
    }

    fn events(list: &[(CaseEventKind, &str)]) -> Vec<RecordedEvent> {
        list.iter()
            .map(|&(kind, on)| RecordedEvent { kind, on: d(on), notified_on: (kind == ExtensionTaken).then(|| d(on)) })
            .collect()
    }

    /// What a replay should give: the identity wait, the pauses, the
    /// extension's notice, the appeal.
    #[derive(Default)]
    struct Want {
        asked: Option<&'static str>,
        got: Option<&'static str>,
        pauses: &'static [(&'static str, Option<&'static str>)],
        notified: Option<&'static str>,
        appeal: Option<&'static str>,
        waiting: Option<WaitingFor>,
    }

    #[test]
    fn replay_follows_the_law_of_each_event() {
        let uk = Regime::UkGdpr;
        let eu = Regime::EuGdpr;
        #[rustfmt::skip]
        let table: Vec<(&str, Regime, Vec<RecordedEvent>, Want)> = vec![
            ("UK GDPR Art. 12(3), Art. 12A; DPA 2018 s.54: the period starts when the identity evidence asked for arrives",
             uk, events(&[(IdentityRequested, "2026-03-03"), (IdentityReceived, "2026-03-09")]),
             Want { asked: Some("2026-03-03"), got: Some("2026-03-09"), ..Want::default() }),
            ("UK GDPR Art. 12A; DPA 2018 s.54: a second request for evidence starts a new wait",
             uk, events(&[(IdentityRequested, "2026-03-03"), (IdentityReceived, "2026-03-09"), (IdentityRequested, "2026-03-10")]),
             Want { asked: Some("2026-03-10"), waiting: Some(WaitingFor::Evidence), ..Want::default() }),
            ("UK GDPR Art. 12A; DPA 2018 s.54: with a fee asked for too, the period starts when the last item arrives",
             uk, events(&[(IdentityRequested, "2026-03-03"), (FeeRequested, "2026-03-04"), (IdentityReceived, "2026-03-06"), (FeePaid, "2026-03-11")]),
             Want { asked: Some("2026-03-03"), got: Some("2026-03-11"), ..Want::default() }),
            ("UK GDPR Art. 12A; DPA 2018 s.54: a fee alone restarts the clock when paid",
             uk, events(&[(FeeRequested, "2026-03-04"), (FeePaid, "2026-03-12")]),
             Want { asked: Some("2026-03-04"), got: Some("2026-03-12"), ..Want::default() }),
            ("UK GDPR Art. 12A; DPA 2018 s.54: an unpaid fee keeps the clock waiting though the evidence arrived",
             uk, events(&[(FeeRequested, "2026-03-04"), (IdentityRequested, "2026-03-05"), (IdentityReceived, "2026-03-06")]),
             Want { asked: Some("2026-03-04"), waiting: Some(WaitingFor::Fee), ..Want::default() }),
            ("GDPR Art. 12(3), EDPB Guidelines 01/2022 §159: a fee does not restart the EU clock",
             eu, events(&[(FeeRequested, "2026-03-04"), (FeePaid, "2026-03-12")]),
             Want::default()),
            ("UK GDPR Art. 12A(5): a clarification pauses the clock from the question to the answer (the engine applies it to access only)",
             uk, events(&[(ClarificationAsked, "2026-03-05"), (ClarificationAnswered, "2026-03-10"), (ClarificationAsked, "2026-03-20")]),
             Want { pauses: &[("2026-03-05", Some("2026-03-10")), ("2026-03-20", None)], ..Want::default() }),
            ("UK GDPR Art. 12(3): the extension by two further months, with the day the person was told",
             uk, events(&[(ExtensionTaken, "2026-03-15")]),
             Want { notified: Some("2026-03-15"), ..Want::default() }),
            ("Va. Code §59.1-577(C): an appeal of the answer runs its own clock (60 days)",
             Regime::UsState, events(&[(ResponseSent, "2026-03-20"), (AppealReceived, "2026-03-25")]),
             Want { appeal: Some("2026-03-25"), ..Want::default() }),
            ("steps that do not touch the clock leave it as received",
             uk, events(&[(Acknowledged, "2026-03-02"), (IdentityChecked, "2026-03-03"), (Refused, "2026-03-04"), (Withdrawn, "2026-03-05")]),
             Want::default()),
        ];
        for (source, regime, events, want) in table {
            let got = ClockEvents::replay(case(regime), &events);
            let mut expected = ClockEvents::received(d("2026-03-02"));
            expected.identity_requested = want.asked.map(d);
            expected.identity_received = want.got.map(d);
            expected.clarifications =
                want.pauses.iter().map(|&(from, to)| Pause { from: d(from), to: to.map(d) }).collect();
            expected.extended = want.notified.is_some();
            expected.extension_notified_on = want.notified.map(d);
            expected.appeal_received = want.appeal.map(d);
            expected.waiting_for = want.waiting;
            assert_eq!(got, expected, "{source}");
        }
    }

    #[test]
    fn replay_carries_the_case_facts() {
        let closed_employee = ClockCase { employee: true, open: false, ..case(Regime::Ccpa) };
        let clock = ClockEvents::replay(closed_employee, &[]);
        assert!(clock.employee && clock.stopped, "{clock:?}");
        let clock = ClockEvents::replay(case(Regime::Ccpa), &[]);
        assert!(!clock.employee && !clock.stopped, "{clock:?}");
    }

    /// UK GDPR Art. 12A(5): the replayed pause moves the access date only; an
    /// erasure asked in the same request keeps its month.
    #[test]
    fn a_replayed_clarification_pauses_access_only_in_the_uk() {
        let events = events(&[(ClarificationAsked, "2026-03-05"), (ClarificationAnswered, "2026-03-15")]);
        let clock = ClockEvents::replay(case(Regime::UkGdpr), &events);
        let location = Location::parse("GB-ENG").unwrap();
        let dates = compute_deadlines(
            Regime::UkGdpr,
            &location,
            &[Right::Access, Right::Erasure],
            &clock,
            &DeadlinePolicy::default(),
            &Calendars::shipped(),
            d("2026-03-16"),
        )
        .unwrap();
        let due = |r: Right| dates.rights.iter().find(|x| x.right == r).and_then(|x| x.due).unwrap();
        assert_eq!(due(Right::Erasure), d("2026-04-02"), "a month from receipt");
        assert_eq!(due(Right::Access), d("2026-04-13"), "a month plus the 11 days paused");
    }

    #[test]
    fn what_is_awaited_is_what_was_asked_for_and_has_not_arrived() {
        #[rustfmt::skip]
        let table: Vec<(&str, Vec<RecordedEvent>, ClockWait)> = vec![
            ("nothing asked for", events(&[(Acknowledged, "2026-03-02")]), ClockWait::default()),
            ("GDPR Art. 12(3), EDPB Guidelines 01/2022 §159: an EU fee does not hold the clock, so it is not what the clock awaits",
             events(&[(IdentityRequested, "2026-03-03"), (FeeRequested, "2026-03-04")]), ClockWait { evidence: true, fee: false }),
            ("UK GDPR Art. 12A(2)(a): evidence asked for, not arrived",
             events(&[(IdentityRequested, "2026-03-03")]), ClockWait { evidence: true, fee: false }),
            ("UK GDPR Art. 12A(2)(b): a fee alone, unpaid: the evidence is not in question",
             events(&[(FeeRequested, "2026-03-04")]), ClockWait { evidence: false, fee: true }),
            ("both asked for, the evidence arrived: the fee is still awaited",
             events(&[(IdentityRequested, "2026-03-03"), (FeeRequested, "2026-03-04"), (IdentityReceived, "2026-03-06")]),
             ClockWait { evidence: false, fee: true }),
            ("both asked for, neither arrived",
             events(&[(FeeRequested, "2026-03-04"), (IdentityRequested, "2026-03-05")]), ClockWait { evidence: true, fee: true }),
            ("the fee paid and the evidence asked for again",
             events(&[(FeeRequested, "2026-03-04"), (FeePaid, "2026-03-05"), (IdentityRequested, "2026-03-06"), (IdentityReceived, "2026-03-07"), (IdentityRequested, "2026-03-09")]),
             ClockWait { evidence: true, fee: false }),
        ];
        for (source, events, want) in table {
            let regime = if source.starts_with("GDPR") { Regime::EuGdpr } else { Regime::UkGdpr };
            assert_eq!(ClockWait::of(regime, &events), want, "{source}");
        }
        let codes = [(true, true), (true, false), (false, true), (false, false)]
            .map(|(evidence, fee)| ClockWait { evidence, fee }.waiting_for().map(WaitingFor::code));
        assert_eq!(codes, [Some("evidence-and-fee"), Some("evidence"), Some("fee"), None]);
    }
}

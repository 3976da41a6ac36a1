//! The engine: one regime's rules applied to one case's events.

use std::borrow::Cow;

use chrono::NaiveDate;

use super::arithmetic::{
    add_business_days_explained, add_days, add_days_explained, add_months_explained, roll_forward,
    roll_forward_explained,
};
use super::law::{self, RefusalDue};
use super::regime::{CalendarUse, ClockEffect, Extension, InForce, Period, RegimeRules};
use super::said::WEEKENDS_ONLY;
use super::{
    Clock, ClockEvents, DeadlineError, DeadlinePolicy, Deadlines, DeadlinesSaid, LawInForce, LawRef, PauseCause,
    RelatedDeadline, RightDeadline, Said, StateAuthentication, WaitingFor, validate_events,
};
use crate::holiday::{Calendar, Calendars, Rules, is_eu_eea, is_weekend};
use crate::identity::verification_rule;
use crate::{Location, Regime, Right};

/// A stretch of days the clock does not count.
#[derive(Debug, Clone)]
struct Span {
    from: NaiveDate,
    to: NaiveDate,
    open: bool,
    /// What the clock waits for, in the order the merged pauses began.
    causes: Vec<PauseCause>,
    /// Includes a clarification pause.
    clarifies: bool,
    /// The identity part of a merged span, if any, to keep when clarifications do not count.
    identity: Option<(NaiveDate, NaiveDate, bool)>,
}

impl Span {
    /// The span as it stands for a right a clarification does not pause.
    fn without_clarification(&self) -> Option<Span> {
        if !self.clarifies {
            return Some(self.clone());
        }
        let (from, to, open) = self.identity?;
        Some(Span { from, to, open, causes: vec![PauseCause::IdentityVerification], clarifies: false, identity: None })
    }
}

/// Every deadline of a case. See deadlines.md for the rules; the result
/// explains each date in `steps`: each way out words the sentences in `said`
/// into their English (`Deadlines::worded`).
pub fn compute_deadlines(
    regime: Regime,
    location: &Location,
    rights: &[Right],
    events: &ClockEvents,
    policy: &DeadlinePolicy,
    calendars: &Calendars,
    today: NaiveDate,
) -> Result<Deadlines, DeadlineError> {
    validate_events(events)?;
    let wanted = distinct_rights(rights)?;
    let received = events.received;
    let rules = match RegimeRules::in_force(regime, location, received)? {
        InForce::Rules(rules) => rules,
        InForce::NotYet { law, from, source } => {
            return not_yet(regime, &wanted, events, law, from, source).map(Deadlines::worded);
        }
    };
    let mut notes = Vec::new();
    let calendar = choose_calendar(&rules, location, policy, calendars, &mut notes)?;
    let cal = calendar.as_deref();
    let law = law_in_force(&rules, received);
    let mut pre = received_steps(regime, received, &law);
    let ahead = going_ahead(regime, &rules, &wanted, events);
    let start = identity_start(regime, &rules, events, &mut pre);
    if start.is_none() && ahead.is_empty() {
        let mut d = waiting(regime, &wanted, pre, events, cal, notes, law);
        add_complaint(&mut d, &rules, events, location, calendars)?;
        return Ok(d.worded());
    }
    let engine =
        Engine { regime, rules, location, events, policy, calendars, cal, wanted: &wanted, start, ahead, today };
    engine.deadlines(pre, notes, law).map(Deadlines::worded)
}

/// The rights asked for, each once, in the order they were first asked for.
fn distinct_rights(rights: &[Right]) -> Result<Vec<Right>, DeadlineError> {
    let mut wanted: Vec<Right> = Vec::new();
    for r in rights {
        if !wanted.contains(r) {
            wanted.push(*r);
        }
    }
    if wanted.is_empty() {
        return Err(DeadlineError::NoRights);
    }
    Ok(wanted)
}

/// The rights of a case whose clock identity evidence would move (it was asked
/// for, and the regime pauses or restarts for it) that go ahead while it is
/// awaited ([`verification_rule`]): asking for identity does not move their dates.
fn going_ahead(regime: Regime, rules: &RegimeRules, wanted: &[Right], events: &ClockEvents) -> Vec<Right> {
    if events.identity_requested.is_none() || rules.identity == ClockEffect::Nothing {
        return Vec::new();
    }
    wanted.iter().copied().filter(|&r| !verification_rule(regime, r).waits).collect()
}

/// The first steps of every date: the day of receipt and, where a later version
/// of the law exists, the version that applied.
fn received_steps(regime: Regime, received: NaiveDate, law: &LawInForce) -> Vec<Said> {
    let mut pre = vec![Said::Received { on: received }];
    // Name the version in the steps where it matters: a later one did not yet apply.
    if law::version_on(regime, received).is_some_and(|(_, _, next)| next.is_some()) {
        pre.push(law.said.clone());
    }
    pre
}

/// The day the clock starts, after identity evidence: a restart (UK), a pause
/// (EU, added to the spans by [`pauses`]) or nothing. `None` while UK identity
/// evidence is awaited: there is no due date until it arrives.
fn identity_start(regime: Regime, rules: &RegimeRules, events: &ClockEvents, pre: &mut Vec<Said>) -> Option<NaiveDate> {
    let start = match (rules.identity, events.identity_requested, events.identity_received) {
        (ClockEffect::Restart, Some(asked), None) => {
            pre.push(Said::IdentityAwaited { asked, waiting_for: events.waiting_for.unwrap_or(WaitingFor::Evidence) });
            return None;
        }
        (ClockEffect::Restart, Some(asked), Some(got)) => {
            pre.push(Said::IdentityAsked { asked });
            pre.push(Said::ClockRestarted { on: got });
            got
        }
        (ClockEffect::Nothing, Some(asked), _) => {
            let authentication = rules
                .state
                .map(|s| StateAuthentication { state: s.state.to_string(), rule: s.authentication.to_string() });
            pre.push(Said::IdentityRunsOn { asked, regime, authentication });
            events.received
        }
        _ => events.received,
    };
    Some(start)
}

/// The spans that count for `right`, and why they differ from the case's, if they do.
/// UK GDPR Art. 12A(5): a clarification stops the clock only for access.
fn spans_for<'s>(
    rules: &RegimeRules,
    right: Right,
    spans: &'s [Span],
    without_clarification: &'s [Span],
) -> (&'s [Span], Option<Said>) {
    if rules.clarification_access_only && right != Right::Access && spans.iter().any(|s| s.clarifies) {
        (without_clarification, Some(Said::ClarificationAccessOnly { right }))
    } else {
        (spans, None)
    }
}

/// The rights' periods: the statutory ones computed, those the statute does
/// not know, and those with no date while identity evidence is awaited.
type RightPeriods = (Vec<Computed>, Vec<RightDeadline>, Vec<RightDeadline>);

/// One statutory right's own period, unextended, and extended where the extension covers it.
struct Computed {
    right: Right,
    due: NaiveDate,
    steps: Vec<Said>,
    extended: Option<(NaiveDate, Vec<Said>)>,
    /// Notes of the extended period (a weekend end): said only where the extension is taken.
    extension_notes: Vec<Said>,
}

/// The extension over the rights it covers: when the person must be told, and the safe date.
struct ExtensionOffer {
    notice_by: Option<NaiveDate>,
    steps: Vec<Said>,
    due: Option<NaiveDate>,
}

/// One computation once the rules in force, the calendar and the clock's start are known.
struct Engine<'a> {
    regime: Regime,
    rules: RegimeRules,
    location: &'a Location,
    events: &'a ClockEvents,
    policy: &'a DeadlinePolicy,
    calendars: &'a Calendars,
    cal: Option<&'a Calendar>,
    /// The rights asked for, each once, in the order asked.
    wanted: &'a [Right],
    /// The day the clock of the rights that wait for identity starts; `None`
    /// while identity evidence that restarts it is awaited.
    start: Option<NaiveDate>,
    /// The rights that go ahead while identity is awaited: their clock starts on
    /// receipt and no identity pause counts for them ([`going_ahead`]).
    ahead: Vec<Right>,
    today: NaiveDate,
}

/// How the rights of one group see the clock: its start (none while
/// identity is awaited), the steps before their own and the pauses that count.
struct View {
    start: Option<NaiveDate>,
    pre: Vec<Said>,
    spans: Vec<Span>,
    without_clarification: Vec<Span>,
}

impl View {
    fn new(start: Option<NaiveDate>, pre: Vec<Said>, spans: Vec<Span>) -> View {
        let without_clarification = spans.iter().filter_map(Span::without_clarification).collect();
        View { start, pre, spans, without_clarification }
    }
}

impl Engine<'_> {
    /// The case's dates: `pre` are the steps every date begins with, `notes` the notes so far.
    fn deadlines(&self, mut pre: Vec<Said>, mut notes: Vec<Said>, law: LawInForce) -> Result<Deadlines, DeadlineError> {
        let received = self.events.received;
        let spans = pauses(&self.rules, self.events, self.start.unwrap_or(received), self.today, &mut pre);
        let waits = View::new(self.start, pre, spans);
        // The rights that go ahead: from receipt, as if identity had not been asked for.
        let mut ahead_pre = received_steps(self.regime, received, &law);
        let no_identity = ClockEvents { identity_requested: None, identity_received: None, ..self.events.clone() };
        let ahead_spans = pauses(&self.rules, &no_identity, received, self.today, &mut ahead_pre);
        let ahead = View::new(Some(received), ahead_pre, ahead_spans);
        let (computed, unstatutory, awaiting) = self.right_periods(&waits, &ahead, &mut notes)?;
        // The case's clock and start are those of the rights that wait, where any does.
        let any_waits = self.wanted.iter().any(|r| !self.ahead.contains(r));
        let (start, spans) = if any_waits { (self.start, &waits.spans) } else { (Some(received), &ahead.spans) };
        let offer = self.extension(&computed, &mut notes);
        let extended = self.events.extended && offer.due.is_some();
        // The extended date's notes (its end on a weekend) only where the extension is taken.
        if extended {
            for n in computed.iter().flat_map(|c| &c.extension_notes) {
                if !notes.contains(n) {
                    notes.push(n.clone());
                }
            }
        }
        let (refuse_by, refuse_steps) =
            refusal(&self.rules, &computed.iter().map(|c| (c.due, &c.steps)).collect::<Vec<_>>());
        let statutory = settle(computed, extended);
        let (due, steps) = case_due(&statutory, &unstatutory)?;
        // Each right in the order it was asked for.
        let mut right_deadlines: Vec<RightDeadline> = statutory;
        right_deadlines.extend(unstatutory);
        right_deadlines.extend(awaiting);
        right_deadlines.sort_by_key(|r| self.wanted.iter().position(|w| *w == r.right));

        let (acknowledge_by, acknowledge_steps) =
            acknowledgement(&self.rules, self.wanted, self.events.received, self.cal)?;
        let (house_target, house_target_steps) =
            house_target(self.policy, self.regime, self.start.unwrap_or(received))?;
        let days_left = due.filter(|_| !self.events.stopped).map(|d| (d - self.today).num_days());
        if due.is_some() && right_deadlines.iter().all(|r| !self.rules.statutory(r.right)) {
            notes.push(Said::HouseTargetIsDue { regime: self.regime });
        }
        let clock = self.clock(start, spans);
        let out = Deadlines {
            due,
            extended_due: offer.due.filter(|_| extended),
            extension_notice_by: offer.notice_by,
            acknowledge_by,
            house_target,
            clock,
            waiting_for: waiting_for(clock, self.events),
            start,
            days_left,
            calendar: self.cal.map(|c| c.id().to_string()),
            rights: right_deadlines,
            refuse_by: refuse_by.filter(|r| Some(*r) != due),
            said: DeadlinesSaid {
                steps,
                extension_steps: offer.steps,
                acknowledge_steps,
                house_target_steps,
                notes,
                refuse_steps,
                ..DeadlinesSaid::default()
            },
            ..undated(self.regime, Clock::Running, law)
        };
        self.finish(out)
    }

    /// The dates beside the response's: the appeal, the complaint and the related clocks.
    fn finish(&self, mut out: Deadlines) -> Result<Deadlines, DeadlineError> {
        if out.refuse_by.is_none() {
            out.said.refuse_steps.clear();
        }
        add_appeal(&mut out, &self.rules, self.events)?;
        add_complaint(&mut out, &self.rules, self.events, self.location, self.calendars)?;
        add_related(&mut out, &self.rules, self.wanted, self.events)?;
        dedup(&mut out.said.notes);
        Ok(out)
    }

    /// Each right's period: the statutory ones computed, those the statute
    /// does not know given the house target, said to be one, or no date,
    /// and those still waiting for identity evidence that restarts their clock (no date).
    fn right_periods(&self, waits: &View, ahead: &View, notes: &mut Vec<Said>) -> Result<RightPeriods, DeadlineError> {
        let mut computed: Vec<Computed> = Vec::new();
        let mut unstatutory: Vec<RightDeadline> = Vec::new();
        let mut undated: Vec<RightDeadline> = Vec::new();
        for &right in self.wanted {
            let goes_ahead = self.ahead.contains(&right);
            let view = if goes_ahead { ahead } else { waits };
            let mut pre = view.pre.clone();
            if goes_ahead {
                let ground = verification_rule(self.regime, right).ground;
                pre.push(Said::GoesAheadWithoutIdentity { right, ground });
            }
            let Some(start) = view.start else {
                undated.push(RightDeadline::new(right, None, pre));
                continue;
            };
            if self.rules.statutory(right) {
                let (spans, why) = spans_for(&self.rules, right, &view.spans, &view.without_clarification);
                pre.extend(why);
                computed.push(self.statutory_period(right, start, pre, spans, notes)?);
            } else {
                unstatutory.push(self.unstatutory_target(right, start, &pre)?);
            }
        }
        Ok((computed, unstatutory, undated))
    }

    /// A right the statute does not know: the house target, said to be one, or no date.
    fn unstatutory_target(&self, right: Right, start: NaiveDate, pre: &[Said]) -> Result<RightDeadline, DeadlineError> {
        let mut steps = vec![self.rules.no_statute_reason(right)];
        steps.extend(pre.iter().cloned());
        let (target, target_steps) = house_target(self.policy, self.regime, start)?;
        match target {
            Some(on) => {
                steps.extend(target_steps);
                steps.push(Said::HouseTargetOnly { on });
            }
            None => steps.push(Said::NoHouseTarget { regime: self.regime }),
        }
        Ok(RightDeadline::new(right, target, steps))
    }

    /// A statutory right's own period, unextended, and extended where the extension covers it.
    fn statutory_period(
        &self,
        right: Right,
        start: NaiveDate,
        pre_right: Vec<Said>,
        spans: &[Span],
        notes: &mut Vec<Said>,
    ) -> Result<Computed, DeadlineError> {
        let rules = &self.rules;
        let mut steps = vec![rules.period_reason(right)];
        steps.extend(pre_right.iter().cloned());
        // CAN-SPAM counts federal business days, whatever the state's holidays.
        let right_cal = if rules.can_spam(right) { self.calendars.get("us").or(self.cal) } else { self.cal };
        let due = period_end(rules, rules.period(right), start, spans, right_cal, &mut steps, notes)?;
        let mut extension_notes = Vec::new();
        let extended = if rules.extends(right) {
            Some(self.extended_period(pre_right, start, due, spans, &mut extension_notes)?)
        } else {
            None
        };
        Ok(Computed { right, due, steps, extended, extension_notes })
    }

    /// The extended period of a right the extension covers, from the steps before its own.
    fn extended_period(
        &self,
        mut ext_steps: Vec<Said>,
        start: NaiveDate,
        due: NaiveDate,
        spans: &[Span],
        extension_notes: &mut Vec<Said>,
    ) -> Result<(NaiveDate, Vec<Said>), DeadlineError> {
        let rules = &self.rules;
        let (received, cal) = (self.events.received, self.cal);
        let ext = match rules.extension {
            Extension::MonthsFromStart(n) => {
                ext_steps.push(Said::ExtensionMonths { months: n, start });
                period_end(rules, Period::Months(n), start, spans, cal, &mut ext_steps, extension_notes)?
            }
            Extension::DaysFromReceived(n) => {
                ext_steps.push(extension_words(rules, n));
                period_end(rules, Period::Days(n), received, spans, cal, &mut ext_steps, extension_notes)?
            }
            Extension::None => due,
        };
        Ok((ext, ext_steps))
    }

    /// The extension: the notice is due before the earliest unextended date it
    /// covers, and its date is the earliest extended one (the safe one).
    fn extension(&self, computed: &[Computed], notes: &mut Vec<Said>) -> ExtensionOffer {
        let events = self.events;
        let notice_by = computed.iter().filter(|c| c.extended.is_some()).map(|c| c.due).min();
        let mut steps = Vec::new();
        let mut due = None;
        if let Some(notice_by) = notice_by {
            if !events.extended {
                steps.push(Said::ExtensionNotice { by: notice_by });
            }
            // The earliest extended date over the rights it covers: the safe one.
            if let Some((ext, ext_steps)) = computed.iter().filter_map(|c| c.extended.as_ref()).min_by_key(|(d, _)| *d)
            {
                steps.extend(ext_steps.iter().cloned());
                due = Some(*ext);
            }
            check_notice(events, notice_by, notes);
        } else if events.extended {
            notes.push(Said::NoExtension { regime: self.regime });
        }
        ExtensionOffer { notice_by, steps, due }
    }

    /// Whether the clock is stopped, paused today, or running.
    fn clock(&self, start: Option<NaiveDate>, spans: &[Span]) -> Clock {
        let today = self.today;
        if self.events.stopped {
            Clock::Stopped
        } else if start.is_none() {
            Clock::WaitingForIdentity
        } else if spans.iter().any(|s| s.open || (s.from <= today && today <= s.to)) {
            Clock::Paused
        } else {
            Clock::Running
        }
    }
}

/// Each statutory right's date: the extended one where the extension is taken.
fn settle(computed: Vec<Computed>, extended: bool) -> Vec<RightDeadline> {
    computed
        .into_iter()
        .map(|c| match c.extended {
            Some((ext, steps)) if extended => RightDeadline::new(c.right, Some(ext), steps),
            _ => RightDeadline::new(c.right, Some(c.due), c.steps),
        })
        .collect()
}

/// The case's date and its steps: the earliest statutory date; a house target
/// stands in only where no right of the case has one.
fn case_due(
    statutory: &[RightDeadline],
    unstatutory: &[RightDeadline],
) -> Result<(Option<NaiveDate>, Vec<Said>), DeadlineError> {
    let earliest = statutory
        .iter()
        .filter(|r| r.due.is_some())
        .min_by_key(|r| r.due)
        .or_else(|| unstatutory.iter().filter(|r| r.due.is_some()).min_by_key(|r| r.due))
        .or_else(|| unstatutory.first())
        .ok_or(DeadlineError::NoRights)?;
    Ok((earliest.due, earliest.said.clone()))
}

/// "extension: 90 days from receipt" with the statute where it has its own.
fn extension_words(rules: &RegimeRules, n: u32) -> Said {
    match rules.state {
        Some(s) => Said::ExtensionState {
            extra_days: s.extension_days,
            days: n,
            first_days: s.period_days,
            section: s.extension_section.to_string(),
            read: s.period_read,
        },
        None => Said::ExtensionDays { days: n },
    }
}

/// The version of the law the dates come from, and why it is that one.
fn law_in_force(rules: &RegimeRules, received: NaiveDate) -> LawInForce {
    let v = rules.version;
    let (id, name) = match rules.state {
        Some(s) => (format!("us-{}", s.code.to_ascii_lowercase()), s.name()),
        None => (v.id.to_string(), v.name.to_string()),
    };
    let next = law::version_on(rules.regime, received).and_then(|(_, _, next)| next);
    let (law, source) = (LawRef { id: id.clone(), name: name.clone() }, v.source.to_string());
    let why = match next {
        Some(next) => Said::RulesBeforeNext {
            received,
            next: LawRef { id: next.id.to_string(), name: next.name.to_string() },
            next_from: next.in_force_from,
            law,
            source,
        },
        None => Said::RulesInForce { received, from: v.in_force_from, law, source },
    };
    LawInForce::new(id, name, (v.in_force_from, v.in_force_until), v.source.to_string(), why)
}

/// The last day for a refusal where the law sets it apart from the response.
fn refusal(rules: &RegimeRules, unextended: &[(NaiveDate, &Vec<Said>)]) -> (Option<NaiveDate>, Vec<Said>) {
    let source = match rules.refusal {
        RefusalDue::UnextendedPeriod(source) => source,
        RefusalDue::ApplicablePeriod(_) | RefusalDue::SameAsResponse => return (None, Vec::new()),
    };
    let Some((by, steps)) = unextended.iter().min_by_key(|(d, _)| *d) else {
        return (None, Vec::new());
    };
    let source = if source.is_empty() { rules.source } else { source };
    let mut out = vec![Said::RefusalWithoutExtension { source: source.to_string() }];
    out.extend(steps.iter().cloned());
    out.push(Said::RefuseBy { by: *by });
    (Some(*by), out)
}

fn add_appeal(out: &mut Deadlines, rules: &RegimeRules, events: &ClockEvents) -> Result<(), DeadlineError> {
    let Some(on) = events.appeal_received else {
        return Ok(());
    };
    let Some(appeal) = rules.appeal else {
        let law = rules.state.map(|s| s.name()).unwrap_or_else(|| rules.regime.label().into());
        return Err(DeadlineError::Appeal(format!("{law} gives the consumer no appeal to the controller")));
    };
    if on < events.received {
        return Err(DeadlineError::Appeal(format!(
            "the appeal on {on} is before the request was received on {}",
            events.received
        )));
    }
    let mut steps = vec![Said::AppealReceived {
        on,
        days: appeal.days,
        section: appeal.section.to_string(),
        read: appeal.days_read,
    }];
    let due = add_days_explained(on, appeal.days, &mut steps)?;
    steps.push(Said::AppealDue { on: due });
    if let Some(extra) = appeal.extension_days {
        let ext = add_days(due, i64::from(extra))
            .ok_or_else(|| DeadlineError::OutOfRange { what: format!("{due} + {extra} days") })?;
        steps.push(Said::AppealExtension {
            extra_days: extra,
            first_days: appeal.days,
            to: ext,
            read: appeal.extension_read,
        });
        out.appeal_extended_due = Some(ext);
    }
    if appeal.attorney_general {
        steps.push(Said::AppealAttorneyGeneral);
    }
    out.appeal_due = Some(due);
    out.said.appeal_steps = steps;
    Ok(())
}

fn add_complaint(
    out: &mut Deadlines,
    rules: &RegimeRules,
    events: &ClockEvents,
    location: &Location,
    calendars: &Calendars,
) -> Result<(), DeadlineError> {
    let Some(on) = events.complaint_received else {
        return Ok(());
    };
    if rules.regime != Regime::UkGdpr {
        return Err(DeadlineError::Complaint(format!(
            "a complaint to the controller with a duty to acknowledge it is a UK rule (DPA 2018 s.164A); {} has none",
            rules.regime.label()
        )));
    }
    complaints_law_applies(on)?;
    if on < events.received {
        return Err(DeadlineError::Complaint(format!(
            "the complaint on {on} is before the request it concerns was received on {}",
            events.received
        )));
    }
    let (by, steps) = complaint_acknowledgement(location, on, calendars)?;
    out.complaint_acknowledge_by = Some(by);
    out.said.complaint_steps = steps;
    Ok(())
}

/// Refuses a complaint received before DPA 2018 s.164A applied: it has no
/// statutory acknowledgement date.
fn complaints_law_applies(on: NaiveDate) -> Result<(), DeadlineError> {
    let from = law::UK_COMPLAINTS.in_force_from;
    if on < from {
        return Err(DeadlineError::Complaint(format!(
            "the complaint on {on} is before DPA 2018 s.164A applied on {from}: there is no statutory acknowledgement date"
        )));
    }
    Ok(())
}

/// The day a UK complaint must be acknowledged, with its steps.
fn complaint_acknowledgement(
    location: &Location,
    on: NaiveDate,
    calendars: &Calendars,
) -> Result<(NaiveDate, Vec<Said>), DeadlineError> {
    let rule = law::UK_COMPLAINTS;
    let choice = calendars.for_location(location)?;
    let mut steps = vec![Said::ComplaintReceived { on, days: rule.acknowledge_days, source: rule.source.to_string() }];
    let end = add_days_explained(on, rule.acknowledge_days, &mut steps)?;
    let by = roll_forward_explained(end, &choice.calendar, &mut steps)?;
    steps.push(Said::AcknowledgeComplaintBy { by });
    Ok((by, steps))
}

/// The dates of a complaint case (UK DPA 2018 s.164A): acknowledge within 30
/// days; the answer is due "without undue delay", a duty with no fixed date.
/// The dates of a complaint to the controller (UK DPA 2018 s.164A) received on
/// `received`: acknowledge within 30 days (the due date until it is
/// acknowledged), then answer without undue delay.
pub fn complaint_deadlines(
    location: &Location,
    received: NaiveDate,
    acknowledged: Option<NaiveDate>,
    stopped: bool,
    calendars: &Calendars,
    today: NaiveDate,
) -> Result<Deadlines, DeadlineError> {
    let rule = law::UK_COMPLAINTS;
    if location.country() != "GB" {
        return Err(DeadlineError::Complaint(format!(
            "a complaint to the controller under DPA 2018 s.164A needs a UK location (GB, GB-ENG, GB-SCT, GB-WLS, GB-NIR), not '{location}'"
        )));
    }
    complaints_law_applies(received)?;
    let (by, steps) = complaint_acknowledgement(location, received, calendars)?;
    let law = LawInForce::new(
        rule.id.into(),
        rule.name.into(),
        (rule.in_force_from, None),
        rule.source.into(),
        Said::ComplaintRulesInForce { received, from: rule.in_force_from },
    );
    let mut notes = Vec::new();
    if let Some(on) = acknowledged {
        notes.push(if on <= by {
            Said::ComplaintAcknowledged { on, days: rule.acknowledge_days }
        } else {
            Said::ComplaintAcknowledgedLate { on, by }
        });
    }
    let due = if acknowledged.is_some() || stopped { None } else { Some(by) };
    let clock = if stopped { Clock::Stopped } else { Clock::Running };
    let d = Deadlines {
        due,
        acknowledge_by: Some(by),
        start: Some(received),
        days_left: due.map(|d| (d - today).num_days()),
        complaint_acknowledge_by: Some(by),
        said: DeadlinesSaid {
            steps: steps.clone(),
            acknowledge_steps: steps.clone(),
            notes,
            complaint_steps: steps,
            ..DeadlinesSaid::default()
        },
        ..undated(Regime::UkGdpr, clock, law)
    };
    Ok(d.worded())
}

fn add_related(
    out: &mut Deadlines,
    rules: &RegimeRules,
    rights: &[Right],
    events: &ClockEvents,
) -> Result<(), DeadlineError> {
    if rules.regime != Regime::Ccpa || !events.employee || !rights.contains(&Right::Access) {
        return Ok(());
    }
    for rule in law::CA_EMPLOYEE_RECORDS {
        let mut steps = vec![
            Said::EmployeeRecords { record: rule.record, source: rule.source.to_string() },
            Said::Received { on: events.received },
        ];
        let due = add_days_explained(events.received, rule.days, &mut steps)?;
        steps.push(Said::RecordsDue { record: rule.record, on: due });
        out.related.push(RelatedDeadline::new(rule.what.to_string(), due, rule.source.to_string(), steps));
    }
    Ok(())
}

/// A US state law not yet in force on the day of receipt: no statutory date, saying so.
fn not_yet(
    regime: Regime,
    rights: &[Right],
    events: &ClockEvents,
    law: String,
    from: NaiveDate,
    source: &'static str,
) -> Result<Deadlines, DeadlineError> {
    if events.appeal_received.is_some() {
        return Err(DeadlineError::Appeal(format!("{law} did not apply to this request (in force from {from})")));
    }
    if events.complaint_received.is_some() {
        // The same refusal as for a state law in force: the duty is the UK's alone.
        return Err(DeadlineError::Complaint(format!(
            "a complaint to the controller with a duty to acknowledge it is a UK rule (DPA 2018 s.164A); {} has none",
            regime.label()
        )));
    }
    let why = Said::NotYetInForce { received: events.received, law: law.clone(), from };
    let steps = vec![Said::Received { on: events.received }, why.clone()];
    let law = LawInForce::new(LawInForce::NOT_YET_IN_FORCE.into(), law, (from, None), source.into(), why.clone());
    let mut d = waiting(regime, rights, steps, events, None, vec![why], law);
    d.clock = if events.stopped { Clock::Stopped } else { Clock::Running };
    Ok(d)
}

fn dedup(notes: &mut Vec<Said>) {
    let mut seen = Vec::new();
    notes.retain(|n| {
        let new = !seen.contains(n);
        seen.push(n.clone());
        new
    });
}

fn choose_calendar<'a>(
    rules: &RegimeRules,
    location: &Location,
    policy: &DeadlinePolicy,
    calendars: &'a Calendars,
    notes: &mut Vec<Said>,
) -> Result<Option<Cow<'a, Calendar>>, DeadlineError> {
    let unusable = |reason: &str| DeadlineError::LocationNotUsable {
        regime: rules.regime,
        location: location.to_string(),
        reason: reason.to_string(),
    };
    match rules.calendar {
        CalendarUse::None => Ok(None),
        CalendarUse::UsFederal => {
            let (id, name, rules) = if policy.california_state_holidays {
                ("us-ca", "United States (federal and California state holidays)", Rules::UsCalifornia)
            } else {
                ("us", "United States (federal holidays)", Rules::UsFederal)
            };
            Ok(Some(match calendars.get(id) {
                Some(cal) => Cow::Borrowed(cal),
                None => Cow::Owned(Calendar::from_rules(id, name, rules)),
            }))
        }
        CalendarUse::UkDivision | CalendarUse::EuMemberState => {
            if rules.calendar == CalendarUse::UkDivision && location.country() != "GB" {
                return Err(unusable(
                    "UK GDPR periods roll past the bank holidays of a UK division, so the location must be GB, GB-ENG, GB-WLS, GB-SCT or GB-NIR",
                ));
            }
            if rules.calendar == CalendarUse::EuMemberState && !is_eu_eea(location) {
                return Err(unusable(
                    "EU GDPR periods roll past the public holidays of the EU/EEA Member State where the controller acts, so give that State (e.g. FR, DE-BY, IE)",
                ));
            }
            let choice = calendars.for_location(location)?;
            notes.extend(choice.note.map(|note| Said::Calendar { note }));
            Ok(Some(choice.calendar))
        }
    }
}

/// The pauses that count, clipped to the start and merged where they overlap.
fn pauses(
    rules: &RegimeRules,
    events: &ClockEvents,
    start: NaiveDate,
    today: NaiveDate,
    pre: &mut Vec<Said>,
) -> Vec<Span> {
    let mut spans = Vec::new();
    let open_until = |from: NaiveDate| today.max(from);
    if rules.clarification == ClockEffect::Pause {
        for c in &events.clarifications {
            let to = c.to.unwrap_or_else(|| open_until(c.from));
            spans.push(Span {
                from: c.from,
                to,
                open: c.to.is_none(),
                causes: vec![PauseCause::Clarification],
                clarifies: true,
                identity: None,
            });
        }
    } else if let Some(first) = events.clarifications.first() {
        pre.push(Said::ClarificationRunsOn { asked: first.from, regime: rules.regime });
    }
    if let (ClockEffect::Pause, Some(asked)) = (rules.identity, events.identity_requested) {
        let to = events.identity_received.unwrap_or_else(|| open_until(asked));
        let open = events.identity_received.is_none();
        spans.push(Span {
            from: asked,
            to,
            open,
            causes: vec![PauseCause::IdentityVerification],
            clarifies: false,
            identity: Some((asked, to, open)),
        });
    }
    spans.sort_by_key(|s| s.from);
    let mut merged: Vec<Span> = Vec::new();
    for mut s in spans {
        if s.to < start {
            pre.push(Said::PauseBeforeRestart { causes: s.causes.clone(), from: s.from, to: s.to });
            continue;
        }
        s.from = s.from.max(start);
        match merged.last_mut() {
            Some(last) if s.from <= last.to => {
                last.to = last.to.max(s.to);
                last.open |= s.open;
                last.clarifies |= s.clarifies;
                last.identity = last.identity.or(s.identity);
                if last.causes != s.causes {
                    last.causes.extend(s.causes);
                }
            }
            _ => merged.push(s),
        }
    }
    merged
}

/// The last day of one period from `start`, with its steps; ends with "due …".
fn period_end(
    rules: &RegimeRules,
    period: Period,
    start: NaiveDate,
    spans: &[Span],
    cal: Option<&Calendar>,
    steps: &mut Vec<Said>,
    notes: &mut Vec<Said>,
) -> Result<NaiveDate, DeadlineError> {
    let weekends_only;
    let business_cal = match cal {
        Some(c) => c,
        None => {
            weekends_only = Calendar::from_rules(WEEKENDS_ONLY.0, WEEKENDS_ONLY.1, Rules::WeekendsOnly);
            &weekends_only
        }
    };
    let roll_cal = if rules.rolls_forward { cal } else { None };
    let mut end = match period {
        Period::Months(n) => add_months_explained(start, n, steps)?,
        Period::Days(n) => add_days_explained(start, n, steps)?,
        Period::BusinessDays(n) => add_business_days_explained(start, n, business_cal, steps)?,
    };
    let paused = apply_pauses(end, spans, roll_cal, steps)?;
    let moved = paused != end;
    end = paused;
    if let Some(c) = roll_cal {
        end = roll_forward_explained(end, c, steps)?;
    } else if matches!(period, Period::BusinessDays(_)) && moved {
        end = roll_forward_explained(end, business_cal, steps)?;
    }
    steps.push(Said::Due { on: end });
    if !rules.rolls_forward && is_weekend(end) {
        let said = Said::WeekendStays { day: end, regime: rules.regime };
        steps.push(said.clone());
        notes.push(said);
    }
    Ok(end)
}

fn apply_pauses(
    end: NaiveDate,
    spans: &[Span],
    roll_cal: Option<&Calendar>,
    steps: &mut Vec<Said>,
) -> Result<NaiveDate, DeadlineError> {
    let mut end = end;
    for s in spans {
        // A pause moves only a period that was still running when it began.
        let running_until = roll_cal.and_then(|c| roll_forward(end, c)).unwrap_or(end);
        if s.from > running_until {
            steps.push(Said::PauseAfterEnd { causes: s.causes.clone(), from: s.from });
            continue;
        }
        let len = (s.to - s.from).num_days() + 1;
        end = add_days(end, len).ok_or_else(|| DeadlineError::OutOfRange { what: format!("{end} + {len} days") })?;
        let (causes, from, to) = (s.causes.clone(), s.from, s.to);
        steps.push(if s.open {
            Said::PausedOpen { days: len, causes, from, to, end }
        } else {
            Said::Paused { days: len, causes, from, to, end }
        });
    }
    Ok(end)
}

fn check_notice(events: &ClockEvents, notice_by: NaiveDate, notes: &mut Vec<Said>) {
    match (events.extended, events.extension_notified_on) {
        (_, Some(told)) if told > notice_by => notes.push(Said::LateNotice { told, by: notice_by }),
        (true, None) => notes.push(Said::NoticeNotRecorded { by: notice_by }),
        _ => {}
    }
}

fn acknowledgement(
    rules: &RegimeRules,
    rights: &[Right],
    received: NaiveDate,
    cal: Option<&Calendar>,
) -> Result<(Option<NaiveDate>, Vec<Said>), DeadlineError> {
    let (Some(Period::BusinessDays(n)), Some(cal)) = (rules.acknowledgement, cal) else {
        return Ok((None, Vec::new()));
    };
    if !rights.iter().any(|r| rules.acknowledges(*r)) {
        return Ok((None, Vec::new()));
    }
    let mut steps = vec![Said::ConfirmReceipt { days: n }, Said::Received { on: received }];
    let by = add_business_days_explained(received, n, cal, &mut steps)?;
    steps.push(Said::AcknowledgeBy { by });
    Ok((Some(by), steps))
}

fn house_target(
    policy: &DeadlinePolicy,
    regime: Regime,
    start: NaiveDate,
) -> Result<(Option<NaiveDate>, Vec<Said>), DeadlineError> {
    let Some(&n) = policy.house_target_days.get(&regime) else {
        return Ok((None, Vec::new()));
    };
    let mut steps = vec![Said::HouseTarget { days: n, from: start }];
    let target = add_days_explained(start, n, &mut steps)?;
    Ok((Some(target), steps))
}

/// The result while UK identity evidence is awaited: no date counts down.
fn waiting(
    regime: Regime,
    rights: &[Right],
    steps: Vec<Said>,
    events: &ClockEvents,
    cal: Option<&Calendar>,
    mut notes: Vec<Said>,
    law: LawInForce,
) -> Deadlines {
    dedup(&mut notes);
    let clock = if events.stopped { Clock::Stopped } else { Clock::WaitingForIdentity };
    Deadlines {
        waiting_for: waiting_for(clock, events),
        calendar: cal.map(|c| c.id().to_string()),
        rights: rights.iter().map(|&right| RightDeadline::new(right, None, steps.clone())).collect(),
        said: DeadlinesSaid { steps, notes, ..DeadlinesSaid::default() },
        ..undated(regime, clock, law)
    }
}

/// What a clock waiting for the requester waits for (identity evidence
/// when the events do not say: a what-if asks only for that); none when it does not wait.
fn waiting_for(clock: Clock, events: &ClockEvents) -> Option<WaitingFor> {
    (clock == Clock::WaitingForIdentity).then(|| events.waiting_for.unwrap_or(WaitingFor::Evidence))
}

/// A result with no date yet: the base of the waiting, not-in-force and complaint results.
fn undated(regime: Regime, clock: Clock, law: LawInForce) -> Deadlines {
    Deadlines {
        regime,
        due: None,
        steps: Vec::new(),
        extended_due: None,
        extension_notice_by: None,
        extension_steps: Vec::new(),
        acknowledge_by: None,
        acknowledge_steps: Vec::new(),
        house_target: None,
        house_target_steps: Vec::new(),
        clock,
        waiting_for: None,
        start: None,
        days_left: None,
        calendar: None,
        rights: Vec::new(),
        notes: Vec::new(),
        refuse_by: None,
        refuse_steps: Vec::new(),
        rules_in_force: law,
        appeal_due: None,
        appeal_extended_due: None,
        appeal_steps: Vec::new(),
        complaint_acknowledge_by: None,
        complaint_steps: Vec::new(),
        related: Vec::new(),
        said: DeadlinesSaid::default(),
    }
}

//! The organisation's deadline policy (house targets, California state
//! holidays), read and changed on either register, and the open cases'
//! stored due dates recomputed whenever the policy or the holiday calendars
//! change (`casebook settings deadlines`, `casebook calendar import`).
//!
//! Written once against [`StepBook`]: a local register and a team register
//! store the policy as the same JSON setting, audited as `settings.…`; on a
//! team register only `casebook_dpo` may write the settings (the database
//! refuses anyone else). Each recomputed case is saved on the version it was
//! read at, with its audit entry, in a transaction of its own.

use casebook_core::Case;
use casebook_core::answer::RightAnswer;
use casebook_core::deadline::{DeadlinePolicy, RULES_REVISION};
use casebook_store::{CaseEvent, CaseRegister, RULES_KEY, RulesRevision};

use crate::Result;
use crate::dates::POLICY_KEY;
use crate::lifecycle;
use crate::steps::StepBook;

/// The deadline policy in force (the default before the DPO sets one).
pub(crate) fn deadline_policy<B: StepBook + ?Sized>(book: &B) -> Result<DeadlinePolicy> {
    Ok(lifecycle::setting(&mut *book.register(), POLICY_KEY)?.unwrap_or_default())
}

/// Changes the deadline policy and recomputes the open cases' dates;
/// returns the references whose due date moved.
pub(crate) fn set_deadline_policy<B: StepBook + ?Sized>(book: &B, policy: &DeadlinePolicy) -> Result<Vec<String>> {
    let json = serde_json::to_string(policy).expect("the deadline policy serialises");
    book.register().put_setting_json(POLICY_KEY, &json, book.stamp())?;
    recompute_open_cases(book, "policy.changed")
}

/// Recomputes the stored dates of every case still needing work with the
/// rules now in force (after a change of calendars or policy, or of the
/// deadline rules): an open case's due date, and the decision date of a
/// consumer's appeal awaiting one (an answered case keeps the due date it
/// was answered against). Returns the references whose date moved. Each
/// moved case is saved on the version it was read at, audited as
/// `deadline.recomputed (REASON)`; a case another program or member changed
/// meanwhile is read and judged again.
pub(crate) fn recompute_open_cases<B: StepBook + ?Sized>(book: &B, reason: &str) -> Result<Vec<String>> {
    let rules = book.rules()?;
    let kept = |case: &Case, events: &[CaseEvent], answers: &[RightAnswer]| -> Result<Option<Case>> {
        let dates = crate::dates::case_dates(case, events, answers, &rules.policy, &rules.calendars, rules.today)?;
        let mut moved = case.clone();
        crate::dates::keep_dates(&mut moved, &dates, events);
        if !case.status.is_open() {
            moved.due = case.due;
        }
        Ok(((moved.due, moved.appeal_due) != (case.due, case.appeal_due)).then_some(moved))
    };
    let action = format!("deadline.recomputed ({reason})");
    let mut moved = Vec::new();
    // One read of every case needing work with its events (what `next`
    // walks); only a case whose dates move is read again to be saved.
    let cases = book.register().open_dated_cases()?;
    for (listed, events, answers) in cases {
        // An answered case with no appeal awaiting its decision has nothing to move.
        let answered = !listed.status.is_open() && listed.appeal_due.is_none();
        if answered && crate::dates::open_appeal(&events).is_none() {
            continue;
        }
        if kept(&listed, &events, &answers)?.is_none() {
            continue;
        }
        let changed = crate::retry_stale(|| {
            let (case, seen) = book.register().case_with_version(listed.id)?;
            let events = book.register().events(case.id)?;
            let answers = book.answers_of(&case)?;
            let Some(case) = kept(&case, &events, &answers)? else { return Ok(false) };
            book.register().save_case_answering(&case, Some(seen), &[], &action, book.stamp())?;
            Ok(true)
        })?;
        if changed {
            moved.push(listed.reference.to_string());
        }
    }
    Ok(moved)
}

/// Recomputes the open cases' stored due dates once when a local register's
/// were computed under older deadline rules than this version's
/// ([`RULES_REVISION`]): each case moved is audited
/// (`deadline.recomputed (deadline rules revision N)`), then the revision is
/// kept with the references moved (`settings.deadline_rules`). `None` when
/// the register's dates are already of these rules.
pub(crate) fn bring_dates_up_to_rules(book: &crate::Casebook) -> Result<Option<RulesRevision>> {
    if book.store().rules_revision()? >= RULES_REVISION {
        return Ok(None);
    }
    let recomputed = recompute_open_cases(book, &format!("deadline rules revision {RULES_REVISION}"))?;
    let update = RulesRevision { revision: RULES_REVISION, recomputed };
    let stamp = book.stamp();
    book.store().put_setting(RULES_KEY, &update, stamp)?;
    Ok(Some(update))
}

/// What opening a register did about dates stored under older deadline rules.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum RulesCheck {
    /// They are of this version's rules.
    Current,
    /// Recomputed now, and the revision recorded.
    Recomputed(RulesRevision),
    /// Of revision `stored`, older; the member connected may not record a
    /// revision (a team register's non-DPO member), so nothing was changed.
    LeftForTheDpo { stored: u32 },
}

/// [`bring_dates_up_to_rules`] on a team register, where only a DPO member
/// records the revision (the database refuses anyone else): a DPO member's
/// open recomputes and records it, audited as on a local register; anyone
/// else's leaves the dates for the DPO and is told so.
pub(crate) fn bring_team_dates_up_to_rules(book: &crate::TeamBook) -> Result<RulesCheck> {
    let stored = StepBook::register(book).rules_revision()?;
    if stored >= RULES_REVISION {
        return Ok(RulesCheck::Current);
    }
    if !StepBook::register(book).is_dpo()? {
        return Ok(RulesCheck::LeftForTheDpo { stored });
    }
    let recomputed = recompute_open_cases(book, &format!("deadline rules revision {RULES_REVISION}"))?;
    let update = RulesRevision { revision: RULES_REVISION, recomputed };
    StepBook::register(book).record_rules(&update, book.stamp())?;
    Ok(RulesCheck::Recomputed(update))
}

impl crate::Casebook {
    /// Changes the deadline policy and recomputes the open cases' dates;
    /// returns the references whose due date moved.
    pub fn set_deadline_policy(&self, policy: &DeadlinePolicy) -> Result<Vec<String>> {
        set_deadline_policy(self, policy)
    }
}

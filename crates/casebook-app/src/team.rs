//! The team register (PostgreSQL, issue #21), as far as it goes so far:
//! creating one (`casebook team init`), verifying its audit chain, the
//! organisation profile, and the case lifecycle through [`TeamBook`]
//! (logging, listing and showing cases, notes, assigning a case, the steps
//! that work a case, editing and closing it; the register of processing, a
//! case's search and action logs, each right's answer and its correction,
//! complaints, a US state appeal, the next actions, the deadline policy, the
//! holiday calendars, the CSV of the requests, letters with their drafts,
//! the person's data imported, listed and withheld, the portability
//! package, and what comes in: identity documents, a request received by
//! post with its scans, emails imported as cases or filed on theirs; a
//! case's evidence pack, retention, the last backup with its reminder, and
//! the organisation's own letter templates), which
//! runs the same code as the local register ([`crate::lifecycle`],
//! [`crate::steps`], [`crate::processing`], [`crate::actions`],
//! [`crate::answers`], [`crate::complaints`], [`crate::appeals`],
//! [`crate::next`], [`crate::policy`], [`crate::calendars`],
//! [`crate::letters`], [`crate::drafts`], [`crate::data`],
//! [`crate::package`], [`crate::IntakeBook`]'s `identity.rs`, `post.rs`
//! and `import.rs`, [`crate::EvidenceBook`], [`crate::RetentionBook`] and
//! [`crate::BackupBook`], [`crate::TemplateBook`]).
//! The other use cases still run on a local register only; front ends
//! refuse them on a team register with [`not_on_team_register`], never run
//! them.

use std::sync::{Arc, Mutex, MutexGuard};

use casebook_core::holiday::Calendars;
use casebook_core::{Case, Note, Organisation};
use casebook_store::{AuditReport, CaseRegister, LetterRegister, Location, PgConfig, PgStore, Stamp};
use chrono::NaiveDate;

use crate::CaseLifecycle;
use crate::lifecycle::{self, Rules};
use crate::steps::StepBook;
use crate::{CasePage, CaseQuery, CaseSummary, CaseView, Clock, NewRequest, OrganisationInput, Result, RightDue};

/// What `team init` made.
#[derive(Debug, Clone, serde::Serialize)]
pub struct TeamRegister {
    /// The register, without its password.
    pub register: String,
    pub schema: i64,
    /// The role that created it (`current_user`).
    pub created_by: String,
    /// The group roles members are granted.
    pub roles: Vec<&'static str>,
}

/// Where `--db`/`CASEBOOK_DB` points: a local file or a team register.
pub fn register_location(db: &std::path::Path) -> Result<Location> {
    Ok(Location::from_path(db)?)
}

/// Creates the team register's schema and roles in an empty database.
pub fn team_init(config: &PgConfig) -> Result<TeamRegister> {
    let mut store = PgStore::init(config)?;
    Ok(TeamRegister {
        register: config.to_string(),
        schema: store.schema_version()?,
        created_by: store.user().to_string(),
        roles: vec!["casebook_dpo", "casebook_handler", "casebook_auditor", "casebook_hr"],
    })
}

/// Walks the team register's audit chain.
pub fn team_verify_audit(config: &PgConfig) -> Result<AuditReport> {
    Ok(PgStore::open(config)?.verify_audit()?)
}

/// The error of a use case not yet available on a team register.
pub fn not_on_team_register(what: &str, config: &PgConfig) -> crate::Error {
    crate::Error::refused(crate::RegisterSaid::NotOnTeamRegister {
        what: what.to_string(),
        register: config.to_string(),
    })
}

/// An open team register and the member connected to it (their login is
/// the actor of everything they write; the database checks it).
pub struct TeamBook {
    store: Mutex<PgStore>,
    user: String,
    clock: Clock,
    /// Built once (parsing the shipped files and the register's imports).
    calendars: Mutex<Option<Arc<Calendars>>>,
    /// After a failed reconnection: not before this instant again.
    next_try: Mutex<Option<std::time::Instant>>,
    /// Set when the book is dropped (the window opened another register):
    /// the thread hearing the members' changes stops telling and ends.
    closed: Arc<std::sync::atomic::AtomicBool>,
    /// What opening did about dates stored under older deadline rules
    /// ([`TeamBook::rules_update`], [`TeamBook::rules_behind`]).
    rules: crate::policy::RulesCheck,
}

impl Drop for TeamBook {
    fn drop(&mut self) {
        self.closed.store(true, std::sync::atomic::Ordering::SeqCst);
    }
}

/// How often a lost connection is tried again while the server is out of reach.
pub(crate) const RECONNECT_EVERY: std::time::Duration = std::time::Duration::from_secs(3);

impl TeamBook {
    /// Connects as the connection string's role and checks the schema; a
    /// DPO member's open brings dates stored under older deadline rules up
    /// to this version's ([`crate::policy::bring_team_dates_up_to_rules`]).
    pub fn open(config: &PgConfig, clock: Clock) -> Result<TeamBook> {
        let store = PgStore::open(config)?;
        let user = store.user().to_string();
        let mut book = TeamBook {
            store: Mutex::new(store),
            user,
            clock,
            calendars: Mutex::new(None),
            next_try: Mutex::new(None),
            closed: Arc::default(),
            rules: crate::policy::RulesCheck::Current,
        };
        book.rules = crate::policy::bring_team_dates_up_to_rules(&book)?;
        Ok(book)
    }

    /// The revision of the deadline rules this open brought the open cases'
    /// dates up to, with the cases whose date moved; `None` when they were
    /// already of these rules, or left for the DPO.
    pub fn rules_update(&self) -> Option<&casebook_store::RulesRevision> {
        match &self.rules {
            crate::policy::RulesCheck::Recomputed(r) => Some(r),
            _ => None,
        }
    }

    /// The older revision the stored dates are of, when this member may not
    /// bring them up (only a DPO member records a revision): a DPO member's
    /// next open does, or `casebook settings deadlines --recompute` recomputes them meanwhile.
    pub fn rules_behind(&self) -> Option<u32> {
        match self.rules {
            crate::policy::RulesCheck::LeftForTheDpo { stored } => Some(stored),
            _ => None,
        }
    }

    /// The connection; one the server closed (a network cut, a restart) is
    /// opened again here, so the next step after a lost connection works.
    /// While the server stays out of reach, it is tried again at most every
    /// [`RECONNECT_EVERY`]: the calls between fail at once on the closed
    /// connection ("cannot reach the server") instead of each waiting out a
    /// connection's timeout.
    fn store(&self) -> MutexGuard<'_, PgStore> {
        let mut store = self.store.lock().unwrap_or_else(|p| p.into_inner());
        if store.is_closed() {
            let mut next_try = self.next_try.lock().unwrap_or_else(|p| p.into_inner());
            let now = std::time::Instant::now();
            if next_try.is_none_or(|at| now >= at) {
                match PgStore::open(store.config()) {
                    Ok(again) => {
                        *store = again;
                        *next_try = None;
                    }
                    Err(_) => *next_try = Some(now + RECONNECT_EVERY),
                }
            }
        }
        store
    }

    /// The member connected (their login role).
    pub fn user(&self) -> &str {
        &self.user
    }

    /// The refusal of `what`, a use case a team register does not serve yet.
    pub fn not_here(&self, what: &str) -> crate::Error {
        not_on_team_register(what, self.store().config())
    }

    /// Starts hearing what members change (this one too), as each write
    /// commits: listening begins before this returns, on a connection of its
    /// own ([`casebook_store::PgListener`]), so nothing committed afterwards
    /// goes unheard; `told` is then called from a thread of its own until
    /// this book is dropped (the thread ends within a few seconds of it).
    /// After a lost connection it listens again
    /// every few seconds and tells [`Changed::Everything`](casebook_store::Changed),
    /// since changes may have gone unheard meanwhile.
    pub fn watch(&self, mut told: impl FnMut(casebook_store::Changed) + Send + 'static) -> Result<()> {
        use std::time::Duration;
        let config = self.store().config().clone();
        let mut listener = casebook_store::PgListener::open(&config)?;
        let closed = Arc::clone(&self.closed);
        let open = move || !closed.load(std::sync::atomic::Ordering::SeqCst);
        std::thread::spawn(move || {
            while open() {
                match listener.wait(Duration::from_secs(5), Duration::from_millis(300)) {
                    Ok(Some(changed)) if open() => told(changed),
                    Ok(_) => {}
                    Err(_) => {
                        while open() {
                            std::thread::sleep(Duration::from_secs(3));
                            if let Ok(again) = casebook_store::PgListener::open(&config) {
                                listener = again;
                                if open() {
                                    told(casebook_store::Changed::Everything);
                                }
                                break;
                            }
                        }
                    }
                }
            }
        });
        Ok(())
    }

    fn stamp(&self) -> Stamp<'_> {
        Stamp { at: (self.clock)(), actor: &self.user }
    }

    /// The register, without its password.
    pub fn register(&self) -> String {
        self.store().config().to_string()
    }

    pub fn organisation(&self) -> Result<Option<Organisation>> {
        lifecycle::setting(&mut *self.store(), crate::organisation::KEY)
    }

    /// Creates or updates the organisation profile (the DPO's to do: the
    /// database refuses a handler's change of settings).
    pub fn set_organisation(&self, input: OrganisationInput) -> Result<Organisation> {
        let org = input.into_organisation(self.organisation()?)?;
        let json = serde_json::to_string(&org).expect("the organisation serialises");
        self.store().put_setting_json(crate::organisation::KEY, &json, self.stamp())?;
        Ok(org)
    }

    fn rules(&self) -> Result<Rules> {
        let organisation = self.organisation()?;
        let policy = lifecycle::setting(&mut *self.store(), crate::dates::POLICY_KEY)?.unwrap_or_default();
        Ok(Rules {
            today: lifecycle::today_at(organisation.as_ref(), (self.clock)())?,
            organisation,
            policy,
            calendars: self.calendars()?,
        })
    }

    /// The calendars in force, built once (parsing the shipped files and
    /// the register's imports).
    fn calendars(&self) -> Result<Arc<Calendars>> {
        let mut cached = self.calendars.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(c) = cached.as_ref() {
            return Ok(Arc::clone(c));
        }
        let imports: Option<Vec<crate::calendars::StoredImport>> =
            lifecycle::setting(&mut *self.store(), crate::calendars::KEY)?;
        let built = Arc::new(crate::calendars::build(&imports.unwrap_or_default())?);
        *cached = Some(Arc::clone(&built));
        Ok(built)
    }

    /// A case's page, with its letters (the drafts, the documents and the
    /// correspondence they became) and what came in (messages, scans,
    /// identity documents).
    fn view(&self, case: Case, rules: &Rules) -> Result<CaseView> {
        let mut store = self.store();
        let events = store.events(case.id)?;
        let audit = store.audit_of_case(case.id)?;
        let assigned_to = store.assignee(case.id)?;
        let answers = crate::lifecycle::answers_of(&mut *store, &case)?;
        let corrections = store.right_answer_corrections(case.id)?;
        drop(store);
        let (files, document_kinds) = crate::cases::case_files(&mut *self.store(), case.id)?;
        let drafts: Vec<crate::LetterDraft> =
            self.store().drafts(case.id)?.into_iter().map(crate::LetterDraft::from).collect();
        let unsent = drafts.iter().filter(|d| d.state == crate::DraftState::Draft).map(|d| d.title.clone()).collect();
        let today = rules.today;
        let d = crate::dates::case_dates(&case, &events, &answers, &rules.policy, &rules.calendars, today)?;
        let progress = crate::case_progress::progress(&case, &events);
        Ok(CaseView {
            next_action: crate::next::next_action_from(
                &case,
                &d,
                &events,
                &answers,
                crate::next::Letters {
                    unsent,
                    package_owed: self.owed_their_package(Some(case.id))?.contains(&case.id.0),
                },
                today,
            ),
            right_status: crate::answers::right_states_from(&case, &d, &progress, &answers, &corrections),
            acknowledged: progress.acknowledged_on.is_some(),
            fee_awaited: progress.fee_requested_on.is_some(),
            timeline: crate::timeline::timeline_from(&case, events, &audit),
            created_by: lifecycle::created_by(&audit),
            search_log: crate::processing::search_log_of(self, &case)?,
            action_log: crate::actions::action_log_of(self, case.id)?,
            assigned_to,
            drafts,
            withdrawn: crate::drafts::withdrawn_of(self, case.id)?,
            document_kinds,
            ..CaseView::new(case, d, files, today)
        })
    }
}

impl StepBook for TeamBook {
    type Register = PgStore;

    fn register(&self) -> MutexGuard<'_, PgStore> {
        self.store()
    }

    fn rules(&self) -> Result<Rules> {
        TeamBook::rules(self)
    }

    fn calendars(&self) -> Result<Arc<Calendars>> {
        TeamBook::calendars(self)
    }

    fn keep_calendars(&self, calendars: Arc<Calendars>) {
        *self.calendars.lock().unwrap_or_else(|p| p.into_inner()) = Some(calendars);
    }

    fn stamp(&self) -> Stamp<'_> {
        TeamBook::stamp(self)
    }

    fn today(&self) -> Result<NaiveDate> {
        lifecycle::today_at(self.organisation()?.as_ref(), (self.clock)())
    }

    /// The member's login, which the database also writes as the actor.
    fn actor(&self) -> &str {
        &self.user
    }

    fn view_with(&self, case: Case, rules: &Rules) -> Result<CaseView> {
        self.view(case, rules)
    }
}

/// Letters on a team register: the organisation's own templates from its
/// `letter_templates` table before the built-in ones, and no extra fonts
/// (a local register's are a folder beside its file).
impl crate::letters::LetterDesk for TeamBook {
    fn templates(&self) -> Result<casebook_render::Templates> {
        let own = self.store().own_letter_templates()?;
        Ok(own.iter().fold(casebook_render::Templates::new(None), |t, o| t.with_text(&o.language, &o.kind, &o.text)))
    }

    fn fallback_fonts(&self) -> Result<Vec<Vec<u8>>> {
        Ok(Vec::new())
    }
}

impl CaseLifecycle for TeamBook {
    fn today(&self) -> Result<NaiveDate> {
        lifecycle::today_at(self.organisation()?.as_ref(), (self.clock)())
    }

    fn log_request(&self, input: NewRequest) -> Result<CaseView> {
        let rules = self.rules()?;
        let case = lifecycle::log_request(&mut *self.store(), &rules, input, self.stamp())?;
        self.view(case, &rules)
    }

    fn list_cases(&self, q: &CaseQuery, today: NaiveDate) -> Result<Vec<CaseSummary>> {
        lifecycle::list_cases(&mut *self.store(), q, today)
    }

    /// The page a member's app opens on, and each keystroke's: the count
    /// and the page from one snapshot.
    fn list_page(&self, q: &CaseQuery, today: NaiveDate) -> Result<CasePage> {
        let rules = Rules { today, ..self.rules()? };
        lifecycle::list_page(&mut *self.store(), &rules, q)
    }

    fn generate_synthetic_cases(&self, count: usize, seed: u64) -> Result<usize> {
        let rules = self.rules()?;
        crate::synthetic::generate(&mut *self.store(), &rules, count, seed, self.stamp())
    }

    fn rights_due(&self, reference: &str, today: NaiveDate) -> Result<Vec<RightDue>> {
        let rules = self.rules()?;
        let case = lifecycle::case(&mut *self.store(), reference)?;
        let events = self.store().events(case.id)?;
        let answers = crate::lifecycle::answers_of(&mut *self.store(), &case)?;
        let d = crate::dates::case_dates(&case, &events, &answers, &rules.policy, &rules.calendars, today)?;
        Ok(crate::dates::rights_due(&d, &answers))
    }

    fn case(&self, reference: &str, today: NaiveDate) -> Result<CaseView> {
        let rules = Rules { today, ..self.rules()? };
        let case = lifecycle::case(&mut *self.store(), reference)?;
        self.view(case, &rules)
    }

    fn add_note(&self, reference: &str, text: &str) -> Result<Note> {
        lifecycle::add_note(&mut *self.store(), reference, text, self.stamp())
    }

    fn assign_case(&self, reference: &str, to: &str) -> Result<CaseView> {
        let to = to.trim();
        if to.is_empty() {
            return Err(crate::Error::refused_in("to", crate::RegisterSaid::AssigneeEmpty));
        }
        let rules = self.rules()?;
        let case = lifecycle::case(&mut *self.store(), reference)?;
        let at = (self.clock)();
        let case = self.store().assign_case(case.id, to, at)?;
        self.view(case, &rules)
    }

    crate::case_lifecycle::step_use_cases!();
}

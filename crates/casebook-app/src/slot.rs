//! The register a window keeps open: what `CASEBOOK_DB` (or the user's data
//! folder) names, a local file or a team register, opened at start-up when
//! it can be, by the unlock screen when it is encrypted, or by the sign-in
//! screen when a team register's server asks for the member's password.
//!
//! A register that fails to open (not SQLite, a newer schema, no permission,
//! a server out of reach) is tried again by the next call, so "Try again"
//! works once the cause is fixed. Locking empties the slot: the `Casebook`
//! (its connection and its copy of the passphrase, both wiped) drops as soon
//! as the work still holding it ends, and every later call gets
//! `passphrase-needed` until the unlock screen opens it again.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};

use serde::{Deserialize, Serialize};

use crate::{
    Book, Casebook, DatabaseKind, Error, Location, Passphrase, PgConfig, RegisterSaid, Result, TeamBook, database_kind,
};

/// Where the register stands, for a window to choose its first screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum RegisterState {
    /// No file yet: the welcome creates it (encrypted unless the user declines).
    Missing,
    /// An unencrypted register, open (it cannot be locked).
    Plain,
    /// An encrypted register waiting for its passphrase.
    Locked,
    /// An encrypted register, open.
    Unlocked,
    /// A team register on PostgreSQL, open (its member signed in).
    Team,
    /// A team register whose server asks for the member's password.
    SignIn,
}

/// What a use case only a local register serves is called on a team register.
pub const LOCAL_ONLY: &str = "This part of the window";

/// The register a window works on, opened once and shared by its calls.
pub struct RegisterSlot {
    /// The register's file, or a team register's URL as given.
    path: Mutex<PathBuf>,
    /// A team register's connection string, with the password the member
    /// typed once they have (in memory only).
    team: Mutex<Option<PgConfig>>,
    book: Mutex<Option<Book>>,
    /// Called with each register as it opens, before any call reads it.
    on_open: Mutex<Option<OnOpen>>,
}

/// What a window does when its register opens (a team register's: hear
/// the members' changes, [`TeamBook::watch`]).
pub type OnOpen = Box<dyn Fn(&Book) + Send + Sync>;

/// An opened local register as a window shares it: with its read-only second
/// connection for the case list (so a page never waits for the dashboard's
/// long read), opened by the first read.
fn shared(casebook: Casebook) -> Book {
    Book::Local(Arc::new(casebook.with_separate_reader()))
}

fn open_team(config: &PgConfig) -> Result<Book> {
    Ok(Book::Team(Arc::new(TeamBook::open(config, Box::new(chrono::Utc::now))?)))
}

impl RegisterSlot {
    /// The slot of the register at `path` (a file, or a `postgres://` URL), not opened yet.
    pub fn new(path: &Path) -> RegisterSlot {
        let team = match Location::from_path(path) {
            Ok(Location::Postgres(config)) => Some(*config),
            _ => None,
        };
        RegisterSlot {
            path: Mutex::new(path.to_path_buf()),
            team: Mutex::new(team),
            book: Mutex::new(None),
            on_open: Mutex::new(None),
        }
    }

    /// The register's file (a team register's URL as given).
    fn path(&self) -> PathBuf {
        self.path.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }

    /// Opens another register in this window (Settings' "Open another
    /// register"): a local file's full path, or a team register's
    /// `postgres://` connection string. The register open until now is
    /// closed (an encrypted one's key wiped) once the other one is in place,
    /// or kept open, as it was, when the other one cannot be opened; then
    /// the error says why. The other register's state is returned: a team
    /// register may wait for its member's password, an encrypted file for
    /// its passphrase.
    pub fn open_other(&self, location: &str) -> Result<RegisterState> {
        let location = location.trim();
        if location.is_empty() {
            return Err(Error::refused(RegisterSaid::RegisterLocationEmpty));
        }
        let team = match Location::parse(location)? {
            Location::Postgres(config) => Some(*config),
            Location::Sqlite(path) if !path.is_absolute() => {
                return Err(Error::refused(RegisterSaid::RegisterPathNotFull { path: location.to_string() }));
            }
            Location::Sqlite(path) if database_kind(&path)? == DatabaseKind::Missing => {
                return Err(Error::refused(RegisterSaid::NoRegisterYet { path: location.to_string() }));
            }
            Location::Sqlite(_) => None,
        };
        let before = {
            let mut slot = self.slot();
            let path = std::mem::replace(&mut *self.path.lock().unwrap_or_else(|p| p.into_inner()), location.into());
            let config = std::mem::replace(&mut *self.team.lock().unwrap_or_else(|p| p.into_inner()), team);
            (path, config, slot.take())
        };
        match self.state() {
            Ok(state) => Ok(state),
            Err(e) => {
                let mut slot = self.slot();
                *self.path.lock().unwrap_or_else(|p| p.into_inner()) = before.0;
                *self.team.lock().unwrap_or_else(|p| p.into_inner()) = before.1;
                *slot = before.2;
                Err(e)
            }
        }
    }

    /// Calls `f` with the register each time it opens (at start-up, after
    /// the unlock or the sign-in), before any call can read it.
    pub fn when_opened(&self, f: OnOpen) {
        *self.on_open.lock().unwrap_or_else(|p| p.into_inner()) = Some(f);
    }

    /// Keeps `book` as the open register, telling the window first.
    fn keep(&self, slot: &mut Option<Book>, book: Book) -> Book {
        if let Some(f) = self.on_open.lock().unwrap_or_else(|p| p.into_inner()).as_ref() {
            f(&book);
        }
        *slot = Some(book.clone());
        book
    }

    /// Opens the register now unless it waits for the welcome (missing) or
    /// its passphrase; the error when it does not open.
    pub fn open_at_start(&self) -> Result<()> {
        if !self.is_team() && matches!(database_kind(&self.path()), Ok(DatabaseKind::Missing | DatabaseKind::Encrypted))
        {
            return Ok(());
        }
        self.book().map(|_| ())
    }

    fn slot(&self) -> MutexGuard<'_, Option<Book>> {
        self.book.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// A team register's connection string (with the member's password once typed).
    fn config(&self) -> Option<PgConfig> {
        self.team.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }

    /// Whether it is a team register.
    pub fn is_team(&self) -> bool {
        self.team.lock().unwrap_or_else(|p| p.into_inner()).is_some()
    }

    /// The register as a window names it: a file's path, a team register's URL without its password.
    pub fn name(&self) -> String {
        match self.config() {
            Some(config) => config.to_string(),
            None => self.path().display().to_string(),
        }
    }

    /// The register if it is open, without opening it.
    pub fn opened(&self) -> Option<Book> {
        self.slot().clone()
    }

    /// The open register, opened now if it is not yet (never creating a
    /// file, which the welcome does; an encrypted one answers `passphrase-needed`).
    pub fn book(&self) -> Result<Book> {
        // Held only while opening; queries run on the Arc, behind the façade's own lock.
        let mut slot = self.slot();
        if let Some(book) = slot.as_ref() {
            return Ok(book.clone());
        }
        let book = match self.config() {
            Some(config) => open_team(&config)?,
            None if database_kind(&self.path())? == DatabaseKind::Missing => {
                let path = self.path().display().to_string();
                return Err(Error::Conflict(RegisterSaid::NoRegisterYet { path }.into()));
            }
            None => shared(Casebook::open_existing(&self.path())?),
        };
        Ok(self.keep(&mut slot, book))
    }

    /// The open local register; refused on a team register.
    pub fn casebook(&self) -> Result<Arc<Casebook>> {
        Ok(Arc::clone(self.book()?.local(LOCAL_ONLY)?))
    }

    /// Missing, plain, locked or unlocked; a team register open, or waiting
    /// for its member's password; a file or server that cannot be opened gives its error.
    pub fn state(&self) -> Result<RegisterState> {
        let book = match self.opened() {
            Some(book) => book,
            None if self.is_team() => match self.book() {
                Err(e) if e.code() == crate::ErrorCode::PasswordNeeded => return Ok(RegisterState::SignIn),
                opened => opened?,
            },
            None => match database_kind(&self.path())? {
                DatabaseKind::Missing => return Ok(RegisterState::Missing),
                DatabaseKind::Encrypted => return Ok(RegisterState::Locked),
                DatabaseKind::Plain | DatabaseKind::NotADatabase => self.book()?,
            },
        };
        Ok(match book {
            Book::Team(_) => RegisterState::Team,
            Book::Local(c) if c.is_encrypted() => RegisterState::Unlocked,
            Book::Local(_) => RegisterState::Plain,
        })
    }

    /// Opens the encrypted register with its passphrase (kept only inside
    /// the `Casebook`), or signs in to the team register with the member's
    /// password (kept in memory, for reconnecting).
    pub fn unlock(&self, passphrase: &Passphrase) -> Result<()> {
        let mut slot = self.slot();
        if slot.is_none() {
            let book = match self.config() {
                Some(config) => {
                    let signed_in = config.with_password(passphrase.as_str());
                    let book = open_team(&signed_in)?;
                    *self.team.lock().unwrap_or_else(|p| p.into_inner()) = Some(signed_in);
                    book
                }
                None => shared(Casebook::unlock(&self.path(), passphrase)?),
            };
            self.keep(&mut slot, book);
        }
        Ok(())
    }

    /// Refuses what only a local register has (its file, its encryption) on a team register.
    fn local_only(&self) -> Result<()> {
        match self.config() {
            Some(config) => Err(crate::not_on_team_register(LOCAL_ONLY, &config)),
            None => Ok(()),
        }
    }

    /// Creates the missing register: encrypted with `passphrase`, or plain without one.
    pub fn create(&self, passphrase: Option<&Passphrase>) -> Result<()> {
        self.local_only()?;
        let mut slot = self.slot();
        let path = self.path();
        if slot.is_some() || database_kind(&path)? != DatabaseKind::Missing {
            return Err(Error::Conflict(RegisterSaid::RegisterExists { path: self.name() }.into()));
        }
        let casebook = match passphrase {
            Some(p) => Casebook::open_with_passphrase(&path, p)?,
            None => Casebook::open(&path)?,
        };
        self.keep(&mut slot, shared(casebook));
        Ok(())
    }

    /// Turns the open plain register into an encrypted one: the slot is
    /// emptied (the file must be closed to be rewritten), the file encrypted,
    /// and the register opened again with the new passphrase. Work still
    /// holding the old connection makes the encryption refuse ("in use"); the
    /// plain register is then opened again as it was.
    pub fn encrypt(&self, passphrase: &Passphrase) -> Result<()> {
        self.local_only()?;
        let mut slot = self.slot();
        let encrypted_now = slot.as_ref().and_then(|b| b.local(LOCAL_ONLY).ok()).is_some_and(|c| c.is_encrypted());
        let path = self.path();
        if encrypted_now || database_kind(&path)? == DatabaseKind::Encrypted {
            return Err(Error::Conflict(RegisterSaid::AlreadyEncrypted.into()));
        }
        crate::check_new_passphrase(passphrase)?;
        drop(slot.take());
        let encrypted = crate::encrypt_register(&path, passphrase);
        let reopened = match encrypted {
            Ok(_) => Casebook::unlock(&path, passphrase),
            Err(_) => Casebook::open_existing(&path),
        };
        self.keep(&mut slot, shared(reopened?));
        encrypted.map(|_| ())
    }

    /// Empties the slot of an unlocked encrypted register. A plain register
    /// cannot be locked (anyone can open the file), which is refused.
    pub fn lock(&self) -> Result<()> {
        self.local_only()?;
        let mut slot = self.slot();
        if let Some(book) = slot.as_ref()
            && !book.local(LOCAL_ONLY)?.is_encrypted()
        {
            return Err(Error::Conflict(RegisterSaid::LockNeedsEncryption.into()));
        }
        *slot = None;
        Ok(())
    }
}

/// The tests' PostgreSQL server (shared by source with the store's and the CLI's tests).
#[cfg(test)]
#[path = "../../../tests/support/pg_server.rs"]
mod pg_server;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorCode;

    fn key(text: &str) -> Passphrase {
        Passphrase::new(text).unwrap()
    }

    #[test]
    fn after_lock_a_call_needs_the_passphrase_again() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("casebook.db");
        let slot = RegisterSlot::new(&path);
        slot.open_at_start().unwrap();
        assert_eq!(slot.state().unwrap(), RegisterState::Missing);
        assert_eq!(slot.casebook().err().unwrap().code(), ErrorCode::NotInitialised);
        assert!(!path.exists(), "nothing is created before the welcome asks");

        slot.create(Some(&key("correct horse battery"))).unwrap();
        assert_eq!(slot.state().unwrap(), RegisterState::Unlocked);
        let open = slot.casebook().unwrap();
        assert!(open.is_encrypted());

        slot.lock().unwrap();
        assert_eq!(slot.state().unwrap(), RegisterState::Locked);
        assert_eq!(slot.casebook().err().unwrap().code(), ErrorCode::PassphraseNeeded);
        drop(open);

        // A fresh start finds it locked too.
        let restarted = RegisterSlot::new(&path);
        restarted.open_at_start().unwrap();
        assert_eq!(restarted.state().unwrap(), RegisterState::Locked);
        assert_eq!(restarted.unlock(&key("not the passphrase")).unwrap_err().code(), ErrorCode::WrongPassphrase);
        assert_eq!(restarted.casebook().err().unwrap().code(), ErrorCode::PassphraseNeeded);
        restarted.unlock(&key("correct horse battery")).unwrap();
        assert_eq!(restarted.state().unwrap(), RegisterState::Unlocked);
        assert!(restarted.casebook().unwrap().organisation().unwrap().is_none());
    }

    #[test]
    fn a_plain_register_opens_without_a_passphrase_and_cannot_be_locked() {
        let dir = tempfile::tempdir().unwrap();
        let slot = RegisterSlot::new(&dir.path().join("casebook.db"));
        slot.create(None).unwrap();
        assert_eq!(slot.state().unwrap(), RegisterState::Plain);
        assert_eq!(slot.lock().unwrap_err().code(), ErrorCode::Conflict);
        assert_eq!(slot.state().unwrap(), RegisterState::Plain, "still open");
        assert_eq!(slot.create(None).unwrap_err().code(), ErrorCode::Conflict, "never created twice");

        // Settings encrypt it: too short is refused and leaves it plain and open.
        assert_eq!(slot.encrypt(&key("seven77")).unwrap_err().code(), ErrorCode::InvalidInput);
        assert_eq!(slot.state().unwrap(), RegisterState::Plain);
        slot.encrypt(&key("correct horse battery")).unwrap();
        assert_eq!(slot.state().unwrap(), RegisterState::Unlocked);
        assert_eq!(slot.encrypt(&key("correct horse battery")).unwrap_err().code(), ErrorCode::Conflict);
        slot.lock().unwrap();
        assert_eq!(slot.casebook().err().unwrap().code(), ErrorCode::PassphraseNeeded);
        slot.unlock(&key("correct horse battery")).unwrap();
    }

    #[test]
    fn a_too_short_passphrase_creates_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("casebook.db");
        let slot = RegisterSlot::new(&path);
        let err = slot.create(Some(&key("seven77"))).unwrap_err();
        assert_eq!(err.code(), ErrorCode::InvalidInput);
        assert_eq!(err.to_string(), "the passphrase is too short (7 characters; at least 8)");
        assert!(!path.exists());
    }

    /// A team register named without a password: the member signs in; a
    /// wrong password is refused and the slot stays closed; what only a local
    /// file has (creating, encrypting, locking it) is refused by name.
    #[test]
    fn another_register_opens_in_the_window_and_one_that_cannot_leaves_the_open_one_open() {
        let dir = tempfile::tempdir().unwrap();
        let (first, second) = (dir.path().join("a.db"), dir.path().join("b.db"));
        RegisterSlot::new(&second).create(None).unwrap();
        let slot = RegisterSlot::new(&first);
        slot.create(Some(&key("correct horse battery"))).unwrap();
        assert_eq!(slot.state().unwrap(), RegisterState::Unlocked);

        let free = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let missing = dir.path().join("none.db").display().to_string();
        for (location, says) in [
            ("  ".to_string(), "give a register file's full path"),
            ("b.db".to_string(), "'b.db' is not a full path"),
            (missing.clone(), &format!("there is no register at '{missing}'")),
            (format!("postgres://a:b@127.0.0.1:{free}/x?sslmode=disable"), "cannot reach the PostgreSQL server"),
            ("postgres://a@h/d?sslmode=sure".to_string(), "sslmode 'sure' is not one of"),
        ] {
            let said = slot.open_other(&location).unwrap_err().to_string();
            assert!(said.contains(says), "{location}: {said}");
            assert_eq!(slot.state().unwrap(), RegisterState::Unlocked, "{location}: the open one stays open");
            assert_eq!(slot.name(), first.display().to_string());
        }

        assert_eq!(slot.open_other(&second.display().to_string()).unwrap(), RegisterState::Plain);
        assert_eq!(slot.name(), second.display().to_string());
        // Back to the encrypted one: closed when left, so its passphrase again.
        assert_eq!(slot.open_other(&first.display().to_string()).unwrap(), RegisterState::Locked);
        slot.unlock(&key("correct horse battery")).unwrap();
        assert_eq!(slot.state().unwrap(), RegisterState::Unlocked);
    }

    #[test]
    fn a_team_register_waits_for_its_member_s_password() {
        let server = super::pg_server::PgServer::start();
        server.create_database("register");
        crate::team_init(&match Location::parse(&server.superuser_url("register")).unwrap() {
            Location::Postgres(c) => *c,
            Location::Sqlite(_) => unreachable!(),
        })
        .unwrap();
        server.create_login("register", "alice", "alice-pw", &["casebook_handler"]);
        let url = format!("postgres://alice@127.0.0.1:{}/register?sslmode=disable", server.port());
        // SAFETY: this test alone reads the password file's variable (no
        // other test of the crate connects to PostgreSQL).
        unsafe {
            std::env::set_var("PGPASSFILE", "/nonexistent");
            std::env::remove_var("PGPASSWORD");
        }
        let slot = RegisterSlot::new(Path::new(&url));
        assert!(slot.is_team());
        assert_eq!(slot.name(), format!("postgres://alice@127.0.0.1:{}/register", server.port()));
        assert_eq!(slot.open_at_start().unwrap_err().code(), ErrorCode::PasswordNeeded);
        assert_eq!(slot.state().unwrap(), RegisterState::SignIn);

        // The window hears the members' changes from the moment it signs in.
        let (told, heard) = std::sync::mpsc::channel();
        slot.when_opened(Box::new(move |book| {
            let told = told.clone();
            if let Book::Team(team) = book {
                team.watch(move |changed| told.send(changed).unwrap()).unwrap();
            }
        }));
        assert_eq!(slot.unlock(&key("guess")).unwrap_err().code(), ErrorCode::WrongPassword);
        assert!(slot.opened().is_none());
        slot.unlock(&key("alice-pw")).unwrap();
        assert_eq!(slot.state().unwrap(), RegisterState::Team);
        assert_eq!(slot.book().unwrap().member(), Some("alice"));

        // What another member commits is heard at once.
        let dpo = super::open_team(&match Location::parse(&server.superuser_url("register")).unwrap() {
            Location::Postgres(c) => *c,
            Location::Sqlite(_) => unreachable!(),
        })
        .unwrap();
        let Book::Team(dpo) = dpo else { unreachable!() };
        let organisation = crate::OrganisationInput { name: Some("Acme Ltd".into()), ..Default::default() };
        dpo.set_organisation(organisation).unwrap();
        let heard = heard.recv_timeout(std::time::Duration::from_secs(10)).expect("the change is heard");
        assert_eq!(heard, casebook_store::Changed::Everything, "a setting is the register as a whole");

        // A letter the DPO sends is among the case's files the member opens.
        use crate::{CaseLifecycle, LetterBook, PackageBook};
        let today = dpo.today().unwrap();
        let request = crate::NewRequest::new(
            "Ada Lovelace",
            casebook_core::Channel::Email,
            today,
            vec![casebook_core::Right::Access],
        );
        let reference = dpo.log_request(request).unwrap().case.reference.to_string();
        let letter = dpo.make_letter(&reference, crate::LetterKind::Acknowledgement, None, today).unwrap();
        let sent =
            dpo.send_letter(&reference, &letter.draft.unwrap().to_string(), today, casebook_core::Channel::Email);
        sent.unwrap();
        let Book::Team(alice) = slot.book().unwrap() else { unreachable!() };
        let (doc, kind, bytes) = alice.case_document_to_open(&reference, &letter.sha256).unwrap();
        assert_eq!((doc.role.as_str(), kind.extension()), ("letter", Some("pdf")));
        assert!(bytes.starts_with(b"%PDF"));
        let missing = alice.case_document(&reference, &"0".repeat(64)).unwrap_err();
        assert_eq!(missing.code(), ErrorCode::NotFound);

        // "My cases" is a page of the list like any other: paged, counted in all.
        let other = crate::NewRequest::new(
            "Bob Byte",
            casebook_core::Channel::Email,
            today,
            vec![casebook_core::Right::Erasure],
        );
        let other = dpo.log_request(other).unwrap().case.reference.to_string();
        let third =
            crate::NewRequest::new("Cleo", casebook_core::Channel::Email, today, vec![casebook_core::Right::Access]);
        dpo.log_request(third).unwrap();
        for r in [&reference, &other] {
            dpo.assign_case(r, "alice").unwrap();
        }
        let mine = |offset| crate::CaseQuery { mine: true, limit: Some(1), offset, ..Default::default() };
        let first = alice.list_page(&mine(0), today).unwrap();
        let second = alice.list_page(&mine(1), today).unwrap();
        assert_eq!((first.total, first.cases.len(), second.total, second.cases.len()), (2, 1, 2, 1));
        let mut paged: Vec<String> = [first, second].iter().map(|p| p.cases[0].reference.clone()).collect();
        paged.sort();
        assert_eq!(paged, [reference.clone(), other]);
        // A connection the server closed is opened again by the next call;
        // while the server refuses the member, it is tried again at most
        // every few seconds, the calls between failing at once.
        let alice_sessions = "SELECT count(pg_terminate_backend(pid)) > 0 FROM pg_stat_activity
                              WHERE usename = 'alice' AND backend_type = 'client backend'";
        server.psql("register", "ALTER ROLE alice NOLOGIN");
        assert_eq!(server.psql("register", alice_sessions), "t");
        // The call that finds the connection closed fails, and so do those
        // after it while the server refuses the member (a closed connection
        // is known as such once its task has seen the socket end).
        for _ in 0..3 {
            assert!(alice.organisation().is_err(), "the server refuses the member: not reconnected");
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
        server.psql("register", "ALTER ROLE alice LOGIN");
        assert!(alice.organisation().is_err(), "not tried again at once");
        std::thread::sleep(super::super::team::RECONNECT_EVERY);
        assert_eq!(alice.organisation().unwrap().unwrap().name, "Acme Ltd", "reconnected");

        let local = crate::Casebook::in_memory(Box::new(chrono::Utc::now), "dpo").unwrap();
        let refused_mine = local.list_page(&mine(0), today).unwrap_err();
        assert!(refused_mine.to_string().contains("team register"), "{refused_mine}");

        let refused = |e: Error| e.to_string();
        assert!(refused(slot.casebook().err().unwrap()).contains("is not available on a PostgreSQL register yet"));
        assert!(refused(slot.lock().unwrap_err()).contains("is not available on a PostgreSQL register yet"));
        assert!(refused(slot.encrypt(&key("correct horse battery")).unwrap_err()).contains("PostgreSQL register"));
        assert!(refused(slot.create(None).unwrap_err()).contains("PostgreSQL register"));
    }
}

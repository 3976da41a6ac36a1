//! Letter templates: minijinja files, one per kind and language, shipped in
//! `assets/templates/<lang>/<kind>.txt` and overridable by an organisation
//! with its own copy in `<override dir>/<lang>/<kind>.txt`. The variables
//! they see are documented in `assets/templates/README.md`.
//!
//! A template renders to plain text: the first line is the letter's title,
//! then the body. In the body a blank line separates paragraphs, a line
//! starting with `- ` is a list item and one starting with `## ` a heading.
//! Values from the case are inserted as text and never evaluated: a name
//! such as `{{ 7*7 }}` prints as typed.

use std::path::{Path, PathBuf};

use casebook_core::Relationship;
use casebook_core::authority::{Authority, judicial_remedy, supervisory_authority};
use casebook_core::deadline::{ClockEffect, Deadlines, RegimeRules};
use casebook_core::identity::child_finding;
use chrono::NaiveDate;
use minijinja::{Environment, UndefinedBehavior, Value, context};

use crate::i18n::{de, join_list, law_name, law_with_article, long_date, relationship_name, right_name, salutation};
use crate::{
    ActionFact, CaseFacts, Error, LetterDetails, LetterInput, LetterKind, MissingFact, ProcessingRecord, Source,
};

macro_rules! files {
    ($lang:literal; $($f:literal),+) => {
        [$( (concat!($lang, "/", $f, ".txt"), include_str!(concat!("../../../assets/templates/", $lang, "/", $f, ".txt"))) ),+]
    };
}
macro_rules! language {
    ($lang:literal) => {
        files!($lang; "acknowledgement", "id-request", "authority-request", "clarification", "extension",
            "fee-request", "access-response", "erasure-confirmation", "rectification-confirmation",
            "restriction-confirmation", "objection-confirmation", "opt-out-confirmation", "refusal", "no-data",
            "id-reminder", "complaint-acknowledgement", "complaint-outcome", "appeal-decision",
            "account-deactivation-confirmation", "preferences-confirmation", "_closing")
    };
}

/// The shipped templates, compiled in: (`lang/file.txt`, source).
static BUNDLED: [[(&str, &str); 21]; 8] = [
    language!("en"),
    language!("de"),
    language!("fr"),
    language!("es"),
    language!("it"),
    language!("nl"),
    language!("pt"),
    language!("pl"),
];

/// Where templates come from: the shipped set, an organisation's folder
/// before it, and texts given whole (a team register's own templates, or
/// one being checked before it is kept) before both.
#[derive(Debug, Clone, Default)]
pub struct Templates {
    override_dir: Option<PathBuf>,
    /// `lang/file.txt` → its text.
    texts: std::sync::Arc<std::collections::BTreeMap<String, String>>,
}

/// The languages every template ships in.
pub const SHIPPED_LANGUAGES: [&str; 8] = ["en", "de", "fr", "es", "it", "nl", "pt", "pl"];

/// The file every letter in a language ends with (closing and signature), without `.txt`.
pub const CLOSING: &str = "_closing";

impl Templates {
    pub fn new(override_dir: Option<PathBuf>) -> Templates {
        Templates { override_dir, texts: Default::default() }
    }

    /// These templates with `text` as `<lang>/<file>.txt` (`file`: a kind's
    /// code or [`CLOSING`]), used before the folder's copy and the shipped one.
    pub fn with_text(mut self, lang: &str, file: &str, text: &str) -> Templates {
        std::sync::Arc::make_mut(&mut self.texts).insert(format!("{lang}/{file}.txt"), text.to_string());
        self
    }

    fn given(&self, name: &str) -> Option<&str> {
        self.texts.get(name).map(String::as_str)
    }

    /// The shipped text of `<lang>/<file>.txt` (`file`: a kind's code or [`CLOSING`]).
    pub fn shipped(lang: &str, file: &str) -> Option<&'static str> {
        Self::bundled(&format!("{lang}/{file}.txt"))
    }

    fn bundled(name: &str) -> Option<&'static str> {
        BUNDLED.iter().flatten().find(|(n, _)| *n == name).map(|(_, s)| *s)
    }

    fn overridden(dir: Option<&Path>, name: &str) -> Option<PathBuf> {
        // Names Casebook asks for are built from validated codes; a name in an
        // own template's `{% include %}` is refused unless it stays in the folder.
        let inside =
            !name.starts_with('/') && !name.contains('\\') && name.split('/').all(|c| !c.is_empty() && c != "..");
        dir.filter(|_| inside).map(|d| d.join(name)).filter(|p| p.is_file())
    }

    /// Whether a template exists for `kind` in `lang`.
    pub fn has(&self, lang: &str, kind: LetterKind) -> bool {
        let name = format!("{lang}/{}.txt", kind.code());
        Self::bundled(&name).is_some()
            || self.given(&name).is_some()
            || Self::overridden(self.override_dir.as_deref(), &name).is_some()
    }

    /// The languages `kind` can go out in, sorted.
    pub fn languages(&self, kind: LetterKind) -> Vec<String> {
        let mut langs: Vec<String> = SHIPPED_LANGUAGES.into_iter().map(String::from).collect();
        let entries = self.override_dir.as_ref().and_then(|dir| std::fs::read_dir(dir).ok());
        let in_folder = entries.into_iter().flatten().flatten().map(|e| e.file_name().to_string_lossy().into_owned());
        let given = self.texts.keys().filter_map(|k| k.split_once('/')).map(|(l, _)| l.to_string());
        for lang in in_folder.chain(given).collect::<Vec<_>>() {
            if valid_language(&lang) && !langs.contains(&lang) && self.has(&lang, kind) {
                langs.push(lang);
            }
        }
        langs.sort();
        langs
    }

    fn environment(&self, lang: &str) -> Environment<'static> {
        let mut env = Environment::new();
        env.set_undefined_behavior(UndefinedBehavior::Strict);
        // An organisation's own template is outside input: a loop that never
        // ends runs out of fuel instead of hanging the letter.
        env.set_fuel(Some(TEMPLATE_FUEL));
        env.set_syntax(
            minijinja::syntax::SyntaxConfig::builder()
                .trim_blocks(true)
                .lstrip_blocks(true)
                .build()
                .expect("the default delimiters are valid"),
        );
        let dir = self.override_dir.clone();
        let texts = self.texts.clone();
        env.set_loader(move |name| {
            if let Some(text) = texts.get(name) {
                return Ok(Some(text.clone()));
            }
            if let Some(path) = Self::overridden(dir.as_deref(), name) {
                return std::fs::read_to_string(&path).map(Some).map_err(|e| {
                    minijinja::Error::new(minijinja::ErrorKind::InvalidOperation, format!("{}: {e}", path.display()))
                });
            }
            Ok(Self::bundled(name).map(str::to_string))
        });
        let l = lang.to_string();
        env.add_filter("date", move |d: String| -> Result<String, minijinja::Error> {
            let parsed = d.parse::<NaiveDate>().map_err(|_| {
                minijinja::Error::new(minijinja::ErrorKind::InvalidOperation, format!("'{d}' is not a YYYY-MM-DD date"))
            })?;
            Ok(long_date(parsed, &l))
        });
        let l = lang.to_string();
        env.add_filter("right", move |code: String| -> String {
            code.parse().map(|r| right_name(r, &l).to_string()).unwrap_or(code)
        });
        let l = lang.to_string();
        env.add_filter("join_words", move |items: Vec<String>| join_list(&items, &l));
        env.add_filter("de", |words: String| de(&words));
        env
    }
}

/// `en`, `de`: two lower-case ASCII letters.
/// Instructions one template may run: the longest shipped letter (an access
/// response quoting a large register) needs a few thousand.
const TEMPLATE_FUEL: u64 = 1_000_000;

/// The most text a template may produce (a letter is a few pages).
const MAX_TEMPLATE_OUTPUT: usize = 256 * 1024;

pub fn valid_language(lang: &str) -> bool {
    lang.len() == 2 && lang.bytes().all(|b| b.is_ascii_lowercase())
}

/// A filled template: the title line, the body, the closing.
pub(crate) struct Filled {
    pub title: String,
    pub body: String,
    pub closing: String,
    pub sources: Vec<Source>,
}

/// A value from outside kept on one line: newlines and control characters
/// would otherwise turn a name into a heading or a list item in the body.
fn one_line(s: &str) -> String {
    let cleaned: String = s.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    cleaned.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The DPO's words as a sentence the letter goes on after: with its final
/// full stop (or question or exclamation mark, or a closing quote after
/// one) as typed, else with one added ("(in Leeds)" becomes "(in Leeds).").
fn sentence(s: String) -> String {
    let end = s.trim_end_matches(['"', '»', '”', '\'']);
    if s.is_empty() || end.ends_with(['.', '!', '?', '…']) { s } else { s + "." }
}

fn lines(s: &str) -> Vec<String> {
    s.split(['\n', '\r']).map(one_line).filter(|l| !l.is_empty()).collect()
}

fn date(d: Option<NaiveDate>) -> Value {
    d.map(|d| Value::from(d.to_string())).unwrap_or(Value::from(()))
}

fn effect(e: ClockEffect) -> &'static str {
    match e {
        ClockEffect::Restart => "restart",
        ClockEffect::Pause => "pause",
        ClockEffect::Nothing => "nothing",
    }
}

/// The actions an erasure confirmation states.
const ERASURE_ACTIONS: &[&str] = &["erased", "anonymised", "kept", "account-deactivated"];

/// The confirmations stated from the action log: the rights they answer (as
/// `--right` takes them) and the actions of which at least one must be
/// recorded before the letter can say it was done.
pub fn confirmed_actions(kind: LetterKind) -> Option<(&'static [&'static str], &'static [&'static str])> {
    use LetterKind as K;
    Some(match kind {
        K::RestrictionConfirmation => (&["restriction"], &["restricted"]),
        K::ObjectionConfirmation => {
            (&["objection", "unsubscribe", "withdraw-consent"], &["suppressed", "preferences-changed", "erased"])
        }
        K::OptOutConfirmation => (&["opt-out-of-sale", "limit-sensitive"], &["suppressed", "preferences-changed"]),
        K::AccountDeactivationConfirmation => (&["deactivate-account"], &["account-deactivated"]),
        K::PreferencesConfirmation => (&["communication-preferences"], &["preferences-changed", "suppressed"]),
        _ => return None,
    })
}

/// Checks that the case has what the kind needs, so the DPO gets one clear
/// message instead of a letter with a hole in it.
fn check(input: &LetterInput<'_>) -> Result<(), Error> {
    let c = input.case;
    let p = input.processing;
    let missing = |fact: MissingFact| Err(Error::Missing(fact));
    match input.kind {
        LetterKind::IdRequest | LetterKind::IdReminder
            if c.identity_requested_on.is_none() || c.identity_asked_for.is_none() =>
        {
            missing(MissingFact::IdentityRequest)
        }
        LetterKind::Clarification if c.clarification_question.is_none() => missing(MissingFact::ClarificationQuestion),
        LetterKind::FeeRequest if casebook_core::workflow::fee_grounds(c.regime).0.is_empty() => {
            let provision = casebook_core::workflow::fee_grounds(c.regime).1.to_string();
            missing(MissingFact::NoFeeInLaw { regime: c.regime, provision })
        }
        LetterKind::Extension if RegimeRules::of(c.regime).extension == casebook_core::deadline::Extension::None => {
            missing(MissingFact::NoExtensionInLaw { regime: c.regime })
        }
        LetterKind::Extension if c.extension_reason.is_none() || input.deadlines.extended_due.is_none() => {
            missing(MissingFact::Extension)
        }
        LetterKind::FeeRequest if input.details.fee.is_none() => missing(MissingFact::Fee),
        LetterKind::Refusal if input.details.reason.is_none() => missing(MissingFact::RefusalReason),
        LetterKind::ComplaintOutcome if c.complaint_outcome.is_none() || input.details.reason.is_none() => {
            missing(MissingFact::ComplaintAnswer)
        }
        LetterKind::AppealDecision if c.appeal_outcome.is_none() || input.details.reason.is_none() => {
            missing(MissingFact::AppealDecision)
        }
        LetterKind::ErasureConfirmation
            if !input.details.actions.iter().any(|a| ERASURE_ACTIONS.contains(&a.did.as_str())) =>
        {
            missing(MissingFact::ErasureDone)
        }
        LetterKind::RectificationConfirmation if !input.details.actions.iter().any(|a| a.did == "rectified") => {
            missing(MissingFact::RectificationDone)
        }
        LetterKind::AccountDeactivationConfirmation | LetterKind::PreferencesConfirmation
            if input.kind.right().is_some_and(|r| !c.rights.contains(&r)) =>
        {
            let right = input.kind.right().expect("the guard checked it");
            missing(MissingFact::RightNotAsked {
                letter: input.kind,
                right,
                reference: c.reference.to_string(),
                rights: c.rights.clone(),
            })
        }
        kind if confirmed_actions(kind)
            .is_some_and(|(_, needed)| !input.details.actions.iter().any(|a| needed.contains(&a.did.as_str()))) =>
        {
            let (rights, needed) = confirmed_actions(kind).unwrap_or_default();
            missing(MissingFact::ActionsDone {
                letter: kind,
                done: needed.iter().map(|d| d.to_string()).collect(),
                rights: rights.iter().map(|r| r.to_string()).collect(),
                reference: c.reference.to_string(),
            })
        }
        LetterKind::AccessResponse => processing_recorded(p),
        LetterKind::Acknowledgement if input.organisation.verification_process.get(input.language).is_none() => {
            match casebook_core::workflow::verification_described(c.regime, &c.rights) {
                Some(provision) => missing(MissingFact::VerificationProcess {
                    provision: provision.to_string(),
                    language: input.language.to_string(),
                    recorded: input.organisation.verification_process.languages(),
                }),
                None => Ok(()),
            }
        }
        _ => Ok(()),
    }
}

fn processing_recorded(p: Option<&ProcessingRecord>) -> Result<(), Error> {
    let p = p.cloned().unwrap_or_default();
    let parts = [
        ("purposes", p.purposes.is_some()),
        ("data_categories", p.data_categories.is_some()),
        ("recipients", p.recipients.is_some()),
        ("retention", p.retention.is_some()),
        ("sources", p.sources.is_some()),
        ("automated_decisions", p.automated_decisions.is_some()),
        ("transfers", p.transfers.is_some()),
    ];
    let absent: Vec<String> =
        parts.iter().filter(|(_, recorded)| !recorded).map(|(part, _)| part.to_string()).collect();
    if absent.is_empty() { Ok(()) } else { Err(Error::Missing(MissingFact::ProcessingRecord { absent })) }
}

pub(crate) fn fill(input: &LetterInput<'_>, templates: &Templates) -> Result<Filled, Error> {
    let lang = input.language;
    let kind = input.kind;
    if !templates.has(lang, kind) {
        return Err(Error::NoTemplate { lang: lang.to_string(), kind, available: templates.languages(kind) });
    }
    check(input)?;
    let (ctx, sources) = context(input);
    let env = templates.environment(lang);
    let main = render_file(&env, &ctx, &format!("{lang}/{}.txt", kind.code()))?;
    let closing = render_file(&env, &ctx, &format!("{lang}/_closing.txt"))?;
    let (title, body) = main.split_once('\n').unwrap_or((&main, ""));
    let title = title.trim().to_string();
    Ok(Filled { title, body: body.trim().to_string(), closing, sources })
}

/// Fills one template file (`<lang>/<kind>.txt` or `<lang>/_closing.txt`)
/// for `input` exactly as a letter would, without laying anything out: how
/// an organisation's own copy is checked before a letter is made with it.
/// `input.kind` and `input.language` give the facts; `file` the template.
pub fn check_template(input: &LetterInput<'_>, templates: &Templates, file: &str) -> Result<(), Error> {
    check(input)?;
    let (ctx, _) = context(input);
    render_file(&templates.environment(input.language), &ctx, file).map(|_| ())
}

/// Renders one file and normalises it; a letter's own template (not the
/// closing) must start with a title line.
fn render_file(env: &Environment<'static>, ctx: &Value, name: &str) -> Result<String, Error> {
    let t = env.get_template(name).map_err(|e| template_error(name, &e))?;
    let text = t.render(ctx).map_err(|e| template_error(name, &e))?;
    if text.len() > MAX_TEMPLATE_OUTPUT {
        return Err(Error::Template {
            name: name.to_string(),
            problem: TemplateProblem::TooLong {
                kib: (text.len() / 1024) as u64,
                max_kib: (MAX_TEMPLATE_OUTPUT / 1024) as u64,
            },
        });
    }
    let text = normalise(&text);
    if !name.ends_with("/_closing.txt") && text.lines().next().is_none_or(|l| l.trim().is_empty()) {
        return Err(Error::Template { name: name.to_string(), problem: TemplateProblem::NoTitle });
    }
    Ok(text)
}

/// Where the parts of a letter come from, as the letter's sources list them.
fn sources(input: &LetterInput<'_>, authority: Option<&Authority>) -> Vec<Source> {
    let c = input.case;
    let mut sources = vec![
        Source { field: "requester".into(), from: format!("case {}", c.reference) },
        Source { field: "dates".into(), from: "deadline engine (see `casebook case show`)".into() },
        Source { field: "letterhead".into(), from: "organisation profile (casebook init)".into() },
    ];
    if let Some(a) = authority {
        sources.push(Source { field: "authority".into(), from: format!("assets/authorities table: {}", a.name) });
    }
    if matches!(input.kind, LetterKind::IdRequest | LetterKind::AuthorityRequest) {
        sources.push(Source {
            field: "retention".into(),
            from: "identity documents' retention period (casebook retention set --identity-document-days)".into(),
        });
    }
    if input.processing.is_some() && input.kind == LetterKind::AccessResponse {
        sources.push(Source {
            field: "processing".into(),
            from: "record of processing in the letter settings (casebook letter settings)".into(),
        });
    }
    if input.kind == LetterKind::AccessResponse {
        use casebook_core::processing::access::{information_required, other_rights};
        sources.push(Source {
            field: "law".into(),
            from: format!(
                "the information with the copy: {}; the rights listed: {}",
                information_required(c.regime).unwrap_or("none required by the law, said as how we process it"),
                other_rights(c.regime).unwrap_or("none, as the law does not give them all"),
            ),
        });
    }
    if input.kind == LetterKind::FeeRequest {
        let (_, grounds) = casebook_core::workflow::fee_grounds(c.regime);
        let confirm = casebook_core::workflow::fee_confirmation(c.regime).map_or("none required", |(p, _)| p);
        sources.push(Source {
            field: "law".into(),
            from: format!("the fee: {grounds}; the person's confirmation of the request: {confirm}"),
        });
    }
    if input.kind == LetterKind::Acknowledgement
        && let Some(provision) = casebook_core::workflow::verification_described(c.regime, &c.rights)
    {
        sources.push(Source {
            field: "verification".into(),
            from: format!(
                "how requesters are verified, as {provision} has it described: organisation profile, in the letter's language (casebook init --verification-process LANG=…)"
            ),
        });
    }
    if input.kind == LetterKind::RestrictionConfirmation {
        sources.push(Source {
            field: "law".into(),
            from: format!(
                "what the restriction means: {}",
                casebook_core::answer::restriction_terms(c.regime)
                    .unwrap_or("not stated, as the law sets no terms for it")
            ),
        });
    }
    if !input.details.recipients.is_empty() {
        sources
            .push(Source { field: "recipients".into(), from: "given when the letter was made (--recipient)".into() });
    }
    if !input.details.actions.is_empty() || !input.details.notified.is_empty() {
        sources.push(Source {
            field: "actions".into(),
            from: format!("the action log of case {} (casebook case action / case notify)", c.reference),
        });
    }
    sources
}

/// What was done in each system, by what was done (the confirmations' `actions`).
/// The same thing recorded twice in a system (the action log keeps both
/// records) is stated once.
fn actions_context(details: &LetterDetails) -> Value {
    let once = |did: &str, with: fn(&ActionFact) -> Option<&str>| {
        let mut seen = Vec::<(String, Option<String>)>::new();
        for a in details.actions.iter().filter(|a| a.did == did) {
            let line = (one_line(&a.system), with(a).map(one_line));
            if !seen.contains(&line) {
                seen.push(line);
            }
        }
        seen
    };
    let systems = |did: &str| once(did, |_| None).into_iter().map(|(system, _)| system).collect::<Vec<_>>();
    context! {
        erased => systems("erased"),
        anonymised => systems("anonymised"),
        deactivated => systems("account-deactivated"),
        restricted => systems("restricted"),
        suppressed => systems("suppressed"),
        preferences => once("preferences-changed", |a| a.detail.as_deref()).into_iter().map(|(system, detail)| context! { system, detail }).collect::<Vec<_>>(),
        kept => once("kept", |a| a.ground.as_deref()).into_iter().map(|(system, ground)| context! { system, ground }).collect::<Vec<_>>(),
        rectified => once("rectified", |a| a.detail.as_deref()).into_iter().map(|(system, detail)| context! { system, detail }).collect::<Vec<_>>(),
    }
}

/// The data subject, when the requester acts for someone else.
fn subject_context(c: &CaseFacts, lang: &str) -> Option<Value> {
    c.data_subject.as_ref().map(|s| {
        let child = child_finding(s, c.regime, &c.location, c.received).is_some_and(|f| f.child);
        let your_child = child && matches!(s.relationship, Relationship::Parent | Relationship::Guardian);
        context! {
            name => one_line(&s.name),
            relationship => s.relationship.code(),
            relationship_name => relationship_name(s.relationship, lang),
            child => child,
            your_child => your_child,
            about => if your_child { format!("{} {}", your_child_words(lang), one_line(&s.name)) } else { one_line(&s.name) },
        }
    })
}

/// The record of processing, as an access response states it.
fn processing_context(p: &ProcessingRecord) -> Value {
    let clean_list = |v: &Option<Vec<String>>| v.as_ref().map(|v| v.iter().map(|s| one_line(s)).collect::<Vec<_>>());
    context! {
        purposes => clean_list(&p.purposes),
        data_categories => clean_list(&p.data_categories),
        recipients => clean_list(&p.recipients),
        retention => p.retention.as_deref().map(one_line),
        sources => clean_list(&p.sources),
        automated_decisions => p.automated_decisions.as_deref().map(one_line),
        transfers => p.transfers.as_deref().map(one_line),
    }
}

/// The case's facts as the templates see them (`case.*`), the law named as
/// the language reads it (a US state's act by its name).
fn case_context(c: &CaseFacts, lang: &str, state_law: Option<&casebook_core::deadline::law::StateLaw>) -> Value {
    let act = state_law.map(casebook_core::deadline::law::StateLaw::name);
    let name = law_name(c.regime, lang, act.as_deref());
    let law = law_with_article(c.regime, lang, &name);
    context! {
        reference => c.reference.clone(),
        received => c.received.to_string(),
        rights => c.rights.iter().map(|r| r.code()).collect::<Vec<_>>(),
        rights_text => rights_text(&c.rights, lang),
        rights_de => rights_de(&c.rights, lang),
        regime => c.regime.code(),
        regime_name => name,
        regime_subject => law.0,
        regime_after => law.1,
        location => c.location.as_str(),
        country => c.location.country(),
        channel => c.channel.code(),
        concerns => c.concerns.as_deref().map(one_line),
    }
}

/// What the templates see, and where each part comes from.
fn context(input: &LetterInput<'_>) -> (Value, Vec<Source>) {
    let lang = input.language;
    let kind = input.kind;
    let c = input.case;
    let org = input.organisation;
    let d = input.deadlines;
    let authority = supervisory_authority(c.regime, &c.location);
    let state_law = (c.regime == casebook_core::Regime::UsState)
        .then(|| casebook_core::deadline::law::state_law(c.location.subdivision()).ok())
        .flatten();
    let sources = sources(input, authority.as_ref());
    let notified = input
        .details
        .notified
        .iter()
        .map(|n| context! { recipient => one_line(&n.recipient), on => n.on.to_string() })
        .collect::<Vec<_>>();
    let email = c.requester.emails.first().cloned();
    let ctx = context! {
        lang => lang,
        kind => kind.code(),
        today => input.date.to_string(),
        salutation => salutation(&one_line(&c.requester.name), lang),
        org => context! {
            name => one_line(&org.name),
            address_lines => lines(&org.postal_address),
            dpo_name => one_line(&org.dpo_name),
            dpo_email => one_line(&org.dpo_email),
            verification_process => org.verification_process.get(lang).map(one_line).filter(|v| !v.is_empty()).map(sentence),
        },
        case => case_context(c, lang, state_law),
        complaint => context! {
            outcome => c.complaint_outcome.as_deref(),
            answered_on => date(c.complaint_answered_on),
        },
        appeal => context! {
            received_on => date(c.appeal_received_on),
            outcome => c.appeal_outcome.as_deref(),
            decided_on => date(c.appeal_decided_on),
            state => state_law.map(|s| s.state),
            attorney_general => state_law.and_then(|s| s.appeal).is_some_and(|a| a.attorney_general),
            section => state_law.and_then(|s| s.appeal).map(|a| a.section),
        },
        courts => judicial_remedy(c.regime),
        law => context! {
            information => casebook_core::processing::access::information_required(c.regime),
            other_rights => casebook_core::processing::access::other_rights(c.regime),
            restriction => casebook_core::answer::restriction_terms(c.regime),
            fee_confirmation => casebook_core::workflow::fee_confirmation(c.regime).map(|(provision, days)| context! { provision, days }),
            verification => casebook_core::workflow::verification_described(c.regime, &c.rights),
            complaint_period => casebook_core::authority::complaint_period(c.regime, &c.rights).map(|p| context! { days => p.days, provision => p.provision }),
        },
        requester => context! {
            name => one_line(&c.requester.name),
            email => email.map(|e| one_line(&e)),
            address_lines => c.requester.postal_address.as_deref().map(lines).unwrap_or_default(),
            customer_ids => c.requester.customer_ids.iter().map(|s| one_line(s)).collect::<Vec<_>>(),
        },
        subject => subject_context(c, lang),
        dates => context! {
            due => date(d.due),
            extended_due => date(d.extended_due),
            extension_notice_by => date(d.extension_notice_by),
            acknowledge_by => date(d.acknowledge_by),
            start => date(d.start),
            by_right => dates_by_right(d, lang),
            extends_text => extends_text(c, lang),
        },
        rules => context! {
            identity => effect(RegimeRules::of(c.regime).identity),
            clarification => effect(RegimeRules::of(c.regime).clarification),
        },
        clock => serde_json::to_value(d.clock).ok().and_then(|v| v.as_str().map(String::from)),
        identity => identity_context(c, d, lang),
        clarification => clarification_context(c, lang),
        extension => context! {
            reason => c.extension_reason.as_deref().map(one_line).map(sentence),
            notified_on => date(c.extension_notified_on),
        },
        details => context! {
            reason => input.details.reason.as_deref().map(one_line).map(sentence),
            fee => input.details.fee.as_deref().map(one_line),
            recipients => input.details.recipients.iter().map(|s| one_line(s)).collect::<Vec<_>>(),
        },
        actions => actions_context(input.details),
        notified => notified,
        authority => authority.as_ref().map(|a| context! {
            name => one_line(&a.name),
            in_sentence => one_line(&a.in_sentence(lang)),
            // The GDPR's (and the FADP's) "supervisory authority"; under another
            // law a letter names the authority as the competent one, not with
            // the GDPR's term (an Attorney General, the Privacy Commissioner).
            supervisory => matches!(c.regime, casebook_core::Regime::UkGdpr | casebook_core::Regime::EuGdpr | casebook_core::Regime::Fadp),
            address_lines => a.address.as_deref().map(lines).unwrap_or_default(),
            website => a.website.as_deref().map(one_line),
        }),
        processing => input.processing.map(processing_context),
        retention => context! { identity_document_days => input.identity_document_days },
    };
    (ctx, sources)
}

/// Each date the rights asked for are due on, soonest first, with the rights
/// due that day (`rights_text`, and `rights_de` for French), where the rights
/// do not all share one date: an acknowledgement then says which is due
/// when. A right with no date (no statute and no house target) is not listed.
fn dates_by_right(d: &Deadlines, lang: &str) -> Option<Vec<minijinja::Value>> {
    let first = d.rights.first()?.due;
    if d.rights.iter().all(|r| r.due == first) {
        return None;
    }
    let mut on: std::collections::BTreeMap<NaiveDate, Vec<casebook_core::Right>> = std::collections::BTreeMap::new();
    for r in &d.rights {
        if let Some(due) = r.due {
            on.entry(due).or_default().push(r.right);
        }
    }
    let groups = on.into_iter().map(|(due, rights)| {
        context! { due => date(Some(due)), rights_text => rights_text(&rights, lang), rights_de => rights_de(&rights, lang) }
    });
    Some(groups.collect())
}

/// The rules of the case's law in the version in force on the day the
/// request was received (a US state's own statute); None where none applies
/// yet (a state law not yet in force) or the location does not fit the law.
fn rules_in_force(c: &crate::CaseFacts) -> Option<RegimeRules> {
    match RegimeRules::in_force(c.regime, &c.location, c.received).ok()? {
        casebook_core::deadline::InForce::Rules(rules) => Some(rules),
        casebook_core::deadline::InForce::NotYet { .. } => None,
    }
}

/// The rights the law's extension covers, in words, where it covers some of
/// those asked for and not the others (a US state's revocation limit, the
/// CCPA's requests to stop, an unsubscribe under CAN-SPAM): the letter then
/// says which period may be extended rather than "this period".
fn extends_text(c: &crate::CaseFacts, lang: &str) -> Option<String> {
    let rules = rules_in_force(c)?;
    let (extends, not): (Vec<casebook_core::Right>, Vec<_>) = c.rights.iter().partition(|r| rules.extends(**r));
    (!extends.is_empty() && !not.is_empty()).then(|| rights_text(&extends, lang))
}

/// The question asked, and whether waiting for its answer pauses the period:
/// `pauses` where the law pauses it for a right asked for (the EU's every
/// right; the UK's access only, Art. 12A(5)), with `paused_text` naming the
/// rights it pauses where the others' periods run on.
fn clarification_context(c: &crate::CaseFacts, lang: &str) -> minijinja::Value {
    let rules = rules_in_force(c).unwrap_or_else(|| RegimeRules::of(c.regime));
    let paused: Vec<casebook_core::Right> = c
        .rights
        .iter()
        .copied()
        .filter(|r| {
            rules.clarification == ClockEffect::Pause
                && (!rules.clarification_access_only || *r == casebook_core::Right::Access)
        })
        .collect();
    context! {
        question => c.clarification_question.as_deref().map(one_line).map(sentence),
        asked_on => date(c.clarification_asked_on),
        pauses => !paused.is_empty(),
        paused_text => (!paused.is_empty() && paused.len() < c.rights.len()).then(|| rights_text(&paused, lang)),
    }
}

/// What was asked for to confirm identity, and the rights it holds up: in a
/// request that mixes rights that wait for identity with rights that go
/// ahead while it is awaited (`verification_rule`), `waiting_text` names the
/// former and `ahead_text` the latter; otherwise `waiting_text` is every
/// right asked for and `ahead_text` is none. `awaiting` says what the
/// waiting clock waits for (the engine's `Deadlines::waiting_for`):
/// `evidence`, `fee` or `evidence-and-fee` (UK: a fee restarts the clock too).
fn identity_context(c: &crate::CaseFacts, d: &Deadlines, lang: &str) -> minijinja::Value {
    let (waiting, ahead): (Vec<_>, Vec<_>) =
        c.rights.iter().partition(|r| casebook_core::identity::verification_rule(c.regime, **r).waits);
    let mixed = !waiting.is_empty() && !ahead.is_empty();
    context! {
        asked_for => c.identity_asked_for.as_deref().map(one_line).map(sentence),
        requested_on => date(c.identity_requested_on),
        awaiting => d.waiting_for.map(|w| w.code()),
        waiting_text => if mixed { rights_text(&waiting, lang) } else { rights_text(&c.rights, lang) },
        ahead_text => mixed.then(|| rights_text(&ahead, lang)),
        waiting_de => if mixed { rights_de(&waiting, lang) } else { rights_de(&c.rights, lang) },
        ahead_de => mixed.then(|| rights_de(&ahead, lang)),
    }
}

/// Rights in words, joined in the letter's language ("access and erasure").
fn rights_text(rights: &[casebook_core::Right], lang: &str) -> String {
    join_list(&rights.iter().map(|r| right_name(*r, lang).to_string()).collect::<Vec<_>>(), lang)
}

/// Rights in French words each after its own "de", elided where it must be
/// ("d'accès et de rectification"): French repeats the preposition before
/// every item of a list, which `{{ case.rights_text | de }}` cannot.
fn rights_de(rights: &[casebook_core::Right], lang: &str) -> String {
    join_list(&rights.iter().map(|r| crate::i18n::de(right_name(*r, lang))).collect::<Vec<_>>(), lang)
}

/// "your child", as a letter to a parent calls the data subject.
fn your_child_words(lang: &str) -> &'static str {
    match lang {
        "de" => "Ihr Kind",
        "fr" => "votre enfant",
        "es" => "su hijo o hija",
        "it" => "Suo figlio o Sua figlia",
        "nl" => "uw kind",
        "pt" => "o seu filho ou a sua filha",
        "pl" => "Państwa dziecko",
        _ => "your child",
    }
}

fn template_error(name: &str, e: &minijinja::Error) -> Error {
    let line = e.line().map(|l| u32::try_from(l).unwrap_or(u32::MAX));
    Error::Template {
        name: name.to_string(),
        problem: TemplateProblem::Engine { line, detail: one_line(&e.to_string()) },
    }
}

/// Why a template does not make a letter: the template engine's refusal (a
/// misspelt variable, an `{% if %}` without `{% endif %}`), in its words and
/// at its line, or a rule of ours.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum TemplateProblem {
    /// The template engine refuses it (`detail`: its English, on one line), at a line when it says.
    Engine { line: Option<u32>, detail: String },
    /// It produced more text than a letter holds.
    TooLong { kib: u64, max_kib: u64 },
    /// A letter's first line, its title, is empty.
    NoTitle,
}

impl std::fmt::Display for TemplateProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TemplateProblem::Engine { line: Some(line), detail } => write!(f, "line {line}: {detail}"),
            TemplateProblem::Engine { line: None, detail } => f.write_str(detail),
            TemplateProblem::TooLong { kib, max_kib } => {
                write!(f, "it produced {kib} KiB of text (a letter is at most {max_kib} KiB)")
            }
            TemplateProblem::NoTitle => f.write_str("the first line (the title) is empty"),
        }
    }
}

/// Trailing spaces removed, runs of blank lines collapsed to one, trimmed.
fn normalise(s: &str) -> String {
    let mut out = String::new();
    let mut blank = 0;
    for line in s.lines().map(str::trim_end) {
        if line.is_empty() {
            blank += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank > 0 { "\n\n" } else { "\n" });
        }
        blank = 0;
        out.push_str(line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalise_collapses_blank_lines() {
        assert_eq!(normalise("Title\n\n\n\nBody  \n- a\n\n\nEnd\n\n"), "Title\n\nBody\n- a\n\nEnd");
    }

    #[test]
    fn a_template_problem_says_its_english_and_the_engine_its_line() {
        let engine = |line| TemplateProblem::Engine { line, detail: "undefined value".into() };
        for (problem, english) in [
            (engine(Some(4)), "line 4: undefined value"),
            (engine(None), "undefined value"),
            (
                TemplateProblem::TooLong { kib: 300, max_kib: 256 },
                "it produced 300 KiB of text (a letter is at most 256 KiB)",
            ),
            (TemplateProblem::NoTitle, "the first line (the title) is empty"),
        ] {
            assert_eq!(problem.to_string(), english);
        }
        let error = Error::Template { name: "en/refusal.txt".into(), problem: TemplateProblem::NoTitle };
        assert_eq!(error.to_string(), "template en/refusal.txt: the first line (the title) is empty");
        let mut env = Environment::new();
        let e = env.add_template("en/x.txt", "Title\n\n{% if %}").unwrap_err();
        let Error::Template { name, problem: TemplateProblem::Engine { line, detail } } =
            template_error("en/x.txt", &e)
        else {
            panic!("not the engine's refusal")
        };
        assert_eq!((name.as_str(), line), ("en/x.txt", Some(3)));
        assert!(!detail.is_empty() && !detail.contains('\n'), "{detail}");
    }

    #[test]
    fn one_line_defuses_markup_in_values() {
        assert_eq!(one_line("Ann\n## Heading\r\n- item\u{7}"), "Ann ## Heading - item");
    }

    #[test]
    fn an_include_cannot_climb_out_of_the_folder() {
        let dir = std::env::temp_dir().join(format!("casebook-include-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("en")).unwrap();
        std::fs::write(dir.join("secret.txt"), "secret").unwrap();
        std::fs::write(dir.join("en/part.txt"), "part").unwrap();
        let d = Some(dir.as_path());
        assert!(Templates::overridden(d, "en/part.txt").is_some());
        for name in ["en/../secret.txt", "../secret.txt", "/etc/hostname", "en//part.txt", "en\\..\\secret.txt"] {
            assert_eq!(Templates::overridden(d, name), None, "{name}");
        }
        let env = Templates::new(Some(dir.clone())).environment("en");
        let t = env.template_from_str("{% include 'en/../secret.txt' %}").unwrap();
        assert!(t.render(()).is_err());
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_text_given_whole_comes_before_the_shipped_one_and_adds_its_language() {
        let t = Templates::default().with_text("en", "refusal", "Our refusal\n\nNo, {{ requester.name }}.").with_text(
            "sv",
            "no-data",
            "Inga uppgifter\n\nInget.",
        );
        let env = t.environment("en");
        assert_eq!(env.get_template("en/refusal.txt").unwrap().source(), "Our refusal\n\nNo, {{ requester.name }}.");
        assert_eq!(env.get_template("de/refusal.txt").unwrap().source(), Templates::shipped("de", "refusal").unwrap());
        assert!(t.has("sv", LetterKind::NoData) && !t.has("sv", LetterKind::Refusal));
        assert!(t.languages(LetterKind::NoData).contains(&"sv".to_string()));
        assert!(!t.languages(LetterKind::Refusal).contains(&"sv".to_string()));
        // The shipped set itself is unchanged.
        assert!(!Templates::default().has("sv", LetterKind::NoData));
    }

    #[test]
    fn every_bundled_template_parses() {
        let t = Templates::default();
        for lang in SHIPPED_LANGUAGES {
            let env = t.environment(lang);
            for kind in LetterKind::ALL {
                let name = format!("{lang}/{}.txt", kind.code());
                env.get_template(&name).unwrap_or_else(|e| panic!("{name}: {e}"));
            }
            env.get_template(&format!("{lang}/_closing.txt")).unwrap();
        }
    }
}

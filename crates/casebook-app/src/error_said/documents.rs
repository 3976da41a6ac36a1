//! Refusals about letters, drafts, their templates and posted letters.
//!
//! The English of each variant is the command line's (it may name a command
//! to run); the window words the same facts in its language without them.

use casebook_core::Right;
use casebook_core::answer::RightAnswer;
use casebook_render::LetterKind;
use chrono::NaiveDate;
use serde::Serialize;

/// `a, b` or `a or b`: codes as the command line lists them.
fn joined<T: std::fmt::Display>(items: &[T], sep: &str) -> String {
    items.iter().map(ToString::to_string).collect::<Vec<_>>().join(sep)
}

/// A recorded answer as the command line says it:
/// `access is answered as refused (exemption) on 2026-03-02`.
fn answered(a: &RightAnswer) -> String {
    let why = match (a.ground, a.detail.as_deref()) {
        (Some(g), _) => format!(" ({g})"),
        (None, Some(d)) => format!(" ({d})"),
        (None, None) => String::new(),
    };
    format!("{} is answered as {}{why} on {}", a.right, a.outcome, a.on)
}

/// What the letter answered otherwise states instead, when another letter does.
fn instead(a: &RightAnswer, reference: &str) -> String {
    use casebook_core::answer::RightOutcome as O;
    match a.outcome {
        O::Refused => format!("; the refusal letter states it (letter make {reference} --kind refusal)"),
        O::NoData => format!("; the no-data letter states it (letter make {reference} --kind no-data)"),
        _ => String::new(),
    }
}

/// See [`super::ErrorSaid::Documents`]. Large values are boxed so that an
/// error stays small enough to pass around by value (clippy's `result_large_err`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum DocumentsSaid {
    /// The letter settings' logo path names a folder or something else that is not a file.
    #[error("logo '{path}' is not a file")]
    LogoNotAFile { path: String },
    /// The logo of the letter settings could not be read when a letter was made.
    #[error("logo '{path}': {detail}")]
    LogoUnreadable { path: String, detail: String },
    /// The letter could not be rendered (a shipped font that does not load); `detail` is the renderer's English.
    #[error("{detail}")]
    LetterNotMade { detail: String },
    /// No template of this kind in the language asked for (`available`: the languages that have one).
    #[error("no '{language}' template for letter kind '{}' (available: {})", letter.code(), available.join(", "))]
    NoLetterTemplate { language: String, letter: LetterKind, available: Vec<String> },
    /// The logo of the letter settings is not an image the letter can print (`detail`: the image decoder's words).
    #[error("logo: {detail}")]
    LogoNotAnImage { detail: String },
    /// A template that does not make the letter: its file (`en/refusal.txt`) and why.
    #[error("template {name}: {problem}")]
    LetterTemplateRefused { name: String, problem: casebook_render::TemplateProblem },
    /// The letter states a fact the case does not have yet: what to record first.
    #[error(transparent)]
    LetterNeeds { fact: casebook_render::MissingFact },
    /// A request's letter on a complaint, or a complaint's letter on a request.
    #[error("the {letter} letter does not fit case {reference}, which is {}", if *complaint { "a complaint" } else { "a request" })]
    LetterDoesNotFitCase { letter: LetterKind, reference: String, complaint: bool },
    /// A letter answering rights the case did not ask for.
    #[error("the {letter} letter answers {}, and case {reference} asked for {}", joined(answers, " or "), if asked.is_empty() { "no right".to_string() } else { joined(asked, ", ") })]
    LetterAnswersOtherRights { letter: LetterKind, answers: Box<[Right]>, reference: String, asked: Box<[Right]> },
    /// A letter made or marked as sent on a closed case.
    #[error(
        "case {reference} is closed: no letter is recorded on a closed case (re-open it first: case reopen {reference} --reason …)"
    )]
    ClosedCaseNoLetter { reference: String },
    /// The appeal-decision letter before the appeal's decision and its text are recorded.
    #[error(
        "the appeal-decision letter states the recorded decision, and case {reference} has none: record it first with `case appeal-decided {reference} --outcome … --text …`"
    )]
    AppealDecisionNotRecorded { reference: String },
    /// The complaint-outcome letter before the complaint's answer and its text are recorded.
    #[error(
        "the complaint-outcome letter states the recorded answer, and case {reference} has none: record it first with `complaint answer {reference} --outcome … --text …`"
    )]
    ComplaintOutcomeNotRecorded { reference: String },
    /// The access response while systems of the register of processing are not searched yet.
    #[error("the access response states what the searches found, and case {reference} has systems not searched yet: {} (case searched {reference} --system ID --result found|nothing-found)", systems.join(", "))]
    AccessResponseUnsearched { reference: String, systems: Vec<String> },
    /// The access response when every search found nothing.
    #[error(
        "the access response states the data found, and no search on case {reference} found any: send the no-data letter instead (letter make {reference} --kind no-data)"
    )]
    AccessResponseNothingFound { reference: String },
    /// The no-data letter beside an access or portability answered with data.
    #[error(
        "case {reference}: {}: the no-data letter would say no data is held (the access response states what was found: letter make {reference} --kind access-response)",
        answered(answer)
    )]
    NoDataButAnswered { reference: String, answer: Box<RightAnswer> },
    /// The no-data letter while systems of the register of processing are not searched yet.
    #[error("the no-data letter states that the searches found nothing, and case {reference} has systems not searched yet: {} (case searched {reference} --system ID --result found|nothing-found)", systems.join(", "))]
    NoDataUnsearched { reference: String, systems: Vec<String> },
    /// The no-data letter when a search found the person's data.
    #[error("case {reference}: the search of {} found the person's data: the no-data letter would say none is held (the access response states what was found: letter make {reference} --kind access-response)", systems.join(", "))]
    NoDataButFound { reference: String, systems: Vec<String> },
    /// A refusal letter when every right is answered and none as refused.
    #[error("case {reference}: no right is answered as refused ({}): a refusal letter would say otherwise", answers.iter().map(|a| format!("{} {}", a.right, a.outcome)).collect::<Vec<_>>().join(", "))]
    RefusalButNoneRefused { reference: String, answers: Vec<RightAnswer> },
    /// A confirmation or access response for a right answered as refused, not applicable or no data held.
    #[error(
        "case {reference}: {}: the {letter} letter would say otherwise{}",
        answered(answer),
        instead(answer, reference)
    )]
    LetterContradictsAnswer { reference: String, letter: LetterKind, answer: Box<RightAnswer> },
    /// A refusal letter with no refusal recorded, of the request or of a right.
    #[error(
        "case {reference}: the refusal letter states that the request is refused, and no refusal is recorded: record it first (`casebook case refuse {reference} --reason … --text …`, or for one right `casebook case answer {reference} --right R --outcome refused --ground …`)"
    )]
    RefusalNotRecorded { reference: String },
    /// A letter answering rights, some of which have no recorded answer yet.
    #[error("case {reference}: the {letter} letter states the answer to {}, and {} {} no recorded answer: record it first (`casebook case answer {reference} --right {} --outcome fulfilled|partly …`{})", joined(open, ", "), joined(open, ", "), if open.len() == 1 { "has" } else { "have" }, if open.len() == 1 { open[0].code() } else { "R" }, if open.len() == 1 { "" } else { " for each" })]
    RightsUnanswered { reference: String, letter: LetterKind, open: Vec<Right> },
    /// An .eml draft asked for and none could be made: why.
    #[error("{why}")]
    EmlNotMade { why: casebook_render::NoEml },
    /// An .eml draft when the organisation profile has no DPO e-mail address.
    #[error(
        "no .eml draft: the organisation profile has no DPO email address to send it from (add one to the profile)"
    )]
    EmlNoDpoEmail,
    /// An .eml draft when the requester has no e-mail address.
    #[error("no .eml draft: case {reference} has no email address for the requester")]
    EmlNoRequesterEmail { reference: String },
    /// A confirmation given recipients: it names only those recorded as told.
    #[error(
        "the {letter} letter names only the recipients recorded as told: record each with `case notify {reference} --recipient NAME --on DATE`"
    )]
    RecipientsNotRecorded { letter: LetterKind, reference: String },
    /// The register's `fonts/` folder could not be listed.
    #[error("fonts folder '{path}': {detail}")]
    FontsFolderUnreadable { path: String, detail: String },
    /// A font of the register's `fonts/` folder could not be read.
    #[error("font '{path}': {detail}")]
    FontUnreadable { path: String, detail: String },
    /// A channel a letter went out by that is not one of the codes.
    #[error("unknown channel '{input}': expected email, post (or letter), phone, web-form, in-person or other")]
    UnknownChannel { input: String },
    /// A draft named by something other than its number.
    #[error("invalid draft '{input}': expected its number, as `letter drafts` lists it")]
    InvalidDraft { input: String },
    /// A draft marked as sent or discarded that was already sent.
    #[error("draft {draft} of case {reference} was already sent (correspondence {correspondence})")]
    DraftAlreadySent { draft: i64, reference: String, correspondence: i64 },
    /// A draft marked as sent that was discarded.
    #[error("draft {draft} of case {reference} was discarded: make the letter again")]
    DraftDiscarded { draft: i64, reference: String },
    /// A draft marked as sent before the day it is dated.
    #[error("the date {date} is before draft {draft} was made (the letter is dated {letter_date})")]
    SentBeforeDraft { date: NaiveDate, draft: i64, letter_date: NaiveDate },
    /// A draft whose letter the record can no longer make: `detail` says why in
    /// English, `because` as facts when that refusal was given as facts.
    #[error(
        "draft {draft} of case {reference} can no longer be made from the record ({detail}): discard it and make the letter again"
    )]
    DraftNoLongerMade { draft: i64, reference: String, detail: String, because: Option<Box<super::ErrorSaid>> },
    /// A draft whose letter would now read differently.
    #[error(
        "case {reference} changed since draft {draft} was made: the letter would now read differently; discard it (letter discard {reference} {draft}) and make it again"
    )]
    CaseChangedSinceDraft { reference: String, draft: i64 },
    /// A withdrawal naming a correspondence by something other than its number.
    #[error("invalid correspondence '{input}': expected its number, as `case show` lists it")]
    InvalidCorrespondence { input: String },
    /// A withdrawal without its reason.
    #[error("the reason is empty: say why the letter is withdrawn")]
    WithdrawalReasonEmpty,
    /// A withdrawal of a letter received rather than sent.
    #[error(
        "correspondence {correspondence} of case {reference} was received, not sent: only a letter sent can be withdrawn"
    )]
    CorrespondenceNotSent { correspondence: i64, reference: String },
    /// A withdrawal on a closed case.
    #[error("case {reference} is closed (re-open it first: case reopen {reference} --reason …)")]
    ClosedCaseNoWithdrawal { reference: String },
    /// A withdrawal of a letter already withdrawn.
    #[error("correspondence {correspondence} of case {reference} was already withdrawn on {on} ({reason})")]
    AlreadyWithdrawn { correspondence: i64, reference: String, on: NaiveDate, reason: String },
    /// A letter made today marked as sent on an earlier day.
    #[error("the date {date} is before the letter's date ({today}): a letter made today was not sent before")]
    SentBeforeLetterDate { date: NaiveDate, today: NaiveDate },
    /// A template named by a kind that is neither a letter kind nor the closing (`expected`: the codes).
    #[error("unknown letter kind '{input}' (expected one of: {expected}), or _closing")]
    UnknownTemplateKind { input: String, expected: String },
    /// A template language that is not a two-letter ISO 639-1 code.
    #[error("invalid language '{input}': expected an ISO 639-1 code such as en or de")]
    InvalidTemplateLanguage { input: String },
    /// The register's templates folder could not be listed.
    #[error("cannot read the templates folder '{path}': {detail}")]
    TemplatesFolderUnreadable { path: String, detail: String },
    /// A folder for the organisation's own templates could not be created.
    #[error("cannot create the folder '{path}': {detail}")]
    FolderNotCreated { path: String, detail: String },
    /// A copy of a built-in template in a language Casebook ships none in.
    #[error("there is no built-in '{language}' template to copy (built-in languages: {}); write your own {language}/{file}.txt in the templates folder", shipped.join(", "))]
    NoBuiltInTemplate { language: String, file: String, shipped: Vec<String> },
    /// A copy of a built-in template when the organisation already has its own.
    #[error(
        "there is already an own copy of {language}/{file}.txt ('{path}'): edit it, or go back to the built-in one first"
    )]
    OwnTemplateExists { language: String, file: String, path: String },
    /// A template file could not be created.
    #[error("cannot create '{path}': {detail}")]
    FileNotCreated { path: String, detail: String },
    /// A template file could not be written.
    #[error("cannot write '{path}': {detail}")]
    FileNotWritten { path: String, detail: String },
    /// Going back to a built-in template that does not exist in that language.
    #[error("there is no built-in '{language}' template of {file} to go back to: move or delete '{path}' yourself")]
    NoBuiltInToGoBackTo { language: String, file: String, path: String },
    /// The text of a template asked for in a language with neither a
    /// built-in template nor an own one of that kind.
    #[error("there is no '{language}' template of {file}, built-in or your own (built-in languages: {}): keep one of your own with `casebook letter template customise {file} --lang {language} --from FILE`", shipped.join(", "))]
    NoTemplateInLanguage { language: String, file: String, shipped: Vec<String> },
    /// The same on a team register, which keeps every text: another own text replaces it.
    #[error(
        "there is no built-in '{language}' template of {file} to go back to: keep another text of your own instead (`letter template customise {file} --lang {language} --from FILE`)"
    )]
    NoBuiltInToGoBackToInRegister { language: String, file: String },
    /// An own template could not be read.
    #[error("cannot read '{path}': {detail}")]
    FileUnreadable { path: String, detail: String },
    /// A team register exported into a folder whose templates folder holds
    /// an own template the team's does not (or another text of it): the
    /// copy would make its letters from it. Nothing written.
    #[error(
        "the folder of '{register}' already holds the own letter template '{path}', which the team register has not (or not with that text): a register exported there would make its letters from it; export into another folder, or move that file away; nothing was written"
    )]
    ExportBesideOtherTemplate { register: String, path: String },
    /// An own template's text is larger than a template may be.
    #[error("template {template} is {kib} KiB: an own template is at most {max_kib} KiB")]
    TemplateTooLarge { template: String, kib: u64, max_kib: u64 },
    /// An own template given to be kept does not make a letter for a sample case: nothing kept.
    #[error("template {name}: {problem}{}; nothing was changed", if *bare_case { " (for a case with no email, postal address or representative: check with {% if … %} first)" } else { "" })]
    OwnTemplateRefused { name: String, problem: casebook_render::TemplateProblem, bare_case: bool },
    /// An own template could not be set aside.
    #[error("cannot rename '{from}' to '{to}': {detail}")]
    FileNotRenamed { from: String, to: String, detail: String },
    /// A scan of a posted letter over the size limit.
    #[error("scan '{file_name}' is larger than {limit_mb} MB")]
    ScanTooLarge { file_name: String, limit_mb: u64 },
    /// A scan of a posted letter that is not a PDF, PNG or JPEG file.
    #[error("scan '{file_name}' is not a PDF, PNG or JPEG file")]
    ScanNotPdfOrImage { file_name: String },
    /// A posted letter given no rights, whose text asks for none recognised.
    #[error("no right recognised in the letter's text: give the rights asked for")]
    PostedLetterNoRight,
    /// A posted letter with neither its text nor a scan.
    #[error("a letter needs its text or a scan of it")]
    PostedLetterEmpty,
    /// A posted letter whose postmark is after the day it was received.
    #[error("postmark {postmark} is after the day the letter was received ({received})")]
    PostmarkAfterReceipt { postmark: NaiveDate, received: NaiveDate },
}

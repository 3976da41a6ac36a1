//! Reading a request: which rights it asks for, under which law, and who
//! sent it, in the language the caller tells (`casebook-intake` detects it).
//!
//! Pure functions over text. The DPO always confirms the result: every right
//! found carries the phrases that decided it, so a wrong guess is easy to see.
//! The rules live in a table (`patterns`), not in code: adding a phrase or a
//! language is a change to data.

mod details;
mod normalise;
mod patterns;
mod patterns_east;
mod patterns_north;
mod regime;

use std::collections::{BTreeMap, HashMap};
use std::sync::LazyLock;

use serde::Serialize;

use crate::Right;
use normalise::{Token, tokenise};
use patterns::{NEGATIONS, NOT_THE_REQUESTER, RULES, Signal};
use patterns_east::{NOT_THE_REQUESTER_EAST, RULES_EAST, is_negation_east};
use patterns_north::{NOT_NEGATIONS_NORTH, NOT_THE_REQUESTER_NORTH, RULES_NORTH, is_negation_north};

pub use details::{ExtractedDetails, extract_details};
pub use normalise::normalise;
pub use patterns::LANGUAGES;
pub use regime::{RegimeSuggestion, suggest_regime};

/// What the text of a message asks for.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Classification {
    /// The rights asked for, primary first.
    pub rights: Vec<RightMatch>,
    /// Whether this looks like a privacy request at all; when false the
    /// message is filed as "needs triage", never dropped.
    pub is_request: bool,
    /// How sure we are that this is a privacy request, 0 to 1.
    pub confidence: f32,
    pub kind: MessageKind,
    /// The language the caller told: ISO 639-1, or `pt-BR`/`pt-PT`; `None`
    /// when it could not be told.
    pub language: Option<String>,
    pub regime_hint: Option<RegimeSuggestion>,
    /// The requester seems to write for someone else (a parent about a child):
    /// the relationship to suggest, never set without the DPO.
    pub on_behalf: Option<OnBehalf>,
}

/// Who the requester seems to act for.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OnBehalf {
    pub relationship: crate::Relationship,
    /// The requester's own words that suggested it.
    pub phrases: Vec<String>,
}

/// One right found in a message.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RightMatch {
    pub right: Right,
    /// 0 to 1.
    pub confidence: f32,
    /// The requester's own words that decided it, as written (not folded).
    pub phrases: Vec<String>,
}

/// What sort of message this is, beyond the rights it names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum MessageKind {
    /// A new request.
    Request,
    /// A chaser about an earlier request ("I have had no answer"): it belongs
    /// on the earlier case when one can be found.
    Reminder,
    /// A complaint to a supervisory authority (Art. 77 GDPR), or a copy of one.
    Complaint,
    /// Business mail: an invoice, a newsletter, a support question.
    NotARequest,
}

/// Score a right needs before it counts; one everyday phrase is enough.
const RIGHT_THRESHOLD: f32 = 2.0;
/// Matches in the subject line weigh this much more than in the body.
const SUBJECT_FACTOR: f32 = 2.0;
/// Matches in the opening quarter of the body: the first request is usually the main one.
const OPENING_FACTOR: f32 = 1.3;
/// Words written in capitals are emphasised.
const SHOUTING_FACTOR: f32 = 1.2;
/// How far back (in words, within the clause) a negation or an organisation's voice reaches.
const WINDOW: usize = 4;
/// At most this many phrases are kept per right.
const MAX_PHRASES: usize = 6;

/// The text the classifier reads: the subject line, then the body without
/// quoted replies and signature. Language detection (in `casebook-intake`)
/// runs on it, so that a quoted earlier message does not decide the language.
pub fn request_text(subject: &str, body: &str) -> String {
    format!("{subject}\n\n{}", strip_quoted(body, Signature::Drop))
}

/// Classifies a message from its subject line and plain-text body, written in
/// `language` (an ISO 639-1 code, optionally with a region: `pt-BR`), as told
/// by the caller; `None` when it could not be told, and then the phrases of
/// every language are tried.
pub fn classify_request(subject: &str, body: &str, language: Option<&str>) -> Classification {
    let text = request_text(subject, body);
    let tokens = tokenise(&text);
    let subject_end = tokens.iter().take_while(|t| t.start < subject.len()).count();
    let hits = find_hits(&tokens, rules_language(language));

    let body_tokens = tokens.len() - subject_end;
    let opening_end = subject_end + (body_tokens / 4).max(40);
    let mut scores: Vec<Score> = Vec::new();
    let mut repeats: HashMap<usize, usize> = HashMap::new(); // pattern id → times seen
    let lgpd_only = cites_only_the_lgpd(&tokens);
    for hit in &hits {
        if lgpd_only && is_gdpr_article(hit.pattern) {
            continue;
        }
        let times = repeats.entry(hit.pattern).or_default();
        let seen = *times;
        *times += 1;
        let phrase = &text[tokens[hit.first].start..tokens[hit.last].end];
        let mut weight = hit.weight * 0.5f32.powi(seen as i32);
        if hit.first < subject_end {
            weight *= SUBJECT_FACTOR;
        } else if hit.first < opening_end {
            weight *= OPENING_FACTOR;
        }
        if phrase.chars().filter(|c| c.is_alphabetic()).count() > 3 && !phrase.chars().any(char::is_lowercase) {
            weight *= SHOUTING_FACTOR;
        }
        let score = match scores.iter_mut().find(|s| s.signal == hit.signal) {
            Some(s) => s,
            None => {
                scores.push(Score { signal: hit.signal, total: 0.0, first: hit.first, phrases: Vec::new() });
                scores.last_mut().expect("just pushed")
            }
        };
        score.total += weight;
        if score.phrases.len() < MAX_PHRASES {
            let phrase = phrase.split_whitespace().collect::<Vec<_>>().join(" ");
            if !score.phrases.contains(&phrase) {
                score.phrases.push(phrase);
            }
        }
    }
    decide(scores, language, &tokens, &text)
}

/// The language whose phrases apply (with English's and the shared ones):
/// the code without its region, when phrases for it exist; otherwise `None`,
/// and the phrases of every language are tried. Norwegian Bokmål and
/// Nynorsk (`nb`, `nn`) use the Norwegian (`no`) phrases.
fn rules_language(language: Option<&str>) -> Option<&str> {
    let base = match language?.split('-').next()? {
        "nb" | "nn" => "no",
        base => base,
    };
    LANGUAGES.contains(&base).then_some(base)
}

struct Score {
    signal: Signal,
    total: f32,
    first: usize,
    phrases: Vec<String>,
}

fn decide(mut scores: Vec<Score>, language: Option<&str>, tokens: &[Token], text: &str) -> Classification {
    let total = |sig: Signal| scores.iter().find(|s| s.signal == sig).map_or(0.0, |s| s.total);
    let not_request = total(Signal::NotRequest);
    let context = total(Signal::PrivacyContext);
    let reminder = scores.iter().find(|s| s.signal == Signal::Reminder).map(|s| (s.total, s.phrases.clone()));
    let complaint = scores.iter().find(|s| s.signal == Signal::Complaint).map(|s| (s.total, s.phrases.clone()));
    let on_behalf = scores
        .iter()
        .find(|s| s.signal == Signal::Child && s.total >= RIGHT_THRESHOLD)
        .map(|s| OnBehalf { relationship: crate::Relationship::Parent, phrases: s.phrases.clone() });

    scores.retain(|s| matches!(s.signal, Signal::Right(_)) && s.total >= RIGHT_THRESHOLD);
    scores.sort_by(|a, b| b.total.total_cmp(&a.total).then(a.first.cmp(&b.first)));
    let primary = scores.first().map_or(0.0, |s| s.total);
    let mut rights: Vec<RightMatch> = scores
        .into_iter()
        .map(|s| RightMatch {
            right: match s.signal {
                Signal::Right(r) => r,
                _ => unreachable!("only rights are kept"),
            },
            confidence: s.total / (s.total + 3.0),
            phrases: s.phrases,
        })
        .collect();

    let about_privacy = context > 0.0 || primary >= RIGHT_THRESHOLD;
    let follow_up = |found: Option<(f32, Vec<String>)>| found.filter(|(t, _)| *t >= 3.0 && about_privacy);
    let (kind, follow_up_phrases) = if let Some((_, p)) = follow_up(complaint) {
        (MessageKind::Complaint, p)
    } else if let Some((_, p)) = follow_up(reminder) {
        (MessageKind::Reminder, p)
    } else if primary >= RIGHT_THRESHOLD && primary >= 0.75 * not_request {
        (MessageKind::Request, Vec::new())
    } else {
        (MessageKind::NotARequest, Vec::new())
    };
    let is_request = kind != MessageKind::NotARequest;
    if is_request && rights.is_empty() {
        rights.push(RightMatch { right: Right::Other, confidence: 0.5, phrases: follow_up_phrases });
    }
    let confidence = if is_request {
        let base = if primary > 0.0 { primary / (primary + 3.0) } else { 0.5 };
        let adjust = if context > 0.0 { 0.1 } else { 0.0 } - if not_request > 0.0 { 0.1 } else { 0.0 };
        (base + adjust).clamp(0.05, 0.99)
    } else {
        (primary / (primary + 6.0)).min(0.3)
    };
    Classification {
        rights,
        is_request,
        confidence,
        kind,
        language: language.map(str::to_string),
        regime_hint: regime::regime_hint(tokens, text, language.and_then(|l| l.split('-').next())),
        on_behalf: on_behalf.filter(|_| is_request),
    }
}

/// One place in the text where a pattern matched, not cancelled by a negation.
struct Hit {
    signal: Signal,
    pattern: usize,
    weight: f32,
    first: usize,
    last: usize,
}

/// The text names Brazil's LGPD (by name or as Lei 13.709) and no European
/// law: its article numbers are the LGPD's, whose Art. 18 lists every right
/// (the GDPR's Art. 18 is restriction, its Art. 20 portability).
fn cites_only_the_lgpd(tokens: &[Token]) -> bool {
    let has = |w: &str| tokens.iter().any(|t| t.text == w);
    let lgpd = has("lgpd") || tokens.windows(2).any(|p| p[0].text == "13" && p[1].text == "709");
    lgpd && !["gdpr", "rgpd", "dsgvo", "avg", "rodo"].iter().any(|w| has(w))
}

/// Whether a pattern is one of the GDPR's article numbers (`art* 17`).
fn is_gdpr_article(pattern: usize) -> bool {
    let p = &PATTERNS[pattern];
    p.lang == "*"
        && matches!(p.words.first(), Some(PatternWord::Alternatives(alts)) if alts.iter().any(|(w, prefix)| w == "art" && *prefix))
}

/// A pattern word: alternatives, each exact or a prefix; or a gap.
enum PatternWord {
    Gap,
    Alternatives(Vec<(String, bool)>),
}

struct Pattern {
    signal: Signal,
    lang: &'static str,
    weight: f32,
    words: Vec<PatternWord>,
}

/// Patterns by their first word, so each token is tried only against the
/// patterns that can start there: exact first words through a map, prefix
/// first words ("losch*") through short lists by their first letter (with
/// seventeen languages there are hundreds of prefixes; one list for all of
/// them doubled the time to read a request).
struct PatternIndex {
    exact: HashMap<String, Vec<usize>>,
    prefixes: HashMap<char, Vec<(String, usize)>>,
}

static INDEX: LazyLock<PatternIndex> = LazyLock::new(|| {
    let mut index = PatternIndex { exact: HashMap::new(), prefixes: HashMap::new() };
    for (id, pattern) in PATTERNS.iter().enumerate() {
        let Some(PatternWord::Alternatives(first)) = pattern.words.first() else {
            continue;
        };
        for (word, prefix) in first {
            if *prefix {
                let first = word.chars().next().expect("a prefix has letters before its *");
                index.prefixes.entry(first).or_default().push((word.clone(), id));
            } else {
                index.exact.entry(word.clone()).or_default().push(id);
            }
        }
    }
    index
});

static PATTERNS: LazyLock<Vec<Pattern>> = LazyLock::new(|| {
    RULES
        .iter()
        .chain(RULES_EAST)
        .chain(RULES_NORTH)
        .flat_map(|rule| {
            rule.patterns.iter().map(|p| Pattern {
                signal: rule.signal,
                lang: rule.lang,
                weight: rule.weight,
                words: p.split(' ').map(compile_word).collect(),
            })
        })
        .collect()
});

fn compile_word(word: &str) -> PatternWord {
    if word == "_" {
        return PatternWord::Gap;
    }
    PatternWord::Alternatives(
        word.split('|')
            .map(|alt| match alt.strip_suffix('*') {
                Some(prefix) => (prefix.to_string(), true),
                None => (alt.to_string(), false),
            })
            .collect(),
    )
}

/// Most words a gap may skip.
const MAX_GAP: usize = 3;

/// How much work `find_hits` did, for the tests that hold it linear in the
/// length of the text.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
struct Work {
    /// Patterns tried at a token.
    tries: usize,
    /// Kept matches looked at to decide whether a new one overlaps them.
    overlap_probes: usize,
}

fn find_hits(tokens: &[Token], language: Option<&str>) -> Vec<Hit> {
    find_hits_counted(tokens, language, &mut Work::default())
}

fn find_hits_counted(tokens: &[Token], language: Option<&str>, work: &mut Work) -> Vec<Hit> {
    let applies = |lang: &str| lang == "*" || lang == "en" || language.is_none_or(|l| l == lang);
    let mut hits: Vec<Hit> = Vec::new();
    let mut candidates: Vec<usize> = Vec::new();
    for (start, token) in tokens.iter().enumerate() {
        candidates.clear();
        candidates.extend(INDEX.exact.get(&token.text).into_iter().flatten());
        let prefixes = token.text.chars().next().and_then(|c| INDEX.prefixes.get(&c)).into_iter().flatten();
        candidates.extend(prefixes.filter(|(p, _)| token.text.starts_with(p.as_str())).map(|(_, id)| *id));
        candidates.sort_unstable();
        candidates.dedup();
        for &id in &candidates {
            let pattern = &PATTERNS[id];
            if !applies(pattern.lang) {
                continue;
            }
            work.tries += 1;
            let mut gaps = Vec::new();
            let Some(end) = match_from(&pattern.words, tokens, start, tokens[start].clause, &mut gaps) else {
                continue;
            };
            if end == start || is_cancelled(tokens, start, &gaps, language) {
                continue;
            }
            hits.push(Hit { signal: pattern.signal, pattern: id, weight: pattern.weight, first: start, last: end - 1 });
        }
    }
    // Where two patterns of the same signal cover the same words ("right to
    // delete" and "delete my data"), only the heavier one counts. The kept
    // matches of a signal never overlap, so they are ordered alike by first
    // and by last word: the one starting last at or before the new match's
    // end is the only one that can overlap it (one look-up per match, not a
    // scan of all kept so far, which made a long repetitive body quadratic).
    hits.sort_by(|a, b| b.weight.total_cmp(&a.weight).then(a.first.cmp(&b.first)));
    let mut kept_by_signal: Vec<(Signal, BTreeMap<usize, usize>)> = Vec::new();
    let mut kept: Vec<Hit> = Vec::new();
    for hit in hits {
        let spans = match kept_by_signal.iter_mut().position(|(s, _)| *s == hit.signal) {
            Some(i) => &mut kept_by_signal[i].1,
            None => {
                kept_by_signal.push((hit.signal, BTreeMap::new()));
                &mut kept_by_signal.last_mut().expect("just pushed").1
            }
        };
        work.overlap_probes += 1;
        let overlaps = spans.range(..=hit.last).next_back().is_some_and(|(_, &last)| last >= hit.first);
        if !overlaps {
            spans.insert(hit.first, hit.last);
            kept.push(hit);
        }
    }
    kept.sort_by_key(|h| h.first);
    kept
}

/// Matches pattern words from token `i`; returns the end (exclusive) and
/// records the tokens skipped by gaps.
fn match_from(words: &[PatternWord], tokens: &[Token], i: usize, clause: u32, gaps: &mut Vec<usize>) -> Option<usize> {
    let Some((word, rest)) = words.split_first() else {
        return Some(i);
    };
    match word {
        PatternWord::Gap => {
            for skip in 0..=MAX_GAP {
                if skip > 0 && tokens.get(i + skip - 1).is_none_or(|t| t.clause != clause) {
                    break;
                }
                let mark = gaps.len();
                gaps.extend(i..i + skip);
                if let Some(end) = match_from(rest, tokens, i + skip, clause, gaps) {
                    return Some(end);
                }
                gaps.truncate(mark);
            }
            None
        }
        PatternWord::Alternatives(alts) => {
            let token = tokens.get(i).filter(|t| t.clause == clause)?;
            let fits = alts.iter().any(
                |(a, prefix)| {
                    if *prefix { token.text.starts_with(a.as_str()) } else { token.text == *a }
                },
            );
            if fits { match_from(rest, tokens, i + 1, clause, gaps) } else { None }
        }
    }
}

/// A match does not count when a negation stands just before it or inside
/// its gaps, or when the words before it show the organisation speaking or
/// an offer ("we never sell", "click here to unsubscribe").
fn is_cancelled(tokens: &[Token], start: usize, gaps: &[usize], language: Option<&str>) -> bool {
    let clause = tokens[start].clause;
    let window: Vec<&str> = tokens[start.saturating_sub(WINDOW)..start]
        .iter()
        .filter(|t| t.clause == clause)
        .map(|t| t.text.as_str())
        .collect();
    let in_gaps = gaps.iter().map(|&g| tokens[g].text.as_str());
    // Words that negate in one language and not in the text's own ("no" is "from" in Latvian).
    let not_negations = NOT_NEGATIONS_NORTH.iter().filter(|(lang, _)| language == Some(*lang)).flat_map(|(_, w)| *w);
    let negates = |w: &str| {
        (NEGATIONS.contains(&w) && !not_negations.clone().any(|n| *n == w))
            || is_negation_north(w, language)
            || is_negation_east(w, language)
    };
    if window.iter().copied().chain(in_gaps).any(negates) {
        return true;
    }
    let joined = format!(" {} ", window.join(" "));
    NOT_THE_REQUESTER
        .iter()
        .chain(NOT_THE_REQUESTER_EAST)
        .chain(NOT_THE_REQUESTER_NORTH)
        .filter(|(lang, _)| *lang == "en" || language.is_none_or(|l| l == *lang))
        .flat_map(|(_, cues)| cues.iter())
        .any(|cue| joined.contains(&format!(" {cue} ")))
}

/// Whether `strip_quoted` also blanks the signature block after "-- ".
#[derive(Clone, Copy, PartialEq, Eq)]
enum Signature {
    Keep,
    Drop,
}

/// Blanks out what the requester did not write in this message: quoted reply
/// lines ("> …"), everything after a reply header ("On … wrote:",
/// "-----Original Message-----") and, if asked, the signature after "-- ".
/// Lines are replaced by spaces of the same length, so byte offsets stay valid.
fn strip_quoted(body: &str, signature: Signature) -> String {
    let mut out = String::with_capacity(body.len());
    let mut rest_blank = false;
    let mut previous: Option<(usize, &str)> = None; // where the last line starts in `out`, and its text
    for line in body.split_inclusive('\n') {
        let content = line.trim_end_matches(['\r', '\n']);
        let trimmed = content.trim();
        let signature_starts = signature == Signature::Drop && (trimmed == "--" || content == "-- ");
        if !rest_blank && (signature_starts || is_reply_header(trimmed)) {
            rest_blank = true;
        }
        // Outlook quotes with a header block: "From: …" then "Sent: …".
        if let Some((at, prev)) = previous.filter(|_| !rest_blank && is_outlook_header(trimmed))
            && starts_with_any(prev, &["from:", "von:", "de:", "de :", "da:", "van:", "från:"])
        {
            let blanked: String = out[at..]
                .chars()
                .map(|c| if c == '\n' || c == '\r' { c.to_string() } else { " ".repeat(c.len_utf8()) })
                .collect();
            out.truncate(at);
            out.push_str(&blanked);
            rest_blank = true;
        }
        previous = Some((out.len(), trimmed));
        if rest_blank || trimmed.starts_with('>') {
            out.extend(std::iter::repeat_n(' ', content.len()));
            out.push_str(&line[content.len()..]);
        } else {
            out.push_str(line);
        }
    }
    out
}

fn is_reply_header(line: &str) -> bool {
    let lower = line.to_lowercase();
    let separators = [
        "original message",
        "ursprüngliche nachricht",
        "message d'origine",
        "mensaje original",
        "messaggio originale",
        "oorspronkelijk bericht",
        "mensagem original",
        "ursprungligt meddelande",
    ];
    if lower.starts_with("---") && separators.iter().any(|s| lower.contains(s)) {
        return true;
    }
    let wrote = [
        ("on ", "wrote"),
        ("am ", "schrieb"),
        ("le ", "a écrit"),
        ("el ", "escribió"),
        ("il ", "ha scritto"),
        ("op ", "schreef"),
        ("em ", "escreveu"),
        ("den ", "skrev"),
    ];
    lower.ends_with(':') && wrote.iter().any(|(start, verb)| lower.starts_with(start) && lower.contains(verb))
}

fn is_outlook_header(line: &str) -> bool {
    starts_with_any(
        line,
        &[
            "sent:",
            "gesendet:",
            "envoyé :",
            "envoyé:",
            "enviado:",
            "inviato:",
            "verzonden:",
            "skickat:",
            "date:",
            "datum:",
        ],
    )
}

fn starts_with_any(line: &str, prefixes: &[&str]) -> bool {
    let lower = line.to_lowercase();
    prefixes.iter().any(|p| lower.starts_with(p))
}

#[cfg(test)]
mod tests;

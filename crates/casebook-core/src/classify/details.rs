//! Who wrote a request: name, postal address, phone, customer numbers and a
//! date of birth, as far as the body of the message gives them.
//!
//! Three sources, in this order: labelled fields ("Kundennummer: 4711",
//! "Date of birth: 12/03/1985"), which requesters often add to help the
//! organisation find them; then the sender's block a letter starts with (a
//! name over an address with a postcode, or the one-line return address
//! "Erika Mustermann · Heidestraße 17 · 51147 Köln"); then the signature
//! block under a closing phrase ("Kind regards", "Mit freundlichen Grüßen").
//! A line that is a telephone number (with or without its label) is a phone,
//! never part of an address. Everything found is a proposal the DPO confirms.

use chrono::NaiveDate;
use serde::Serialize;

use super::normalise::{Token, normalise, tokenise};
use super::{Signature, strip_quoted};

/// What the body of a message says about its author.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ExtractedDetails {
    pub name: Option<String>,
    pub postal_address: Option<String>,
    pub phone: Option<String>,
    pub customer_ids: Vec<String>,
    /// Only when the requester offers it, typically to be identified.
    pub date_of_birth: Option<NaiveDate>,
}

const NAME_LABELS: &[&str] = &[
    "name",
    "full name",
    "vollstandiger name",
    "vor und nachname",
    "vorname und nachname",
    "nom",
    "nom complet",
    "nom et prenom",
    "nombre",
    "nombre completo",
    "nome",
    "nome completo",
    "naam",
    "volledige naam",
    "namn",
    "fullstandigt namn",
];
const ADDRESS_LABELS: &[&str] = &[
    "address",
    "postal address",
    "home address",
    "adresse",
    "anschrift",
    "postanschrift",
    "wohnadresse",
    "adresse postale",
    "direccion",
    "domicilio",
    "indirizzo",
    "adres",
    "woonadres",
    "endereco",
    "morada",
    "adress",
    "postadress",
];
const PHONE_LABELS: &[&str] = &[
    "phone",
    "phone number",
    "telephone",
    "tel",
    "mobile",
    "cell",
    "telefon",
    "telefonnummer",
    "handy",
    "mobil",
    "portable",
    "telefono",
    "movil",
    "cellulare",
    "telefoon",
    "mobiel",
    "telefone",
    "telemovel",
    "celular",
    "mobilnummer",
];
const CUSTOMER_ID_LABELS: &[&str] = &[
    "customer number",
    "customer no",
    "customer id",
    "customer reference",
    "account number",
    "account no",
    "account id",
    "membership number",
    "member number",
    "user id",
    "username",
    "kundennummer",
    "kunden nr",
    "kundennr",
    "kunden id",
    "vertragsnummer",
    "mitgliedsnummer",
    "benutzername",
    "n client",
    "n de client",
    "no client",
    "numero client",
    "numero de client",
    "reference client",
    "identifiant client",
    "numero de cliente",
    "n de cliente",
    "codigo de cliente",
    "codice cliente",
    "numero cliente",
    "id cliente",
    "klantnummer",
    "klantnr",
    "lidnummer",
    "kundnummer",
    "medlemsnummer",
    "numero de socio",
];
const BIRTH_LABELS: &[&str] = &[
    "date of birth",
    "dob",
    "d o b",
    "birth date",
    "born on",
    "born",
    "geburtsdatum",
    "geboren am",
    "geb",
    "date de naissance",
    "ne le",
    "nee le",
    "fecha de nacimiento",
    "data di nascita",
    "nato il",
    "nata il",
    "geboortedatum",
    "geboren op",
    "data de nascimento",
    "nascido em",
    "nascida em",
    "fodelsedatum",
    "fodd",
];
/// Words between a label and its value: "my customer number is 123", "Kundennummer lautet 123".
const FILLERS: &[&str] = &["is", "ist", "lautet", "est", "es", "e", "ar", "no", "nr", "number", "nummer", "the", "my"];
const CLOSINGS: &[&str] = &[
    "yours sincerely",
    "sincerely",
    "yours faithfully",
    "kind regards",
    "best regards",
    "regards",
    "best wishes",
    "many thanks",
    "thanks",
    "thank you",
    "best",
    "cheers",
    "mit freundlichen grussen",
    "freundliche grusse",
    "viele grusse",
    "beste grusse",
    "liebe grusse",
    "mfg",
    "gruss",
    "cordialement",
    "bien cordialement",
    "salutations",
    "bien a vous",
    "atentamente",
    "saludos",
    "un saludo",
    "cordiales saludos",
    "cordiali saluti",
    "distinti saluti",
    "saluti",
    "met vriendelijke groet",
    "vriendelijke groet",
    "groeten",
    "met vriendelijke groeten",
    "atenciosamente",
    "cumprimentos",
    "obrigado",
    "obrigada",
    "med vanliga halsningar",
    "vanliga halsningar",
    "halsningar",
    "mvh",
];
const NAME_PARTICLES: &[&str] =
    &["van", "von", "de", "der", "den", "da", "dos", "das", "du", "la", "le", "di", "del", "af", "zu", "y", "e"];

/// Extracts the requester's details from a plain-text body.
pub fn extract_details(body: &str) -> ExtractedDetails {
    let body = strip_quoted(body, Signature::Keep);
    let lines: Vec<&str> = body.lines().map(str::trim).collect();
    let tokens = tokenise(&body);
    let mut details = ExtractedDetails::default();

    for (i, line) in lines.iter().enumerate() {
        let Some((label, value)) = split_label(line) else {
            continue;
        };
        if details.name.is_none() && NAME_LABELS.contains(&label.as_str()) && looks_like_name(value) {
            details.name = Some(value.to_string());
        }
        if details.postal_address.is_none() && ADDRESS_LABELS.contains(&label.as_str()) {
            let mut parts: Vec<&str> = vec![value].into_iter().filter(|v| !v.is_empty()).collect();
            parts.extend(lines[i + 1..].iter().take_while(|l| !l.is_empty() && split_label(l).is_none()).take(3));
            if !parts.is_empty() {
                details.postal_address = Some(parts.join(", "));
            }
        }
    }
    for (_, end) in find_labels(&tokens, CUSTOMER_ID_LABELS) {
        let after = skip_fillers(&tokens, end);
        if let Some(id) = after.and_then(|t| identifier_at(&body, tokens[t].start))
            && !details.customer_ids.contains(&id)
        {
            details.customer_ids.push(id);
            if details.customer_ids.len() == MAX_CUSTOMER_IDS {
                break;
            }
        }
    }
    if let Some((_, end)) = find_labels(&tokens, PHONE_LABELS).into_iter().next() {
        details.phone = phone_at(&body, tokens[end - 1].end);
    }
    for (_, end) in find_labels(&tokens, BIRTH_LABELS) {
        if let Some(date) = date_at(&body[tokens[end - 1].end..]) {
            details.date_of_birth = Some(date);
            break;
        }
    }
    sender_block(&lines, &mut details);
    signature_block(&lines, &mut details);
    details
}

/// Words that mark a block as an organisation's (the recipient's address a
/// letter may start with), not the sender's.
const ORGANISATION_WORDS: &[&str] = &[
    "ltd",
    "limited",
    "plc",
    "llc",
    "llp",
    "inc",
    "corp",
    "gmbh",
    "ag",
    "kg",
    "ohg",
    "ug",
    "e v",
    "sa",
    "sas",
    "sarl",
    "bv",
    "nv",
    "srl",
    "spa",
    "data protection",
    "datenschutz",
    "privacy",
    "dpo",
    "protection des donnees",
];

fn names_an_organisation(line: &str) -> bool {
    let folded = normalise(line).replace(['.', ',', '(', ')', '&'], " ");
    let folded = format!(" {} ", folded.split_whitespace().collect::<Vec<_>>().join(" "));
    ORGANISATION_WORDS.iter().any(|w| folded.contains(&format!(" {w} ")))
}

/// The sender's block a letter starts with: its first lines up to a blank
/// line, a name over an address whose last line carries a postcode (a
/// phone line in it is the phone), or a one-line return address whose parts
/// are separated by "·", "•" or "|".
fn sender_block(lines: &[&str], details: &mut ExtractedDetails) {
    let first: Vec<&str> = lines.iter().copied().skip_while(|l| l.is_empty()).take_while(|l| !l.is_empty()).collect();
    let parts: Vec<&str> = match first.as_slice() {
        [one] => one.split(['·', '•', '|']).map(str::trim).filter(|p| !p.is_empty()).collect(),
        block if block.len() <= 8 => block.to_vec(),
        _ => return,
    };
    let Some((name, rest)) = parts.split_first() else { return };
    let salutation = name.ends_with([',', ':', '!']);
    if salutation || !looks_like_name(name) || parts.iter().any(|l| names_an_organisation(l)) {
        return;
    }
    let Some(address) = address_lines(rest) else { return };
    if details.name.is_none() {
        details.name = Some(name.to_string());
    }
    if details.postal_address.is_none() {
        details.postal_address = Some(address);
    }
    if details.phone.is_none() {
        details.phone = rest.iter().find_map(|l| phone_line(l));
    }
}

/// The address among the lines under a name: those up to the one with a
/// postcode (at most three before it), and a country after it; phones,
/// emails, web addresses and labelled lines left out. None without a postcode.
fn address_lines(lines: &[&str]) -> Option<String> {
    let candidates: Vec<&str> = lines
        .iter()
        .copied()
        .filter(|l| !l.contains('@') && !l.contains("://") && !l.starts_with("www.") && split_label(l).is_none())
        .filter(|l| phone_line(l).is_none())
        .collect();
    let at = candidates.iter().position(|l| has_postcode(l))?;
    let mut address: Vec<&str> = candidates[at.saturating_sub(3)..=at].to_vec();
    if let Some(country) = candidates.get(at + 1).filter(|l| {
        let words = l.split_whitespace().count();
        (1..=3).contains(&words) && l.chars().all(|c| c.is_alphabetic() || c == ' ' || c == '-')
    }) {
        address.push(country);
    }
    Some(address.join(", "))
}

/// "Label: value" at the start of a line, the label folded.
fn split_label(line: &str) -> Option<(String, &str)> {
    let (label, value) = line.split_once(':')?;
    let label = normalise(label).replace(['.', '-', '°', '#', '/'], " ");
    let label = label.split_whitespace().collect::<Vec<_>>().join(" ");
    (label.split(' ').count() <= 4).then(|| (label, value.trim()))
}

/// Token ranges `(first, end exclusive)` where one of the labels stands.
fn find_labels(tokens: &[Token], labels: &[&str]) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    for i in 0..tokens.len() {
        let longest = labels
            .iter()
            .filter(|l| l.split(' ').next() == Some(tokens[i].text.as_str()))
            .filter(|l| l.split(' ').enumerate().all(|(k, w)| tokens.get(i + k).is_some_and(|t| t.text == w)))
            .map(|l| l.split(' ').count())
            .max();
        if let Some(n) = longest {
            found.push((i, i + n));
        }
    }
    found
}

fn skip_fillers(tokens: &[Token], mut at: usize) -> Option<usize> {
    while tokens.get(at).is_some_and(|t| FILLERS.contains(&t.text.as_str())) {
        at += 1;
    }
    (at < tokens.len()).then_some(at)
}

/// The identifier starting at `at`: letters, digits and inner dashes, slashes
/// or dots ("CUST-2026-0042", "4711/0815"); it must contain a digit.
/// At most this many customer numbers are proposed: a requester gives one or
/// two, and a body repeating labelled numbers must not make the work grow
/// with the square of its length (each new one is compared with those kept).
const MAX_CUSTOMER_IDS: usize = 10;
/// A customer number is at most this many characters; a longer run of
/// letters, digits and `-/._` is not one (and is not read to its end, so a
/// long hyphenated run after many labels costs no more than its length).
const MAX_ID_CHARS: usize = 64;
/// A date of birth is looked for in this many bytes after its label.
const DATE_SPAN: usize = 64;

fn identifier_at(text: &str, at: usize) -> Option<String> {
    let word: String =
        text[at..].chars().take_while(|c| c.is_alphanumeric() || "-/._".contains(*c)).take(MAX_ID_CHARS + 1).collect();
    if word.chars().count() > MAX_ID_CHARS {
        return None;
    }
    let word = word.trim_end_matches(['.', '-', '/', '_']);
    (word.chars().any(|c| c.is_ascii_digit()) && word.len() >= 3).then(|| word.to_string())
}

/// A phone number after a label: digits, spaces and `+()-/.`, seven to fifteen digits.
fn phone_at(text: &str, at: usize) -> Option<String> {
    let rest = text[at..].trim_start_matches(|c: char| c == ':' || c == '.' || c.is_whitespace() && c != '\n');
    let raw: String = rest.chars().take_while(|c| c.is_ascii_digit() || " +()-/.".contains(*c)).collect();
    let raw = raw.trim().trim_end_matches(['.', '-', '/']);
    let digits = raw.chars().filter(char::is_ascii_digit).count();
    (7..=15).contains(&digits).then(|| raw.to_string())
}

const MONTHS: &[(&str, u32)] = &[
    ("janv", 1),
    ("juin", 6),
    ("juil", 7),
    ("jan", 1),
    ("ene", 1),
    ("gen", 1),
    ("feb", 2),
    ("fev", 2),
    ("mar", 3),
    ("apr", 4),
    ("avr", 4),
    ("abr", 4),
    ("may", 5),
    ("mai", 5),
    ("mag", 5),
    ("mei", 5),
    ("maj", 5),
    ("jun", 6),
    ("giu", 6),
    ("jul", 7),
    ("lug", 7),
    ("aug", 8),
    ("aou", 8),
    ("ago", 8),
    ("sep", 9),
    ("set", 9),
    ("oct", 10),
    ("okt", 10),
    ("ott", 10),
    ("out", 10),
    ("nov", 11),
    ("dec", 12),
    ("dez", 12),
    ("dic", 12),
];

fn month_named(word: &str) -> Option<u32> {
    MONTHS.iter().find(|(prefix, _)| word.starts_with(prefix)).map(|(_, m)| *m)
}

/// A date at the start of `text` (after a label): `1985-03-12`, `12.03.1985`,
/// `12/03/1985` (day first unless that is impossible), `12 March 1985`,
/// `12. März 1985`, `12 de marzo de 1985`, `March 12, 1985`.
fn date_at(text: &str) -> Option<NaiveDate> {
    let mut span = DATE_SPAN.min(text.len());
    while !text.is_char_boundary(span) {
        span -= 1;
    }
    let line = text[..span].lines().next().unwrap_or("");
    let words: Vec<String> =
        tokenise(line).into_iter().map(|t| t.text).filter(|w| w != "de" && w != "del").take(3).collect();
    let number = |w: &String| w.parse::<u32>().ok().filter(|_| w.chars().all(|c| c.is_ascii_digit()));
    let [a, b, c] = words.as_slice() else {
        return None;
    };
    let (y, m, d) = match (number(a), number(b), number(c)) {
        (Some(y), Some(m), Some(d)) if a.len() == 4 => (y, m, d),
        (Some(d), Some(m), Some(y)) if c.len() == 4 => {
            if m > 12 && d <= 12 {
                (y, d, m)
            } else {
                (y, m, d)
            }
        }
        (Some(d), None, Some(y)) => (y, month_named(b)?, d),
        (None, Some(d), Some(y)) => (y, month_named(a)?, d),
        _ => return None,
    };
    let y = i32::try_from(y).ok().filter(|y| (1900..=2100).contains(y))?;
    NaiveDate::from_ymd_opt(y, m, d)
}

fn looks_like_name(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    (1..=5).contains(&words.len())
        && line.len() <= 60
        && !line.chars().any(|c| c.is_ascii_digit() || "@:/<>(){}[]".contains(c))
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase) || NAME_PARTICLES.contains(&w.to_lowercase().as_str())
        })
        && !is_closing(line)
}

fn is_closing(line: &str) -> bool {
    let folded = normalise(line);
    let folded = folded.trim_end_matches([',', '.', '!']);
    folded.len() <= 40
        && CLOSINGS
            .iter()
            .any(|c| folded == *c || folded.starts_with(&format!("{c} ")) || folded.starts_with(&format!("{c},")))
}

/// Reads the block under a closing phrase (or under "-- "): the name on its
/// first line, then an address if a line of it carries a postcode, then a phone.
fn signature_block(lines: &[&str], details: &mut ExtractedDetails) {
    let Some(at) = lines.iter().rposition(|l| is_closing(l) || *l == "--") else {
        return;
    };
    let mut block = lines[at + 1..].iter().copied().skip_while(|l| l.is_empty());
    let Some(first) = block.next() else { return };
    if !looks_like_name(first) {
        return;
    }
    if details.name.is_none() {
        details.name = Some(first.to_string());
    }
    let rest: Vec<&str> = block.take_while(|l| !l.is_empty()).take(6).collect();
    if details.postal_address.is_none() {
        details.postal_address = address_lines(&rest);
    }
    if details.phone.is_none() {
        details.phone = rest.iter().find_map(|l| phone_line(l));
    }
}

/// The number when the whole line is a telephone number: "+49 221 1234567",
/// "(020) 7946 0958", "0221 1234567", or one after its label ("Tel. 0221
/// 1234567", "Mobile: 07700 900123", "T +44 20 7946 0958"). A postcode line
/// ("51147 Köln", "SW1A 1AA") has too few digits or letters beside them.
fn phone_line(line: &str) -> Option<String> {
    let line = line.trim();
    let start = line.find(|c: char| c.is_ascii_digit() || c == '+' || c == '(')?;
    let (label, number) = line.split_at(start);
    let label = normalise(label).replace(['.', ':', '-'], " ");
    let label = label.split_whitespace().collect::<Vec<_>>().join(" ");
    let labelled = label.is_empty()
        || PHONE_LABELS.contains(&label.as_str())
        || ["t", "m", "p", "fon", "tel nr"].contains(&label.as_str());
    if !labelled {
        return None;
    }
    let phone = phone_at(number, 0)?;
    // Nothing but the number may follow it on the line.
    let after = number[phone.len()..].trim_matches(|c: char| c.is_whitespace() || ".-/".contains(c));
    after.is_empty().then_some(phone)
}

/// A postcode somewhere in the line: four or five digits ("10115 Berlin",
/// "1012 AB", "CA 94103", "114 55" counts as 3+2), or a UK postcode ("SW1A 1AA").
fn has_postcode(line: &str) -> bool {
    let words: Vec<&str> = line.split([' ', ',']).filter(|w| !w.is_empty()).collect();
    let digits =
        |w: &str, n: std::ops::RangeInclusive<usize>| n.contains(&w.len()) && w.chars().all(|c| c.is_ascii_digit());
    let uk_outward = |w: &str| {
        (2..=4).contains(&w.len())
            && w.starts_with(|c: char| c.is_ascii_uppercase())
            && w.chars().any(|c| c.is_ascii_digit())
            && w.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
    };
    let uk_inward = |w: &str| {
        w.len() == 3 && w.starts_with(|c: char| c.is_ascii_digit()) && w[1..].chars().all(|c| c.is_ascii_uppercase())
    };
    words.iter().any(|w| {
        digits(w.trim_start_matches(|c: char| c.is_ascii_alphabetic() || c == '-'), 4..=5)
            || w.split('-').all(|p| digits(p, 3..=5)) && w.contains('-')
    }) || words
        .windows(2)
        .any(|p| (uk_outward(p[0]) && uk_inward(p[1])) || (digits(p[0], 3..=3) && digits(p[1], 2..=2)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labelled_fields() {
        let body = "Hello,\nplease delete my account.\n\nName: Jane Doe\nCustomer number: CUST-2026-0042\nDate of birth: 12/03/1985\nPhone: +44 20 7946 0958\nAddress: 1 High Street\nLondon SW1A 1AA\n\nThanks";
        let d = extract_details(body);
        assert_eq!(d.name.as_deref(), Some("Jane Doe"));
        assert_eq!(d.customer_ids, ["CUST-2026-0042"]);
        assert_eq!(d.date_of_birth, NaiveDate::from_ymd_opt(1985, 3, 12));
        assert_eq!(d.phone.as_deref(), Some("+44 20 7946 0958"));
        assert_eq!(d.postal_address.as_deref(), Some("1 High Street, London SW1A 1AA"));
    }

    #[test]
    fn signature_block_in_german() {
        let body = "Guten Tag,\n\nich bitte um Löschung meiner Daten. Meine Kundennummer lautet 4711-0815, geboren am 3. März 1979.\n\nMit freundlichen Grüßen\n\nErika Mustermann\nHeidestraße 17\n51147 Köln\n+49 221 1234567\n";
        let d = extract_details(body);
        assert_eq!(d.name.as_deref(), Some("Erika Mustermann"));
        assert_eq!(d.postal_address.as_deref(), Some("Heidestraße 17, 51147 Köln"));
        assert_eq!(d.customer_ids, ["4711-0815"]);
        assert_eq!(d.phone.as_deref(), Some("+49 221 1234567"));
        assert_eq!(d.date_of_birth, NaiveDate::from_ymd_opt(1979, 3, 3));
    }

    #[test]
    fn other_languages_and_formats() {
        let fr =
            extract_details("Bonjour,\nmon n° client : FR-99812.\nNé le 1985-07-14.\nCordialement,\nJean-Luc Dupont\n");
        assert_eq!(fr.customer_ids, ["FR-99812"]);
        assert_eq!(fr.date_of_birth, NaiveDate::from_ymd_opt(1985, 7, 14));
        assert_eq!(fr.name.as_deref(), Some("Jean-Luc Dupont"));
        let es = extract_details("Fecha de nacimiento: 5 de mayo de 1990\nSaludos,\nMaría de la Fuente");
        assert_eq!(es.date_of_birth, NaiveDate::from_ymd_opt(1990, 5, 5));
        assert_eq!(es.name.as_deref(), Some("María de la Fuente"));
        let us = extract_details(
            "My account number is 889-221-7.\nDOB: 07/25/1970\n\nBest,\nJohn Smith\n500 Market St\nSan Francisco, CA 94105",
        );
        assert_eq!(us.customer_ids, ["889-221-7"]);
        assert_eq!(us.date_of_birth, NaiveDate::from_ymd_opt(1970, 7, 25));
        assert_eq!(us.postal_address.as_deref(), Some("500 Market St, San Francisco, CA 94105"));
    }

    #[test]
    fn repeated_labels_keep_the_work_and_the_answer_bounded() {
        // Distinct labelled numbers: the first ten are proposed, not thousands
        // (each one was compared with all kept before it).
        let body: String = (0..5_000).map(|n| format!("Customer number: C-{n:05}\n")).collect();
        let d = extract_details(&body);
        assert_eq!(d.customer_ids.len(), MAX_CUSTOMER_IDS);
        assert_eq!(d.customer_ids[0], "C-00000");
        // Labels inside one long hyphenated run: no identifier is read to the
        // end of the run from each label (which was quadratic), and none is
        // longer than an identifier can be.
        let run = "customer-number-1-".repeat(5_000);
        let ids = extract_details(&run).customer_ids;
        assert!(ids.len() <= MAX_CUSTOMER_IDS && ids.iter().all(|id| id.len() <= MAX_ID_CHARS), "{ids:?}");
        assert_eq!(extract_details("Customer number: 4711-0815-2").customer_ids, ["4711-0815-2"]);
        // Birth labels on one long line: each looks at the few words after it.
        let line = format!("{}date of birth: 12/03/1985", "dob ".repeat(20_000));
        assert_eq!(extract_details(&line).date_of_birth, NaiveDate::from_ymd_opt(1985, 3, 12));
    }

    #[test]
    fn nothing_to_find() {
        assert_eq!(extract_details(""), ExtractedDetails::default());
        let d = extract_details("Please delete my account.\n> Name: Quoted Person\n");
        assert_eq!(d, ExtractedDetails::default());
    }
}

//! Synthetic cases for trying Casebook out and for benchmarks.
//!
//! Deterministic for a given seed: a small xorshift generator, so the same
//! command builds the same register on every machine.

use casebook_core::{Channel, Location, NewCase, Regime, Requester, Right, Status, SubjectCategory};
use chrono::{Duration, NaiveDate};

use casebook_store::{CaseRegister, Stamp};

use crate::lifecycle::Rules;
use crate::{Casebook, Result};

const FIRST: &[&str] = &[
    "Ada",
    "Jürgen",
    "Zoë",
    "Łukasz",
    "Siobhán",
    "María José",
    "Oluwaseun",
    "Mei",
    "Arjun",
    "Fatima",
    "Grace",
    "Henrik",
    "Chloé",
    "Giulia",
    "Pieter",
    "João",
    "Ingrid",
    "Tomás",
    "Aylin",
    "Noah",
    "Emma",
    "Liam",
    "Sofia",
    "Mateo",
    "Anna",
    "Karim",
    "Yuki",
    "Olga",
    "Dmitri",
    "Niamh",
];
const LAST: &[&str] = &[
    "Lovelace",
    "Müller",
    "Ødegaard",
    "Łukasiewicz",
    "O'Brien",
    "García",
    "Adeyemi",
    "Chen",
    "Patel",
    "Haddad",
    "Hopper",
    "Johansson",
    "Dubois",
    "Rossi",
    "de Vries",
    "Silva",
    "Nilsson",
    "Fernández",
    "Yılmaz",
    "Smith",
    "Schmidt",
    "Martin",
    "Kowalski",
    "Novák",
    "Tanaka",
    "Ivanova",
    "Murphy",
    "Bianchi",
    "Jansen",
    "Costa",
];
const DOMAINS: &[&str] = &["example.org", "example.com", "mail.example.net", "example.de", "example.fr"];

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

fn email_local(name: &str) -> String {
    name.to_lowercase()
        .chars()
        .map(|c| match c {
            'ü' => 'u',
            'ö' | 'ø' => 'o',
            'ë' | 'é' => 'e',
            'ł' => 'l',
            'á' => 'a',
            'í' => 'i',
            'ı' => 'i',
            'ã' => 'a',
            'ç' => 'c',
            c if c.is_ascii_alphanumeric() => c,
            _ => '.',
        })
        .collect::<String>()
        .split('.')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(".")
}

fn synthetic_case(rng: &mut Rng, n: usize, today: NaiveDate, default: (Regime, &Location)) -> NewCase {
    let name = format!("{} {}", rng.pick(FIRST), rng.pick(LAST));
    let email = format!("{}{}@{}", email_local(&name), n % 97, rng.pick(DOMAINS));
    let age = rng.below(365) as i64;
    let received = today - Duration::days(age);
    // Access dominates real registers; erasure often comes with objection or
    // withdrawal of consent.
    let rights = match rng.below(20) {
        0..=8 => vec![Right::Access],
        9..=12 => vec![Right::Erasure, Right::WithdrawConsent],
        13 => vec![Right::Erasure, Right::Objection],
        14 => vec![Right::Rectification],
        15 => vec![Right::Portability, Right::Access],
        16 => vec![Right::Objection],
        17 => vec![Right::Unsubscribe],
        18 => vec![Right::Restriction],
        _ => vec![Right::OptOutOfSale],
    };
    let (regime, location) = if rights[0] == Right::OptOutOfSale {
        (Regime::Ccpa, Location::parse("US-CA").expect("valid"))
    } else if rng.below(10) == 0 {
        (Regime::EuGdpr, Location::parse(rng.pick::<&str>(&["DE-BY", "FR", "IE", "NL", "DE-BE"])).expect("valid"))
    } else {
        (default.0, default.1.clone())
    };
    // Waiting for identity or clarification is reached through its step (a
    // clock event), never set bare, so synthetic cases do not start there.
    let status = match age {
        0..=5 => *rng.pick(&[Status::Received, Status::Acknowledged]),
        6..=30 => *rng.pick(&[Status::InProgress, Status::Acknowledged, Status::ResponseSent]),
        _ => *rng.pick(&[Status::Closed, Status::Closed, Status::Closed, Status::ResponseSent, Status::InProgress]),
    };
    NewCase {
        kind: casebook_core::CaseKind::Request,
        concerns: None,
        requester: Requester {
            name,
            emails: vec![email],
            postal_address: (rng.below(3) == 0)
                .then(|| format!("{} High Street\nLondon\nSW1A {}AA", 1 + rng.below(200), 1 + rng.below(9))),
            phone: None,
            customer_ids: (rng.below(2) == 0).then(|| format!("C-{:06}", rng.below(1_000_000))).into_iter().collect(),
            date_of_birth: None,
        },
        data_subject: None,
        subject_category: Some(*rng.pick(SubjectCategory::ALL)),
        channel: *rng.pick(&[
            Channel::Email,
            Channel::Email,
            Channel::Email,
            Channel::WebForm,
            Channel::Letter,
            Channel::Phone,
        ]),
        received,
        received_at: None,
        rights,
        regime,
        location,
        language: Some("en".into()),
        status,
        intake: None,
    }
}

/// Adds `count` synthetic cases received over the year before `rules.today`
/// to any register, in batches of 5,000 (one transaction each); returns how
/// many. Each gets its statutory due date from the rules, as a logged case does.
pub(crate) fn generate<R: CaseRegister + ?Sized>(
    reg: &mut R,
    rules: &Rules,
    count: usize,
    seed: u64,
    stamp: Stamp<'_>,
) -> Result<usize> {
    let org = rules.organisation.as_ref().ok_or(crate::Error::NotInitialised)?;
    let today = rules.today;
    let mut rng = Rng(seed.max(1));
    let mut done = 0;
    while done < count {
        let chunk = (count - done).min(5_000);
        let batch: Vec<_> = (done..done + chunk)
            .map(|n| {
                let case = synthetic_case(&mut rng, n, today, (org.default_regime, &org.default_location));
                let due = crate::dates::statutory_due(&case, &rules.policy, &rules.calendars, today)?;
                Ok((case, due))
            })
            .collect::<Result<_>>()?;
        reg.insert_cases(&batch, stamp)?;
        done += chunk;
    }
    Ok(done)
}

impl Casebook {
    /// Adds `count` synthetic cases received over the last year; returns how many.
    pub fn generate_synthetic_cases(&self, count: usize, seed: u64) -> Result<usize> {
        let rules = self.rules()?;
        generate(&mut *self.store(), &rules, count, seed, self.stamp())
    }
}

/// Request bodies as people write them, in several languages, with the
/// subject line each goes with.
const LETTERS: &[(&str, &str)] = &[
    (
        "Subject access request",
        "Dear Sir or Madam,\n\nUnder Article 15 of the UK GDPR I would like a copy of all the personal data you hold about me, the purposes of the processing and who you have shared it with.\n\nMy customer number is {cid}.\n\nKind regards,\n{name}\n",
    ),
    (
        "Please delete my account",
        "Hi,\n\nplease delete my account and all the data you have on me. I no longer want to receive your newsletter either.\n\nThanks\n{name}\n",
    ),
    (
        "Auskunft nach Art. 15 DSGVO",
        "Sehr geehrte Damen und Herren,\n\nhiermit bitte ich um Auskunft nach Art. 15 DSGVO über alle zu meiner Person gespeicherten Daten.\nMeine Kundennummer: {cid}\n\nMit freundlichen Grüßen\n{name}\n",
    ),
    (
        "Demande d'accès à mes données",
        "Madame, Monsieur,\n\nconformément à l'article 15 du RGPD, je vous demande de me communiquer l'ensemble des données me concernant.\n\nCordialement,\n{name}\n",
    ),
    (
        "Do not sell my personal information",
        "Hello,\n\nI am a California resident. Do not sell or share my personal information.\n\n{name}\n",
    ),
    (
        "Your invoice",
        "Hello,\n\nplease find attached our invoice for last month. Payment is due within 30 days.\n\nAccounts team\n",
    ),
];

/// Writes an mbox of `count` realistic incoming messages (requests in several
/// languages, some business mail, one in fifty with a PDF attachment) for the
/// import benchmark. Deterministic for a given seed.
pub fn write_synthetic_mbox(out: &mut impl std::io::Write, count: usize, seed: u64) -> std::io::Result<()> {
    let mut rng = Rng(seed.max(1));
    let attachment: String = {
        // ~60 KB of base64 in 76-character lines.
        let line = "JVBERi0xLjcKJcOkw7zDtsOfCjIgMCBvYmoKPDwvTGVuZ3RoIDMgMCBSL0ZpbHRlci9GbGF0ZURl\n";
        line.repeat(800)
    };
    for n in 0..count {
        let first = *rng.pick(FIRST);
        let last = *rng.pick(LAST);
        let name = format!("{first} {last}");
        let email = format!("{}{}@{}", email_local(&name), n % 997, rng.pick(DOMAINS));
        let (subject, body) = *rng.pick(LETTERS);
        let body = body.replace("{name}", &name).replace("{cid}", &format!("C-{:06}", rng.below(1_000_000)));
        let day = 1 + rng.below(28);
        let hour = rng.below(24);
        writeln!(out, "From {email} Mon Nov {day:2} {hour:02}:00:00 2026")?;
        write!(
            out,
            "Received: from mx.example.net by mail.acme.example with ESMTPS; Mon, {day} Nov 2026 {hour:02}:00:05 +0000\n\
             From: =?UTF-8?Q?{}?= <{email}>\nTo: privacy@acme.example\nSubject: =?UTF-8?Q?{}?=\n\
             Date: Mon, {day} Nov 2026 {hour:02}:00:00 +0000\nMessage-ID: <bench-{seed}-{n}@example.net>\nMIME-Version: 1.0\n",
            q_encode(&name),
            q_encode(subject)
        )?;
        if n % 50 == 0 {
            write!(
                out,
                "Content-Type: multipart/mixed; boundary=\"b{n}\"\n\n--b{n}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n{body}\n--b{n}\n\
                 Content-Type: application/pdf\nContent-Disposition: attachment; filename=\"id-{n}.pdf\"\nContent-Transfer-Encoding: base64\n\n{attachment}--b{n}--\n\n"
            )?;
        } else {
            write!(out, "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n{body}\n")?;
        }
    }
    Ok(())
}

/// RFC 2047 Q-encoding of a header word (UTF-8).
fn q_encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b' ' => "_".to_string(),
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' => (b as char).to_string(),
            _ => format!("={b:02X}"),
        })
        .collect()
}

//! The portability package's `report.pdf`: the person's data readable by a
//! person, system by system, with the Art. 15 information (purposes,
//! categories, recipients, retention, sources, automated decisions,
//! transfers, and the rights the person has).
//!
//! Reproducible: the same input gives the same bytes. printpdf names fonts
//! and the document with ids from a process-wide counter, so the fonts are
//! renamed to fixed ids before saving and the trailer's `/ID` is derived from
//! the content. DejaVu Sans with the bundled CJK fallback face (no organisation
//! fonts); Arabic is shaped like the letters'.

use printpdf::{FontId, Op, PdfDocument, PdfFontHandle, PdfSaveOptions};
use sha2::{Digest, Sha256};

use casebook_core::Organisation;
use chrono::{DateTime, Utc};

use crate::i18n::labels;
use crate::layout::{Flow, FontBook, Keep, PdfInfo, Style, TextArea, a4_pages, grey, mm, number_pages, set_info};
use crate::{Error, ProcessingRecord};

/// How many records of each system the report prints in full; the rest are
/// in the package's data files (a person does not read 20,000 records on paper).
pub const REPORT_RECORDS_PER_SYSTEM: usize = 200;

/// One system's data as the report shows it.
#[derive(Debug, Clone, Default)]
pub struct ReportSystem {
    pub system: String,
    pub categories: Vec<String>,
    pub record_count: u64,
    /// The first records, each as (field, value as text), redactions applied.
    pub records: Vec<Vec<(String, String)>>,
}

/// Everything the report is made from.
pub struct ReportInput<'a> {
    pub language: &'a str,
    pub organisation: &'a Organisation,
    pub processing: &'a ProcessingRecord,
    pub reference: &'a str,
    pub requester_name: &'a str,
    /// Written into the PDF's metadata and printed as the report's date.
    pub created_at: DateTime<Utc>,
    pub systems: &'a [ReportSystem],
}

const LEFT: f32 = 20.0;
const RIGHT_EDGE: f32 = 190.0;
const SIZE: f32 = 9.5;

fn list(v: &Option<Vec<String>>) -> String {
    match v {
        None => "not recorded".into(),
        Some(v) if v.is_empty() => "none".into(),
        Some(v) => v.join("; "),
    }
}

/// The title, who the report is for and from, and what it is.
fn introduction(flow: &mut Flow<'_>, input: &ReportInput<'_>, title: &str) {
    let org = input.organisation;
    flow.paragraph(title, Style::Bold, 15.0, 0.0, None, Keep::Nothing);
    flow.space(mm(2.0));
    para(
        flow,
        &format!(
            "Prepared for {} · request {} · {}",
            input.requester_name,
            input.reference,
            input.created_at.format("%Y-%m-%d")
        ),
    );
    let controller = [org.name.as_str(), &org.postal_address.replace('\n', ", "), &org.dpo_email]
        .into_iter()
        .filter(|s| !s.trim().is_empty())
        .collect::<Vec<_>>()
        .join(" · ");
    para(flow, &format!("Controller: {controller}"));
    heading(flow, "About this report", 12.0);
    para(
        flow,
        "This report lists the personal data we hold about you, system by system, as found for your request. \
         The same data is in the data/ folder of this package as JSON and CSV files that another service can import; \
         manifest.json lists every file with its SHA-256 so you can check that nothing was changed. \
         Where a value reads [redacted], it was withheld because it is about someone else or an exemption applies.",
    );
}

/// The Art. 15 information: purposes, categories, recipients, retention, sources…
fn how_we_use_it(flow: &mut Flow<'_>, p: &ProcessingRecord) {
    heading(flow, "How we use your data (Article 15)", 12.0);
    let rows: [(&str, String); 7] = [
        ("Purposes", list(&p.purposes)),
        ("Categories of personal data", list(&p.data_categories)),
        ("Recipients", list(&p.recipients)),
        ("How long we keep it", p.retention.clone().unwrap_or_else(|| "not recorded".into())),
        ("Where it came from", list(&p.sources)),
        ("Automated decision-making", p.automated_decisions.clone().unwrap_or_else(|| "not recorded".into())),
        ("Transfers outside the country", p.transfers.clone().unwrap_or_else(|| "not recorded".into())),
    ];
    for (label, value) in rows {
        flow.paragraph(label, Style::Bold, SIZE, 0.0, None, Keep::Next(SIZE * 1.4));
        flow.paragraph(&value, Style::Regular, SIZE, mm(5.0), None, Keep::Nothing);
    }
    para(
        flow,
        "You may ask us to correct data that is wrong, to erase it, to restrict its use, or object to its use, \
         and you may complain to the data protection supervisory authority.",
    );
}

/// Each system's records, the first ones in full.
fn each_system(flow: &mut Flow<'_>, systems: &[ReportSystem]) {
    for s in systems {
        heading(flow, &format!("System: {}", s.system), 12.0);
        let count = if s.record_count == 1 { "1 record".to_string() } else { format!("{} records", s.record_count) };
        para(flow, &format!("{count} · categories: {}", s.categories.join(", ")));
        for (i, record) in s.records.iter().enumerate() {
            flow.space(mm(1.5));
            flow.paragraph(&format!("Record {}", i + 1), Style::Bold, SIZE, 0.0, None, Keep::Next(SIZE * 1.4));
            for (field, value) in record {
                flow.paragraph(&format!("{field}: {value}"), Style::Regular, SIZE, mm(5.0), None, Keep::Nothing);
            }
        }
        let shown = s.records.len() as u64;
        if s.record_count > shown {
            flow.space(mm(1.5));
            para(
                flow,
                &format!(
                    "The other {} records of this system are in data/{}.csv and data/{}.json.",
                    s.record_count - shown,
                    s.system,
                    s.system
                ),
            );
        }
    }
    if systems.is_empty() {
        heading(flow, "Your data", 12.0);
        para(flow, "We found no personal data about you in our systems.");
    }
}

fn para(flow: &mut Flow<'_>, text: &str) {
    flow.paragraph(text, Style::Regular, SIZE, 0.0, None, Keep::Nothing);
}

fn heading(flow: &mut Flow<'_>, text: &str, size: f32) {
    flow.space(mm(3.0));
    flow.paragraph(text, Style::Bold, size, 0.0, None, Keep::Next(size * 3.0));
    flow.space(mm(1.0));
}

/// Prints the report; returns the PDF and its page count.
pub fn render_report(input: &ReportInput<'_>) -> Result<(Vec<u8>, usize), Error> {
    let org = input.organisation;
    let title = format!("Your personal data held by {}", org.name);
    let mut doc = PdfDocument::new(&title);
    let fonts = FontBook::load(&[])?;
    let area = TextArea { left: LEFT, right: RIGHT_EDGE, first_top: 20.0, top: 20.0, bottom: 22.0 };
    let mut flow = Flow::new(&fonts, Vec::new(), area);
    introduction(&mut flow, input, &title);
    how_we_use_it(&mut flow, input.processing);
    each_system(&mut flow, input.systems);
    let mut pages = flow.pages;
    for ops in pages.iter_mut() {
        ops.push(Op::SetFillColor { col: grey(0.35) });
        fonts.draw(ops, &format!("{} · {}", org.name, input.reference), Style::Regular, 8.0, mm(LEFT), mm(12.0));
        ops.push(Op::SetFillColor { col: grey(0.0) });
    }
    number_pages(&fonts, &mut pages, labels(input.language).page_of, mm(RIGHT_EDGE), mm(12.0));
    fonts.embed(&mut doc);
    stable_font_ids(&fonts, &mut doc, &mut pages);

    let count = pages.len();
    let info = PdfInfo {
        title,
        author: org.name.clone(),
        subject: format!("{} personal data report", input.reference),
        keywords: Vec::new(),
    };
    set_info(&mut doc, input.created_at, info)?;
    let mut warnings = Vec::new();
    let bytes = doc
        .with_pages(a4_pages(pages))
        .save(&PdfSaveOptions { subset_fonts: true, ..Default::default() }, &mut warnings);
    Ok((stable_trailer_id(bytes), count))
}

/// The font ids a drawing of one character in each style uses.
fn probe(fonts: &FontBook) -> Vec<FontId> {
    let mut ops = Vec::new();
    fonts.draw(&mut ops, "A", Style::Regular, 10.0, 0.0, 0.0);
    fonts.draw(&mut ops, "A", Style::Bold, 10.0, 0.0, 0.0);
    ops.into_iter()
        .filter_map(|op| match op {
            Op::SetFont { font: PdfFontHandle::External(id), .. } => Some(id),
            _ => None,
        })
        .collect()
}

/// Renames the regular and bold faces to fixed ids in the document and the pages.
fn stable_font_ids(fonts: &FontBook, doc: &mut PdfDocument, pages: &mut [Vec<Op>]) {
    let ids = probe(fonts);
    let renamed: Vec<(FontId, FontId)> = ids
        .into_iter()
        .enumerate()
        .map(|(i, old)| (old, FontId(format!("CBFNT{}", char::from(b'A' + i as u8)))))
        .collect();
    for (old, new) in &renamed {
        if let Some(font) = doc.resources.fonts.map.remove(old) {
            doc.resources.fonts.map.insert(new.clone(), font);
        }
    }
    for ops in pages.iter_mut() {
        for op in ops.iter_mut() {
            if let Op::SetFont { font: PdfFontHandle::External(id), .. } = op
                && let Some((_, new)) = renamed.iter().find(|(old, _)| old == id)
            {
                *id = new.clone();
            }
        }
    }
}

/// Replaces the trailer's two random `/ID` strings with ones derived from the
/// rest of the file (same length, so no offset moves).
fn stable_trailer_id(mut bytes: Vec<u8>) -> Vec<u8> {
    let Some(at) = bytes.windows(4).rposition(|w| w == b"/ID[" || w == b"/ID ") else {
        return bytes;
    };
    let mut h = Sha256::new();
    h.update(&bytes[..at]);
    let digest = h.finalize();
    let stable: String = digest.iter().map(|b| char::from(b'a' + b % 26)).collect();
    let mut i = at;
    let mut strings = 0;
    while i < bytes.len() && strings < 2 {
        if bytes[i] == b'(' {
            let start = i + 1;
            let Some(len) = bytes[start..].iter().position(|&b| b == b')') else {
                break;
            };
            for (k, b) in bytes[start..start + len].iter_mut().enumerate() {
                *b = stable.as_bytes()[(k + strings * 7) % stable.len()];
            }
            strings += 1;
            i = start + len;
        }
        i += 1;
    }
    bytes
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input<'a>(org: &'a Organisation, p: &'a ProcessingRecord, systems: &'a [ReportSystem]) -> ReportInput<'a> {
        ReportInput {
            language: "en",
            organisation: org,
            processing: p,
            reference: "CB-2026-0001",
            requester_name: "Ada Lovelace",
            created_at: "2026-11-29T10:00:00Z".parse().unwrap(),
            systems,
        }
    }

    #[test]
    fn the_same_report_twice_is_byte_identical() {
        let org = Organisation {
            name: "Acme Ltd".into(),
            postal_address: "1 High St\nLondon".into(),
            dpo_name: "Dee".into(),
            dpo_email: "dpo@acme.example".into(),
            default_regime: casebook_core::Regime::UkGdpr,
            default_location: "GB-ENG".parse().unwrap(),
            time_zone: "Europe/London".into(),
            verification_process: Default::default(),
        };
        let p = ProcessingRecord { purposes: Some(vec!["Billing".into()]), ..Default::default() };
        let systems = vec![ReportSystem {
            system: "crm".into(),
            categories: vec!["contact".into()],
            record_count: 300,
            records: vec![vec![("email".into(), "ada@example.org".into())]; 3],
        }];
        let (a, pages) = render_report(&input(&org, &p, &systems)).unwrap();
        let (b, _) = render_report(&input(&org, &p, &systems)).unwrap();
        assert_eq!(pages, 1);
        assert!(a == b, "two renders differ");
        assert!(a.starts_with(b"%PDF-"));
    }
}

//! The printed letter: an A4 page frame after DIN 5008 form B, so the
//! address shows through the window of a C5/6 or DL envelope, then the body.
//!
//! Page 1 (millimetres from the top-left corner): letterhead in the top
//! 45 mm; the address field at 20–105 mm across and 45–90 mm down, with
//! the return line in its top 5 mm and the recipient from 62.7 mm; the info
//! block (date, references, contact) from 125 mm across and 50 mm down; the
//! body from 98.5 mm down, 25 mm left and 20 mm right margins; fold marks
//! at 105 and 210 mm and the hole mark at 148.5 mm. Every page ends with
//! the reference and "Page X of N".

use printpdf::{Op, PdfDocument, Pt, RawImage, XObjectTransform};

use crate::i18n::{labels, long_date};
use crate::layout::{
    Flow, FontBook, Keep, PT_PER_MM, PdfInfo, Style, TextArea, a4_pages, down, grey, mm, number_pages, rule, set_info,
};
use crate::template::Filled;
use crate::{Error, LetterInput};

const LEFT: f32 = 25.0;
const RIGHT_EDGE: f32 = 190.0;
const INFO_X: f32 = 125.0;
const WINDOW_TEXT_WIDTH: f32 = 80.0;
const BODY_SIZE: f32 = 10.0;

/// Prints the letter; returns the PDF and its page count.
pub(crate) fn print(input: &LetterInput<'_>, filled: &Filled) -> Result<(Vec<u8>, usize), Error> {
    let mut doc = PdfDocument::new(&filled.title);
    let fonts = FontBook::load(input.fallback_fonts)?;
    let logo = match input.logo_png {
        Some(bytes) => {
            let mut warnings = Vec::new();
            let image = RawImage::decode_from_bytes(bytes, &mut warnings).map_err(Error::Logo)?;
            let (w, h) = (image.width as f32, image.height as f32);
            Some((doc.add_image(&image), w, h))
        }
        None => None,
    };

    let mut first = Vec::new();
    letterhead(&mut first, &fonts, input, logo);
    address_window(&mut first, &fonts, input);
    info_block(&mut first, &fonts, input);
    fold_marks(&mut first);

    let area = TextArea { left: LEFT, right: RIGHT_EDGE, first_top: 98.5, top: 25.0, bottom: 25.0 };
    let mut flow = Flow::new(&fonts, first, area);
    flow.paragraph(&filled.title, Style::Bold, 11.0, 0.0, None, Keep::Nothing);
    flow.space(mm(3.0));
    // A blank line in the closing leaves room for a signature.
    let signature_gap = mm(10.0);
    let closing_height = filled.closing.lines().count() as f32 * BODY_SIZE * 1.4 + signature_gap;
    // The closing stays together, and with the end of the last paragraph:
    // neither the signature nor the whole closing ever starts a page alone.
    body(&mut flow, &filled.body, BLOCK_GAP + CLOSING_GAP + closing_height);
    flow.space(CLOSING_GAP);
    flow.ensure(closing_height);
    for line in filled.closing.lines() {
        if line.is_empty() {
            flow.space(signature_gap - BODY_SIZE * 1.4);
        }
        flow.paragraph(line, Style::Regular, BODY_SIZE, 0.0, None, Keep::Nothing);
    }

    let mut pages = flow.pages;
    let org = &input.organisation.name;
    let reference = &input.case.reference;
    for (i, ops) in pages.iter_mut().enumerate() {
        ops.push(Op::SetFillColor { col: grey(0.35) });
        if i > 0 {
            let header = format!("{org} · {reference}");
            let header = fonts.truncate(&header, Style::Regular, 8.0, mm(RIGHT_EDGE - LEFT));
            fonts.draw(ops, &header, Style::Regular, 8.0, mm(LEFT), down(15.0));
        }
        fonts.draw(ops, reference, Style::Regular, 8.0, mm(LEFT), mm(12.0));
        ops.push(Op::SetFillColor { col: grey(0.0) });
    }
    let page_of = labels(input.language).page_of;
    number_pages(&fonts, &mut pages, page_of, mm(RIGHT_EDGE), mm(12.0));

    let count = pages.len();
    let info = PdfInfo {
        title: filled.title.clone(),
        author: if input.organisation.dpo_name.trim().is_empty() {
            input.organisation.name.clone()
        } else {
            format!("{}, {}", input.organisation.dpo_name.trim(), input.organisation.name)
        },
        subject: format!("{} {}", input.case.reference, input.kind.code()),
        keywords: input.audit_head.map(|h| vec![h.to_string()]).unwrap_or_default(),
    };
    set_info(&mut doc, input.created_at, info)?;
    Ok((fonts.save(doc, a4_pages(pages)), count))
}

fn letterhead(
    ops: &mut Vec<Op>,
    fonts: &FontBook<'_>,
    input: &LetterInput<'_>,
    logo: Option<(printpdf::XObjectId, f32, f32)>,
) {
    let org = input.organisation;
    let lang = input.language;
    let name = fonts.wrap(&org.name, Style::Bold, 14.0, mm(INFO_X - LEFT - 5.0));
    let mut y = 20.0;
    for line in name.iter().take(2) {
        fonts.draw(ops, line, Style::Bold, 14.0, mm(LEFT), down(y));
        y += 6.0;
    }
    ops.push(Op::SetFillColor { col: grey(0.3) });
    for line in org.postal_address.lines().map(str::trim).filter(|l| !l.is_empty()).take(4) {
        let line = fonts.truncate(line, Style::Regular, 8.0, mm(INFO_X - LEFT - 5.0));
        fonts.draw(ops, &line, Style::Regular, 8.0, mm(LEFT), down(y - 1.5));
        y += 3.6;
    }
    ops.push(Op::SetFillColor { col: grey(0.0) });

    // The DPO's block on the right, under the logo when there is one.
    let mut y = 15.0;
    if let Some((id, w, h)) = logo {
        // Fit into 45 × 14 mm, keeping the aspect ratio; at 72 dpi one pixel is one point.
        let scale = (mm(45.0) / w).min(mm(14.0) / h);
        ops.push(Op::UseXobject {
            id,
            transform: XObjectTransform {
                translate_x: Some(Pt(mm(INFO_X))),
                translate_y: Some(Pt(down(8.0) - h * scale)),
                scale_x: Some(scale),
                scale_y: Some(scale),
                dpi: Some(72.0),
                ..Default::default()
            },
        });
        y = 28.0;
    }
    let width = mm(RIGHT_EDGE - INFO_X);
    fonts.draw(ops, labels(lang).dpo, Style::Bold, 8.0, mm(INFO_X), down(y));
    for line in [&org.dpo_name, &org.dpo_email].into_iter().map(|s| s.trim()).filter(|s| !s.is_empty()) {
        y += 3.8;
        let line = fonts.truncate(line, Style::Regular, 8.0, width);
        fonts.draw(ops, &line, Style::Regular, 8.0, mm(INFO_X), down(y));
    }
    ops.push(Op::SetOutlineColor { col: grey(0.75) });
    rule(ops, (mm(LEFT), down(42.0)), (mm(RIGHT_EDGE), down(42.0)), 0.5);
}

/// The recipient's lines as they show through the window: at most six.
fn recipient_lines(fonts: &FontBook<'_>, input: &LetterInput<'_>) -> Vec<String> {
    let r = &input.case.requester;
    let width = mm(WINDOW_TEXT_WIDTH);
    let name = r.name.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out: Vec<String> = fonts.wrap(&name, Style::Regular, BODY_SIZE, width).into_iter().take(2).collect();
    if fonts.wrap(&name, Style::Regular, BODY_SIZE, width).len() > 2 {
        let last = out.pop().unwrap_or_default();
        out.push(fonts.truncate(&format!("{last}…"), Style::Regular, BODY_SIZE, width));
    }
    let address: Vec<String> = match &r.postal_address {
        Some(a) => a.lines().map(str::trim).filter(|l| !l.is_empty()).map(String::from).collect(),
        // A letter sent by email: the address block names where it goes.
        None => r.emails.first().cloned().into_iter().collect(),
    };
    for line in address {
        out.push(fonts.truncate(&line, Style::Regular, BODY_SIZE, width));
    }
    out.truncate(6);
    out
}

fn address_window(ops: &mut Vec<Op>, fonts: &FontBook<'_>, input: &LetterInput<'_>) {
    let org = input.organisation;
    let mut ret = vec![org.name.trim().to_string()];
    ret.extend(org.postal_address.lines().map(str::trim).filter(|l| !l.is_empty()).map(String::from));
    let ret = fonts.truncate(&ret.join(" · "), Style::Regular, 6.5, mm(WINDOW_TEXT_WIDTH));
    ops.push(Op::SetFillColor { col: grey(0.3) });
    fonts.draw(ops, &ret, Style::Regular, 6.5, mm(LEFT), down(49.0));
    ops.push(Op::SetFillColor { col: grey(0.0) });
    ops.push(Op::SetOutlineColor { col: grey(0.6) });
    rule(ops, (mm(LEFT), down(50.0)), (mm(LEFT + WINDOW_TEXT_WIDTH), down(50.0)), 0.3);
    let mut y = 62.7 + 3.8;
    for line in recipient_lines(fonts, input) {
        fonts.draw(ops, &line, Style::Regular, BODY_SIZE, mm(LEFT), down(y));
        y += 4.3;
    }
}

fn info_block(ops: &mut Vec<Op>, fonts: &FontBook<'_>, input: &LetterInput<'_>) {
    let l = labels(input.language);
    let width = mm(RIGHT_EDGE - INFO_X);
    let mut entries = vec![
        (l.date, long_date(input.date, input.language)),
        (l.our_reference, input.case.reference.clone()),
        (
            if input.kind.is_for_complaint() { l.your_complaint } else { l.your_request },
            long_date(input.case.received, input.language),
        ),
    ];
    if !input.organisation.dpo_email.trim().is_empty() {
        entries.push((l.contact, input.organisation.dpo_email.trim().to_string()));
    }
    let mut y = 50.0;
    for (label, value) in entries {
        ops.push(Op::SetFillColor { col: grey(0.4) });
        fonts.draw(ops, label, Style::Regular, 7.0, mm(INFO_X), down(y));
        ops.push(Op::SetFillColor { col: grey(0.0) });
        let value = fonts.truncate(&value, Style::Regular, 9.0, width);
        fonts.draw(ops, &value, Style::Regular, 9.0, mm(INFO_X), down(y + 4.0));
        y += 9.0;
    }
}

fn fold_marks(ops: &mut Vec<Op>) {
    ops.push(Op::SetOutlineColor { col: grey(0.5) });
    for (at, len) in [(105.0, 5.0), (148.5, 8.0), (210.0, 5.0)] {
        rule(ops, (mm(3.0), down(at)), (mm(3.0 + len), down(at)), 0.3);
    }
}

/// The space after each block of the body, and before the closing.
const BLOCK_GAP: f32 = 2.5 * PT_PER_MM;
const CLOSING_GAP: f32 = 4.0 * PT_PER_MM;

/// One piece of the body as it is laid out.
enum Piece {
    Heading(String),
    Item(String),
    Paragraph(String),
    /// The space between blocks.
    Gap,
}

/// The body's blocks: paragraphs (blank line between), `- ` items, `## `
/// headings. The end of the last paragraph or item keeps `tail` points
/// after it on its page (for the closing).
fn body(flow: &mut Flow<'_>, body: &str, tail: f32) {
    let mut pieces = Vec::new();
    for block in body.split("\n\n") {
        let mut paragraph: Vec<&str> = Vec::new();
        let flush = |pieces: &mut Vec<Piece>, p: &mut Vec<&str>| {
            if !p.is_empty() {
                pieces.push(Piece::Paragraph(p.join("\n")));
                p.clear();
            }
        };
        for line in block.lines() {
            if let Some(h) = line.strip_prefix("## ") {
                flush(&mut pieces, &mut paragraph);
                pieces.push(Piece::Heading(h.to_string()));
            } else if let Some(item) = line.strip_prefix("- ") {
                flush(&mut pieces, &mut paragraph);
                pieces.push(Piece::Item(item.to_string()));
            } else {
                paragraph.push(line);
            }
        }
        flush(&mut pieces, &mut paragraph);
        pieces.push(Piece::Gap);
    }
    let last = pieces.iter().rposition(|p| matches!(p, Piece::Item(_) | Piece::Paragraph(_)));
    for (i, piece) in pieces.iter().enumerate() {
        let kept = if Some(i) == last { tail } else { 0.0 };
        match piece {
            Piece::Heading(h) => {
                flow.space(mm(1.5));
                // A heading keeps two lines of what follows with it.
                flow.paragraph(h, Style::Bold, 10.5, 0.0, None, Keep::Next(BODY_SIZE * 2.8));
            }
            Piece::Item(item) => {
                flow.paragraph(item, Style::Regular, BODY_SIZE, mm(6.0), Some("•"), Keep::Tail(kept));
            }
            Piece::Paragraph(p) => flow.paragraph(p, Style::Regular, BODY_SIZE, 0.0, None, Keep::Tail(kept)),
            Piece::Gap => flow.space(BLOCK_GAP),
        }
    }
}

//! Long documents made of sections (the case evidence pack, and whatever
//! report later joins it): a title, then headed sections of paragraphs,
//! label/value fields and tables, on A4 pages with a running header and
//! "Page X of N".
//!
//! The content is plain data, so a feature adds a section by pushing one
//! [`Section`] built with its methods; all drawing stays here and in
//! [`crate::layout`]. Tables break between rows (and inside a row taller
//! than a page) and repeat their header row at the top of every page they
//! continue on.

use chrono::{DateTime, Utc};
use printpdf::{Op, PdfDocument};

use crate::Error;
use crate::layout::{
    Flow, FontBook, Keep, PdfInfo, Style, TextArea, a4_pages, down, grey, mm, number_pages, rule, set_info,
};

const LEFT: f32 = 20.0;
const RIGHT: f32 = 190.0;
const BODY_SIZE: f32 = 9.5;
const TABLE_SIZE: f32 = 8.0;

/// A document to print.
#[derive(Debug, Clone, Default)]
pub struct Document {
    pub title: String,
    /// Lines under the title (what the document is about, when it was made).
    pub subtitle: Vec<String>,
    /// Printed at the top of every page after the first.
    pub running_header: String,
    /// Printed at the foot of every page, left of "Page X of N".
    pub footer: String,
    /// PDF metadata.
    pub author: String,
    pub subject: String,
    /// PDF keywords (the evidence pack's audit chain head).
    pub keywords: Vec<String>,
    pub sections: Vec<Section>,
}

/// A headed part of a document.
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    pub heading: String,
    pub blocks: Vec<Block>,
}

/// What a section is made of.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    Paragraph(String),
    /// Bulleted lines.
    Items(Vec<String>),
    /// Label and value pairs, as a two-column list without a header.
    Fields(Vec<(String, String)>),
    Table(Table),
}

/// A table whose header row is repeated on every page it runs on to.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub columns: Vec<Column>,
    pub rows: Vec<Vec<String>>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    pub title: String,
    /// A share of the width, relative to the other columns.
    pub weight: f32,
}

impl Section {
    pub fn new(heading: impl Into<String>) -> Section {
        Section { heading: heading.into(), blocks: Vec::new() }
    }

    pub fn paragraph(mut self, text: impl Into<String>) -> Section {
        self.blocks.push(Block::Paragraph(text.into()));
        self
    }

    pub fn items(mut self, items: Vec<String>) -> Section {
        self.blocks.push(Block::Items(items));
        self
    }

    pub fn fields(mut self, fields: Vec<(String, String)>) -> Section {
        self.blocks.push(Block::Fields(fields));
        self
    }

    /// A table; `columns` are (title, weight) pairs. Rows shorter than the
    /// header are padded with empty cells; cells beyond it are dropped.
    pub fn table(mut self, columns: &[(&str, f32)], rows: Vec<Vec<String>>) -> Section {
        let columns: Vec<Column> =
            columns.iter().map(|(t, w)| Column { title: (*t).to_string(), weight: w.max(0.01) }).collect();
        let n = columns.len();
        let rows = rows
            .into_iter()
            .map(|mut r| {
                r.resize(n, String::new());
                r
            })
            .collect();
        self.blocks.push(Block::Table(Table { columns, rows }));
        self
    }
}

/// A printed document: its bytes and page count.
pub struct PrintedDocument {
    pub pdf: Vec<u8>,
    pub pages: usize,
}

/// Prints `document`. `created_at` goes into the metadata (the renderer
/// reads no clock); `fallback_fonts` are tried after the shipped faces.
pub fn print_document(
    document: &Document,
    created_at: DateTime<Utc>,
    fallback_fonts: &[Vec<u8>],
) -> Result<PrintedDocument, Error> {
    let printed = print_document_with(document, created_at, fallback_fonts, &mut |_, _| true)?;
    Ok(printed.expect("never stopped"))
}

/// [`print_document`] calling `before_section(i, pages)` before laying out
/// section `i` (0-based; `i == sections.len()` before the PDF is written)
/// with the pages so far; `None` when it answers false (the caller's cancel).
pub fn print_document_with(
    document: &Document,
    created_at: DateTime<Utc>,
    fallback_fonts: &[Vec<u8>],
    before_section: &mut dyn FnMut(usize, usize) -> bool,
) -> Result<Option<PrintedDocument>, Error> {
    let mut doc = PdfDocument::new(&document.title);
    let fonts = FontBook::load(fallback_fonts)?;
    let area = TextArea { left: LEFT, right: RIGHT, first_top: 18.0, top: 20.0, bottom: 20.0 };
    let mut flow = Flow::new(&fonts, Vec::new(), area);
    flow.paragraph(&document.title, Style::Bold, 16.0, 0.0, None, Keep::Nothing);
    flow.space(mm(1.0));
    for line in &document.subtitle {
        flow.paragraph(line, Style::Regular, BODY_SIZE, 0.0, None, Keep::Nothing);
    }
    flow.space(mm(2.0));
    let y = flow.y;
    flow.page().push(Op::SetOutlineColor { col: grey(0.6) });
    rule(flow.page(), (mm(LEFT), y), (mm(RIGHT), y), 0.6);

    for (i, section) in document.sections.iter().enumerate() {
        if !before_section(i, flow.pages.len()) {
            return Ok(None);
        }
        flow.space(mm(5.0));
        // A heading keeps three lines of what follows with it.
        flow.paragraph(&section.heading, Style::Bold, 12.0, 0.0, None, Keep::Next(BODY_SIZE * 1.4 * 3.0));
        flow.space(mm(1.0));
        for block in &section.blocks {
            match block {
                Block::Paragraph(text) => {
                    flow.paragraph(text, Style::Regular, BODY_SIZE, 0.0, None, Keep::Nothing);
                    flow.space(mm(1.5));
                }
                Block::Items(items) => {
                    for item in items {
                        flow.paragraph(item, Style::Regular, BODY_SIZE, mm(5.0), Some("•"), Keep::Nothing);
                    }
                    flow.space(mm(1.5));
                }
                Block::Fields(fields) => {
                    let rows: Vec<Vec<String>> = fields.iter().map(|(k, v)| vec![k.clone(), v.clone()]).collect();
                    let widths = [flow.width * 0.28, flow.width * 0.72];
                    flow.table(None, &widths, &rows, BODY_SIZE, &[Style::Bold, Style::Regular]);
                    flow.space(mm(2.0));
                }
                Block::Table(table) => {
                    let total: f32 = table.columns.iter().map(|c| c.weight).sum();
                    let widths: Vec<f32> = table.columns.iter().map(|c| flow.width * c.weight / total).collect();
                    let header: Vec<String> = table.columns.iter().map(|c| c.title.clone()).collect();
                    let styles = vec![Style::Regular; widths.len()];
                    flow.table(Some(&header), &widths, &table.rows, TABLE_SIZE, &styles);
                    flow.space(mm(2.0));
                }
            }
        }
    }

    if !before_section(document.sections.len(), flow.pages.len()) {
        return Ok(None);
    }
    let mut pages = flow.pages;
    for (i, ops) in pages.iter_mut().enumerate() {
        ops.push(Op::SetFillColor { col: grey(0.35) });
        if i > 0 {
            let header = fonts.truncate(&document.running_header, Style::Regular, 8.0, mm(RIGHT - LEFT));
            fonts.draw(ops, &header, Style::Regular, 8.0, mm(LEFT), down(12.0));
        }
        let footer = fonts.truncate(&document.footer, Style::Regular, 8.0, mm(RIGHT - LEFT - 30.0));
        fonts.draw(ops, &footer, Style::Regular, 8.0, mm(LEFT), mm(11.0));
        ops.push(Op::SetFillColor { col: grey(0.0) });
    }
    number_pages(&fonts, &mut pages, |i, n| format!("Page {i} of {n}"), mm(RIGHT), mm(11.0));

    let count = pages.len();
    let info = PdfInfo {
        title: document.title.clone(),
        author: document.author.clone(),
        subject: document.subject.clone(),
        keywords: document.keywords.clone(),
    };
    set_info(&mut doc, created_at, info)?;
    Ok(Some(PrintedDocument { pdf: fonts.save(doc, a4_pages(pages)), pages: count }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_rows_are_padded_to_the_header() {
        let s = Section::new("T")
            .table(&[("A", 1.0), ("B", 2.0)], vec![vec!["x".into()], vec!["1".into(), "2".into(), "3".into()]]);
        let Block::Table(t) = &s.blocks[0] else { panic!("a table") };
        assert_eq!(t.rows, [vec!["x".to_string(), String::new()], vec!["1".to_string(), "2".to_string()]]);
    }

    #[test]
    fn a_long_table_spans_pages() {
        let rows: Vec<Vec<String>> = (0..300).map(|i| vec![format!("row {i}"), "text ".repeat(i % 7 + 1)]).collect();
        let doc = Document {
            title: "Test".into(),
            sections: vec![Section::new("Rows").table(&[("Left", 1.0), ("Right", 3.0)], rows)],
            ..Default::default()
        };
        let printed = print_document(&doc, DateTime::from_timestamp(1_790_000_000, 0).unwrap(), &[]).unwrap();
        assert!(printed.pages >= 5 && printed.pages < 20, "{} pages", printed.pages);
        assert!(printed.pdf.starts_with(b"%PDF-"));
    }
}

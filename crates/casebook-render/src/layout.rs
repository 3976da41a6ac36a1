//! Our own small layout engine over printpdf, which does no wrapping, no font
//! fallback, no shaping and no pagination (see `stack-notes.md`).
//!
//! What it supports: glyph advances measured from the parsed fonts; text
//! split into runs by the first font of a chain that has each character
//! (the style's DejaVu Sans face, DejaVu Sans, the organisation's own fonts,
//! then the bundled CJK face, parsed only when a character needs it);
//! right-to-left runs ordered by the Unicode bidi algorithm (the paragraph is
//! left to right) and shaped with rustybuzz, so Arabic-script names come out
//! joined, right to left, and still extract as text; greedy word wrap that
//! breaks words longer than a line; a page cursor that starts a new page when
//! a block does not fit; tables that repeat their header row; and a second
//! pass that writes "Page X of N" once N is known.
//! What it does not: kerning of left-to-right text, vertical marks
//! (harakat sit where the font puts them), hyphenation, justification.

use std::cell::Cell;
use std::sync::OnceLock;

use chrono::{DateTime, Utc};
use printpdf::{
    Codepoint, Color, FontId, Line, LinePoint, Mm, Op, PaintMode, ParsedFont, PdfDocument, PdfFontHandle, PdfPage,
    PdfSaveOptions, Point, Polygon, PolygonRing, Pt, Rgb, TextItem, WindingOrder,
};
use unicode_bidi::{BidiClass, Level, ParagraphBidiInfo, bidi_class};

use crate::Error;

const DEJAVU_SANS: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans.ttf");
const DEJAVU_SANS_BOLD: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans-Bold.ttf");
/// A subset of Droid Sans Fallback: the CJK national standards (see assets/fonts/README.md).
const CJK_FALLBACK: &[u8] = include_bytes!("../../../assets/fonts/DroidSansFallback-CJK.ttf");

/// The shipped fonts, parsed once per process when first needed.
static PARSED: [OnceLock<ParsedFont>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
const BUNDLED: [(&[u8], &str); 3] = [
    (DEJAVU_SANS, "DejaVuSans.ttf"),
    (DEJAVU_SANS_BOLD, "DejaVuSans-Bold.ttf"),
    (CJK_FALLBACK, "DroidSansFallback-CJK.ttf"),
];

/// Points per millimetre.
pub const PT_PER_MM: f32 = 72.0 / 25.4;

/// A length in millimetres as points.
pub fn mm(v: f32) -> f32 {
    v * PT_PER_MM
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Regular,
    Bold,
}

fn parse(bytes: &[u8], what: &str) -> Result<ParsedFont, Error> {
    let mut warnings = Vec::new();
    ParsedFont::from_bytes(bytes, 0, &mut warnings).ok_or_else(|| Error::Font(format!("cannot parse font {what}")))
}

enum Source<'a> {
    /// One of [`BUNDLED`], by index.
    Bundled(usize),
    /// A font the organisation added, parsed when the book was made.
    Given(Box<ParsedFont>, &'a [u8]),
}

struct Face<'a> {
    source: Source<'a>,
    id: FontId,
    /// Whether anything was drawn with the face: only those go into the PDF.
    used: Cell<bool>,
}

impl Face<'_> {
    fn font(&self) -> &ParsedFont {
        match &self.source {
            Source::Bundled(i) => PARSED[*i].get_or_init(|| {
                let (bytes, name) = BUNDLED[*i];
                parse(bytes, name).expect("the shipped fonts parse (tested)")
            }),
            Source::Given(font, _) => font,
        }
    }

    fn bytes(&self) -> &[u8] {
        match &self.source {
            Source::Bundled(i) => BUNDLED[*i].0,
            Source::Given(_, bytes) => bytes,
        }
    }

    fn units_per_em(&self) -> f32 {
        f32::from(self.font().pdf_font_metrics.units_per_em.max(1))
    }

    fn has(&self, c: char) -> bool {
        self.font().lookup_glyph_index(c as u32).is_some_and(|g| g != 0)
    }

    /// The advance of `c` in points at `size`.
    fn advance(&self, c: char, size: f32) -> f32 {
        let font = self.font();
        let gid = font.lookup_glyph_index(c as u32).unwrap_or(0);
        f32::from(font.get_horizontal_advance(gid)) / self.units_per_em() * size
    }

    /// Shapes `text` with rustybuzz: glyphs in visual order, each carrying
    /// the text of its cluster (for the PDF's ToUnicode map, so the words
    /// still extract), with the adjustment from the font's advance to the
    /// shaped one; and the shaped width in font units.
    fn shape(&self, text: &str, rtl: bool) -> (Vec<Codepoint>, f32) {
        let font = self.font();
        let Some(face) = rustybuzz::Face::from_slice(self.bytes(), 0) else {
            // Unreachable for a font printpdf parsed; fall back to unshaped glyphs.
            let mut glyphs: Vec<Codepoint> = text
                .chars()
                .map(|c| Codepoint::with_cid(font.lookup_glyph_index(c as u32).unwrap_or(0), 0.0, c.to_string()))
                .collect();
            if rtl {
                glyphs.reverse();
            }
            let width = glyphs.iter().map(|g| f32::from(font.get_horizontal_advance(g.gid))).sum();
            return (glyphs, width);
        };
        let mut buffer = rustybuzz::UnicodeBuffer::new();
        buffer.push_str(text);
        buffer.set_direction(if rtl { rustybuzz::Direction::RightToLeft } else { rustybuzz::Direction::LeftToRight });
        let shaped = rustybuzz::shape(&face, &[], buffer);
        let mut starts: Vec<usize> = shaped.glyph_infos().iter().map(|g| g.cluster as usize).collect();
        starts.sort_unstable();
        starts.dedup();
        let upem = self.units_per_em();
        let mut width = 0.0;
        let glyphs = shaped
            .glyph_infos()
            .iter()
            .zip(shaped.glyph_positions())
            .map(|(info, pos)| {
                let start = info.cluster as usize;
                let end = starts.iter().copied().find(|&s| s > start).unwrap_or(text.len());
                let gid = u16::try_from(info.glyph_id).unwrap_or(0);
                let natural = i32::from(font.get_horizontal_advance(gid));
                width += pos.x_advance as f32;
                // TJ numbers move the next glyph left by n/1000 em.
                let offset = (natural - pos.x_advance) as f32 * 1000.0 / upem;
                Codepoint::with_cid(gid, offset, text.get(start..end).unwrap_or("").to_string())
            })
            .collect();
        (glyphs, width)
    }
}

/// Characters that must be shaped to be legible: Arabic-script letters
/// (they join), Hebrew and Syriac (right to left, marks).
fn complex(c: char) -> bool {
    matches!(c as u32, 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF)
}

fn right_to_left(c: char) -> bool {
    matches!(
        bidi_class(c),
        BidiClass::R | BidiClass::AL | BidiClass::AN | BidiClass::RLE | BidiClass::RLO | BidiClass::RLI
    )
}

/// The fonts of one document: DejaVu Sans (regular, bold), then the
/// organisation's fallback faces in order, then the bundled CJK face.
pub struct FontBook<'a> {
    faces: Vec<Face<'a>>,
}

/// A stretch of text drawn with one face.
struct Run<'t> {
    face: usize,
    text: &'t str,
}

/// What one `ShowText` draws: text in logical order, or shaped glyphs.
enum Piece<'t> {
    Text(&'t str),
    Glyphs(Vec<Codepoint>),
}

impl<'a> FontBook<'a> {
    /// `fallbacks` are font files (TrueType/OpenType) tried after DejaVu Sans
    /// and before the bundled CJK face; each is parsed now so a bad file is
    /// named before anything is drawn.
    pub fn load(fallbacks: &'a [Vec<u8>]) -> Result<FontBook<'a>, Error> {
        let face = |source| Face { source, id: FontId::new(), used: Cell::new(false) };
        let mut faces = vec![face(Source::Bundled(0)), face(Source::Bundled(1))];
        for (i, bytes) in fallbacks.iter().enumerate() {
            let font = parse(bytes, &format!("fallback #{}", i + 1))?;
            faces.push(face(Source::Given(Box::new(font), bytes)));
        }
        faces.push(face(Source::Bundled(2)));
        Ok(FontBook { faces })
    }

    /// The face drawing `c`: the style's own face when it has the glyph,
    /// else the first fallback that does, else the style's face (a box).
    fn face_for(&self, c: char, style: Style) -> usize {
        let first = match style {
            Style::Regular => 0,
            Style::Bold => 1,
        };
        if c.is_whitespace() || c.is_control() || self.faces[first].has(c) {
            return first;
        }
        let chain = std::iter::once(0).chain(2..self.faces.len());
        chain.into_iter().find(|&i| self.faces[i].has(c)).unwrap_or(first)
    }

    fn runs<'t>(&self, text: &'t str, style: Style) -> Vec<Run<'t>> {
        let mut runs: Vec<Run<'t>> = Vec::new();
        let mut start = 0;
        let mut current = None;
        for (i, c) in text.char_indices() {
            let f = self.face_for(c, style);
            match current {
                Some(cur) if cur != f => {
                    runs.push(Run { face: cur, text: &text[start..i] });
                    start = i;
                    current = Some(f);
                }
                None => current = Some(f),
                _ => {}
            }
        }
        if let Some(cur) = current {
            runs.push(Run { face: cur, text: &text[start..] });
        }
        runs
    }

    /// One line as it is drawn, left to right: runs of one face each, the
    /// right-to-left ones reordered and shaped.
    fn pieces<'t>(&self, text: &'t str, style: Style) -> Vec<(usize, Piece<'t>)> {
        if !text.chars().any(right_to_left) {
            return self.runs(text, style).into_iter().map(|r| (r.face, Piece::Text(r.text))).collect();
        }
        let bidi = ParagraphBidiInfo::new(text, Some(Level::ltr()));
        let (levels, visual) = bidi.visual_runs(0..text.len());
        let mut out = Vec::new();
        for range in visual {
            let rtl = levels[range.start].is_rtl();
            let mut runs = self.runs(&text[range], style);
            if rtl {
                runs.reverse();
            }
            for r in runs {
                if rtl || r.text.chars().any(complex) {
                    out.push((r.face, Piece::Glyphs(self.faces[r.face].shape(r.text, rtl).0)));
                } else {
                    out.push((r.face, Piece::Text(r.text)));
                }
            }
        }
        out
    }

    /// The width of `text` in points.
    pub fn measure(&self, text: &str, style: Style, size: f32) -> f32 {
        if !text.chars().any(complex) {
            return text.chars().map(|c| self.faces[self.face_for(c, style)].advance(c, size)).sum();
        }
        self.runs(text, style)
            .iter()
            .map(|r| {
                let face = &self.faces[r.face];
                if r.text.chars().any(complex) {
                    face.shape(r.text, r.text.chars().any(right_to_left)).1 / face.units_per_em() * size
                } else {
                    r.text.chars().map(|c| face.advance(c, size)).sum()
                }
            })
            .sum()
    }

    /// Greedy word wrap to `width` points. Words longer than a line are
    /// broken between characters; explicit newlines are kept.
    pub fn wrap(&self, text: &str, style: Style, size: f32, width: f32) -> Vec<String> {
        let mut lines = Vec::new();
        for hard in text.split('\n') {
            let mut line = String::new();
            for word in hard.split(' ').filter(|w| !w.is_empty()) {
                let candidate = if line.is_empty() { word.to_string() } else { format!("{line} {word}") };
                if self.measure(&candidate, style, size) <= width {
                    line = candidate;
                    continue;
                }
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                }
                if self.measure(word, style, size) <= width {
                    line = word.to_string();
                    continue;
                }
                for c in word.chars() {
                    line.push(c);
                    if self.measure(&line, style, size) > width && line.chars().count() > 1 {
                        line.pop();
                        lines.push(std::mem::take(&mut line));
                        line.push(c);
                    }
                }
            }
            lines.push(line);
        }
        lines
    }

    /// `text` cut to `width` with an ellipsis (for the address window, where
    /// a line must not wrap).
    pub fn truncate(&self, text: &str, style: Style, size: f32, width: f32) -> String {
        if self.measure(text, style, size) <= width {
            return text.to_string();
        }
        let mut out = String::new();
        for c in text.chars() {
            out.push(c);
            if self.measure(&format!("{out}…"), style, size) > width {
                out.pop();
                break;
            }
        }
        format!("{}…", out.trim_end())
    }

    /// Ops drawing one line of text with its baseline at (`x`, `y`) points.
    pub fn draw(&self, ops: &mut Vec<Op>, text: &str, style: Style, size: f32, x: f32, y: f32) {
        if text.is_empty() {
            return;
        }
        ops.push(Op::StartTextSection);
        ops.push(Op::SetTextCursor { pos: Point { x: Pt(x), y: Pt(y) } });
        for (face, piece) in self.pieces(text, style) {
            let face = &self.faces[face];
            face.used.set(true);
            ops.push(Op::SetFont { font: PdfFontHandle::External(face.id.clone()), size: Pt(size) });
            let item = match piece {
                Piece::Text(t) => TextItem::Text(t.to_string()),
                Piece::Glyphs(g) => TextItem::GlyphIds(g),
            };
            ops.push(Op::ShowText { items: vec![item] });
        }
        ops.push(Op::EndTextSection);
    }

    /// Adds the faces drawn with to `doc` and saves it with subset fonts.
    /// Adds the faces drawn with so far to `doc`'s resources (for callers
    /// that post-process the document before saving it themselves).
    pub fn embed(&self, doc: &mut PdfDocument) {
        for face in self.faces.iter().filter(|f| f.used.get()) {
            doc.resources.fonts.map.insert(face.id.clone(), printpdf::PdfFont::new(face.font().clone()));
        }
    }

    pub fn save(&self, mut doc: PdfDocument, pages: Vec<PdfPage>) -> Vec<u8> {
        self.embed(&mut doc);
        let mut warnings = Vec::new();
        doc.with_pages(pages).save(&PdfSaveOptions { subset_fonts: true, ..Default::default() }, &mut warnings)
    }
}

pub fn grey(level: f32) -> Color {
    Color::Rgb(Rgb { r: level, g: level, b: level, icc_profile: None })
}

/// A horizontal or vertical rule between two points (in points).
pub fn rule(ops: &mut Vec<Op>, from: (f32, f32), to: (f32, f32), thickness: f32) {
    ops.push(Op::SetOutlineThickness { pt: Pt(thickness) });
    ops.push(Op::DrawLine {
        line: Line {
            points: vec![
                LinePoint { p: Point { x: Pt(from.0), y: Pt(from.1) }, bezier: false },
                LinePoint { p: Point { x: Pt(to.0), y: Pt(to.1) }, bezier: false },
            ],
            is_closed: false,
        },
    });
}

/// The page size used for every letter: A4.
pub const PAGE_WIDTH_MM: f32 = 210.0;
pub const PAGE_HEIGHT_MM: f32 = 297.0;

/// A distance from the top of the page, in mm, as a PDF y coordinate in points.
pub fn down(v: f32) -> f32 {
    mm(PAGE_HEIGHT_MM - v)
}

/// Where a flow's text stands on the page, in millimetres: its
/// left and right edges, where its text starts on the first page and on each
/// later one (from the top of the page), and the lowest a baseline goes (from
/// the foot).
pub struct TextArea {
    pub left: f32,
    pub right: f32,
    pub first_top: f32,
    pub top: f32,
    pub bottom: f32,
}

/// What a paragraph keeps on one page with it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Keep {
    Nothing,
    /// Its first two lines (its one line, when it has one) with that many
    /// points of what follows, so a heading is not left alone at a
    /// page's foot.
    Next(f32),
    /// Its last two lines (all of it when it is short) with that many points
    /// of what follows, so what comes next (a letter's closing) never starts
    /// a page alone.
    Tail(f32),
}

/// A column of text flowing down pages. Coordinates are points from the
/// bottom-left corner, as in PDF.
pub struct Flow<'f> {
    pub fonts: &'f FontBook<'f>,
    pub pages: Vec<Vec<Op>>,
    /// The baseline of the next line's top edge: the cursor.
    pub y: f32,
    pub left: f32,
    pub width: f32,
    /// Where the text starts on a continuation page.
    pub top: f32,
    /// The lowest a baseline may go.
    pub bottom: f32,
}

impl<'f> Flow<'f> {
    /// A flow down `area`, starting on `first` (what is already drawn on the
    /// first page outside the flow: a letter's letterhead and address).
    pub fn new(fonts: &'f FontBook<'f>, first: Vec<Op>, area: TextArea) -> Self {
        Flow {
            fonts,
            pages: vec![first],
            y: down(area.first_top),
            left: mm(area.left),
            width: mm(area.right - area.left),
            top: down(area.top),
            bottom: mm(area.bottom),
        }
    }

    pub fn page(&mut self) -> &mut Vec<Op> {
        self.pages.last_mut().expect("a flow has a page")
    }

    pub fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = self.top;
    }

    /// Makes room for `height` points, starting a new page if needed.
    pub fn ensure(&mut self, height: f32) {
        if self.y - height < self.bottom && self.y < self.top {
            self.new_page();
        }
    }

    pub fn space(&mut self, pt: f32) {
        self.y -= pt;
    }

    /// A wrapped paragraph. `marker` (a bullet) hangs in the indent of the
    /// first line; `keep` says what stays on a page with it.
    pub fn paragraph(&mut self, text: &str, style: Style, size: f32, indent: f32, marker: Option<&str>, keep: Keep) {
        let (keep_with_next, tail) = match keep {
            Keep::Nothing => (0.0, 0.0),
            Keep::Next(points) => (points, 0.0),
            Keep::Tail(points) => (0.0, points),
        };
        let leading = size * 1.4;
        let lines = self.fonts.wrap(text, style, size, self.width - indent);
        let n = lines.len();
        // Where the kept tail starts: two lines, or the whole of a paragraph of three or fewer.
        let tail_from = if n <= 3 { 0 } else { n - 2 };
        for (i, line) in lines.iter().enumerate() {
            let mut reserve = if i == 0 { leading * n.min(2) as f32 + keep_with_next } else { leading };
            if tail > 0.0 && i == tail_from {
                reserve = reserve.max(leading * (n - i) as f32 + tail);
            }
            self.ensure(reserve);
            self.y -= leading;
            let y = self.y;
            let (fonts, left) = (self.fonts, self.left);
            if let (0, Some(m)) = (i, marker) {
                fonts.draw(self.page(), m, Style::Regular, size, left + indent - mm(4.0), y);
            }
            fonts.draw(self.page(), line, style, size, left + indent, y);
        }
    }
}

impl Flow<'_> {
    /// A table: each cell wrapped to its column (`widths` in points), rows
    /// kept whole on a page when they fit on one, and the `header` row (bold,
    /// on a grey band) drawn again at the top of every page the table runs on
    /// to. A row taller than a page is split between its lines. `styles`
    /// gives each column's style (for label columns).
    pub fn table(
        &mut self,
        header: Option<&[String]>,
        widths: &[f32],
        rows: &[Vec<String>],
        size: f32,
        styles: &[Style],
    ) {
        let leading = size * 1.3;
        let pad = size * 0.35;
        let style_of = |i: usize| styles.get(i).copied().unwrap_or(Style::Regular);
        let wrap_row = |cells: &[String], bold: bool| -> Vec<Vec<String>> {
            cells
                .iter()
                .zip(widths)
                .enumerate()
                .map(|(i, (c, w))| {
                    let style = if bold { Style::Bold } else { style_of(i) };
                    self.fonts.wrap(c, style, size, (w - 2.0 * pad).max(size))
                })
                .collect()
        };
        let header = header.map(|h| wrap_row(h, true));
        let header_height =
            header.as_ref().map_or(0.0, |h| h.iter().map(Vec::len).max().unwrap_or(1) as f32 * leading + 2.0 * pad);
        // The header stays with the first row: all of it when the row would
        // move to a new page whole anyway (below), else its first line.
        let page_room = self.top - self.bottom - header_height;
        let first_lines = rows.first().map_or(1, |r| wrap_row(r, false).iter().map(Vec::len).max().unwrap_or(1).max(1));
        let first_need = first_lines as f32 * leading + 2.0 * pad;
        let keep = if first_need <= page_room { first_need } else { leading + 2.0 * pad };
        if self.y - header_height - keep < self.bottom && self.y < self.top {
            self.new_page();
        }
        if let Some(h) = &header {
            self.table_row(h, widths, 0, usize::MAX, leading, pad, size, &|_| Style::Bold, true);
        }
        for cells in rows {
            let lines = wrap_row(cells, false);
            let total = lines.iter().map(Vec::len).max().unwrap_or(1).max(1);
            let mut from = 0;
            while from < total {
                let remaining = total - from;
                let need = remaining as f32 * leading + 2.0 * pad;
                let fit = ((self.y - self.bottom - 2.0 * pad) / leading).floor().max(0.0) as usize;
                let at_top = (self.top - self.y - header_height).abs() < 0.5;
                if !at_top && (fit == 0 || (fit < remaining && need <= page_room)) {
                    // Start the row on a new page, under the header again.
                    self.new_page();
                    if let Some(h) = &header {
                        self.table_row(h, widths, 0, usize::MAX, leading, pad, size, &|_| Style::Bold, true);
                    }
                    continue;
                }
                // At the top of a page something is always drawn, so a
                // page too short for one line cannot loop forever.
                let count = fit.max(1).min(remaining);
                self.table_row(&lines, widths, from, count, leading, pad, size, &style_of, false);
                from += count;
            }
        }
    }

    /// Draws lines `from..from + count` of a row's wrapped cells and moves the cursor below them.
    #[allow(clippy::too_many_arguments)]
    fn table_row(
        &mut self,
        cells: &[Vec<String>],
        widths: &[f32],
        from: usize,
        count: usize,
        leading: f32,
        pad: f32,
        size: f32,
        style_of: &dyn Fn(usize) -> Style,
        band: bool,
    ) {
        let shown = cells.iter().map(|c| c.len().saturating_sub(from).min(count)).max().unwrap_or(0).max(1);
        let height = shown as f32 * leading + 2.0 * pad;
        let (top, left, width, fonts) = (self.y, self.left, self.width, self.fonts);
        let ops = self.page();
        if band {
            fill_rect(ops, left, top - height, width, height, grey(0.9));
        }
        let mut x = left;
        for (i, (cell, w)) in cells.iter().zip(widths).enumerate() {
            for (k, line) in cell.iter().skip(from).take(count).enumerate() {
                let baseline = top - pad - (k as f32 + 1.0) * leading + size * 0.3;
                fonts.draw(ops, line, style_of(i), size, x + pad, baseline);
            }
            x += w;
        }
        ops.push(Op::SetOutlineColor { col: grey(0.8) });
        rule(ops, (left, top - height), (left + width, top - height), 0.4);
        self.y = top - height;
    }
}

/// A filled rectangle from (`x`, `y`) (bottom-left, points).
pub fn fill_rect(ops: &mut Vec<Op>, x: f32, y: f32, w: f32, h: f32, colour: Color) {
    ops.push(Op::SetFillColor { col: colour });
    let p = |x: f32, y: f32| LinePoint { p: Point { x: Pt(x), y: Pt(y) }, bezier: false };
    ops.push(Op::DrawPolygon {
        polygon: Polygon {
            rings: vec![PolygonRing { points: vec![p(x, y), p(x + w, y), p(x + w, y + h), p(x, y + h)] }],
            mode: PaintMode::Fill,
            winding_order: WindingOrder::NonZero,
        },
    });
    ops.push(Op::SetFillColor { col: grey(0.0) });
}

/// "Page X of N" on every page, now that N is known, at `y` points, right-aligned to `right`.
pub fn number_pages(
    fonts: &FontBook<'_>,
    pages: &mut [Vec<Op>],
    label: impl Fn(usize, usize) -> String,
    right: f32,
    y: f32,
) {
    let n = pages.len();
    for (i, ops) in pages.iter_mut().enumerate() {
        let text = label(i + 1, n);
        let w = fonts.measure(&text, Style::Regular, 8.0);
        ops.push(Op::SetFillColor { col: grey(0.35) });
        fonts.draw(ops, &text, Style::Regular, 8.0, right - w, y);
        ops.push(Op::SetFillColor { col: grey(0.0) });
    }
}

/// The pages drawn, as A4 pages of the PDF.
pub fn a4_pages(pages: Vec<Vec<Op>>) -> Vec<PdfPage> {
    pages.into_iter().map(|ops| PdfPage::new(Mm(PAGE_WIDTH_MM), Mm(PAGE_HEIGHT_MM), ops)).collect()
}

/// What a PDF's document information says of it, beside its dates and
/// Casebook as its creator and producer.
pub struct PdfInfo {
    pub title: String,
    pub author: String,
    pub subject: String,
    pub keywords: Vec<String>,
}

/// Writes `info` into `doc`, created, modified and described at `created_at`.
pub fn set_info(doc: &mut PdfDocument, created_at: DateTime<Utc>, info: PdfInfo) -> Result<(), Error> {
    let when = printpdf::DateTime::from_unix_timestamp(created_at.timestamp())
        .map_err(|e| Error::Font(format!("creation date: {e}")))?;
    let doc_info = &mut doc.metadata.info;
    doc_info.creation_date = when;
    doc_info.modification_date = when;
    doc_info.metadata_date = when;
    doc_info.document_title = info.title;
    doc_info.author = info.author;
    doc_info.subject = info.subject;
    doc_info.keywords = info.keywords;
    doc_info.creator = crate::CREATOR.into();
    doc_info.producer = crate::PRODUCER.into();
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn book() -> ((), FontBook<'static>) {
        ((), FontBook::load(&[]).unwrap())
    }

    #[test]
    fn wrap_fills_lines_greedily_and_never_overflows() {
        let (_d, f) = book();
        let text = "The quick brown fox jumps over the lazy dog and keeps on running far away";
        let width = f.measure("The quick brown fox jumps", Style::Regular, 10.0) + 0.5;
        let lines = f.wrap(text, Style::Regular, 10.0, width);
        assert_eq!(lines[0], "The quick brown fox jumps");
        assert!(lines.iter().all(|l| f.measure(l, Style::Regular, 10.0) <= width));
        assert_eq!(lines.join(" "), text);
    }

    #[test]
    fn a_word_longer_than_the_line_is_broken() {
        let (_d, f) = book();
        let word = "W".repeat(200);
        let lines = f.wrap(&word, Style::Bold, 10.0, mm(50.0));
        assert!(lines.len() > 3);
        assert!(lines.iter().all(|l| f.measure(l, Style::Bold, 10.0) <= mm(50.0)));
        assert_eq!(lines.concat(), word);
    }

    #[test]
    fn explicit_newlines_are_kept_and_truncation_adds_an_ellipsis() {
        let (_d, f) = book();
        assert_eq!(f.wrap("a\nb", Style::Regular, 10.0, 500.0), ["a", "b"]);
        let t = f.truncate(&"x".repeat(300), Style::Regular, 10.0, mm(40.0));
        assert!(t.ends_with('…') && f.measure(&t, Style::Regular, 10.0) <= mm(40.0));
    }

    #[test]
    fn arabic_is_shaped_joined_and_ordered_right_to_left() {
        let f = FontBook::load(&[]).unwrap();
        let pieces = f.pieces("Dear محمد,", Style::Regular);
        let glyphs: Vec<&Vec<Codepoint>> = pieces
            .iter()
            .filter_map(|(_, p)| match p {
                Piece::Glyphs(g) => Some(g),
                Piece::Text(_) => None,
            })
            .collect();
        assert_eq!(glyphs.len(), 1, "one right-to-left run");
        // Drawn left to right, the last letter comes first; each glyph keeps its letter for extraction.
        let letters: Vec<&str> = glyphs[0].iter().map(|g| g.cid.as_deref().unwrap()).collect();
        assert_eq!(letters, ["د", "م", "ح", "م"]);
        // Joined: the first meem takes its initial form, not the isolated glyph.
        let isolated = f.faces[0].font().lookup_glyph_index('م' as u32).unwrap();
        assert_ne!(glyphs[0][3].gid, isolated);
        assert!(f.measure("محمد", Style::Regular, 10.0) > 0.0);
    }

    #[test]
    fn cjk_falls_back_to_the_bundled_face() {
        let f = FontBook::load(&[]).unwrap();
        let runs = f.runs("Lee 李小龙", Style::Bold);
        assert_eq!(runs.len(), 2);
        assert_eq!((runs[0].face, runs[1].face), (1, f.faces.len() - 1));
        assert!(f.faces[runs[1].face].has('龙'));
    }

    #[test]
    fn runs_split_where_the_font_changes() {
        let (_d, f) = book();
        // DejaVu has Latin, Greek and Cyrillic: one run. Without a CJK
        // fallback, Han characters stay in the primary face.
        assert_eq!(f.runs("Zoë Σωκράτης Дмитрий", Style::Regular).len(), 1);
        let bold = f.runs("Ørsted", Style::Bold);
        assert_eq!((bold.len(), bold[0].face), (1, 1));
    }
}

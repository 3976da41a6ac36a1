//! Our own small layout engine over printpdf, which does no wrapping, no font
//! fallback and no pagination (see `stack-notes.md`).
//!
//! What it supports: glyph advances measured from the parsed fonts (no
//! kerning, no shaping), text split into runs by the first font of a chain
//! that has each character (fallback), greedy word wrap that breaks words
//! longer than a line, a page cursor that starts a new page when a block does
//! not fit, and a second pass that writes "Page X of N" once N is known.
//! What it does not: bidirectional text and Arabic joining (right-to-left
//! names come out in logical order, letters unjoined), hyphenation, justification.

use printpdf::{
    Color, FontId, Line, LinePoint, Mm, Op, PaintMode, ParsedFont, PdfDocument, PdfFontHandle, Point, Polygon,
    PolygonRing, Pt, Rgb, TextItem, WindingOrder,
};

use crate::Error;

const DEJAVU_SANS: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans.ttf");
const DEJAVU_SANS_BOLD: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans-Bold.ttf");

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

struct Face {
    font: ParsedFont,
    id: FontId,
    units_per_em: f32,
}

impl Face {
    fn load(doc: &mut PdfDocument, bytes: &[u8], what: &str) -> Result<Face, Error> {
        let mut warnings = Vec::new();
        let font = ParsedFont::from_bytes(bytes, 0, &mut warnings)
            .ok_or_else(|| Error::Font(format!("cannot parse font {what}")))?;
        let units_per_em = f32::from(font.pdf_font_metrics.units_per_em.max(1));
        let id = doc.add_font(&font);
        Ok(Face { font, id, units_per_em })
    }

    fn has(&self, c: char) -> bool {
        self.font.lookup_glyph_index(c as u32).is_some_and(|g| g != 0)
    }

    /// The advance of `c` in points at `size`.
    fn advance(&self, c: char, size: f32) -> f32 {
        let gid = self.font.lookup_glyph_index(c as u32).unwrap_or(0);
        f32::from(self.font.get_horizontal_advance(gid)) / self.units_per_em * size
    }
}

/// The fonts of one document: DejaVu Sans (regular, bold) then any fallback
/// faces (e.g. a CJK font the organisation adds), tried in that order.
pub struct FontBook {
    faces: Vec<Face>,
}

/// A stretch of text drawn with one face.
struct Run<'t> {
    face: usize,
    text: &'t str,
}

impl FontBook {
    pub fn load(doc: &mut PdfDocument, fallbacks: &[Vec<u8>]) -> Result<FontBook, Error> {
        let mut faces = vec![
            Face::load(doc, DEJAVU_SANS, "DejaVuSans.ttf")?,
            Face::load(doc, DEJAVU_SANS_BOLD, "DejaVuSans-Bold.ttf")?,
        ];
        for (i, f) in fallbacks.iter().enumerate() {
            faces.push(Face::load(doc, f, &format!("fallback #{}", i + 1))?);
        }
        Ok(FontBook { faces })
    }

    /// The face drawing `c`: the style's own face when it has the glyph,
    /// else the first fallback that does, else the style's face (a box).
    fn face_for(&self, c: char, style: Style) -> usize {
        let first = match style {
            Style::Regular => 0,
            Style::Bold => 1,
        };
        if c.is_whitespace() || self.faces[first].has(c) {
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

    /// The width of `text` in points.
    pub fn measure(&self, text: &str, style: Style, size: f32) -> f32 {
        text.chars().map(|c| self.faces[self.face_for(c, style)].advance(c, size)).sum()
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
        for run in self.runs(text, style) {
            ops.push(Op::SetFont { font: PdfFontHandle::External(self.faces[run.face].id.clone()), size: Pt(size) });
            ops.push(Op::ShowText { items: vec![TextItem::Text(run.text.to_string())] });
        }
        ops.push(Op::EndTextSection);
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

/// A column of text flowing down pages. Coordinates are points from the
/// bottom-left corner, as in PDF.
pub struct Flow<'f> {
    pub fonts: &'f FontBook,
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
    /// first line. `keep_with_next` reserves room for that many more points
    /// (so a heading is not left alone at a page's foot).
    pub fn paragraph(&mut self, text: &str, style: Style, size: f32, indent: f32, marker: Option<&str>, keep_with_next: f32) {
        let leading = size * 1.4;
        let lines = self.fonts.wrap(text, style, size, self.width - indent);
        for (i, line) in lines.iter().enumerate() {
            let reserve = if i == 0 { leading * lines.len().min(2) as f32 + keep_with_next } else { leading };
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
        let header_height = header.as_ref().map_or(0.0, |h| {
            h.iter().map(Vec::len).max().unwrap_or(1) as f32 * leading + 2.0 * pad
        });
        // The header and at least one line of the first row stay together.
        if self.y - header_height - leading - 2.0 * pad < self.bottom && self.y < self.top {
            self.new_page();
        }
        if let Some(h) = &header {
            self.table_row(
                h,
                widths,
                0,
                usize::MAX,
                leading,
                pad,
                size,
                &|_| Style::Bold,
                true,
            );
        }
        let page_room = self.top - self.bottom - header_height;
        for cells in rows {
            let lines = wrap_row(cells, false);
            let total = lines.iter().map(Vec::len).max().unwrap_or(1).max(1);
            let mut from = 0;
            while from < total {
                let remaining = total - from;
                let need = remaining as f32 * leading + 2.0 * pad;
                let fit = ((self.y - self.bottom - 2.0 * pad) / leading)
                    .floor()
                    .max(0.0) as usize;
                let at_top = (self.top - self.y - header_height).abs() < 0.5;
                if !at_top && (fit == 0 || (fit < remaining && need <= page_room)) {
                    // Start the row on a new page, under the header again.
                    self.new_page();
                    if let Some(h) = &header {
                        self.table_row(
                            h,
                            widths,
                            0,
                            usize::MAX,
                            leading,
                            pad,
                            size,
                            &|_| Style::Bold,
                            true,
                        );
                    }
                    continue;
                }
                // At the top of a page something is always drawn, so a
                // page too short for one line cannot loop forever.
                let count = fit.max(1).min(remaining);
                self.table_row(
                    &lines, widths, from, count, leading, pad, size, &style_of, false,
                );
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
        let shown = cells
            .iter()
            .map(|c| c.len().saturating_sub(from).min(count))
            .max()
            .unwrap_or(0)
            .max(1);
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
    let p = |x: f32, y: f32| LinePoint {
        p: Point { x: Pt(x), y: Pt(y) },
        bezier: false,
    };
    ops.push(Op::DrawPolygon {
        polygon: Polygon {
            rings: vec![PolygonRing {
                points: vec![p(x, y), p(x + w, y), p(x + w, y + h), p(x, y + h)],
            }],
            mode: PaintMode::Fill,
            winding_order: WindingOrder::NonZero,
        },
    });
    ops.push(Op::SetFillColor { col: grey(0.0) });
}

/// "Page X of N" on every page, now that N is known, at `y` points, right-aligned to `right`.
pub fn number_pages(fonts: &FontBook, pages: &mut [Vec<Op>], label: impl Fn(usize, usize) -> String, right: f32, y: f32) {
    let n = pages.len();
    for (i, ops) in pages.iter_mut().enumerate() {
        let text = label(i + 1, n);
        let w = fonts.measure(&text, Style::Regular, 8.0);
        ops.push(Op::SetFillColor { col: grey(0.35) });
        fonts.draw(ops, &text, Style::Regular, 8.0, right - w, y);
        ops.push(Op::SetFillColor { col: grey(0.0) });
    }
}

/// Mm as printpdf wants it for page sizes.
pub fn page_size() -> (Mm, Mm) {
    (Mm(PAGE_WIDTH_MM), Mm(PAGE_HEIGHT_MM))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn book() -> (PdfDocument, FontBook) {
        let mut doc = PdfDocument::new("t");
        let fonts = FontBook::load(&mut doc, &[]).unwrap();
        (doc, fonts)
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
    fn runs_split_where_the_font_changes() {
        let (_d, f) = book();
        // DejaVu has Latin, Greek and Cyrillic: one run. Without a CJK
        // fallback, Han characters stay in the primary face.
        assert_eq!(f.runs("Zoë Σωκράτης Дмитрий", Style::Regular).len(), 1);
        let bold = f.runs("Ørsted", Style::Bold);
        assert_eq!((bold.len(), bold[0].face), (1, 1));
    }
}

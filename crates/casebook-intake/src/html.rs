//! Making an email's HTML safe to show, and turning it into plain text.

use std::borrow::Cow;
use std::collections::HashSet;

/// Sanitises HTML from an email with ammonia: no scripts, styles, forms,
/// event handlers or `javascript:` links; images only from `cid:` (parts of
/// the message itself) and `data:image/` URLs, so remote images and tracking
/// pixels never load. Links keep `http`, `https` and `mailto` and get
/// `rel="noopener noreferrer"`.
pub fn sanitise_html(html: &str) -> String {
    ammonia::Builder::default()
        .url_schemes(HashSet::from(["http", "https", "mailto", "cid", "data"]))
        .attribute_filter(|element, attribute, value| {
            let lower = value.trim_start().to_ascii_lowercase();
            match (element, attribute) {
                ("img", "src") => {
                    (lower.starts_with("cid:") || lower.starts_with("data:image/")).then_some(Cow::Borrowed(value))
                }
                // `data:` is allowed for images only: a data: link can carry a whole page.
                (_, "href") if lower.starts_with("data:") || lower.starts_with("cid:") => None,
                _ => Some(Cow::Borrowed(value)),
            }
        })
        .clean(&limit_nesting(html))
        .to_string()
}

/// Deepest nesting of elements passed on to the HTML parser. Parsing HTML
/// (html5ever's scope checks), sanitising and laying out text all cost time
/// per level of nesting for every element, so 300 KB of nested `<div>`s took
/// 15 s to sanitise and nested tables a minute to turn into text; real
/// emails nest a few dozen levels at most.
pub const MAX_NESTING: usize = 100;

/// Elements that never have content, and elements whose end tag may be left
/// out (the parser closes them itself): neither makes the nesting deeper.
const NOT_NESTING: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "p",
    "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "colgroup", "caption", "rb",
    "rt", "rp", "rtc",
];

/// Drops the start and end tags nested deeper than [`MAX_NESTING`] (their
/// text stays), in one pass over the text. Not an HTML parser: it counts
/// start and end tags, skipping comments, declarations and quoted attribute
/// values; whatever it passes on is still parsed and sanitised in full.
fn limit_nesting(html: &str) -> std::borrow::Cow<'_, str> {
    let bytes = html.as_bytes();
    let mut out: Option<String> = None;
    let (mut depth, mut dropped) = (0usize, 0usize);
    let mut copied = 0; // bytes of `html` already in `out`
    let mut i = 0;
    while let Some(at) = memchr_lt(bytes, i) {
        let rest = &bytes[at..];
        // Comments and declarations end at "-->" or ">"; they never nest.
        if rest.starts_with(b"<!--") {
            i = find(bytes, at + 4, b"-->").map_or(bytes.len(), |e| e + 3);
            continue;
        }
        let closing = rest.get(1) == Some(&b'/');
        let name_start = at + 1 + usize::from(closing);
        let name_len = bytes[name_start..].iter().take_while(|b| b.is_ascii_alphanumeric()).count();
        if name_len == 0 || !bytes[name_start].is_ascii_alphabetic() {
            i = at + 1;
            continue;
        }
        let end = tag_end(bytes, name_start + name_len);
        let name = html[name_start..name_start + name_len].to_ascii_lowercase();
        let self_closing = end >= 2 && bytes[end - 2] == b'/';
        i = end;
        if NOT_NESTING.contains(&name.as_str()) || (!closing && self_closing) {
            continue;
        }
        let drop = if closing {
            if dropped > 0 {
                dropped -= 1;
                true
            } else {
                depth = depth.saturating_sub(1);
                false
            }
        } else if depth >= MAX_NESTING {
            dropped += 1;
            true
        } else {
            depth += 1;
            false
        };
        if drop {
            let o = out.get_or_insert_with(|| String::with_capacity(html.len()));
            o.push_str(&html[copied..at]);
            copied = end;
        }
    }
    match out {
        None => std::borrow::Cow::Borrowed(html),
        Some(mut o) => {
            o.push_str(&html[copied..]);
            std::borrow::Cow::Owned(o)
        }
    }
}

fn memchr_lt(bytes: &[u8], from: usize) -> Option<usize> {
    bytes.get(from..)?.iter().position(|&b| b == b'<').map(|p| from + p)
}

fn find(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    bytes.get(from..)?.windows(needle.len()).position(|w| w == needle).map(|p| from + p)
}

/// The index just past the `>` that ends a tag whose attributes start at
/// `from` (a `>` inside a quoted value does not end it), or the end of the text.
fn tag_end(bytes: &[u8], from: usize) -> usize {
    let mut quote = None;
    for (k, &b) in bytes[from..].iter().enumerate() {
        match (quote, b) {
            (None, b'"' | b'\'') => quote = Some(b),
            (Some(q), _) if b == q => quote = None,
            (None, b'>') => return from + k + 1,
            _ => {}
        }
    }
    bytes.len()
}

/// Plain text from HTML, for reading and classifying (not for display
/// fidelity). Sanitises first, so nothing hidden in scripts or styles ends
/// up in the text.
pub fn html_to_text(html: &str) -> String {
    let clean = sanitise_html(html);
    // A wide line keeps sentences whole for the classifier.
    html2text::config::plain_no_decorate()
        .raw_mode(true)
        .string_from_read(clean.as_bytes(), 200)
        .unwrap_or_else(|_| ammonia::Builder::empty().clean(&clean).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_what_could_run_or_call_home() {
        let html = r#"<p onclick="x()">Hello <script>alert(1)</script><style>p{}</style>
            <img src="https://tracker.example/p.gif" width="1" height="1">
            <img src="cid:logo@x"><img src="data:image/png;base64,AAAA">
            <a href="javascript:alert(1)">bad</a> <a href="data:text/html,hi">data</a>
            <a href="https://example.com/">ok</a><form action="/x"><input name="q"></form></p>"#;
        let clean = sanitise_html(html);
        for banned in
            ["script", "alert", "style", "tracker.example", "javascript", "data:text", "onclick", "<form", "<input"]
        {
            assert!(!clean.contains(banned), "{banned} left in {clean}");
        }
        for kept in ["cid:logo@x", "data:image/png;base64,AAAA", "https://example.com/", "noopener"] {
            assert!(clean.contains(kept), "{kept} missing from {clean}");
        }
    }

    /// The deepest nesting of elements in sanitised HTML (ammonia's output:
    /// every element closed, no comments).
    fn depth(html: &str) -> usize {
        let (mut depth, mut deepest) = (0usize, 0usize);
        for tag in html.split('<').skip(1) {
            let name: String = tag.trim_start_matches('/').chars().take_while(char::is_ascii_alphanumeric).collect();
            if NOT_NESTING.contains(&name.as_str()) || name.is_empty() {
                continue;
            }
            if tag.starts_with('/') {
                depth = depth.saturating_sub(1);
            } else {
                depth += 1;
                deepest = deepest.max(depth);
            }
        }
        deepest
    }

    #[test]
    fn deep_nesting_is_cut_to_a_bound_and_its_text_kept() {
        // 20,000 levels of <div><span> (ten times that took minutes): the
        // parser now sees at most MAX_NESTING, and every word is still there.
        let html = format!("{}please delete my data{}", "<div><span>x ".repeat(10_000), "</span></div>".repeat(10_000));
        let clean = sanitise_html(&html);
        assert!(depth(&clean) <= MAX_NESTING, "{}", depth(&clean));
        assert_eq!(clean.matches('x').count(), 10_000);
        let text = html_to_text(&html);
        assert!(text.contains("please delete my data"), "{}", &text[text.len().saturating_sub(200)..]);
        // Nested tables, and a `>` inside a quoted attribute value.
        let tables = "<table title=\"a > b\"><tr><td>cell ".repeat(3_000);
        assert!(depth(&sanitise_html(&tables)) <= MAX_NESTING);
        assert_eq!(html_to_text(&tables).matches("cell").count(), 3_000);
    }

    #[test]
    fn shallow_html_passes_unchanged() {
        let html = "<!-- <div><div> --><div><p>One<p>Two<br><img src=\"cid:x\"/></div>".repeat(500);
        assert!(matches!(limit_nesting(&html), std::borrow::Cow::Borrowed(_)));
        let deep = "<b>".repeat(MAX_NESTING + 5) + "bold" + &"</b>".repeat(MAX_NESTING + 5);
        let cut = limit_nesting(&deep);
        assert_eq!(cut.matches("<b>").count(), MAX_NESTING);
        assert_eq!(cut.matches("</b>").count(), MAX_NESTING);
    }

    #[test]
    fn text_from_html() {
        let text = html_to_text("<p>Please <b>delete</b> my account.</p><script>var hidden = 'unsubscribe';</script>");
        assert!(text.contains("Please delete my account."), "{text}");
        assert!(!text.contains("hidden"), "{text}");
    }
}

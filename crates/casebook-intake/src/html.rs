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
        .clean(html)
        .to_string()
}

/// Plain text from HTML, for reading and classifying (not for display
/// fidelity). Sanitises first, so nothing hidden in scripts or styles ends
/// up in the text.
pub fn html_to_text(html: &str) -> String {
    let clean = sanitise_html(html);
    // A wide line keeps sentences whole for the classifier.
    html2text::config::plain_no_decorate()
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

    #[test]
    fn text_from_html() {
        let text = html_to_text("<p>Please <b>delete</b> my account.</p><script>var hidden = 'unsubscribe';</script>");
        assert!(text.contains("Please delete my account."), "{text}");
        assert!(!text.contains("hidden"), "{text}");
    }
}

//! Any HTML: the sanitised result has no script, no event handler, no style,
//! no `javascript:` link and no remote image.
#![no_main]
use libfuzzer_sys::fuzz_target;

/// The attribute names of every tag in `html`, lower-cased. Ammonia escapes
/// `<` in text, so each `<` in its output opens a real tag; quoted values
/// are skipped, so their text is never taken for an attribute.
fn tags(html: &str) -> Vec<(String, Vec<(String, String)>)> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        let body = &rest[start + 1..];
        let end = body.find('>').unwrap_or(body.len());
        let tag = &body[..end];
        rest = &body[end..];
        let name: String = tag.chars().take_while(|c| !c.is_whitespace() && *c != '/').collect();
        let mut attrs = Vec::new();
        let mut chars = tag[name.len()..].chars().peekable();
        loop {
            while chars.peek().is_some_and(|c| c.is_whitespace() || *c == '/') {
                chars.next();
            }
            let attr: String = std::iter::from_fn(|| chars.next_if(|c| !c.is_whitespace() && *c != '=')).collect();
            if attr.is_empty() {
                break;
            }
            let mut value = String::new();
            if chars.next_if_eq(&'=').is_some() {
                if let Some(q) = chars.next_if(|c| *c == '"' || *c == '\'') {
                    value = std::iter::from_fn(|| chars.next_if(|c| *c != q)).collect();
                    chars.next();
                } else {
                    value = std::iter::from_fn(|| chars.next_if(|c| !c.is_whitespace())).collect();
                }
            }
            attrs.push((attr.to_ascii_lowercase(), value.trim().to_ascii_lowercase()));
        }
        out.push((name.to_ascii_lowercase(), attrs));
    }
    out
}

fuzz_target!(|html: &str| {
    let clean = casebook_intake::sanitise_html(html);
    for (name, attrs) in tags(&clean) {
        let name = name.trim_start_matches('/');
        assert!(
            !["script", "style", "form", "input", "iframe", "object", "embed"].contains(&name),
            "<{name}> survived: {clean}"
        );
        for (attr, value) in attrs {
            assert!(!attr.starts_with("on") && attr != "style" && attr != "srcset", "{attr} survived: {clean}");
            assert!(!value.starts_with("javascript:"), "javascript: survived: {clean}");
            if name == "img" && attr == "src" {
                assert!(
                    value.starts_with("cid:") || value.starts_with("data:image/"),
                    "remote image survived: {clean}"
                );
            }
        }
    }
    let _ = casebook_intake::html_to_text(&clean);
});

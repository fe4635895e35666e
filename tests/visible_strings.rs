//! Every text a reader can see comes from the content files (`src/content/`), in the reader's
//! language, never from a string literal in the code: a literal is in one language only, escapes
//! translation and review, and drifts from the content.
//!
//! The test reads every `src/**/*.rs` outside `src/content/` with a small Rust lexer (comments,
//! raw strings and char literals understood) and reports, with file and line, each string literal
//! that holds a letter and that a reader could see:
//! - inside `html!`: a text node (`{ "Close" }`, a bare `"Close"` child), a literal in an
//!   expression that makes text (`{ format!("Step {n}") }`), and the value of any attribute or
//!   property not in [`HIDDEN_ATTRIBUTES`] (`aria-label`, `title`, `alt`, `placeholder`, a
//!   component's `label`…; an attribute missing from the list counts as visible);
//! - anywhere: an argument of a call that writes text into the page ([`TEXT_SINKS`]:
//!   `set_text_content`, `create_text_node`, `set_title`…), and the value given to
//!   `set_attribute` for an attribute not in [`HIDDEN_ATTRIBUTES`].
//!
//! Allowed, because no reader sees them: ids, class names, CSS selectors, attribute names and
//! other token-shaped literals used as code (`"pr-map pr-map-wide"`, `"radio"`, `".pr-item"`);
//! punctuation without letters (`" — "`, `"▸ "`); `{…}` format placeholders. Messages for
//! developers are not scanned either: `console.error` texts, `panic!`/`expect` messages, the
//! content errors (logged to the console with their JSON path) and comments are read by people
//! who debug the widget, not by its readers, and stay in English.
//!
//! The scan is a static check of the shapes above: a text built elsewhere (a `const`, a function
//! returning a literal) and shown later escapes it, as review must catch. Its own behaviour is
//! pinned by the `scanner_*` tests at the end of this file.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

/// Attributes and component properties whose value no reader sees (ids, classes, geometry, state,
/// references to other elements). Anything else written as a literal counts as visible.
const HIDDEN_ATTRIBUTES: &[&str] = &[
    // HTML and ARIA that never show as text.
    "class",
    "id",
    "key",
    "type",
    "name",
    "role",
    "href",
    "src",
    "rel",
    "ref",
    "tabindex",
    "lang",
    "dir",
    "hidden",
    "for",
    "target",
    "loading",
    "decoding",
    "autocomplete",
    "inputmode",
    "disabled",
    "checked",
    "selected",
    "required",
    "readonly",
    "multiple",
    "min",
    "max",
    "pattern",
    "colspan",
    "rowspan",
    "scope",
    "headers",
    "start",
    "reversed",
    "datetime",
    "cite",
    "method",
    "action",
    "aria-hidden",
    "aria-labelledby",
    "aria-describedby",
    "aria-controls",
    "aria-expanded",
    "aria-current",
    "aria-live",
    "aria-atomic",
    "aria-disabled",
    "aria-pressed",
    "aria-selected",
    "aria-checked",
    "aria-haspopup",
    "aria-modal",
    "aria-owns",
    "aria-busy",
    "aria-relevant",
    "aria-level",
    "aria-posinset",
    "aria-setsize",
    "aria-orientation",
    "aria-invalid",
    // Form controls' behaviour (the editor page's inputs), never shown.
    "spellcheck",
    "accept",
    "rows",
    "cols",
    // SVG geometry and paint.
    "d",
    "x",
    "y",
    "cx",
    "cy",
    "r",
    "rx",
    "ry",
    "dx",
    "dy",
    "x1",
    "x2",
    "y1",
    "y2",
    "viewBox",
    "width",
    "height",
    "fill",
    "fill-rule",
    "clip-rule",
    "stroke",
    "stroke-width",
    "stroke-linecap",
    "stroke-linejoin",
    "transform",
    "points",
    "text-anchor",
    "dominant-baseline",
    "focusable",
    "xmlns",
    "preserveAspectRatio",
    // Properties of our components that carry data, not text.
    "content",
    "depth",
    "stop",
    "item",
    "selection",
    "step",
    "root",
    "profile",
    "formality",
    "bases",
    "roles",
    "context",
];

/// Calls that put their text arguments in front of a reader.
const TEXT_SINKS: &[&str] = &[
    "set_text_content",
    "set_inner_text",
    "set_inner_html",
    "set_outer_html",
    "insert_adjacent_text",
    "insert_adjacent_html",
    "create_text_node",
    "set_node_value",
    "set_data",
    "set_title",
    "alert",
    "alert_with_message",
    "confirm_with_message",
    "prompt_with_message",
];

fn is_hidden_attribute(name: &str) -> bool {
    HIDDEN_ATTRIBUTES.contains(&name) || name.starts_with("data-") || name.starts_with("on")
}

#[derive(Debug, Clone, PartialEq)]
enum Kind {
    Ident(String),
    Punct(char),
    Str(String),
    Other,
}

#[derive(Debug, Clone)]
struct Token {
    kind: Kind,
    start: usize,
    end: usize,
    line: usize,
}

/// Splits Rust source into identifiers, punctuation and string literals (with their value);
/// comments and whitespace are dropped, numbers, char literals and lifetimes become `Other`.
fn lex(src: &str) -> Vec<Token> {
    let c: Vec<char> = src.chars().collect();
    let mut out = Vec::new();
    let (mut i, mut line) = (0, 1);
    let at = |i: usize| c.get(i).copied().unwrap_or('\0');
    while i < c.len() {
        let start = i;
        let start_line = line;
        let ch = c[i];
        if ch == '\n' {
            line += 1;
            i += 1;
            continue;
        }
        if ch.is_whitespace() {
            i += 1;
            continue;
        }
        if ch == '/' && at(i + 1) == '/' {
            while i < c.len() && c[i] != '\n' {
                i += 1;
            }
            continue;
        }
        if ch == '/' && at(i + 1) == '*' {
            let mut depth = 0;
            while i < c.len() {
                if c[i] == '/' && at(i + 1) == '*' {
                    depth += 1;
                    i += 2;
                } else if c[i] == '*' && at(i + 1) == '/' {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    if c[i] == '\n' {
                        line += 1;
                    }
                    i += 1;
                }
            }
            continue;
        }
        // Raw strings: r"…", r#"…"#, br"…", cr#"…"#.
        let prefix = if ch == 'r' {
            1
        } else if (ch == 'b' || ch == 'c') && at(i + 1) == 'r' {
            2
        } else {
            0
        };
        if prefix > 0
            && (at(i + prefix) == '"'
                || (at(i + prefix) == '#' && {
                    let mut k = i + prefix;
                    while at(k) == '#' {
                        k += 1;
                    }
                    at(k) == '"'
                }))
        {
            let mut k = i + prefix;
            let mut hashes = 0;
            while at(k) == '#' {
                hashes += 1;
                k += 1;
            }
            k += 1; // the opening quote
            let body_start = k;
            loop {
                if k >= c.len() {
                    break;
                }
                if c[k] == '"' && (0..hashes).all(|h| at(k + 1 + h) == '#') {
                    break;
                }
                if c[k] == '\n' {
                    line += 1;
                }
                k += 1;
            }
            let value: String = c[body_start..k.min(c.len())].iter().collect();
            i = (k + 1 + hashes).min(c.len());
            out.push(Token { kind: Kind::Str(value), start, end: i, line: start_line });
            continue;
        }
        // Byte and C strings: b"…", c"…" (the prefix is dropped).
        if (ch == 'b' || ch == 'c') && at(i + 1) == '"' {
            i += 1;
        }
        if c[i] == '"' {
            let mut k = i + 1;
            let mut value = String::new();
            while k < c.len() && c[k] != '"' {
                if c[k] == '\\' {
                    k += 1;
                    match at(k) {
                        'n' | 'r' | 't' | '0' => value.push(' '),
                        '\n' => {
                            // A line continuation: the newline and the next line's indentation go.
                            line += 1;
                            while at(k + 1).is_whitespace() {
                                if at(k + 1) == '\n' {
                                    line += 1;
                                }
                                k += 1;
                            }
                        }
                        'u' => {
                            let close = (k..c.len()).find(|&j| c[j] == '}').unwrap_or(k);
                            let hex: String = c[(k + 2).min(close)..close].iter().collect();
                            value.extend(u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32));
                            k = close;
                        }
                        'x' => {
                            let hex: String = c[(k + 1).min(c.len())..(k + 3).min(c.len())].iter().collect();
                            value.extend(u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32));
                            k += 2;
                        }
                        other => value.push(other),
                    }
                    k += 1;
                    continue;
                }
                if c[k] == '\n' {
                    line += 1;
                }
                value.push(c[k]);
                k += 1;
            }
            i = (k + 1).min(c.len());
            out.push(Token { kind: Kind::Str(value), start, end: i, line: start_line });
            continue;
        }
        if ch == '\'' {
            // A char literal ('a', '\n', '\u{2019}') or a lifetime ('a, 'static).
            if at(i + 1) == '\\' {
                // Past the escaped character ('\'' included), to the closing quote.
                let mut k = i + 3;
                while k < c.len() && c[k] != '\'' {
                    k += 1;
                }
                i = k + 1;
            } else if at(i + 2) == '\'' {
                i += 3;
            } else {
                i += 1;
                while at(i).is_alphanumeric() || at(i) == '_' {
                    i += 1;
                }
            }
            out.push(Token { kind: Kind::Other, start, end: i, line: start_line });
            continue;
        }
        if ch.is_alphabetic() || ch == '_' {
            // A raw identifier, r#type: the name without its prefix.
            let start = if ch == 'r' && at(i + 1) == '#' && at(i + 2).is_alphabetic() {
                i += 2;
                i
            } else {
                start
            };
            while at(i).is_alphanumeric() || at(i) == '_' {
                i += 1;
            }
            let word: String = c[start..i].iter().collect();
            out.push(Token { kind: Kind::Ident(word), start, end: i, line: start_line });
            continue;
        }
        if ch.is_ascii_digit() {
            while at(i).is_alphanumeric() || at(i) == '_' || (at(i) == '.' && at(i + 1).is_ascii_digit()) {
                i += 1;
            }
            out.push(Token { kind: Kind::Other, start, end: i, line: start_line });
            continue;
        }
        i += 1;
        out.push(Token { kind: Kind::Punct(ch), start, end: i, line: start_line });
    }
    out
}

fn punct(t: &Token, ch: char) -> bool {
    t.kind == Kind::Punct(ch)
}

/// Index of the bracket closing the one opened at `open` (or the last token).
fn matching(toks: &[Token], open: usize) -> usize {
    let mut depth = 0i32;
    for (k, t) in toks.iter().enumerate().skip(open) {
        match t.kind {
            Kind::Punct('(' | '[' | '{') => depth += 1,
            Kind::Punct(')' | ']' | '}') => {
                depth -= 1;
                if depth == 0 {
                    return k;
                }
            }
            _ => {}
        }
    }
    toks.len().saturating_sub(1)
}

/// The literal's text without `{…}` format placeholders.
fn without_placeholders(s: &str) -> String {
    let mut out = String::new();
    let mut depth = 0;
    for ch in s.chars() {
        match ch {
            '{' => depth += 1,
            '}' if depth > 0 => depth -= 1,
            _ if depth == 0 => out.push(ch),
            _ => {}
        }
    }
    out
}

/// Holds a letter, in any script: a candidate for reader-visible text.
fn has_words(s: &str) -> bool {
    without_placeholders(s).chars().any(char::is_alphabetic)
}

/// Looks like code rather than prose: one lowercase token (`radio`, `pr-map`, `.pr-item`,
/// `#pr-sec-{}`), or several tokens that each carry a `-` or `_` (a class list).
fn token_shaped(s: &str) -> bool {
    let s = without_placeholders(s);
    let words: Vec<&str> = s.split_whitespace().collect();
    let code_like = |w: &str| {
        let w = w.trim_start_matches(['.', '#']);
        w.chars().next().is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
            && w.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "-_:.#=[]()*>+~".contains(c))
    };
    match words.as_slice() {
        [] => true,
        [one] => code_like(one),
        many => many.iter().all(|w| code_like(w) && (w.contains('-') || w.contains('_'))),
    }
}

/// One reader-visible literal found in the code.
#[derive(Debug, PartialEq)]
struct Finding {
    line: usize,
    text: String,
    why: String,
}

/// The attribute assigned at `eq` (a lone `=`), if any: its name, written `aria-label` or `label`.
fn attribute_name(toks: &[Token], eq: usize) -> Option<String> {
    let t = &toks[eq];
    let prev = toks.get(eq.checked_sub(1)?)?;
    let next = toks.get(eq + 1)?;
    // `==`, `!=`, `<=`, `>=`, `=>`, `+=`…: not an attribute.
    if prev.end == t.start && matches!(prev.kind, Kind::Punct(_)) {
        return None;
    }
    if next.start == t.end && (punct(next, '=') || punct(next, '>')) {
        return None;
    }
    let Kind::Ident(last) = &prev.kind else { return None };
    let mut name = last.clone();
    let mut k = eq - 1;
    while k >= 2
        && punct(&toks[k - 1], '-')
        && toks[k - 1].end == toks[k].start
        && toks[k - 2].end == toks[k - 1].start
    {
        let Kind::Ident(part) = &toks[k - 2].kind else { break };
        name = format!("{part}-{name}");
        k -= 2;
    }
    Some(name)
}

/// Reader-visible literals of one `html!` body, `toks[from..to]`.
fn scan_html(toks: &[Token], from: usize, to: usize, out: &mut Vec<Finding>) {
    // Attribute values: the token range each one covers, with the attribute's name.
    let mut attrs: Vec<(usize, usize, String)> = Vec::new();
    let mut k = from;
    while k < to {
        if punct(&toks[k], '=') {
            if let Some(name) = attribute_name(toks, k) {
                let value = k + 1;
                let end = if punct(&toks[value], '{') { matching(toks, value) } else { value };
                attrs.push((value, end, name));
                k = end + 1;
                continue;
            }
        }
        k += 1;
    }
    for i in from..to {
        let Kind::Str(text) = &toks[i].kind else { continue };
        if !has_words(text) {
            continue;
        }
        let finding = |why: String| Finding { line: toks[i].line, text: text.clone(), why };
        if let Some((_, _, name)) = attrs.iter().find(|(a, b, _)| (*a..=*b).contains(&i)) {
            if !is_hidden_attribute(name) {
                out.push(finding(format!("the value of `{name}` in html!")));
            }
            continue;
        }
        let prev = &toks[i - 1];
        let next = &toks[i + 1];
        // A comparison (`key == "Enter"`) is code.
        if punct(prev, '=')
            && toks[i - 2].end == prev.start
            && matches!(toks[i - 2].kind, Kind::Punct('=' | '!'))
        {
            continue;
        }
        let text_node = ['{', '>', '}'].iter().any(|p| punct(prev, *p))
            && ['}', '<', '.'].iter().any(|p| punct(next, *p));
        if text_node {
            out.push(finding("a text node in html!".to_owned()));
        } else if !token_shaped(text) {
            out.push(finding("text made in html!".to_owned()));
        }
    }
}

/// `path` as written in `include_str!` in a file of `dir`, resolved without touching the disk.
fn resolve(dir: &Path, path: &str) -> PathBuf {
    let mut out = PathBuf::new();
    for part in dir.join(path).components() {
        match part {
            std::path::Component::ParentDir => {
                out.pop();
            }
            std::path::Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

/// Every reader-visible literal of a file in `src/` (for the `scanner_*` tests below).
fn scan(src: &str) -> Vec<Finding> {
    scan_in(src, Path::new("src"), Path::new("src/content"))
}

/// Every reader-visible literal of one source file of the folder `dir`. A text read with
/// `include_str!` is content when the file is under `content`, and a literal otherwise.
fn scan_in(src: &str, dir: &Path, content: &Path) -> Vec<Finding> {
    let toks = lex(src);
    let mut out = Vec::new();
    let mut html_end: Option<usize> = None;
    let mut i = 0;
    while i < toks.len() {
        let ident = match &toks[i].kind {
            Kind::Ident(s) => s.as_str(),
            _ => {
                i += 1;
                continue;
            }
        };
        // html! { … } and html_nested! { … } (nested ones are inside the outer body's range).
        if (ident == "html" || ident == "html_nested")
            && toks.get(i + 1).is_some_and(|t| punct(t, '!'))
            && toks.get(i + 2).is_some_and(|t| punct(t, '{') || punct(t, '(') || punct(t, '['))
            && html_end.is_none_or(|end| i > end)
        {
            let close = matching(&toks, i + 2);
            scan_html(&toks, i + 3, close, &mut out);
            html_end = Some(close);
        }
        let call = toks.get(i + 1).is_some_and(|t| punct(t, '('));
        if call && TEXT_SINKS.contains(&ident) {
            let close = matching(&toks, i + 1);
            for (k, t) in toks.iter().enumerate().take(close).skip(i + 2) {
                if let Kind::Str(text) = &t.kind {
                    let included = k >= 3
                        && punct(&toks[k - 1], '(')
                        && punct(&toks[k - 2], '!')
                        && matches!(&toks[k - 3].kind, Kind::Ident(m) if m == "include_str");
                    if included && resolve(dir, text).starts_with(content) {
                        continue;
                    }
                    if has_words(text) {
                        out.push(Finding {
                            line: t.line,
                            text: text.clone(),
                            why: format!("written by `{ident}`"),
                        });
                    }
                }
            }
        }
        if call && (ident == "set_attribute" || ident == "set_attribute_ns") {
            let close = matching(&toks, i + 1);
            let args: Vec<&Token> = toks[i + 2..close].iter().collect();
            let name = args.iter().find_map(|t| match &t.kind {
                Kind::Str(s) if ident == "set_attribute" || !s.contains(':') => Some(s.clone()),
                _ => None,
            });
            if let Some(name) = name.filter(|n| !is_hidden_attribute(n)) {
                for t in args.iter().filter(|t| matches!(&t.kind, Kind::Str(s) if *s != name && has_words(s)))
                {
                    if let Kind::Str(text) = &t.kind {
                        out.push(Finding {
                            line: t.line,
                            text: text.clone(),
                            why: format!("the value of `{name}` set by `{ident}`"),
                        });
                    }
                }
            }
        }
        i += 1;
    }
    out.sort_by_key(|f| f.line);
    out.dedup();
    out
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn no_reader_visible_string_literal_outside_the_content() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let content = root.join("src/content");
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    files.retain(|f| !f.starts_with(&content));
    files.sort();
    assert!(
        files.iter().any(|f| f.ends_with("components/app.rs")),
        "the scan found the components: {files:?}"
    );
    let mut problems = Vec::new();
    for file in &files {
        let src = std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let dir = file.parent().unwrap_or(root);
        for f in scan_in(&src, dir, &content) {
            let shown = file.strip_prefix(root).unwrap_or(file).display();
            problems.push(format!("{shown}:{}: {:?} ({})", f.line, f.text, f.why));
        }
    }
    assert!(
        problems.is_empty(),
        "text a reader sees must come from src/content/ (both languages), not from a literal:\n{}",
        problems.join("\n")
    );
}

// The scanner's own behaviour, on small pieces of code.

fn found(src: &str) -> Vec<String> {
    scan(src).into_iter().map(|f| f.text).collect()
}

#[test]
fn scanner_reports_text_nodes_and_visible_attributes_in_html() {
    assert_eq!(found(r#"html! { <button class="pr-close">{ "Close" }</button> }"#), ["Close"]);
    assert_eq!(found(r#"html! { <p>"Loading"</p> }"#), ["Loading"]);
    assert_eq!(found(r#"html! { <p>{ "fermer".to_owned() }</p> }"#), ["fermer"]);
    assert_eq!(found(r#"html! { <p>{ format!("Step {} of {}", a, b) }</p> }"#), ["Step {} of {}"]);
    assert_eq!(found(r#"html! { <nav aria-label="Roadmap overview"></nav> }"#), ["Roadmap overview"]);
    assert_eq!(found(r#"html! { <img alt={"A road"} title="Map" /> }"#), ["A road", "Map"]);
    assert_eq!(found(r#"html! { <Disclosure label={"Formal".to_owned()} /> }"#), ["Formal"]);
    assert_eq!(
        found(r#"html! { <div aria-roledescription="carte"></div> }"#),
        ["carte"],
        "unknown attributes count as visible"
    );
}

#[test]
fn scanner_reports_text_written_by_dom_calls() {
    assert_eq!(found(r#"fn f(e: &Element) { e.set_text_content(Some("Loading")); }"#), ["Loading"]);
    assert_eq!(found(r#"fn f(d: &Document) { d.set_title("Peer Roadmap"); }"#), ["Peer Roadmap"]);
    assert_eq!(found(r#"fn f(e: &Element) { let _ = e.set_attribute("aria-label", "Close"); }"#), ["Close"]);
    // A text file read into the page is content only under src/content/.
    assert_eq!(
        found(r#"fn f(e: &Element) { e.set_text_content(Some(include_str!("strings/notice.txt"))); }"#),
        ["strings/notice.txt"]
    );
    assert_eq!(
        found(r#"fn f(e: &Element) { e.set_text_content(Some(include_str!("content/../notice.txt"))); }"#),
        ["content/../notice.txt"]
    );
    assert!(found(
        r#"fn f(e: &Element) { e.set_text_content(Some(include_str!("content/notice.txt").trim_end())); }"#
    )
    .is_empty());
}

#[test]
fn scanner_allows_code_punctuation_and_developer_messages() {
    let ok = r##"
        //! A doc comment "With quotes" is not code.
        #[wasm_bindgen(inline_js = r#"export function f() { throw new Error("Not for readers"); }"#)]
        extern "C" {}
        fn f(e: &Element, c: &Content) -> Html {
            let _ = e.set_attribute("data-ready", "");
            let _ = e.set_attribute("class", "pr-host");
            web_sys::console::error_1(&"Peer Roadmap: the custom content is invalid".into());
            let x = s.parse::<u8>().expect("A developer reads this");
            if key == "Enter" { go(); }
            let ch = '"';
            html! {
                <section id="pr-sec-find" class={classes!("pr-item", format!("pr-{}", id))} role="region"
                    aria-labelledby="pr-h-find" onkeydown={arrow_keys(".pr-item-button")}>
                    <svg viewBox={format!("0 0 {w} {h}")}><text text-anchor="middle">{ n }</text></svg>
                    { choice("radio", "pr-formality", id, &label) }
                    <span>{ " — " }{ ". " }{ "▸ " }{ format!(", {}. ", year) }</span>
                    if c.lang == Lang::en() { <p>{ c.ui.close.clone() }</p> }
                    <tspan dy={(n > 0).then_some("1.1em")}>{ line }</tspan>
                </section>
            }
        }
    "##;
    let found = scan(ok);
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn scanner_gives_the_line() {
    let src = "fn a() {}\n\nfn b() -> Html {\n    html! { <p>{ \"Hello\" }</p> }\n}\n";
    assert_eq!(
        scan(src),
        [Finding { line: 4, text: "Hello".to_owned(), why: "a text node in html!".to_owned() }]
    );
}

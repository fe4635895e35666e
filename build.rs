//! Embeds the content JSON without its indentation: `src/content/*.json` stay readable for
//! translators and reviewers, the binary carries about 3 KB less. Only whitespace outside strings
//! is dropped, so the document means exactly the same (the host tests parse both forms).

use std::{env, fs, path::Path};

fn main() {
    let out = env::var("OUT_DIR").unwrap_or_else(|_| ".".to_owned());
    for lang in ["en", "fr"] {
        let source = format!("src/content/{lang}.json");
        println!("cargo:rerun-if-changed={source}");
        let text = fs::read_to_string(&source).unwrap_or_else(|e| panic!("{source}: {e}"));
        fs::write(Path::new(&out).join(format!("{lang}.json")), compact(&text))
            .unwrap_or_else(|e| panic!("writing the compact {source}: {e}"));
    }
}

/// `json` without the whitespace between tokens.
fn compact(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in json.chars() {
        if in_string {
            out.push(c);
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
        } else if !c.is_ascii_whitespace() {
            in_string = c == '"';
            out.push(c);
        }
    }
    out
}

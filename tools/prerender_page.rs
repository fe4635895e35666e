//! A page made from the roadmap rendered to HTML on the host (Yew's server-side rendering), for
//! the test that reads it without JavaScript (`tests/e2e/nojs.test.mjs`) and for screenshots.
//! It stands in for the build's prerendered `dist/index.html` until that exists.
//!
//! `cargo run --example prerender-page -- LANG [page|frame]` prints the HTML document: the
//! standalone page's (`page`: `h1`, the page's stylesheet) or the iframe page's (`frame`). The
//! stylesheets are linked as `page.css` and `peer-roadmap.css`, beside the page.

#![cfg_attr(target_arch = "wasm32", allow(unused))]

use peer_roadmap::content::{Catalog, Lang};
use peer_roadmap::state::Theme;
use peer_roadmap::{App, AppProps, Shared};
use std::process::ExitCode;
use std::rc::Rc;

/// A host tool: nothing to do in a WebAssembly build.
#[cfg(target_arch = "wasm32")]
fn main() {}

/// Escapes text for an HTML title or attribute.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(lang), kind) = (args.first().and_then(|l| Lang::from_id(l)), args.get(1).map(String::as_str))
    else {
        eprintln!("usage: prerender-page en|fr [page|frame]");
        return ExitCode::FAILURE;
    };
    let page = match kind {
        None | Some("page") => true,
        Some("frame") => false,
        Some(other) => {
            eprintln!("prerender-page: unknown kind {other:?} (page or frame)");
            return ExitCode::FAILURE;
        }
    };
    let catalog = match Catalog::embedded(lang) {
        Ok(c) => Rc::new(c),
        Err(errors) => {
            eprintln!("prerender-page: the embedded content is invalid: {errors:?}");
            return ExitCode::FAILURE;
        }
    };
    let content = catalog.get(lang);
    let props = AppProps {
        catalog: Shared(catalog),
        initial_lang: lang,
        theme: Theme::Auto,
        deep_link: false,
        page,
        content_error: false,
        remote: None,
        on_change: None,
    };
    let body = futures::executor::block_on(
        yew::LocalServerRenderer::<App>::with_props(props).hydratable(true).render(),
    );
    let title = escape(&format!("{} — {}", content.intro.title, content.intro.subtitle));
    let (page_css, main_class) =
        if page { ("<link rel=\"stylesheet\" href=\"page.css\">", "pr-page") } else { ("", "pr-frame") };
    println!(
        "<!doctype html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{title}</title>\n\
         {page_css}<link rel=\"stylesheet\" href=\"peer-roadmap.css\">\n</head>\n<body>\n\
         <main id=\"peer-roadmap-page\" class=\"{main_class}\">{body}</main>\n</body>\n</html>",
        lang = lang.as_str()
    );
    ExitCode::SUCCESS
}

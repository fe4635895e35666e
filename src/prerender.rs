//! The roadmap rendered to HTML at build time (Yew's server-side rendering, hydratable output):
//! the standalone page and the embed's fragment, in each shipped language. `tools/prerender.rs`
//! writes them for the build (`tools/postbuild.mjs` puts them in the pages); the browser then
//! hydrates them (see [`crate::embed`]). Host only: nothing of it is in the WebAssembly build.
//!
//! What the HTML shows is the app's first render for the same props, so hydration finds exactly
//! the DOM it would have built: the first render depends on nothing but the props (no width, no
//! hash, no storage). Each rendering's root carries `data-prerendered="<lang> <where>"`, which
//! the client compares with its own props before hydrating (else it renders afresh).

use crate::content::{Catalog, Lang};
use crate::state::Theme;
use crate::{App, AppProps, Shared};
use serde::Serialize;
use std::rc::Rc;

/// Where a prerendered roadmap is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// The standalone page (`index.html`): the page's `h1`, title and language.
    Page,
    /// Inside `<peer-roadmap>` (the embed, `frame.html`): headings start at `h2`.
    Embed,
}

impl Target {
    pub fn as_str(self) -> &'static str {
        match self {
            Target::Page => "page",
            Target::Embed => "embed",
        }
    }
}

/// The value of `data-prerendered` on the root of a rendering for `lang` and `target`.
pub fn marker(lang: Lang, target: Target) -> String {
    format!("{} {}", lang.as_str(), target.as_str())
}

/// The props the client gives the app on its first render, for this language and target.
pub fn props(catalog: Rc<Catalog>, lang: Lang, target: Target) -> AppProps {
    AppProps {
        catalog: Shared(catalog),
        initial_lang: lang,
        // The page follows the system; an element without a `theme` attribute is light.
        theme: if target == Target::Page { Theme::Auto } else { Theme::default() },
        deep_link: target == Target::Page,
        page: target == Target::Page,
        content_error: false,
        remote: None,
        on_change: None,
        prerendered: Some(marker(lang, target).into()),
        on_ready: None,
    }
}

/// The app's HTML for `lang` and `target`, hydratable.
pub fn render(catalog: Rc<Catalog>, lang: Lang, target: Target) -> String {
    let renderer = yew::LocalServerRenderer::<App>::with_props(props(catalog, lang, target)).hydratable(true);
    futures::executor::block_on(renderer.render())
}

/// What the build needs of one language: the two renderings and the page's head.
#[derive(Debug, Serialize)]
pub struct Prerendered {
    pub lang: &'static str,
    /// The document's title, as the app sets it.
    pub title: String,
    /// The page's `<meta name="description">`: the subtitle and the first intro paragraph.
    pub description: String,
    pub page: String,
    pub embed: String,
}

/// Every shipped language, prerendered.
pub fn all() -> Result<Vec<Prerendered>, String> {
    let catalog = Rc::new(Catalog::embedded(Lang::En).map_err(|e| format!("{e:?}"))?);
    Ok(Lang::ALL
        .iter()
        .map(|&lang| {
            let content = catalog.get(lang);
            Prerendered {
                lang: lang.as_str(),
                title: content.page_title(),
                description: content.intro.paragraphs[0].clone(),
                page: render(catalog.clone(), lang, Target::Page),
                embed: render(catalog.clone(), lang, Target::Embed),
            }
        })
        .collect())
}

//! The roadmap rendered to HTML on the host with Yew's server-side rendering: the groundwork of
//! the prerendered page. Every section of the infographic is in the HTML, in each language,
//! before any script runs.
#![cfg(not(target_arch = "wasm32"))]

use peer_roadmap::content::{Catalog, Lang};
use peer_roadmap::prerender::{self, Target};
use std::rc::Rc;

fn render(lang: Lang, page: bool) -> String {
    let catalog = Rc::new(Catalog::embedded(lang).expect("embedded content"));
    prerender::render(catalog, lang, if page { Target::Page } else { Target::Embed })
}

#[test]
fn the_whole_roadmap_renders_to_html_in_each_language() {
    let en = render(Lang::En, true);
    for text in [
        "The world of peers' engagement in care",
        "Is the support offered formal or informal?",
        "On what basis do peers connect?",
        "What peers do",
        "Find your way",
        "https://doi.org/10.5334/ijic.8594",
    ] {
        assert!(en.contains(text), "{text:?} is not in the HTML");
    }
    assert!(en.contains("<h1"), "the standalone page has the h1");
    assert!(en.contains(&format!("Version {}", peer_roadmap::VERSION)), "the release, in About");
    let fr = render(Lang::Fr, false);
    assert!(fr.contains("L’univers de l’engagement des pairs dans les soins"));
    assert!(fr.contains("lang=\"fr\""));
    assert!(!fr.contains("<h1"), "embedded, the title is an h2");
}

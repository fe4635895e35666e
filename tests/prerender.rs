//! The roadmap rendered to HTML on the host with Yew's server-side rendering: the groundwork of
//! the prerendered page. Every section of the infographic is in the HTML, in each language,
//! before any script runs, and readable without one: every item's details inside its native
//! `<details>`, every milestone, both references with their DOI links, map stops that are links
//! to sections that exist, both drawings of the road. The HTML depends on the props only, so the
//! page's first render in the browser (which hydrates this HTML) is the same.
#![cfg(not(target_arch = "wasm32"))]

use peer_roadmap::content::{Catalog, Content, Lang, ReferenceId};
use peer_roadmap::prerender::{self, Target};
use peer_roadmap::state::ItemId;
use peer_roadmap::{App, AppProps};
use std::rc::Rc;

/// The props the build prerenders with (see `peer_roadmap::prerender`).
fn props(lang: &Lang, page: bool) -> AppProps {
    let catalog = Rc::new(Catalog::embedded(lang.clone()).expect("embedded content"));
    prerender::props(catalog, lang.clone(), if page { Target::Page } else { Target::Embed })
}

fn render_props(props: AppProps) -> String {
    let renderer = yew::LocalServerRenderer::<App>::with_props(props).hydratable(true);
    futures::executor::block_on(renderer.render())
}

fn render(lang: &Lang, page: bool) -> String {
    render_props(props(lang, page))
}

fn content(lang: &Lang) -> Rc<Content> {
    Catalog::embedded(lang.clone()).expect("embedded content").get(lang)
}

/// Text as Yew writes it in HTML.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// The HTML of one item's `<details>`, found by its summary's id.
fn item_html(html: &str, item: ItemId) -> &str {
    let summary = html.find(&format!("id=\"pr-b-{item}\"")).unwrap_or_else(|| panic!("{item}: no summary"));
    let start = html[..summary].rfind("<details").unwrap_or_else(|| panic!("{item}: not in a <details>"));
    let end = html[start..]
        .find("</details>")
        .map(|e| start + e)
        .unwrap_or_else(|| panic!("{item}: no </details>"));
    &html[start..end]
}

/// Every value of the attribute `name` in the HTML.
fn attribute_values<'a>(html: &'a str, name: &str) -> Vec<&'a str> {
    let marker = format!(" {name}=\"");
    html.match_indices(&marker)
        .filter_map(|(i, _)| {
            let rest = &html[i + marker.len()..];
            rest.find('"').map(|end| &rest[..end])
        })
        .collect()
}

#[test]
fn the_whole_roadmap_renders_to_html_in_each_language() {
    let en = render(&Lang::en(), true);
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
    let fr = render(&Lang::fr(), false);
    assert!(fr.contains("L’univers de l’engagement des pairs dans les soins"));
    assert!(fr.contains("lang=\"fr\""));
    assert!(!fr.contains("<h1"), "embedded, the title is an h2");
}

#[test]
fn every_items_details_are_in_its_native_disclosure() {
    for lang in [Lang::en(), Lang::fr()] {
        let html = render(&lang, true);
        let c = content(&lang);
        let mut details: Vec<(ItemId, &str, Vec<String>)> = Vec::new();
        for t in &c.terms.items {
            details.push((ItemId::Term(t.id), &t.label, vec![c.ui.term_detail.clone()]));
        }
        for o in &c.formality.options {
            let texts = o.characteristics.iter().map(|ch| ch.text.clone()).collect();
            details.push((ItemId::Formality(o.id), &o.label, texts));
        }
        for b in &c.bases.items {
            details.push((ItemId::Basis(b.id), &b.label, vec![b.description.clone(), b.effect.clone()]));
        }
        for r in &c.roles.items {
            details.push((ItemId::Role(r.id), &r.label, vec![r.description.clone()]));
        }
        assert_eq!(details.len(), 16, "six terms, two branches, three bases, five roles");
        for (item, label, texts) in details {
            let part = item_html(&html, item);
            let summary = part.find("<summary").unwrap_or_else(|| panic!("{lang:?} {item}: no <summary>"));
            assert!(!part[..summary].contains(" open"), "{lang:?} {item}: starts open");
            assert!(
                part[summary..].contains(&escaped(label)),
                "{lang:?} {item}: its summary lacks {label:?}"
            );
            for text in texts {
                assert!(part.contains(&escaped(&text)), "{lang:?} {item}: {text:?} is not in its details");
            }
            assert!(!part.contains(" hidden"), "{lang:?} {item}: something in it is hidden");
        }
        assert!(!html.contains("aria-expanded"), "{lang:?}: a summary says whether it is open by itself");
    }
}

#[test]
fn every_milestone_is_in_the_html_in_full() {
    for lang in [Lang::en(), Lang::fr()] {
        let html = render(&lang, true);
        let c = content(&lang);
        let list = html.find("pr-milestone-list").expect("the list of every milestone");
        assert_eq!(c.history.milestones.len(), 3);
        for m in &c.history.milestones {
            for text in [&m.when, &m.place, &m.title, &m.text] {
                assert!(html[list..].contains(&escaped(text)), "{lang:?} {}: {text:?}", m.id);
            }
        }
    }
}

#[test]
fn both_references_are_cited_with_their_doi_links() {
    for lang in [Lang::en(), Lang::fr()] {
        let html = render(&lang, true);
        let c = content(&lang);
        let hrefs = attribute_values(&html, "href");
        for id in [ReferenceId::Article, ReferenceId::CaseStudy] {
            let r = c.reference(id).expect("the reference");
            assert!(r.url.0.starts_with("https://doi.org/10."), "{lang:?} {id:?}: {}", r.url.0);
            assert!(hrefs.contains(&r.url.0.as_str()), "{lang:?}: no link to {}", r.url.0);
            assert!(html.contains(&format!(">{}</a>", r.url.0)), "{lang:?}: the link shows its address");
        }
    }
}

#[test]
fn both_drawings_of_the_road_are_there_and_every_stop_links_to_its_section() {
    for lang in [Lang::en(), Lang::fr()] {
        let html = render(&lang, true);
        for class in ["pr-map pr-map-wide", "pr-map pr-map-tall"] {
            assert_eq!(html.matches(&format!(" class=\"{class}\">")).count(), 1, "{lang:?}: {class}");
        }
        let ids = attribute_values(&html, "id");
        let stops: Vec<&str> =
            attribute_values(&html, "href").into_iter().filter(|h| h.starts_with('#')).collect();
        assert_eq!(stops.len(), 12, "{lang:?}: six stops on each drawing: {stops:?}");
        for href in stops {
            assert!(ids.contains(&&href[1..]), "{lang:?}: {href} leads nowhere");
        }
        assert!(!html.contains("role=\"button\""), "{lang:?}: a stop is a link, not a made-up button");
        let mut unique = ids.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), ids.len(), "{lang:?}: an id is given twice");
    }
}

#[test]
fn every_control_that_needs_the_script_says_so() {
    let html = render(&Lang::en(), true);
    // The buttons (print, language, timeline, start over) are all inside an element that
    // `@media (scripting: none)` hides; the choices of find your way too.
    for needs_script in [
        "pr-toolbar pr-needs-script",
        "pr-timeline pr-needs-script",
        "pr-stepper pr-needs-script",
        "pr-find pr-needs-script",
    ] {
        assert!(html.contains(needs_script), "{needs_script}");
    }
    let buttons = html.matches("<button").count();
    assert_eq!(buttons, 2 + 3 + 2 + 1, "print and language, three milestones, previous and next, start over");
}

#[test]
fn rendering_depends_on_the_props_only() {
    for lang in [Lang::en(), Lang::fr()] {
        for page in [true, false] {
            let first = render(&lang, page);
            assert_eq!(first, render(&lang, page), "{lang:?} page={page}: two renders differ");
            let shared = props(&lang, page);
            assert_eq!(
                render_props(shared.clone()),
                render_props(shared),
                "{lang:?} page={page}: same props"
            );
        }
    }
}

//! In-browser tests (wasm-bindgen-test in headless Chromium): the components render what the
//! infographic says, selection reveals details, the language switch changes the text, and the
//! custom element mounts in a shadow root. Queries go by role and visible text.
#![cfg(target_arch = "wasm32")]

use peer_roadmap::components::app::{App, AppProps, Shared};
use peer_roadmap::content::{Catalog, Lang};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().and_then(|w| w.document()).expect("a document")
}

fn props(lang: Lang) -> AppProps {
    AppProps {
        catalog: Shared(Rc::new(Catalog::embedded(Lang::En).expect("embedded content"))),
        lang,
        lang_asked: 0,
        theme: Default::default(),
        deep_link: false,
        page: false,
        content_error: false,
    }
}

/// Mounts the roadmap into a fresh element and waits for the render.
async fn mount(props: AppProps) -> Element {
    let host = document().create_element("div").expect("div");
    document().body().expect("body").append_child(&host).expect("append");
    yew::Renderer::<App>::with_root_and_props(host.clone(), props).render();
    yew::scheduler::flush().await;
    host
}

fn elements(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).expect("selector");
    (0..list.length()).filter_map(|i| list.item(i)).filter_map(|n| n.dyn_into::<Element>().ok()).collect()
}

fn all(root: &Element, selector: &str) -> Vec<HtmlElement> {
    elements(root, selector).into_iter().filter_map(|n| n.dyn_into::<HtmlElement>().ok()).collect()
}

fn text(el: &Element) -> String {
    el.text_content().unwrap_or_default().split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The button a person would see with this label.
fn button(root: &Element, label: &str) -> HtmlElement {
    all(root, "button")
        .into_iter()
        .find(|b| text(b) == label)
        .unwrap_or_else(|| panic!("no button labelled {label:?}"))
}

fn detail_of(root: &Element, button: &HtmlElement) -> HtmlElement {
    let id = button.get_attribute("aria-controls").expect("aria-controls");
    all(root, &format!("#{id}")).pop().expect("the detail it controls")
}

#[wasm_bindgen_test]
async fn renders_every_section_of_the_infographic() {
    let root = mount(props(Lang::En)).await;
    let shown = text(&root);
    for expected in [
        "The world of peers' engagement in care",
        "How to find our way around?",
        "Is the support offered formal or informal?",
        "On what basis do peers connect?",
        "What peers do",
        "Peers' engagement in the community is not a new practice!",
        "Companion case study (Isabel et al., 2025): peer support in homelessness during a crisis",
        "Canada Research Chair in Partnership with Patients and Communities",
        "https://doi.org/10.1111/hex.14034",
        "https://doi.org/10.5334/ijic.8594",
    ] {
        assert!(shown.contains(expected), "the roadmap does not show {expected:?}");
    }
    for label in ["Peer support", "Peer helper", "Navigator", "Street worker", "Community health worker", "Self-help groups",
        "Informal", "Formal", "Lived experience", "Shared identities", "Embedded in the community",
        "Build relationships", "Provide emotional support", "Navigate services", "Promote health", "Advocate"] {
        let b = button(&root, label);
        assert_eq!(b.get_attribute("aria-expanded").as_deref(), Some("false"), "{label} starts closed");
    }
    assert_eq!(root.first_element_child().and_then(|a| a.get_attribute("lang")).as_deref(), Some("en"));
}

#[wasm_bindgen_test]
async fn selecting_an_item_reveals_its_details_and_marks_the_map() {
    let root = mount(props(Lang::En)).await;
    let shared = button(&root, "Shared identities");
    let detail = detail_of(&root, &shared);
    assert!(detail.hidden(), "details hidden before selection");
    shared.click();
    yew::scheduler::flush().await;
    assert_eq!(shared.get_attribute("aria-expanded").as_deref(), Some("true"));
    assert!(!detail.hidden());
    assert!(text(&detail).contains("Sharing social identities, such as gender, age or ethnicity"));
    assert!(text(&detail).contains("Facilitates trust and recognition"));
    let marked = elements(&root, ".pr-map-wide .pr-dot.is-selected");
    assert_eq!(marked.len(), 1);
    assert_eq!(marked[0].get_attribute("data-item").as_deref(), Some("shared-identities"));

    // One selection at a time; choosing it again closes it.
    let advocate = button(&root, "Advocate");
    advocate.click();
    yew::scheduler::flush().await;
    assert_eq!(shared.get_attribute("aria-expanded").as_deref(), Some("false"));
    assert!(text(&detail_of(&root, &advocate)).contains("Raise awareness about inequalities, educate on one's rights"));
    advocate.click();
    yew::scheduler::flush().await;
    assert_eq!(advocate.get_attribute("aria-expanded").as_deref(), Some("false"));
}

#[wasm_bindgen_test]
async fn formal_support_shows_its_point_to_watch() {
    let root = mount(props(Lang::En)).await;
    let formal = button(&root, "Formal");
    formal.click();
    yew::scheduler::flush().await;
    let detail = text(&detail_of(&root, &formal));
    assert!(detail.contains("Offered within a framework or a program"));
    assert!(detail.contains("Point to watch: May create unequal relations between peers"), "{detail}");
}

#[wasm_bindgen_test]
async fn the_language_switch_changes_the_text() {
    let root = mount(props(Lang::En)).await;
    let switch = button(&root, "Français");
    assert_eq!(switch.get_attribute("lang").as_deref(), Some("fr"), "named in the other language");
    switch.click();
    yew::scheduler::flush().await;
    let shown = text(&root);
    assert!(shown.contains("L’univers de l’engagement des pairs dans les soins"));
    assert!(shown.contains("Le soutien offert est-il formel ou informel?"));
    assert!(!shown.contains("The world of peers' engagement in care"));
    assert_eq!(root.first_element_child().and_then(|a| a.get_attribute("lang")).as_deref(), Some("fr"));
    button(&root, "English").click();
    yew::scheduler::flush().await;
    assert!(text(&root).contains("The world of peers' engagement in care"));
}

#[wasm_bindgen_test]
async fn the_timeline_steps_through_three_milestones() {
    let root = mount(props(Lang::En)).await;
    let current = || all(&root, "[aria-current=step]").into_iter().map(|b| text(&b)).collect::<Vec<_>>();
    assert_eq!(current(), vec!["Since the 18th century Peer-led support groups"]);
    button(&root, "Next →").click();
    yew::scheduler::flush().await;
    assert_eq!(current(), vec!["Beginning of the 20th century Citizen mobilization in care"]);
    button(&root, "Next →").click();
    yew::scheduler::flush().await;
    assert!(text(&root).contains("In 1990, in Harlem, New York, black women were hired"));
    let next = button(&root, "Next →");
    assert_eq!(next.get_attribute("aria-disabled").as_deref(), Some("true"));
    next.click();
    yew::scheduler::flush().await;
    assert_eq!(current(), vec!["1990 Engaging peers to navigate services"], "stays on the last step");
    button(&root, "← Previous").click();
    yew::scheduler::flush().await;
    assert_eq!(current(), vec!["Beginning of the 20th century Citizen mobilization in care"]);
}

#[wasm_bindgen_test]
async fn find_your_way_summarises_the_profile_and_starts_over() {
    let root = mount(props(Lang::En)).await;
    let summary = || text(&all(&root, ".pr-summary").pop().expect("summary"));
    assert!(summary().contains("Answer at least one question to see the profile."));
    let input = |id: &str| -> HtmlInputElement {
        all(&root, &format!("[data-choice={id}] input")).pop().expect("choice").unchecked_into()
    };
    input("informal").click();
    input("lived-experience").click();
    input("navigate-services").click();
    yew::scheduler::flush().await;
    let s = summary();
    assert!(s.contains("Informal"), "{s}");
    assert!(s.contains("Lived experience — Supports mutual understanding"), "{s}");
    assert!(s.contains("Navigate services"), "{s}");
    assert!(s.contains("Possible pressure on one's social networks"), "{s}");
    for term in ["Navigator", "Peer helper", "Street worker"] {
        assert!(!s.contains(&format!("{term} fits")), "never claims which term fits");
    }
    assert!(input("informal").checked());
    button(&root, "Start over").click();
    yew::scheduler::flush().await;
    assert!(summary().contains("Answer at least one question to see the profile."));
    assert!(!input("informal").checked() && !input("lived-experience").checked());
}

#[wasm_bindgen_test]
async fn french_content_renders_in_french() {
    let root = mount(props(Lang::Fr)).await;
    let shown = text(&root);
    for expected in ["Comment s’y retrouver?", "Sur quelle base se crée le lien entre pairs?", "Ce que font les pairs", "Trouver son chemin"] {
        assert!(shown.contains(expected), "{expected}");
    }
    assert_eq!(text(&button(&root, "English")), "English");
}

#[wasm_bindgen_test]
async fn the_custom_element_renders_in_an_open_shadow_root() {
    peer_roadmap::embed::define("missing.css".into(), None);
    let el = document().create_element("peer-roadmap").expect("element");
    el.set_attribute("lang", "fr").expect("lang");
    let ready = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::new(&mut |resolve, _| {
        let _ = el.add_event_listener_with_callback("peer-roadmap-ready", &resolve);
    }));
    document().body().expect("body").append_child(&el).expect("append");
    ready.await.expect("the ready event");
    assert!(el.has_attribute("data-ready"));
    let shadow = el.shadow_root().expect("an open shadow root");
    let article = shadow.query_selector("article").expect("query").expect("the roadmap");
    assert_eq!(article.get_attribute("lang").as_deref(), Some("fr"));
    assert!(text(&article).contains("L’univers de l’engagement des pairs dans les soins"));

    // Changing the attribute at run time updates the widget.
    el.set_attribute("lang", "en").expect("lang");
    yew::scheduler::flush().await;
    let article = shadow.query_selector("article").expect("query").expect("the roadmap");
    assert!(text(&article).contains("The world of peers' engagement in care"));
    el.remove();
    assert!(!el.has_attribute("data-ready"), "removed: cleaned up");
}

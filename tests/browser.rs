//! In-browser tests (wasm-bindgen-test in headless Chromium): the components render what the
//! infographic says, selection reveals details (native `<details>` whose `open` follows the
//! state), the language switch changes the text, the custom element mounts in a shadow root,
//! and the HTML rendered by Yew's server-side rendering hydrates without a mismatch, keeping
//! what a reader opened before the script ran. Queries go by role and visible text; waits for the
//! browser fail after a timeout, with a message.
#![cfg(target_arch = "wasm32")]

use peer_roadmap::content::{Catalog, Lang};
use peer_roadmap::state::RoadmapState;
use peer_roadmap::{App, AppProps, Shared};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

mod support;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().and_then(|w| w.document()).expect("a document")
}

fn props(lang: Lang) -> AppProps {
    AppProps {
        catalog: Shared(Rc::new(Catalog::embedded(Lang::en()).expect("embedded content"))),
        initial_lang: lang,
        theme: Default::default(),
        deep_link: false,
        page: false,
        content_error: false,
        remote: None,
        on_change: None,
        prerendered: None,
        on_ready: None,
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

/// The selector of the elements that have `role`, explicitly or by their tag.
fn role_selector(role: &str) -> String {
    let implicit = match role {
        "navigation" => "nav",
        "region" => "section[aria-labelledby], section[aria-label]",
        "button" => "button",
        "radio" => "input[type=radio]",
        "checkbox" => "input[type=checkbox]",
        _ => "",
    };
    if implicit.is_empty() {
        format!("[role={role}]")
    } else {
        format!("{implicit}, [role={role}]")
    }
}

/// An element's accessible name: its `aria-label`, the text its `aria-labelledby` names, the
/// text of the `<label>` around it, or its own text.
fn accessible_name(root: &Element, el: &Element) -> String {
    if let Some(label) = el.get_attribute("aria-label") {
        return label;
    }
    if let Some(ids) = el.get_attribute("aria-labelledby") {
        return ids
            .split_whitespace()
            .flat_map(|id| elements(root, &format!("#{id}")))
            .map(|l| text(&l))
            .collect::<Vec<_>>()
            .join(" ");
    }
    if let Some(label) = el.closest("label").ok().flatten() {
        return text(&label);
    }
    text(el)
}

/// The element a person (or a screen reader) finds with this role and name.
fn by_role(root: &Element, role: &str, name: &str) -> Element {
    elements(root, &role_selector(role))
        .into_iter()
        .find(|el| el.get_attribute("role").is_none_or(|r| r == role) && accessible_name(root, el) == name)
        .unwrap_or_else(|| panic!("no {role} named {name:?}"))
}

/// Waits for `promise`, or fails after `ms` milliseconds saying what did not happen.
async fn within(ms: i32, what: &str, promise: js_sys::Promise) -> wasm_bindgen::JsValue {
    let message = format!("{what}: not within {ms} ms");
    let timeout = js_sys::Promise::new(&mut |_, reject| {
        let fail = wasm_bindgen::closure::Closure::once_into_js({
            let message = message.clone();
            move || reject.call1(&wasm_bindgen::JsValue::NULL, &message.into())
        });
        let _ = web_sys::window()
            .expect("a window")
            .set_timeout_with_callback_and_timeout_and_arguments_0(fail.unchecked_ref(), ms);
    });
    let race = js_sys::Promise::race(&js_sys::Array::of2(&promise, &timeout));
    wasm_bindgen_futures::JsFuture::from(race)
        .await
        .unwrap_or_else(|e| panic!("{}", e.as_string().unwrap_or(message)))
}

/// A promise of the next `event` on `target`.
fn next_event(target: &web_sys::EventTarget, event: &str) -> js_sys::Promise {
    // Resolving again later does nothing.
    js_sys::Promise::new(&mut |resolve, _| {
        let _ = target.add_event_listener_with_callback(event, &resolve);
    })
}

/// The summary of the item a person would see with this label.
fn item(root: &Element, label: &str) -> HtmlElement {
    all(root, "summary")
        .into_iter()
        .find(|b| text(b) == label)
        .unwrap_or_else(|| panic!("no item labelled {label:?}"))
}

/// The `<details>` an item's summary opens.
fn details_of(summary: &HtmlElement) -> Element {
    summary.parent_element().expect("the summary's details")
}

/// Whether an item is open (its details shown).
fn is_open(summary: &HtmlElement) -> bool {
    details_of(summary).has_attribute("open")
}

/// The details an item's summary reveals.
fn detail_of(summary: &HtmlElement) -> Element {
    details_of(summary).query_selector(".pr-detail").expect("query").expect("the item's details")
}

/// Clicks an item's summary as a reader does, and waits for the app to follow: the browser
/// toggles the `<details>` and fires `toggle` in a task of its own; the app then renders.
async fn click_item(summary: &HtmlElement) {
    let toggled = next_event(&details_of(summary), "toggle");
    summary.click();
    within(2000, "the toggle event", toggled).await;
    yew::scheduler::flush().await;
}

#[wasm_bindgen_test]
async fn renders_every_section_of_the_infographic() {
    let root = mount(props(Lang::en())).await;
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
    for label in [
        "Peer support",
        "Peer helper",
        "Navigator",
        "Street worker",
        "Community health worker",
        "Self-help groups",
        "Informal",
        "Formal",
        "Lived experience",
        "Shared identities",
        "Embedded in the community",
        "Build relationships",
        "Provide emotional support",
        "Navigate services",
        "Promote health",
        "Advocate",
    ] {
        assert!(!is_open(&item(&root, label)), "{label} starts closed");
    }
    assert_eq!(root.first_element_child().and_then(|a| a.get_attribute("lang")).as_deref(), Some("en"));
}

#[wasm_bindgen_test]
async fn selecting_an_item_reveals_its_details_and_marks_the_map() {
    let root = mount(props(Lang::en())).await;
    let shared = item(&root, "Shared identities");
    let detail = detail_of(&shared);
    assert!(!is_open(&shared), "closed before selection");
    assert!(text(&detail).contains("Sharing social identities"), "the details are in the page, closed");
    click_item(&shared).await;
    assert!(is_open(&shared));
    assert!(details_of(&shared).closest(".is-selected").expect("closest").is_some(), "selected");
    assert!(text(&detail).contains("Sharing social identities, such as gender, age or ethnicity"));
    assert!(text(&detail).contains("Facilitates trust and recognition"));
    // The map says which item is selected, by name.
    let map = by_role(&root, "navigation", "Roadmap overview");
    assert!(text(&map).contains("▸ Shared identities"), "{}", text(&map));

    // One selection at a time; choosing it again closes it.
    let advocate = item(&root, "Advocate");
    click_item(&advocate).await;
    assert!(!is_open(&shared), "opening another closes the first");
    let map = text(&by_role(&root, "navigation", "Roadmap overview"));
    assert!(map.contains("▸ Advocate") && !map.contains("Shared identities"), "{map}");
    assert!(
        text(&detail_of(&advocate)).contains("Raise awareness about inequalities, educate on one's rights")
    );
    click_item(&advocate).await;
    assert!(!is_open(&advocate));
    assert!(!text(&by_role(&root, "navigation", "Roadmap overview")).contains('▸'), "nothing selected");
}

#[wasm_bindgen_test]
async fn formal_support_shows_its_point_to_watch() {
    let root = mount(props(Lang::en())).await;
    let formal = item(&root, "Formal");
    click_item(&formal).await;
    assert!(is_open(&formal));
    let detail = text(&detail_of(&formal));
    assert!(detail.contains("Offered within a framework or a program"));
    assert!(detail.contains("Point to watch: May create unequal relations between peers"), "{detail}");
}

#[wasm_bindgen_test]
async fn the_language_switch_changes_the_text() {
    let root = mount(props(Lang::en())).await;
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
    let root = mount(props(Lang::en())).await;
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
    let root = mount(props(Lang::en())).await;
    let summary = || text(&by_role(&root, "region", "Your initiative's profile"));
    assert!(summary().contains("Answer at least one question to see the profile."));
    let input =
        |role: &str, label: &str| -> HtmlInputElement { by_role(&root, role, label).unchecked_into() };
    input("radio", "Informal").click();
    input("checkbox", "Lived experience").click();
    input("checkbox", "Navigate services").click();
    yew::scheduler::flush().await;
    let s = summary();
    assert!(s.contains("Informal"), "{s}");
    assert!(s.contains("Lived experience — Supports mutual understanding"), "{s}");
    assert!(s.contains("Navigate services"), "{s}");
    assert!(s.contains("Possible pressure on one's social networks"), "{s}");
    for term in ["Navigator", "Peer helper", "Street worker"] {
        assert!(!s.contains(&format!("{term} fits")), "never claims which term fits");
    }
    assert!(input("radio", "Informal").checked());
    button(&root, "Start over").click();
    yew::scheduler::flush().await;
    assert!(summary().contains("Answer at least one question to see the profile."));
    assert!(!input("radio", "Informal").checked() && !input("checkbox", "Lived experience").checked());
}

#[wasm_bindgen_test]
async fn french_content_renders_in_french() {
    let root = mount(props(Lang::fr())).await;
    let shown = text(&root);
    for expected in [
        "Comment s’y retrouver?",
        "Sur quelle base se crée le lien entre pairs?",
        "Ce que font les pairs",
        "Trouver son chemin",
    ] {
        assert!(shown.contains(expected), "{expected}");
    }
    assert_eq!(text(&button(&root, "English")), "English");
}

#[wasm_bindgen_test]
async fn the_custom_element_renders_in_an_open_shadow_root() {
    support::define_widget();
    let el = document().create_element("peer-roadmap").expect("element");
    el.set_attribute("lang", "fr").expect("lang");
    let ready = next_event(&el, "peer-roadmap-ready");
    document().body().expect("body").append_child(&el).expect("append");
    within(5000, "the peer-roadmap-ready event", ready).await;
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

    // Setting `lang` again, to the language it already names, switches back after the reader
    // switched.
    let root: Element = article.clone();
    button(&root, "Français").click();
    yew::scheduler::flush().await;
    assert_eq!(article.get_attribute("lang").as_deref(), Some("fr"));
    el.set_attribute("lang", "en").expect("lang");
    yew::scheduler::flush().await;
    assert_eq!(article.get_attribute("lang").as_deref(), Some("en"), "the host's language wins");

    // Other attributes keep the reader's language.
    button(&root, "Français").click();
    yew::scheduler::flush().await;
    el.set_attribute("theme", "dark").expect("theme");
    yew::scheduler::flush().await;
    let article = shadow.query_selector("article").expect("query").expect("the roadmap");
    assert!(article.class_list().contains("pr-theme-dark"));
    assert_eq!(article.get_attribute("lang").as_deref(), Some("fr"), "a theme change keeps the language");
    el.remove();
    assert!(!el.has_attribute("data-ready"), "removed: cleaned up");
}

#[wasm_bindgen_test]
async fn on_change_reports_each_change_of_the_state() {
    let seen: Rc<RefCell<Vec<RoadmapState>>> = Rc::default();
    let on_change = {
        let seen = seen.clone();
        yew::Callback::from(move |s: RoadmapState| seen.borrow_mut().push(s))
    };
    let root = mount(AppProps { on_change: Some(on_change), ..props(Lang::en()) }).await;
    assert!(seen.borrow().is_empty(), "not called for the first render");
    click_item(&item(&root, "Navigator")).await;
    button(&root, "Français").click();
    yew::scheduler::flush().await;
    let seen = seen.borrow();
    assert_eq!(seen.len(), 2, "{seen:?}");
    assert_eq!(seen[0].selection.map(|i| i.as_str()), Some("navigator"));
    assert_eq!(
        (seen[1].lang.clone(), seen[1].selection.map(|i| i.as_str())),
        (Lang::fr(), Some("navigator"))
    );
}

#[wasm_bindgen_test]
async fn the_host_acts_on_the_state_through_the_remote_even_before_the_first_render() {
    let remote = peer_roadmap::Remote::default();
    let host = document().create_element("div").expect("div");
    document().body().expect("body").append_child(&host).expect("append");
    yew::Renderer::<App>::with_root_and_props(
        host.clone(),
        AppProps { remote: Some(remote.clone()), ..props(Lang::en()) },
    )
    .render();
    // Yew renders in a microtask: this action arrives first and is applied by the first render.
    remote.dispatch(peer_roadmap::state::Action::SetLang(Lang::fr()));
    yew::scheduler::flush().await;
    assert!(text(&host).contains("L’univers de l’engagement des pairs dans les soins"));
    remote.dispatch(peer_roadmap::state::Action::SetLang(Lang::en()));
    yew::scheduler::flush().await;
    assert!(text(&host).contains("The world of peers' engagement in care"));
}

#[wasm_bindgen_test]
async fn a_map_stop_is_a_link_that_takes_you_to_its_section_and_keeps_the_address() {
    let root = mount(props(Lang::en())).await;
    let links = elements(&root, "nav a");
    assert_eq!(links.len(), 12, "six stops on each of the two drawings");
    let roles = links
        .iter()
        .find(|a| a.get_attribute("href").as_deref() == Some("#pr-sec-roles"))
        .expect("a link to the roles");
    assert!(text(roles).starts_with('4') && text(roles).contains("What peers do"), "{}", text(roles));
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    init.set_cancelable(true);
    let click = web_sys::Event::new_with_event_init_dict("click", &init).expect("event");
    let followed = roles.dispatch_event(&click).expect("dispatch");
    assert!(!followed, "the app takes over the link: the URL's hash (a deep link) is left alone");
    let focused = document().active_element().and_then(|e| e.get_attribute("id"));
    assert_eq!(focused.as_deref(), Some("pr-sec-roles"), "the section has the focus");
}

#[wasm_bindgen_test]
async fn the_prerendered_html_hydrates_and_keeps_what_the_reader_opened_before() {
    let html = yew::LocalServerRenderer::<App>::with_props(props(Lang::en())).hydratable(true).render().await;
    let host = document().create_element("div").expect("div");
    host.set_inner_html(&html);
    document().body().expect("body").append_child(&host).expect("append");
    // Before the script runs, a reader opens two items natively; the last one clicked has focus.
    let formal = item(&host, "Formal");
    let lived = item(&host, "Lived experience");
    details_of(&lived).set_attribute("open", "").expect("open");
    details_of(&formal).set_attribute("open", "").expect("open");
    formal.focus().expect("focus");
    // A mismatch between the HTML and the first render would panic here.
    yew::Renderer::<App>::with_root_and_props(host.clone(), props(Lang::en())).hydrate();
    yew::scheduler::flush().await;
    assert!(is_open(&formal), "the item the reader was on stays open");
    assert!(!is_open(&lived), "one item at a time: the other one is closed");
    assert!(details_of(&formal).closest(".is-selected").expect("closest").is_some(), "it is the selection");
    let map = text(&by_role(&host, "navigation", "Roadmap overview"));
    assert!(map.contains("▸ Formal"), "the map shows it: {map}");
    // The hydrated page works as a rendered one does.
    let advocate = item(&host, "Advocate");
    click_item(&advocate).await;
    assert!(is_open(&advocate) && !is_open(&formal));
    assert_eq!(
        text(&host).matches("The world of peers' engagement in care").count(),
        1,
        "nothing rendered twice"
    );
}

#[wasm_bindgen_test]
async fn every_variant_of_the_prerendered_html_hydrates_without_a_mismatch() {
    for (lang, page) in [(Lang::en(), false), (Lang::en(), true), (Lang::fr(), false), (Lang::fr(), true)] {
        let props = || AppProps { page, ..props(lang.clone()) };
        let html = yew::LocalServerRenderer::<App>::with_props(props()).hydratable(true).render().await;
        let host = document().create_element("div").expect("div");
        host.set_inner_html(&html);
        document().body().expect("body").append_child(&host).expect("append");
        let before = host.inner_html();
        // A mismatch of structure would panic here; one of text or attributes would show below.
        let app = yew::Renderer::<App>::with_root_and_props(host.clone(), props()).hydrate();
        yew::scheduler::flush().await;
        let strip = |html: &str| {
            html.split("<!--")
                .map(|part| part.split_once("-->").map_or(part, |(_, rest)| rest))
                .collect::<String>()
        };
        assert_eq!(
            strip(&host.inner_html()),
            strip(&before),
            "{lang:?} page={page}: hydration changed the page"
        );
        app.destroy();
        host.remove();
    }
}

//! What the element's attributes ask for, read into the app's props: `lang`, `theme`,
//! `deep-link` and `content` (the id of an inline JSON script with custom content).

use super::element::ContentObject;
use crate::content::{clip, content_from_js, Catalog, Content, ContentError, Lang};
use crate::dom;
use crate::state::{HashRequest, Theme};
use crate::{AppProps, Remote, Shared};
use std::rc::Rc;
use web_sys::Element;

/// A language of `catalog` for the element: its `lang` attribute, else the nearest `lang`
/// around it, else the browser's, else English; each the closest the catalog has (`fr-CA`:
/// French; `es` once custom content adds Spanish). `log`: report a value the catalog has no
/// language for (once per change of the attribute).
pub(super) fn read_lang(el: &Element, catalog: &Catalog, log: bool) -> Lang {
    if let Some(value) = el.get_attribute("lang") {
        if let Some(lang) = Lang::from_tag(&value).and_then(|l| catalog.resolve(&l)) {
            return lang;
        }
        if log {
            let list: Vec<String> = catalog.languages().iter().map(Lang::to_string).collect();
            dom::error(&format!(
                "lang=\"{}\" is not supported ({}); using the page's language",
                clip(&value),
                list.join(", ")
            ));
        }
    }
    let nearest = el
        .parent_element()
        .and_then(|p| p.closest("[lang]").ok().flatten())
        .and_then(|p| p.get_attribute("lang"))
        .and_then(|l| Lang::from_tag(&l))
        .and_then(|l| catalog.resolve(&l));
    nearest.or_else(|| super::browser_lang(catalog)).unwrap_or_else(Lang::en)
}

/// The shipped language to parse first, before any catalog exists: the one [`read_lang`] would
/// most likely pick (an added language's roadmap falls back to it while custom content loads).
pub(super) fn first_lang(el: &Element) -> Lang {
    let nearest = el
        .parent_element()
        .and_then(|p| p.closest("[lang]").ok().flatten())
        .and_then(|p| p.get_attribute("lang"));
    let linked = el.has_attribute("deep-link").then(|| HashRequest::parse(&dom::location_hash()).lang);
    let linked = linked.flatten().map(|l| l.to_string());
    [linked, el.get_attribute("lang"), nearest, dom::browser_language()]
        .into_iter()
        .flatten()
        .find_map(|tag| Lang::from_tag(&tag)?.shipped_for())
        .unwrap_or_else(Lang::en)
}

/// With `deep-link`, the language the URL hash asks for, the closest `catalog` has: the first
/// render's (the rest of the link is followed right after it). www/element.js reads the same to
/// pick the prerendered HTML.
fn linked_lang(el: &Element, catalog: &Catalog) -> Option<Lang> {
    let asked = el.has_attribute("deep-link").then(|| HashRequest::parse(&dom::location_hash()).lang);
    asked.flatten().and_then(|l| catalog.resolve(&l))
}

fn read_theme(el: &Element, log: bool) -> Theme {
    match el.get_attribute("theme") {
        None => Theme::default(),
        Some(value) => Theme::from_attr(&value).unwrap_or_else(|| {
            if log {
                dom::error(&format!(
                    "theme=\"{}\" is not one of light, dark, auto; using light",
                    clip(&value)
                ));
            }
            Theme::default()
        }),
    }
}

/// The content for an instance: the embedded catalog with the host's custom content, each in
/// place of its language (`en`, `fr`) or added (any other) — the `content` property's object
/// (`object`) if the host set one, else the scripts the `content` attribute names (one id, or
/// several separated by spaces: one language each). Content that is not valid is left out after
/// logging why; the flag says so (the widget shows its notice).
fn read_catalog(el: &Element, builtin: &Rc<Catalog>, object: Option<&ContentObject>) -> (Rc<Catalog>, bool) {
    const WHAT: &str = "the content property's object";
    match object {
        Some(ContentObject::Value(object)) => {
            return match content_from_js(object) {
                Ok(custom) => (Rc::new(builtin.with_custom(custom)), false),
                Err(errors) => unused(WHAT, &errors, builtin),
            }
        }
        Some(ContentObject::Unreadable(message)) => {
            return unused(WHAT, &[ContentError::Unreadable { message: clip(message) }], builtin);
        }
        None => {}
    }
    let Some(attribute) = el.get_attribute("content") else {
        return (builtin.clone(), false);
    };
    let ids: Vec<&str> = attribute.split_ascii_whitespace().collect();
    let ids = if ids.is_empty() { vec![attribute.as_str()] } else { ids };
    let mut catalog = Catalog::clone(builtin);
    let mut failed = false;
    for id in ids {
        let script = dom::element_by_id(id).filter(|s| s.tag_name().eq_ignore_ascii_case("script"));
        let Some(script) = script else {
            dom::error(&format!(
                "content=\"{}\": no <script type=\"application/json\"> has that id; using the default content",
                clip(id)
            ));
            failed = true;
            continue;
        };
        let text = script.text_content().unwrap_or_default();
        match Content::parse(&text) {
            Ok(custom) => catalog = catalog.with_custom(custom),
            Err(errors) => failed |= unused(&format!("\"{}\"", clip(id)), &errors, builtin).1,
        }
    }
    (Rc::new(catalog), failed)
}

/// Logs, in one `console.error`, every problem that kept custom content (`what`) from being used;
/// the roadmap goes on with `builtin`.
fn unused(what: &str, errors: &[ContentError], builtin: &Rc<Catalog>) -> (Rc<Catalog>, bool) {
    let list: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
    dom::error(&format!(
        "custom content {what} was not used ({} problem(s)); using the default content:\n{}",
        errors.len(),
        list.join("\n")
    ));
    (builtin.clone(), true)
}

/// The props for the element's app. `previous`: the props it has now, if it is mounted, and
/// `changed` the attribute that changed (`content` also for the property): only that one is read
/// again (so each problem is logged once), and the language is not (the app's state has it; see
/// `Instance`). `content_object`: custom content the host set through the `content` property,
/// which takes precedence over the attribute.
pub(super) fn read_props(
    el: &Element,
    previous: Option<&AppProps>,
    changed: Option<&str>,
    builtin: &Rc<Catalog>,
    content_object: Option<&ContentObject>,
) -> AppProps {
    let (catalog, content_error) = match previous {
        Some(p) if changed != Some("content") => (p.catalog.clone(), p.content_error),
        _ => {
            let (catalog, failed) = read_catalog(el, builtin, content_object);
            (Shared(catalog), failed)
        }
    };
    let initial_lang = previous.map_or_else(
        || linked_lang(el, &catalog).unwrap_or_else(|| read_lang(el, &catalog, true)),
        |p| p.initial_lang.clone(),
    );
    AppProps {
        catalog,
        content_error,
        initial_lang,
        theme: match previous {
            Some(p) if changed != Some("theme") => p.theme,
            _ => read_theme(el, true),
        },
        deep_link: el.has_attribute("deep-link"),
        page: false,
        remote: previous.map_or_else(|| Some(Remote::default()), |p| p.remote.clone()),
        on_change: previous.and_then(|p| p.on_change.clone()),
        prerendered: previous.and_then(|p| p.prerendered.clone()),
        on_ready: previous.and_then(|p| p.on_ready.clone()),
    }
}

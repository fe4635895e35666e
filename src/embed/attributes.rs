//! What the element's attributes ask for, read into the app's props: `lang`, `theme`,
//! `deep-link` and `content` (the id of an inline JSON script with custom content).

use super::element::ContentObject;
use crate::content::{clip, content_from_js, Catalog, Content, ContentError, Lang};
use crate::dom;
use crate::state::{HashRequest, Theme};
use crate::{AppProps, Remote, Shared};
use std::rc::Rc;
use web_sys::Element;

/// `lang` attribute, else the nearest `lang` around the element, else the browser, else English.
/// `log`: report an unsupported value (once per change of the attribute).
pub(super) fn read_lang(el: &Element, log: bool) -> Lang {
    if let Some(value) = el.get_attribute("lang") {
        if let Some(lang) = Lang::from_tag(&value) {
            return lang;
        }
        if log {
            dom::error(&format!(
                "lang=\"{}\" is not supported (en, fr); using the page's language",
                clip(&value)
            ));
        }
    }
    let nearest = el
        .parent_element()
        .and_then(|p| p.closest("[lang]").ok().flatten())
        .and_then(|p| p.get_attribute("lang"))
        .and_then(|l| Lang::from_tag(&l));
    nearest.or_else(super::browser_lang).unwrap_or(Lang::En)
}

/// With `deep-link`, the language the URL hash asks for: the first render's (the rest of the
/// link is followed right after it). www/element.js reads the same to pick the prerendered HTML.
fn linked_lang(el: &Element) -> Option<Lang> {
    el.has_attribute("deep-link").then(|| HashRequest::parse(&dom::location_hash()).lang).flatten()
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

/// The content for an instance: the embedded catalog, with one language replaced by the host's
/// custom content when it is valid — the `content` property's object (`object`) if the host set
/// one, else the `content` attribute's script. `Err(())` after logging why it is not.
fn read_catalog(
    el: &Element,
    builtin: &Rc<Catalog>,
    object: Option<&ContentObject>,
) -> Result<Rc<Catalog>, ()> {
    const WHAT: &str = "the content property's object";
    match object {
        Some(ContentObject::Value(object)) => {
            return match content_from_js(object) {
                Ok(custom) => Ok(Rc::new(builtin.with_custom(custom))),
                Err(errors) => unused(WHAT, &errors),
            }
        }
        Some(ContentObject::Unreadable(message)) => {
            return unused(WHAT, &[ContentError::Unreadable { message: clip(message) }]);
        }
        None => {}
    }
    let Some(id) = el.get_attribute("content") else {
        return Ok(builtin.clone());
    };
    let script = dom::element_by_id(&id).filter(|s| s.tag_name().eq_ignore_ascii_case("script"));
    let Some(script) = script else {
        dom::error(&format!(
            "content=\"{}\": no <script type=\"application/json\"> has that id; using the default content",
            clip(&id)
        ));
        return Err(());
    };
    let text = script.text_content().unwrap_or_default();
    match Content::parse(&text) {
        Ok(custom) => Ok(Rc::new(builtin.with_custom(custom))),
        Err(errors) => unused(&format!("\"{}\"", clip(&id)), &errors),
    }
}

/// Logs, in one `console.error`, every problem that kept custom content (`what`) from being used.
fn unused<T>(what: &str, errors: &[ContentError]) -> Result<T, ()> {
    let list: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
    dom::error(&format!(
        "custom content {what} was not used ({} problem(s)); using the default content:\n{}",
        errors.len(),
        list.join("\n")
    ));
    Err(())
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
        _ => match read_catalog(el, builtin, content_object) {
            Ok(c) => (Shared(c), false),
            Err(()) => (Shared(builtin.clone()), true),
        },
    };
    AppProps {
        catalog,
        content_error,
        initial_lang: previous
            .map_or_else(|| linked_lang(el).unwrap_or_else(|| read_lang(el, true)), |p| p.initial_lang),
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

//! The language switch. With the two shipped languages it is the Canadian toggle: one button
//! named in the other language ("Français" in English). When custom content adds languages it
//! becomes a list of links, each named in its own language, with `lang`, `hreflang` and `dir`
//! (a reader who does not read the current language still finds theirs); the current one is
//! marked `aria-current`. A plain function of the header's props, not a component of its own
//! (each component type costs wasm bytes).

use super::icon::{icon, Icon};
use super::Shared;
use crate::content::{Content, Lang, LanguageName};
use yew::prelude::*;

/// Every language of a roadmap with its own name, when there are more than two (else empty).
pub type LanguageNames = Shared<Vec<LanguageName>>;

/// The link to a language: `#lang=…`, which a page with deep links follows by itself; a plain
/// click is handled here (any page), a click with a modifier is left to the browser.
fn link_to(lang: &Lang, on_set: &Callback<Lang>) -> Callback<MouseEvent> {
    let lang = lang.clone();
    let on_set = on_set.clone();
    Callback::from(move |e: MouseEvent| {
        let plain = e.button() == 0 && !(e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key());
        if plain {
            e.prevent_default();
            on_set.emit(lang.clone());
        }
    })
}

/// The switch for content `c`: the toggle (`on_toggle`) with two languages, else the list of
/// `names` (`on_set`).
pub fn language_switch(
    c: &Content,
    names: &[LanguageName],
    on_toggle: &Callback<()>,
    on_set: &Callback<Lang>,
) -> Html {
    if names.len() <= 2 {
        let toggle = on_toggle.reform(|_: MouseEvent| ());
        return html! {
            <button type="button" class="pr-tool pr-lang-switch" lang={c.ui.language_switch_lang.to_string()}
                onclick={toggle}>
                { icon(Icon::Globe) }{ c.ui.language_switch.clone() }
            </button>
        };
    }
    let label = names.iter().find(|n| n.lang == c.lang).map(|n| n.list_label.clone());
    html! {
        <div class="pr-tool pr-langs">
            { icon(Icon::Globe) }
            <ul aria-label={label}>
                for n in names.iter() {
                    <li key={n.lang.to_string()}>
                        <a href={format!("#lang={}", n.lang)} hreflang={n.lang.to_string()} lang={n.lang.to_string()}
                            dir={n.lang.dir().as_str()} aria-current={(n.lang == c.lang).then_some("true")}
                            onclick={link_to(&n.lang, on_set)}>{ n.name.clone() }</a>
                    </li>
                }
            </ul>
        </div>
    }
}

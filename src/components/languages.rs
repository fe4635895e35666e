//! The language switch. With the two shipped languages it is the Canadian toggle: one button
//! named in the other language ("Français" in English). When custom content adds languages it
//! becomes a list of links, each named in its own language, with `lang`, `hreflang` and `dir`
//! (a reader who does not read the current language still finds theirs); the current one is
//! marked `aria-current`.

use super::icon::{icon, Icon};
use super::{ContentRef, Shared};
use crate::content::Lang;
use yew::prelude::*;

/// Every language of a roadmap with its name in that language, in the switch's order.
pub type LanguageNames = Shared<Vec<(Lang, String)>>;

#[derive(Properties, PartialEq, Clone)]
pub struct LanguageSwitchProps {
    pub content: ContentRef,
    /// Every language with its own name when there are more than two; otherwise empty, and the
    /// switch is the two-language toggle.
    pub names: LanguageNames,
    /// The list's accessible name, in the current language ("Languages").
    pub label: AttrValue,
    pub on_toggle: Callback<()>,
    pub on_set: Callback<Lang>,
}

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

#[component]
pub fn LanguageSwitch(props: &LanguageSwitchProps) -> Html {
    let c = &props.content;
    if props.names.len() <= 2 {
        let toggle = props.on_toggle.reform(|_: MouseEvent| ());
        return html! {
            <button type="button" class="pr-tool pr-lang-switch" lang={c.ui.language_switch_lang.to_string()}
                onclick={toggle}>
                { icon(Icon::Globe) }{ c.ui.language_switch.clone() }
            </button>
        };
    }
    html! {
        <div class="pr-tool pr-langs">
            { icon(Icon::Globe) }
            <ul aria-label={props.label.clone()}>
                for (lang, name) in props.names.iter() {
                    <li key={lang.to_string()}>
                        <a href={format!("#lang={lang}")} hreflang={lang.to_string()} lang={lang.to_string()}
                            dir={lang.dir().as_str()} aria-current={(*lang == c.lang).then_some("true")}
                            onclick={link_to(lang, &props.on_set)}>{ name.clone() }</a>
                    </li>
                }
            </ul>
        </div>
    }
}

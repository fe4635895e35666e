//! The top of the infographic: title, subtitle, the two intro paragraphs, the three questions,
//! and the toolbar (print, language switch: hidden without the script, which they need).

use super::heading::Heading;
use super::icon::{icon, Icon};
use super::languages::{language_switch, LanguageNames};
use super::ContentRef;
use crate::content::Lang;
use yew::prelude::*;

#[derive(PartialEq, Clone)]
pub struct HeaderProps {
    pub content: ContentRef,
    pub on_toggle_lang: Callback<()>,
    /// Every language with its own name, when there are more than two (see
    /// [`language_switch`]).
    pub languages: LanguageNames,
    pub on_set_lang: Callback<Lang>,
    pub on_print: Callback<()>,
}

/// A plain function (see [`crate::components`]).
pub fn header(props: &HeaderProps) -> Html {
    let c = &props.content;
    let intro = &c.intro;
    let print = props.on_print.reform(|_: MouseEvent| ());
    html! {
        <header class="pr-header">
            <div class="pr-toolbar pr-needs-script">
                <button type="button" class="pr-tool pr-print" onclick={print}>
                    { icon(Icon::Print) }
                    { c.ui.print.clone() }
                </button>
                { language_switch(c, &props.languages, &props.on_toggle_lang, &props.on_set_lang) }
            </div>
            <p class="pr-chair">{ c.about.chair.clone() }</p>
            <Heading depth={0} id="pr-title" class="pr-title">{ intro.title.clone() }</Heading>
            <p class="pr-subtitle">{ intro.subtitle.clone() }</p>
            <div class="pr-intro">
                for p in intro.paragraphs.iter() {
                    <p>{ p.clone() }</p>
                }
            </div>
            <ul class="pr-questions">
                for q in intro.questions.iter() {
                    <li>{ q.clone() }</li>
                }
            </ul>
            <p class="pr-lead">{ intro.roadmap_lead.clone() }</p>
        </header>
    }
}

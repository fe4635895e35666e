//! "Find your way": describe a peer initiative with the roadmap's two questions and the roles of
//! peers, and get its profile, with the characteristic the widget marks as a point to watch (the
//! seed lists it as a characteristic). It never says which word (navigator, street worker…) fits:
//! the seed does not say.
//!
//! Without the script the whole section is hidden: it is a tool, not text of the roadmap (every
//! characteristic, effect and role it draws on is in the sections above), and its heading and
//! lead would invite the reader to answer questions that could not answer back.

use super::heading::Heading;
use super::icon::{icon, Icon};
use super::ContentRef;
use crate::state::{Action, Profile};
use yew::prelude::*;

#[derive(PartialEq, Clone)]
pub struct FindYourWayProps {
    pub content: ContentRef,
    pub profile: Profile,
    pub on_action: Callback<Action>,
}

/// One answer: a real radio button or checkbox inside its label, styled as a chip.
fn choice(
    kind: &'static str,
    name: &'static str,
    id: &'static str,
    label: &str,
    checked: bool,
    on: Callback<Event>,
) -> Html {
    html! {
        <label class="pr-choice" data-choice={id}>
            <input type={kind} name={name} value={id} {checked} onchange={on} />
            <span class="pr-choice-label">{ label.to_owned() }</span>
        </label>
    }
}

/// The chosen answers of one question as "label — what it means", or "not answered yet".
fn answers<'a>(chosen: impl Iterator<Item = (&'a String, &'a String)>, not_answered: &str) -> Html {
    let items: Vec<Html> = chosen
        .map(|(label, meaning)| html! { <li><strong>{ label.clone() }</strong>{ " — " }{ meaning.clone() }</li> })
        .collect();
    html! {
        <dd>
            if items.is_empty() {
                <span class="pr-muted">{ not_answered.to_owned() }</span>
            } else {
                <ul>{ for items }</ul>
            }
        </dd>
    }
}

/// A plain function (see [`crate::components`]).
pub fn find_your_way(props: &FindYourWayProps) -> Html {
    let c = &props.content;
    let ui = &c.ui;
    let p = &props.profile;
    let act = |a: Action| props.on_action.reform(move |_: Event| a.clone());
    let start_over = props.on_action.reform(|_: MouseEvent| Action::StartOver);
    let chosen = p.formality.and_then(|f| c.formality_option(f));
    html! {
        <section id="pr-sec-find" class="pr-find pr-needs-script" aria-labelledby="pr-h-find">
            <Heading depth={1} id="pr-h-find" class="pr-section-title">
                { icon(Icon::Compass) }{ ui.find_heading.clone() }
            </Heading>
            <p class="pr-section-lead">{ ui.find_lead.clone() }</p>
            <div class="pr-find-grid">
                <div class="pr-find-questions">
                    <fieldset class="pr-question pr-stop-formality">
                        <legend>{ c.formality.question.clone() }<span class="pr-hint">{ ui.choose_one.clone() }</span></legend>
                        for o in c.formality.options.iter() {
                            { choice("radio", "pr-formality", o.id.as_str(), &o.label, p.formality == Some(o.id), act(Action::SetFormality(o.id))) }
                        }
                    </fieldset>
                    <fieldset class="pr-question pr-stop-bases">
                        <legend>{ c.bases.question.clone() }<span class="pr-hint">{ ui.choose_many.clone() }</span></legend>
                        for b in c.bases.items.iter() {
                            { choice("checkbox", "pr-bases", b.id.as_str(), &b.label, p.bases.contains(&b.id), act(Action::ToggleBasis(b.id))) }
                        }
                    </fieldset>
                    <fieldset class="pr-question pr-stop-roles">
                        <legend>{ c.roles.heading.clone() }<span class="pr-hint">{ ui.choose_many.clone() }</span></legend>
                        for r in c.roles.items.iter() {
                            { choice("checkbox", "pr-roles", r.id.as_str(), &r.label, p.roles.contains(&r.id), act(Action::ToggleRole(r.id))) }
                        }
                    </fieldset>
                </div>
                <div class="pr-summary" aria-labelledby="pr-h-summary" role="region">
                    <Heading depth={2} id="pr-h-summary" class="pr-summary-title">{ ui.summary_heading.clone() }</Heading>
                    if p.is_empty() {
                        <p class="pr-summary-empty">{ ui.summary_empty.clone() }</p>
                    } else {
                        <dl class="pr-profile">
                            <dt>{ ui.summary_support.clone() }</dt>
                            <dd>
                                if let Some(o) = chosen {
                                    <strong>{ o.label.clone() }</strong>
                                    <ul>
                                        for ch in o.characteristics.iter().filter(|ch| !ch.watch) {
                                            <li>{ ch.text.clone() }</li>
                                        }
                                    </ul>
                                } else {
                                    <span class="pr-muted">{ ui.not_answered.clone() }</span>
                                }
                            </dd>
                            <dt>{ ui.summary_bases.clone() }</dt>
                            { answers(p.bases.iter().filter_map(|b| c.basis(*b)).map(|b| (&b.label, &b.effect)), &ui.not_answered) }
                            <dt>{ ui.summary_roles.clone() }</dt>
                            { answers(p.roles.iter().filter_map(|r| c.role(*r)).map(|r| (&r.label, &r.description)), &ui.not_answered) }
                            <dt>{ ui.summary_watch.clone() }</dt>
                            <dd class="pr-watch-list">
                                if let Some(o) = chosen {
                                    // Under its own heading, a point to watch needs no flag.
                                    <ul class="pr-characteristics">
                                        for ch in o.points_to_watch() {
                                            <li>{ ch.text.clone() }</li>
                                        }
                                    </ul>
                                } else {
                                    <span class="pr-muted">{ ui.summary_watch_unknown.clone() }</span>
                                }
                            </dd>
                        </dl>
                    }
                    <p class="pr-disclaimer">{ ui.summary_disclaimer.clone() }</p>
                    <button type="button" class="pr-tool pr-start-over" onclick={start_over}>
                        { ui.start_over.clone() }
                    </button>
                </div>
            </div>
        </section>
    }
}

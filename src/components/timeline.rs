//! Stop 5: peers' engagement is not a new practice. A timeline of three milestones, stepped
//! with previous/next or by choosing a milestone. Those controls need the script: without it
//! (and in print) they are hidden and every milestone is listed in full instead.

use super::heading::Heading;
use super::section::section;
use super::ContentRef;
use super::{arrow_keys, button_id};
use crate::content::{fill, Milestone};
use crate::state::{ItemId, Stop};
use yew::prelude::*;

#[derive(PartialEq, Clone)]
pub struct TimelineProps {
    pub content: ContentRef,
    pub step: Milestone,
    pub on_select: Callback<ItemId>,
    pub on_previous: Callback<()>,
    pub on_next: Callback<()>,
}

/// A plain function (see [`crate::components`]).
pub fn timeline(props: &TimelineProps) -> Html {
    let c = &props.content;
    let ui = &c.ui;
    let index = props.step.index();
    let total = Milestone::ALL.len();
    let at_start = index == 0;
    let at_end = index + 1 == total;
    // aria-disabled rather than disabled: a disabled button would drop keyboard focus.
    let previous = {
        let cb = props.on_previous.clone();
        Callback::from(move |_: MouseEvent| {
            if !at_start {
                cb.emit(())
            }
        })
    };
    let next = {
        let cb = props.on_next.clone();
        Callback::from(move |_: MouseEvent| {
            if !at_end {
                cb.emit(())
            }
        })
    };
    let current = c.milestone(props.step);
    // The arrows point the way the reading goes: previous is on the right in right-to-left.
    let (back, forward) = if c.lang.dir().is_rtl() { ("→ ", " ←") } else { ("← ", " →") };
    let counter = fill(&ui.step_of, &[("current", &(index + 1).to_string()), ("total", &total.to_string())]);
    html! {
        { section(Stop::History, c.history.heading.clone().into(), html! { <>
            <ol class="pr-timeline pr-needs-script" data-arrows-select="" onkeydown={arrow_keys(".pr-milestone-button")}>
                for m in c.history.milestones.iter() {
                    <li key={m.id.as_str()} class={classes!("pr-milestone", (m.id == props.step).then_some("is-current"))}>
                        <button type="button" class="pr-milestone-button" id={button_id(ItemId::Milestone(m.id))}
                            aria-current={(m.id == props.step).then_some("step")}
                            onclick={props.on_select.reform({ let id = m.id; move |_: MouseEvent| ItemId::Milestone(id) })}>
                            <span class="pr-when">{ m.when.clone() }</span>{ " " }
                            <span class="pr-milestone-title">{ m.title.clone() }</span>
                        </button>
                    </li>
                }
            </ol>
            if let Some(m) = current {
                <article class="pr-milestone-detail pr-needs-script" aria-live="polite">
                    <p class="pr-step-count">{ counter }</p>
                    <Heading depth={2} class="pr-milestone-heading">{ m.title.clone() }</Heading>
                    <p class="pr-where"><span class="pr-when">{ m.when.clone() }</span>{ " · " }{ m.place.clone() }</p>
                    <p>{ m.text.clone() }</p>
                </article>
            }
            <div class="pr-stepper pr-needs-script">
                <button type="button" class="pr-step pr-previous" aria-disabled={at_start.to_string()} onclick={previous}>
                    <span aria-hidden="true">{ back }</span>{ ui.previous.clone() }
                </button>
                <button type="button" class="pr-step pr-next" aria-disabled={at_end.to_string()} onclick={next}>
                    { ui.next.clone() }<span aria-hidden="true">{ forward }</span>
                </button>
            </div>
            // Without the script, and in print, every milestone, not only the current one.
            <ol class="pr-milestone-list pr-static-only">
                for m in c.history.milestones.iter() {
                    <li key={m.id.as_str()}>
                        <Heading depth={2} class="pr-milestone-heading">{ m.title.clone() }</Heading>
                        <p class="pr-where"><span class="pr-when">{ m.when.clone() }</span>{ " · " }{ m.place.clone() }</p>
                        <p>{ m.text.clone() }</p>
                    </li>
                }
            </ol>
        </> }) }
    }
}

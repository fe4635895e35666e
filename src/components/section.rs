//! A stop on the road: a section with its number sign and heading, colour-coded by stop.

use super::heading::Heading;
use super::section_id;
use crate::state::Stop;
use yew::prelude::*;

/// The section of `stop`, titled `heading`, holding `children`. A plain function: it is drawn
/// with the section that holds it (see [`crate::components`]).
pub fn section(stop_id: Stop, heading: AttrValue, children: Html) -> Html {
    let stop = stop_id.as_str();
    let heading_id = format!("pr-h-{stop}");
    html! {
        <section id={section_id(stop_id)} class={classes!("pr-section", format!("pr-stop-{stop}"))}
            aria-labelledby={heading_id.clone()} tabindex="-1">
            <div class="pr-section-head">
                <span class="pr-sign" aria-hidden="true">{ stop_id.number() }</span>
                <div>
                    <Heading depth={1} id={AttrValue::from(heading_id)} class="pr-section-title">
                        { heading }
                    </Heading>
                </div>
            </div>
            { children }
        </section>
    }
}

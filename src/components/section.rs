//! A stop on the road: a section with its number sign and heading, colour-coded by stop.

use super::heading::Heading;
use super::section_id;
use crate::state::Stop;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct SectionProps {
    pub stop: Stop,
    pub heading: AttrValue,
    pub children: Html,
}

#[component]
pub fn Section(props: &SectionProps) -> Html {
    let stop = props.stop.as_str();
    let heading_id = format!("pr-h-{stop}");
    html! {
        <section id={section_id(props.stop)} class={classes!("pr-section", format!("pr-stop-{stop}"))}
            aria-labelledby={heading_id.clone()} tabindex="-1">
            <div class="pr-section-head">
                <span class="pr-sign" aria-hidden="true">{ props.stop.number() }</span>
                <div>
                    <Heading depth={1} id={AttrValue::from(heading_id)} class="pr-section-title">
                        { props.heading.clone() }
                    </Heading>
                </div>
            </div>
            { props.children.clone() }
        </section>
    }
}

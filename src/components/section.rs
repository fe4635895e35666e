//! A stop on the road: a section with its number sign and heading, colour-coded by stop.

use super::heading::Heading;
use crate::state::Stop;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct SectionProps {
    pub stop: Stop,
    pub heading: AttrValue,
    /// Shown above the heading, e.g. the map label.
    #[prop_or_default]
    pub kicker: Option<AttrValue>,
    pub children: Html,
}

/// Element id of a stop's section, for the map to scroll to.
pub fn section_id(stop: Stop) -> String {
    format!("pr-sec-{}", stop.as_str())
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
                    if let Some(k) = &props.kicker {
                        <p class="pr-kicker">{ k.clone() }</p>
                    }
                    <Heading depth={1} id={AttrValue::from(heading_id)} class="pr-section-title">
                        { props.heading.clone() }
                    </Heading>
                </div>
            </div>
            { props.children.clone() }
        </section>
    }
}

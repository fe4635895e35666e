//! A heading whose level depends on where the roadmap lives: `h1` on the standalone page,
//! one level lower when embedded in a partner's page (which has its own `h1`).

use super::Frame;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct HeadingProps {
    /// 0 for the title, 1 for a section, 2 for an item.
    pub depth: u8,
    #[prop_or_default]
    pub id: Option<AttrValue>,
    #[prop_or_default]
    pub class: Classes,
    pub children: Html,
}

#[component]
pub fn Heading(props: &HeadingProps) -> Html {
    let top = use_context::<Frame>().map_or(1, |f| f.top);
    let level = (top + props.depth).clamp(1, 6);
    html! {
        <@{format!("h{level}")} id={props.id.clone()} class={props.class.clone()}>
            { props.children.clone() }
        </@>
    }
}

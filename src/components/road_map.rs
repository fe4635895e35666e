//! The road map: an SVG overview of the six stops, wide on desktop and a vertical path on phones.
//! Only the drawing the widget's width needs is built ([`use_road_layout`]); the stylesheet's
//! container query still hides a drawing that does not fit, so a wrong first guess never shows.
//! Choosing a stop takes you to its section; the selected item is marked on its stop, by name.
//! The geometry is in [`crate::view::road`].

use super::{section_id, ContentRef};
use crate::dom;
use crate::hooks::use_road_layout;
use crate::state::{ItemId, Stop};
use crate::view::road::{
    dots_at, label_at, road_path, selection_at, selection_lines, stop_items, stop_label, stop_point, Layout,
    DOT_R, DOT_R_SELECTED, FOCUS_RING_R, NUMBER_DY, STOP_R,
};
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct RoadMapProps {
    pub content: ContentRef,
    pub selection: Option<ItemId>,
    /// The widget's root, to find the section a stop leads to.
    pub root: NodeRef,
}

fn go_to(root: &NodeRef, stop: Stop) {
    if let Some(root) = root.cast::<web_sys::Element>() {
        dom::scroll_to_and_focus(&root, &section_id(stop));
    }
}

fn drawing(props: &RoadMapProps, layout: Layout) -> Html {
    let c = &props.content;
    let (w, h) = layout.size();
    let road = road_path(layout, c.lang.dir());
    html! {
        <svg class={layout.class()} viewBox={format!("0 0 {w} {h}")} role="group" aria-label={c.ui.map_title.clone()}>
            <path class="pr-road-edge" d={road.clone()} aria-hidden="true" />
            <path class="pr-road" d={road.clone()} aria-hidden="true" />
            <path class="pr-road-line" d={road} aria-hidden="true" />
            for (index, stop) in Stop::ALL.iter().copied().enumerate() {
                <StopSign key={stop.as_str()} content={c.clone()} {layout} {index} {stop}
                    selected={props.selection.filter(|s| s.stop() == stop)} root={props.root.clone()} />
            }
        </svg>
    }
}

#[derive(Properties, PartialEq, Clone)]
struct StopSignProps {
    content: ContentRef,
    layout: Layout,
    index: usize,
    stop: Stop,
    /// The selected item, when it belongs to this stop: only the stops whose selection changed
    /// are drawn again.
    selected: Option<ItemId>,
    root: NodeRef,
}

/// One stop of the road: its sign, its label, a dot per item, and the selected item's name.
#[component]
fn StopSign(props: &StopSignProps) -> Html {
    let StopSignProps { layout, index: i, stop, selected, .. } = props.clone();
    let c = &props.content;
    // Mirrored in a right-to-left language: the road runs from the right.
    let dir = c.lang.dir();
    let (x, y) = stop_point(layout, dir, i);
    let (lx, ly, anchor) = label_at(layout, dir, i);
    let (sx, sy, s_anchor) = selection_at(layout, dir, i);
    let items = stop_items(c, stop);
    let dots = dots_at(layout, dir, i, items.len());
    let selected_label = selected.and_then(|s| items.iter().find(|(id, _)| *id == s)).map(|(_, l)| l.clone());
    let label = stop_label(c, stop);
    let root = props.root.clone();
    let onclick = {
        let root = root.clone();
        Callback::from(move |_: MouseEvent| go_to(&root, stop))
    };
    let onkeydown = Callback::from(move |e: KeyboardEvent| {
        if e.key() == "Enter" || e.key() == " " {
            e.prevent_default();
            go_to(&root, stop);
        }
    });
    html! {
        <g class={classes!("pr-map-stop", format!("pr-stop-{}", stop.as_str()), selected.is_some().then_some("has-selection"))}
            role="button" tabindex="0" {onclick} {onkeydown}>
            <circle class="pr-focus-ring" cx={x.to_string()} cy={y.to_string()} r={FOCUS_RING_R.to_string()} />
            <circle class="pr-stop-circle" cx={x.to_string()} cy={y.to_string()} r={STOP_R.to_string()} />
            <text class="pr-stop-number" x={x.to_string()} y={(y + NUMBER_DY).to_string()} text-anchor="middle">{ stop.number() }</text>
            <text class="pr-stop-label" x={lx.to_string()} y={ly.to_string()} text-anchor={anchor}>{ label }</text>
            for ((id, _), (dx, dy)) in items.iter().zip(dots.iter()) {
                <circle class={classes!("pr-dot", (Some(*id) == selected).then_some("is-selected"))}
                    data-item={id.as_str()} cx={dx.to_string()} cy={dy.to_string()}
                    r={(if Some(*id) == selected { DOT_R_SELECTED } else { DOT_R }).to_string()} />
            }
            if let Some(sel) = selected_label {
                <text class="pr-stop-selection" x={sx.to_string()} y={sy.to_string()} text-anchor={s_anchor}>
                    <tspan aria-hidden="true">{ if dir.is_rtl() { "◂ " } else { "▸ " } }</tspan>
                    for (n, line) in selection_lines(layout, &sel).into_iter().enumerate() {
                        <tspan x={(n > 0).then(|| sx.to_string())} dy={(n > 0).then_some("1.1em")}>{ line }</tspan>
                    }
                </text>
            }
        </g>
    }
}

#[component]
pub fn RoadMap(props: &RoadMapProps) -> Html {
    let layout = use_road_layout(props.root.clone());
    html! {
        <nav class="pr-map-nav" aria-label={props.content.ui.map_title.clone()}>
            <p class="pr-map-hint">{ props.content.ui.map_hint.clone() }</p>
            { drawing(props, layout) }
        </nav>
    }
}

//! The road map: an SVG overview of the six stops, wide on desktop and a vertical path on phones.
//! Both drawings are always in the HTML and the stylesheet's container query shows the one that
//! fits, so what is rendered depends on the props only (the prerendered HTML and the first
//! render in the browser are the same, at any width). Each stop is a link to its section: it
//! works before and without the script; with the app running it scrolls to the section and
//! focuses it without touching the URL (whose hash is the standalone page's deep link). The
//! selected item is marked on its stop, by name. The geometry is in [`crate::view::road`].

use super::{section_id, ContentRef};
use crate::dom;
use crate::state::{ItemId, Stop};
use crate::view::road::{
    dots_at, label_at, road_path, selection_at, selection_lines, stop_items, stop_label, stop_point, Layout,
    DOT_R, DOT_R_SELECTED, FOCUS_RING_R, NUMBER_DY, STOP_R,
};
use yew::prelude::*;

#[derive(PartialEq, Clone)]
pub struct RoadMapProps {
    pub content: ContentRef,
    pub selection: Option<ItemId>,
    /// The widget's root, to find the section a stop leads to.
    pub root: NodeRef,
}

/// Scrolls to the stop's section and focuses it; false when it is not there (the link then
/// does what a link does).
fn go_to(root: &NodeRef, stop: Stop) -> bool {
    root.cast::<web_sys::Element>().is_some_and(|root| dom::scroll_to_and_focus(&root, &section_id(stop)))
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
                { stop_sign(&StopSignProps { content: c.clone(), layout, index, stop,
                    selected: props.selection.filter(|s| s.stop() == stop), root: props.root.clone() }) }
            }
        </svg>
    }
}

#[derive(PartialEq, Clone)]
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
fn stop_sign(props: &StopSignProps) -> Html {
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
    let onclick = Callback::from(move |e: MouseEvent| {
        if go_to(&root, stop) {
            e.prevent_default();
        }
    });
    html! {
        <a class={classes!("pr-map-stop", format!("pr-stop-{}", stop.as_str()), selected.is_some().then_some("has-selection"))}
            href={format!("#{}", section_id(stop))} {onclick}>
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
        </a>
    }
}

/// A plain function (see [`crate::components`]).
pub fn road_map(props: &RoadMapProps) -> Html {
    html! {
        <nav class="pr-map-nav" aria-label={props.content.ui.map_title.clone()}>
            <p class="pr-map-hint">{ props.content.ui.map_hint.clone() }</p>
            for layout in Layout::ALL {
                { drawing(props, layout) }
            }
        </nav>
    }
}

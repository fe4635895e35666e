//! The road map: an SVG overview of the six stops, wide on desktop and a vertical path on phones.
//! Only the drawing the widget's width needs is built: a ResizeObserver on the widget's root
//! swaps it when the width crosses the same line as the stylesheet's container query (which
//! still hides a drawing that does not fit, so a wrong first guess never shows). Choosing a stop
//! takes you to its section; the selected item is marked on its stop. Geometry lives in plain
//! functions below.

use super::app::ContentRef;
use super::section::section_id;
use crate::content::{Basis, Content, Formality, Milestone, Role, Term};
use crate::state::{ItemId, Stop};
use yew::prelude::*;

/// The two drawings of the road.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Layout {
    Wide,
    Tall,
}

/// Widest container (content box of `.pr-root`, in CSS px) that gets the tall drawing: the
/// stylesheet's `@container pr (max-width: 640px)`.
pub const TALL_MAX_WIDTH: f64 = 640.0;
/// The root's horizontal padding at most, to guess its width from the window's before layout.
const ROOT_PADDING: f64 = 80.0;

/// The drawing for a container this wide.
pub fn layout_for(width: f64) -> Layout {
    if width <= TALL_MAX_WIDTH {
        Layout::Tall
    } else {
        Layout::Wide
    }
}

/// Wide drawing: size, distance between stops, heights of the low and high stops.
const WIDE: (i32, i32) = (1200, 280);
const WIDE_STEP: i32 = 200;
const WIDE_LOW: i32 = 165;
const WIDE_HIGH: i32 = 110;
/// Tall drawing: size, distance between stops, the road's two columns (a gentle snake).
const TALL: (i32, i32) = (360, 580);
const TALL_STEP: i32 = 96;
const TALL_LEFT: i32 = 50;
const TALL_RIGHT: i32 = 104;
/// Tall drawing: labels and dots all start at this x, right of the road.
const TALL_TEXT_X: i32 = 150;
/// Stop sign radius, item dot radius (selected: larger), distance between dots.
const STOP_R: i32 = 26;
const DOT_R: i32 = 6;
const DOT_R_SELECTED: i32 = 10;
const DOT_GAP: i32 = 20;

/// Centre of stop `i` (from 0).
pub fn stop_point(layout: Layout, i: usize) -> (i32, i32) {
    let even = i % 2 == 0;
    match layout {
        Layout::Wide => (100 + WIDE_STEP * i as i32, if even { WIDE_LOW } else { WIDE_HIGH }),
        Layout::Tall => (if even { TALL_LEFT } else { TALL_RIGHT }, 50 + TALL_STEP * i as i32),
    }
}

/// The road through every stop, as an SVG path.
pub fn road_path(layout: Layout) -> String {
    let n = Stop::ALL.len();
    let pts: Vec<(i32, i32)> = (0..n).map(|i| stop_point(layout, i)).collect();
    let (first, last) = (pts[0], pts[n - 1]);
    let mut d = match layout {
        Layout::Wide => format!("M0 {} L{} {}", first.1, first.0, first.1),
        Layout::Tall => format!("M{} 0 L{} {}", first.0, first.0, first.1),
    };
    for w in pts.windows(2) {
        let ((x0, y0), (x1, y1)) = (w[0], w[1]);
        let seg = match layout {
            Layout::Wide => format!(" C{} {} {} {} {} {}", x0 + 100, y0, x1 - 100, y1, x1, y1),
            Layout::Tall => format!(" C{} {} {} {} {} {}", x0, y0 + 55, x1, y1 - 55, x1, y1),
        };
        d.push_str(&seg);
    }
    match layout {
        Layout::Wide => d.push_str(&format!(" L{} {}", WIDE.0, last.1)),
        Layout::Tall => d.push_str(&format!(" L{} {}", last.0, TALL.1)),
    }
    d
}

/// Where the label of stop `i` goes: x, y of its first line, and the text anchor.
fn label_at(layout: Layout, i: usize) -> (i32, i32, &'static str) {
    let (x, y) = stop_point(layout, i);
    let even = i % 2 == 0;
    match layout {
        Layout::Wide if even => (x, y + 60, "middle"),
        Layout::Wide => (x, y - 72, "middle"),
        Layout::Tall => (TALL_TEXT_X, y + 7, "start"),
    }
}

/// Centres of the `n` item dots of stop `i`.
pub fn dots_at(layout: Layout, i: usize, n: usize) -> Vec<(i32, i32)> {
    let (x, y) = stop_point(layout, i);
    let span = DOT_GAP * (n.saturating_sub(1)) as i32;
    let even = i % 2 == 0;
    (0..n)
        .map(|k| {
            let offset = DOT_GAP * k as i32;
            match layout {
                Layout::Wide => (x - span / 2 + offset, if even { y - 44 } else { y + 44 }),
                Layout::Tall => (TALL_TEXT_X + 6 + offset, y + 30),
            }
        })
        .collect()
}

/// Wide drawing: where the first stop's selected item's name starts (near the left edge).
const WIDE_FIRST_SELECTION_X: i32 = 12;

/// Where the selected item's name goes: x, y of its first line, and the text anchor. It is
/// written below its stop's label; on the wide drawing the first stop's name starts near the
/// left edge instead of being centred under the stop, or a long name (a French doublet such as
/// « Agente ou agent de santé communautaire ») would run out of the widget on the left.
fn selection_at(layout: Layout, i: usize) -> (i32, i32, &'static str) {
    let (lx, ly, anchor) = label_at(layout, i);
    match layout {
        Layout::Wide if i == 0 => (WIDE_FIRST_SELECTION_X, ly + 26, "start"),
        Layout::Wide => (lx, ly + 26, anchor),
        Layout::Tall => (lx, ly + 52, anchor),
    }
}

/// Longest line of the selected item's name on the narrow (tall) drawing, in characters.
const TALL_LINE_CHARS: usize = 22;

/// Splits a name into lines of at most `max` characters, at spaces (a longer word stays whole).
pub fn wrap(text: &str, max: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= max => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    lines
}

/// The items shown as dots on a stop, with their labels in the current language.
fn stop_items(c: &Content, stop: Stop) -> Vec<(ItemId, String)> {
    fn collect<T: Copy>(all: &[T], wrap: fn(T) -> ItemId, label: impl Fn(T) -> Option<String>) -> Vec<(ItemId, String)> {
        all.iter().map(|x| (wrap(*x), label(*x).unwrap_or_default())).collect()
    }
    match stop {
        Stop::Terms => collect(Term::ALL, ItemId::Term, |x| c.term(x).map(|t| t.label.clone())),
        Stop::Formality => collect(Formality::ALL, ItemId::Formality, |x| c.formality_option(x).map(|t| t.label.clone())),
        Stop::Bases => collect(Basis::ALL, ItemId::Basis, |x| c.basis(x).map(|t| t.label.clone())),
        Stop::Roles => collect(Role::ALL, ItemId::Role, |x| c.role(x).map(|t| t.label.clone())),
        Stop::History => collect(Milestone::ALL, ItemId::Milestone, |x| c.milestone(x).map(|t| t.title.clone())),
        Stop::CaseStudy => Vec::new(),
    }
}

/// The selected item's name as drawn: wrapped on the narrow drawing only.
fn lines(layout: Layout, name: &str) -> Vec<String> {
    match layout {
        Layout::Wide => vec![name.to_owned()],
        Layout::Tall => wrap(name, TALL_LINE_CHARS),
    }
}

fn stop_label(c: &Content, stop: Stop) -> String {
    match stop {
        Stop::Terms => c.terms.nav.clone(),
        Stop::Formality => c.formality.nav.clone(),
        Stop::Bases => c.bases.nav.clone(),
        Stop::Roles => c.roles.nav.clone(),
        Stop::History => c.history.nav.clone(),
        Stop::CaseStudy => c.case_study.nav.clone(),
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct RoadMapProps {
    pub content: ContentRef,
    pub selection: Option<ItemId>,
    /// The widget's root, to find the section a stop leads to.
    pub root: NodeRef,
}

fn go_to(root: &NodeRef, stop: Stop) {
    use wasm_bindgen::JsCast;
    let Some(root) = root.cast::<web_sys::Element>() else { return };
    let Ok(Some(section)) = root.query_selector(&format!("#{}", section_id(stop))) else { return };
    section.scroll_into_view();
    if let Ok(section) = section.dyn_into::<web_sys::HtmlElement>() {
        let _ = section.focus();
    }
}

fn drawing(props: &RoadMapProps, layout: Layout) -> Html {
    let c = &props.content;
    let (w, h) = match layout {
        Layout::Wide => WIDE,
        Layout::Tall => TALL,
    };
    let class = match layout {
        Layout::Wide => "pr-map pr-map-wide",
        Layout::Tall => "pr-map pr-map-tall",
    };
    let road = road_path(layout);
    html! {
        <svg class={class} viewBox={format!("0 0 {w} {h}")} role="group" aria-label={c.ui.map_title.clone()}>
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
    let (x, y) = stop_point(layout, i);
    let (lx, ly, anchor) = label_at(layout, i);
    let (sx, sy, s_anchor) = selection_at(layout, i);
    let items = stop_items(c, stop);
    let dots = dots_at(layout, i, items.len());
    let selected_label = selected.and_then(|s| items.iter().find(|(id, _)| *id == s)).map(|(_, l)| l.clone());
    let label = stop_label(c, stop);
    let root = props.root.clone();
    let onclick = { let root = root.clone(); Callback::from(move |_: MouseEvent| go_to(&root, stop)) };
    let onkeydown = Callback::from(move |e: KeyboardEvent| {
        if e.key() == "Enter" || e.key() == " " {
            e.prevent_default();
            go_to(&root, stop);
        }
    });
    html! {
        <g class={classes!("pr-map-stop", format!("pr-stop-{}", stop.as_str()), selected.is_some().then_some("has-selection"))}
            role="button" tabindex="0" {onclick} {onkeydown}>
            <circle class="pr-focus-ring" cx={x.to_string()} cy={y.to_string()} r={(STOP_R + 8).to_string()} />
            <circle class="pr-stop-circle" cx={x.to_string()} cy={y.to_string()} r={STOP_R.to_string()} />
            <text class="pr-stop-number" x={x.to_string()} y={(y + 8).to_string()} text-anchor="middle">{ stop.number() }</text>
            <text class="pr-stop-label" x={lx.to_string()} y={ly.to_string()} text-anchor={anchor}>{ label }</text>
            for ((id, _), (dx, dy)) in items.iter().zip(dots.iter()) {
                <circle class={classes!("pr-dot", (Some(*id) == selected).then_some("is-selected"))}
                    data-item={id.as_str()} cx={dx.to_string()} cy={dy.to_string()}
                    r={(if Some(*id) == selected { DOT_R_SELECTED } else { DOT_R }).to_string()} />
            }
            if let Some(sel) = selected_label {
                <text class="pr-stop-selection" x={sx.to_string()} y={sy.to_string()} text-anchor={s_anchor}>
                    <tspan aria-hidden="true">{ "▸ " }</tspan>
                    for (n, line) in lines(layout, &sel).into_iter().enumerate() {
                        <tspan x={(n > 0).then(|| sx.to_string())} dy={(n > 0).then_some("1.1em")}>{ line }</tspan>
                    }
                </text>
            }
        </g>
    }
}

/// Before the first layout: a guess from the window's width (right for the standalone page and
/// for most embeds; the observer corrects it before the first paint otherwise).
fn guess_layout() -> Layout {
    let width = web_sys::window().and_then(|w| w.inner_width().ok()).and_then(|w| w.as_f64());
    width.map_or(Layout::Wide, |w| layout_for(w - ROOT_PADDING))
}

/// Calls `on_width` with the content-box width of `el` after each layout that changed it, until
/// the returned guard is dropped.
fn watch_width(el: &web_sys::Element, on_width: impl Fn(f64) + 'static) -> Option<impl Drop> {
    use wasm_bindgen::{closure::Closure, JsCast};
    struct Watch {
        observer: web_sys::ResizeObserver,
        _callback: Closure<dyn FnMut(js_sys::Array)>,
    }
    impl Drop for Watch {
        fn drop(&mut self) {
            self.observer.disconnect();
        }
    }
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        let last = entries.get(entries.length().saturating_sub(1));
        if let Ok(entry) = last.dyn_into::<web_sys::ResizeObserverEntry>() {
            on_width(entry.content_rect().width());
        }
    });
    let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    observer.observe(el);
    Some(Watch { observer, _callback: callback })
}

#[component]
pub fn RoadMap(props: &RoadMapProps) -> Html {
    let layout = use_state_eq(guess_layout);
    {
        let set = layout.setter();
        use_effect_with(props.root.clone(), move |root| {
            let watch = root.cast::<web_sys::Element>().and_then(|el| watch_width(&el, move |w| set.set(layout_for(w))));
            move || drop(watch)
        });
    }
    html! {
        <nav class="pr-map-nav" aria-label={props.content.ui.map_title.clone()}>
            <p class="pr-map-hint">{ props.content.ui.map_hint.clone() }</p>
            { drawing(props, *layout) }
        </nav>
    }
}

//! The road map's geometry and what each stop shows: two drawings (wide on desktop, tall on
//! phones) in fixed SVG `viewBox` units, as plain functions of the stop's position. In a
//! right-to-left language the drawing is mirrored (the road runs from the right), while the
//! text is not: text anchors are logical (`start` is where the reading starts).

use super::wrap::wrap;
use crate::content::{Basis, Content, Dir, Formality, Milestone, Role, Term};
use crate::state::{ItemId, Stop};

/// The two drawings of the road.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Layout {
    Wide,
    Tall,
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
pub const STOP_R: i32 = 26;
pub const DOT_R: i32 = 6;
pub const DOT_R_SELECTED: i32 = 10;
/// Radius of the focus ring around a stop sign.
pub const FOCUS_RING_R: i32 = STOP_R + 8;
/// How far below a stop's centre its number's baseline is.
pub const NUMBER_DY: i32 = 8;
const DOT_GAP: i32 = 20;
/// Longest line of the selected item's name on the narrow (tall) drawing, in characters.
pub const TALL_LINE_CHARS: usize = 22;

impl Layout {
    /// Both drawings: the page always has both, and the stylesheet's container query shows the
    /// one that fits the widget (`@container pr (max-width: 640px)`), so the HTML does not
    /// depend on the width it is shown at.
    pub const ALL: [Layout; 2] = [Layout::Wide, Layout::Tall];

    /// The drawing's `viewBox` size.
    pub fn size(self) -> (i32, i32) {
        match self {
            Layout::Wide => WIDE,
            Layout::Tall => TALL,
        }
    }

    /// The drawing's CSS classes.
    pub fn class(self) -> &'static str {
        match self {
            Layout::Wide => "pr-map pr-map-wide",
            Layout::Tall => "pr-map pr-map-tall",
        }
    }
}

/// `x` (left to right) as drawn in the reading direction: mirrored in the drawing's width for a
/// right-to-left language.
fn mirror(layout: Layout, dir: Dir, x: i32) -> i32 {
    match dir {
        Dir::Ltr => x,
        Dir::Rtl => layout.size().0 - x,
    }
}

/// Centre of stop `i` (from 0), left to right.
fn stop_point_ltr(layout: Layout, i: usize) -> (i32, i32) {
    let even = i % 2 == 0;
    match layout {
        Layout::Wide => (100 + WIDE_STEP * i as i32, if even { WIDE_LOW } else { WIDE_HIGH }),
        Layout::Tall => (if even { TALL_LEFT } else { TALL_RIGHT }, 50 + TALL_STEP * i as i32),
    }
}

/// Centre of stop `i` (from 0) in the reading direction `dir`.
pub fn stop_point(layout: Layout, dir: Dir, i: usize) -> (i32, i32) {
    let (x, y) = stop_point_ltr(layout, i);
    (mirror(layout, dir, x), y)
}

/// The road through every stop, as an SVG path, from the edge where reading starts.
pub fn road_path(layout: Layout, dir: Dir) -> String {
    let n = Stop::ALL.len();
    let pts: Vec<(i32, i32)> = (0..n).map(|i| stop_point_ltr(layout, i)).collect();
    let (first, last) = (pts[0], pts[n - 1]);
    let x = |x: i32| mirror(layout, dir, x);
    let mut d = match layout {
        Layout::Wide => format!("M{} {} L{} {}", x(0), first.1, x(first.0), first.1),
        Layout::Tall => format!("M{} 0 L{} {}", x(first.0), x(first.0), first.1),
    };
    for w in pts.windows(2) {
        let ((x0, y0), (x1, y1)) = (w[0], w[1]);
        let seg = match layout {
            Layout::Wide => format!(" C{} {} {} {} {} {}", x(x0 + 100), y0, x(x1 - 100), y1, x(x1), y1),
            Layout::Tall => format!(" C{} {} {} {} {} {}", x(x0), y0 + 55, x(x1), y1 - 55, x(x1), y1),
        };
        d.push_str(&seg);
    }
    match layout {
        Layout::Wide => d.push_str(&format!(" L{} {}", x(WIDE.0), last.1)),
        Layout::Tall => d.push_str(&format!(" L{} {}", x(last.0), TALL.1)),
    }
    d
}

/// Where the label of stop `i` goes: x, y of its first line, and the text anchor (logical:
/// `start` is the reading start, the right end in a right-to-left language).
pub fn label_at(layout: Layout, dir: Dir, i: usize) -> (i32, i32, &'static str) {
    let (x, y) = stop_point(layout, dir, i);
    let even = i % 2 == 0;
    match layout {
        Layout::Wide if even => (x, y + 60, "middle"),
        Layout::Wide => (x, y - 72, "middle"),
        Layout::Tall => (mirror(layout, dir, TALL_TEXT_X), y + 7, "start"),
    }
}

/// Centres of the `n` item dots of stop `i`, the first where reading starts.
pub fn dots_at(layout: Layout, dir: Dir, i: usize, n: usize) -> Vec<(i32, i32)> {
    let (x, y) = stop_point_ltr(layout, i);
    let span = DOT_GAP * (n.saturating_sub(1)) as i32;
    let even = i % 2 == 0;
    (0..n)
        .map(|k| {
            let offset = DOT_GAP * k as i32;
            let (dx, dy) = match layout {
                Layout::Wide => (x - span / 2 + offset, if even { y - 44 } else { y + 44 }),
                Layout::Tall => (TALL_TEXT_X + 6 + offset, y + 30),
            };
            (mirror(layout, dir, dx), dy)
        })
        .collect()
}

/// Wide drawing: where the first stop's selected item's name starts (near the left edge).
const WIDE_FIRST_SELECTION_X: i32 = 12;

/// Where the selected item's name goes: x, y of its first line, and the text anchor. It is
/// written below its stop's label; on the wide drawing the first stop's name starts near the
/// edge where reading starts instead of being centred under the stop, or a long name (a French
/// doublet such as « Agente ou agent de santé communautaire ») would run out of the widget.
pub fn selection_at(layout: Layout, dir: Dir, i: usize) -> (i32, i32, &'static str) {
    let (lx, ly, anchor) = label_at(layout, dir, i);
    match layout {
        Layout::Wide if i == 0 => (mirror(layout, dir, WIDE_FIRST_SELECTION_X), ly + 26, "start"),
        Layout::Wide => (lx, ly + 26, anchor),
        Layout::Tall => (lx, ly + 52, anchor),
    }
}

/// The selected item's name as drawn: wrapped on the narrow drawing only.
pub fn selection_lines(layout: Layout, name: &str) -> Vec<String> {
    match layout {
        Layout::Wide => vec![name.to_owned()],
        Layout::Tall => wrap(name, TALL_LINE_CHARS),
    }
}

/// The items shown as dots on a stop, with their labels in the current language.
pub fn stop_items(c: &Content, stop: Stop) -> Vec<(ItemId, String)> {
    fn collect<T: Copy>(
        all: &[T],
        wrap: fn(T) -> ItemId,
        label: impl Fn(T) -> Option<String>,
    ) -> Vec<(ItemId, String)> {
        all.iter().map(|x| (wrap(*x), label(*x).unwrap_or_default())).collect()
    }
    match stop {
        Stop::Terms => collect(Term::ALL, ItemId::Term, |x| c.term(x).map(|t| t.label.clone())),
        Stop::Formality => {
            collect(Formality::ALL, ItemId::Formality, |x| c.formality_option(x).map(|t| t.label.clone()))
        }
        Stop::Bases => collect(Basis::ALL, ItemId::Basis, |x| c.basis(x).map(|t| t.label.clone())),
        Stop::Roles => collect(Role::ALL, ItemId::Role, |x| c.role(x).map(|t| t.label.clone())),
        Stop::History => {
            collect(Milestone::ALL, ItemId::Milestone, |x| c.milestone(x).map(|t| t.title.clone()))
        }
        Stop::CaseStudy => Vec::new(),
    }
}

/// A stop's short label on the map.
pub fn stop_label(c: &Content, stop: Stop) -> String {
    match stop {
        Stop::Terms => c.terms.nav.clone(),
        Stop::Formality => c.formality.nav.clone(),
        Stop::Bases => c.bases.nav.clone(),
        Stop::Roles => c.roles.nav.clone(),
        Stop::History => c.history.nav.clone(),
        Stop::CaseStudy => c.case_study.nav.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{ContentError, Lang, EN_JSON};

    #[test]
    fn every_stop_sign_and_its_dots_fit_in_the_drawing() {
        for layout in Layout::ALL {
            let (w, h) = layout.size();
            for i in 0..Stop::ALL.len() {
                let (x, y) = stop_point(layout, Dir::Ltr, i);
                assert!(
                    x - STOP_R >= 0 && x + STOP_R <= w && y - STOP_R >= 0 && y + STOP_R <= h,
                    "{layout:?} stop {i}"
                );
                for (dx, dy) in dots_at(layout, Dir::Ltr, i, Term::ALL.len()) {
                    assert!(
                        dx - DOT_R_SELECTED >= 0 && dx + DOT_R_SELECTED <= w,
                        "{layout:?} stop {i} dot x {dx}"
                    );
                    assert!(
                        dy - DOT_R_SELECTED >= 0 && dy + DOT_R_SELECTED <= h,
                        "{layout:?} stop {i} dot y {dy}"
                    );
                }
            }
        }
    }

    #[test]
    fn the_stops_follow_each_other_along_the_road() {
        for i in 1..Stop::ALL.len() {
            assert!(stop_point(Layout::Wide, Dir::Ltr, i).0 > stop_point(Layout::Wide, Dir::Ltr, i - 1).0);
            assert!(stop_point(Layout::Tall, Dir::Ltr, i).1 > stop_point(Layout::Tall, Dir::Ltr, i - 1).1);
        }
    }

    #[test]
    fn the_road_runs_from_edge_to_edge_through_every_stop() {
        for layout in Layout::ALL {
            let d = road_path(layout, Dir::Ltr);
            let (w, h) = layout.size();
            assert_eq!(d.matches(" C").count(), Stop::ALL.len() - 1, "{d}");
            let (x0, y0) = stop_point(layout, Dir::Ltr, 0);
            let (xn, yn) = stop_point(layout, Dir::Ltr, Stop::ALL.len() - 1);
            match layout {
                Layout::Wide => {
                    assert!(d.starts_with(&format!("M0 {y0} L{x0} {y0}")), "{d}");
                    assert!(d.ends_with(&format!(" L{w} {yn}")), "{d}");
                }
                Layout::Tall => {
                    assert!(d.starts_with(&format!("M{x0} 0 L{x0} {y0}")), "{d}");
                    assert!(d.ends_with(&format!(" L{xn} {h}")), "{d}");
                }
            }
        }
    }

    #[test]
    fn right_to_left_the_drawing_is_mirrored_and_the_road_starts_on_the_right() {
        for layout in Layout::ALL {
            let (w, _) = layout.size();
            for i in 0..Stop::ALL.len() {
                let (x, y) = stop_point(layout, Dir::Ltr, i);
                assert_eq!(stop_point(layout, Dir::Rtl, i), (w - x, y), "{layout:?} stop {i}");
                let dots = dots_at(layout, Dir::Ltr, i, 3);
                let mirrored: Vec<(i32, i32)> = dots.iter().map(|(x, y)| (w - x, *y)).collect();
                assert_eq!(dots_at(layout, Dir::Rtl, i, 3), mirrored, "the first dot where reading starts");
                let (lx, ly, anchor) = label_at(layout, Dir::Ltr, i);
                assert_eq!(label_at(layout, Dir::Rtl, i), (w - lx, ly, anchor), "logical anchors stay");
                let (sx, sy, s_anchor) = selection_at(layout, Dir::Ltr, i);
                assert_eq!(selection_at(layout, Dir::Rtl, i), (w - sx, sy, s_anchor));
            }
        }
        // Stop 1 is right of stop 6 on the wide drawing; the road enters from the right edge.
        let (w, _) = Layout::Wide.size();
        assert!(stop_point(Layout::Wide, Dir::Rtl, 0).0 > stop_point(Layout::Wide, Dir::Rtl, 5).0);
        for i in 1..Stop::ALL.len() {
            assert!(stop_point(Layout::Wide, Dir::Rtl, i).0 < stop_point(Layout::Wide, Dir::Rtl, i - 1).0);
        }
        let d = road_path(Layout::Wide, Dir::Rtl);
        let (x0, y0) = stop_point(Layout::Wide, Dir::Rtl, 0);
        assert!(d.starts_with(&format!("M{w} {y0} L{x0} {y0}")), "{d}");
        assert!(d.ends_with(&format!(" L0 {}", stop_point(Layout::Wide, Dir::Rtl, 5).1)), "{d}");
        // The same curve: every x of the left-to-right path, mirrored.
        let xs = |d: &str| -> Vec<i32> {
            d.split(|c: char| c == ' ' || c.is_ascii_alphabetic())
                .filter_map(|n| n.parse().ok())
                .collect::<Vec<i32>>()
                .chunks(2)
                .map(|p| p[0])
                .collect()
        };
        let ltr: Vec<i32> = xs(&road_path(Layout::Wide, Dir::Ltr)).iter().map(|x| w - x).collect();
        assert_eq!(xs(&d), ltr);
    }

    #[test]
    fn dots_are_evenly_spaced_and_centred_on_the_wide_drawing() {
        let dots = dots_at(Layout::Wide, Dir::Ltr, 0, 3);
        let (x, _) = stop_point(Layout::Wide, Dir::Ltr, 0);
        assert_eq!(dots.len(), 3);
        assert_eq!(dots[1].0, x);
        assert_eq!(dots[1].0 - dots[0].0, dots[2].0 - dots[1].0);
        assert!(dots_at(Layout::Tall, Dir::Ltr, 2, 0).is_empty());
    }

    #[test]
    fn the_selected_name_wraps_on_the_tall_drawing_only() {
        let name = "Engaging peers to navigate services";
        assert_eq!(selection_lines(Layout::Wide, name), vec![name]);
        let lines = selection_lines(Layout::Tall, name);
        assert!(lines.len() > 1 && lines.iter().all(|l| l.chars().count() <= TALL_LINE_CHARS), "{lines:?}");
    }

    #[test]
    fn each_stop_shows_its_items_in_order_with_their_labels() -> Result<(), Vec<ContentError>> {
        let c = Content::parse(EN_JSON)?;
        assert_eq!(c.lang, Lang::en());
        let terms = stop_items(&c, Stop::Terms);
        assert_eq!(terms.len(), Term::ALL.len());
        assert_eq!(terms[0], (ItemId::Term(Term::PeerSupport), "Peer support".to_owned()));
        assert_eq!(stop_items(&c, Stop::Formality).len(), Formality::ALL.len());
        assert_eq!(stop_items(&c, Stop::Bases).len(), Basis::ALL.len());
        assert_eq!(stop_items(&c, Stop::Roles).len(), Role::ALL.len());
        assert_eq!(stop_items(&c, Stop::History).len(), Milestone::ALL.len());
        assert!(stop_items(&c, Stop::CaseStudy).is_empty());
        for stop in Stop::ALL {
            assert!(!stop_label(&c, stop).is_empty(), "{stop:?}");
            assert!(stop_items(&c, stop).iter().all(|(id, label)| id.stop() == stop && !label.is_empty()));
        }
        Ok(())
    }
}

//! Which item a reader opened before the script took over: the prerendered page's `<details>`
//! work natively, so a reader may open some before the app has hydrated them. The state has one
//! selection; the app adopts one of those and closes the others.

use crate::state::ItemId;

/// The item to select among those found open (`(data-item, holds focus)`, in document order):
/// the one holding focus (the reader's last click or key press, in browsers that focus a
/// clicked summary), else the last one; ids that name no item that opens are skipped.
pub fn adopted(open: &[(String, bool)]) -> Option<ItemId> {
    let items = || {
        open.iter()
            .filter_map(|(id, focused)| Some((ItemId::from_id(id)?, *focused)))
            .filter(|(item, _)| !matches!(item, ItemId::Milestone(_)))
    };
    items().find(|(_, focused)| *focused).or_else(|| items().next_back()).map(|(item, _)| item)
}

#[cfg(test)]
mod tests {
    use super::adopted;
    use crate::content::{Basis, Formality, Role};
    use crate::state::ItemId;

    fn open(list: &[(&str, bool)]) -> Vec<(String, bool)> {
        list.iter().map(|(id, f)| (id.to_string(), *f)).collect()
    }

    #[test]
    fn nothing_open_selects_nothing() {
        assert_eq!(adopted(&[]), None);
        assert_eq!(adopted(&open(&[("no-such-item", true), ("", false)])), None);
    }

    #[test]
    fn the_focused_one_wins_else_the_last() {
        let list = open(&[("formal", false), ("advocate", true), ("lived-experience", false)]);
        assert_eq!(adopted(&list), Some(ItemId::Role(Role::Advocate)));
        let list = open(&[("formal", false), ("lived-experience", false)]);
        assert_eq!(adopted(&list), Some(ItemId::Basis(Basis::LivedExperience)));
        assert_eq!(adopted(&open(&[("formal", false)])), Some(ItemId::Formality(Formality::Formal)));
    }

    #[test]
    fn milestones_and_unknown_ids_are_skipped() {
        let list = open(&[("formal", false), ("peer-led-groups", true), ("<script>", true)]);
        assert_eq!(adopted(&list), Some(ItemId::Formality(Formality::Formal)));
    }
}

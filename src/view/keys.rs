//! Keyboard navigation within a group of buttons (arrow keys, Home, End), in the reading
//! direction: in a right-to-left language the left arrow goes forward.

use crate::content::Dir;

/// Where an arrow key moves focus within a group of buttons, from `index` among `len`: the next
/// or previous one (wrapping around), the first or the last; `None` for any other key. `dir`:
/// the reading direction, which the left and right arrows follow (up and down do not change).
pub fn arrow_target(key: &str, index: usize, len: usize, dir: Dir) -> Option<usize> {
    let last = len.checked_sub(1)?;
    let (forward, back) = match dir {
        Dir::Ltr => ("ArrowRight", "ArrowLeft"),
        Dir::Rtl => ("ArrowLeft", "ArrowRight"),
    };
    match key {
        "ArrowDown" => Some(if index >= last { 0 } else { index + 1 }),
        "ArrowUp" => Some(if index == 0 { last } else { index - 1 }),
        k if k == forward => Some(if index >= last { 0 } else { index + 1 }),
        k if k == back => Some(if index == 0 { last } else { index - 1 }),
        "Home" => Some(0),
        "End" => Some(last),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::arrow_target;
    use crate::content::Dir;

    fn ltr(key: &str, index: usize, len: usize) -> Option<usize> {
        arrow_target(key, index, len, Dir::Ltr)
    }

    #[test]
    fn arrows_move_to_the_neighbour_and_wrap_around() {
        assert_eq!(ltr("ArrowRight", 0, 3), Some(1));
        assert_eq!(ltr("ArrowDown", 2, 3), Some(0));
        assert_eq!(ltr("ArrowLeft", 0, 3), Some(2));
        assert_eq!(ltr("ArrowUp", 2, 3), Some(1));
    }

    #[test]
    fn right_to_left_the_left_arrow_goes_forward() {
        assert_eq!(arrow_target("ArrowLeft", 0, 3, Dir::Rtl), Some(1));
        assert_eq!(arrow_target("ArrowLeft", 2, 3, Dir::Rtl), Some(0));
        assert_eq!(arrow_target("ArrowRight", 0, 3, Dir::Rtl), Some(2));
        assert_eq!(arrow_target("ArrowRight", 1, 3, Dir::Rtl), Some(0));
        assert_eq!(arrow_target("ArrowDown", 0, 3, Dir::Rtl), Some(1), "up and down do not mirror");
        assert_eq!(arrow_target("Home", 2, 3, Dir::Rtl), Some(0));
    }

    #[test]
    fn home_and_end_go_to_the_ends() {
        assert_eq!(ltr("Home", 2, 3), Some(0));
        assert_eq!(ltr("End", 0, 3), Some(2));
    }

    #[test]
    fn other_keys_and_empty_groups_do_nothing() {
        assert_eq!(ltr("Enter", 0, 3), None);
        assert_eq!(ltr("a", 1, 3), None);
        assert_eq!(ltr("ArrowRight", 0, 0), None);
        assert_eq!(ltr("ArrowRight", 0, 1), Some(0));
    }
}

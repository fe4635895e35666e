//! Keyboard navigation within a group of buttons (arrow keys, Home, End).

/// Where an arrow key moves focus within a group of buttons, from `index` among `len`: the next
/// or previous one (wrapping around), the first or the last; `None` for any other key.
pub fn arrow_target(key: &str, index: usize, len: usize) -> Option<usize> {
    let last = len.checked_sub(1)?;
    match key {
        "ArrowRight" | "ArrowDown" => Some(if index >= last { 0 } else { index + 1 }),
        "ArrowLeft" | "ArrowUp" => Some(if index == 0 { last } else { index - 1 }),
        "Home" => Some(0),
        "End" => Some(last),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::arrow_target;

    #[test]
    fn arrows_move_to_the_neighbour_and_wrap_around() {
        assert_eq!(arrow_target("ArrowRight", 0, 3), Some(1));
        assert_eq!(arrow_target("ArrowDown", 2, 3), Some(0));
        assert_eq!(arrow_target("ArrowLeft", 0, 3), Some(2));
        assert_eq!(arrow_target("ArrowUp", 2, 3), Some(1));
    }

    #[test]
    fn home_and_end_go_to_the_ends() {
        assert_eq!(arrow_target("Home", 2, 3), Some(0));
        assert_eq!(arrow_target("End", 0, 3), Some(2));
    }

    #[test]
    fn other_keys_and_empty_groups_do_nothing() {
        assert_eq!(arrow_target("Enter", 0, 3), None);
        assert_eq!(arrow_target("a", 1, 3), None);
        assert_eq!(arrow_target("ArrowRight", 0, 0), None);
        assert_eq!(arrow_target("ArrowRight", 0, 1), Some(0));
    }
}

//! Text wrapping for SVG, which has no line breaking of its own.

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

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn short_text_stays_on_one_line() {
        assert_eq!(wrap("Peer support", 22), vec!["Peer support"]);
    }

    #[test]
    fn long_text_breaks_at_spaces_within_the_limit() {
        let lines = wrap("Engaging peers to navigate services", 22);
        assert_eq!(lines, vec!["Engaging peers to", "navigate services"]);
        assert!(lines.iter().all(|l| l.chars().count() <= 22));
    }

    #[test]
    fn a_word_longer_than_the_limit_stays_whole() {
        assert_eq!(wrap("a extraordinarily b", 5), vec!["a", "extraordinarily", "b"]);
    }

    #[test]
    fn counts_characters_not_bytes_and_ignores_extra_spaces() {
        assert_eq!(wrap("  Mobilisation   citoyenne  ", 22), vec!["Mobilisation citoyenne"]);
        assert_eq!(wrap("éééé éééé", 9), vec!["éééé éééé"]);
        assert!(wrap("   ", 10).is_empty());
    }
}

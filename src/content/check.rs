//! The checks that typed content must pass, in one pass that reports every problem at once:
//! texts present, plain and not too long; links safe; language tags well formed; every id once;
//! the language switch leading to the other language, or an added language naming itself.
//!
//! The texts are found by walking the content with serde ([`super::texts`]): a field added to
//! the model is checked without being named here.

use super::error::ContentError;
use super::ids::{Lang, StableId};
use super::model::Content;
use super::walk::{texts, TextKind};

/// Longest text accepted in any field, in characters.
pub const MAX_TEXT_CHARS: usize = 2000;
/// How much of a hostile value an error message quotes, in characters.
pub const CLIP_VALUE_CHARS: usize = 80;
/// How much of a parser's message an error keeps, in characters.
pub const CLIP_MESSAGE_CHARS: usize = 300;

impl Content {
    /// Every problem in typed content, each with its JSON path (empty when the content is
    /// valid). [`Content::parse`] runs it on what it reads.
    pub fn validate(&self) -> Vec<ContentError> {
        let mut errors = Vec::new();
        for (path, kind, text) in texts(self) {
            match kind {
                TextKind::Text => check_text(&mut errors, path, &text),
                TextKind::Link if !is_safe_link(&text) => {
                    errors.push(ContentError::UnsafeLink { path, url: clip(&text) })
                }
                TextKind::LangTag if !is_lang_tag(&text) => {
                    errors.push(ContentError::BadLangTag { path, tag: clip(&text) })
                }
                TextKind::Link | TextKind::LangTag => {}
            }
        }
        let c = self;
        each_once(&mut errors, "$.terms.items", c.terms.items.iter().map(|i| i.id));
        each_once(&mut errors, "$.formality.options", c.formality.options.iter().map(|i| i.id));
        each_once(&mut errors, "$.bases.items", c.bases.items.iter().map(|i| i.id));
        each_once(&mut errors, "$.roles.items", c.roles.items.iter().map(|i| i.id));
        each_once(&mut errors, "$.history.milestones", c.history.milestones.iter().map(|i| i.id));
        each_once(&mut errors, "$.about.references", c.about.references.iter().map(|i| i.id));
        match c.lang.other() {
            // English and French: the two-language switch leads to the other one.
            Some(other) if c.ui.language_switch_lang != other => {
                let path = "$.ui.language_switch_lang".to_owned();
                let expected = if other == Lang::en() { "en" } else { "fr" };
                errors.push(ContentError::NotOtherLanguage { path, expected });
            }
            Some(_) => {}
            // An added language is always one of three or more: it is listed by its own name.
            None => {
                for (field, value) in [("language_name", &c.ui.language_name), ("languages", &c.ui.languages)]
                {
                    if value.is_none() {
                        errors.push(ContentError::MissingField { path: format!("$.ui.{field}") });
                    }
                }
            }
        }
        errors
    }

    /// Calls `f` with the JSON path and value of every text a reader sees.
    pub fn visit_texts(&self, f: &mut dyn FnMut(&str, &str)) {
        for (path, kind, text) in texts(self) {
            if kind == TextKind::Text {
                f(&path, &text);
            }
        }
    }
}

fn check_text(errors: &mut Vec<ContentError>, path: String, text: &str) {
    if text.chars().any(char::is_control) {
        errors.push(ContentError::ControlCharacter { path: path.clone() });
    }
    let chars = text.chars().count();
    if text.trim().is_empty() {
        errors.push(ContentError::EmptyText { path });
    } else if chars > MAX_TEXT_CHARS {
        errors.push(ContentError::TextTooLong { path, chars, max: MAX_TEXT_CHARS });
    }
}

/// Each id of `T` exactly once in `found`.
fn each_once<T: StableId>(
    errors: &mut Vec<ContentError>,
    path: &str,
    found: impl Iterator<Item = T> + Clone,
) {
    for id in T::ALL {
        let path = path.to_owned();
        match found.clone().filter(|f| f == id).count() {
            0 => errors.push(ContentError::MissingId { path, id: id.name() }),
            1 => {}
            _ => errors.push(ContentError::DuplicateId { path, id: id.name() }),
        }
    }
}

/// Links in content may only be `https:` (with a host) or `mailto:`, and hold no white space.
pub fn is_safe_link(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    // Bidi formatting characters could make the visible address read differently from the link.
    let bidi =
        |c: char| matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
    let has_space = url.chars().any(|c| c.is_whitespace() || c.is_control() || bidi(c));
    let https = lower
        .strip_prefix("https://")
        .is_some_and(|rest| rest.chars().next().is_some_and(|c| c.is_ascii_alphanumeric()));
    let mailto = lower.strip_prefix("mailto:").is_some_and(|rest| rest.contains('@'));
    !has_space && (https || mailto)
}

/// The pattern of [`is_safe_link`], for the JSON Schema (the schema cannot express the bidi rule).
pub const LINK_PATTERN: &str = "^(https://[A-Za-z0-9]|mailto:[^\\s]*@)[^\\s]*$";

/// A simplified BCP 47 check: a 2–3 letter language, then subtags of 1–8 letters or digits.
pub fn is_lang_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let primary_ok = parts
        .next()
        .is_some_and(|p| (2..=3).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphabetic()));
    primary_ok && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// The pattern of [`is_lang_tag`], for the JSON Schema.
pub const LANG_TAG_PATTERN: &str = "^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$";

/// Cuts a hostile value short before it goes into an error message or the console.
pub fn clip(s: &str) -> String {
    clip_to(s, CLIP_VALUE_CHARS)
}

/// Cuts a parser's message short (it may quote a hostile value).
pub(crate) fn clip_message(s: &str) -> String {
    clip_to(s, CLIP_MESSAGE_CHARS)
}

fn clip_to(s: &str, max: usize) -> String {
    if s.chars().count() > max {
        format!("{}…", s.chars().take(max).collect::<String>())
    } else {
        s.to_owned()
    }
}

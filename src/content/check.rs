//! The checks that typed content must pass, in one pass that reports every problem at once:
//! texts present, plain and not too long; links safe; language tags well formed; every id once;
//! the language switch leading to the other language.
//!
//! The texts are found by walking the content with serde ([`texts`]): a field added to the model
//! is checked without being named here.

use super::error::ContentError;
use super::ids::StableId;
use super::model::Content;
use serde::ser::{self, Impossible, Serialize, Serializer};
use std::fmt;

/// Longest text accepted in any field, in characters.
pub const MAX_TEXT_CHARS: usize = 2000;
/// How much of a hostile value an error message quotes, in characters.
pub const CLIP_VALUE_CHARS: usize = 80;
/// How much of a parser's message an error keeps, in characters.
pub const CLIP_MESSAGE_CHARS: usize = 300;

/// What a string of the content is, for the checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextKind {
    /// Text a reader sees.
    Text,
    /// A [`Link`]'s address.
    Link,
    /// A [`super::LangTag`].
    LangTag,
}

/// Every string of `content` with its JSON path and kind, in document order.
pub fn texts<T: Serialize>(content: &T) -> Vec<(String, TextKind, String)> {
    walk(content).found
}

/// The JSON path of every field `content` has or could have (optional fields left out
/// included) and of every list entry, sorted: any other path in a document is not content.
pub fn field_paths<T: Serialize>(content: &T) -> Vec<String> {
    let mut known = walk(content).known;
    known.sort_unstable();
    known
}

fn walk<T: Serialize>(content: &T) -> Walker {
    let mut walker =
        Walker { path: "$".to_owned(), kind: TextKind::Text, found: Vec::new(), known: Vec::new() };
    // Walking cannot fail: the walker's only error is never produced.
    let _ = content.serialize(&mut walker);
    walker
}

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
        if c.ui.language_switch_lang != c.lang.other() {
            let path = "$.ui.language_switch_lang".to_owned();
            errors.push(ContentError::NotOtherLanguage { path, expected: c.lang.other().as_str() });
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

/// A serde serializer that serializes nothing: it notes each string it is given with its JSON
/// path. `Link` and `LangTag` (newtype structs) mark their string's kind.
struct Walker {
    path: String,
    kind: TextKind,
    found: Vec<(String, TextKind, String)>,
    /// The path of every field (present or left out) and list entry: what content may hold.
    known: Vec<String>,
}

/// The walker's error: never produced (serde requires one).
#[derive(Debug)]
struct Never;

impl fmt::Display for Never {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("never")
    }
}
impl std::error::Error for Never {}
impl ser::Error for Never {
    fn custom<T: fmt::Display>(_: T) -> Self {
        Never
    }
}

/// A list or a struct being walked: remembers where its path ends and which index is next.
struct Compound<'a> {
    walker: &'a mut Walker,
    index: usize,
}

impl Compound<'_> {
    fn child<T: ?Sized + Serialize>(&mut self, segment: fmt::Arguments<'_>, value: &T) -> Result<(), Never> {
        let len = self.walker.path.len();
        fmt::write(&mut self.walker.path, segment).map_err(|_| Never)?;
        self.walker.known.push(self.walker.path.clone());
        let result = value.serialize(&mut *self.walker);
        self.walker.path.truncate(len);
        result
    }
    fn element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Never> {
        let i = self.index;
        self.index += 1;
        self.child(format_args!("[{i}]"), value)
    }
}

macro_rules! ignore {
    ($($method:ident($($t:ty),*)),+ $(,)?) => {
        $(fn $method(self, $(_: $t),*) -> Result<(), Never> { Ok(()) })+
    };
}

impl<'a> Serializer for &'a mut Walker {
    type Ok = ();
    type Error = Never;
    type SerializeSeq = Compound<'a>;
    type SerializeTuple = Compound<'a>;
    type SerializeTupleStruct = Compound<'a>;
    type SerializeTupleVariant = Impossible<(), Never>;
    type SerializeMap = Impossible<(), Never>;
    type SerializeStruct = Compound<'a>;
    type SerializeStructVariant = Impossible<(), Never>;

    ignore!(
        serialize_bool(bool),
        serialize_i8(i8),
        serialize_i16(i16),
        serialize_i32(i32),
        serialize_i64(i64),
        serialize_u8(u8),
        serialize_u16(u16),
        serialize_u32(u32),
        serialize_u64(u64),
        serialize_f32(f32),
        serialize_f64(f64),
        serialize_char(char),
        serialize_bytes(&[u8]),
        serialize_none(),
        serialize_unit(),
        serialize_unit_struct(&'static str),
        serialize_unit_variant(&'static str, u32, &'static str),
    );

    fn serialize_str(self, v: &str) -> Result<(), Never> {
        self.found.push((self.path.clone(), self.kind, v.to_owned()));
        Ok(())
    }
    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> Result<(), Never> {
        value.serialize(self)
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        name: &'static str,
        value: &T,
    ) -> Result<(), Never> {
        let outer = self.kind;
        self.kind = match name {
            "Link" => TextKind::Link,
            "LangTag" => TextKind::LangTag,
            _ => outer,
        };
        let result = value.serialize(&mut *self);
        self.kind = outer;
        result
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        value: &T,
    ) -> Result<(), Never> {
        value.serialize(self)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Compound<'a>, Never> {
        Ok(Compound { walker: self, index: 0 })
    }
    fn serialize_tuple(self, _: usize) -> Result<Compound<'a>, Never> {
        Ok(Compound { walker: self, index: 0 })
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Compound<'a>, Never> {
        Ok(Compound { walker: self, index: 0 })
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Never> {
        Err(Never)
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Never> {
        Err(Never)
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Compound<'a>, Never> {
        Ok(Compound { walker: self, index: 0 })
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Never> {
        Err(Never)
    }
}

impl ser::SerializeSeq for Compound<'_> {
    type Ok = ();
    type Error = Never;
    fn serialize_element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Never> {
        self.element(value)
    }
    fn end(self) -> Result<(), Never> {
        Ok(())
    }
}

impl ser::SerializeTuple for Compound<'_> {
    type Ok = ();
    type Error = Never;
    fn serialize_element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Never> {
        self.element(value)
    }
    fn end(self) -> Result<(), Never> {
        Ok(())
    }
}

impl ser::SerializeTupleStruct for Compound<'_> {
    type Ok = ();
    type Error = Never;
    fn serialize_field<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Never> {
        self.element(value)
    }
    fn end(self) -> Result<(), Never> {
        Ok(())
    }
}

impl ser::SerializeStruct for Compound<'_> {
    type Ok = ();
    type Error = Never;
    fn serialize_field<T: ?Sized + Serialize>(&mut self, key: &'static str, value: &T) -> Result<(), Never> {
        self.child(format_args!(".{key}"), value)
    }
    fn skip_field(&mut self, key: &'static str) -> Result<(), Never> {
        self.walker.known.push(format!("{}.{key}", self.walker.path));
        Ok(())
    }
    fn end(self) -> Result<(), Never> {
        Ok(())
    }
}

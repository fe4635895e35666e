//! A walk over content with serde: every string with its JSON path and what it is (a text, a
//! link, a language tag), and the path of every field content may have. The checks and the
//! browser's reader use it, so a field added to the model needs no code here.

use serde::ser::{self, Impossible, Serialize, Serializer};
use std::fmt;

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

/// The JSON path of every field `content` has or could have and of every list entry, in
/// document order (parents before their fields).
pub(crate) fn declared_paths<T: Serialize>(content: &T) -> Vec<String> {
    walk(content).known
}

fn walk<T: Serialize>(content: &T) -> Walker {
    let mut walker =
        Walker { path: "$".to_owned(), kind: TextKind::Text, found: Vec::new(), known: Vec::new() };
    // The walk stops early only at a shape the content model does not use (a map, an enum with
    // data): `walks_completely` and its test keep it that way.
    let _ = content.serialize(&mut walker);
    walker
}

/// Whether the walk reaches the end of `content`: false if the model ever gains a shape the
/// walker does not follow (a map, an enum with data), whose texts would then go unchecked. A
/// host test asserts it on the embedded content.
pub fn walks_completely<T: Serialize>(content: &T) -> bool {
    let mut walker =
        Walker { path: "$".to_owned(), kind: TextKind::Text, found: Vec::new(), known: Vec::new() };
    content.serialize(&mut walker).is_ok()
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
            "LangTag" | "Lang" => TextKind::LangTag,
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

/// Lists, fixed-length lists (tuples) and tuple structs are walked alike: entry by entry.
macro_rules! walk_entries {
    ($($trait:ident :: $method:ident),+) => {
        $(impl ser::$trait for Compound<'_> {
            type Ok = ();
            type Error = Never;
            fn $method<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Never> {
                self.element(value)
            }
            fn end(self) -> Result<(), Never> {
                Ok(())
            }
        })+
    };
}
walk_entries!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field
);

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

/// One step of a JSON path as the walk writes it: `.key` or `[index]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PathStep {
    Key(String),
    Index(usize),
}

/// Splits a path as the walk writes it (`$.about.references[0].url`) into steps; `None` for
/// anything else.
pub fn parse_path(path: &str) -> Option<Vec<PathStep>> {
    let mut rest = path.strip_prefix('$')?;
    let mut steps = Vec::new();
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            if end == 0 {
                return None;
            }
            steps.push(PathStep::Key(r[..end].to_owned()));
            rest = &r[end..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let end = r.find(']')?;
            steps.push(PathStep::Index(r[..end].parse().ok()?));
            rest = &r[end + 1..];
        } else {
            return None;
        }
    }
    Some(steps)
}

//! The document being edited, as a plain JSON tree: the editor must hold content the widget would
//! refuse (an empty text, a broken link, a language the model does not ship yet), so it cannot
//! hold it as typed [`Content`](crate::content::Content). The widget's own reader checks it.
//!
//! Objects keep their keys in order (the export reads like the embedded files). Reading goes
//! through serde (`serde_json` on the host, `JSON.parse` and `serde-wasm-bindgen` in the
//! browser), with a nesting limit, so hostile input costs little and never overflows the stack.

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use std::fmt::{self, Write as _};

/// Deepest nesting accepted when reading (the content model is five levels deep).
pub const MAX_DEPTH: usize = 32;

/// A JSON value.
#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<Json>),
    /// Keys in document order.
    Object(Vec<(String, Json)>),
}

/// One step of a JSON path, and the path's reader: the content model's (the walker writes the
/// paths, the browser's locator and the editor read them).
pub use crate::content::{parse_path, PathStep as Step};

impl Json {
    /// The value at `path`, if there is one.
    pub fn get(&self, path: &str) -> Option<&Json> {
        parse_path(path)?.iter().try_fold(self, |node, step| match (node, step) {
            (Json::Object(members), Step::Key(k)) => members.iter().find(|(key, _)| key == k).map(|(_, v)| v),
            (Json::Array(items), Step::Index(i)) => items.get(*i),
            _ => None,
        })
    }

    /// The string at `path`, if the value there is one.
    pub fn string(&self, path: &str) -> Option<&str> {
        match self.get(path)? {
            Json::String(s) => Some(s),
            _ => None,
        }
    }

    /// Puts `value` at `path`. The objects and lists on the way must exist; the last key is added
    /// to its object if missing. Returns whether the value was set.
    pub fn set(&mut self, path: &str, value: Json) -> bool {
        let Some(steps) = parse_path(path) else { return false };
        let Some((last, parents)) = steps.split_last() else {
            *self = value;
            return true;
        };
        let mut node = self;
        for step in parents {
            node = match (node, step) {
                (Json::Object(members), Step::Key(k)) => match members.iter_mut().find(|(key, _)| key == k) {
                    Some((_, v)) => v,
                    None => return false,
                },
                (Json::Array(items), Step::Index(i)) => match items.get_mut(*i) {
                    Some(v) => v,
                    None => return false,
                },
                _ => return false,
            };
        }
        match (node, last) {
            (Json::Object(members), Step::Key(k)) => {
                match members.iter_mut().find(|(key, _)| key == k) {
                    Some((_, v)) => *v = value,
                    None => members.push((k.clone(), value)),
                }
                true
            }
            (Json::Array(items), Step::Index(i)) => match items.get_mut(*i) {
                Some(v) => {
                    *v = value;
                    true
                }
                None => false,
            },
            _ => false,
        }
    }

    /// Removes the member at `path` (an object's key). Returns whether there was one.
    pub fn remove(&mut self, path: &str) -> bool {
        let Some(steps) = parse_path(path) else { return false };
        let Some((Step::Key(k), parents)) = steps.split_last() else { return false };
        let parent = parents.iter().try_fold(&mut *self, |node, step| match (node, step) {
            (Json::Object(members), Step::Key(k)) => {
                members.iter_mut().find(|(key, _)| key == k).map(|(_, v)| v)
            }
            (Json::Array(items), Step::Index(i)) => items.get_mut(*i),
            _ => None,
        });
        match parent {
            Some(Json::Object(members)) => {
                let before = members.len();
                members.retain(|(key, _)| key != k);
                members.len() != before
            }
            _ => false,
        }
    }

    /// Every string in the document with its path, in document order (object keys as the
    /// widget's paths write them).
    pub fn strings(&self) -> Vec<(String, &str)> {
        let mut out = Vec::new();
        self.collect_strings(&mut "$".to_owned(), &mut out);
        out
    }

    fn collect_strings<'a>(&'a self, path: &mut String, out: &mut Vec<(String, &'a str)>) {
        let len = path.len();
        match self {
            Json::String(s) => out.push((path.clone(), s)),
            Json::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    let _ = write!(path, "[{i}]");
                    item.collect_strings(path, out);
                    path.truncate(len);
                }
            }
            Json::Object(members) => {
                for (key, value) in members {
                    path.push('.');
                    path.push_str(key);
                    value.collect_strings(path, out);
                    path.truncate(len);
                }
            }
            Json::Null | Json::Bool(_) | Json::Number(_) => {}
        }
    }

    /// The document as compact JSON text.
    pub fn to_compact(&self) -> String {
        let mut out = String::new();
        self.write(&mut out, None, false);
        out
    }

    /// The document as JSON text indented by two spaces, as the embedded files are written.
    pub fn to_pretty(&self) -> String {
        let mut out = String::new();
        self.write(&mut out, Some(0), false);
        out.push('\n');
        out
    }

    /// Compact JSON text safe inside an HTML `<script>` element: every `<` is written `\u003c`,
    /// so no text of the document can close the element (`</script>`) or open a comment.
    pub fn to_script_data(&self) -> String {
        let mut out = String::new();
        self.write(&mut out, None, true);
        out
    }

    fn write(&self, out: &mut String, indent: Option<usize>, script: bool) {
        let newline = |out: &mut String, level: usize| {
            if indent.is_some() {
                out.push('\n');
                out.extend(std::iter::repeat_n(' ', level * 2));
            }
        };
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Json::Number(n) => write_number(out, *n),
            Json::String(s) => write_string(out, s, script),
            Json::Array(items) => {
                if items.is_empty() {
                    out.push_str("[]");
                    return;
                }
                let level = indent.map_or(0, |l| l + 1);
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    newline(out, level);
                    item.write(out, indent.map(|_| level), script);
                }
                newline(out, level.saturating_sub(1));
                out.push(']');
            }
            Json::Object(members) => {
                if members.is_empty() {
                    out.push_str("{}");
                    return;
                }
                let level = indent.map_or(0, |l| l + 1);
                out.push('{');
                for (i, (key, value)) in members.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    newline(out, level);
                    write_string(out, key, script);
                    out.push_str(if indent.is_some() { ": " } else { ":" });
                    value.write(out, indent.map(|_| level), script);
                }
                newline(out, level.saturating_sub(1));
                out.push('}');
            }
        }
    }
}

/// Integers as integers (`2024`, not `2024.0`); anything JSON cannot hold as `null`.
fn write_number(out: &mut String, n: f64) {
    /// Largest integer a double holds exactly (2^53).
    const EXACT: f64 = 9_007_199_254_740_992.0;
    if !n.is_finite() {
        out.push_str("null");
    } else if n.fract() == 0.0 && n.abs() < EXACT {
        let _ = write!(out, "{}", n as i64);
    } else {
        let _ = write!(out, "{n}");
    }
}

fn write_string(out: &mut String, s: &str, script: bool) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '<' if script => out.push_str("\\u003c"),
            // U+2028 and U+2029 end a line in older JavaScript; escaped, they read the same.
            c if c.is_control() || c == '\u{2028}' || c == '\u{2029}' => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

impl<'de> de::Deserialize<'de> for Json {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Json, D::Error> {
        Depth(0).deserialize(deserializer)
    }
}

/// Reads one value at a nesting depth, refusing to go deeper than [`MAX_DEPTH`].
#[derive(Clone, Copy)]
struct Depth(usize);

impl<'de> DeserializeSeed<'de> for Depth {
    type Value = Json;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Json, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Depth {
    type Value = Json;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_unit<E: de::Error>(self) -> Result<Json, E> {
        Ok(Json::Null)
    }
    fn visit_none<E: de::Error>(self) -> Result<Json, E> {
        Ok(Json::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Json, D::Error> {
        self.deserialize(d)
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Json, E> {
        Ok(Json::Bool(v))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Json, E> {
        Ok(Json::Number(v as f64))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Json, E> {
        Ok(Json::Number(v as f64))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Json, E> {
        Ok(Json::Number(v))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Json, E> {
        Ok(Json::String(v.to_owned()))
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<Json, E> {
        Ok(Json::String(v))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Json, A::Error> {
        let inner = self.deeper()?;
        let mut items = Vec::new();
        while let Some(item) = seq.next_element_seed(inner)? {
            items.push(item);
        }
        Ok(Json::Array(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Json, A::Error> {
        let inner = self.deeper()?;
        let mut members: Vec<(String, Json)> = Vec::new();
        while let Some(key) = map.next_key::<String>()? {
            let value = map.next_value_seed(inner)?;
            // Of a key written twice, the last counts (as for JSON.parse).
            members.retain(|(k, _)| *k != key);
            members.push((key, value));
        }
        Ok(Json::Object(members))
    }
}

impl Depth {
    fn deeper<E: de::Error>(self) -> Result<Depth, E> {
        if self.0 >= MAX_DEPTH {
            Err(E::custom(format_args!("nested more than {MAX_DEPTH} levels deep")))
        } else {
            Ok(Depth(self.0 + 1))
        }
    }
}

/// Why text could not be read as JSON.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotJson(pub String);

/// Reads JSON text into a tree (the caller limits its size first).
pub fn parse(text: &str) -> Result<Json, NotJson> {
    read(text).map_err(|m| NotJson(crate::content::clip(&m)))
}

#[cfg(not(target_arch = "wasm32"))]
fn read(text: &str) -> Result<Json, String> {
    serde_json::from_str(text).map_err(|e| e.to_string())
}

#[cfg(target_arch = "wasm32")]
fn read(text: &str) -> Result<Json, String> {
    use wasm_bindgen::JsCast;
    let value = js_sys::JSON::parse(text).map_err(|e| {
        e.dyn_ref::<js_sys::Error>().map_or_else(|| "unreadable".to_owned(), |e| String::from(e.message()))
    })?;
    serde_wasm_bindgen::from_value(value).map_err(|e| e.to_string())
}

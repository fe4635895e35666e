//! Where a problem of shape is, when the reader does not say. serde-wasm-bindgen's errors carry
//! no path, and tracking one while reading (serde_path_to_error) would cost the WebAssembly
//! build about 6 KB brotli, on every first visit, for documents that are almost always valid.
//! So the browser reads without a path and, only when reading failed, looks for the place
//! whose shape differs from the embedded content's, of the kind serde's message names: the
//! structure that lacks the missing field, the value of the unknown id, the list of the wrong
//! length, the value of the wrong type.
//!
//! The walk is over any [`Tree`]: the browser's JavaScript value, or (for the host tests, which
//! compare it with serde_path_to_error's paths) a `serde_json::Value`.

use super::walk::{parse_path, PathStep};

/// A JSON-like value that can be looked into.
pub trait Tree: Sized {
    /// The member `name` of an object (not of a list).
    fn member(&self, name: &str) -> Option<Self>;
    /// The entry `index` of a list.
    fn entry(&self, index: u32) -> Option<Self>;
    fn is_object(&self) -> bool;
    fn list_len(&self) -> Option<u32>;
    fn as_text(&self) -> Option<String>;
    fn as_number(&self) -> Option<f64>;
}

/// The value at `path` in `root`, if it is there.
fn at<T: Tree + Clone>(root: &T, path: &str) -> Option<T> {
    let mut value = root.clone();
    for step in parse_path(path)? {
        value = match step {
            PathStep::Key(name) => value.member(&name)?,
            PathStep::Index(i) => value.entry(u32::try_from(i).ok()?)?,
        };
    }
    Some(value)
}

/// What a value is, as far as the content's shape goes (a list with its length).
#[derive(PartialEq)]
enum Kind {
    List(u32),
    Text,
    Object,
    Number,
    /// A boolean or null.
    Other,
}

fn kind<T: Tree>(value: &T) -> Kind {
    match (value.list_len(), value.as_text()) {
        (Some(n), _) => Kind::List(n),
        (None, Some(_)) => Kind::Text,
        _ if value.is_object() => Kind::Object,
        _ if value.as_number().is_some() => Kind::Number,
        _ => Kind::Other,
    }
}

/// The text between the first two backquotes of `message` after `prefix`.
fn quoted<'a>(message: &'a str, prefix: &str) -> Option<&'a str> {
    let rest = &message[message.find(prefix)? + prefix.len()..];
    rest.split('`').next()
}

/// The path (serde's form: `intro.title`, empty for the whole document) at which `message`, a
/// problem serde found reading `root`, applies. `template` is valid content as read from JSON
/// (the embedded content) and `paths` every path content may have (`walk::field_paths`): what
/// the template holds at a path is what is expected there.
pub fn locate<T: Tree + Clone>(root: &T, message: &str, template: &T, paths: &[String]) -> String {
    let found = if let Some(name) = quoted(message, "missing field `") {
        let suffix = format!(".{name}");
        paths.iter().filter_map(|p| p.strip_suffix(suffix.as_str())).find(|parent| {
            at(root, parent)
                .is_some_and(|v| v.is_object() && v.list_len().is_none() && v.member(name).is_none())
        })
    } else if let Some(id) = quoted(message, "unknown variant `") {
        paths
            .iter()
            .map(String::as_str)
            .find(|p| at(root, p).and_then(|v| v.as_text()).as_deref() == Some(id))
    } else if let Some(text) = message
        .split_once("invalid value: string \"")
        .and_then(|(_, rest)| rest.split_once("\", expected"))
        .map(|(text, _)| text)
    {
        // A text that is not what the field takes (a language tag): the leaf that holds it.
        paths
            .iter()
            .map(String::as_str)
            .find(|p| at(root, p).and_then(|v| v.as_text()).as_deref() == Some(text))
    } else if let Some(n) = quoted(message, "invalid value: integer `").and_then(|n| n.parse::<i64>().ok()) {
        // A number out of range (a year of 99999): the leaf that holds it. (An integer: parsing
        // a float would bring 12 KB of tables into the WebAssembly build.)
        paths.iter().map(String::as_str).find(|p| at(root, p).and_then(|v| v.as_number()) == Some(n as f64))
    } else {
        // A value of the wrong type or a list of the wrong length: the first whose kind (or
        // length) is not the template's.
        paths.iter().map(String::as_str).find(|p| {
            let (Some(v), Some(t)) = (at(root, p), at(template, p)) else { return false };
            kind(&v) != kind(&t)
        })
    };
    found.map_or_else(String::new, |p| p.trim_start_matches('$').trim_start_matches('.').to_owned())
}

#[cfg(not(target_arch = "wasm32"))]
impl Tree for serde_json::Value {
    fn member(&self, name: &str) -> Option<Self> {
        self.as_object()?.get(name).cloned()
    }
    fn entry(&self, index: u32) -> Option<Self> {
        self.as_array()?.get(usize::try_from(index).ok()?).cloned()
    }
    fn is_object(&self) -> bool {
        serde_json::Value::is_object(self) || self.is_array()
    }
    fn list_len(&self) -> Option<u32> {
        self.as_array().and_then(|a| u32::try_from(a.len()).ok())
    }
    fn as_text(&self) -> Option<String> {
        self.as_str().map(str::to_owned)
    }
    fn as_number(&self) -> Option<f64> {
        self.as_f64()
    }
}

#[cfg(target_arch = "wasm32")]
impl Tree for wasm_bindgen::JsValue {
    fn member(&self, name: &str) -> Option<Self> {
        if !wasm_bindgen::JsValue::is_object(self) || js_sys::Array::is_array(self) {
            return None;
        }
        let key = wasm_bindgen::JsValue::from_str(name);
        let object: &js_sys::Object = wasm_bindgen::JsCast::unchecked_ref(self);
        if !js_sys::Object::has_own(object, &key) {
            return None;
        }
        js_sys::Reflect::get(self, &key).ok().filter(|v| !v.is_undefined())
    }
    fn entry(&self, index: u32) -> Option<Self> {
        let array: &js_sys::Array = wasm_bindgen::JsCast::dyn_ref(self)?;
        (index < array.length()).then(|| array.get(index))
    }
    fn is_object(&self) -> bool {
        wasm_bindgen::JsValue::is_object(self)
    }
    fn list_len(&self) -> Option<u32> {
        wasm_bindgen::JsCast::dyn_ref::<js_sys::Array>(self).map(js_sys::Array::length)
    }
    fn as_text(&self) -> Option<String> {
        self.as_string()
    }
    fn as_number(&self) -> Option<f64> {
        self.as_f64()
    }
}

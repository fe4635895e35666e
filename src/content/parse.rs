//! Reading content: JSON text or a JavaScript object into [`Content`], then the checks of
//! [`super::check`]. Every problem comes back as a [`ContentError`] with its JSON path; nothing
//! here panics on input.
//!
//! Two readers, one model:
//! - in the browser, JSON text is parsed by the browser (`JSON.parse`) and turned into types by
//!   `serde-wasm-bindgen`, the boundary for every JavaScript value (custom content given as an
//!   object takes the same road);
//! - on the host (tests, tools, fuzzing), `serde_json` reads the text.
//!
//! Serde stops at the first problem of shape (a wrong type, a missing field, a wrong count);
//! the checks then report every problem of the content at once.

use super::error::ContentError;
use super::model::Content;

/// Largest JSON document accepted, in bytes: the embedded content is about 12 KB.
pub const MAX_CONTENT_BYTES: usize = 1024 * 1024;

impl Content {
    /// Parses and validates one language's content from JSON text. Every problem found is
    /// returned, each with its JSON path.
    pub fn parse(json: &str) -> Result<Content, Vec<ContentError>> {
        if json.len() > MAX_CONTENT_BYTES {
            return Err(vec![ContentError::TooLarge { size: json.len(), max: MAX_CONTENT_BYTES }]);
        }
        read_text(json).and_then(checked).map_err(capped)
    }

    /// The content as JSON text (the form [`Content::parse`] reads), for tools and tests.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// At most this many problems are listed; the rest are counted (1 MB of content could otherwise
/// fill the console with hundreds of thousands of lines).
pub const MAX_REPORTED_ERRORS: usize = 50;

/// `errors`, the first [`MAX_REPORTED_ERRORS`] of them and a count of the rest.
fn capped(mut errors: Vec<ContentError>) -> Vec<ContentError> {
    if errors.len() > MAX_REPORTED_ERRORS {
        let more = errors.len() - MAX_REPORTED_ERRORS;
        errors.truncate(MAX_REPORTED_ERRORS);
        errors.push(ContentError::More { count: more });
    }
    errors
}

/// `content` if it passes the checks, else every problem they found.
fn checked(content: Content) -> Result<Content, Vec<ContentError>> {
    let errors = content.validate();
    if errors.is_empty() {
        Ok(content)
    } else {
        Err(errors)
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn read_text(json: &str) -> Result<Content, Vec<ContentError>> {
    use serde_json::error::Category;
    let mut de = serde_json::Deserializer::from_str(json);
    let read = serde_path_to_error::deserialize::<_, Content>(&mut de);
    let error = match read {
        Ok(content) => match de.end() {
            Ok(()) => return Ok(content),
            Err(e) => return Err(vec![ContentError::Syntax { message: e.to_string() }]),
        },
        Err(e) => e,
    };
    let inner = error.inner();
    Err(vec![match inner.classify() {
        Category::Syntax | Category::Eof | Category::Io => {
            ContentError::Syntax { message: inner.to_string() }
        }
        Category::Data => {
            // serde_json adds " at line L column C"; the path says where already.
            let message = inner.to_string();
            let message = message.rsplit_once(" at line ").map_or(message.as_str(), |(m, _)| m);
            ContentError::from_serde(&error.path().to_string(), message)
        }
    }])
}

#[cfg(target_arch = "wasm32")]
pub use browser::content_from_js;
#[cfg(target_arch = "wasm32")]
use browser::read_text;

#[cfg(target_arch = "wasm32")]
mod browser {
    use super::{capped, checked, Content, ContentError};
    use crate::content::locate::locate;
    use crate::content::walk::field_paths;
    use wasm_bindgen::{JsCast, JsValue};

    /// Custom content given as a JavaScript object (the element's `content` property), read and
    /// checked like JSON text.
    pub fn content_from_js(value: &JsValue) -> Result<Content, Vec<ContentError>> {
        read_value(value).and_then(checked).map_err(capped)
    }

    pub(super) fn read_text(json: &str) -> Result<Content, Vec<ContentError>> {
        let value = js_sys::JSON::parse(json).map_err(|e| {
            let message = e
                .dyn_ref::<js_sys::Error>()
                .map_or_else(|| "unreadable".to_owned(), |e| String::from(e.message()));
            vec![ContentError::Syntax { message: crate::content::check::clip_message(&message) }]
        })?;
        read_value(&value)
    }

    fn read_value(value: &JsValue) -> Result<Content, Vec<ContentError>> {
        let content = deserialize(value).map_err(|message| {
            // serde-wasm-bindgen does not say where: found by comparing with the embedded
            // content (see `locate`), only now that something is wrong.
            let template = js_sys::JSON::parse(crate::content::EN_JSON).ok();
            let path = template
                .and_then(|t| Some((deserialize(&t).ok()?, t)))
                .map_or_else(String::new, |(c, t)| locate(value, &message, &t, &field_paths(&c)));
            vec![ContentError::from_serde(&path, &message)]
        })?;
        // serde-wasm-bindgen reads only the fields a struct declares, and only as many list
        // entries as a fixed-length list has: anything else in the object is found here.
        let known = field_paths(&content);
        let mut extra = Vec::new();
        unknown_paths(value, &mut "$".to_owned(), &known, &mut extra);
        if extra.is_empty() {
            Ok(content)
        } else {
            // Reported with every problem the checks find, as for content that reads cleanly.
            extra.extend(content.validate());
            Err(extra)
        }
    }

    /// `value` read into content, or serde-wasm-bindgen's message (without the "Error: " of a
    /// JavaScript Error's text).
    fn deserialize(value: &JsValue) -> Result<Content, String> {
        serde::Deserialize::deserialize(serde_wasm_bindgen::Deserializer::from(value.clone())).map_err(
            |e: serde_wasm_bindgen::Error| {
                let message = e.to_string();
                message.strip_prefix("Error: ").unwrap_or(&message).to_owned()
            },
        )
    }

    /// Every member of `value` (below `path`) whose path is not in `known`; descends only into
    /// known members, so hostile nesting under an unknown key costs nothing. A list is read only
    /// as far as its known entries: the first index beyond them reports the list's length, so a
    /// hostile length (`length = 2 ** 32 - 1`, nearly all holes) costs nothing either.
    fn unknown_paths(value: &JsValue, path: &mut String, known: &[String], out: &mut Vec<ContentError>) {
        let len = path.len();
        if let Some(array) = value.dyn_ref::<js_sys::Array>() {
            for i in 0..array.length() {
                path.push_str(&format!("[{i}]"));
                let is_known = known.binary_search(path).is_ok();
                if is_known {
                    unknown_paths(&array.get(i), path, known, out);
                }
                path.truncate(len);
                if !is_known {
                    out.push(ContentError::ExtraEntries { path: path.clone(), found: array.length() });
                    break;
                }
            }
        } else if value.is_object() {
            let object: &js_sys::Object = value.unchecked_ref();
            for entry in js_sys::Object::entries(object).iter() {
                let entry: js_sys::Array = entry.unchecked_into();
                let key = crate::content::clip(&entry.get(0).as_string().unwrap_or_default());
                // A key that spells a path ("a.b") is never a field of ours.
                let key = if key.contains(['.', '[']) { format!("\"{key}\"") } else { key };
                path.push_str(&format!(".{key}"));
                if known.binary_search(path).is_ok() {
                    unknown_paths(&entry.get(1), path, known, out);
                } else {
                    out.push(ContentError::UnknownField { path: path.clone() });
                }
                path.truncate(len);
            }
        }
    }
}

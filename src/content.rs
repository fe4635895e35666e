//! The content model of the roadmap: serde types for every section, the stable ids, parsing
//! and validation. No `web-sys` here: everything but the browser's JSON reader is tested on the
//! host.
//!
//! Content arrives as JSON (the embedded English and French files, or a partner's custom
//! content) or as a JavaScript object. [`Content::parse`] turns it into types or into a list of
//! [`ContentError`]s, each naming the JSON path of the problem; unknown fields are reported, not
//! dropped. Nothing in this module panics on input.
//!
//! - [`ids`](self::ids): the stable ids (`peer-support`, `formal`…), one enum per list;
//! - [`model`](self::model): the sections and their fields, each declared once;
//! - [`ui`](self::ui): the interface's labels;
//! - [`parse`](self::parse): JSON text or a JS object into types;
//! - [`check`](self::check): the checks typed content must pass, all reported at once;
//! - [`walk`](self::walk): every string and field of content, found with serde;
//! - [`locate`](self::locate): where a problem of shape is, when the browser's reader does not say;
//! - [`error`](self::error): what can be wrong, with where;
//! - [`catalog`](self::catalog): the embedded content of both languages, shared by instances;
//! - `schema` (host only): the published JSON Schema, generated from the types.

mod catalog;
mod check;
mod error;
mod ids;
pub mod locate;
mod model;
mod parse;
#[cfg(not(target_arch = "wasm32"))]
mod schema;
mod ui;
mod walk;

pub use catalog::{embedded_json, Catalog, EN_JSON, FR_JSON};
pub(crate) use check::clip_message;
pub use check::{clip, is_lang_tag, is_safe_link, LANG_TAG_PATTERN, LINK_PATTERN, MAX_TEXT_CHARS};
pub use error::ContentError;
pub use ids::{Basis, Formality, Lang, Milestone, ReferenceId, Role, Term};
pub use model::*;
#[cfg(target_arch = "wasm32")]
pub use parse::content_from_js;
pub use parse::MAX_CONTENT_BYTES;
#[cfg(not(target_arch = "wasm32"))]
pub use schema::json_schema;
pub use ui::Ui;
pub use walk::{field_paths, texts, walks_completely, TextKind};

/// Fills `{name}` placeholders in a UI template ("Step {current} of {total}").
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values.iter().fold(template.to_owned(), |text, (name, value)| text.replace(&format!("{{{name}}}"), value))
}

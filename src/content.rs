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
//! - `lang`: the language, a validated BCP 47 tag ([`Lang`]), and its direction ([`Dir`]);
//! - [`model`](self::model): the sections and their fields, each declared once;
//! - [`ui`](self::ui): the interface's labels;
//! - [`parse`](self::parse): JSON text or a JS object into types;
//! - [`check`](self::check): the checks typed content must pass, all reported at once;
//! - [`walk`](self::walk): every string and field of content, found with serde;
//! - [`locate`](self::locate): where a problem of shape is, when the browser's reader does not say;
//! - [`error`](self::error): what can be wrong, with where;
//! - [`catalog`](self::catalog): the languages of a roadmap (the two embedded ones, shared by
//!   instances, and those custom content adds);
//! - `schema` (host only): the published JSON Schema, generated from the types.

mod catalog;
mod check;
mod error;
mod ids;
mod lang;
pub mod locate;
mod model;
mod parse;
#[cfg(not(target_arch = "wasm32"))]
mod schema;
mod ui;
mod walk;

pub use catalog::{embedded_json, Catalog, LanguageName, EN_JSON, FR_JSON};
pub(crate) use check::clip_message;
pub use check::{clip, is_lang_tag, is_safe_link, LANG_TAG_PATTERN, LINK_PATTERN, MAX_TEXT_CHARS};
pub use error::ContentError;
pub use ids::{
    Basis, Dir, Formality, Lang, LangError, Milestone, ReferenceId, Role, Term, MAX_LANG_TAG_CHARS,
};
pub use model::*;
#[cfg(target_arch = "wasm32")]
pub use parse::content_from_js;
pub use parse::{missing_paths, required_paths, MAX_CONTENT_BYTES, OPTIONAL_FIELDS};
#[cfg(not(target_arch = "wasm32"))]
pub use schema::json_schema;
pub use ui::Ui;
pub use walk::{field_paths, parse_path, texts, walks_completely, PathStep, TextKind};

/// Fills `{name}` placeholders in a UI template ("Step {current} of {total}").
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values.iter().fold(template.to_owned(), |text, (name, value)| text.replace(&format!("{{{name}}}"), value))
}

//! The JSON Schema (draft 2020-12) of the content, generated from the model's types with
//! schemars, so the published `schema/content.schema.json` cannot drift from what the parser
//! accepts. Host only. Regenerate the file with `make schema`; a test fails when it is stale.

use super::check::{LANG_TAG_PATTERN, LINK_PATTERN, MAX_TEXT_CHARS};
use super::model::{Content, LangTag, Link};
use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use serde_json::{json, Value};
use std::borrow::Cow;

/// Links and language tags are strings of a given pattern.
macro_rules! pattern_schema {
    ($($type:ident: $description:literal, $pattern:expr;)+) => {
        $(impl JsonSchema for $type {
            fn schema_name() -> Cow<'static, str> {
                stringify!($type).into()
            }
            fn json_schema(_: &mut SchemaGenerator) -> Schema {
                json_schema!({ "description": $description, "type": "string", "pattern": $pattern })
            }
        })+
    };
}
pattern_schema! {
    Link: "An https: or mailto: address, without white space or bidi controls.", LINK_PATTERN;
    LangTag: "A BCP 47 language tag, such as en or fr-CA.", LANG_TAG_PATTERN;
}

/// `en` or `fr` in any case: the languages custom content replaces rather than adds.
const SHIPPED_LANG_PATTERN: &str = "^([Ee][Nn]|[Ff][Rr])$";

/// The schema as pretty-printed JSON, ending with a newline.
pub fn json_schema() -> String {
    let schema =
        schemars::generate::SchemaSettings::draft2020_12().into_generator().into_root_schema_for::<Content>();
    let mut value = schema.to_value();
    limit_texts(&mut value);
    if let Value::Object(root) = &mut value {
        root.insert("title".to_owned(), json!("Peer Roadmap content (one language)"));
        root.insert(
            "description".to_owned(),
            json!("Generated from the types in src/content/ (make schema). Ids must each appear exactly once; texts are plain text, never HTML. Content in en or fr replaces that shipped language; in any other language it is added to them and must name itself (ui.language_name, ui.languages)."),
        );
        // A language custom content adds is listed by its own name (see Content::validate).
        root.insert(
            "if".to_owned(),
            json!({ "properties": { "lang": { "pattern": SHIPPED_LANG_PATTERN } } }),
        );
        root.insert(
            "else".to_owned(),
            json!({ "properties": { "ui": { "required": ["language_name", "languages"] } } }),
        );
    }
    let mut text = serde_json::to_string_pretty(&value).unwrap_or_default();
    text.push('\n');
    text
}

/// Every plain string of the content is a text: not empty, at most [`MAX_TEXT_CHARS`].
fn limit_texts(value: &mut Value) {
    match value {
        Value::Object(map) => {
            let plain = map.get("type") == Some(&json!("string"))
                && !["enum", "pattern", "const"].iter().any(|k| map.contains_key(*k));
            if plain {
                map.insert("minLength".to_owned(), json!(1));
                map.insert("maxLength".to_owned(), json!(MAX_TEXT_CHARS));
            }
            map.values_mut().for_each(limit_texts);
        }
        Value::Array(list) => list.iter_mut().for_each(limit_texts),
        _ => {}
    }
}

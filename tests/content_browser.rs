//! The content reader the browser uses (`JSON.parse`, then serde-wasm-bindgen), in headless
//! Chromium: the same content and the same errors as on the host, and what serde-wasm-bindgen
//! alone would let through (unknown fields, extra list entries) is reported.
#![cfg(target_arch = "wasm32")]

use peer_roadmap::content::{content_from_js, Content, ContentError, Lang, EN_JSON, FR_JSON};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn errors(json: &str) -> Vec<String> {
    match Content::parse(json) {
        Ok(_) => Vec::new(),
        Err(errors) => errors.iter().map(ContentError::to_string).collect(),
    }
}

/// English with one edit made on the text (`from` must be there).
fn edited(from: &str, to: &str) -> String {
    assert!(EN_JSON.contains(from), "{from} is in the English content");
    EN_JSON.replacen(from, to, 1)
}

#[wasm_bindgen_test]
fn the_embedded_content_reads_in_the_browser() {
    let en = Content::parse(EN_JSON).expect("English");
    let fr = Content::parse(FR_JSON).expect("French");
    assert_eq!((&en.lang, &fr.lang), (&Lang::en(), &Lang::fr()));
    assert_eq!(en.intro.subtitle, "How to find our way around?");
    assert!(en.validate().is_empty() && fr.validate().is_empty());
}

#[wasm_bindgen_test]
fn unknown_fields_are_all_reported_with_their_paths() {
    let json = edited("\"intro\":{", "\"intro\":{\"onload\":\"x\",").replacen(
        "\"about\":{",
        "\"about\":{\"logo\":1,",
        1,
    );
    assert_eq!(errors(&json), ["$.intro.onload: unknown field", "$.about.logo: unknown field"]);
    let hostile = edited("\"intro\":{", "\"intro\":{\"a.b[0]\":1,");
    assert_eq!(errors(&hostile), ["$.intro.\"a.b[0]\": unknown field"]);
}

#[wasm_bindgen_test]
fn a_list_of_fixed_length_refuses_an_extra_entry() {
    let json = edited("\"learning_points\":[", "\"learning_points\":[\"one more\",");
    // The first three entries are read; the list's length is reported.
    assert_eq!(
        errors(&json),
        ["$.case_study.learning_points: 4 entries, more than this list holds (its length is fixed)"]
    );
}

#[wasm_bindgen_test]
fn problems_of_shape_and_syntax_say_where() {
    assert_eq!(
        errors(&edited("\"lang\":\"en\"", "\"lang\":\"e s\"")),
        ["$.lang: invalid value: string \"e s\", expected a BCP 47 language tag (en, fr, es, ar, fr-CA…)"]
    );
    let wrong = errors(&edited("\"subtitle\":\"How to find our way around?\"", "\"subtitle\":42"));
    assert_eq!(wrong, ["$.intro.subtitle: invalid type: floating point number, expected a string"]);
    let missing = EN_JSON.replacen("\"print\":\"Print\",", "", 1);
    assert_ne!(missing, EN_JSON);
    assert_eq!(errors(&missing), ["$.ui.print: required field is missing"]);
    // Every missing field is listed, not only the first serde meets.
    let two = missing.replacen("\"subtitle\":\"How to find our way around?\",", "", 1);
    assert_eq!(
        errors(&two),
        ["$.ui.print: required field is missing", "$.intro.subtitle: required field is missing"]
    );
    let syntax = errors("{\"lang\":");
    assert!(syntax.len() == 1 && syntax[0].starts_with("$: not valid JSON: "), "{syntax:?}");
    // serde-wasm-bindgen reads a list where an object belongs as an object without fields.
    let empty = errors("[]");
    assert_eq!((empty.len(), empty[0].as_str()), (10, "$.lang: required field is missing"), "{empty:?}");
    assert_eq!(errors("null"), ["$: invalid type: unit value, expected an object"]);
}

#[wasm_bindgen_test]
fn every_problem_the_checks_find_is_reported_at_once() {
    let json = edited("\"url\":\"https://doi.org/10.1111/hex.14034\"", "\"url\":\"javascript:alert(1)\"")
        .replacen("\"print\":\"Print\"", "\"print\":\" \"", 1);
    assert_eq!(
        errors(&json),
        [
            "$.ui.print: text is empty",
            "$.about.references[0].url: link \"javascript:alert(1)\" is not an https: or mailto: address",
        ]
    );
}

/// `JSON.parse` keeps the last of two equal keys (the host's serde_json reports them): the
/// content is read as the browser reads any JSON.
#[wasm_bindgen_test]
fn a_repeated_key_counts_once_its_last_value() {
    let json = edited("\"lang\":\"en\"", "\"lang\":\"fr\",\"lang\":\"en\"");
    assert_eq!(Content::parse(&json).map(|c| c.lang), Ok(Lang::en()));
}

#[wasm_bindgen_test]
fn a_javascript_object_is_read_and_checked_like_json_text() {
    let object = js_sys::JSON::parse(EN_JSON).expect("JSON");
    assert_eq!(content_from_js(&object), Content::parse(EN_JSON));
    let intro = js_sys::Reflect::get(&object, &"intro".into()).expect("intro");
    js_sys::Reflect::set(&intro, &"title".into(), &JsValue::from_str("")).expect("set");
    js_sys::Reflect::set(&intro, &"extra".into(), &JsValue::TRUE).expect("set");
    let shown: Vec<String> =
        content_from_js(&object).expect_err("invalid").iter().map(ContentError::to_string).collect();
    assert_eq!(
        shown,
        ["$.intro.extra: unknown field", "$.intro.title: text is empty"],
        "with every other problem"
    );
    for value in [JsValue::NULL, JsValue::UNDEFINED, JsValue::from_f64(1.0), JsValue::from_str("{}")] {
        assert!(content_from_js(&value).is_err());
    }
}

/// A hostile length (nearly all holes) is read only as far as the list's known entries: the
/// reader answers at once, with one problem, instead of visiting four billion indices.
#[wasm_bindgen_test]
fn a_hostile_list_length_costs_nothing() {
    let object = js_sys::JSON::parse(EN_JSON).expect("JSON");
    let intro = js_sys::Reflect::get(&object, &"intro".into()).expect("intro");
    let paragraphs = js_sys::Reflect::get(&intro, &"paragraphs".into()).expect("paragraphs");
    js_sys::Reflect::set(&paragraphs, &"length".into(), &JsValue::from_f64(4_294_967_295.0)).expect("length");
    let shown: Vec<String> =
        content_from_js(&object).expect_err("invalid").iter().map(ContentError::to_string).collect();
    assert_eq!(
        shown,
        ["$.intro.paragraphs: 4294967295 entries, more than this list holds (its length is fixed)"]
    );
}

#[wasm_bindgen_test]
fn a_flood_of_problems_is_listed_up_to_a_limit() {
    let keys: String = (0..200).map(|i| format!("\"x{i}\":1,")).collect();
    let json = edited("\"intro\":{", &format!("\"intro\":{{{keys}"));
    let shown = errors(&json);
    assert_eq!(shown.len(), 51);
    assert_eq!(shown[50], "… and 150 more problem(s)");
}

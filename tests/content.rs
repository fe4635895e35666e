//! Host tests of the content model: the embedded English and French content is complete,
//! traces to the seed, and the parser reports problems with their JSON path without panicking.
#![cfg(not(target_arch = "wasm32"))]

use peer_roadmap::content::*;
use proptest::prelude::*;
use std::rc::Rc;

/// The content files as translators edit them (the binary embeds them without indentation).
const EN_SOURCE: &str = include_str!("../src/content/en.json");
const FR_SOURCE: &str = include_str!("../src/content/fr.json");

fn en() -> Content {
    Content::parse(EN_JSON).unwrap_or_else(|e| panic!("English content invalid: {e:?}"))
}
fn fr() -> Content {
    Content::parse(FR_JSON).unwrap_or_else(|e| panic!("French content invalid: {e:?}"))
}

fn texts(c: &Content) -> Vec<(String, String)> {
    let mut out = Vec::new();
    c.visit_texts(&mut |p, t| out.push((p.to_owned(), t.to_owned())));
    out
}

/// Phrases of the infographic (seed 001) and the case study (seed 000), as written there. Where
/// the seed's text has an extraction slip ("gender gender", "ones' self", a stray full stop), the
/// phrase stops short of it.
const SEED_PHRASES: &[&str] = &[
    "The world of peers' engagement in care",
    "How to find our way around?",
    "Healthcare systems are increasingly interested in engaging peers, in Quebec, as elsewhere.",
    "Peers are people with significant life experiences, mobilizing their knowledge for the purpose of accompaniment and support.",
    "Today, a wide range of words are used to name them: peer support, peer helper, navigator, street worker, community health worker or self-help groups.",
    "How do we find our way around such terms?",
    "What differentiates them?",
    "And why use one rather than another?",
    "Build relationships",
    "Establish trusting, authentic and reciprocal relationships",
    "Provide emotional support",
    "Listening without judgment, highlighting individuals' strengths, empowering",
    "Navigate services",
    "Bridge to resources, offer administrative support, go to appointments",
    "Promote health",
    "Inform about disease and treatments",
    "provide tips to care for one",
    "Advocate",
    "Raise awareness about inequalities, educate on one's rights",
    "Peer-led support groups",
    "Since the 18th century, peers have been mobilizing to help each other and defend their rights, in Europe and North America, in the fields of mental health, addiction and poverty.",
    "Citizen mobilization in care",
    "At the beginning of the 20th century, notably in Asia, citizens were mobilized to screen for disease and provide care or medicines.",
    "Engaging peers to navigate services",
    "In 1990, in Harlem, New York, black women were hired to help reduce the barriers their community experienced in breast cancer screening and care.",
    "Informal",
    "Flexible, without",
    "Possible pressure on",
    "Intentional support, more or less formalized",
    "Formal",
    "May create unequal relations between peers",
    "On what basis do peers connect?",
    "Lived experience",
    "Having lived through hardships, such as homelessness or illness",
    "Supports mutual understanding",
    "Shared identities",
    "Sharing social identities, such as gender",
    "age or ethnicity",
    "Facilitates trust and recognition",
    "Embedded in the community",
    "Being part of a local community or neighborhood",
    "Provides an intimate outlook on local needs",
    "Canada Research Chair in Partnership with Patients and Communities",
    "This roadmap is the result of knowledge synthesis of international scientific literature, carried out with peers, researchers and practitioners.",
    "Engaging with peers to integrate community care: Knowledge synthesis and conceptual map",
    "Health Expectations",
    "https://doi.org/10.1111/hex.14034",
    "We would like to thank all the peers of the Circle who offered their advice on improving the roadmap, as well as Gwenvaël Ballu and Vera Granikov for their help in designing the infographic.",
    "Unité de soutien SSA du Québec",
    "Ministère de l'Économie et de l'Innovation",
    "Réseau résilience aîné.es Montréal",
    "a participatory research project examined the integration of a peer support worker in a primary and community care clinic that serves people experiencing homelessness in Montreal (Canada)",
    "even during a crisis, certain key steps cannot be skipped when the goal is a successful implementation",
    "research can be an external asset for clinical teams as they struggle to deliver care during periods of crisis",
    "crises can precipitate challenges but also particular opportunities for the implementation of peer support initiatives in homelessness",
    "International Journal of Integrated Care",
];

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ").replace(['“', '”'], "\"").to_lowercase()
}

#[test]
fn seed_phrases_are_in_the_seed_and_in_the_english_content() {
    let mut all = String::new();
    for (_, t) in texts(&en()) {
        all.push_str(&t);
        all.push('\n');
    }
    for r in &en().about.references {
        all.push_str(&r.url.0);
        all.push('\n');
    }
    let all = squash(&all);
    // The seeds sit beside the checkout (../shared), on every developer's machine and in CI: a
    // missing seed is a failure, not a skipped check.
    let seeds: String = ["001_f83278d44cb79093.txt", "000_7ba5744b4fe499b5.txt"]
        .iter()
        .map(|name| {
            let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/seeds/").to_owned() + name;
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e} (the seeds are needed)"))
        })
        .collect();
    let seeds = squash(&seeds);
    for phrase in SEED_PHRASES {
        let p = squash(phrase);
        assert!(all.contains(&p), "English content lacks the seed phrase {phrase:?}");
        assert!(seeds.contains(&p), "phrase {phrase:?} is not in the seed: it must trace to it");
    }
}

#[test]
fn both_languages_parse_and_have_every_id_once() {
    for c in [en(), fr()] {
        assert!(c.validate().is_empty());
        assert_eq!(c.terms.items.len(), Term::ALL.len());
        for t in Term::ALL {
            assert!(c.term(*t).is_some(), "{:?} lacks {t}", c.lang);
        }
        for f in Formality::ALL {
            let o = c.formality_option(*f).expect("formality option");
            assert_eq!(o.characteristics.len(), 3);
            assert_eq!(o.points_to_watch().count(), 1, "{f} names one point to watch");
        }
        for b in Basis::ALL {
            assert!(c.basis(*b).is_some());
        }
        for r in Role::ALL {
            assert!(c.role(*r).is_some());
        }
        for m in Milestone::ALL {
            assert!(c.milestone(*m).is_some());
        }
        for r in ReferenceId::ALL {
            assert!(c.reference(*r).is_some_and(|r| r.url.0.starts_with("https://doi.org/")));
        }
    }
    assert_eq!(en().lang, Lang::En);
    assert_eq!(fr().lang, Lang::Fr);
}

#[test]
fn french_is_complete_and_translated() {
    let (en, fr) = (texts(&en()), texts(&fr()));
    // Proper names, journal titles and a few words are the same in both languages.
    let same_ok = [
        "Conclusion",
        "Source",
        "Version {version}",
        "1990",
        "Harlem, New York",
        "Health Expectations",
        "International Journal of Integrated Care",
    ];
    for (path, e) in &en {
        if path.contains("references") || same_ok.contains(&e.as_str()) {
            continue;
        }
        let f = fr.iter().find(|(p, _)| p == path).map(|(_, f)| f);
        assert_ne!(Some(e), f, "{path} is not translated");
    }
    assert_eq!(self::fr().ui.language_switch, "English");
    assert_eq!(self::en().ui.language_switch, "Français");
}

#[test]
fn french_typography_uses_non_breaking_spaces() {
    for (path, t) in texts(&fr()) {
        assert!(!t.contains(" :"), "{path}: a plain space before a colon");
        assert!(!t.contains("« ") && !t.contains(" »"), "{path}: plain spaces inside guillemets");
        assert!(!t.contains(" ?") && !t.contains(" !"), "{path}: Québec usage has no space before ? or !");
    }
}

fn with(json: &str, edit: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut v: serde_json::Value = serde_json::from_str(json).expect("embedded JSON");
    edit(&mut v);
    v.to_string()
}

#[test]
fn a_wrong_type_is_reported_with_its_path() {
    let bad = with(EN_JSON, |v| v["roles"]["items"][2]["label"] = serde_json::json!(42));
    let errs = Content::parse(&bad).expect_err("invalid");
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert_eq!(errs[0].to_string(), "$.roles.items[2].label: invalid type: integer `42`, expected a string");
}

#[test]
fn a_missing_field_and_an_unknown_field_are_reported() {
    let bad = with(EN_JSON, |v| {
        v["bases"]["items"][0].as_object_mut().map(|o| o.remove("effect"));
    });
    let errs = Content::parse(&bad).expect_err("invalid");
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert_eq!(errs[0].to_string(), "$.bases.items[0].effect: required field is missing");

    let bad = with(EN_JSON, |v| v["intro"]["script"] = serde_json::json!("x"));
    let errs = Content::parse(&bad).expect_err("invalid");
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert_eq!(errs[0].to_string(), "$.intro.script: unknown field");
}

#[test]
fn every_validation_problem_is_listed() {
    let bad = with(EN_JSON, |v| {
        v["terms"]["items"][1]["id"] = serde_json::json!("peer-support");
        v["roles"]["items"][0]["description"] = serde_json::json!("  ");
        v["about"]["references"][0]["url"] = serde_json::json!("javascript:alert(1)");
        v["intro"]["title"] = serde_json::json!("a\u{0007}b");
    });
    let errs = Content::parse(&bad).expect_err("invalid");
    let shown: Vec<String> = errs.iter().map(|e| e.to_string()).collect();
    let expect = [
        "$.terms.items: id \"peer-support\" appears more than once",
        "$.terms.items: id \"peer-helper\" is missing",
        "$.roles.items[0].description: text is empty",
        "$.about.references[0].url: link \"javascript:alert(1)\" is not an https: or mailto: address",
        "$.intro.title: text contains a control character",
    ];
    for e in expect {
        assert!(shown.iter().any(|s| s == e), "missing {e:?} in {shown:#?}");
    }
}

/// Serde stops at the first problem of shape; each is reported with its exact path.
#[test]
fn each_problem_of_shape_is_reported_with_its_path() {
    type Edit = fn(&mut serde_json::Value);
    let cases: [(Edit, &str); 9] = [
        (|v| v["lang"] = serde_json::json!("es"), "$.lang: unknown variant `es`, expected `en` or `fr`"),
        (|v| v["ui"]["print"] = serde_json::json!(null), "$.ui.print: invalid type: null, expected a string"),
        (|v| v["terms"]["items"][0]["id"] = serde_json::json!("peer-mentor"), "$.terms.items[0].id: unknown variant `peer-mentor`, expected one of `peer-support`, `peer-helper`, `navigator`, `street-worker`, `community-health-worker`, `self-help-groups`"),
        (|v| v["roles"]["items"][1]["extra"] = serde_json::json!(1), "$.roles.items[1].extra: unknown field"),
        (|v| v["history"] = serde_json::json!([]), "$.history: invalid length 0, expected an object"),
        (|v| v["about"]["references"][0]["year"] = serde_json::json!(20.24), "$.about.references[0].year: invalid type: floating point `20.24`, expected u16"),
        (|v| v["about"]["references"][0]["year"] = serde_json::json!(99999), "$.about.references[0].year: invalid value: integer `99999`, expected u16"),
        (|v| v["formality"]["options"][0]["characteristics"][2]["watch"] = serde_json::json!("yes"), "$.formality.options[0].characteristics[2].watch: invalid type: string \"yes\", expected a boolean"),
        (|v| { v["case_study"]["learning_points"].as_array_mut().map(|l| l.pop()); }, "$.case_study.learning_points: invalid length 2, expected an array of length 3"),
    ];
    for (edit, expected) in cases {
        let errs = Content::parse(&with(EN_JSON, edit)).expect_err(expected);
        let shown: Vec<String> = errs.iter().map(|e| e.to_string()).collect();
        assert_eq!(shown, [expected]);
    }
    // One entry too many is as wrong as one too few.
    let bad = with(EN_JSON, |v| {
        v["intro"]["questions"].as_array_mut().into_iter().for_each(|l| l.push(serde_json::json!("?")))
    });
    assert!(Content::parse(&bad).is_err());
}

#[test]
fn syntax_errors_say_where() {
    let errs = Content::parse("{\n  \"lang\": \"en\",\n  oops\n}").expect_err("invalid");
    assert_eq!(errs[0].to_string(), "$: not valid JSON: key must be a string at line 3 column 3");
    for bad in
        ["", "{", "[1,]", "{\"lang\":}", "\"\\x\"", "\"\\ud800\"", "01", "1.", "-", "tru", "\"a\u{1}\""]
    {
        assert!(matches!(Content::parse(bad).expect_err(bad)[0], ContentError::Syntax { .. }), "{bad:?}");
    }
    let trailing = format!("{EN_JSON} x");
    assert!(matches!(&Content::parse(&trailing).expect_err("trailing")[..], [ContentError::Syntax { .. }]));
}

#[test]
fn duplicate_fields_are_reported() {
    let bad = EN_SOURCE.replacen("\"lang\": \"en\",", "\"lang\": \"en\", \"lang\": \"fr\",", 1);
    assert_ne!(bad, EN_SOURCE);
    let errs = Content::parse(&bad).expect_err("invalid");
    assert!(errs.iter().any(|e| e.to_string() == "$.lang: field appears more than once"), "{errs:?}");
}

#[test]
fn oversized_content_is_refused_before_parsing() {
    let big = format!("{{\"x\":\"{}\"}}", "a".repeat(MAX_CONTENT_BYTES));
    let errs = Content::parse(&big).expect_err("too large");
    assert!(matches!(errs[0], ContentError::TooLarge { .. }));
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert!(Content::parse(&deep).is_err());
}

#[test]
fn links_are_limited_to_https_and_mailto() {
    for ok in ["https://doi.org/10.1111/hex.14034", "mailto:info@example.org", "HTTPS://EXAMPLE.ORG"] {
        assert!(is_safe_link(ok), "{ok}");
    }
    for bad in [
        "http://example.org",
        "javascript:alert(1)",
        "data:text/html,x",
        "https://",
        "https:// x",
        "//example.org",
        "mailto:",
        " javascript:x",
        "vbscript:x",
    ] {
        assert!(!is_safe_link(bad), "{bad}");
    }
}

#[test]
fn lang_tags() {
    assert_eq!(Lang::from_tag("fr-CA"), Some(Lang::Fr));
    assert_eq!(Lang::from_tag("EN_us"), Some(Lang::En));
    assert_eq!(Lang::from_tag("de"), None);
    assert_eq!(Lang::from_tag(""), None);
    assert!(is_lang_tag("en") && is_lang_tag("fr-CA") && !is_lang_tag("e") && !is_lang_tag("en--x"));
}

#[test]
fn fill_replaces_placeholders() {
    assert_eq!(fill("Step {current} of {total}", &[("current", "2"), ("total", "3")]), "Step 2 of 3");
}

#[test]
fn the_embedded_json_is_the_source_without_indentation() {
    for (embedded, source) in [(EN_JSON, EN_SOURCE), (FR_JSON, FR_SOURCE)] {
        assert!(embedded.len() < source.len() * 9 / 10, "{} vs {} bytes", embedded.len(), source.len());
        assert!(!embedded.contains("\n  "));
        let a: serde_json::Value = serde_json::from_str(embedded).expect("embedded json");
        let b: serde_json::Value = serde_json::from_str(source).expect("source json");
        assert_eq!(a, b);
        assert_eq!(Content::parse(embedded), Content::parse(source));
    }
}

#[test]
fn catalog_gives_each_language() {
    for first in [Lang::En, Lang::Fr] {
        let c = Catalog::embedded(first).expect("embedded content");
        assert_eq!(c.get(Lang::En).lang, Lang::En);
        assert_eq!(c.get(Lang::Fr).lang, Lang::Fr);
        assert_eq!(*c.get(Lang::En), Content::parse(EN_JSON).expect("en"));
        assert_eq!(*c.get(Lang::Fr), Content::parse(FR_JSON).expect("fr"));
    }
}

#[test]
fn catalog_parses_the_other_language_only_when_asked_and_clones_share_it() {
    let c = Catalog::embedded(Lang::Fr).expect("embedded content");
    assert!(c.is_parsed(Lang::Fr));
    assert!(!c.is_parsed(Lang::En), "English is parsed only when first shown");
    let clone = c.clone();
    let en = c.get(Lang::En);
    assert!(clone.is_parsed(Lang::En), "a clone shares what the original parsed");
    assert!(Rc::ptr_eq(&en, &clone.get(Lang::En)), "parsed once");
}

#[test]
fn catalog_with_custom_content_replaces_only_its_language() {
    let builtin = Catalog::embedded(Lang::En).expect("embedded content");
    let mut custom = Content::parse(EN_JSON).expect("en");
    custom.intro.title = "A partner's roadmap".to_owned();
    let c = builtin.with_custom(custom);
    assert_eq!(c.get(Lang::En).intro.title, "A partner's roadmap");
    assert_ne!(builtin.get(Lang::En).intro.title, "A partner's roadmap", "the shared catalog is untouched");
    assert!(Rc::ptr_eq(&c.get(Lang::Fr), &builtin.get(Lang::Fr)), "the other language is still shared");

    // Custom content in the language not parsed first: the embedded one is never parsed.
    let builtin = Catalog::embedded(Lang::En).expect("embedded content");
    let c = builtin.with_custom(Content::parse(FR_JSON).expect("fr"));
    assert!(c.is_parsed(Lang::Fr));
    assert!(!builtin.is_parsed(Lang::Fr), "the embedded French is not parsed for custom French");
}

proptest! {
    // More cases than proptest's default 256: the parser is the front door for partner content.
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn arbitrary_text_never_panics(s in ".{0,400}") {
        let _ = Content::parse(&s);
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        let s = String::from_utf8_lossy(&bytes);
        let _ = Content::parse(&s);
    }

    #[test]
    fn mutated_content_never_panics(cut in 0..=EN_JSON.len(), insert in "[\\[\\]{}\",:0-9a-z\\\\]{0,3}") {
        let mut s: String = EN_JSON.to_owned();
        let at = (0..=cut.min(s.len())).rev().find(|i| s.is_char_boundary(*i)).unwrap_or(0);
        s.insert_str(at, &insert);
        let _ = Content::parse(&s);
    }
}

#[test]
fn valid_content_round_trips() {
    for c in [en(), fr()] {
        let json = c.to_json();
        assert_eq!(Content::parse(&json).expect("reparse"), c);
        let ours: serde_json::Value = serde_json::from_str(&json).expect("our writer writes JSON");
        let theirs: serde_json::Value =
            serde_json::from_str(if c.lang == Lang::En { EN_JSON } else { FR_JSON }).expect("json");
        assert_eq!(ours, theirs, "writing loses nothing");
    }
}

/// The published schema is generated from the types; CI fails when the checked-in copy is
/// stale (`make schema` rewrites it).
#[test]
fn published_json_schema_matches_the_code() {
    let generated = json_schema();
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/schema/content.schema.json");
    let published = std::fs::read_to_string(path).unwrap_or_default();
    assert!(published == generated, "schema/content.schema.json is stale: run make schema");
}

/// What the schema says agrees with the parser: the embedded content passes it, and edits the
/// parser refuses are refused by it too.
#[test]
fn the_schema_describes_the_content() {
    let schema: serde_json::Value = serde_json::from_str(&json_schema()).expect("the schema is JSON");
    let text = &schema["$defs"]["Intro"]["properties"]["title"];
    assert_eq!(
        (text["minLength"].as_u64(), text["maxLength"].as_u64()),
        (Some(1), Some(MAX_TEXT_CHARS as u64))
    );
    let terms = &schema["$defs"]["TermsSection"]["properties"]["items"];
    assert_eq!((terms["minItems"].as_u64(), terms["maxItems"].as_u64()), (Some(6), Some(6)));
    assert_eq!(schema["$defs"]["Link"]["pattern"], LINK_PATTERN);
    assert_eq!(
        schema["$defs"]["Content"]["additionalProperties"],
        serde_json::json!(null),
        "the root is inline"
    );
    assert_eq!(schema["additionalProperties"], false);
    // Every field of the embedded content is described, and every required field is present.
    fn check(root: &serde_json::Value, schema: &serde_json::Value, value: &serde_json::Value, path: &str) {
        if let Some(target) = schema.get("$ref").and_then(|r| r.as_str()) {
            let name = target.strip_prefix("#/$defs/").expect("a local $ref");
            return check(root, &root["$defs"][name], value, path);
        }
        if let Some(options) = schema.get("anyOf").and_then(|a| a.as_array()) {
            let option = options
                .iter()
                .find(|o| o.get("type") != Some(&serde_json::json!("null")))
                .expect("a non-null option");
            return check(root, option, value, path);
        }
        if let Some(props) = schema.get("properties").and_then(|p| p.as_object()) {
            let obj = value.as_object().unwrap_or_else(|| panic!("{path} should be an object"));
            for key in obj.keys() {
                assert!(props.contains_key(key), "{path}.{key} is not in the schema");
                check(root, &props[key], &obj[key], &format!("{path}.{key}"));
            }
            for req in schema["required"].as_array().expect("required") {
                assert!(obj.contains_key(req.as_str().expect("name")), "{path} lacks required {req}");
            }
        }
        if let (Some(items), Some(list)) = (schema.get("items"), value.as_array()) {
            for (i, v) in list.iter().enumerate() {
                check(root, items, v, &format!("{path}[{i}]"));
            }
        }
        if let Some(allowed) = schema.get("enum").and_then(|e| e.as_array()) {
            assert!(allowed.contains(value), "{path}: {value} is not one of {allowed:?}");
        }
    }
    for json in [EN_JSON, FR_JSON] {
        check(&schema, &schema, &serde_json::from_str(json).expect("json"), "$");
    }
}

/// The checks find texts by walking the content with serde: a shape the walker does not follow
/// (a map, an enum with data) would end the walk early and leave what follows unchecked.
#[test]
fn the_walk_reaches_the_end_of_the_content() {
    assert!(walks_completely(&en()) && walks_completely(&fr()));
    let mut map = std::collections::BTreeMap::new();
    map.insert("a", "b");
    assert!(!walks_completely(&map), "a map stops the walk: the check above can fail");
}

#[test]
fn the_walk_finds_every_field_with_its_kind() {
    let en = en();
    let found = peer_roadmap::content::texts(&en);
    let kind = |path: &str| found.iter().find(|f| f.0 == path).map(|f| f.1);
    assert_eq!(kind("$.intro.paragraphs[1]"), Some(TextKind::Text));
    assert_eq!(kind("$.about.references[1].url"), Some(TextKind::Link));
    assert_eq!(kind("$.lang"), None, "ids are not texts");
    let known = field_paths(&en);
    for path in [
        "$.about.references[0].title_lang",
        "$.formality.options[1].characteristics[2].watch",
        "$.ui.print",
        "$.history.milestones[2].text",
    ] {
        assert!(known.binary_search(&path.to_owned()).is_ok(), "{path} is a field content may have");
    }
    assert!(known.binary_search(&"$.intro.onload".to_owned()).is_err());
    assert!(known.binary_search(&"$.intro.questions[3]".to_owned()).is_err());
}

#[test]
fn the_language_switch_must_lead_to_the_other_language() {
    let bad = with(EN_JSON, |v| v["ui"]["language_switch_lang"] = serde_json::json!("en"));
    let errs = Content::parse(&bad).expect_err("invalid");
    assert_eq!(errs[0].to_string(), "$.ui.language_switch_lang: must be \"fr\", the other language");
}

#[test]
fn links_with_bidi_controls_are_refused() {
    for bad in
        ["https://example.org/\u{202E}gpj.exe", "https://\u{200F}example.org", "mailto:a@b\u{2066}.org"]
    {
        assert!(!is_safe_link(bad), "{bad:?}");
    }
}

/// Custom content written for an earlier release still loads: the two labels it had that are no
/// longer shown are accepted (and still checked as texts).
#[test]
fn older_custom_content_with_the_retired_labels_still_loads() {
    let old = with(EN_JSON, |v| {
        v["ui"]["selected"] = serde_json::json!("Selected");
        v["ui"]["close"] = serde_json::json!("Close details");
    });
    assert!(Content::parse(&old).is_ok());
    let without_version = with(EN_JSON, |v| {
        v["about"].as_object_mut().map(|a| a.remove("version"));
    });
    let parsed = Content::parse(&without_version).expect("content from before the version label");
    assert_eq!(parsed.about.version, "Version {version}");
    let blank = with(EN_JSON, |v| v["ui"]["close"] = serde_json::json!(" "));
    assert_eq!(
        Content::parse(&blank).expect_err("blank").iter().map(|e| e.to_string()).collect::<Vec<_>>(),
        ["$.ui.close: text is empty"]
    );
}

/// The browser reads without tracking paths (content/locate.rs finds the place afterwards): on
/// every kind of problem of shape, the place it finds is the one serde_path_to_error reports.
#[test]
fn the_browser_locator_finds_the_place_serde_path_to_error_reports() {
    use peer_roadmap::content::locate::locate;
    use serde_json::{json, Value};
    let en: Value = serde_json::from_str(peer_roadmap::content::EN_JSON).expect("English JSON");
    let paths = field_paths(&Content::parse(peer_roadmap::content::EN_JSON).expect("English content"));
    type Breaks = Box<dyn Fn(&mut Value)>;
    let cases: Vec<(&str, Breaks)> = vec![
        ("a text that is a number", Box::new(|v| v["terms"]["items"][2]["label"] = json!(3))),
        ("a missing field", Box::new(|v| drop(v["intro"].as_object_mut().map(|o| o.remove("title"))))),
        (
            "a deep missing field",
            Box::new(|v| drop(v["roles"]["items"][1].as_object_mut().map(|o| o.remove("description")))),
        ),
        ("an unknown id", Box::new(|v| v["bases"]["items"][1]["id"] = json!("bogus"))),
        ("a list too short", Box::new(|v| drop(v["intro"]["questions"].as_array_mut().map(|a| a.pop())))),
        ("a list that is a text", Box::new(|v| v["intro"]["paragraphs"] = json!("one"))),
        ("a section that is a list", Box::new(|v| v["about"] = json!([]))),
        ("a year that is a text", Box::new(|v| v["about"]["references"][0]["year"] = json!("2024"))),
        ("a year out of range", Box::new(|v| v["about"]["references"][1]["year"] = json!(99999))),
        ("an unknown language", Box::new(|v| v["lang"] = json!("xx"))),
        ("a whole document that is a text", Box::new(|v| *v = json!("roadmap"))),
    ];
    for (what, break_it) in cases {
        let mut doc = en.clone();
        break_it(&mut doc);
        let text = doc.to_string();
        let mut de = serde_json::Deserializer::from_str(&text);
        let error = serde_path_to_error::deserialize::<_, Content>(&mut de).expect_err(what);
        let message = error.inner().to_string();
        let message = message.rsplit_once(" at line ").map_or(message.as_str(), |(m, _)| m);
        let expected = error.path().to_string();
        let expected = if expected == "." { String::new() } else { expected };
        assert_eq!(locate(&doc, message, &en, &paths), expected, "{what}: {message}");
    }
}

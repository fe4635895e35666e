//! Host tests of languages beyond the two shipped ones (issue #15): custom content in any BCP 47
//! language added to English and French, refused with every missing path when incomplete,
//! reached by the reducer and by deep links, and right-to-left languages rendered mirrored.
#![cfg(not(target_arch = "wasm32"))]

use peer_roadmap::content::*;
use peer_roadmap::state::*;
use std::rc::Rc;

/// The example third language (examples/custom-content/es.json: the English text, marked as a
/// placeholder, not a translation).
const ES_JSON: &str = include_str!("../examples/custom-content/es.json");

fn lang(tag: &str) -> Lang {
    Lang::parse(tag).expect("a language tag")
}

fn with(json: &str, edit: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut v: serde_json::Value = serde_json::from_str(json).expect("JSON");
    edit(&mut v);
    v.to_string()
}

/// Arabic test content: the English content in `ar` with a few texts in Arabic script (the
/// words "test text", not a translation) and the language's own name.
fn arabic() -> Content {
    let json = with(EN_JSON, |v| {
        v["lang"] = "ar".into();
        v["ui"]["language_name"] = "العربية".into();
        v["ui"]["languages"] = "اللغات".into();
        v["intro"]["title"] = "نص تجريبي".into();
    });
    Content::parse(&json).expect("Arabic test content")
}

#[test]
fn the_spanish_example_is_valid_and_marked_as_a_placeholder() {
    let es = Content::parse(ES_JSON).expect("examples/custom-content/es.json");
    assert_eq!(es.lang, lang("es"));
    assert_eq!(es.ui.language_name.as_deref(), Some("Español"));
    assert!(es.intro.title.starts_with("[PLACEHOLDER — not a Spanish translation"), "{}", es.intro.title);
    // Apart from the marks, its texts are the English ones: nothing invented.
    let en = Content::parse(EN_JSON).expect("English");
    assert_eq!(es.terms, en.terms);
    assert_eq!(es.case_study, en.case_study);
    assert_eq!(es.about, en.about);
}

#[test]
fn custom_content_in_another_language_is_added_after_the_shipped_ones() {
    let builtin = Catalog::embedded(Lang::en()).expect("embedded");
    assert_eq!(builtin.languages(), [Lang::en(), Lang::fr()]);
    let es = Content::parse(ES_JSON).expect("Spanish");
    let c = builtin.with_custom(es).with_custom(arabic());
    assert_eq!(c.languages(), [Lang::en(), Lang::fr(), lang("es"), lang("ar")]);
    assert_eq!(builtin.languages().len(), 2, "the shared catalog is untouched");
    assert_eq!(c.get(&lang("es")).lang, lang("es"));
    assert!(Rc::ptr_eq(&c.get(&Lang::en()), &builtin.get(&Lang::en())), "English is still shared");
    // Custom English still replaces English; custom Spanish given again replaces Spanish.
    let custom_en = Content::parse(&with(EN_JSON, |v| v["intro"]["title"] = "Local".into())).expect("en");
    let again = Content::parse(&with(ES_JSON, |v| v["intro"]["title"] = "Otra".into())).expect("es");
    let c = c.with_custom(custom_en).with_custom(again);
    assert_eq!(c.languages().len(), 4);
    assert_eq!(c.get(&Lang::en()).intro.title, "Local");
    assert_eq!(c.get(&lang("es")).intro.title, "Otra");
    // Each language is named in itself, the shipped ones too.
    let names: Vec<String> = c.names().into_iter().map(|n| n.name).collect();
    assert_eq!(names, ["English", "Français", "Español", "العربية"]);
    let labels: Vec<String> = c.names().into_iter().map(|n| n.list_label).collect();
    assert_eq!(labels, ["Languages", "Langues", "Idiomas", "اللغات"]);
    assert_eq!(c.label(&lang("ar"), |ui| ui.languages.as_ref()), "اللغات");
    // A language the catalog lacks resolves to the closest one, or none.
    assert_eq!(c.resolve(&lang("es-MX")), Some(lang("es")));
    assert_eq!(c.resolve(&lang("fr-CA")), Some(Lang::fr()));
    assert_eq!(c.resolve(&lang("de")), None);
    assert_eq!(c.get(&lang("de")).lang, Lang::en(), "never a panic: the default content");
}

#[test]
fn older_english_and_french_custom_content_without_the_new_labels_still_loads() {
    let old = with(FR_JSON, |v| {
        let ui = v["ui"].as_object_mut().expect("ui");
        ui.remove("language_name");
        ui.remove("languages");
    });
    let custom = Content::parse(&old).expect("French content from before 0.3");
    let c = Catalog::embedded(Lang::fr()).expect("embedded").with_custom(custom).with_custom(arabic());
    assert_eq!(
        c.label(&Lang::fr(), |ui| ui.language_name.as_ref()),
        "Français",
        "the shipped name stands in"
    );
    assert_eq!(c.label(&Lang::fr(), |ui| ui.languages.as_ref()), "Langues");
}

#[test]
fn an_added_language_must_name_itself() {
    let nameless = with(ES_JSON, |v| {
        v["ui"].as_object_mut().expect("ui").remove("language_name");
        v["ui"].as_object_mut().expect("ui").remove("languages");
    });
    let shown: Vec<String> =
        Content::parse(&nameless).expect_err("refused").iter().map(|e| e.to_string()).collect();
    assert_eq!(
        shown,
        ["$.ui.language_name: required field is missing", "$.ui.languages: required field is missing"]
    );
}

#[test]
fn incomplete_content_is_refused_with_every_missing_path() {
    let incomplete = with(ES_JSON, |v| {
        v["intro"].as_object_mut().expect("intro").remove("subtitle");
        v["ui"].as_object_mut().expect("ui").remove("print");
        v["roles"]["items"][3].as_object_mut().expect("role").remove("description");
        v.as_object_mut().expect("root").remove("case_study");
        v["about"]["references"][1].as_object_mut().expect("reference").remove("page_url");
    });
    let shown: Vec<String> =
        Content::parse(&incomplete).expect_err("refused").iter().map(|e| e.to_string()).collect();
    assert_eq!(
        shown,
        [
            "$.ui.print: required field is missing",
            "$.intro.subtitle: required field is missing",
            "$.roles.items[3].description: required field is missing",
            "$.case_study: required field is missing",
        ],
        "every missing field, in document order; a missing section once; optional fields not"
    );
}

#[test]
fn missing_paths_lists_the_outermost_missing_path_only() {
    let required: Vec<String> =
        ["$.a", "$.a.b", "$.a.c", "$.d", "$.d[0]", "$.d[0].e", "$.dd"].map(String::from).into();
    let present = ["$.d", "$.d[0]"];
    let missing = missing_paths(&required, |p| present.contains(&p));
    assert_eq!(missing, ["$.a", "$.d[0].e", "$.dd"]);
    let all = required_paths();
    assert!(all.iter().any(|p| p == "$.history.milestones[2].place"));
    assert!(!all.iter().any(|p| p.ends_with(".watch") || p.ends_with(".language_name")), "optional fields");
}

/// The optional fields the reader forgives are exactly those the schema does not require.
#[test]
fn the_optional_fields_are_those_the_schema_does_not_require() {
    let schema: serde_json::Value = serde_json::from_str(&json_schema()).expect("schema");
    let mut optional = std::collections::BTreeSet::new();
    for def in schema["$defs"].as_object().expect("defs").values() {
        let Some(properties) = def["properties"].as_object() else { continue };
        let required: Vec<&str> = def["required"]
            .as_array()
            .map(|r| r.iter().filter_map(|x| x.as_str()).collect())
            .unwrap_or_default();
        optional.extend(properties.keys().filter(|k| !required.contains(&k.as_str())).cloned());
    }
    let listed: std::collections::BTreeSet<String> = OPTIONAL_FIELDS.iter().map(|s| s.to_string()).collect();
    assert_eq!(optional, listed);
    assert_eq!(schema["$defs"]["Lang"]["pattern"], LANG_TAG_PATTERN, "the schema admits any language tag");
}

#[test]
fn the_reducer_sets_any_language_and_the_toggle_stays_for_two() {
    let s = RoadmapState::new(Lang::en()).apply(Action::Select(ItemId::Term(Term::Navigator)));
    let es = s.apply(Action::SetLang(lang("es")));
    assert_eq!(es.lang, lang("es"));
    assert_eq!(es.selection, s.selection, "the rest of the state is kept");
    assert_eq!(es.apply(Action::ToggleLang).lang, lang("es"), "no other language to toggle to");
    assert_eq!(s.apply(Action::ToggleLang).lang, Lang::fr());
    assert_eq!(es.to_hash(), "lang=es&item=navigator");
    assert_eq!(es.apply(Action::Reset(lang("ar"))), RoadmapState::new(lang("ar")));
}

#[test]
fn a_deep_link_asks_for_any_language_and_gets_one_the_roadmap_has() {
    let available = [Lang::en(), Lang::fr(), lang("es")];
    let req = HashRequest::parse("#lang=es&item=advocate");
    assert_eq!(req.lang, Some(lang("es")));
    let req = req.within(&available);
    assert!(req.errors.is_empty());
    let s = req.apply_to(&RoadmapState::new(Lang::en()));
    assert_eq!((s.lang, s.selection), (lang("es"), Some(ItemId::Role(Role::Advocate))));
    assert_eq!(HashRequest::parse("#lang=ES-mx").within(&available).lang, Some(lang("es")), "the closest");
    // A language the roadmap does not have: ignored (the state keeps its own) and reported.
    let req = HashRequest::parse("#lang=de&item=advocate").within(&available);
    assert_eq!(req.lang, None);
    assert_eq!(req.selection, Some(ItemId::Role(Role::Advocate)), "the rest of the link is followed");
    assert_eq!(
        req.errors[0].to_string(),
        "\"de\" is not a valid value for \"lang\": this roadmap is in en, fr, es"
    );
    assert_eq!(req.apply_to(&RoadmapState::new(Lang::fr())).lang, Lang::fr());
}

fn render(catalog: Catalog, lang: Lang) -> String {
    // As the build prerenders the embed, with this catalog.
    peer_roadmap::prerender::render(Rc::new(catalog), lang, peer_roadmap::prerender::Target::Embed)
}

#[test]
fn with_more_than_two_languages_the_switch_lists_them_by_their_own_names() {
    let es = Content::parse(ES_JSON).expect("Spanish");
    let c = Catalog::embedded(Lang::en()).expect("embedded").with_custom(es).with_custom(arabic());
    let html = render(c, lang("es"));
    assert!(html.contains(r#"<article lang="es" dir="ltr""#), "{}", &html[..300]);
    for (tag, name, dir) in [
        ("en", "English", "ltr"),
        ("fr", "Français", "ltr"),
        ("es", "Español", "ltr"),
        ("ar", "العربية", "rtl"),
    ] {
        let link = format!(r##"href="#lang={tag}" hreflang="{tag}" lang="{tag}" dir="{dir}""##);
        assert!(html.contains(&link), "{link} in the list");
        assert!(html.contains(&format!(">{name}</a>")), "{name}");
    }
    assert!(html.contains(r#"aria-label="Idiomas""#), "the list is named in the current language");
    assert!(html.contains(r#"aria-current="true">Español"#), "the current language is marked");
    assert!(!html.contains("pr-lang-switch"), "no two-language toggle");
    // With two languages, the Canadian toggle.
    let two = render(Catalog::embedded(Lang::en()).expect("embedded"), Lang::en());
    assert!(two.contains("pr-lang-switch") && !two.contains("pr-langs"));
}

#[test]
fn a_right_to_left_language_is_rendered_mirrored() {
    let c = Catalog::embedded(Lang::en()).expect("embedded").with_custom(arabic());
    let html = render(c, lang("ar"));
    assert!(html.contains(r#"lang="ar" dir="rtl""#), "dir on the widget's root");
    assert!(html.contains("نص تجريبي"));
    // The wide road enters from the right edge (x = 1200), where stop 1 is.
    assert!(html.contains(r#"d="M1200 165 L1100 165"#), "the road starts on the right");
    assert!(html.contains("→ </span>"), "previous points right, the way back in right-to-left");
    let en = render(Catalog::embedded(Lang::en()).expect("embedded"), Lang::en());
    assert!(en.contains(r#"lang="en" dir="ltr""#) && en.contains(r#"d="M0 165 L100 165"#));
}

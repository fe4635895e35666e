//! Host tests of the editor's pure core (`src/editor/`): the field list found by the walker,
//! edits by path checked by the widget's own reader, the export and import (round trip, bad
//! files), the snippet's escaping, the saved work, and the editor's words in both languages.
#![cfg(not(target_arch = "wasm32"))]

use peer_roadmap::content::{texts, Content, ContentError, TextKind, EN_JSON, FR_JSON, MAX_CONTENT_BYTES};
use peer_roadmap::editor::draft::{self, ImportError, Sources, LANG_PATH};
use peer_roadmap::editor::json::{self, Json, MAX_DEPTH};
use peer_roadmap::editor::state::{Action, EditorState, Notice};
use peer_roadmap::editor::strings;
use peer_roadmap::editor::view::field_id;
use std::rc::Rc;
use yew::Reducible;

fn sources() -> Rc<Sources> {
    Rc::new(Sources::embedded())
}

fn fresh(source: &str) -> Rc<EditorState> {
    Rc::new(EditorState::new(sources(), source, None))
}

fn edit(state: Rc<EditorState>, path: &str, value: &str) -> Rc<EditorState> {
    state.reduce(Action::Edit { path: path.to_owned(), value: value.to_owned() })
}

#[test]
fn both_embedded_languages_are_starting_points() {
    let sources = sources();
    let tags: Vec<&str> = sources.all().iter().map(|s| s.tag.as_str()).collect();
    assert_eq!(tags, ["en", "fr"]);
}

#[test]
fn every_text_link_and_language_tag_is_a_field_with_its_path_and_source() {
    let sources = sources();
    for source in sources.all() {
        let fields = draft::fields(&source.tree, source);
        let content = Content::parse(&source.tree.to_compact()).expect("embedded content is valid");
        let walked = texts(&content);
        // Every string the walker finds is a field, with its kind and its text as the source.
        for (path, kind, text) in &walked {
            let field =
                fields.iter().find(|f| &f.path == path).unwrap_or_else(|| panic!("{path} is not a field"));
            assert_eq!(field.kind, *kind, "{path}");
            assert_eq!(field.source.as_deref(), Some(text.as_str()), "{path}");
            assert_eq!(&field.value, text, "{path}");
        }
        // Nothing else (the document's language and the switch's target are language tags the
        // walker finds too), and the document's language comes first.
        let extra: Vec<&str> = fields
            .iter()
            .filter(|f| !f.optional && !walked.iter().any(|(p, _, _)| *p == f.path))
            .map(|f| f.path.as_str())
            .collect();
        assert_eq!(extra, Vec::<&str>::new(), "{}", source.tag);
        assert_eq!(fields[0].path, LANG_PATH);
        assert!(fields.iter().any(|f| f.path == "$.ui.language_switch_lang"));
        // No stable id is editable.
        assert!(fields.iter().all(|f| !f.path.ends_with(".id")));
        assert!(fields.len() > 100, "{} fields", fields.len());
    }
}

#[test]
fn a_fresh_start_is_valid_content_with_a_preview() {
    let state = fresh("fr");
    assert_eq!(state.source, "fr");
    assert_eq!(state.problems, []);
    assert_eq!(
        state.preview.as_ref().map(|c| c.intro.title.clone()),
        Content::parse(FR_JSON).ok().map(|c| c.intro.title)
    );
    assert!(state.is_untouched());
    let (same, total) = draft::untranslated(&state.fields());
    assert_eq!(same, total);
}

#[test]
fn an_unknown_starting_language_falls_back_to_the_first() {
    assert_eq!(fresh("xx").source, "en");
}

#[test]
fn an_edit_changes_the_document_and_the_preview() {
    let state = edit(fresh("en"), "$.intro.title", "El mundo del compromiso de los pares");
    assert_eq!(state.document.string("$.intro.title"), Some("El mundo del compromiso de los pares"));
    assert_eq!(state.problems, []);
    assert_eq!(
        state.preview.as_ref().map(|c| c.intro.title.as_str()),
        Some("El mundo del compromiso de los pares")
    );
    assert_eq!(state.revision, 1);
    assert!(!state.is_untouched());
    let (same, total) = draft::untranslated(&state.fields());
    assert_eq!(same + 1, total);
}

#[test]
fn an_edit_to_a_path_that_is_not_there_changes_nothing() {
    let state = fresh("en");
    let after = edit(state.clone(), "$.intro.nothing[3]", "x");
    assert!(Rc::ptr_eq(&state, &after));
}

#[test]
fn a_broken_link_is_reported_at_its_path_and_the_preview_keeps_the_last_valid_content() {
    let path = "$.about.references[0].url";
    let state = edit(fresh("en"), "$.intro.title", "Nuevo título");
    let state = edit(state, path, "javascript:alert(1)");
    assert_eq!(
        state.problems,
        [ContentError::UnsafeLink { path: path.to_owned(), url: "javascript:alert(1)".to_owned() }]
    );
    assert_eq!(state.problems[0].path(), path);
    assert_eq!(state.preview.as_ref().map(|c| c.intro.title.as_str()), Some("Nuevo título"));
    // The same message as the widget's.
    let widget = Content::parse(&state.document.to_compact()).unwrap_err();
    assert_eq!(widget, state.problems);
}

#[test]
fn an_empty_text_and_a_malformed_language_tag_are_problems_at_their_paths() {
    let state = edit(fresh("en"), "$.roles.items[2].description", " ");
    assert_eq!(state.problems, [ContentError::EmptyText { path: "$.roles.items[2].description".to_owned() }]);
    let state = edit(state, LANG_PATH, "not a tag");
    assert!(state
        .problems
        .iter()
        .any(|p| matches!(p, ContentError::BadLangTag { path, .. } if path == LANG_PATH)));
}

#[test]
fn the_target_language_is_a_field_of_the_document() {
    let state = edit(fresh("en"), LANG_PATH, "fr");
    assert_eq!(draft::target_lang(&state.document), "fr");
    // The model checks the switch leads to the other language, as for any custom content.
    assert_eq!(state.problems.iter().map(|p| p.path()).collect::<Vec<_>>(), ["$.ui.language_switch_lang"]);
    let state = edit(state, "$.ui.language_switch_lang", "en");
    assert_eq!(state.problems, []);
    assert_eq!(state.preview.as_ref().map(|c| c.lang.as_str()), Some("fr"));
}

#[test]
fn a_language_the_model_does_not_ship_yet_is_reported_with_the_widgets_message() {
    // Until the widget reads any BCP 47 tag, its reader refuses "es" at $.lang; the editor says so.
    let state = edit(fresh("en"), LANG_PATH, "es");
    let widget = Content::parse(&state.document.to_compact());
    match widget {
        Ok(_) => assert_eq!(state.problems, []),
        Err(errors) => assert_eq!(state.problems, errors),
    }
    assert_eq!(draft::file_name(&state.document), "peer-roadmap.es.json");
}

#[test]
fn export_then_import_gives_the_same_document() {
    let state = edit(fresh("fr"), "$.intro.title", "Título «\u{a0}con comillas\u{a0}» \"y\" \\ barra\nlínea");
    let state = edit(state, "$.about.references[1].url", "https://example.org/</script>");
    let exported = draft::export_json(&state.document);
    let back = draft::import(&exported, &state.sources).expect("the export imports");
    assert_eq!(back, state.document);
    // And the export is the widget's content, indented like the embedded files.
    assert!(exported.starts_with("{\n  \"lang\": \"fr\",\n  \"ui\": {\n"), "{}", &exported[..40]);
    let imported = state.reduce(Action::Import { file: "fr.json".to_owned(), text: exported });
    assert_eq!(imported.notice, Some(Notice::Imported { file: "fr.json".to_owned() }));
}

#[test]
fn the_embedded_files_import_as_they_are() {
    let sources = sources();
    for text in [EN_JSON, FR_JSON, include_str!("../src/content/fr.json")] {
        let doc = draft::import(text, &sources).expect("embedded content imports");
        assert_eq!(Content::parse(&doc.to_compact()), Content::parse(text));
    }
}

#[test]
fn the_snippet_cannot_close_its_script_and_reads_back_as_the_document() {
    let hostile = "</script><script>alert(1)</script><!-- & \u{2028}";
    let state = edit(fresh("en"), "$.intro.subtitle", hostile);
    let snippet = draft::snippet(&state.document);
    let open = "<script type=\"application/json\" id=\"peer-roadmap-en\">";
    assert!(snippet.starts_with(open), "{snippet}");
    let (data, rest) = snippet[open.len()..].split_once("</script>").expect("the script is closed");
    assert_eq!(rest, "\n<peer-roadmap lang=\"en\" content=\"peer-roadmap-en\"></peer-roadmap>\n");
    assert!(!data.contains('<'), "every < is escaped");
    assert!(data.contains("\\u003c/script>"));
    assert_eq!(json::parse(data).expect("the data is JSON"), state.document);
}

#[test]
fn the_snippet_and_the_file_name_never_carry_a_malformed_tag() {
    let state = edit(fresh("en"), LANG_PATH, "\"><img src=x onerror=alert(1)>");
    let snippet = draft::snippet(&state.document);
    assert!(
        snippet.ends_with("<peer-roadmap lang=\"custom\" content=\"peer-roadmap-custom\"></peer-roadmap>\n")
    );
    assert!(!snippet.contains("<img"));
    assert_eq!(draft::file_name(&state.document), "peer-roadmap.custom.json");
}

/// A bad file: its name, its text, and what the refusal must be.
type BadImport = (&'static str, String, fn(&ImportError) -> bool);

fn import_error(text: &str) -> ImportError {
    draft::import(text, &sources()).expect_err("refused")
}

#[test]
fn bad_imports_are_refused_with_a_reason_and_lose_nothing() {
    let typed = edit(fresh("en"), "$.intro.title", "Mi trabajo");
    let cases: Vec<BadImport> = vec![
        ("not json", "this is not JSON {".to_owned(), |e| matches!(e, ImportError::NotJson(_))),
        ("empty", String::new(), |e| matches!(e, ImportError::NotJson(_))),
        ("a list", "[1, 2, 3]".to_owned(), |e| *e == ImportError::NotAnObject),
        ("a string", "\"roadmap\"".to_owned(), |e| *e == ImportError::NotAnObject),
        (
            "wrong shape",
            "{\"lang\": \"es\", \"ui\": 3}".to_owned(),
            |e| matches!(e, ImportError::Missing { paths, more } if paths[0] == "$.ui.language_switch" && *more > 100),
        ),
        (
            "a number for a text",
            EN_JSON.replacen("\"Print\"", "42", 1),
            |e| matches!(e, ImportError::Missing { paths, more: 0 } if paths == &["$.ui.print".to_owned()]),
        ),
        (
            "ids swapped",
            EN_JSON.replacen("\"peer-support\"", "\"navigator\"", 1),
            |e| matches!(e, ImportError::WrongId { path, expected } if path == "$.terms.items[0].id" && expected == "peer-support"),
        ),
        ("too large", " ".repeat(MAX_CONTENT_BYTES + 1), |e| matches!(e, ImportError::TooLarge { .. })),
        ("nested deep", format!("{}{}", "[".repeat(100_000), "]".repeat(100_000)), |e| {
            matches!(e, ImportError::NotJson(_))
        }),
    ];
    for (name, text, expected) in cases {
        let error = import_error(&text);
        assert!(expected(&error), "{name}: {error:?}");
        let after = typed.clone().reduce(Action::Import { file: format!("{name}.json"), text });
        assert_eq!(after.document, typed.document, "{name}: the work is kept");
        assert_eq!(after.revision, typed.revision, "{name}: nothing to save");
        assert!(
            matches!(&after.notice, Some(Notice::ImportFailed { error: e, .. }) if *e == error),
            "{name}"
        );
    }
}

#[test]
fn a_file_over_the_limit_is_refused_before_it_is_read() {
    let ten_mb = 10 * 1024 * 1024;
    assert_eq!(
        draft::check_size(ten_mb),
        Err(ImportError::TooLarge { size: ten_mb, max: MAX_CONTENT_BYTES as u64 })
    );
    assert_eq!(draft::check_size(MAX_CONTENT_BYTES as u64), Ok(()));
}

#[test]
fn json_reading_is_bounded_in_depth_and_keeps_key_order() {
    let deep = format!("{}{}", "[".repeat(MAX_DEPTH + 2), "]".repeat(MAX_DEPTH + 2));
    assert!(json::parse(&deep).is_err());
    let ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
    assert!(json::parse(&ok).is_ok());
    let doc = json::parse(r#"{"b": 1, "a": [true, null, 2.5, "x"], "b": 2024}"#).expect("json");
    assert_eq!(doc.to_compact(), r#"{"a":[true,null,2.5,"x"],"b":2024}"#);
}

#[test]
fn paths_address_the_document_as_the_widget_writes_them() {
    let mut doc = json::parse(EN_JSON).expect("json");
    assert_eq!(doc.string("$.about.references[1].id"), Some("case-study"));
    assert!(doc.set("$.about.references[1].title", Json::String("T".to_owned())));
    assert_eq!(doc.string("$.about.references[1].title"), Some("T"));
    assert!(!doc.set("$.about.references[9].title", Json::Null));
    assert!(!doc.set("$.about..x", Json::Null));
    assert!(!doc.set("about", Json::Null));
    assert!(doc.remove("$.about.references[1].page_url"));
    assert_eq!(doc.get("$.about.references[1].page_url"), None);
    assert!(json::parse_path("$.a[x]").is_none());
}

#[test]
fn saved_work_comes_back_and_broken_saved_work_is_ignored() {
    let state = edit(fresh("fr"), "$.intro.title", "Mon travail");
    let saved = draft::save(&state.source, &state.document);
    let back = EditorState::new(sources(), "en", Some(&saved));
    assert_eq!(back.source, "fr");
    assert_eq!(back.document, state.document);
    assert_eq!(back.notice, Some(Notice::Restored));
    for broken in
        ["", "{", "[]", "{\"format\":\"other\"}", "{\"format\":\"peer-roadmap-editor/1\",\"document\":[]}"]
    {
        let state = EditorState::new(sources(), "en", Some(broken));
        assert_eq!(state.notice, Some(Notice::RestoreFailed), "{broken:?}");
        assert!(state.is_untouched(), "{broken:?}");
    }
}

#[test]
fn another_starting_language_keeps_the_work_or_starts_from_it_when_nothing_was_typed() {
    let state = fresh("en").reduce(Action::ChooseSource("fr".to_owned()));
    assert_eq!(state.source, "fr");
    assert!(state.is_untouched(), "an untouched document follows the source");
    let typed = edit(fresh("en"), "$.intro.title", "Mi título");
    let switched = typed.clone().reduce(Action::ChooseSource("fr".to_owned()));
    assert_eq!(switched.document, typed.document, "the work is kept");
    let title = switched.fields().into_iter().find(|f| f.path == "$.intro.title").expect("title");
    assert_eq!(title.source, Content::parse(FR_JSON).ok().map(|c| c.intro.title));
}

#[test]
fn discard_goes_back_to_the_original_texts() {
    let state = edit(fresh("en"), "$.intro.title", "");
    assert!(!state.problems.is_empty());
    let state = state.reduce(Action::Discard);
    assert!(state.is_untouched());
    assert_eq!(state.problems, []);
    assert_eq!(state.notice, Some(Notice::Discarded));
}

#[test]
fn the_saved_work_is_kept_under_the_editor_pages_own_key() {
    assert_eq!(
        draft::storage_key("/peer-roadmap/editor.html"),
        "peer-roadmap-editor:/peer-roadmap/editor.html"
    );
    assert_ne!(draft::storage_key("/a/editor.html"), draft::storage_key("/b/editor.html"));
}

#[test]
fn field_ids_are_element_ids_made_from_the_path() {
    assert_eq!(field_id("$.about.references[0].url"), "ed-f-about-references-0-url");
    assert_eq!(field_id("$.lang"), "ed-f-lang");
    assert_eq!(field_id("$.ui.language_switch_lang"), "ed-f-ui-language_switch_lang");
}

#[test]
fn the_editors_words_exist_in_english_and_french_and_name_every_section() {
    assert_eq!(strings::for_tag("fr-CA").lang, "fr");
    assert_eq!(strings::for_tag("FR").lang, "fr");
    assert_eq!(strings::for_tag("es").lang, "en");
    let doc = json::parse(EN_JSON).expect("json");
    let Json::Object(members) = &doc else { panic!("an object") };
    for ui in strings::ALL {
        assert_ne!(ui.switch_lang, ui.lang);
        assert_eq!(strings::for_tag(ui.switch_lang).switch_lang, ui.lang);
        for (key, _) in members {
            assert_ne!(ui.section(key), key.as_str(), "{}: no heading for {key}", ui.lang);
        }
        for source in sources().all() {
            assert_ne!(ui.language_name(&source.tag), source.tag);
        }
    }
    // French typography: a no-break space before a colon, none left ordinary.
    for text in [strings::FR.privacy, strings::FR.target_hint, strings::FR.import_missing] {
        assert!(!text.contains(" :"), "{text}");
    }
}

#[test]
fn an_optional_field_another_language_has_is_offered_empty_and_left_out_when_empty() {
    let path = "$.about.references[0].title_lang";
    let state = fresh("en");
    let field = state.fields().into_iter().find(|f| f.path == path).expect("offered from the French");
    assert_eq!(
        (field.kind, field.value.as_str(), field.source.as_deref(), field.optional),
        (TextKind::LangTag, "", None, true)
    );
    // Placed among its siblings, after the reference's other fields.
    let paths: Vec<String> = state.fields().into_iter().map(|f| f.path).collect();
    let at = paths.iter().position(|p| p == path).expect("listed");
    assert!(paths[at - 1].starts_with("$.about.references[0]."), "{:?}", &paths[at - 1..=at]);
    assert_eq!(state.document.get(path), None, "not in the document until written");
    let written = edit(state.clone(), path, "en");
    assert_eq!(written.document.string(path), Some("en"));
    assert_eq!(written.problems, []);
    let cleared = edit(written, path, "");
    assert_eq!(cleared.document, state.document, "left out again");
    assert!(cleared.fields().iter().any(|f| f.path == path), "still offered");
    // A required text left empty stays, and is a problem.
    let empty = edit(fresh("en"), "$.intro.title", "");
    assert_eq!(empty.document.string("$.intro.title"), Some(""));
    // In French the field is there, optional too.
    assert!(fresh("fr").fields().iter().any(|f| f.path == path && f.optional && f.value == "en"));
}

#[test]
fn link_and_language_fields_are_marked_as_such() {
    let state = fresh("fr");
    let kind = |p: &str| state.fields().into_iter().find(|f| f.path == p).map(|f| f.kind);
    assert_eq!(kind("$.about.references[0].url"), Some(TextKind::Link));
    assert_eq!(kind("$.about.references[0].title_lang"), Some(TextKind::LangTag));
    assert_eq!(kind(LANG_PATH), Some(TextKind::LangTag));
    assert_eq!(kind("$.intro.title"), Some(TextKind::Text));
    assert_eq!(kind("$.terms.items[0].id"), None);
}

//! The editor page: the starting and target languages, every field with its original beside it,
//! the problems the widget's reader finds, the live preview and the export (those three in
//! [`super::results`]). The state is the pure reducer of [`super::state`]; browser calls go
//! through [`super::browser`].

use super::browser;
use super::draft::{self, Field, ImportError, LANG_PATH};
use super::results::{Export, Preview, Problems};
use super::state::{Action, EditorState, Notice};
use super::strings::{self, EditorUi};
use crate::components::Shared;
use crate::content::{fill, is_lang_tag, ContentError, TextKind};
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

/// Characters per line of a field, to size a text area to its original.
const CHARS_PER_ROW: usize = 40;
/// The tallest a text area starts (it can be resized).
const MAX_ROWS: usize = 8;

/// The element id of a field's input, from its path (`$.intro.title` → `ed-f-intro-title`).
pub fn field_id(path: &str) -> String {
    let mut id = String::from("ed-f");
    for part in path.trim_start_matches('$').split(|c: char| !c.is_ascii_alphanumeric() && c != '_') {
        if !part.is_empty() {
            id.push('-');
            id.push_str(part);
        }
    }
    id
}

/// The section a path belongs to: its first key (`$.intro.title` → `intro`).
fn section_key(path: &str) -> &str {
    let rest = path.trim_start_matches("$.");
    rest.split(['.', '[']).next().unwrap_or(rest)
}

/// The editor, mounted on its own page.
#[component]
pub fn Editor() -> Html {
    let ui_lang = use_state(browser::browser_language);
    let ui: &'static EditorUi = strings::for_tag(&ui_lang);
    let key = use_memo((), |_| draft::storage_key(&browser::page_path()));
    let state = use_reducer_eq(|| {
        let saved = browser::load(&key);
        EditorState::new(Rc::new(draft::Sources::embedded()), ui.lang, saved.as_deref())
    });

    // The page's language and title follow the editor's words.
    use_effect_with(ui.lang, move |lang| crate::dom::set_page_lang_and_title(lang, ui.title));
    // Every change is saved on this page; back at the original texts, nothing is kept.
    {
        let state = state.clone();
        let key = key.clone();
        use_effect_with(state.revision, move |revision| {
            if *revision > 0 {
                if state.is_untouched() {
                    browser::forget(&key);
                } else {
                    browser::store(&key, &draft::save(&state.source, &state.document));
                }
            }
        });
    }

    let on_edit = {
        let state = state.clone();
        use_callback((), move |(path, value): (String, String), _| {
            state.dispatch(Action::Edit { path, value })
        })
    };
    let on_switch = {
        let ui_lang = ui_lang.clone();
        Callback::from(move |_: MouseEvent| ui_lang.set(ui.switch_lang.to_owned()))
    };

    let fields = state.fields();
    let problems = &state.problems;
    let target = draft::target_lang(&state.document).to_owned();
    let input_lang = is_lang_tag(&target).then(|| target.clone());
    let (same, total) = draft::untranslated(&fields);

    // The fields, grouped by the section of the document they belong to.
    let mut groups: Vec<(String, Vec<Field>)> = Vec::new();
    for field in fields.into_iter().filter(|f| f.path != LANG_PATH) {
        let key = section_key(&field.path).to_owned();
        match groups.last_mut() {
            Some((k, list)) if *k == key => list.push(field),
            _ => groups.push((key, vec![field])),
        }
    }

    html! {
        <div class="ed" lang={ui.lang}>
            <a class="ed-skip" href="#ed-preview">{ ui.skip_to_preview }</a>
            <header class="ed-header">
                <div class="ed-header-text">
                    <h1>{ ui.title }</h1>
                    <p class="ed-lead">{ ui.lead }</p>
                    <p class="ed-privacy">{ ui.privacy }</p>
                </div>
                <button type="button" class="ed-button ed-switch" lang={ui.switch_lang} onclick={on_switch}>{ ui.switch }</button>
            </header>
            <div class="ed-layout">
                <div class="ed-work">
                    <Start ui={ui} state={state.clone()} target={target.clone()} />
                    <section class="ed-card" aria-labelledby="ed-h-texts">
                        <h2 id="ed-h-texts">{ ui.texts_heading }</h2>
                        <p class="ed-progress">{ fill(ui.progress, &[("same", &same.to_string()), ("total", &total.to_string())]) }</p>
                        for (key, list) in groups {
                            <fieldset class="ed-group" key={key.clone()}>
                                <legend>{ ui.section(&key) }</legend>
                                for field in list {
                                    <FieldRow key={field.path.clone()} ui={ui} source_lang={state.source.clone()}
                                        input_lang={input_lang.clone()}
                                        errors={errors_at(problems, &field.path)}
                                        field={field.clone()} on_edit={on_edit.clone()} />
                                }
                            </fieldset>
                        }
                    </section>
                    <Export ui={ui} state={state.clone()} />
                </div>
                <div class="ed-side">
                    <Problems ui={ui} problems={problems.clone()} fields={state.fields().into_iter().map(|f| f.path).collect::<Vec<_>>()} />
                    <Preview ui={ui} content={state.preview.clone().map(Shared)} stale={!problems.is_empty()} />
                </div>
            </div>
        </div>
    }
}

#[derive(Properties, PartialEq, Clone)]
struct StartProps {
    ui: &'static EditorUi,
    state: UseReducerHandle<EditorState>,
    target: String,
}

/// Step 1: the starting language, the translation's language, a file to continue from, and the
/// discard button; with the notices about them.
#[component]
fn Start(props: &StartProps) -> Html {
    let ui = props.ui;
    let state = &props.state;
    let on_source = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            if let Some(select) = e.target_dyn_into::<HtmlSelectElement>() {
                state.dispatch(Action::ChooseSource(select.value()));
            }
        })
    };
    let on_target = {
        let state = state.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                state.dispatch(Action::Edit { path: LANG_PATH.to_owned(), value: input.value() });
            }
        })
    };
    let on_import = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let Some(input) = e.target_dyn_into::<HtmlInputElement>() else { return };
            let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
            // Cleared, so that choosing the same file again reads it again.
            input.set_value("");
            let name = file.name();
            if let Err(error) = draft::check_size(file.size() as u64) {
                state.dispatch(Action::ImportRefused { file: name, error });
                return;
            }
            let state = state.clone();
            browser::spawn(async move {
                match browser::read_text(file).await {
                    Some(text) => state.dispatch(Action::Import { file: name, text }),
                    None => {
                        state.dispatch(Action::ImportRefused { file: name, error: ImportError::Unreadable })
                    }
                }
            });
        })
    };
    let on_discard = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            if browser::confirm(ui.discard_confirm) {
                state.dispatch(Action::Discard);
            }
        })
    };
    let tag_ok = is_lang_tag(&props.target);
    let notice = state.notice.as_ref().and_then(|n| start_notice(ui, n));
    let failed = matches!(state.notice, Some(Notice::ImportFailed { .. } | Notice::RestoreFailed));
    html! {
        <section class="ed-card" aria-labelledby="ed-h-start">
            <h2 id="ed-h-start">{ ui.start_heading }</h2>
            <div class="ed-start">
                <div class="ed-control">
                    <label for="ed-source">{ ui.source_label }</label>
                    <select id="ed-source" aria-describedby="ed-source-hint" onchange={on_source}>
                        for source in state.sources.all() {
                            <option key={source.tag.clone()} value={source.tag.clone()} lang={source.tag.clone()}
                                selected={source.tag == state.source}>{ ui.language_name(&source.tag).to_owned() }</option>
                        }
                    </select>
                    <p class="ed-hint" id="ed-source-hint">{ ui.source_hint }</p>
                </div>
                <div class="ed-control">
                    <label for="ed-target">{ ui.target_label }</label>
                    <input id="ed-target" type="text" value={props.target.clone()} autocomplete="off" spellcheck="false"
                        aria-invalid={(!tag_ok).then_some("true")} aria-describedby="ed-target-hint" oninput={on_target} />
                    <p class="ed-hint" id="ed-target-hint">{ ui.target_hint }</p>
                </div>
                <div class="ed-control">
                    <label for="ed-import">{ ui.import_label }</label>
                    <input id="ed-import" type="file" accept=".json,application/json" aria-describedby="ed-import-hint"
                        onchange={on_import} />
                    <p class="ed-hint" id="ed-import-hint">{ ui.import_hint }</p>
                </div>
            </div>
            <div class="ed-actions">
                <button type="button" class="ed-button ed-discard" onclick={on_discard}>{ ui.discard }</button>
            </div>
            <div class={classes!("ed-notice", failed.then_some("ed-notice-error"), notice.is_none().then_some("ed-empty"))}
                role="status" aria-live="polite">
                if let Some(text) = notice { <p>{ text }</p> }
            </div>
        </section>
    }
}

/// What a notice of step 1 says (the copy notices are the export's).
fn start_notice(ui: &EditorUi, notice: &Notice) -> Option<String> {
    Some(match notice {
        Notice::Imported { file } => fill(ui.imported, &[("file", file)]),
        Notice::ImportFailed { file, error } => {
            format!("{} {}", import_error(ui, file, error), ui.nothing_lost)
        }
        Notice::Restored => ui.restored.to_owned(),
        Notice::RestoreFailed => ui.restore_failed.to_owned(),
        Notice::Discarded => ui.discarded.to_owned(),
        Notice::Copied | Notice::CopyFailed => return None,
    })
}

fn import_error(ui: &EditorUi, file: &str, error: &ImportError) -> String {
    match error {
        ImportError::TooLarge { size, max } => fill(
            ui.import_too_large,
            &[("file", file), ("size", &size.to_string()), ("max", &max.to_string())],
        ),
        ImportError::NotJson(message) => fill(ui.import_not_json, &[("file", file), ("message", message)]),
        ImportError::NotAnObject => fill(ui.import_not_object, &[("file", file)]),
        ImportError::Missing { paths, more } => {
            let mut list = paths.join(", ");
            if *more > 0 {
                list.push_str(&format!(" (+{more})"));
            }
            fill(ui.import_missing, &[("file", file), ("paths", &list)])
        }
        ImportError::WrongId { path, expected } => {
            fill(ui.import_wrong_id, &[("file", file), ("path", path), ("expected", expected)])
        }
        ImportError::Unreadable => fill(ui.import_unreadable, &[("file", file)]),
    }
}

/// The widget's messages about the field at `path`.
fn errors_at(problems: &[ContentError], path: &str) -> Vec<String> {
    problems.iter().filter(|p| p.path() == path).map(ToString::to_string).collect()
}

#[derive(Properties, PartialEq, Clone)]
struct FieldProps {
    ui: &'static EditorUi,
    field: Field,
    /// The starting language's tag (its texts' `lang`).
    source_lang: String,
    /// The translation's tag, when it is one (the inputs' `lang`).
    input_lang: Option<String>,
    /// The widget's messages about this field.
    errors: Vec<String>,
    on_edit: Callback<(String, String)>,
}

/// One field: its path, the original text, the input in the translation's language, and the
/// widget's messages about it.
#[component]
fn FieldRow(props: &FieldProps) -> Html {
    let ui = props.ui;
    let field = &props.field;
    let id = field_id(&field.path);
    let source_id = format!("{id}-source");
    let error_id = format!("{id}-error");
    let invalid = !props.errors.is_empty();
    let optional_id = format!("{id}-optional");
    let mut describedby = source_id.clone();
    for (on, extra) in [(field.optional, &optional_id), (invalid, &error_id)] {
        if on {
            describedby.push(' ');
            describedby.push_str(extra);
        }
    }
    let oninput = {
        let path = field.path.clone();
        let on_edit = props.on_edit.clone();
        Callback::from(move |e: InputEvent| {
            let value = e
                .target_dyn_into::<HtmlTextAreaElement>()
                .map(|t| t.value())
                .or_else(|| e.target_dyn_into::<HtmlInputElement>().map(|i| i.value()));
            if let Some(value) = value {
                on_edit.emit((path.clone(), value));
            }
        })
    };
    let lang = props.input_lang.clone();
    let input = if field.kind == TextKind::Text {
        let length =
            field.source.as_deref().unwrap_or(&field.value).chars().count().max(field.value.chars().count());
        let rows = (length / CHARS_PER_ROW + 1).min(MAX_ROWS);
        html! {
            <textarea id={id.clone()} class="ed-input" rows={rows.to_string()} {lang} dir="auto"
                aria-invalid={invalid.then_some("true")} aria-describedby={describedby}
                value={field.value.clone()} {oninput} />
        }
    } else {
        // Links and language tags are not prose: no spelling check, and the tag is not the text's.
        html! {
            <input id={id.clone()} class="ed-input ed-input-code" type="text" spellcheck="false" autocomplete="off"
                dir="ltr" aria-invalid={invalid.then_some("true")} aria-describedby={describedby}
                value={field.value.clone()} {oninput} />
        }
    };
    let changed = field.source.as_deref().unwrap_or("") != field.value;
    html! {
        <div class={classes!("ed-field", invalid.then_some("ed-field-invalid"), changed.then_some("ed-field-changed"))}>
            <label for={id.clone()} class="ed-path">{ field.path.trim_start_matches("$.").to_owned() }</label>
            <p class="ed-source" id={source_id}>
                <span class="ed-source-label">{ ui.source_text }</span>
                if let Some(text) = &field.source {
                    <span lang={props.source_lang.clone()} dir="auto">{ text.clone() }</span>
                } else {
                    <span>{ ui.no_source }</span>
                }
            </p>
            { input }
            if field.optional {
                <p class="ed-hint" id={optional_id}>{ ui.optional }</p>
            }
            if invalid {
                <ul class="ed-errors" id={error_id}>
                    for e in props.errors.iter() { <li lang="en">{ e.clone() }</li> }
                </ul>
            }
        </div>
    }
}

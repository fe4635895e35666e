//! The editor's verdict and output: the problems the widget's reader finds (each linked to its
//! field), the live preview (the widget itself, with the last valid content) and the export.

use super::browser;
use super::draft;
use super::state::{Action, EditorState, Notice};
use super::strings::EditorUi;
use super::view::field_id;
use crate::components::Shared;
use crate::content::{fill, Catalog, Content, ContentError};
use crate::App;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub(super) struct ProblemsProps {
    pub(super) ui: &'static EditorUi,
    pub(super) problems: Vec<ContentError>,
    /// The paths that have a field (their problems link to it).
    pub(super) fields: Vec<String>,
}

/// The widget's verdict on the content: every problem with its path, linked to its field.
#[component]
pub(super) fn Problems(props: &ProblemsProps) -> Html {
    let ui = props.ui;
    let count = props.problems.len();
    let go = Callback::from(|e: MouseEvent| {
        let target = e.target_dyn_into::<web_sys::Element>().and_then(|a| a.get_attribute("href"));
        if let Some(id) = target.as_deref().and_then(|h| h.strip_prefix('#')) {
            if let Some(el) = crate::dom::element_by_id(id) {
                e.prevent_default();
                if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
                    el.scroll_into_view();
                    let _ = el.focus();
                }
            }
        }
    });
    html! {
        <section class={classes!("ed-card", "ed-problems", (count > 0).then_some("ed-problems-some"))} aria-labelledby="ed-h-problems">
            <h2 id="ed-h-problems">{ ui.problems_heading }</h2>
            if count == 0 {
                <p class="ed-ok">{ ui.problems_none }</p>
            } else {
                <p class="ed-count">{ if count == 1 { ui.problems_one.to_owned() } else { fill(ui.problems_some, &[("count", &count.to_string())]) } }</p>
                <p class="ed-hint">{ ui.problems_note }</p>
                <ul class="ed-problem-list">
                    for problem in props.problems.iter() {
                        <li>
                            <span lang="en">{ problem.to_string() }</span>
                            if props.fields.iter().any(|f| f == problem.path()) {
                                { " " }<a href={format!("#{}", field_id(problem.path()))} onclick={go.clone()}>{ ui.go_to_field }</a>
                            }
                        </li>
                    }
                </ul>
            }
        </section>
    }
}

#[derive(Properties, PartialEq, Clone)]
pub(super) struct PreviewProps {
    pub(super) ui: &'static EditorUi,
    /// The last valid content.
    pub(super) content: Option<Shared<Content>>,
    /// The document has problems: the preview is not of it.
    pub(super) stale: bool,
}

/// The widget itself, rendered with the last valid content.
#[component]
pub(super) fn Preview(props: &PreviewProps) -> Html {
    let ui = props.ui;
    let catalog = use_memo(props.content.clone(), |content| {
        let content = content.as_ref()?;
        Catalog::embedded(content.lang.clone())
            .ok()
            .map(|c| (content.lang.clone(), Shared(Rc::new(c.with_custom((*content.0).clone())))))
    });
    html! {
        <section id="ed-preview" class="ed-card ed-preview" aria-labelledby="ed-h-preview" tabindex="-1">
            <h2 id="ed-h-preview">{ ui.preview_heading }</h2>
            if props.stale {
                <p class="ed-stale" role="status">{ if catalog.is_some() { ui.preview_stale } else { ui.preview_none } }</p>
            }
            if let Some((lang, catalog)) = (*catalog).clone() {
                <div class="ed-preview-frame">{ preview(catalog, lang) }</div>
            }
        </section>
    }
}

/// The widget for the preview: an embedded instance (its title one level below the page's), no
/// deep link, no host (every other prop at its default); made anew when the language changes.
fn preview(catalog: Shared<Catalog>, lang: crate::content::Lang) -> Html {
    let key = lang.as_str().to_owned();
    html! { <App {key} {catalog} initial_lang={lang} /> }
}

#[derive(Properties, PartialEq, Clone)]
pub(super) struct ExportProps {
    pub(super) ui: &'static EditorUi,
    pub(super) state: UseReducerHandle<EditorState>,
}

/// Step 3: the JSON file and the snippet.
#[component]
pub(super) fn Export(props: &ExportProps) -> Html {
    let ui = props.ui;
    let state = &props.state;
    let snippet = draft::snippet(&state.document);
    let on_download = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            browser::download(&draft::file_name(&state.document), &draft::export_json(&state.document))
        })
    };
    let on_copy = {
        let state = state.clone();
        let snippet = snippet.clone();
        Callback::from(move |_: MouseEvent| {
            let state = state.clone();
            let snippet = snippet.clone();
            browser::spawn(async move {
                let notice = if browser::copy(snippet).await { Notice::Copied } else { Notice::CopyFailed };
                state.dispatch(Action::Notify(notice));
            });
        })
    };
    let copy_notice = match state.notice {
        Some(Notice::Copied) => Some(ui.copied),
        Some(Notice::CopyFailed) => Some(ui.copy_failed),
        _ => None,
    };
    html! {
        <section class="ed-card" aria-labelledby="ed-h-export">
            <h2 id="ed-h-export">{ ui.export_heading }</h2>
            <p>{ ui.export_lead }</p>
            if !state.problems.is_empty() {
                <p class="ed-warning">{ ui.export_invalid }</p>
            }
            <div class="ed-actions">
                <button type="button" class="ed-button ed-primary" onclick={on_download}>{ ui.download }</button>
            </div>
            <label for="ed-snippet">{ ui.snippet_label }</label>
            <p class="ed-hint" id="ed-snippet-hint">{ ui.snippet_hint }</p>
            <textarea id="ed-snippet" class="ed-input ed-input-code ed-snippet" readonly=true rows="6" spellcheck="false"
                aria-describedby="ed-snippet-hint" value={snippet} />
            <div class="ed-actions">
                <button type="button" class="ed-button" onclick={on_copy}>{ ui.copy }</button>
            </div>
            <div class={classes!("ed-notice", copy_notice.is_none().then_some("ed-empty"))} role="status" aria-live="polite">
                if let Some(text) = copy_notice { <p>{ text }</p> }
            </div>
        </section>
    }
}

//! The editor page (`editor.html`): partners translate or adapt the roadmap's content, with the
//! original beside each field, the widget's own checks as they type and a live preview, then
//! export it as a JSON file or a ready-to-paste snippet. Nothing leaves the browser.
//!
//! A second entry point of the crate (`src/bin/editor.rs`, its own WebAssembly file, loaded only
//! by `editor.html`): it uses the widget's content types, reader and components, and the widget's
//! own build does not contain a byte of it.
//!
//! - [`json`]: the document as a JSON tree (it may hold what the widget refuses);
//! - [`draft`]: the pure core: fields, check, export, import, saved work;
//! - [`state`]: the editor's state as a reducer;
//! - [`view`]: the components, [`results`] those of the verdict, the preview and the export;
//!   [`browser`]: the browser calls (storage, files, clipboard);
//! - [`strings`]: the editor's own words, in English and French (`src/content/editor_ui.rs`).

pub mod browser;
pub mod draft;
pub mod json;
pub mod results;
pub mod state;
#[path = "content/editor_ui.rs"]
pub mod strings;
pub mod view;

/// The element id the editor page mounts into.
pub const EDITOR_ROOT_ID: &str = "peer-roadmap-editor";

/// Mounts the editor into `#peer-roadmap-editor`, if the page has one.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    yew::set_custom_panic_hook(Box::new(|info| {
        crate::dom::error(&format!("editor: internal error: {info}"))
    }));
    let Some(root) = crate::dom::element_by_id(EDITOR_ROOT_ID) else { return };
    root.set_text_content(None);
    yew::Renderer::<view::Editor>::with_root(root.clone()).render();
    let _ = root.set_attribute("data-ready", "");
}

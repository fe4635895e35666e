//! The browser calls the editor makes, and only those: its page's `localStorage`, a file's text,
//! a download, the clipboard, a confirmation. Every one fails softly (a refused storage, a file
//! that cannot be read): the caller is told, the editor keeps working.

use gloo::utils::window;
use wasm_bindgen::JsCast;

/// The editor's saved work, if there is some (and storage is allowed).
pub fn load(key: &str) -> Option<String> {
    window().local_storage().ok().flatten()?.get_item(key).ok().flatten()
}

/// Saves the work in progress; false if the browser refused (private mode, storage full).
pub fn store(key: &str, value: &str) -> bool {
    window().local_storage().ok().flatten().is_some_and(|s| s.set_item(key, value).is_ok())
}

/// Forgets the saved work.
pub fn forget(key: &str) {
    if let Some(storage) = window().local_storage().ok().flatten() {
        let _ = storage.remove_item(key);
    }
}

/// Asks the partner to confirm (the browser's own dialog, keyboard-accessible).
pub fn confirm(message: &str) -> bool {
    window().confirm_with_message(message).unwrap_or(false)
}

/// Offers `text` as a file download named `name`, made in the page (a Blob): nothing is sent.
pub fn download(name: &str, text: &str) {
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    let link = window()
        .document()
        .and_then(|d| d.create_element("a").ok())
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok());
    if let Some(link) = link {
        link.set_href(&url);
        link.set_download(name);
        link.click();
    }
    // Freed once the browser has started the download.
    crate::dom::later(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
}

/// The page's path (`/peer-roadmap/editor.html`).
pub fn page_path() -> String {
    window().location().pathname().unwrap_or_default()
}

/// The browser's preferred language tag.
pub fn browser_language() -> String {
    window().navigator().language().unwrap_or_default()
}

#[cfg(target_arch = "wasm32")]
pub use wasm::{copy, read_text};

#[cfg(target_arch = "wasm32")]
mod wasm {
    use gloo::utils::window;
    use wasm_bindgen_futures::JsFuture;

    /// The text of a file the partner chose; `None` if the browser could not read it.
    pub async fn read_text(file: web_sys::File) -> Option<String> {
        JsFuture::from(file.text()).await.ok()?.as_string()
    }

    /// Puts `text` on the clipboard; false if the browser refused.
    pub async fn copy(text: String) -> bool {
        JsFuture::from(window().navigator().clipboard().write_text(&text)).await.is_ok()
    }
}

/// On the host (server-side rendering, tests) there is no file to read and no clipboard.
#[cfg(not(target_arch = "wasm32"))]
pub async fn read_text(_file: web_sys::File) -> Option<String> {
    None
}

/// On the host there is no clipboard.
#[cfg(not(target_arch = "wasm32"))]
pub async fn copy(_text: String) -> bool {
    false
}

/// Runs a future in the browser's event loop (on the host, nothing runs it).
pub fn spawn(future: impl std::future::Future<Output = ()> + 'static) {
    #[cfg(target_arch = "wasm32")]
    wasm_bindgen_futures::spawn_local(future);
    #[cfg(not(target_arch = "wasm32"))]
    drop(future);
}

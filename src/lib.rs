//! Peer Roadmap: an interactive, bilingual rendition of the infographic "The world of peers'
//! engagement in care — How to find our way around?".
//!
//! Where things are:
//! - [`content`]: the roadmap's text and its validation; [`state`]: the UI state as a pure
//!   reducer; [`view`]: pure view logic (road geometry, wrapping, keys, the profile summary).
//!   These build and are tested on any target.
//! - [`components`]: what is shown, one component per file; [`hooks`]: the side effects, as
//!   named hooks; [`dom`]: the browser calls. In the browser they render; on the host they
//!   render to HTML (Yew's server-side rendering), which the tests read.
//! - [`embed`]: the one boundary with the host page (`<peer-roadmap>`, the standalone page).

/// The release, from Cargo.toml: shown in the About section, the npm package and the manifest.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

pub mod content;
pub mod state;
pub mod view;

pub mod components;
pub mod dom;
/// The editor page's second entry point (`src/bin/editor.rs`); only with the `editor` feature,
/// never in the widget's build.
#[cfg(feature = "editor")]
pub mod editor;
#[cfg(target_arch = "wasm32")]
pub mod embed;
pub mod hooks;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;

pub use components::app::{App, AppProps};
pub use components::{CatalogRef, ContentRef, Shared};
#[cfg(target_arch = "wasm32")]
pub use embed::start;
pub use hooks::Remote;

/// The WebAssembly build's allocator (see Cargo.toml for why this one).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: rlsf::GlobalTlsf = rlsf::GlobalTlsf::new();

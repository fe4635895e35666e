//! Peer Roadmap: an interactive, bilingual rendition of the infographic "The world of peers'
//! engagement in care — How to find our way around?".
//!
//! The pure core ([`content`], [`state`]) builds and is tested on any target; the components and
//! the host-page boundary ([`embed`]) exist only in the WebAssembly build.

pub mod content;
pub mod state;

#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod embed;

#[cfg(target_arch = "wasm32")]
pub use components::app::{App, AppProps};
#[cfg(target_arch = "wasm32")]
pub use embed::start;

/// The WebAssembly build's allocator (see Cargo.toml for why this one).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: rlsf::GlobalTlsf = rlsf::GlobalTlsf::new();

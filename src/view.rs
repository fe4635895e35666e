//! Pure view logic: what the components compute before they render, written as plain functions
//! so that it builds and is tested on the host (`cargo test`), without a browser.

pub mod adopt;
pub mod keys;
pub mod road;
pub mod summary;
pub mod wrap;

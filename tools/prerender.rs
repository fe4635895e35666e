//! Writes the prerendered roadmap (see `peer_roadmap::prerender`) as JSON, for the build:
//! `cargo run --example prerender -- OUT.json` (run by tools/postbuild.mjs). One entry per
//! shipped language: the page's title and description, the page's and the embed's HTML.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: prerender OUT.json");
        std::process::exit(2);
    };
    let written = peer_roadmap::prerender::all()
        .and_then(|all| serde_json::to_string(&all).map_err(|e| e.to_string()))
        .and_then(|json| std::fs::write(&path, json).map_err(|e| format!("{path}: {e}")));
    if let Err(e) = written {
        eprintln!("prerender: {e}");
        std::process::exit(1);
    }
}

/// A host tool: nothing to do in a WebAssembly build.
#[cfg(target_arch = "wasm32")]
fn main() {}

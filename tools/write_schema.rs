//! Writes the content's JSON Schema (generated from the types) to `schema/content.schema.json`:
//! `make schema`. A host test fails while the committed file differs from what this writes.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/schema/content.schema.json");
    if let Err(e) = std::fs::write(path, peer_roadmap::content::json_schema()) {
        eprintln!("write-schema: {path}: {e}");
        std::process::exit(1);
    }
    println!("wrote {path}");
}

/// The schema is a host tool: nothing to do in a WebAssembly build.
#[cfg(target_arch = "wasm32")]
fn main() {}

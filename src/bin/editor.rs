//! The editor page (`editor.html`): mounts the editor into `#peer-roadmap-editor`. Nothing else.

fn main() {
    #[cfg(target_arch = "wasm32")]
    peer_roadmap::editor::start();
}

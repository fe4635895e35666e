//! The standalone page: mounts the roadmap into `#peer-roadmap-page`. Nothing else.

fn main() {
    #[cfg(target_arch = "wasm32")]
    peer_roadmap::start();
}

//! Arbitrary bytes as a URL hash: parsing never panics, and the state it leads to writes a hash
//! that reads back to the same state.
#![no_main]

use libfuzzer_sys::fuzz_target;
use peer_roadmap::content::Lang;
use peer_roadmap::state::{HashRequest, RoadmapState};

fuzz_target!(|data: &[u8]| {
    let hash = String::from_utf8_lossy(data);
    let base = RoadmapState::new(Lang::En);
    let state = HashRequest::parse(&hash).apply_to(&base);
    let back = HashRequest::parse(&state.to_hash());
    assert!(back.errors.is_empty());
    assert_eq!(back.apply_to(&base), state);
});

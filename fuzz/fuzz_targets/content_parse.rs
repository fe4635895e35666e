//! Arbitrary bytes as custom content: parsing never panics, and whatever parses writes back to
//! JSON that parses to the same content.
#![no_main]

use libfuzzer_sys::fuzz_target;
use peer_roadmap::content::Content;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(content) = Content::parse(&text) {
        assert_eq!(Content::parse(&content.to_json()).as_ref(), Ok(&content));
    }
});

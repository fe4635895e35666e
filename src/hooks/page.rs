//! The standalone page follows the roadmap's language: `<html lang>` and the document title.

use crate::components::ContentRef;
use crate::dom;
use yew::prelude::*;

/// When this instance is the whole page (`page`), keeps `<html lang>` and the title in the
/// language of `content`.
#[hook]
pub fn use_page_title(page: bool, content: &ContentRef) {
    let content = content.clone();
    use_effect_with((page, content.lang), move |(page, lang)| {
        if *page {
            dom::set_page_lang_and_title(lang.as_str(), &content.page_title());
        }
    });
}

//! The catalog: the content compiled into the binary, in both languages, shared by every
//! instance on a page, with a partner's custom content in place of one of them.

use super::error::ContentError;
use super::ids::Lang;
use super::model::Content;
use std::cell::OnceCell;
use std::rc::Rc;

/// The embedded English content (`src/content/en.json` without its indentation; see build.rs).
pub const EN_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/en.json"));
/// The embedded French content (`src/content/fr.json` without its indentation).
pub const FR_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/fr.json"));

/// The content of both languages, shared by every instance on a page.
///
/// Only the language asked for first is parsed up front; the other is parsed the first time it
/// is shown (most readers never switch). Clones share the parsed content.
#[derive(Debug, Clone, PartialEq)]
pub struct Catalog {
    en: Slot,
    fr: Slot,
    /// Parsed when the catalog was made: stands in for a language whose embedded content would
    /// not parse later (the tests make sure both do), so [`Catalog::get`] always has an answer.
    fallback: Rc<Content>,
    /// Whether a partner's content replaced a language (then nothing prerendered matches).
    custom: bool,
}

/// One language's content, parsed on first use.
type Slot = Rc<OnceCell<Rc<Content>>>;

impl Catalog {
    /// The content compiled into the binary, with `first` parsed now (its errors are returned)
    /// and the other language when it is first asked for.
    pub fn embedded(first: Lang) -> Result<Catalog, Vec<ContentError>> {
        let parsed = Rc::new(Content::parse(embedded_json(first))?);
        let slot = |lang: Lang| {
            Rc::new(if lang == first { OnceCell::from(parsed.clone()) } else { OnceCell::new() })
        };
        Ok(Catalog { en: slot(Lang::En), fr: slot(Lang::Fr), fallback: parsed, custom: false })
    }

    /// This catalog with `custom` content in place of the embedded content of its language.
    pub fn with_custom(&self, custom: Content) -> Catalog {
        let lang = custom.lang;
        let filled = Rc::new(OnceCell::from(Rc::new(custom)));
        let mut catalog = self.clone();
        catalog.custom = true;
        match lang {
            Lang::En => catalog.en = filled,
            Lang::Fr => catalog.fr = filled,
        }
        catalog
    }

    /// The content in one language, parsing the embedded content on first use.
    pub fn get(&self, lang: Lang) -> Rc<Content> {
        let slot = match lang {
            Lang::En => &self.en,
            Lang::Fr => &self.fr,
        };
        slot.get_or_init(|| {
            Content::parse(embedded_json(lang)).map(Rc::new).unwrap_or_else(|_| self.fallback.clone())
        })
        .clone()
    }

    /// Only the content compiled into the binary (what the build prerendered)?
    pub fn is_embedded(&self) -> bool {
        !self.custom
    }

    /// Whether a language's content has been parsed yet (for tests).
    pub fn is_parsed(&self, lang: Lang) -> bool {
        match lang {
            Lang::En => self.en.get().is_some(),
            Lang::Fr => self.fr.get().is_some(),
        }
    }
}

/// The JSON compiled into the binary for a language.
pub fn embedded_json(lang: Lang) -> &'static str {
    match lang {
        Lang::En => EN_JSON,
        Lang::Fr => FR_JSON,
    }
}

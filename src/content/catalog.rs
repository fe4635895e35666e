//! The catalog: the languages of one roadmap. The content compiled into the binary (English and
//! French) is shared by every instance on a page; a partner's custom content replaces the
//! shipped language it is written in (`en`, `fr`) or is added after them (any other tag).

use super::error::ContentError;
use super::ids::Lang;
use super::model::Content;
use super::ui::Ui;
use std::cell::OnceCell;
use std::rc::Rc;

/// The embedded English content (`src/content/en.json` without its indentation; see build.rs).
pub const EN_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/en.json"));
/// The embedded French content (`src/content/fr.json` without its indentation).
pub const FR_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/fr.json"));

/// The content of every language of a roadmap, in the order of the language switch: the
/// shipped languages, then those custom content added, in the order they were added.
///
/// Only the language asked for first is parsed up front; a shipped one is parsed the first time
/// it is shown (most readers never switch). Clones share the parsed content.
#[derive(Debug, Clone, PartialEq)]
pub struct Catalog {
    entries: Vec<(Lang, Slot)>,
    /// Parsed when the catalog was made: stands in for a language whose embedded content would
    /// not parse later (the tests make sure both do) or that the catalog does not have, so
    /// [`Catalog::get`] always has an answer.
    fallback: Rc<Content>,
    /// Whether a partner's content replaced a language (then nothing prerendered matches).
    custom: bool,
}

/// One language's content, parsed on first use.
type Slot = Rc<OnceCell<Rc<Content>>>;

impl Catalog {
    /// The content compiled into the binary, with `first` parsed now (its errors are returned)
    /// and the other language when it is first asked for. A `first` the roadmap does not ship
    /// parses the closest shipped one (`fr-CA`: French), else English.
    pub fn embedded(first: Lang) -> Result<Catalog, Vec<ContentError>> {
        let first = first.shipped_for().unwrap_or_else(Lang::en);
        let parsed = Rc::new(Content::parse(embedded_json(&first).unwrap_or(EN_JSON))?);
        let entries = Lang::shipped()
            .into_iter()
            .map(|lang| {
                let slot = if lang == first { OnceCell::from(parsed.clone()) } else { OnceCell::new() };
                (lang, Rc::new(slot))
            })
            .collect();
        Ok(Catalog { entries, fallback: parsed, custom: false })
    }

    /// This catalog with `custom` content: in place of the content of its language if the
    /// catalog has it (`en`, `fr`, or a language added before), else added after the others.
    pub fn with_custom(&self, custom: Content) -> Catalog {
        let lang = custom.lang.clone();
        let filled = Rc::new(OnceCell::from(Rc::new(custom)));
        let mut catalog = self.clone();
        catalog.custom = true;
        match catalog.entries.iter_mut().find(|(l, _)| *l == lang) {
            Some((_, slot)) => *slot = filled,
            None => catalog.entries.push((lang, filled)),
        }
        catalog
    }

    /// Every language, in the order of the language switch.
    pub fn languages(&self) -> Vec<Lang> {
        self.entries.iter().map(|(l, _)| l.clone()).collect()
    }

    /// Whether the catalog has content in exactly this language.
    pub fn has(&self, lang: &Lang) -> bool {
        self.entries.iter().any(|(l, _)| l == lang)
    }

    /// The catalog's language closest to `lang` ([`Lang::lookup`]: `fr-CA` finds `fr`), if any.
    pub fn resolve(&self, lang: &Lang) -> Option<Lang> {
        lang.lookup(&self.languages())
    }

    /// The content in one language, parsing embedded content on first use. A language the
    /// catalog does not have gets the first language parsed (callers resolve languages first;
    /// this keeps a stale one, say after the host removed custom content, from breaking).
    pub fn get(&self, lang: &Lang) -> Rc<Content> {
        let Some((lang, slot)) = self.entries.iter().find(|(l, _)| l == lang) else {
            return self.fallback.clone();
        };
        slot.get_or_init(|| {
            embedded_json(lang)
                .and_then(|json| Content::parse(json).ok())
                .map_or_else(|| self.fallback.clone(), Rc::new)
        })
        .clone()
    }

    /// Each language with its name written in that language ("Español", "العربية") and the
    /// list's label in it, for the language switch. Parses every language's content (only asked
    /// for when there are more than two).
    pub fn names(&self) -> Vec<LanguageName> {
        self.entries
            .iter()
            .map(|(lang, _)| LanguageName {
                lang: lang.clone(),
                name: self.label(lang, |ui| ui.language_name.as_ref()),
                list_label: self.label(lang, |ui| ui.languages.as_ref()),
            })
            .collect()
    }

    /// A label of the interface that is optional in content (older custom content lacks it), in
    /// `lang`: the content's own, else the shipped content's for the same language, else the
    /// language tag itself (a language content adds must give it: see the checks).
    pub fn label(&self, lang: &Lang, pick: fn(&Ui) -> Option<&String>) -> String {
        let own = self.get(lang);
        if let Some(label) = pick(&own.ui) {
            return label.clone();
        }
        let shipped =
            lang.shipped_for().and_then(|l| embedded_json(&l)).and_then(|json| Content::parse(json).ok());
        shipped.and_then(|c| pick(&c.ui).cloned()).unwrap_or_else(|| lang.to_string())
    }

    /// Only the content compiled into the binary (what the build prerendered)?
    pub fn is_embedded(&self) -> bool {
        !self.custom
    }

    /// Whether a language's content has been parsed yet (for tests).
    pub fn is_parsed(&self, lang: &Lang) -> bool {
        self.entries.iter().any(|(l, slot)| l == lang && slot.get().is_some())
    }
}

/// A language as the switch lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LanguageName {
    pub lang: Lang,
    /// Its name in itself ("Español").
    pub name: String,
    /// In this language, the accessible name of the list of languages ("Idiomas").
    pub list_label: String,
}

/// The JSON compiled into the binary for a shipped language; `None` for any other.
pub fn embedded_json(lang: &Lang) -> Option<&'static str> {
    match lang.as_str() {
        "en" => Some(EN_JSON),
        "fr" => Some(FR_JSON),
        _ => None,
    }
}

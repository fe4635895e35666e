//! The language of content: a validated BCP 47 tag (`en`, `fr`, `es`, `ar`, `fr-CA`…), case
//! normalised and cheap to clone. English and French ship with the roadmap; custom content may
//! add any other language, so the set is open: a value, not an enum. No `web-sys` here.
//!
//! The tag also gives the writing direction ([`Lang::dir`]) and, for a language asked for by a
//! reader, an attribute or a link, the closest one a roadmap has ([`Lang::lookup`]).

use super::check::is_lang_tag;
use serde::{de, Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::hash::{Hash, Hasher};
use std::rc::Rc;

/// Longest language tag accepted, in characters (BCP 47 asks for at least 35 to be supported).
pub const MAX_LANG_TAG_CHARS: usize = 64;

/// A well-formed BCP 47 language tag, case normalised (`fr-ca` reads as `fr-CA`, `AR` as `ar`,
/// `zh-hant` as `zh-Hant`). The two shipped languages cost no allocation; another is shared.
#[derive(Clone)]
pub struct Lang(Repr);

#[derive(Clone)]
enum Repr {
    /// `en` or `fr` (always this form: normalising maps them here).
    Shipped(&'static str),
    Other(Rc<str>),
}

/// Why a text is not a language tag.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LangError {
    #[error("the language tag is empty")]
    Empty,
    #[error("the language tag is {chars} characters long, more than the {MAX_LANG_TAG_CHARS} accepted")]
    TooLong { chars: usize },
    #[error("\"{0}\" is not a language tag")]
    Malformed(String),
}

/// The writing direction of a language, for the widget's `dir`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Dir {
    #[default]
    Ltr,
    Rtl,
}

impl Dir {
    /// The value of the HTML `dir` attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            Dir::Ltr => "ltr",
            Dir::Rtl => "rtl",
        }
    }

    /// Whether text runs from the right.
    pub fn is_rtl(self) -> bool {
        self == Dir::Rtl
    }
}

/// Scripts written from right to left (ISO 15924 codes, as the script subtag writes them).
const RTL_SCRIPTS: &[&str] = &[
    "Adlm", "Arab", "Aran", "Armi", "Avst", "Chrs", "Cprt", "Elym", "Hatr", "Hebr", "Hung", "Khar", "Lydi",
    "Mand", "Mani", "Mend", "Merc", "Mero", "Narb", "Nbat", "Nkoo", "Orkh", "Ougr", "Palm", "Phli", "Phlp",
    "Phlv", "Phnx", "Prti", "Rohg", "Samr", "Sarb", "Sogd", "Sogo", "Syrc", "Syre", "Syrj", "Syrn", "Thaa",
    "Yezi",
];

/// Languages written from right to left when the tag names no script (their usual script is
/// Arabic, Hebrew, Thaana, Syriac or N'Ko).
const RTL_LANGUAGES: &[&str] = &[
    "ar", "arc", "azb", "bal", "bqi", "ckb", "dv", "fa", "glk", "he", "iw", "ji", "khw", "ks", "lrc", "mzn",
    "nqo", "pnb", "prs", "ps", "sd", "sdh", "syr", "ug", "ur", "yi",
];

impl Lang {
    /// English, shipped with the roadmap (and the default).
    pub const fn en() -> Lang {
        Lang(Repr::Shipped("en"))
    }

    /// French, shipped with the roadmap.
    pub const fn fr() -> Lang {
        Lang(Repr::Shipped("fr"))
    }

    /// English, as the two-value enum this type replaces spelt it; prefer [`Lang::en`].
    #[allow(non_upper_case_globals)]
    pub const En: Lang = Lang::en();
    /// French, as the two-value enum this type replaces spelt it; prefer [`Lang::fr`].
    #[allow(non_upper_case_globals)]
    pub const Fr: Lang = Lang::fr();

    /// The languages the roadmap ships in, in their order on the language switch.
    pub fn shipped() -> [Lang; 2] {
        [Lang::en(), Lang::fr()]
    }

    /// Reads a BCP 47 tag exactly as content writes it (`es`, `fr-CA`, `zh-Hant-TW`; any case).
    pub fn parse(tag: &str) -> Result<Lang, LangError> {
        let chars = tag.chars().count();
        if tag.is_empty() {
            return Err(LangError::Empty);
        }
        if chars > MAX_LANG_TAG_CHARS {
            return Err(LangError::TooLong { chars });
        }
        if !is_lang_tag(tag) {
            return Err(LangError::Malformed(super::clip(tag)));
        }
        Ok(match normalise(tag).as_str() {
            "en" => Lang::en(),
            "fr" => Lang::fr(),
            other => Lang(Repr::Other(Rc::from(other))),
        })
    }

    /// Reads a tag as attributes, browsers and links give it: white space around it and `_` for
    /// `-` are forgiven (`en_US`). `None` if it is not a tag.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let tag = tag.trim();
        if tag.contains('_') {
            Lang::parse(&tag.replace('_', "-")).ok()
        } else {
            Lang::parse(tag).ok()
        }
    }

    /// The tag, normalised (`fr-CA`).
    pub fn as_str(&self) -> &str {
        match &self.0 {
            Repr::Shipped(s) => s,
            Repr::Other(s) => s,
        }
    }

    /// The primary language subtag (`fr` of `fr-CA`).
    pub fn primary(&self) -> &str {
        self.as_str().split('-').next().unwrap_or_default()
    }

    /// The script subtag, if the tag has one (`Arab` of `az-Arab`).
    pub fn script(&self) -> Option<&str> {
        self.as_str()
            .split('-')
            .skip(1)
            .take_while(|s| s.len() > 1)
            .find(|s| s.len() == 4 && s.chars().all(|c| c.is_ascii_alphabetic()))
    }

    /// Whether this is one of the two languages the roadmap ships in (exactly `en` or `fr`).
    pub fn is_shipped(&self) -> bool {
        matches!(self.0, Repr::Shipped(_))
    }

    /// The shipped language of the same primary language (`en-CA` → `en`), if there is one.
    pub fn shipped_for(&self) -> Option<Lang> {
        Lang::shipped().into_iter().find(|l| l.as_str() == self.primary())
    }

    /// The other language of the two shipped ones, for the two-language switch; `None` for any
    /// other language.
    pub fn other(&self) -> Option<Lang> {
        match self.as_str() {
            "en" => Some(Lang::fr()),
            "fr" => Some(Lang::en()),
            _ => None,
        }
    }

    /// The colon as this language writes it: French puts a no-break space before it.
    pub fn colon(&self) -> &'static str {
        if self.primary() == "fr" {
            "\u{a0}: "
        } else {
            ": "
        }
    }

    /// The writing direction: from the script subtag if there is one (`az-Arab` is right to
    /// left, `ku-Latn` left to right), else from the language (`ar`, `fa`, `he`, `ur`…).
    pub fn dir(&self) -> Dir {
        let rtl = match self.script() {
            Some(script) => RTL_SCRIPTS.contains(&script),
            None => RTL_LANGUAGES.contains(&self.primary()),
        };
        if rtl {
            Dir::Rtl
        } else {
            Dir::Ltr
        }
    }

    /// The language of `available` that best answers a request for this one: the same tag,
    /// else a less specific one (`fr-CA` → `fr`, BCP 47 "lookup"), else one of the same primary
    /// language whose script does not differ (`es` → `es-MX`). `None` if none is close.
    pub fn lookup(&self, available: &[Lang]) -> Option<Lang> {
        let mut tag = self.as_str();
        loop {
            if let Some(found) = available.iter().find(|l| l.as_str() == tag) {
                return Some(found.clone());
            }
            let Some(cut) = tag.rfind('-') else { break };
            tag = &tag[..cut];
            // A singleton (the `u` of `-u-…`) is never left at the end.
            if let Some(cut) = tag.rfind('-').filter(|i| tag.len() - i == 2) {
                tag = &tag[..cut];
            }
        }
        available
            .iter()
            .find(|l| {
                let scripts_agree = match (l.script(), self.script()) {
                    (Some(a), Some(b)) => a == b,
                    _ => true,
                };
                l.primary() == self.primary() && scripts_agree
            })
            .cloned()
    }
}

/// BCP 47's case conventions: the language and extensions in lower case, a script in title
/// case, a region in upper case.
fn normalise(tag: &str) -> String {
    let mut out = String::with_capacity(tag.len());
    let mut after_singleton = false;
    for (i, part) in tag.split('-').enumerate() {
        if i > 0 {
            out.push('-');
        }
        let alpha = part.chars().all(|c| c.is_ascii_alphabetic());
        if i > 0 && part.len() == 1 {
            after_singleton = true;
        }
        if i == 0 || after_singleton {
            out.push_str(&part.to_ascii_lowercase());
        } else if part.len() == 4 && alpha {
            let mut chars = part.chars();
            out.extend(chars.next().map(|c| c.to_ascii_uppercase()));
            out.push_str(&chars.as_str().to_ascii_lowercase());
        } else if part.len() == 2 && alpha {
            out.push_str(&part.to_ascii_uppercase());
        } else {
            out.push_str(&part.to_ascii_lowercase());
        }
    }
    out
}

impl PartialEq for Lang {
    fn eq(&self, other: &Lang) -> bool {
        self.as_str() == other.as_str()
    }
}
impl Eq for Lang {}

impl Hash for Lang {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_str().hash(state)
    }
}

impl Default for Lang {
    fn default() -> Lang {
        Lang::en()
    }
}

impl fmt::Debug for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Lang({:?})", self.as_str())
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A JSON string; written as a newtype named `Lang` so that the walk over content
/// ([`super::texts`]) knows it for a language tag, not a text a reader sees.
impl Serialize for Lang {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_newtype_struct("Lang", self.as_str())
    }
}

impl<'de> Deserialize<'de> for Lang {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Lang, D::Error> {
        struct Tag;
        impl de::Visitor<'_> for Tag {
            type Value = Lang;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a BCP 47 language tag (en, fr, es, ar, fr-CA…)")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Lang, E> {
                Lang::parse(v).map_err(|_| E::invalid_value(de::Unexpected::Str(&super::clip(v)), &self))
            }
        }
        deserializer.deserialize_str(Tag)
    }
}

/// The schema's description of a language tag.
#[cfg(not(target_arch = "wasm32"))]
impl schemars::JsonSchema for Lang {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Lang".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "The language of the content, a BCP 47 tag. en or fr replaces that shipped language; any other (es, ar, ht, iu, fr-CA…) is added to them. Right-to-left languages (ar, fa, he, ur…, or a script subtag such as Arab or Hebr) are laid out mirrored.",
            "type": "string",
            "pattern": super::check::LANG_TAG_PATTERN,
            "maxLength": MAX_LANG_TAG_CHARS,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lang(tag: &str) -> Lang {
        Lang::parse(tag).unwrap_or_else(|e| panic!("{tag}: {e}"))
    }

    #[test]
    fn tags_are_case_normalised_and_the_shipped_ones_recognised() {
        assert_eq!(lang("EN"), Lang::en());
        assert!(lang("Fr").is_shipped());
        assert_eq!(lang("fr-ca").as_str(), "fr-CA");
        assert!(!lang("fr-CA").is_shipped());
        assert_eq!(lang("ZH-HANT-tw").as_str(), "zh-Hant-TW");
        assert_eq!(lang("es-419").as_str(), "es-419");
        assert_eq!(lang("en-US-x-TWAIN").as_str(), "en-US-x-twain", "a private use part stays lower case");
        assert_eq!(Lang::from_tag(" en_us ").map(|l| l.to_string()), Some("en-US".to_owned()));
    }

    #[test]
    fn malformed_tags_are_refused_with_a_reason() {
        assert_eq!(Lang::parse(""), Err(LangError::Empty));
        for bad in ["e", "english!", "en fr", "<b>", "\u{202e}fr", "en--US", "-en", "en-", "toolongtag1"] {
            assert!(matches!(Lang::parse(bad), Err(LangError::Malformed(_))), "{bad:?}");
        }
        let long = format!("en-{}", ["abc"; 30].join("-"));
        assert!(matches!(Lang::parse(&long), Err(LangError::TooLong { .. })));
        assert_eq!(Lang::from_tag("x".repeat(100_000).as_str()), None);
    }

    #[test]
    fn right_to_left_comes_from_the_script_else_the_language() {
        for rtl in ["ar", "ar-EG", "fa", "he", "ur", "ps", "ckb", "dv", "yi", "az-Arab", "pa-Arab", "iw"] {
            assert_eq!(lang(rtl).dir(), Dir::Rtl, "{rtl}");
        }
        for ltr in ["en", "fr", "es", "ht", "iu", "cr", "ar-Latn", "ku-Latn", "fr-CA", "az"] {
            assert_eq!(lang(ltr).dir(), Dir::Ltr, "{ltr}");
        }
        assert_eq!(lang("ar").script(), None);
        assert_eq!(lang("sr-Cyrl-RS").script(), Some("Cyrl"));
        assert_eq!(lang("en-a-abcd").script(), None, "an extension is not a script");
    }

    #[test]
    fn lookup_finds_the_closest_available_language() {
        let available = [Lang::en(), Lang::fr(), lang("es-MX"), lang("zh-Hans")];
        assert_eq!(lang("fr-CA").lookup(&available), Some(Lang::fr()));
        assert_eq!(lang("en-u-ca-gregory").lookup(&available), Some(Lang::en()));
        assert_eq!(lang("es").lookup(&available), Some(lang("es-MX")));
        assert_eq!(lang("zh-Hant").lookup(&available), None, "another script is another writing");
        assert_eq!(lang("de").lookup(&available), None);
        assert_eq!(lang("es-MX").lookup(&available), Some(lang("es-MX")));
    }

    #[test]
    fn the_other_language_and_the_colon() {
        assert_eq!(Lang::en().other(), Some(Lang::fr()));
        assert_eq!(Lang::fr().other(), Some(Lang::en()));
        assert_eq!(lang("es").other(), None);
        assert_eq!(lang("fr-CA").colon(), "\u{a0}: ");
        assert_eq!(lang("es").colon(), ": ");
        assert_eq!(lang("fr-CA").shipped_for(), Some(Lang::fr()));
        assert_eq!(lang("ar").shipped_for(), None);
    }

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn a_tag_reads_and_writes_as_a_json_string() -> Result<(), serde_json::Error> {
        let read: Lang = serde_json::from_str("\"AR\"")?;
        assert_eq!(read.as_str(), "ar");
        assert_eq!(serde_json::to_string(&read)?, "\"ar\"");
        let error = serde_json::from_str::<Lang>("\"<b>\"").expect_err("not a tag").to_string();
        assert!(error.contains("expected a BCP 47 language tag"), "{error}");
        Ok(())
    }
}

//! The editor's pure core: the starting languages, the list of fields a partner edits (found by
//! the content walker, each with its JSON path), the document being written, its check by the
//! widget's own reader, the export (JSON file, snippet), the import and the saved work. No
//! `web-sys` here: everything is tested on the host.

use super::json::{self, Json};
use crate::content::{is_lang_tag, texts, Content, ContentError, TextKind, MAX_CONTENT_BYTES};
use crate::content::{EN_JSON, FR_JSON};

/// The content the widget ships, one JSON document per language: the starting points of a
/// translation. The one place that lists them (a language added to the catalog is added here).
const EMBEDDED: &[&str] = &[EN_JSON, FR_JSON];

/// The path of the content's language tag: the language of the translation.
pub const LANG_PATH: &str = "$.lang";
/// The `localStorage` key of the work in progress, before the editor page's path (two copies of
/// the build on one site keep their own work).
pub const STORAGE_KEY: &str = "peer-roadmap-editor";

/// The `localStorage` key of the work in progress of the editor page at `path`
/// (`peer-roadmap-editor:/peer-roadmap/editor.html`).
pub fn storage_key(path: &str) -> String {
    format!("{STORAGE_KEY}:{path}")
}
/// The format of the saved work, written in it: saved work of another format is not read.
const SAVED_FORMAT: &str = "peer-roadmap-editor/1";
/// How many missing fields an import error names (the rest are counted).
const MISSING_LISTED: usize = 3;

/// One starting language: its document as a tree and what each of its strings is.
#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    /// Its language tag (`en`, `fr`).
    pub tag: String,
    /// The document, as the editor holds documents.
    pub tree: Json,
    /// Every string the widget's walker finds in it, with its path and kind.
    kinds: Vec<(String, TextKind)>,
    /// The strings some starting language has and another has not (optional fields: a title's
    /// language, a publisher's page), with their kind.
    optional: Vec<(String, TextKind)>,
}

impl Source {
    /// What the string at `path` is, if this source has it.
    fn kind(&self, path: &str) -> Option<TextKind> {
        self.kinds.iter().find(|(p, _)| p == path).map(|(_, k)| *k)
    }

    /// Whether the field at `path` may be left out (some starting language has none there).
    pub fn is_optional(&self, path: &str) -> bool {
        self.optional.iter().any(|(p, _)| p == path)
    }
}

/// Every starting language, in the catalog's order.
#[derive(Debug, Clone, PartialEq)]
pub struct Sources(Vec<Source>);

impl Sources {
    /// The embedded content of every shipped language (each is valid: the host tests say so;
    /// one that is not is left out).
    pub fn embedded() -> Sources {
        let mut list: Vec<Source> = EMBEDDED.iter().filter_map(|text| Source::read(text)).collect();
        let mut optional: Vec<(String, TextKind)> = Vec::new();
        for source in &list {
            for (path, kind) in &source.kinds {
                let everywhere = list.iter().all(|s| s.kind(path).is_some());
                if !everywhere && !optional.iter().any(|(p, _)| p == path) {
                    optional.push((path.clone(), *kind));
                }
            }
        }
        for source in &mut list {
            source.optional = optional.clone();
        }
        Sources(list)
    }

    /// The sources, in order.
    pub fn all(&self) -> &[Source] {
        &self.0
    }

    /// The source with this tag, else the first.
    pub fn get(&self, tag: &str) -> Option<&Source> {
        self.0.iter().find(|s| s.tag == tag).or_else(|| self.0.first())
    }

    /// Paths every source has a string at: an import must have them too.
    fn required(&self) -> Vec<&str> {
        let Some((first, rest)) = self.0.split_first() else { return Vec::new() };
        first
            .kinds
            .iter()
            .map(|(p, _)| p.as_str())
            .filter(|p| rest.iter().all(|s| s.kind(p).is_some()))
            .collect()
    }
}

impl Source {
    fn read(text: &str) -> Option<Source> {
        let content = Content::parse(text).ok()?;
        let tree = json::parse(text).ok()?;
        let kinds = texts(&content).into_iter().map(|(path, kind, _)| (path, kind)).collect();
        let tag = tree.string(LANG_PATH)?.to_owned();
        Some(Source { tag, tree, kinds, optional: Vec::new() })
    }
}

/// A field the partner edits: a string of the document.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    /// Its JSON path, as the widget's messages name it (`$.intro.title`).
    pub path: String,
    pub kind: TextKind,
    /// What the document holds there now.
    pub value: String,
    /// The starting language's text there, if it has one.
    pub source: Option<String>,
    /// It may be left empty: it is then left out of the document.
    pub optional: bool,
}

/// Whether the member at `path` holds a language tag (`lang`, `title_lang`, `language_switch_lang`):
/// the model names them so, and some are ids of a closed set rather than strings to the walker.
fn is_lang_field(path: &str) -> bool {
    let key = path.rsplit(['.', '[']).next().unwrap_or("");
    key == "lang" || key.ends_with("_lang")
}

/// The fields of `document` a partner edits, in document order: every string the widget's walker
/// finds in the starting language (texts, links, language tags) and every language tag; not the
/// stable ids, which are the contract. The document's own language (`$.lang`) comes first. An
/// optional field the document leaves out is listed too, empty, after its siblings.
pub fn fields(document: &Json, source: &Source) -> Vec<Field> {
    let mut out: Vec<Field> = document
        .strings()
        .into_iter()
        .filter_map(|(path, value)| {
            let optional = source.is_optional(&path);
            let known =
                source.kind(&path).or_else(|| optional.then(|| optional_kind(source, &path)).flatten());
            let kind = if is_lang_field(&path) { Some(TextKind::LangTag) } else { known }?;
            let from = source.tree.string(&path).map(str::to_owned);
            Some(Field { path, kind, value: value.to_owned(), source: from, optional })
        })
        .collect();
    for (path, kind) in &source.optional {
        let Some((parent, _)) = path.rsplit_once('.') else { continue };
        if document.get(path).is_some() || !matches!(document.get(parent), Some(Json::Object(_))) {
            continue;
        }
        let siblings = format!("{parent}.");
        let at = out.iter().rposition(|f| f.path.starts_with(&siblings)).map_or(out.len(), |i| i + 1);
        let field =
            Field { path: path.clone(), kind: *kind, value: String::new(), source: None, optional: true };
        out.insert(at, field);
    }
    out.sort_by_key(|f| f.path != LANG_PATH);
    out
}

fn optional_kind(source: &Source, path: &str) -> Option<TextKind> {
    source.optional.iter().find(|(p, _)| p == path).map(|(_, k)| *k)
}

/// The document's language tag, if it has one.
pub fn target_lang(document: &Json) -> &str {
    document.string(LANG_PATH).unwrap_or("")
}

/// The document checked as the widget checks custom content: its text read by the widget's reader
/// (`JSON.parse` and serde in the browser), every problem with its path. The language tag is
/// also checked with the widget's rule for tags, so a malformed one is named as such.
pub fn check(document: &Json) -> Result<Content, Vec<ContentError>> {
    let mut errors = Vec::new();
    let tag = target_lang(document);
    if !is_lang_tag(tag) {
        errors.push(ContentError::BadLangTag { path: LANG_PATH.to_owned(), tag: crate::content::clip(tag) });
    }
    match Content::parse(&document.to_compact()) {
        Ok(content) if errors.is_empty() => Ok(content),
        Ok(_) => Err(errors),
        Err(found) => {
            errors.extend(found);
            Err(errors)
        }
    }
}

/// How many texts still read exactly as in the starting language, of how many.
pub fn untranslated(fields: &[Field]) -> (usize, usize) {
    let texts: Vec<&Field> = fields.iter().filter(|f| f.kind == TextKind::Text).collect();
    let same = texts.iter().filter(|f| f.source.as_deref() == Some(f.value.as_str())).count();
    (same, texts.len())
}

/// `tag` if it is a language tag, for file names and ids; else `custom`.
fn safe_tag(document: &Json) -> &str {
    let tag = target_lang(document);
    if is_lang_tag(tag) {
        tag
    } else {
        "custom"
    }
}

/// The exported file's name: `peer-roadmap.es.json`.
pub fn file_name(document: &Json) -> String {
    format!("peer-roadmap.{}.json", safe_tag(document))
}

/// The exported file: the document as indented JSON, the form of the embedded files.
pub fn export_json(document: &Json) -> String {
    document.to_pretty()
}

/// The snippet a partner pastes into their page: the content in a JSON script (every `<` escaped,
/// so no text can end the script early) and the element that shows it, in its language.
pub fn snippet(document: &Json) -> String {
    let tag = safe_tag(document);
    let id = format!("peer-roadmap-{tag}");
    format!(
        "<script type=\"application/json\" id=\"{id}\">{}</script>\n<peer-roadmap lang=\"{tag}\" content=\"{id}\"></peer-roadmap>\n",
        document.to_script_data()
    )
}

/// Why a file (or the saved work) was not taken. Nothing already typed is lost.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    /// Refused before reading.
    TooLarge { size: u64, max: u64 },
    /// Not JSON; the parser's message.
    NotJson(String),
    /// JSON, but not an object.
    NotAnObject,
    /// An object without these texts (the first few), and how many more.
    Missing { paths: Vec<String>, more: usize },
    /// A stable id changed or moved.
    WrongId { path: String, expected: String },
    /// The browser could not read the file.
    Unreadable,
}

/// Whether a file of `size` bytes may be read at all.
pub fn check_size(size: u64) -> Result<(), ImportError> {
    let max = MAX_CONTENT_BYTES as u64;
    if size > max {
        Err(ImportError::TooLarge { size, max })
    } else {
        Ok(())
    }
}

/// Reads a file to continue from: JSON text of at most [`MAX_CONTENT_BYTES`], an object with every
/// text the roadmap has and its stable ids where they are. What it says is otherwise the
/// partner's: texts may be empty, links broken (the check shows them).
pub fn import(text: &str, sources: &Sources) -> Result<Json, ImportError> {
    check_size(text.len() as u64)?;
    let document = json::parse(text).map_err(|e| ImportError::NotJson(e.0))?;
    if !matches!(document, Json::Object(_)) {
        return Err(ImportError::NotAnObject);
    }
    let mut missing: Vec<String> = [LANG_PATH]
        .into_iter()
        .chain(sources.required())
        .filter(|p| document.string(p).is_none())
        .map(str::to_owned)
        .collect();
    if !missing.is_empty() {
        let more = missing.len().saturating_sub(MISSING_LISTED);
        missing.truncate(MISSING_LISTED);
        return Err(ImportError::Missing { paths: missing, more });
    }
    if let Some(first) = sources.all().first() {
        for (path, id) in first.tree.strings() {
            if path.ends_with(".id") && document.string(&path) != Some(id) {
                return Err(ImportError::WrongId { path, expected: id.to_owned() });
            }
        }
    }
    Ok(document)
}

/// The work in progress as saved: its format, the starting language and the document.
pub fn save(source: &str, document: &Json) -> String {
    Json::Object(vec![
        ("format".to_owned(), Json::String(SAVED_FORMAT.to_owned())),
        ("source".to_owned(), Json::String(source.to_owned())),
        ("document".to_owned(), document.clone()),
    ])
    .to_compact()
}

/// Saved work read back: the starting language and the document, checked as an import is.
pub fn restore(saved: &str, sources: &Sources) -> Result<(String, Json), ImportError> {
    check_size(saved.len() as u64)?;
    let tree = json::parse(saved).map_err(|e| ImportError::NotJson(e.0))?;
    if tree.string("$.format") != Some(SAVED_FORMAT) {
        return Err(ImportError::NotAnObject);
    }
    let source = tree.string("$.source").unwrap_or_default().to_owned();
    let document = tree.get("$.document").ok_or(ImportError::NotAnObject)?;
    let document = import(&document.to_compact(), sources)?;
    Ok((source, document))
}

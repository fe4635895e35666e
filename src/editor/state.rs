//! The editor's state as a pure reducer: the starting language, the document, its check and the
//! last valid content (what the preview shows), and the last notice. Saving, files and the
//! clipboard are effects of the components, never done here.

use super::draft::{self, fields, Field, ImportError, Sources};
use super::json::Json;
use crate::content::{Content, ContentError};
use std::rc::Rc;
use yew::prelude::*;

/// What the editor last has to tell (shown in a live region).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// A file was imported.
    Imported { file: String },
    /// A file was not taken, and why; nothing changed.
    ImportFailed { file: String, error: ImportError },
    /// The work in progress was restored from this browser.
    Restored,
    /// Saved work was there but could not be read: the editor started afresh.
    RestoreFailed,
    /// Every change was discarded.
    Discarded,
    /// The snippet is on the clipboard.
    Copied,
    /// The clipboard refused it.
    CopyFailed,
}

/// A change to the editor's state.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// The partner typed `value` into the field at `path`.
    Edit { path: String, value: String },
    /// Another starting language: the source texts change, the document stays (unless nothing
    /// was edited yet, then it starts from the new source).
    ChooseSource(String),
    /// A file's text, to continue from.
    Import { file: String, text: String },
    /// A file refused before it was read.
    ImportRefused { file: String, error: ImportError },
    /// Back to the starting language's texts.
    Discard,
    /// Something to tell the partner.
    Notify(Notice),
}

#[derive(Debug, Clone, PartialEq)]
pub struct EditorState {
    pub sources: Rc<Sources>,
    /// The starting language's tag.
    pub source: String,
    /// The document being written.
    pub document: Json,
    /// Its problems, as the widget reports them (empty when it is valid).
    pub problems: Vec<ContentError>,
    /// The last valid content: the preview's.
    pub preview: Option<Rc<Content>>,
    pub notice: Option<Notice>,
    /// Counts changes to the document (saving follows it).
    pub revision: u32,
}

impl EditorState {
    /// A fresh start from `source` (or the first language), or saved work if there is some.
    pub fn new(sources: Rc<Sources>, source: &str, saved: Option<&str>) -> EditorState {
        let restored = saved.map(|s| draft::restore(s, &sources));
        let (source, document, notice) = match restored {
            Some(Ok((tag, doc))) => (tag, Some(doc), Some(Notice::Restored)),
            Some(Err(_)) => (source.to_owned(), None, Some(Notice::RestoreFailed)),
            None => (source.to_owned(), None, None),
        };
        let start = sources.get(&source).cloned();
        let source = start.as_ref().map_or(source, |s| s.tag.clone());
        let document = document.or_else(|| start.map(|s| s.tree)).unwrap_or(Json::Null);
        let mut state = EditorState {
            sources,
            source,
            document,
            problems: Vec::new(),
            preview: None,
            notice,
            revision: 0,
        };
        state.recheck();
        state
    }

    /// The fields of the document, with the starting language's texts.
    pub fn fields(&self) -> Vec<Field> {
        self.sources.get(&self.source).map(|s| fields(&self.document, s)).unwrap_or_default()
    }

    /// The starting language's document.
    fn source_tree(&self) -> Option<&Json> {
        self.sources.get(&self.source).map(|s| &s.tree)
    }

    /// Whether the document is still the starting language's, untouched.
    pub fn is_untouched(&self) -> bool {
        self.source_tree() == Some(&self.document)
    }

    fn recheck(&mut self) {
        match draft::check(&self.document) {
            Ok(content) => {
                self.problems.clear();
                self.preview = Some(Rc::new(content));
            }
            // The preview keeps the last valid content.
            Err(problems) => self.problems = problems,
        }
    }

    fn changed(&mut self) {
        self.revision = self.revision.wrapping_add(1);
        self.recheck();
    }
}

impl Reducible for EditorState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Edit { path, value } => {
                let optional = next.sources.get(&next.source).is_some_and(|s| s.is_optional(&path));
                let changed = if value.is_empty() && optional {
                    // An optional field left empty is left out, as in the embedded content.
                    next.document.remove(&path)
                } else {
                    next.document.string(&path) != Some(value.as_str())
                        && next.document.set(&path, Json::String(value))
                };
                if !changed {
                    return self;
                }
                next.notice = None;
                next.changed();
            }
            Action::ChooseSource(tag) => {
                let Some(source) = next.sources.get(&tag).cloned() else { return self };
                if source.tag == next.source {
                    return self;
                }
                let untouched = next.is_untouched();
                next.source = source.tag;
                if untouched {
                    next.document = source.tree;
                }
                next.changed();
            }
            Action::Import { file, text } => match draft::import(&text, &next.sources) {
                Ok(document) => {
                    next.document = document;
                    next.notice = Some(Notice::Imported { file });
                    next.changed();
                }
                Err(error) => next.notice = Some(Notice::ImportFailed { file, error }),
            },
            Action::ImportRefused { file, error } => next.notice = Some(Notice::ImportFailed { file, error }),
            Action::Discard => {
                if let Some(tree) = next.source_tree().cloned() {
                    next.document = tree;
                }
                next.notice = Some(Notice::Discarded);
                next.changed();
            }
            Action::Notify(notice) => next.notice = Some(notice),
        }
        Rc::new(next)
    }
}

//! What can be wrong with content, each problem with the JSON path where it is (`$` for the
//! whole document, `$.about.references[0].url` for one field).

/// One problem found in content.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ContentError {
    /// Refused before parsing.
    #[error("$: content is {size} bytes, more than the {max} accepted")]
    TooLarge { size: usize, max: usize },
    /// Not JSON at all (the message is the JSON parser's).
    #[error("$: not valid JSON: {message}")]
    Syntax { message: String },
    /// JSON, but not of the content's shape: a wrong type, a wrong count, an unknown id (the
    /// message is serde's). Reading stops at the first such problem.
    #[error("{path}: {message}")]
    Shape { path: String, message: String },
    #[error("{path}: required field is missing")]
    MissingField { path: String },
    #[error("{path}: unknown field")]
    UnknownField { path: String },
    #[error("{path}: {found} entries, more than this list holds (its length is fixed)")]
    ExtraEntries { path: String, found: u32 },
    /// Content given as a JavaScript object that cannot be read as plain data (a getter that
    /// throws, a proxy…); the message is the browser's.
    #[error("$: not plain data: {message}")]
    Unreadable { message: String },
    /// More problems than are listed.
    #[error("… and {count} more problem(s)")]
    More { count: usize },
    #[error("{path}: field appears more than once")]
    DuplicateField { path: String },
    #[error("{path}: text is empty")]
    EmptyText { path: String },
    #[error("{path}: text is {chars} characters long, more than the {max} accepted")]
    TextTooLong { path: String, chars: usize, max: usize },
    #[error("{path}: text contains a control character")]
    ControlCharacter { path: String },
    #[error("{path}: id \"{id}\" is missing")]
    MissingId { path: String, id: &'static str },
    #[error("{path}: id \"{id}\" appears more than once")]
    DuplicateId { path: String, id: &'static str },
    #[error("{path}: link \"{url}\" is not an https: or mailto: address")]
    UnsafeLink { path: String, url: String },
    #[error("{path}: \"{tag}\" is not a language tag")]
    BadLangTag { path: String, tag: String },
    #[error("{path}: must be \"{expected}\", the other language")]
    NotOtherLanguage { path: String, expected: &'static str },
}

impl ContentError {
    /// The JSON path of the problem (`$` for the whole document).
    pub fn path(&self) -> &str {
        match self {
            ContentError::TooLarge { .. }
            | ContentError::Syntax { .. }
            | ContentError::Unreadable { .. }
            | ContentError::More { .. } => "$",
            ContentError::Shape { path, .. }
            | ContentError::MissingField { path }
            | ContentError::UnknownField { path }
            | ContentError::ExtraEntries { path, .. }
            | ContentError::DuplicateField { path }
            | ContentError::EmptyText { path }
            | ContentError::TextTooLong { path, .. }
            | ContentError::ControlCharacter { path }
            | ContentError::MissingId { path, .. }
            | ContentError::DuplicateId { path, .. }
            | ContentError::UnsafeLink { path, .. }
            | ContentError::BadLangTag { path, .. }
            | ContentError::NotOtherLanguage { path, .. } => path,
        }
    }

    /// A problem serde found while reading, at `path` (serde_path_to_error's form, `.` for the
    /// whole document). For a missing or repeated field the path is its object's and serde names
    /// the field in its message; it goes into the path here, so every error points at the field
    /// itself. (For an unknown field the path already ends with it.)
    pub(crate) fn from_serde(path: &str, message: &str) -> ContentError {
        let path = json_path(path);
        let field = |prefix: &str| {
            let rest = message.strip_prefix(prefix)?;
            let name = rest.split('`').next()?;
            Some(format!("{path}.{}", super::clip(name)))
        };
        if let Some(path) = field("missing field `") {
            ContentError::MissingField { path }
        } else if message.starts_with("unknown field `") {
            ContentError::UnknownField { path }
        } else if let Some(path) = field("duplicate field `") {
            ContentError::DuplicateField { path }
        } else {
            ContentError::Shape { path, message: super::clip_message(message) }
        }
    }
}

/// `intro.title` as `$.intro.title`; `.` (the root) as `$`.
pub(crate) fn json_path(serde_path: &str) -> String {
    match serde_path {
        "" | "." => "$".to_owned(),
        p if p.starts_with('[') => format!("${p}"),
        p => format!("$.{p}"),
    }
}

//! The content model of the roadmap: serde types for every section, the stable ids, parsing and
//! validation. No `web-sys` here: everything is tested on the host.
//!
//! Content arrives as JSON (the embedded English and French files, or a partner's custom
//! content). [`Content::parse`] turns it into types or into a list of [`ContentError`]s, each
//! naming the JSON path of the problem; unknown fields are reported, not dropped. Nothing in this
//! module panics on input.

pub mod json;

use json::Value;
use std::cell::OnceCell;
use std::fmt;
use std::rc::Rc;

/// Largest JSON document accepted, in bytes: the embedded content is about 12 KB.
pub const MAX_CONTENT_BYTES: usize = 1024 * 1024;
/// Longest text accepted in any field, in characters.
pub const MAX_TEXT_CHARS: usize = 2000;
/// Longest list accepted (the longest in the roadmap has 6 items).
pub const MAX_LIST_ITEMS: usize = 50;

/// Declares a closed set of stable ids: an enum whose JSON form is its kebab-case id.
macro_rules! id_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $id:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name {
            $($variant),+
        }

        impl $name {
            /// Every id, in the roadmap's order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stable id, as used in JSON, deep links and tests.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $id),+ }
            }

            /// Parses a stable id; `None` for anything else.
            pub fn from_id(id: &str) -> Option<Self> {
                match id { $($id => Some($name::$variant),)+ _ => None }
            }

            /// Position in [`Self::ALL`].
            pub fn index(self) -> usize {
                Self::ALL.iter().position(|x| *x == self).unwrap_or(0)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

id_enum!(
    /// The two languages the roadmap ships in.
    Lang { En = "en", Fr = "fr" }
);
id_enum!(
    /// The words in use to name peers.
    Term {
        PeerSupport = "peer-support",
        PeerHelper = "peer-helper",
        Navigator = "navigator",
        StreetWorker = "street-worker",
        CommunityHealthWorker = "community-health-worker",
        SelfHelpGroups = "self-help-groups",
    }
);
id_enum!(
    /// Question 1: is the support offered formal or informal?
    Formality { Informal = "informal", Formal = "formal" }
);
id_enum!(
    /// Question 2: on what basis do peers connect?
    Basis {
        LivedExperience = "lived-experience",
        SharedIdentities = "shared-identities",
        EmbeddedInCommunity = "embedded-in-community",
    }
);
id_enum!(
    /// What peers do.
    Role {
        BuildRelationships = "build-relationships",
        EmotionalSupport = "emotional-support",
        NavigateServices = "navigate-services",
        PromoteHealth = "promote-health",
        Advocate = "advocate",
    }
);
id_enum!(
    /// The history timeline's milestones, oldest first.
    Milestone {
        PeerLedGroups = "peer-led-groups",
        CitizenMobilization = "citizen-mobilization",
        NavigationHarlem = "navigation-harlem",
    }
);
id_enum!(
    /// The two publications behind the roadmap.
    ReferenceId { Article = "article", CaseStudy = "case-study" }
);

impl Lang {
    /// The other language of the pair, for the language switch.
    pub fn other(self) -> Lang {
        match self {
            Lang::En => Lang::Fr,
            Lang::Fr => Lang::En,
        }
    }

    /// The colon as this language writes it: French puts a no-break space before it.
    pub fn colon(self) -> &'static str {
        match self {
            Lang::En => ": ",
            Lang::Fr => "\u{a0}: ",
        }
    }

    /// Reads a BCP 47 tag such as `fr-CA` or `en`; `None` for languages we do not ship.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or("");
        Lang::from_id(&primary.to_ascii_lowercase())
    }
}

/// A language tag on a text written in another language than the page (e.g. an English title
/// in the French roadmap): lets screen readers switch voice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LangTag(pub String);

/// Declares the interface labels once: the struct, its JSON field names and its texts.
macro_rules! ui_texts {
    ($($(#[$meta:meta])* $field:ident),+ $(,)?) => {
        /// The labels of the interface itself (buttons, headings of the find-your-way tool,
        /// notices).
        #[derive(Debug, Clone, PartialEq)]
        pub struct Ui {
            /// The language the switch leads to (the other one).
            pub language_switch_lang: Lang,
            $($(#[$meta])* pub $field: String,)+
        }

        impl Ui {
            const FIELDS: &'static [&'static str] = &["language_switch_lang", $(stringify!($field)),+];

            /// Every text with its field name.
            pub fn texts(&self) -> Vec<(&'static str, &str)> {
                vec![$((stringify!($field), self.$field.as_str())),+]
            }

            fn read(r: &mut Reader, o: &Obj) -> Ui {
                Ui {
                    language_switch_lang: r.id(o, "language_switch_lang", Lang::from_id).unwrap_or(Lang::En),
                    $($field: r.text(o, stringify!($field)),)+
                }
            }

            fn to_value(&self) -> Value {
                let mut members = vec![("language_switch_lang".to_owned(), id_value(self.language_switch_lang.as_str()))];
                $(members.push((stringify!($field).to_owned(), Value::String(self.$field.clone())));)+
                Value::Object(members)
            }
        }
    };
}

ui_texts!(
    /// Label of the language switch, written in the other language ("Français" in English).
    language_switch,
    /// Announced to screen readers after a language change.
    language_changed,
    map_title,
    map_hint,
    selected,
    close,
    print,
    /// "Step {current} of {total}".
    step_of,
    previous,
    next,
    term_detail,
    effect,
    point_to_watch,
    find_heading,
    find_lead,
    choose_one,
    choose_many,
    summary_heading,
    summary_empty,
    summary_support,
    summary_bases,
    summary_roles,
    summary_watch,
    summary_watch_unknown,
    summary_disclaimer,
    summary_updated,
    not_answered,
    start_over,
    case_setting,
    case_learning,
    case_conclusion,
    case_source,
    references,
    custom_content_error,
);

/// The whole roadmap in one language.
#[derive(Debug, Clone, PartialEq)]
pub struct Content {
    pub lang: Lang,
    pub ui: Ui,
    pub intro: Intro,
    pub terms: TermsSection,
    pub formality: FormalitySection,
    pub bases: BasesSection,
    pub roles: RolesSection,
    pub history: HistorySection,
    pub case_study: CaseStudy,
    pub about: About,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Intro {
    pub title: String,
    pub subtitle: String,
    pub paragraphs: Vec<String>,
    pub questions: Vec<String>,
    pub roadmap_lead: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TermsSection {
    /// Short label of the section on the map.
    pub nav: String,
    pub heading: String,
    pub lead: String,
    pub items: Vec<TermItem>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TermItem {
    pub id: Term,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FormalitySection {
    pub nav: String,
    pub question: String,
    pub options: Vec<FormalityOption>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FormalityOption {
    pub id: Formality,
    pub label: String,
    pub characteristics: Vec<Characteristic>,
}

impl FormalityOption {
    /// The characteristics the roadmap names as points to watch.
    pub fn points_to_watch(&self) -> impl Iterator<Item = &Characteristic> {
        self.characteristics.iter().filter(|c| c.watch)
    }
}

/// One characteristic of formal or informal support.
#[derive(Debug, Clone, PartialEq)]
pub struct Characteristic {
    pub text: String,
    /// The seed names this one as a risk (e.g. "May create unequal relations between peers").
    pub watch: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct BasesSection {
    pub nav: String,
    pub question: String,
    pub items: Vec<BasisItem>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct BasisItem {
    pub id: Basis,
    pub label: String,
    pub description: String,
    /// What this basis brings ("Supports mutual understanding").
    pub effect: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RolesSection {
    pub nav: String,
    pub heading: String,
    pub items: Vec<RoleItem>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RoleItem {
    pub id: Role,
    pub label: String,
    pub description: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct HistorySection {
    pub nav: String,
    pub heading: String,
    pub milestones: Vec<MilestoneItem>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct MilestoneItem {
    pub id: Milestone,
    pub when: String,
    pub place: String,
    pub title: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CaseStudy {
    pub nav: String,
    pub heading: String,
    pub context: String,
    pub setting: String,
    pub learning_points: Vec<String>,
    pub conclusion: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct About {
    pub nav: String,
    pub heading: String,
    pub chair: String,
    pub synthesis: String,
    pub more: String,
    pub references: Vec<Reference>,
    pub thanks: String,
    pub funding: String,
}

/// A publication, with its DOI link.
#[derive(Debug, Clone, PartialEq)]
pub struct Reference {
    pub id: ReferenceId,
    pub authors: String,
    pub title: String,
    /// Language of the title when it differs from the content's.
    pub title_lang: Option<LangTag>,
    pub journal: String,
    pub year: u16,
    pub url: String,
}

/// One problem found in content, with where it is.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ContentError {
    #[error("$: content is {size} bytes, more than the {max} accepted")]
    TooLarge { size: usize, max: usize },
    #[error("$: not valid JSON at line {line}, column {column}: {message}")]
    Syntax { line: usize, column: usize, message: &'static str },
    #[error("{path}: expected {expected}, found {found}")]
    WrongType { path: String, expected: &'static str, found: &'static str },
    #[error("{path}: required field is missing")]
    MissingField { path: String },
    #[error("{path}: unknown field")]
    UnknownField { path: String },
    #[error("{path}: field appears more than once")]
    DuplicateField { path: String },
    #[error("{path}: \"{id}\" is not a known id")]
    UnknownId { path: String, id: String },
    #[error("{path}: \"{value}\" is not a whole number from 0 to 65535")]
    BadNumber { path: String, value: String },
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
    #[error("{path}: expected {expected} entries, found {found}")]
    WrongCount { path: String, expected: usize, found: usize },
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
            ContentError::TooLarge { .. } | ContentError::Syntax { .. } => "$",
            ContentError::WrongType { path, .. }
            | ContentError::MissingField { path }
            | ContentError::UnknownField { path }
            | ContentError::DuplicateField { path }
            | ContentError::UnknownId { path, .. }
            | ContentError::BadNumber { path, .. }
            | ContentError::EmptyText { path }
            | ContentError::TextTooLong { path, .. }
            | ContentError::ControlCharacter { path }
            | ContentError::MissingId { path, .. }
            | ContentError::DuplicateId { path, .. }
            | ContentError::WrongCount { path, .. }
            | ContentError::UnsafeLink { path, .. }
            | ContentError::BadLangTag { path, .. }
            | ContentError::NotOtherLanguage { path, .. } => path,
        }
    }
}

/// Cuts hostile values short before they go into an error message or the console.
pub fn clip(s: &str) -> String {
    const MAX: usize = 80;
    if s.chars().count() > MAX {
        format!("{}…", s.chars().take(MAX).collect::<String>())
    } else {
        s.to_owned()
    }
}

/// An object being read: its members and its path.
struct Obj<'v> {
    path: String,
    members: &'v [(String, Value)],
}

/// Reads typed content out of a [`Value`], collecting every problem instead of stopping at the
/// first.
#[derive(Default)]
struct Reader {
    v: Validator,
}

impl Reader {
    fn object<'v>(&mut self, value: &'v Value, path: String, fields: &[&str]) -> Option<Obj<'v>> {
        let Value::Object(members) = value else {
            self.v.errors.push(ContentError::WrongType { path, expected: "an object", found: value.kind() });
            return None;
        };
        for (i, (key, _)) in members.iter().enumerate() {
            let field_path = format!("{path}.{}", clip(key));
            if !fields.contains(&key.as_str()) {
                self.v.errors.push(ContentError::UnknownField { path: field_path });
            } else if members[..i].iter().any(|(k, _)| k == key) {
                self.v.errors.push(ContentError::DuplicateField { path: field_path });
            }
        }
        Some(Obj { path, members })
    }

    /// A required member; reports it missing.
    fn member<'v>(&mut self, o: &Obj<'v>, name: &str) -> Option<(&'v Value, String)> {
        let path = format!("{}.{name}", o.path);
        match o.members.iter().find(|(k, _)| k == name) {
            Some((_, v)) => Some((v, path)),
            None => {
                self.v.errors.push(ContentError::MissingField { path });
                None
            }
        }
    }

    fn string_at(&mut self, value: &Value, path: String) -> String {
        match value {
            Value::String(s) => {
                // Checked here, where the path is exact (items dropped for a bad id would shift
                // indices in a later pass).
                self.v.text(&path, s);
                s.clone()
            }
            other => {
                self.v.errors.push(ContentError::WrongType { path, expected: "a string", found: other.kind() });
                String::new()
            }
        }
    }

    fn text(&mut self, o: &Obj, name: &str) -> String {
        match self.member(o, name) {
            Some((v, path)) => self.string_at(v, path),
            None => String::new(),
        }
    }

    fn flag(&mut self, o: &Obj, name: &str) -> bool {
        match o.members.iter().find(|(k, _)| k == name) {
            None => false,
            Some((_, Value::Bool(b))) => *b,
            Some((_, other)) => {
                let path = format!("{}.{name}", o.path);
                self.v.errors.push(ContentError::WrongType { path, expected: "true or false", found: other.kind() });
                false
            }
        }
    }

    fn year(&mut self, o: &Obj, name: &str) -> u16 {
        match self.member(o, name) {
            Some((Value::Number(n), path)) => n.parse::<u16>().unwrap_or_else(|_| {
                self.v.errors.push(ContentError::BadNumber { path, value: clip(n) });
                0
            }),
            Some((other, path)) => {
                self.v.errors.push(ContentError::WrongType { path, expected: "a number", found: other.kind() });
                0
            }
            None => 0,
        }
    }

    fn id<T>(&mut self, o: &Obj, name: &str, parse: fn(&str) -> Option<T>) -> Option<T> {
        let (v, path) = self.member(o, name)?;
        let Value::String(s) = v else {
            self.v.errors.push(ContentError::WrongType { path, expected: "an id (a string)", found: v.kind() });
            return None;
        };
        let id = parse(s);
        if id.is_none() {
            self.v.errors.push(ContentError::UnknownId { path, id: clip(s) });
        }
        id
    }

    /// The elements of an array member, each with its path.
    fn list<'v>(&mut self, o: &Obj<'v>, name: &str) -> Vec<(&'v Value, String)> {
        let Some((v, path)) = self.member(o, name) else { return Vec::new() };
        let Value::Array(items) = v else {
            self.v.errors.push(ContentError::WrongType { path, expected: "an array", found: v.kind() });
            return Vec::new();
        };
        if items.len() > MAX_LIST_ITEMS {
            self.v.errors.push(ContentError::WrongCount { path: path.clone(), expected: MAX_LIST_ITEMS, found: items.len() });
        }
        items.iter().take(MAX_LIST_ITEMS).enumerate().map(|(i, item)| (item, format!("{path}[{i}]"))).collect()
    }

    fn texts(&mut self, o: &Obj, name: &str) -> Vec<String> {
        self.list(o, name).into_iter().map(|(v, path)| self.string_at(v, path)).collect()
    }

    /// Each element of an array member read as an object with `fields`, by `read`.
    fn objects<T>(&mut self, o: &Obj, name: &str, fields: &[&str], read: fn(&mut Reader, &Obj) -> Option<T>) -> Vec<T> {
        self.list(o, name)
            .into_iter()
            .filter_map(|(v, path)| {
                let item = self.object(v, path, fields)?;
                read(self, &item)
            })
            .collect()
    }

    /// A required member that is an object with `fields`.
    fn section<'v>(&mut self, o: &Obj<'v>, name: &str, fields: &[&str]) -> Option<Obj<'v>> {
        let (v, path) = self.member(o, name)?;
        self.object(v, path, fields)
    }
}

fn id_value(id: &str) -> Value {
    Value::String(id.to_owned())
}
fn text_value(s: &str) -> Value {
    Value::String(s.to_owned())
}
fn texts_value(list: &[String]) -> Value {
    Value::Array(list.iter().map(|s| text_value(s)).collect())
}
fn object(members: Vec<(&str, Value)>) -> Value {
    Value::Object(members.into_iter().map(|(k, v)| (k.to_owned(), v)).collect())
}

const CONTENT_FIELDS: &[&str] =
    &["lang", "ui", "intro", "terms", "formality", "bases", "roles", "history", "case_study", "about"];
const INTRO_FIELDS: &[&str] = &["title", "subtitle", "paragraphs", "questions", "roadmap_lead"];
const TERMS_FIELDS: &[&str] = &["nav", "heading", "lead", "items"];
const TERM_FIELDS: &[&str] = &["id", "label"];
const FORMALITY_FIELDS: &[&str] = &["nav", "question", "options"];
const OPTION_FIELDS: &[&str] = &["id", "label", "characteristics"];
const CHARACTERISTIC_FIELDS: &[&str] = &["text", "watch"];
const BASES_FIELDS: &[&str] = &["nav", "question", "items"];
const BASIS_FIELDS: &[&str] = &["id", "label", "description", "effect"];
const ROLES_FIELDS: &[&str] = &["nav", "heading", "items"];
const ROLE_FIELDS: &[&str] = &["id", "label", "description"];
const HISTORY_FIELDS: &[&str] = &["nav", "heading", "milestones"];
const MILESTONE_FIELDS: &[&str] = &["id", "when", "place", "title", "text"];
const CASE_FIELDS: &[&str] = &["nav", "heading", "context", "setting", "learning_points", "conclusion"];
const ABOUT_FIELDS: &[&str] = &["nav", "heading", "chair", "synthesis", "more", "references", "thanks", "funding"];
const REFERENCE_FIELDS: &[&str] = &["id", "authors", "title", "title_lang", "journal", "year", "url"];

impl Content {
    /// Parses and validates one language's content. Every problem found is returned, each with
    /// its JSON path.
    pub fn parse(json: &str) -> Result<Content, Vec<ContentError>> {
        if json.len() > MAX_CONTENT_BYTES {
            return Err(vec![ContentError::TooLarge { size: json.len(), max: MAX_CONTENT_BYTES }]);
        }
        let value = json::parse(json).map_err(|e| {
            vec![ContentError::Syntax { line: e.line, column: e.column, message: e.message }]
        })?;
        let mut r = Reader::default();
        let content = Content::read(&mut r, &value);
        let mut v = r.v;
        match content {
            Some(content) => {
                content.validate_sections(&mut v);
                if v.errors.is_empty() {
                    Ok(content)
                } else {
                    Err(v.errors)
                }
            }
            None => Err(v.errors),
        }
    }

    fn read(r: &mut Reader, value: &Value) -> Option<Content> {
        let o = r.object(value, "$".to_owned(), CONTENT_FIELDS)?;
        let lang = r.id(&o, "lang", Lang::from_id);
        let ui = r.section(&o, "ui", Ui::FIELDS).map(|u| Ui::read(r, &u));
        let intro = r.section(&o, "intro", INTRO_FIELDS).map(|i| Intro {
            title: r.text(&i, "title"),
            subtitle: r.text(&i, "subtitle"),
            paragraphs: r.texts(&i, "paragraphs"),
            questions: r.texts(&i, "questions"),
            roadmap_lead: r.text(&i, "roadmap_lead"),
        });
        let terms = r.section(&o, "terms", TERMS_FIELDS).map(|t| TermsSection {
            nav: r.text(&t, "nav"),
            heading: r.text(&t, "heading"),
            lead: r.text(&t, "lead"),
            items: r.objects(&t, "items", TERM_FIELDS, |r, i| {
                let id = r.id(i, "id", Term::from_id);
                let label = r.text(i, "label");
                Some(TermItem { id: id?, label })
            }),
        });
        let formality = r.section(&o, "formality", FORMALITY_FIELDS).map(|f| FormalitySection {
            nav: r.text(&f, "nav"),
            question: r.text(&f, "question"),
            options: r.objects(&f, "options", OPTION_FIELDS, |r, i| {
                let id = r.id(i, "id", Formality::from_id);
                let label = r.text(i, "label");
                let characteristics = r.objects(i, "characteristics", CHARACTERISTIC_FIELDS, |r, c| {
                    Some(Characteristic { text: r.text(c, "text"), watch: r.flag(c, "watch") })
                });
                r.v.count(&format!("{}.characteristics", i.path), characteristics.len(), 3);
                Some(FormalityOption { id: id?, label, characteristics })
            }),
        });
        let bases = r.section(&o, "bases", BASES_FIELDS).map(|b| BasesSection {
            nav: r.text(&b, "nav"),
            question: r.text(&b, "question"),
            items: r.objects(&b, "items", BASIS_FIELDS, |r, i| {
                let id = r.id(i, "id", Basis::from_id);
                let (label, description, effect) = (r.text(i, "label"), r.text(i, "description"), r.text(i, "effect"));
                Some(BasisItem { id: id?, label, description, effect })
            }),
        });
        let roles = r.section(&o, "roles", ROLES_FIELDS).map(|x| RolesSection {
            nav: r.text(&x, "nav"),
            heading: r.text(&x, "heading"),
            items: r.objects(&x, "items", ROLE_FIELDS, |r, i| {
                let id = r.id(i, "id", Role::from_id);
                let (label, description) = (r.text(i, "label"), r.text(i, "description"));
                Some(RoleItem { id: id?, label, description })
            }),
        });
        let history = r.section(&o, "history", HISTORY_FIELDS).map(|h| HistorySection {
            nav: r.text(&h, "nav"),
            heading: r.text(&h, "heading"),
            milestones: r.objects(&h, "milestones", MILESTONE_FIELDS, |r, i| {
                let id = r.id(i, "id", Milestone::from_id);
                let (when, place) = (r.text(i, "when"), r.text(i, "place"));
                let (title, text) = (r.text(i, "title"), r.text(i, "text"));
                Some(MilestoneItem { id: id?, when, place, title, text })
            }),
        });
        let case_study = r.section(&o, "case_study", CASE_FIELDS).map(|c| CaseStudy {
            nav: r.text(&c, "nav"),
            heading: r.text(&c, "heading"),
            context: r.text(&c, "context"),
            setting: r.text(&c, "setting"),
            learning_points: r.texts(&c, "learning_points"),
            conclusion: r.text(&c, "conclusion"),
        });
        let about = r.section(&o, "about", ABOUT_FIELDS).map(|a| About {
            nav: r.text(&a, "nav"),
            heading: r.text(&a, "heading"),
            chair: r.text(&a, "chair"),
            synthesis: r.text(&a, "synthesis"),
            more: r.text(&a, "more"),
            references: r.objects(&a, "references", REFERENCE_FIELDS, |r, i| {
                let id = r.id(i, "id", ReferenceId::from_id);
                let (authors, title) = (r.text(i, "authors"), r.text(i, "title"));
                let title_lang = i.members.iter().any(|(k, _)| k == "title_lang").then(|| LangTag(r.text(i, "title_lang")));
                let (journal, year, url) = (r.text(i, "journal"), r.year(i, "year"), r.text(i, "url"));
                r.v.link(&format!("{}.url", i.path), &url);
                if let Some(tag) = &title_lang {
                    r.v.lang_tag(&format!("{}.title_lang", i.path), &tag.0);
                }
                Some(Reference { id: id?, authors, title, title_lang, journal, year, url })
            }),
            thanks: r.text(&a, "thanks"),
            funding: r.text(&a, "funding"),
        });
        Some(Content {
            lang: lang?,
            ui: ui?,
            intro: intro?,
            terms: terms?,
            formality: formality?,
            bases: bases?,
            roles: roles?,
            history: history?,
            case_study: case_study?,
            about: about?,
        })
    }

    /// The content as JSON (the same schema [`Content::parse`] reads).
    pub fn to_json(&self) -> String {
        self.to_value().to_json()
    }

    fn to_value(&self) -> Value {
        let i = &self.intro;
        let t = &self.terms;
        let f = &self.formality;
        let b = &self.bases;
        let r = &self.roles;
        let h = &self.history;
        let c = &self.case_study;
        let a = &self.about;
        object(vec![
            ("lang", id_value(self.lang.as_str())),
            ("ui", self.ui.to_value()),
            ("intro", object(vec![
                ("title", text_value(&i.title)),
                ("subtitle", text_value(&i.subtitle)),
                ("paragraphs", texts_value(&i.paragraphs)),
                ("questions", texts_value(&i.questions)),
                ("roadmap_lead", text_value(&i.roadmap_lead)),
            ])),
            ("terms", object(vec![
                ("nav", text_value(&t.nav)),
                ("heading", text_value(&t.heading)),
                ("lead", text_value(&t.lead)),
                ("items", Value::Array(t.items.iter().map(|x| object(vec![("id", id_value(x.id.as_str())), ("label", text_value(&x.label))])).collect())),
            ])),
            ("formality", object(vec![
                ("nav", text_value(&f.nav)),
                ("question", text_value(&f.question)),
                ("options", Value::Array(f.options.iter().map(|o| object(vec![
                    ("id", id_value(o.id.as_str())),
                    ("label", text_value(&o.label)),
                    ("characteristics", Value::Array(o.characteristics.iter().map(|ch| {
                        let mut m = vec![("text", text_value(&ch.text))];
                        if ch.watch {
                            m.push(("watch", Value::Bool(true)));
                        }
                        object(m)
                    }).collect())),
                ])).collect())),
            ])),
            ("bases", object(vec![
                ("nav", text_value(&b.nav)),
                ("question", text_value(&b.question)),
                ("items", Value::Array(b.items.iter().map(|x| object(vec![
                    ("id", id_value(x.id.as_str())),
                    ("label", text_value(&x.label)),
                    ("description", text_value(&x.description)),
                    ("effect", text_value(&x.effect)),
                ])).collect())),
            ])),
            ("roles", object(vec![
                ("nav", text_value(&r.nav)),
                ("heading", text_value(&r.heading)),
                ("items", Value::Array(r.items.iter().map(|x| object(vec![
                    ("id", id_value(x.id.as_str())),
                    ("label", text_value(&x.label)),
                    ("description", text_value(&x.description)),
                ])).collect())),
            ])),
            ("history", object(vec![
                ("nav", text_value(&h.nav)),
                ("heading", text_value(&h.heading)),
                ("milestones", Value::Array(h.milestones.iter().map(|m| object(vec![
                    ("id", id_value(m.id.as_str())),
                    ("when", text_value(&m.when)),
                    ("place", text_value(&m.place)),
                    ("title", text_value(&m.title)),
                    ("text", text_value(&m.text)),
                ])).collect())),
            ])),
            ("case_study", object(vec![
                ("nav", text_value(&c.nav)),
                ("heading", text_value(&c.heading)),
                ("context", text_value(&c.context)),
                ("setting", text_value(&c.setting)),
                ("learning_points", texts_value(&c.learning_points)),
                ("conclusion", text_value(&c.conclusion)),
            ])),
            ("about", object(vec![
                ("nav", text_value(&a.nav)),
                ("heading", text_value(&a.heading)),
                ("chair", text_value(&a.chair)),
                ("synthesis", text_value(&a.synthesis)),
                ("more", text_value(&a.more)),
                ("references", Value::Array(a.references.iter().map(|x| {
                    let mut m = vec![
                        ("id", id_value(x.id.as_str())),
                        ("authors", text_value(&x.authors)),
                        ("title", text_value(&x.title)),
                    ];
                    if let Some(tag) = &x.title_lang {
                        m.push(("title_lang", text_value(&tag.0)));
                    }
                    m.push(("journal", text_value(&x.journal)));
                    m.push(("year", Value::Number(x.year.to_string())));
                    m.push(("url", text_value(&x.url)));
                    object(m)
                }).collect())),
                ("thanks", text_value(&a.thanks)),
                ("funding", text_value(&a.funding)),
            ])),
        ])
    }

    /// Every problem in already-typed content: ids complete and unique, texts present and
    /// plain, links safe. The checks are the parser's (they run where the JSON path is exact),
    /// applied to this content's JSON form.
    pub fn validate(&self) -> Vec<ContentError> {
        Content::parse(&self.to_json()).err().unwrap_or_default()
    }

    /// Checks that hold for whole sections: every id once, the right number of entries, and the
    /// language switch leading to the other language.
    fn validate_sections(&self, v: &mut Validator) {
        v.ids("$.terms.items", self.terms.items.iter().map(|i| i.id), Term::ALL);
        v.ids("$.formality.options", self.formality.options.iter().map(|i| i.id), Formality::ALL);
        v.ids("$.bases.items", self.bases.items.iter().map(|i| i.id), Basis::ALL);
        v.ids("$.roles.items", self.roles.items.iter().map(|i| i.id), Role::ALL);
        v.ids("$.history.milestones", self.history.milestones.iter().map(|i| i.id), Milestone::ALL);
        v.ids("$.about.references", self.about.references.iter().map(|i| i.id), ReferenceId::ALL);
        v.count("$.intro.paragraphs", self.intro.paragraphs.len(), 2);
        v.count("$.intro.questions", self.intro.questions.len(), 3);
        v.count("$.case_study.learning_points", self.case_study.learning_points.len(), 3);
        if self.ui.language_switch_lang != self.lang.other() {
            let path = "$.ui.language_switch_lang".to_owned();
            v.errors.push(ContentError::NotOtherLanguage { path, expected: self.lang.other().as_str() });
        }
    }

    /// Calls `f` with the JSON path and value of every text field, for validation and tests.
    pub fn visit_texts(&self, f: &mut dyn FnMut(&str, &str)) {
        for (name, text) in self.ui.texts() {
            f(&format!("$.ui.{name}"), text);
        }
        let i = &self.intro;
        f("$.intro.title", &i.title);
        f("$.intro.subtitle", &i.subtitle);
        each(f, "$.intro.paragraphs", &i.paragraphs);
        each(f, "$.intro.questions", &i.questions);
        f("$.intro.roadmap_lead", &i.roadmap_lead);
        f("$.terms.nav", &self.terms.nav);
        f("$.terms.heading", &self.terms.heading);
        f("$.terms.lead", &self.terms.lead);
        for (n, t) in self.terms.items.iter().enumerate() {
            f(&format!("$.terms.items[{n}].label"), &t.label);
        }
        f("$.formality.nav", &self.formality.nav);
        f("$.formality.question", &self.formality.question);
        for (n, o) in self.formality.options.iter().enumerate() {
            f(&format!("$.formality.options[{n}].label"), &o.label);
            for (k, c) in o.characteristics.iter().enumerate() {
                f(&format!("$.formality.options[{n}].characteristics[{k}].text"), &c.text);
            }
        }
        f("$.bases.nav", &self.bases.nav);
        f("$.bases.question", &self.bases.question);
        for (n, b) in self.bases.items.iter().enumerate() {
            f(&format!("$.bases.items[{n}].label"), &b.label);
            f(&format!("$.bases.items[{n}].description"), &b.description);
            f(&format!("$.bases.items[{n}].effect"), &b.effect);
        }
        f("$.roles.nav", &self.roles.nav);
        f("$.roles.heading", &self.roles.heading);
        for (n, r) in self.roles.items.iter().enumerate() {
            f(&format!("$.roles.items[{n}].label"), &r.label);
            f(&format!("$.roles.items[{n}].description"), &r.description);
        }
        f("$.history.nav", &self.history.nav);
        f("$.history.heading", &self.history.heading);
        for (n, m) in self.history.milestones.iter().enumerate() {
            f(&format!("$.history.milestones[{n}].when"), &m.when);
            f(&format!("$.history.milestones[{n}].place"), &m.place);
            f(&format!("$.history.milestones[{n}].title"), &m.title);
            f(&format!("$.history.milestones[{n}].text"), &m.text);
        }
        let c = &self.case_study;
        f("$.case_study.nav", &c.nav);
        f("$.case_study.heading", &c.heading);
        f("$.case_study.context", &c.context);
        f("$.case_study.setting", &c.setting);
        each(f, "$.case_study.learning_points", &c.learning_points);
        f("$.case_study.conclusion", &c.conclusion);
        let a = &self.about;
        f("$.about.nav", &a.nav);
        f("$.about.heading", &a.heading);
        f("$.about.chair", &a.chair);
        f("$.about.synthesis", &a.synthesis);
        f("$.about.more", &a.more);
        for (n, r) in a.references.iter().enumerate() {
            f(&format!("$.about.references[{n}].authors"), &r.authors);
            f(&format!("$.about.references[{n}].title"), &r.title);
            f(&format!("$.about.references[{n}].journal"), &r.journal);
        }
        f("$.about.thanks", &a.thanks);
        f("$.about.funding", &a.funding);
    }

    pub fn term(&self, id: Term) -> Option<&TermItem> {
        self.terms.items.iter().find(|i| i.id == id)
    }
    pub fn formality_option(&self, id: Formality) -> Option<&FormalityOption> {
        self.formality.options.iter().find(|i| i.id == id)
    }
    pub fn basis(&self, id: Basis) -> Option<&BasisItem> {
        self.bases.items.iter().find(|i| i.id == id)
    }
    pub fn role(&self, id: Role) -> Option<&RoleItem> {
        self.roles.items.iter().find(|i| i.id == id)
    }
    pub fn milestone(&self, id: Milestone) -> Option<&MilestoneItem> {
        self.history.milestones.iter().find(|i| i.id == id)
    }
    pub fn reference(&self, id: ReferenceId) -> Option<&Reference> {
        self.about.references.iter().find(|i| i.id == id)
    }
}

fn each(f: &mut dyn FnMut(&str, &str), path: &str, texts: &[String]) {
    for (n, t) in texts.iter().enumerate() {
        f(&format!("{path}[{n}]"), t);
    }
}

#[derive(Default)]
struct Validator {
    errors: Vec<ContentError>,
}

impl Validator {
    fn text(&mut self, path: &str, text: &str) {
        let chars = text.chars().count();
        if text.trim().is_empty() {
            self.errors.push(ContentError::EmptyText { path: path.to_owned() });
        } else if chars > MAX_TEXT_CHARS {
            self.errors.push(ContentError::TextTooLong { path: path.to_owned(), chars, max: MAX_TEXT_CHARS });
        }
        if text.chars().any(char::is_control) {
            self.errors.push(ContentError::ControlCharacter { path: path.to_owned() });
        }
    }

    fn ids<T: Copy + PartialEq + IdName>(&mut self, path: &str, found: impl Iterator<Item = T> + Clone, all: &[T]) {
        for id in all {
            let path = path.to_owned();
            match found.clone().filter(|f| f == id).count() {
                0 => self.errors.push(ContentError::MissingId { path, id: id.name() }),
                1 => {}
                _ => self.errors.push(ContentError::DuplicateId { path, id: id.name() }),
            }
        }
    }

    fn count(&mut self, path: &str, found: usize, expected: usize) {
        if found != expected {
            self.errors.push(ContentError::WrongCount { path: path.to_owned(), expected, found });
        }
    }

    fn link(&mut self, path: &str, url: &str) {
        if !is_safe_link(url) {
            self.errors.push(ContentError::UnsafeLink { path: path.to_owned(), url: clip(url) });
        }
    }

    fn lang_tag(&mut self, path: &str, tag: &str) {
        if !is_lang_tag(tag) {
            self.errors.push(ContentError::BadLangTag { path: path.to_owned(), tag: clip(tag) });
        }
    }
}

/// The stable name of an id, for error messages.
trait IdName {
    fn name(self) -> &'static str;
}
macro_rules! id_name {
    ($($t:ty),+) => { $(impl IdName for $t { fn name(self) -> &'static str { self.as_str() } })+ };
}
id_name!(Term, Formality, Basis, Role, Milestone, ReferenceId);

/// The JSON Schema (draft 2020-12) of the content, built from the same field lists the reader
/// uses, so the published schema cannot drift from what is accepted. Checked in as
/// `schema/content.schema.json`; a test keeps the two equal.
pub fn json_schema() -> String {
    fn s(v: &str) -> Value {
        Value::String(v.to_owned())
    }
    fn text() -> Value {
        object(vec![("type", s("string")), ("minLength", Value::Number("1".into())), ("maxLength", Value::Number(MAX_TEXT_CHARS.to_string()))])
    }
    fn list(items: Value, count: Option<usize>) -> Value {
        let mut m = vec![("type", s("array")), ("items", items)];
        match count {
            Some(n) => {
                m.push(("minItems", Value::Number(n.to_string())));
                m.push(("maxItems", Value::Number(n.to_string())));
            }
            None => m.push(("maxItems", Value::Number(MAX_LIST_ITEMS.to_string()))),
        }
        object(m)
    }
    fn ids(all: &[&str]) -> Value {
        object(vec![("enum", Value::Array(all.iter().map(|i| s(i)).collect()))])
    }
    /// An object with exactly `fields`, all required but `optional`, typed by `ty`.
    fn obj(fields: &[&str], optional: &[&str], ty: &dyn Fn(&str) -> Value) -> Value {
        object(vec![
            ("type", s("object")),
            ("additionalProperties", Value::Bool(false)),
            ("required", Value::Array(fields.iter().filter(|f| !optional.contains(f)).map(|f| s(f)).collect())),
            ("properties", Value::Object(fields.iter().map(|f| ((*f).to_owned(), ty(f))).collect())),
        ])
    }
    fn names<T: Copy>(all: &[T], name: fn(T) -> &'static str) -> Vec<&'static str> {
        all.iter().map(|x| name(*x)).collect()
    }
    let langs = names(Lang::ALL, Lang::as_str);
    let ui = obj(Ui::FIELDS, &[], &|f| if f == "language_switch_lang" { ids(&langs) } else { text() });
    let term = obj(TERM_FIELDS, &[], &|f| if f == "id" { ids(&names(Term::ALL, Term::as_str)) } else { text() });
    let characteristic = obj(CHARACTERISTIC_FIELDS, &["watch"], &|f| if f == "watch" { object(vec![("type", s("boolean"))]) } else { text() });
    let option = obj(OPTION_FIELDS, &[], &|f| match f {
        "id" => ids(&names(Formality::ALL, Formality::as_str)),
        "characteristics" => list(characteristic.clone(), Some(3)),
        _ => text(),
    });
    let basis = obj(BASIS_FIELDS, &[], &|f| if f == "id" { ids(&names(Basis::ALL, Basis::as_str)) } else { text() });
    let role = obj(ROLE_FIELDS, &[], &|f| if f == "id" { ids(&names(Role::ALL, Role::as_str)) } else { text() });
    let milestone = obj(MILESTONE_FIELDS, &[], &|f| if f == "id" { ids(&names(Milestone::ALL, Milestone::as_str)) } else { text() });
    let reference = obj(REFERENCE_FIELDS, &["title_lang"], &|f| match f {
        "id" => ids(&names(ReferenceId::ALL, ReferenceId::as_str)),
        "year" => object(vec![("type", s("integer")), ("minimum", Value::Number("0".into())), ("maximum", Value::Number("65535".into()))]),
        "url" => object(vec![("type", s("string")), ("pattern", s("^(https://[A-Za-z0-9]|mailto:[^\\s]*@)[^\\s]*$"))]),
        "title_lang" => object(vec![("type", s("string")), ("pattern", s("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$"))]),
        _ => text(),
    });
    let section = |fields: &[&str], list_field: &str, items: Value, count: Option<usize>| {
        obj(fields, &[], &|f| if f == list_field { list(items.clone(), count) } else { text() })
    };
    let root = obj(CONTENT_FIELDS, &[], &|f| match f {
        "lang" => ids(&langs),
        "ui" => ui.clone(),
        "intro" => obj(INTRO_FIELDS, &[], &|g| match g {
            "paragraphs" => list(text(), Some(2)),
            "questions" => list(text(), Some(3)),
            _ => text(),
        }),
        "terms" => section(TERMS_FIELDS, "items", term.clone(), Some(Term::ALL.len())),
        "formality" => section(FORMALITY_FIELDS, "options", option.clone(), Some(Formality::ALL.len())),
        "bases" => section(BASES_FIELDS, "items", basis.clone(), Some(Basis::ALL.len())),
        "roles" => section(ROLES_FIELDS, "items", role.clone(), Some(Role::ALL.len())),
        "history" => section(HISTORY_FIELDS, "milestones", milestone.clone(), Some(Milestone::ALL.len())),
        "case_study" => obj(CASE_FIELDS, &[], &|g| if g == "learning_points" { list(text(), Some(3)) } else { text() }),
        "about" => section(ABOUT_FIELDS, "references", reference.clone(), Some(ReferenceId::ALL.len())),
        _ => text(),
    });
    let Value::Object(mut members) = root else { return String::new() };
    let header = vec![
        ("$schema".to_owned(), s("https://json-schema.org/draft/2020-12/schema")),
        ("title".to_owned(), s("Peer Roadmap content (one language)")),
        ("description".to_owned(), s("Generated from src/content.rs by `cargo test` (see tests/content.rs). Ids must each appear exactly once; texts are plain text, never HTML.")),
    ];
    members.splice(0..0, header);
    Value::Object(members).to_json_pretty()
}

/// Links in content may only be `https:` (with a host) or `mailto:`, and hold no white space.
pub fn is_safe_link(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    // Bidi formatting characters could make the visible address read differently from the link.
    let bidi = |c: char| matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
    let has_space = url.chars().any(|c| c.is_whitespace() || c.is_control() || bidi(c));
    let https = lower
        .strip_prefix("https://")
        .is_some_and(|rest| rest.chars().next().is_some_and(|c| c.is_ascii_alphanumeric()));
    let mailto = lower.strip_prefix("mailto:").is_some_and(|rest| rest.contains('@'));
    !has_space && (https || mailto)
}

/// A simplified BCP 47 check: a 2–3 letter language, then subtags of 1–8 letters or digits.
pub fn is_lang_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let primary_ok = parts
        .next()
        .is_some_and(|p| (2..=3).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphabetic()));
    primary_ok && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

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
}

/// One language's content, parsed on first use.
type Slot = Rc<OnceCell<Rc<Content>>>;

impl Catalog {
    /// The content compiled into the binary, with `first` parsed now (its errors are returned)
    /// and the other language when it is first asked for.
    pub fn embedded(first: Lang) -> Result<Catalog, Vec<ContentError>> {
        let parsed = Rc::new(Content::parse(embedded_json(first))?);
        let slot = |lang: Lang| Rc::new(if lang == first { OnceCell::from(parsed.clone()) } else { OnceCell::new() });
        Ok(Catalog { en: slot(Lang::En), fr: slot(Lang::Fr), fallback: parsed })
    }

    /// This catalog with `custom` content in place of the embedded content of its language.
    pub fn with_custom(&self, custom: Content) -> Catalog {
        let lang = custom.lang;
        let filled = Rc::new(OnceCell::from(Rc::new(custom)));
        let mut catalog = self.clone();
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
        slot.get_or_init(|| Content::parse(embedded_json(lang)).map(Rc::new).unwrap_or_else(|_| self.fallback.clone()))
            .clone()
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

/// Fills `{name}` placeholders in a UI template ("Step {current} of {total}").
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values.iter().fold(template.to_owned(), |text, (name, value)| {
        text.replace(&format!("{{{name}}}"), value)
    })
}

//! The content model of the roadmap: serde types for every section, the stable ids, parsing and
//! validation. No `web-sys` here: everything is tested on the host.
//!
//! Content arrives as JSON (the embedded English and French files, or a partner's custom
//! content). [`Content::parse`] turns it into types or into a list of [`ContentError`]s, each
//! naming the JSON path of the problem. Nothing in this module panics on input.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::rc::Rc;

/// Largest JSON document accepted, in bytes: the embedded content is about 12 KB.
pub const MAX_CONTENT_BYTES: usize = 1024 * 1024;
/// Longest text accepted in any field, in characters.
pub const MAX_TEXT_CHARS: usize = 2000;

/// Declares a closed set of stable ids: an enum that (de)serialises as its kebab-case id.
macro_rules! id_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $id:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        pub enum $name {
            $(#[serde(rename = $id)] $variant),+
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

    /// Reads a BCP 47 tag such as `fr-CA` or `en`; `None` for languages we do not ship.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or("");
        Lang::from_id(&primary.to_ascii_lowercase())
    }
}

/// A language tag on a text written in another language than the page (e.g. an English title
/// in the French roadmap): lets screen readers switch voice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct LangTag(pub String);

/// The whole roadmap in one language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
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

/// The labels of the interface itself (buttons, headings of the find-your-way tool, notices).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ui {
    /// Label of the language switch, written in the other language ("Français" in English).
    pub language_switch: String,
    pub language_switch_lang: Lang,
    /// Announced to screen readers after a language change.
    pub language_changed: String,
    pub map_title: String,
    pub map_hint: String,
    pub selected: String,
    pub close: String,
    pub print: String,
    /// "Step {current} of {total}".
    pub step_of: String,
    pub previous: String,
    pub next: String,
    pub term_detail: String,
    pub effect: String,
    pub point_to_watch: String,
    pub find_heading: String,
    pub find_lead: String,
    pub choose_one: String,
    pub choose_many: String,
    pub summary_heading: String,
    pub summary_empty: String,
    pub summary_support: String,
    pub summary_bases: String,
    pub summary_roles: String,
    pub summary_watch: String,
    pub summary_watch_unknown: String,
    pub summary_disclaimer: String,
    pub summary_updated: String,
    pub not_answered: String,
    pub start_over: String,
    pub case_setting: String,
    pub case_learning: String,
    pub case_conclusion: String,
    pub case_source: String,
    pub references: String,
    pub custom_content_error: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Intro {
    pub title: String,
    pub subtitle: String,
    pub paragraphs: Vec<String>,
    pub questions: Vec<String>,
    pub roadmap_lead: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TermsSection {
    /// Short label of the section on the map.
    pub nav: String,
    pub heading: String,
    pub lead: String,
    pub items: Vec<TermItem>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TermItem {
    pub id: Term,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FormalitySection {
    pub nav: String,
    pub question: String,
    pub options: Vec<FormalityOption>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Characteristic {
    pub text: String,
    /// The seed names this one as a risk (e.g. "May create unequal relations between peers").
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub watch: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BasesSection {
    pub nav: String,
    pub question: String,
    pub items: Vec<BasisItem>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BasisItem {
    pub id: Basis,
    pub label: String,
    pub description: String,
    /// What this basis brings ("Supports mutual understanding").
    pub effect: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RolesSection {
    pub nav: String,
    pub heading: String,
    pub items: Vec<RoleItem>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoleItem {
    pub id: Role,
    pub label: String,
    pub description: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HistorySection {
    pub nav: String,
    pub heading: String,
    pub milestones: Vec<MilestoneItem>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MilestoneItem {
    pub id: Milestone,
    pub when: String,
    pub place: String,
    pub title: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CaseStudy {
    pub nav: String,
    pub heading: String,
    pub context: String,
    pub setting: String,
    pub learning_points: Vec<String>,
    pub conclusion: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reference {
    pub id: ReferenceId,
    pub authors: String,
    pub title: String,
    /// Language of the title when it differs from the content's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title_lang: Option<LangTag>,
    pub journal: String,
    pub year: u16,
    pub url: String,
}

/// One problem found in content, with where it is.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ContentError {
    #[error("content is {size} bytes, more than the {max} accepted")]
    TooLarge { size: usize, max: usize },
    #[error("{path}: {message}")]
    Syntax { path: String, message: String },
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
}

impl ContentError {
    /// The JSON path of the problem (`$` for the whole document).
    pub fn path(&self) -> &str {
        match self {
            ContentError::TooLarge { .. } => "$",
            ContentError::Syntax { path, .. }
            | ContentError::EmptyText { path }
            | ContentError::TextTooLong { path, .. }
            | ContentError::ControlCharacter { path }
            | ContentError::MissingId { path, .. }
            | ContentError::DuplicateId { path, .. }
            | ContentError::WrongCount { path, .. }
            | ContentError::UnsafeLink { path, .. }
            | ContentError::BadLangTag { path, .. } => path,
        }
    }
}

impl Content {
    /// Parses and validates one language's content. Every problem found is returned.
    pub fn parse(json: &str) -> Result<Content, Vec<ContentError>> {
        if json.len() > MAX_CONTENT_BYTES {
            return Err(vec![ContentError::TooLarge { size: json.len(), max: MAX_CONTENT_BYTES }]);
        }
        let de = &mut serde_json::Deserializer::from_str(json);
        let content: Content = serde_path_to_error::deserialize(de).map_err(|e| {
            let path = json_path(&e.path().to_string());
            vec![ContentError::Syntax { path, message: e.into_inner().to_string() }]
        })?;
        let errors = content.validate();
        if errors.is_empty() {
            Ok(content)
        } else {
            Err(errors)
        }
    }

    /// Every problem in already-typed content: ids complete and unique, texts present and
    /// plain, links safe.
    pub fn validate(&self) -> Vec<ContentError> {
        let mut v = Validator::default();
        self.visit_texts(&mut |path, text| v.text(path, text));
        v.ids("$.terms.items", self.terms.items.iter().map(|i| i.id), Term::ALL);
        v.ids("$.formality.options", self.formality.options.iter().map(|i| i.id), Formality::ALL);
        v.ids("$.bases.items", self.bases.items.iter().map(|i| i.id), Basis::ALL);
        v.ids("$.roles.items", self.roles.items.iter().map(|i| i.id), Role::ALL);
        v.ids("$.history.milestones", self.history.milestones.iter().map(|i| i.id), Milestone::ALL);
        v.ids("$.about.references", self.about.references.iter().map(|i| i.id), ReferenceId::ALL);
        v.count("$.intro.paragraphs", self.intro.paragraphs.len(), 2);
        v.count("$.intro.questions", self.intro.questions.len(), 3);
        v.count("$.case_study.learning_points", self.case_study.learning_points.len(), 3);
        for (i, option) in self.formality.options.iter().enumerate() {
            let path = format!("$.formality.options[{i}].characteristics");
            v.count(&path, option.characteristics.len(), 3);
        }
        for (i, r) in self.about.references.iter().enumerate() {
            v.link(&format!("$.about.references[{i}].url"), &r.url);
            if let Some(tag) = &r.title_lang {
                v.lang_tag(&format!("$.about.references[{i}].title_lang"), &tag.0);
            }
        }
        v.errors
    }

    /// Calls `f` with the JSON path and value of every text field, for validation and tests.
    pub fn visit_texts(&self, f: &mut dyn FnMut(&str, &str)) {
        let ui = &self.ui;
        let ui_fields: [(&str, &str); 34] = [
            ("language_switch", &ui.language_switch),
            ("language_changed", &ui.language_changed),
            ("map_title", &ui.map_title),
            ("map_hint", &ui.map_hint),
            ("selected", &ui.selected),
            ("close", &ui.close),
            ("print", &ui.print),
            ("step_of", &ui.step_of),
            ("previous", &ui.previous),
            ("next", &ui.next),
            ("term_detail", &ui.term_detail),
            ("effect", &ui.effect),
            ("point_to_watch", &ui.point_to_watch),
            ("find_heading", &ui.find_heading),
            ("find_lead", &ui.find_lead),
            ("choose_one", &ui.choose_one),
            ("choose_many", &ui.choose_many),
            ("summary_heading", &ui.summary_heading),
            ("summary_empty", &ui.summary_empty),
            ("summary_support", &ui.summary_support),
            ("summary_bases", &ui.summary_bases),
            ("summary_roles", &ui.summary_roles),
            ("summary_watch", &ui.summary_watch),
            ("summary_watch_unknown", &ui.summary_watch_unknown),
            ("summary_disclaimer", &ui.summary_disclaimer),
            ("summary_updated", &ui.summary_updated),
            ("not_answered", &ui.not_answered),
            ("start_over", &ui.start_over),
            ("case_setting", &ui.case_setting),
            ("case_learning", &ui.case_learning),
            ("case_conclusion", &ui.case_conclusion),
            ("case_source", &ui.case_source),
            ("references", &ui.references),
            ("custom_content_error", &ui.custom_content_error),
        ];
        for (name, text) in ui_fields {
            f(&format!("$.ui.{name}"), text);
        }
        let i = &self.intro;
        f("$.intro.title", &i.title);
        f("$.intro.subtitle", &i.subtitle);
        f("$.intro.roadmap_lead", &i.roadmap_lead);
        each(f, "$.intro.paragraphs", &i.paragraphs);
        each(f, "$.intro.questions", &i.questions);
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

/// serde_path_to_error writes `terms.items[2].label`; we show `$.terms.items[2].label`.
fn json_path(raw: &str) -> String {
    if raw.is_empty() || raw == "." {
        "$".to_owned()
    } else {
        format!("$.{raw}")
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
            self.errors.push(ContentError::TextTooLong {
                path: path.to_owned(),
                chars,
                max: MAX_TEXT_CHARS,
            });
        }
        if text.chars().any(char::is_control) {
            self.errors.push(ContentError::ControlCharacter { path: path.to_owned() });
        }
    }

    fn ids<T: Copy + PartialEq>(
        &mut self,
        path: &str,
        found: impl Iterator<Item = T> + Clone,
        all: &[T],
    ) where
        T: IdName,
    {
        for id in all {
            match found.clone().filter(|f| f == id).count() {
                0 => self.errors.push(ContentError::MissingId {
                    path: path.to_owned(),
                    id: id.name(),
                }),
                1 => {}
                _ => self.errors.push(ContentError::DuplicateId {
                    path: path.to_owned(),
                    id: id.name(),
                }),
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
            self.errors.push(ContentError::UnsafeLink { path: path.to_owned(), url: url.to_owned() });
        }
    }

    fn lang_tag(&mut self, path: &str, tag: &str) {
        if !is_lang_tag(tag) {
            self.errors.push(ContentError::BadLangTag { path: path.to_owned(), tag: tag.to_owned() });
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

/// Links in content may only be `https:` (with a host) or `mailto:`, and hold no white space.
pub fn is_safe_link(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    let has_space = url.chars().any(|c| c.is_whitespace() || c.is_control());
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

/// The embedded English content.
pub const EN_JSON: &str = include_str!("content/en.json");
/// The embedded French content.
pub const FR_JSON: &str = include_str!("content/fr.json");

/// The content of both languages, shared by every instance on a page.
#[derive(Debug, Clone, PartialEq)]
pub struct Catalog {
    pub en: Rc<Content>,
    pub fr: Rc<Content>,
}

impl Catalog {
    /// Parses the content compiled into the binary.
    pub fn embedded() -> Result<Catalog, Vec<ContentError>> {
        let en = Content::parse(EN_JSON)?;
        let fr = Content::parse(FR_JSON)?;
        Ok(Catalog { en: Rc::new(en), fr: Rc::new(fr) })
    }

    /// The content in one language.
    pub fn get(&self, lang: Lang) -> &Rc<Content> {
        match lang {
            Lang::En => &self.en,
            Lang::Fr => &self.fr,
        }
    }
}

/// Fills `{name}` placeholders in a UI template ("Step {current} of {total}").
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values.iter().fold(template.to_owned(), |text, (name, value)| {
        text.replace(&format!("{{{name}}}"), value)
    })
}

//! The content of the roadmap in one language, section by section. Each field is declared here
//! once: serde reads and writes it, schemars describes it, the checks of [`super::check`] walk it.
//!
//! Counts are in the types: a list of ids has exactly one entry per id (`[TermItem; Term::COUNT]`)
//! and the infographic's fixed lists have their length ([`LEARNING_POINTS`]…), so content with
//! too few or too many entries does not parse.

use super::ids::{Basis, Formality, Lang, Milestone, ReferenceId, Role, Term};
use super::ui::Ui;
use serde::{Deserialize, Serialize};

/// The intro's paragraphs.
pub const INTRO_PARAGRAPHS: usize = 2;
/// The intro's questions ("How do we find our way around such terms?"…).
pub const INTRO_QUESTIONS: usize = 3;
/// The characteristics of formal and of informal support.
pub const CHARACTERISTICS: usize = 3;
/// The case study's learning points.
pub const LEARNING_POINTS: usize = 3;

/// Declares content structs with the attributes they all share: unknown fields are errors, the
/// JSON Schema is derived on the host, and a wrong type reads "expected an object".
macro_rules! content_types {
    ($($(#[$meta:meta])* pub struct $name:ident { $($body:tt)* })+) => {
        $(
            $(#[$meta])*
            #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
            #[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
            #[serde(deny_unknown_fields, expecting = "an object")]
            pub struct $name { $($body)* }
        )+
    };
}

content_types! {
    /// The whole roadmap in one language.
    pub struct Content {
        /// The language of every text below.
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

    /// The title, the two intro paragraphs and the three questions of the infographic.
    pub struct Intro {
        pub title: String,
        /// "How to find our way around?"
        pub subtitle: String,
        pub paragraphs: [String; INTRO_PARAGRAPHS],
        pub questions: [String; INTRO_QUESTIONS],
        /// Introduces the road map below the intro.
        pub roadmap_lead: String,
    }

    /// The words in use to name peers.
    pub struct TermsSection {
        /// Short label of the section on the map.
        pub nav: String,
        pub heading: String,
        pub lead: String,
        pub items: [TermItem; Term::COUNT],
    }

    /// One word in use.
    pub struct TermItem {
        pub id: Term,
        pub label: String,
    }

    /// Question 1: is the support offered formal or informal?
    pub struct FormalitySection {
        pub nav: String,
        pub question: String,
        pub options: [FormalityOption; Formality::COUNT],
    }

    /// Formal or informal support, with its characteristics.
    pub struct FormalityOption {
        pub id: Formality,
        pub label: String,
        pub characteristics: [Characteristic; CHARACTERISTICS],
    }

    /// One characteristic of formal or informal support.
    pub struct Characteristic {
        pub text: String,
        /// Marked by the widget as worth watching ("May create unequal relations between peers"):
        /// find-your-way recalls it in its summary.
        #[serde(default, skip_serializing_if = "is_false")]
        pub watch: bool,
    }

    /// Question 2: on what basis do peers connect?
    pub struct BasesSection {
        pub nav: String,
        pub question: String,
        pub items: [BasisItem; Basis::COUNT],
    }

    /// One basis on which peers connect.
    pub struct BasisItem {
        pub id: Basis,
        pub label: String,
        pub description: String,
        /// What this basis brings ("Supports mutual understanding").
        pub effect: String,
    }

    /// The five roles peers play.
    pub struct RolesSection {
        pub nav: String,
        pub heading: String,
        pub items: [RoleItem; Role::COUNT],
    }

    /// One role.
    pub struct RoleItem {
        pub id: Role,
        pub label: String,
        pub description: String,
    }

    /// Not a new practice: the history timeline.
    pub struct HistorySection {
        pub nav: String,
        pub heading: String,
        pub milestones: [MilestoneItem; Milestone::COUNT],
    }

    /// One milestone of the timeline.
    pub struct MilestoneItem {
        pub id: Milestone,
        pub when: String,
        pub place: String,
        pub title: String,
        pub text: String,
    }

    /// The companion case study: peer support in homelessness during the COVID-19 crisis.
    pub struct CaseStudy {
        pub nav: String,
        pub heading: String,
        pub context: String,
        pub setting: String,
        pub learning_points: [String; LEARNING_POINTS],
        pub conclusion: String,
    }

    /// Who made the roadmap, the publications, thanks and funders.
    pub struct About {
        pub nav: String,
        pub heading: String,
        pub chair: String,
        pub synthesis: String,
        pub more: String,
        pub references: [Reference; ReferenceId::COUNT],
        pub thanks: String,
        pub funding: String,
        /// "Version {version}": the widget's release, shown last. Optional, so that custom
        /// content written before it existed still loads ("Version" reads the same in French).
        #[serde(default = "default_version_label")]
        pub version: String,
    }

    /// A publication, with its DOI link.
    pub struct Reference {
        pub id: ReferenceId,
        pub authors: String,
        pub title: String,
        /// Language of the title when it differs from the content's.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub title_lang: Option<LangTag>,
        pub journal: String,
        pub year: u16,
        /// The DOI link (`https://doi.org/…`).
        pub url: Link,
        /// The publisher's page of the article, where the source text gives one. (The case
        /// study's record, source text 000, gives only this page; its DOI, 10.5334/ijic.8594,
        /// comes from the project's design card, matches the journal's article number, and is to
        /// be checked on doi.org before each release: the build machine has no network.)
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub page_url: Option<Link>,
    }
}

fn default_version_label() -> String {
    "Version {version}".to_owned()
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// A link in content: only `https:` or `mailto:` addresses pass the checks
/// ([`super::is_safe_link`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Link(pub String);

/// A BCP 47 language tag on a text written in another language than the content (e.g. an English
/// title in the French roadmap): lets screen readers switch voice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LangTag(pub String);

impl FormalityOption {
    /// The characteristics the widget marks as worth watching.
    pub fn points_to_watch(&self) -> impl Iterator<Item = &Characteristic> {
        self.characteristics.iter().filter(|c| c.watch)
    }
}

impl Content {
    /// The standalone page's title: the infographic's title and subtitle.
    pub fn page_title(&self) -> String {
        format!("{} — {}", self.intro.title, self.intro.subtitle)
    }

    /// The word in use with this id (every id is there once in valid content).
    pub fn term(&self, id: Term) -> Option<&TermItem> {
        self.terms.items.iter().find(|i| i.id == id)
    }
    /// The formal or informal option with this id (every id is there once in valid content).
    pub fn formality_option(&self, id: Formality) -> Option<&FormalityOption> {
        self.formality.options.iter().find(|i| i.id == id)
    }
    /// The basis with this id (every id is there once in valid content).
    pub fn basis(&self, id: Basis) -> Option<&BasisItem> {
        self.bases.items.iter().find(|i| i.id == id)
    }
    /// The role with this id (every id is there once in valid content).
    pub fn role(&self, id: Role) -> Option<&RoleItem> {
        self.roles.items.iter().find(|i| i.id == id)
    }
    /// The milestone with this id (every id is there once in valid content).
    pub fn milestone(&self, id: Milestone) -> Option<&MilestoneItem> {
        self.history.milestones.iter().find(|i| i.id == id)
    }
    /// The publication with this id (every id is there once in valid content).
    pub fn reference(&self, id: ReferenceId) -> Option<&Reference> {
        self.about.references.iter().find(|i| i.id == id)
    }
}

//! The UI state of one roadmap instance as a pure reducer: language, selected item,
//! find-your-way answers and timeline position. No `web-sys`; side effects (URL hash, events to
//! the host) live in `hooks/` and `embed/`.
//!
//! The deep-link format, a pure function of the state, is in [`deep_link`].

mod deep_link;

pub use deep_link::{
    HashError, HashRequest, MAX_HASH_CHARS, MAX_QUOTED_KEY_CHARS, MAX_QUOTED_VALUE_CHARS, SECTION_PREFIX,
};

use crate::content::{Basis, Formality, Lang, Milestone, Role, Term};
use serde::{Serialize, Serializer};
use std::fmt;

/// Anything on the roadmap that can be selected to reveal its details.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ItemId {
    Term(Term),
    Formality(Formality),
    Basis(Basis),
    Role(Role),
    Milestone(Milestone),
}

impl ItemId {
    /// The stable id (ids are unique across sections).
    pub fn as_str(self) -> &'static str {
        match self {
            ItemId::Term(x) => x.as_str(),
            ItemId::Formality(x) => x.as_str(),
            ItemId::Basis(x) => x.as_str(),
            ItemId::Role(x) => x.as_str(),
            ItemId::Milestone(x) => x.as_str(),
        }
    }

    /// Parses a stable id of any section.
    pub fn from_id(id: &str) -> Option<ItemId> {
        Term::from_id(id)
            .map(ItemId::Term)
            .or_else(|| Formality::from_id(id).map(ItemId::Formality))
            .or_else(|| Basis::from_id(id).map(ItemId::Basis))
            .or_else(|| Role::from_id(id).map(ItemId::Role))
            .or_else(|| Milestone::from_id(id).map(ItemId::Milestone))
    }

    /// Every selectable item, in the roadmap's order.
    pub fn all() -> impl Iterator<Item = ItemId> {
        let terms = Term::ALL.iter().map(|x| ItemId::Term(*x));
        let formality = Formality::ALL.iter().map(|x| ItemId::Formality(*x));
        let bases = Basis::ALL.iter().map(|x| ItemId::Basis(*x));
        let roles = Role::ALL.iter().map(|x| ItemId::Role(*x));
        let milestones = Milestone::ALL.iter().map(|x| ItemId::Milestone(*x));
        terms.chain(formality).chain(bases).chain(roles).chain(milestones)
    }

    /// The term, if this item is one.
    pub fn term(self) -> Option<Term> {
        match self {
            ItemId::Term(x) => Some(x),
            _ => None,
        }
    }

    /// The formal/informal branch, if this item is one.
    pub fn formality(self) -> Option<Formality> {
        match self {
            ItemId::Formality(x) => Some(x),
            _ => None,
        }
    }

    /// The basis, if this item is one.
    pub fn basis(self) -> Option<Basis> {
        match self {
            ItemId::Basis(x) => Some(x),
            _ => None,
        }
    }

    /// The role, if this item is one.
    pub fn role(self) -> Option<Role> {
        match self {
            ItemId::Role(x) => Some(x),
            _ => None,
        }
    }

    /// The map stop this item belongs to.
    pub fn stop(self) -> Stop {
        match self {
            ItemId::Term(_) => Stop::Terms,
            ItemId::Formality(_) => Stop::Formality,
            ItemId::Basis(_) => Stop::Bases,
            ItemId::Role(_) => Stop::Roles,
            ItemId::Milestone(_) => Stop::History,
        }
    }
}

/// An item crosses to JavaScript as its stable id.
impl Serialize for ItemId {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl fmt::Display for ItemId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The stops along the road, one per section of the infographic.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Stop {
    Terms,
    Formality,
    Bases,
    Roles,
    History,
    CaseStudy,
}

impl Stop {
    pub const ALL: [Stop; 6] =
        [Stop::Terms, Stop::Formality, Stop::Bases, Stop::Roles, Stop::History, Stop::CaseStudy];

    /// Used for element ids and CSS classes (`pr-stop-terms`).
    pub fn as_str(self) -> &'static str {
        match self {
            Stop::Terms => "terms",
            Stop::Formality => "formality",
            Stop::Bases => "bases",
            Stop::Roles => "roles",
            Stop::History => "history",
            Stop::CaseStudy => "case-study",
        }
    }

    /// Its number on the map, from 1.
    pub fn number(self) -> usize {
        Stop::ALL.iter().position(|s| *s == self).map_or(0, |i| i + 1)
    }
}

/// The answers given in "Find your way": a description of one peer initiative.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Profile {
    pub formality: Option<Formality>,
    /// In the roadmap's order, without repeats.
    pub bases: Vec<Basis>,
    /// In the roadmap's order, without repeats.
    pub roles: Vec<Role>,
}

impl Profile {
    pub fn is_empty(&self) -> bool {
        self.formality.is_none() && self.bases.is_empty() && self.roles.is_empty()
    }
}

/// Adds `x` if absent, removes it if present; keeps the order of `all`.
fn toggle<T: Copy + PartialEq>(set: &[T], x: T, all: &[T]) -> Vec<T> {
    all.iter().copied().filter(|a| if *a == x { !set.contains(a) } else { set.contains(a) }).collect()
}

/// The whole state of one roadmap instance.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoadmapState {
    pub lang: Lang,
    pub selection: Option<ItemId>,
    pub profile: Profile,
    /// The milestone shown on the history timeline.
    pub step: Milestone,
}

impl RoadmapState {
    pub fn new(lang: Lang) -> Self {
        RoadmapState { lang, selection: None, profile: Profile::default(), step: Milestone::ALL[0] }
    }
}

/// Everything a person can do to the roadmap.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Show the roadmap in this language (the caller gives one the roadmap has: see
    /// [`HashRequest::within`] and `Catalog::resolve`).
    SetLang(Lang),
    /// English ⇄ French, the two-language switch; leaves any other language as it is.
    ToggleLang,
    /// Select an item; selecting the selected item again closes it.
    Select(ItemId),
    /// Close the open detail (Escape).
    Deselect,
    SetFormality(Formality),
    ToggleBasis(Basis),
    ToggleRole(Role),
    /// Clear the find-your-way answers.
    StartOver,
    /// Back to the state of a first visit in this language: nothing selected, no answers, the
    /// first milestone (the host page's `reset()`).
    Reset(Lang),
    PreviousStep,
    NextStep,
    /// Follow a deep link (the URL hash changed).
    FollowLink(HashRequest),
}

impl RoadmapState {
    /// The pure transition function.
    pub fn apply(&self, action: Action) -> RoadmapState {
        let mut next = self.clone();
        match action {
            Action::SetLang(lang) => next.lang = lang,
            Action::ToggleLang => next.lang = self.lang.other().unwrap_or_else(|| self.lang.clone()),
            Action::Select(item) => {
                next.selection = if self.selection == Some(item) { None } else { Some(item) };
                if let ItemId::Milestone(m) = item {
                    next.step = m;
                    next.selection = Some(item);
                }
            }
            Action::Deselect => next.selection = None,
            Action::SetFormality(f) => next.profile.formality = Some(f),
            Action::ToggleBasis(b) => next.profile.bases = toggle(&self.profile.bases, b, Basis::ALL),
            Action::ToggleRole(r) => next.profile.roles = toggle(&self.profile.roles, r, Role::ALL),
            Action::StartOver => next.profile = Profile::default(),
            Action::Reset(lang) => next = RoadmapState::new(lang),
            Action::PreviousStep | Action::NextStep => {
                let i = self.step.index();
                let last = Milestone::ALL.len() - 1;
                let j = if action == Action::NextStep { (i + 1).min(last) } else { i.saturating_sub(1) };
                next.step = Milestone::ALL[j];
                next.selection = Some(ItemId::Milestone(next.step));
            }
            Action::FollowLink(request) => next = request.apply_to(self),
        }
        next
    }
}

/// The state as the host page sees it (the element's `state` property and the `detail` of its
/// `peer-roadmap-change` event): `{ lang, selected, answers: { formality, bases, roles }, step }`,
/// ids as strings, `null` for nothing selected or not answered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StateSnapshot {
    pub lang: Lang,
    pub selected: Option<ItemId>,
    pub answers: Profile,
    pub step: Milestone,
}

impl RoadmapState {
    /// What the host page is told of this state.
    pub fn snapshot(&self) -> StateSnapshot {
        StateSnapshot {
            lang: self.lang.clone(),
            selected: self.selection,
            answers: self.profile.clone(),
            step: self.step,
        }
    }
}

/// The colour theme of an instance (`theme` attribute).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    #[default]
    Light,
    Dark,
    /// Follows the reader's system preference.
    Auto,
}

impl Theme {
    /// Parses the attribute value; `None` for anything else.
    pub fn from_attr(value: &str) -> Option<Theme> {
        match value.trim().to_ascii_lowercase().as_str() {
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            "auto" => Some(Theme::Auto),
            _ => None,
        }
    }

    /// The CSS class on the widget's root.
    pub fn class(self) -> &'static str {
        match self {
            Theme::Light => "pr-theme-light",
            Theme::Dark => "pr-theme-dark",
            Theme::Auto => "pr-theme-auto",
        }
    }
}

/// The reducer as Yew runs it (in the browser, and on the host when it renders to HTML).
impl yew::Reducible for RoadmapState {
    type Action = Action;

    fn reduce(self: std::rc::Rc<Self>, action: Action) -> std::rc::Rc<Self> {
        std::rc::Rc::new(self.apply(action))
    }
}

//! The deep-link format: the state as a URL fragment and back,
//! `#lang=fr&item=navigator&formality=formal&bases=lived-experience&roles=advocate&step=1`.
//! Unknown or malformed parts are ignored and reported, never fatal. `lang` takes any language
//! tag; [`HashRequest::within`] keeps it to the languages a roadmap has.

use super::{ItemId, Profile, RoadmapState};
use crate::content::{Basis, Formality, Lang, Milestone, Role};

impl RoadmapState {
    /// The deep-link fragment for this state (without `#`); defaults are left out.
    pub fn to_hash(&self) -> String {
        let mut parts = vec![format!("lang={}", self.lang)];
        if let Some(item) = self.selection {
            parts.push(format!("item={item}"));
        }
        if let Some(f) = self.profile.formality {
            parts.push(format!("formality={f}"));
        }
        let join = |ids: Vec<&str>| ids.join(",");
        if !self.profile.bases.is_empty() {
            parts.push(format!("bases={}", join(self.profile.bases.iter().map(|b| b.as_str()).collect())));
        }
        if !self.profile.roles.is_empty() {
            parts.push(format!("roles={}", join(self.profile.roles.iter().map(|r| r.as_str()).collect())));
        }
        if self.step != Milestone::ALL[0] {
            parts.push(format!("step={}", self.step));
        }
        parts.join("&")
    }
}

/// A part of a deep link that was not understood and has been ignored.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HashError {
    #[error("unknown key \"{0}\"")]
    UnknownKey(String),
    #[error("\"{value}\" is not a valid value for \"{key}\"")]
    BadValue { key: &'static str, value: String },
    #[error("the link is {0} characters long, more than the {MAX_HASH_CHARS} accepted")]
    TooLong(usize),
    /// A well-formed language tag the roadmap has no content in.
    #[error("\"{value}\" is not a valid value for \"lang\": this roadmap is in {available}")]
    UnavailableLang { value: String, available: String },
}

/// Longer fragments are not ours: ignored whole.
pub const MAX_HASH_CHARS: usize = 1000;
/// How much of a rejected value an error message quotes, in characters.
pub const MAX_QUOTED_VALUE_CHARS: usize = 80;
/// How much of an unknown key an error message quotes, in characters.
pub const MAX_QUOTED_KEY_CHARS: usize = 40;

/// What a deep link asks for. Unknown or malformed parts are ignored and reported.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct HashRequest {
    pub lang: Option<Lang>,
    pub selection: Option<ItemId>,
    pub profile: Profile,
    pub step: Option<Milestone>,
    pub errors: Vec<HashError>,
    /// At least one key of ours was present (even with an empty list, `roles=`).
    pub recognized: bool,
}

/// The start of a section's id (`components::section_id`), which a hash may name.
pub const SECTION_PREFIX: &str = "pr-sec-";

impl HashRequest {
    /// Parses `#lang=fr&item=…` (with or without `#`). Never fails: bad parts become errors.
    pub fn parse(hash: &str) -> HashRequest {
        let mut req = HashRequest::default();
        let hash = hash.strip_prefix('#').unwrap_or(hash);
        // A section of the roadmap (`#pr-sec-bases`): where a map link followed without the
        // script (or before it) leads. Not a deep link, and nothing wrong with it.
        if hash.starts_with(SECTION_PREFIX) && !hash.contains(['=', '&']) {
            return req;
        }
        if hash.chars().count() > MAX_HASH_CHARS {
            req.errors.push(HashError::TooLong(hash.chars().count()));
            return req;
        }
        for pair in hash.split('&').filter(|p| !p.is_empty()) {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let bad = |key: &'static str| HashError::BadValue {
                key,
                value: value.chars().take(MAX_QUOTED_VALUE_CHARS).collect(),
            };
            req.recognized |= matches!(key, "lang" | "item" | "formality" | "bases" | "roles" | "step");
            match key {
                "lang" => match Lang::from_tag(value) {
                    Some(l) => req.lang = Some(l),
                    None => req.errors.push(bad("lang")),
                },
                "item" => match ItemId::from_id(value) {
                    Some(i) => req.selection = Some(i),
                    None => req.errors.push(bad("item")),
                },
                "formality" => match Formality::from_id(value) {
                    Some(f) => req.profile.formality = Some(f),
                    None => req.errors.push(bad("formality")),
                },
                "bases" => match parse_list(value, Basis::from_id, Basis::ALL) {
                    Some(list) => req.profile.bases = list,
                    None => req.errors.push(bad("bases")),
                },
                "roles" => match parse_list(value, Role::from_id, Role::ALL) {
                    Some(list) => req.profile.roles = list,
                    None => req.errors.push(bad("roles")),
                },
                "step" => match Milestone::from_id(value) {
                    Some(m) => req.step = Some(m),
                    None => req.errors.push(bad("step")),
                },
                other => {
                    req.errors.push(HashError::UnknownKey(other.chars().take(MAX_QUOTED_KEY_CHARS).collect()))
                }
            }
        }
        req
    }

    /// This request for a roadmap in the `available` languages: a language it does not have is
    /// replaced by the closest one it has ([`Lang::lookup`]: `fr-CA` → `fr`), else dropped (the
    /// state keeps its language) and reported.
    pub fn within(mut self, available: &[Lang]) -> HashRequest {
        if let Some(lang) = self.lang.take() {
            self.lang = lang.lookup(available);
            if self.lang.is_none() {
                let list: Vec<&str> = available.iter().map(Lang::as_str).collect();
                self.errors
                    .push(HashError::UnavailableLang { value: lang.to_string(), available: list.join(", ") });
            }
        }
        self
    }

    /// Whether the link says anything to the roadmap. A hash with no key of ours (a page's own
    /// anchor such as `#contact`) leaves the state alone.
    pub fn is_for_us(&self) -> bool {
        self.lang.is_some()
            || self.selection.is_some()
            || self.step.is_some()
            || !self.profile.is_empty()
            || self.recognized
    }

    /// The state this link asks for, starting from `base` (which gives the language when the
    /// link has none). What the link leaves out takes its default: no selection, no answers,
    /// the first milestone.
    pub fn apply_to(&self, base: &RoadmapState) -> RoadmapState {
        if !self.is_for_us() {
            return base.clone();
        }
        let mut state = base.clone();
        if let Some(lang) = &self.lang {
            state.lang = lang.clone();
        }
        state.selection = self.selection;
        state.profile = self.profile.clone();
        state.step = self.step.unwrap_or(Milestone::ALL[0]);
        if let Some(ItemId::Milestone(m)) = state.selection {
            state.step = m;
        }
        state
    }
}

/// A comma-separated list of ids, deduplicated and in the roadmap's order; `None` if any id
/// is unknown.
fn parse_list<T: Copy + PartialEq>(value: &str, parse: fn(&str) -> Option<T>, all: &[T]) -> Option<Vec<T>> {
    let items: Option<Vec<T>> = value.split(',').filter(|s| !s.is_empty()).map(parse).collect();
    let items = items?;
    Some(all.iter().copied().filter(|a| items.contains(a)).collect())
}

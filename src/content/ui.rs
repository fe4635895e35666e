//! The labels of the interface itself: buttons, headings of the find-your-way tool, notices.
//! They are content like the rest (one set per language), so a translation covers them too.

use super::ids::Lang;
use serde::{Deserialize, Serialize};

/// The interface's labels in one language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
#[serde(expecting = "an object")]
pub struct Ui {
    /// Label of the language switch, written in the other language ("Français" in English).
    pub language_switch: String,
    /// The language the switch leads to (the other one). With more than two languages the
    /// switch is a list of every language instead, and these two are not shown.
    pub language_switch_lang: Lang,
    /// The language's name in itself ("English", "Français", "Español"): its entry in the list
    /// of languages shown when a roadmap has more than two. Optional in English and French
    /// (the shipped name stands in); a language custom content adds must give it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language_name: Option<String>,
    /// The accessible name of that list ("Languages"). Optional like `language_name`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub languages: Option<String>,
    /// Announced to screen readers after a language change.
    pub language_changed: String,
    pub map_title: String,
    pub map_hint: String,
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
    /// Shown when the host's custom content could not be used.
    pub custom_content_error: String,
    /// No longer shown (since 0.2.0); accepted so that older custom content still loads.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(extend("deprecated" = true)))]
    pub selected: Option<String>,
    /// No longer shown (since 0.2.0); accepted so that older custom content still loads.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(extend("deprecated" = true)))]
    pub close: Option<String>,
}

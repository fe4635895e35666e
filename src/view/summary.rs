//! The find-your-way profile as one sentence of plain text: shown nowhere, announced to screen
//! readers when the answers change.

use crate::content::Content;
use crate::state::Profile;

/// The profile summary as plain text: the support, the bases, the roles, then the points to
/// watch of the chosen support, each as a sentence.
pub fn summary_text(c: &Content, p: &Profile) -> String {
    let mut parts = Vec::new();
    let colon = c.lang.colon();
    if let Some(o) = p.formality.and_then(|f| c.formality_option(f)) {
        parts.push(format!("{}{colon}{}.", c.ui.summary_support, o.label));
    }
    let bases: Vec<&str> = p.bases.iter().filter_map(|b| c.basis(*b)).map(|b| b.label.as_str()).collect();
    if !bases.is_empty() {
        parts.push(format!("{}{colon}{}.", c.ui.summary_bases, bases.join(", ")));
    }
    let roles: Vec<&str> = p.roles.iter().filter_map(|r| c.role(*r)).map(|r| r.label.as_str()).collect();
    if !roles.is_empty() {
        parts.push(format!("{}{colon}{}.", c.ui.summary_roles, roles.join(", ")));
    }
    if let Some(o) = p.formality.and_then(|f| c.formality_option(f)) {
        for w in o.points_to_watch() {
            parts.push(format!("{} {}.", c.ui.point_to_watch, w.text));
        }
    }
    parts.join(" ")
}

/// What to announce when the answers change: the summary, or that there is none any more.
pub fn summary_announcement(c: &Content, p: &Profile) -> String {
    if p.is_empty() {
        c.ui.summary_empty.clone()
    } else {
        format!("{} {}", c.ui.summary_updated, summary_text(c, p))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{Basis, ContentError, Formality, Role, EN_JSON, FR_JSON};

    fn profile(formality: Option<Formality>, bases: &[Basis], roles: &[Role]) -> Profile {
        Profile { formality, bases: bases.to_vec(), roles: roles.to_vec() }
    }

    #[test]
    fn an_empty_profile_says_nothing_and_is_announced_as_empty() -> Result<(), Vec<ContentError>> {
        let c = Content::parse(EN_JSON)?;
        assert_eq!(summary_text(&c, &Profile::default()), "");
        assert_eq!(summary_announcement(&c, &Profile::default()), c.ui.summary_empty);
        Ok(())
    }

    #[test]
    fn the_summary_names_each_answer_and_the_points_to_watch() -> Result<(), Vec<ContentError>> {
        let c = Content::parse(EN_JSON)?;
        let p = profile(
            Some(Formality::Informal),
            &[Basis::LivedExperience],
            &[Role::NavigateServices, Role::Advocate],
        );
        let text = summary_text(&c, &p);
        assert!(text.starts_with(&format!("{}: Informal.", c.ui.summary_support)), "{text}");
        assert!(text.contains(&format!("{}: Lived experience.", c.ui.summary_bases)), "{text}");
        assert!(text.contains(&format!("{}: Navigate services, Advocate.", c.ui.summary_roles)), "{text}");
        assert!(text.contains("Possible pressure on one's social networks"), "{text}");
        let announced = summary_announcement(&c, &p);
        assert_eq!(announced, format!("{} {text}", c.ui.summary_updated));
        Ok(())
    }

    #[test]
    fn without_a_formality_there_is_no_point_to_watch() -> Result<(), Vec<ContentError>> {
        let c = Content::parse(EN_JSON)?;
        let text = summary_text(&c, &profile(None, &[Basis::SharedIdentities], &[]));
        assert_eq!(text, format!("{}: Shared identities.", c.ui.summary_bases));
        assert!(!text.contains(&c.ui.point_to_watch));
        Ok(())
    }

    #[test]
    fn french_puts_a_no_break_space_before_the_colon() -> Result<(), Vec<ContentError>> {
        let c = Content::parse(FR_JSON)?;
        let text = summary_text(&c, &profile(Some(Formality::Formal), &[], &[]));
        assert!(text.starts_with(&format!("{}\u{a0}: ", c.ui.summary_support)), "{text}");
        Ok(())
    }
}

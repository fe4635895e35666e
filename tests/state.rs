//! Host tests of the reducer and the deep-link format.
#![cfg(not(target_arch = "wasm32"))]

use peer_roadmap::content::*;
use peer_roadmap::state::*;
use proptest::prelude::*;

fn s0() -> RoadmapState {
    RoadmapState::new(Lang::en())
}

#[test]
fn selecting_reveals_and_selecting_again_closes() {
    let s = s0().apply(Action::Select(ItemId::Role(Role::Advocate)));
    assert_eq!(s.selection, Some(ItemId::Role(Role::Advocate)));
    let s = s.apply(Action::Select(ItemId::Basis(Basis::SharedIdentities)));
    assert_eq!(s.selection, Some(ItemId::Basis(Basis::SharedIdentities)), "one selection at a time");
    let s = s.apply(Action::Select(ItemId::Basis(Basis::SharedIdentities)));
    assert_eq!(s.selection, None);
    let s = s.apply(Action::Select(ItemId::Term(Term::Navigator))).apply(Action::Deselect);
    assert_eq!(s.selection, None);
}

#[test]
fn language_toggles_and_keeps_everything_else() {
    let s = s0().apply(Action::Select(ItemId::Term(Term::StreetWorker))).apply(Action::ToggleLang);
    assert_eq!(s.lang, Lang::fr());
    assert_eq!(s.selection, Some(ItemId::Term(Term::StreetWorker)));
    assert_eq!(s.apply(Action::ToggleLang).lang, Lang::en());
    assert_eq!(s.apply(Action::SetLang(Lang::fr())).lang, Lang::fr());
}

#[test]
fn find_your_way_answers_and_start_over() {
    let s = s0()
        .apply(Action::SetFormality(Formality::Formal))
        .apply(Action::ToggleRole(Role::Advocate))
        .apply(Action::ToggleRole(Role::BuildRelationships))
        .apply(Action::ToggleBasis(Basis::EmbeddedInCommunity))
        .apply(Action::ToggleBasis(Basis::LivedExperience));
    assert_eq!(s.profile.formality, Some(Formality::Formal));
    assert_eq!(s.profile.roles, vec![Role::BuildRelationships, Role::Advocate], "roadmap order");
    assert_eq!(s.profile.bases, vec![Basis::LivedExperience, Basis::EmbeddedInCommunity]);
    let s = s.apply(Action::ToggleRole(Role::Advocate)).apply(Action::SetFormality(Formality::Informal));
    assert_eq!(s.profile.roles, vec![Role::BuildRelationships]);
    assert_eq!(s.profile.formality, Some(Formality::Informal));
    let s = s.apply(Action::StartOver);
    assert!(s.profile.is_empty());
}

#[test]
fn timeline_steps_stop_at_both_ends_and_select_the_milestone() {
    let s = s0().apply(Action::PreviousStep);
    assert_eq!(s.step, Milestone::PeerLedGroups);
    let s = s.apply(Action::NextStep).apply(Action::NextStep).apply(Action::NextStep);
    assert_eq!(s.step, Milestone::NavigationHarlem);
    assert_eq!(s.selection, Some(ItemId::Milestone(Milestone::NavigationHarlem)));
    let s = s.apply(Action::PreviousStep);
    assert_eq!(s.step, Milestone::CitizenMobilization);
    let s = s.apply(Action::Select(ItemId::Milestone(Milestone::PeerLedGroups)));
    assert_eq!(s.step, Milestone::PeerLedGroups);
    let again = s.apply(Action::Select(ItemId::Milestone(Milestone::PeerLedGroups)));
    assert_eq!(again.selection, s.selection, "a milestone stays shown on the timeline");
}

/// Every selectable item of the design's table: 6 terms, 2 branches, 3 bases, 5 roles and
/// 3 milestones.
const ITEMS: usize = 6 + 2 + 3 + 5 + 3;

#[test]
fn item_ids_are_unique_and_round_trip() {
    let all: Vec<ItemId> = ItemId::all().collect();
    assert_eq!(all.len(), ITEMS);
    for id in &all {
        assert_eq!(ItemId::from_id(id.as_str()), Some(*id));
    }
    let mut names: Vec<&str> = all.iter().map(|i| i.as_str()).collect();
    names.sort();
    names.dedup();
    assert_eq!(names.len(), all.len(), "ids are unique across sections");
    assert_eq!(names.len(), all.len());
    assert_eq!(ItemId::from_id("nope"), None);
}

#[test]
fn hash_round_trip() {
    let s = s0()
        .apply(Action::SetLang(Lang::fr()))
        .apply(Action::Select(ItemId::Term(Term::Navigator)))
        .apply(Action::SetFormality(Formality::Informal))
        .apply(Action::ToggleBasis(Basis::SharedIdentities))
        .apply(Action::ToggleRole(Role::PromoteHealth))
        .apply(Action::ToggleRole(Role::NavigateServices));
    let hash = s.to_hash();
    assert_eq!(hash, "lang=fr&item=navigator&formality=informal&bases=shared-identities&roles=navigate-services,promote-health");
    let req = HashRequest::parse(&format!("#{hash}"));
    assert!(req.errors.is_empty());
    assert_eq!(req.apply_to(&s0()), s);
}

#[test]
fn bad_hash_parts_are_ignored_and_reported() {
    let req =
        HashRequest::parse("#lang=d_e&item=<script>&formality=formal&bases=lived-experience,bogus&x=1&&=");
    assert_eq!(req.lang, None);
    assert_eq!(req.selection, None);
    assert_eq!(req.profile.formality, Some(Formality::Formal));
    assert!(req.profile.bases.is_empty());
    assert_eq!(req.errors.len(), 5, "{:?}", req.errors);
    assert_eq!(req.errors[0].to_string(), "\"d_e\" is not a valid value for \"lang\"");
    let state = req.apply_to(&s0());
    assert_eq!(state.lang, Lang::en());
    let long = format!("#lang=fr&{}", "a".repeat(5000));
    let req = HashRequest::parse(&long);
    assert_eq!(req.lang, None);
    assert!(matches!(req.errors[0], HashError::TooLong(_)));
}

#[test]
fn step_and_milestone_selection_in_the_hash() {
    let s = s0().apply(Action::NextStep);
    assert_eq!(s.to_hash(), "lang=en&item=citizen-mobilization&step=citizen-mobilization");
    assert_eq!(HashRequest::parse(&s.to_hash()).apply_to(&s0()), s);
    let req = HashRequest::parse("item=navigation-harlem");
    assert_eq!(req.apply_to(&s0()).step, Milestone::NavigationHarlem);
}

fn action() -> impl Strategy<Value = Action> {
    prop_oneof![
        Just(Action::ToggleLang),
        Just(Action::Deselect),
        Just(Action::StartOver),
        Just(Action::PreviousStep),
        Just(Action::NextStep),
        proptest::sample::select(ItemId::all().collect::<Vec<_>>()).prop_map(Action::Select),
        proptest::sample::select(Formality::ALL).prop_map(Action::SetFormality),
        proptest::sample::select(Basis::ALL).prop_map(Action::ToggleBasis),
        proptest::sample::select(Role::ALL).prop_map(Action::ToggleRole),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn any_state_survives_a_deep_link_round_trip(actions in proptest::collection::vec(action(), 0..40)) {
        let s = actions.into_iter().fold(s0(), |s, a| s.apply(a));
        let back = HashRequest::parse(&s.to_hash());
        prop_assert!(back.errors.is_empty());
        prop_assert_eq!(back.apply_to(&s0()), s);
    }

    #[test]
    fn any_hash_parses_without_panic(hash in "#?[a-z=&,<>\"'%#-]{0,200}") {
        let _ = HashRequest::parse(&hash).apply_to(&s0());
    }

    #[test]
    fn any_unicode_hash_parses_without_panic(hash in "\\PC{0,300}") {
        let _ = HashRequest::parse(&hash);
    }
}

#[test]
fn a_hash_that_is_not_ours_leaves_the_state_alone() {
    let s = s0().apply(Action::Select(ItemId::Role(Role::Advocate))).apply(Action::NextStep);
    for hash in ["#contact", "#/about", "", "#"] {
        assert_eq!(HashRequest::parse(hash).apply_to(&s), s, "{hash}");
    }
}

#[test]
fn following_a_link_resets_what_it_leaves_out() {
    let s =
        s0().apply(Action::NextStep).apply(Action::NextStep).apply(Action::SetFormality(Formality::Formal));
    let followed = HashRequest::parse("#lang=fr").apply_to(&s);
    assert_eq!(followed.step, Milestone::PeerLedGroups);
    assert_eq!(followed.selection, None);
    assert!(followed.profile.is_empty());
    assert_eq!(followed.lang, Lang::fr());
}

#[test]
fn the_host_sees_the_state_as_plain_ids() {
    let s = s0()
        .apply(Action::Select(ItemId::Term(Term::Navigator)))
        .apply(Action::SetFormality(Formality::Formal))
        .apply(Action::ToggleRole(Role::Advocate))
        .apply(Action::ToggleRole(Role::BuildRelationships))
        .apply(Action::NextStep);
    let shown = serde_json::to_value(s.snapshot()).expect("serializable");
    let expected = serde_json::json!({
        "lang": "en",
        "selected": "citizen-mobilization",
        "answers": { "formality": "formal", "bases": [], "roles": ["build-relationships", "advocate"] },
        "step": "citizen-mobilization",
    });
    assert_eq!(shown, expected);
    let first = serde_json::to_value(s0().snapshot()).expect("serializable");
    assert_eq!(first["selected"], serde_json::Value::Null);
    assert_eq!(first["answers"]["formality"], serde_json::Value::Null);
}

#[test]
fn reset_goes_back_to_a_first_visit_in_the_language_asked() {
    let s = s0()
        .apply(Action::ToggleLang)
        .apply(Action::Select(ItemId::Basis(Basis::SharedIdentities)))
        .apply(Action::ToggleBasis(Basis::LivedExperience))
        .apply(Action::NextStep);
    assert_eq!(s.apply(Action::Reset(Lang::en())), s0());
    assert_eq!(s.apply(Action::Reset(Lang::fr())), RoadmapState::new(Lang::fr()));
}

#[test]
fn an_item_says_which_section_it_belongs_to() {
    for item in ItemId::all() {
        let parts = [
            item.term().is_some(),
            item.formality().is_some(),
            item.basis().is_some(),
            item.role().is_some(),
        ];
        let in_a_list = parts.iter().filter(|p| **p).count();
        assert_eq!(in_a_list, usize::from(!matches!(item, ItemId::Milestone(_))), "{item}");
    }
    assert_eq!(ItemId::Term(Term::Navigator).term(), Some(Term::Navigator));
    assert_eq!(ItemId::Role(Role::Advocate).role(), Some(Role::Advocate));
    assert_eq!(ItemId::Role(Role::Advocate).basis(), None);
}

/// A map link followed before (or without) the script leaves `#pr-sec-…` in the address: not a
/// deep link, and not an error either.
#[test]
fn a_section_anchor_in_the_hash_is_neither_a_link_nor_an_error() {
    let request = peer_roadmap::state::HashRequest::parse("#pr-sec-bases");
    assert!(request.errors.is_empty(), "{:?}", request.errors);
    assert!(!request.is_for_us());
    assert!(!peer_roadmap::state::HashRequest::parse("#pr-sec-x&evil=1").errors.is_empty());
}

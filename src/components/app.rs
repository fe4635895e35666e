//! The root component: the page's composition. It owns the state (through
//! [`use_roadmap`](crate::hooks::use_roadmap)), runs the side effects as named hooks, and lays
//! out the sections in the infographic's order.

use super::bases::{bases, BasesProps};
use super::find_your_way::{find_your_way, FindYourWayProps};
use super::formality::{formality_question, FormalityProps};
use super::header::{header, HeaderProps};
use super::road_map::{road_map, RoadMapProps};
use super::roles::{roles, RolesProps};
use super::terms::{terms, TermsProps};
use super::timeline::{timeline, TimelineProps};
use super::{CatalogRef, Frame, Shared};
use crate::content::Lang;
use crate::hooks::{
    use_adopt_open_items, use_announcement, use_deep_link, use_escape_to_close, use_follow_up, use_on_change,
    use_page_title, use_printing, use_ready, use_roadmap, Remote,
};
use crate::state::{Action, ItemId, RoadmapState, Theme};
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    pub catalog: CatalogRef,
    /// The language of the first render (the host's attribute, the page, the browser); a deep
    /// link may override it. Later requests from the host are actions sent through `remote`.
    pub initial_lang: Lang,
    #[prop_or_default]
    pub theme: Theme,
    /// Mirror the state in the URL hash and restore it from there.
    #[prop_or_default]
    pub deep_link: bool,
    /// This instance is the whole page: top-level heading, document title and language.
    #[prop_or_default]
    pub page: bool,
    /// The host's custom content could not be used: say so.
    #[prop_or_default]
    pub content_error: bool,
    /// How the host page acts on the state (the element's `lang` attribute).
    #[prop_or_default]
    pub remote: Option<Remote>,
    /// Called with the new state after each change.
    #[prop_or_default]
    pub on_change: Option<Callback<RoadmapState>>,
    /// Called once the roadmap is interactive (its first render in the DOM, or the prerendered
    /// HTML hydrated, and what a deep link asks for applied).
    #[prop_or_default]
    pub on_ready: Option<Callback<()>>,
    /// Set when this render is (or hydrates) the build's prerendered HTML: its marker (see
    /// [`crate::prerender`]), on the root as `data-prerendered`.
    #[prop_or_default]
    pub prerendered: Option<AttrValue>,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let follow_up = use_follow_up();
    let state = use_roadmap(
        props.initial_lang.clone(),
        props.deep_link,
        props.remote.clone(),
        &props.catalog,
        &follow_up,
    );
    let content = Shared(props.catalog.get(&state.lang));
    // With more than two languages the switch lists them all, each by its own name.
    let languages =
        use_memo(props.catalog.clone(), |c| if c.languages().len() > 2 { c.names() } else { Vec::new() });
    use_deep_link(&state, props.deep_link, &props.catalog);
    use_page_title(props.page, &content);
    use_on_change(&state, props.on_change.clone());
    let announcement = use_announcement(&state, &content);
    let (printing, on_print) = use_printing();
    let root = use_node_ref();
    let onkeydown = use_escape_to_close(&state, root.clone());
    use_adopt_open_items(&state, root.clone(), &follow_up);
    use_ready(props.on_ready.clone(), follow_up);

    // Callbacks are memoised on the (stable) dispatcher, so a section whose own data did not
    // change is not re-rendered when something else is selected.
    let dispatcher = state.dispatcher();
    let on_select = use_callback(dispatcher.clone(), |item: ItemId, d| d.dispatch(Action::Select(item)));
    let on_action = use_callback(dispatcher.clone(), |a: Action, d| d.dispatch(a));
    let on_toggle_lang = use_callback(dispatcher.clone(), |_: (), d| d.dispatch(Action::ToggleLang));
    let on_set_lang = use_callback(dispatcher.clone(), |lang: Lang, d| d.dispatch(Action::SetLang(lang)));
    let on_previous = use_callback(dispatcher.clone(), |_: (), d| d.dispatch(Action::PreviousStep));
    let on_next = use_callback(dispatcher, |_: (), d| d.dispatch(Action::NextStep));

    let selection = state.selection;
    let frame = Frame { top: if props.page { 1 } else { 2 }, printing };
    html! {
        // The language and direction are the shown content's (a language the catalog lacks
        // shows the default content, marked as what it is).
        <article ref={root.clone()} class={classes!("pr-root", props.theme.class())} lang={content.lang.to_string()}
            dir={content.lang.dir().as_str()} aria-labelledby="pr-title" data-prerendered={props.prerendered.clone()}
            {onkeydown}>
            <ContextProvider<Frame> context={frame}>
                if props.content_error {
                    <p class="pr-notice" role="alert">{ content.ui.custom_content_error.clone() }</p>
                }
                { header(&HeaderProps { content: content.clone(), on_toggle_lang, languages: Shared(languages), on_set_lang, on_print }) }
                { road_map(&RoadMapProps { content: content.clone(), selection, root: root.clone() }) }
                <div class="pr-stops">
                    { terms(&TermsProps { content: content.clone(), selected: selection.and_then(ItemId::term), on_select: on_select.clone() }) }
                    { formality_question(&FormalityProps { content: content.clone(), selected: selection.and_then(ItemId::formality), on_select: on_select.clone() }) }
                    { bases(&BasesProps { content: content.clone(), selected: selection.and_then(ItemId::basis), on_select: on_select.clone() }) }
                    { roles(&RolesProps { content: content.clone(), selected: selection.and_then(ItemId::role), on_select: on_select.clone() }) }
                </div>
                { find_your_way(&FindYourWayProps { content: content.clone(), profile: state.profile.clone(), on_action }) }
                <div class="pr-stops">
                    { timeline(&TimelineProps { content: content.clone(), step: state.step, on_select, on_previous, on_next }) }
                    { super::case_study::case_study(&content) }
                </div>
                { super::about::about(&content) }
            </ContextProvider<Frame>>
            <div class="pr-visually-hidden" aria-live="polite" aria-atomic="true">{ announcement }</div>
        </article>
    }
}

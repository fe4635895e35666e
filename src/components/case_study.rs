//! Stop 6: the case study (seed 000): peer support in homelessness during the COVID-19 crisis.

use super::heading::Heading;
use super::reference::reference;
use super::section::section;
use super::ContentRef;
use crate::content::ReferenceId;
use crate::state::Stop;
use yew::prelude::*;

/// A plain function, like [`super::about::about`] (and for the same reason).
pub fn case_study(c: &ContentRef) -> Html {
    let cs = &c.case_study;
    let ui = &c.ui;
    html! {
        { section(Stop::CaseStudy, cs.heading.clone().into(), html! { <>
            <p class="pr-section-lead">{ cs.context.clone() }</p>
            <div class="pr-case">
                <div class="pr-case-block pr-case-setting">
                    <Heading depth={2}>{ ui.case_setting.clone() }</Heading>
                    <p>{ cs.setting.clone() }</p>
                </div>
                <div class="pr-case-block pr-case-learning">
                    <Heading depth={2}>{ ui.case_learning.clone() }</Heading>
                    <ol class="pr-learning">
                        for p in cs.learning_points.iter() {
                            <li>{ p.clone() }</li>
                        }
                    </ol>
                </div>
                <div class="pr-case-block pr-case-conclusion">
                    <Heading depth={2}>{ ui.case_conclusion.clone() }</Heading>
                    <p>{ cs.conclusion.clone() }</p>
                </div>
            </div>
            if let Some(r) = c.reference(ReferenceId::CaseStudy) {
                <p class="pr-source"><strong>{ ui.case_source.clone() }</strong>{ " — " }{ reference(r) }</p>
            }
        </> }) }
    }
}

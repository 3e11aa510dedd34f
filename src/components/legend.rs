//! The key to the marks of how firm a membership is, in words: the chart's dots and the table's cells share it.

use yew::prelude::*;

#[function_component]
pub fn Legend() -> Html {
    html! {
        <p class="legend">
            <span class="key"><span class="mark" data-grade="agreed"></span>{ "agreed or launched" }</span>
            <span class="key"><span class="mark" data-grade="exploring"></span>{ "being explored" }</span>
            <span class="key"><span class="mark" data-grade="aspiration"></span>{ "an aspiration only" }</span>
            <span class="hint">
                { "How firm the sources' wording is: a membership is as firm as its firmest link; a dot of the UpSet chart shows the weakest of its column's areas." }
            </span>
        </p>
    }
}

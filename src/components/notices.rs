//! A visible, polite list of what the app had to ignore (bad URL parts), and the key to the marks of firmness.

use yew::prelude::*;

/// The notices, in a status region that is always there, so that a screen reader hears one when it appears. Plain
/// functions rather than components: they hold no state, and each component costs the download its own machinery.
pub fn notices(notices: &[String]) -> Html {
    html! {
        <div class="notices" role="status">
            if !notices.is_empty() {
                <ul>{ for notices.iter().map(|n| html! { <li>{ n }</li> }) }</ul>
            }
        </div>
    }
}

/// The key to how firm a membership is, shared by the chart's dots and the table's cells.
pub fn legend() -> Html {
    html! {
        <p class="legend">
            <span class="key"><span class="mark" data-grade="agreed"></span>{ "agreed or launched" }</span>
            <span class="key"><span class="mark" data-grade="mixed"></span>{ "partly" }</span>
            <span class="key"><span class="mark" data-grade="exploring"></span>{ "being explored" }</span>
            <span class="key"><span class="mark" data-grade="aspiration"></span>{ "an aspiration only" }</span>
            <span class="hint">
                { "How firm the sources' wording is. A membership is as firm as its firmest link; a dot of the UpSet chart is filled by the share of its column's areas agreed or launched for its row." }
            </span>
        </p>
    }
}

//! A visible, polite list of what the app had to ignore (bad URL parts, broken data entries).

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NoticesProps {
    pub notices: Vec<String>,
}

#[function_component]
pub fn Notices(props: &NoticesProps) -> Html {
    html! {
        <div class="notices" role="status">
            if !props.notices.is_empty() {
                <ul>{ for props.notices.iter().map(|n| html! { <li>{ n }</li> }) }</ul>
            }
        </div>
    }
}

//! The browser entry point: mounts the app into the page's `#app` element (or the body, should it be missing).

use overlap::components::App;

fn main() {
    match gloo::utils::document().get_element_by_id("app") {
        Some(root) => yew::Renderer::<App>::with_root(root).render(),
        None => yew::Renderer::<App>::new().render(),
    };
}

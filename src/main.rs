//! The browser entry point: hydrates the prerendered `#app` element and drops the loading message.

use overlap::components::App;

fn main() {
    let doc = gloo::utils::document();
    match doc.get_element_by_id("app") {
        Some(root) => yew::Renderer::<App>::with_root(root).hydrate(),
        None => yew::Renderer::<App>::new().render(),
    };
    // The static "needs WebAssembly" message has done its job once we run.
    if let Some(boot) = doc.get_element_by_id("boot") {
        boot.remove();
    }
}

//! The browser entry point's work: the app rendered off-page and run at once, to take the prerendered page over.

use super::app::App;
use std::future::Future;
use yew::BaseComponent;

/// Renders the app off-page, to take the prerendered `#app`'s place (see `render_now`).
pub fn start() {
    if let Ok(root) = gloo::utils::document().create_element("div") {
        root.set_id("app");
        render_now::<App>(root, Default::default());
    }
}

/// Renders a component into `root` and runs that first render and its effects (for the app, the takeover) to their
/// end now, as the browser tests hold Yew to; the scheduler's own run, already queued, then finds nothing to do (so
/// the flush itself stays pending, and is dropped).
///
/// Why: Yew's scheduler yields to the browser once it has worked 16 ms, and the app's first render takes longer on a
/// slow device; left to it, the takeover waits a task or a frame (0 to 30 ms later on the reference machine: the app
/// was live at 1.14× UpSet.js's time instead of 0.98×). `scheduler::flush` is Yew's only public way to run its queue at
/// once, and it needs Yew's `test` feature: the flush and its wakers cost the download 0.4 KiB of gzip.
pub fn render_now<C: BaseComponent>(root: web_sys::Element, props: C::Properties) {
    yew::Renderer::<C>::with_root_and_props(root, props).render();
    let mut flush = std::pin::pin!(yew::scheduler::flush());
    let _ = flush.as_mut().poll(&mut std::task::Context::from_waker(std::task::Waker::noop()));
}

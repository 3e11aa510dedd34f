//! The browser entry point: renders the app off-page, to take the prerendered `#app`'s place.

use overlap::components::App;
use std::future::Future;

/// A smaller allocator than std's default for wasm (dlmalloc): 1.3 KiB less to download.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
// SAFETY: the app is the only user of the wasm module's memory, which is what `new_global` asks.
static ALLOCATOR: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };

fn main() {
    let doc = gloo::utils::document();
    // Rendering anew rather than hydrating the prerendered tree saves Yew's hydration code (13 KB gzip); the swap is
    // one DOM operation after the first complete render (see `App`), so no frame shows anything in between.
    if let Ok(root) = doc.create_element("div") {
        root.set_id("app");
        yew::Renderer::<App>::with_root(root).render();
        // Yew's scheduler yields to the browser once it has worked 16 ms, and the first render takes longer on a
        // slow device: left to it, the takeover waits a task or a frame (up to 30 ms here). Flushing runs the render
        // and its effects, the takeover among them, now; the scheduler's own run then finds nothing to do.
        let mut flush = std::pin::pin!(yew::scheduler::flush());
        let _ = flush.as_mut().poll(&mut std::task::Context::from_waker(std::task::Waker::noop()));
    }
}

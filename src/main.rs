//! The browser entry point: renders the app off-page, to take the prerendered `#app`'s place.

/// A smaller allocator than std's default for wasm (dlmalloc): 1.3 KiB less to download.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
// SAFETY: the app is the only user of the wasm module's memory, which is what `new_global` asks.
static ALLOCATOR: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };

fn main() {
    // Rendering anew rather than hydrating the prerendered tree saves Yew's hydration code (13 KB gzip); the swap is
    // one DOM operation after the first complete render, so no frame shows anything in between.
    overlap::components::boot::start();
}

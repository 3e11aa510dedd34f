//! Writes the README's picture, docs/overlap.svg: the link preview card of the default view, as the build draws it.
//! A test (tests/preview.rs) fails when the file is not what the build would draw; this brings it up to date.
//!
//! Usage: `cargo run --bin picture`

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use overlap::components::ssr::preview_card;
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/overlap.svg");
    let card = preview_card().unwrap_or_else(|e| panic!("cannot draw the picture: {e}"));
    std::fs::write(path, card + "\n").unwrap_or_else(|e| panic!("cannot write {path}: {e}"));
    println!("picture: wrote {path}");
}

#[cfg(target_arch = "wasm32")]
fn main() {}

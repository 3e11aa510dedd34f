//! The link preview's picture: the default view's picture in a 1200 × 630 card, in the page's light colours written
//! in (no CSS custom property left for a static renderer to miss), and the site URL the build may be given.

use overlap::picture::{palette, Picture};
use overlap::preview::{card, site_url, HEIGHT, WIDTH};

const SHEET: &str = ":root {\n  color-scheme: light dark;\n  --bg: #fff;\n  /* a comment; with a semicolon */\n  --fg: #111;\n}\n@media (prefers-color-scheme: dark) { :root { --bg: #000; } }\n";

#[test]
fn the_card_fits_the_picture_beside_the_name_in_the_light_palette() {
    let picture = Picture { inner: "<rect width=\"300\" height=\"200\"/>".into(), width: 300.0, height: 200.0 };
    let svg = card(&picture, "Overlap", "Areas & actors", &palette(SHEET).unwrap()).unwrap();
    assert!(
        svg.starts_with(&format!("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{HEIGHT}\""))
    );
    assert!(!svg.contains("var(") && svg.contains("fill=\"#fff\"") && !svg.contains("#000"), "{svg}");
    // The picture keeps its own coordinates, scaled into the card's left part.
    assert!(svg.contains("width=\"780\" height=\"570\" viewBox=\"0 0 300 200\"><rect width=\"300\""), "{svg}");
    assert!(svg.contains(">Areas &amp; actors</text>"), "{svg}");
    assert!(card(&picture, "", "", &palette(":root { --bg: #fff; }").unwrap()).unwrap_err().contains("--fg"));
}

#[test]
fn the_site_url_is_absolute_and_a_folder() {
    assert_eq!(site_url("https://example.org/tools/overlap/"), Ok("https://example.org/tools/overlap/"));
    for bad in ["example.org/", "https://example.org/overlap", "/overlap/", "https://e.org/\"x\"/", "ftp://e.org/"] {
        assert!(site_url(bad).is_err(), "{bad}");
    }
}

/// Runs the build's prerender on a copy of the page's source in a fresh folder, with `OVERLAP_SITE_URL` set to
/// `site` (or unset); returns whether it succeeded, the page it wrote, and its error output.
fn prerender(site: Option<&str>, folder: &str) -> (bool, String, String) {
    let dir = std::env::temp_dir().join(format!("overlap-prerender-{folder}-{}", std::process::id()));
    // Trunk copies data/ beside the page before the prerender writes the links' words into it.
    std::fs::create_dir_all(dir.join("data")).unwrap();
    let page = dir.join("index.html");
    std::fs::copy(concat!(env!("CARGO_MANIFEST_DIR"), "/index.html"), &page).unwrap();
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_prerender"));
    command.arg(&page).env_remove("OVERLAP_SITE_URL");
    if let Some(site) = site {
        command.env("OVERLAP_SITE_URL", site);
    }
    let out = command.output().unwrap();
    let html = std::fs::read_to_string(&page).unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    (out.status.success(), html, String::from_utf8_lossy(&out.stderr).into_owned())
}

fn meta(html: &str, property: &str) -> Option<String> {
    let opening = format!("<meta property=\"{property}\" content=\"");
    let at = html.find(&opening)? + opening.len();
    Some(html[at..at + html[at..].find('"')?].to_string())
}

#[test]
fn the_page_names_its_preview_relative_or_at_the_sites_url() {
    let (ok, html, _) = prerender(None, "relative");
    assert!(ok);
    assert_eq!(meta(&html, "og:image").as_deref(), Some("preview.png"));
    assert_eq!(meta(&html, "og:image:width"), Some(WIDTH.to_string()));
    let description = meta(&html, "og:description").unwrap();
    assert!(description.starts_with("Overlap of ") && meta(&html, "og:image:alt") == Some(description.clone()));
    assert!(html.contains(&format!("<meta name=\"description\" content=\"{description}\">")));
    assert!(meta(&html, "og:title").unwrap().starts_with("Overlap — shared technology areas"));

    let (ok, html, _) = prerender(Some("https://example.org/tools/overlap/"), "absolute");
    assert!(ok);
    assert_eq!(meta(&html, "og:image").as_deref(), Some("https://example.org/tools/overlap/preview.png"));
    // No og:url: sites take it for the canonical address, and every shared view would link to the default one.
    assert_eq!(meta(&html, "og:url"), None);

    let (ok, _, err) = prerender(Some("example.org/overlap"), "bad");
    assert!(!ok && err.contains("OVERLAP_SITE_URL must be the site's absolute URL"), "{err}");
}

#[test]
fn the_readme_picture_is_what_the_build_draws() {
    use overlap::components::ssr::preview_card;
    let drawn = preview_card().unwrap() + "\n";
    let committed = include_str!("../docs/overlap.svg");
    assert!(
        committed == drawn,
        "docs/overlap.svg (the README's picture) is not the default view as the build draws it: run \
         `cargo run --bin picture` to bring it up to date"
    );
}

//! Embedding a view in another page: the embed page's address, the snippet a host page pastes, and the credit line.

use crate::dataset::Dataset;
use crate::describe::view::title;
use crate::html::escape;
use crate::state::State;
use crate::url_state;
use crate::view_model::ChartData;

/// The page an embed loads: the app with its scripts and stylesheet in files of their own, which a strict
/// Content-Security-Policy allows (the main page inlines them).
pub const PAGE: &str = "embed.html";

/// The `type` of the message by which the embedded page reports its content height to the host page.
pub const HEIGHT_MESSAGE: &str = "overlap-height";

/// The `type` of the message by which the host page asks for that height: its script may start after the embed's
/// first report (deferred, or moved by a content system), and then asks once.
pub const ASK_MESSAGE: &str = "overlap-height?";

/// The host page's part of the snippet: gives each Overlap iframe the height it reports, so that the article shows
/// neither a scrollbar nor a gap, and asks each for it once, in case it reported before the script ran. The same text
/// for every view, so that a host's CSP can allow it by one hash (README); it sets the height through the CSSOM,
/// which a CSP without `'unsafe-inline'` styles still allows.
pub const HOST_SCRIPT: &str = "(function(){var q=\"iframe[data-overlap]\";addEventListener(\"message\",function(e){\
var d=e.data,h=d&&d.type==\"overlap-height\"&&Math.ceil(d.height);if(h>0)document.querySelectorAll(q).forEach(\
function(f){if(f.contentWindow===e.source)f.style.height=h+\"px\"})});document.querySelectorAll(q).forEach(\
function(f){f.contentWindow.postMessage({type:\"overlap-height?\"},\"*\")})})();";

/// The height an embed starts at, before the page inside reports its own.
const START_HEIGHT: u32 = 640;

/// The URL of `page` (a page's URL, its query and fragment ignored) with its last path segment replaced by `file`
/// and `query` appended: the embed page beside the main page, or the main page beside the embed page (`file` empty,
/// the folder, which serves it).
fn beside(page: &str, file: &str, query: &str) -> String {
    let base = page.split(['?', '#']).next().unwrap_or_default();
    let folder = base.rfind('/').map_or("", |slash| &base[..=slash]);
    match query.is_empty() {
        true => folder.to_string() + file,
        false => folder.to_string() + file + "?" + query,
    }
}

/// The embed page's URL for this view: `…/embed.html?embed&…&v=1.0`, beside `page`, the main page's URL.
pub fn embed_url(page: &str, state: &State, ds: &Dataset) -> String {
    beside(page, PAGE, &url_state::shared(&State { embed: true, ..state.clone() }, ds))
}

/// The full page's URL for the view an embed shows, beside `page`, the embed page's URL.
pub fn full_view_url(page: &str, state: &State, ds: &Dataset) -> String {
    beside(page, "", &url_state::shared(&State { embed: false, ..state.clone() }, ds))
}

/// The embed code: an iframe of the view, named by the view's title (what a screen reader announces for the frame),
/// loaded as it nears the screen, and the script that sizes it. Its look is in attributes, not a `style` one, which
/// a host's strict CSP would refuse (and report as an error).
pub fn snippet(ds: &Dataset, state: &State, data: &ChartData, page: &str) -> String {
    let title = "Overlap: ".to_string() + &title(ds, state, data);
    let src = embed_url(page, state, ds);
    format!(
        "<iframe data-overlap src=\"{}\" title=\"{}\" width=\"100%\" height=\"{START_HEIGHT}\" frameborder=\"0\" \
         loading=\"lazy\"></iframe>\n<script>{HOST_SCRIPT}</script>",
        escape(&src),
        escape(&title)
    )
}

/// The credit line under an embedded chart: the sources behind the links it shows (numbered as everywhere, from 1),
/// and the data's version and date.
#[derive(Debug, PartialEq, Eq)]
pub struct Credit {
    /// Each source as (its number, its id, its title).
    pub sources: Vec<(usize, &'static str, &'static str)>,
    pub data: String,
}

impl Credit {
    pub fn new(ds: &Dataset, data: &ChartData) -> Credit {
        let sources = data.sources(ds).into_iter().map(|s| (s + 1, ds.sources[s].id, ds.sources[s].title)).collect();
        Credit { sources, data: "Data version ".to_string() + ds.version + ", as of " + &ds.data_as_of.to_string() }
    }

    /// The line as text: "Overlap · Sources: [1] …; [4] … · Data version 1.1, as of 3 December 2026 · Open full
    /// view ↗".
    pub fn text(&self) -> String {
        let sources: Vec<String> = self.sources.iter().map(|(n, _, title)| format!("[{n}] {title}")).collect();
        let mut parts = vec!["Overlap".to_string()];
        if !sources.is_empty() {
            parts.push("Sources: ".to_string() + &sources.join("; "));
        }
        parts.extend([self.data.clone(), OPEN_FULL_VIEW.to_string()]);
        parts.join(" · ")
    }
}

/// The words of the credit line's link to the full view, which opens in a new tab, and what it says to screen
/// readers (which would read out the arrow, and not know of the tab).
pub const OPEN_FULL_VIEW: &str = "Open full view ↗";
pub const OPEN_FULL_VIEW_LABEL: &str = "Open full view, in a new tab";

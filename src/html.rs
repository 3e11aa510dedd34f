//! Text made safe to stand in HTML or SVG markup that the app writes as text (the embed code, the page's meta tags,
//! the link preview).

/// `text` as it may stand in a double-quoted attribute, or as the text of an element.
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}

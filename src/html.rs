//! Markup the app writes as text (the embed code, the page's meta tags, the link preview, the pictures, the Venn
//! diagram): text made safe to stand in HTML or SVG, and SVG's numbers.

/// `text` as it may stand in a double-quoted attribute, or as the text of an element.
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}

/// `v` with at most one decimal, as SVG numbers are written here.
pub fn num(v: f64) -> String {
    let tenths = (v * 10.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    let t = tenths.unsigned_abs();
    match t % 10 {
        0 => format!("{sign}{}", t / 10),
        d => format!("{sign}{}.{d}", t / 10),
    }
}

/// An SVG `viewBox` of `width` × `height` from the origin.
pub fn view_box(width: f64, height: f64) -> String {
    format!("0 0 {} {}", num(width), num(height))
}

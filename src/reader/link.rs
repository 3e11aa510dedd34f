//! A reader's data carried in a link: set data written as one canonical tab-separated membership table (a dataset in
//! Overlap's own format as its text), compressed (raw DEFLATE) and made URL-safe (base64url) for a URL's fragment
//! (`#data=…`), which browsers never send to a server.

use super::{open, Opened, Options, ReadError, SetData, MAX_BYTES};

/// The most characters of packed data a link carries: a link much longer than this is cut by chat apps and mail
/// clients, and is awkward in any citation. Data past it still opens and charts; only its link cannot hold it.
pub const MAX_PACKED: usize = 16_384;

/// What the packed text begins with: the format's version, so a later one can be told apart.
const HEADER: &str = "overlap-data 1\t";

/// The data as one tab-separated membership table: a header row ("element" and the sets' names), then a row per
/// element with `1` or `0` per set. A name holding a tab, a quotation mark, a line break, a comma or a semicolon is
/// quoted, so that the table reads back as written, whatever its names.
pub fn canonical(data: &SetData) -> String {
    let field = |name: &str| match name.contains(['\t', '"', '\n', '\r', ',', ';']) {
        true => format!("\"{}\"", name.replace('"', "\"\"")),
        false => name.to_string(),
    };
    let mut o = String::from("element");
    for set in &data.sets {
        o.push('\t');
        o += &field(set);
    }
    o.push('\n');
    for (element, mask) in data.elements.iter().zip(&data.masks) {
        o += &field(element);
        for i in 0..data.sets.len() {
            o += if mask >> i & 1 == 1 { "\t1" } else { "\t0" };
        }
        o.push('\n');
    }
    o
}

/// The `content` of data that came from `from` ("genes.csv"), its canonical table or its own text, packed for a
/// link's fragment; `None` where that would take more than `MAX_PACKED` characters (found without packing all of a
/// large table).
pub fn pack(content: &str, from: &str) -> Option<String> {
    use miniz_oxide::deflate::core::{compress, create_comp_flags_from_zip_params, CompressorOxide, TDEFLFlush};
    let text = HEADER.to_string() + &from.replace(['\n', '\r', '\t'], " ") + "\n" + content;
    // Raw DEFLATE (no zlib header: window bits 0), into a buffer as large as a link's share: full, it is too much.
    let mut compressor = CompressorOxide::new(create_comp_flags_from_zip_params(9, 0, 0));
    let mut out = vec![0; MAX_PACKED / 4 * 3 + 1];
    let (status, _, written) = compress(&mut compressor, text.as_bytes(), &mut out, TDEFLFlush::Finish);
    let packed = base64url(&out[..written]);
    (status == miniz_oxide::deflate::core::TDEFLStatus::Done && packed.len() <= MAX_PACKED).then_some(packed)
}

/// What a link's packed data holds: where it first came from, and its data; or why it cannot be read.
pub fn unpack(packed: &str) -> Result<(String, Opened), ReadError> {
    let broken = |why: &str| ReadError { at: None, message: format!("the data in the link is {why}"), too_many: None };
    let bytes = from_base64url(packed).ok_or_else(|| broken("not whole (was the link cut short?)"))?;
    let text = miniz_oxide::inflate::decompress_to_vec_with_limit(&bytes, MAX_BYTES)
        .map_err(|_| broken("damaged (was the link cut short?)"))?;
    let rest = text.strip_prefix(HEADER.as_bytes()).ok_or_else(|| broken("of a format this page does not know"))?;
    let end = rest.iter().position(|&b| b == b'\n').ok_or_else(|| broken("empty"))?;
    let from = String::from_utf8_lossy(&rest[..end]).into_owned();
    Ok((from, open(&rest[end + 1..], Options::default())?))
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// `bytes` in base64url, unpadded (RFC 4648 §5): only characters a URL's fragment takes as they are.
pub fn base64url(bytes: &[u8]) -> String {
    let mut o = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            o.push(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]));
        }
    }
    o
}

/// The bytes of unpadded base64url text, or `None` where it is not that.
pub fn from_base64url(text: &str) -> Option<Vec<u8>> {
    let digits: Vec<u32> =
        text.bytes().map(|c| ALPHABET.iter().position(|&a| a == c).map(|d| d as u32)).collect::<Option<_>>()?;
    if digits.len() % 4 == 1 {
        return None;
    }
    let mut o = Vec::with_capacity(digits.len() * 3 / 4);
    for chunk in digits.chunks(4) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, &d)| n | d << (18 - 6 * i));
        for i in 0..chunk.len() - 1 {
            o.push((n >> (16 - 8 * i)) as u8);
        }
    }
    Some(o)
}

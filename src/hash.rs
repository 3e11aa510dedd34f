//! A short, stable name for bytes: FNV-1a (32 bits) as 8 hex digits. For telling contents apart (a view's citation
//! key, a reader's data), not for security.

/// "5c1e0b7a".
pub fn short_hash(bytes: &[u8]) -> String {
    let hash = bytes.iter().fold(0x811c_9dc5u32, |h, &b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193));
    (0..8).rev().map(|i| char::from_digit(hash >> (i * 4) & 0xf, 16).unwrap_or('0')).collect()
}

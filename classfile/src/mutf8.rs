//! Modified UTF-8 (JVMS §4.4.7): NUL as two bytes, supplementary characters as surrogate
//! pairs of three bytes each. Decoding yields UTF-16 code units, which is what Java strings are.

/// Decodes modified UTF-8 into UTF-16 code units. `None` for a malformed sequence.
pub fn decode_utf16(bytes: &[u8]) -> Option<Vec<u16>> {
    let mut units = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let a = bytes[i] as u16;
        if a & 0x80 == 0 {
            if a == 0 {
                return None;
            }
            units.push(a);
            i += 1;
        } else if a & 0xE0 == 0xC0 {
            let b = *bytes.get(i + 1)? as u16;
            if b & 0xC0 != 0x80 {
                return None;
            }
            units.push(((a & 0x1F) << 6) | (b & 0x3F));
            i += 2;
        } else if a & 0xF0 == 0xE0 {
            let b = *bytes.get(i + 1)? as u16;
            let c = *bytes.get(i + 2)? as u16;
            if b & 0xC0 != 0x80 || c & 0xC0 != 0x80 {
                return None;
            }
            units.push(((a & 0x0F) << 12) | ((b & 0x3F) << 6) | (c & 0x3F));
            i += 3;
        } else {
            return None;
        }
    }
    Some(units)
}

/// Decodes modified UTF-8 into a Rust string; unpaired surrogates become U+FFFD.
pub fn decode(bytes: &[u8]) -> Option<String> {
    if bytes.is_ascii() && !bytes.contains(&0) {
        // Fast path: ASCII without NUL is the same in both encodings.
        return String::from_utf8(bytes.to_vec()).ok();
    }
    let units = decode_utf16(bytes)?;
    Some(String::from_utf16_lossy(&units))
}

/// Encodes UTF-16 code units as modified UTF-8.
pub fn encode_utf16(units: &[u16]) -> Vec<u8> {
    let mut out = Vec::with_capacity(units.len());
    for &u in units {
        match u {
            0x0001..=0x007F => out.push(u as u8),
            0x0000 | 0x0080..=0x07FF => {
                out.push(0xC0 | (u >> 6) as u8);
                out.push(0x80 | (u & 0x3F) as u8);
            }
            _ => {
                out.push(0xE0 | (u >> 12) as u8);
                out.push(0x80 | ((u >> 6) & 0x3F) as u8);
                out.push(0x80 | (u & 0x3F) as u8);
            }
        }
    }
    out
}

/// Encodes a Rust string as modified UTF-8.
pub fn encode(text: &str) -> Vec<u8> {
    let units: Vec<u16> = text.encode_utf16().collect();
    encode_utf16(&units)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_nul_and_supplementary_characters() {
        let text = "a\u{0}é€😀";
        let bytes = encode(text);
        assert_eq!(&bytes[1..3], &[0xC0, 0x80]);
        assert_eq!(decode(&bytes).as_deref(), Some(text));
    }

    #[test]
    fn rejects_raw_nul_and_truncation() {
        assert_eq!(decode(&[0x41, 0x00]), None);
        assert_eq!(decode(&[0xE2, 0x82]), None);
        assert_eq!(decode(&[0xF0, 0x9F, 0x98, 0x80]), None);
    }
}

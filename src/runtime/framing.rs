//! How a TCP socket cuts its byte stream into messages (`SocketChangeModeTransmission`).
//! Stage: runtime; pure functions over byte buffers, no I/O.
//!
//! - [`Framing::SizeAtStart`] (WINDEV's default between two WINDEV programs): each message is
//!   preceded by its length in decimal and CR LF: `11\r\nHello World`.
//! - [`Framing::EndTag`] (and its `Buffer` variant, which reads the same here): each message ends
//!   with a marker (by default the five characters `<EOF>`; often `CRLF`).
//! - [`Framing::Raw`] ("no end tag"): bytes as they come; a read returns what has arrived, at
//!   most the size the script asks for.
//!
//! Bounds: a length header longer than [`MAX_HEADER`] bytes or announcing more than the run's
//! message limit, and a marker that does not come within that limit, are errors, so a peer that
//! sends endless data without a marker cannot make the buffer grow past the limit.

use super::NetError;

/// The longest length header: 20 digits (u64) plus CR LF.
pub const MAX_HEADER: usize = 22;

/// The default end marker of `SocketMarqueurFin` when the script gives none (as in PC SOFT's
/// own Java runtime and the help's "Hello World<EOF>").
pub const DEFAULT_END_TAG: &[u8] = b"<EOF>";

/// A TCP socket's transmission mode.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Framing {
    SizeAtStart,
    EndTag(Vec<u8>),
    /// `SocketMarqueurFinBuffer`: an end marker too (WINDEV reads ahead in blocks; the bytes
    /// after the marker are kept for the next read either way here).
    EndTagBuffer(Vec<u8>),
    Raw,
}

/// What the buffer holds for the next read.
#[derive(Debug, PartialEq, Eq)]
pub enum Next {
    /// A message: its bytes are `buf[start..end]`, and `consumed` bytes (header, marker) go.
    Message { start: usize, end: usize, consumed: usize },
    /// Not a whole message yet; a marker search may resume at `scanned`.
    Incomplete { scanned: usize },
}

impl Framing {
    /// The bytes to send for `payload`.
    pub fn encode(&self, payload: &[u8]) -> Vec<u8> {
        match self {
            Framing::SizeAtStart => {
                let header = format!("{}\r\n", payload.len());
                let mut out = Vec::with_capacity(header.len() + payload.len());
                out.extend_from_slice(header.as_bytes());
                out.extend_from_slice(payload);
                out
            }
            Framing::EndTag(tag) | Framing::EndTagBuffer(tag) => {
                let mut out = Vec::with_capacity(payload.len() + tag.len());
                out.extend_from_slice(payload);
                out.extend_from_slice(tag);
                out
            }
            Framing::Raw => payload.to_vec(),
        }
    }

    /// Bytes sent on the wire for a payload of `len` bytes, beyond the payload.
    pub fn overhead(&self) -> usize {
        match self {
            Framing::SizeAtStart => MAX_HEADER,
            Framing::EndTag(tag) | Framing::EndTagBuffer(tag) => tag.len(),
            Framing::Raw => 0,
        }
    }

    /// The next message in `buf` (the bytes received and not read yet), for a script that reads
    /// at most `max_raw` bytes in raw mode. `scanned`: how far a previous call searched for the
    /// marker. `limit`: the largest message.
    pub fn next(&self, buf: &[u8], scanned: usize, max_raw: usize, limit: usize) -> Result<Next, NetError> {
        match self {
            Framing::Raw => {
                if buf.is_empty() {
                    Ok(Next::Incomplete { scanned: 0 })
                } else {
                    let end = buf.len().min(max_raw.max(1));
                    Ok(Next::Message { start: 0, end, consumed: end })
                }
            }
            Framing::SizeAtStart => size_at_start(buf, limit),
            Framing::EndTag(tag) | Framing::EndTagBuffer(tag) => {
                // Resume a little before where the last search stopped: the marker may straddle.
                let from = scanned.min(buf.len()).saturating_sub(tag.len().saturating_sub(1));
                match find(&buf[from..], tag) {
                    Some(i) => {
                        let end = from + i;
                        if end > limit {
                            return Err(NetError::NoEndTag { limit });
                        }
                        Ok(Next::Message { start: 0, end, consumed: end + tag.len() })
                    }
                    None if buf.len() > limit.saturating_add(tag.len()) => Err(NetError::NoEndTag { limit }),
                    None => Ok(Next::Incomplete { scanned: buf.len() }),
                }
            }
        }
    }

    /// The bytes the script reads when the peer finished sending with `buf` left over: the rest
    /// as a last message (a last line without its marker), or an error when a length header
    /// announced more than came.
    pub fn rest_at_end(&self, buf: &[u8]) -> Result<Option<usize>, NetError> {
        if buf.is_empty() {
            return Ok(None);
        }
        match self {
            Framing::SizeAtStart => Err(NetError::EndedMidMessage { received: buf.len() }),
            _ => Ok(Some(buf.len())),
        }
    }
}

/// `123\r\n` then 123 bytes.
fn size_at_start(buf: &[u8], limit: usize) -> Result<Next, NetError> {
    let Some(cr) = buf.iter().take(MAX_HEADER).position(|&b| b == b'\r') else {
        let digits = buf.iter().take(MAX_HEADER).all(u8::is_ascii_digit);
        if !digits || buf.len() >= MAX_HEADER {
            return Err(NetError::BadSizeHeader { start: printable(&buf[..buf.len().min(MAX_HEADER)]) });
        }
        return Ok(Next::Incomplete { scanned: 0 });
    };
    let digits = &buf[..cr];
    if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
        return Err(NetError::BadSizeHeader { start: printable(&buf[..(cr + 2).min(buf.len())]) });
    }
    if buf.len() < cr + 2 {
        return Ok(Next::Incomplete { scanned: 0 });
    }
    if buf[cr + 1] != b'\n' {
        return Err(NetError::BadSizeHeader { start: printable(&buf[..cr + 2]) });
    }
    // At most 20 digits: parsing can only overflow u64, which is over any limit anyway.
    let size = std::str::from_utf8(digits).ok().and_then(|s| s.parse::<u64>().ok()).unwrap_or(u64::MAX);
    if size > limit as u64 {
        return Err(NetError::MessageTooLarge { size, limit });
    }
    let start = cr + 2;
    let end = start + size as usize;
    if buf.len() < end { Ok(Next::Incomplete { scanned: 0 }) } else { Ok(Next::Message { start, end, consumed: end }) }
}

/// The first position of `needle` in `hay`.
fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return None;
    }
    if needle.len() == 1 {
        return hay.iter().position(|&b| b == needle[0]);
    }
    let first = needle[0];
    let mut i = 0;
    while i + needle.len() <= hay.len() {
        match hay[i..=hay.len() - needle.len()].iter().position(|&b| b == first) {
            None => return None,
            Some(j) => {
                i += j;
                if &hay[i..i + needle.len()] == needle {
                    return Some(i);
                }
                i += 1;
            }
        }
    }
    None
}

/// Bytes for an error message: printable ASCII kept, the rest as `\xNN`.
fn printable(bytes: &[u8]) -> String {
    let mut out = String::new();
    for &b in bytes {
        match b {
            b'\r' => out.push_str("\\r"),
            b'\n' => out.push_str("\\n"),
            0x20..=0x7e => out.push(b as char),
            _ => out.push_str(&format!("\\x{b:02x}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIMIT: usize = 1 << 20;

    fn message(f: &Framing, buf: &[u8]) -> Option<Vec<u8>> {
        match f.next(buf, 0, 4096, LIMIT).unwrap() {
            Next::Message { start, end, .. } => Some(buf[start..end].to_vec()),
            Next::Incomplete { .. } => None,
        }
    }

    #[test]
    fn size_at_start_round_trips_and_waits_for_the_whole_message() {
        let f = Framing::SizeAtStart;
        let wire = f.encode(b"Hello World");
        assert_eq!(wire, b"11\r\nHello World");
        assert_eq!(message(&f, &wire), Some(b"Hello World".to_vec()));
        for cut in 0..wire.len() {
            assert_eq!(message(&f, &wire[..cut]), None, "cut at {cut}");
        }
        assert_eq!(message(&f, b"0\r\n"), Some(Vec::new()));
    }

    #[test]
    fn size_at_start_refuses_garbage_and_oversized_headers() {
        let f = Framing::SizeAtStart;
        assert!(matches!(f.next(b"GET / HTTP/1.1\r\n", 0, 4096, LIMIT), Err(NetError::BadSizeHeader { .. })));
        assert!(matches!(f.next(b"12\rx", 0, 4096, LIMIT), Err(NetError::BadSizeHeader { .. })));
        assert!(matches!(f.next(b"99999999999\r\n", 0, 4096, LIMIT), Err(NetError::MessageTooLarge { .. })));
        assert!(matches!(f.next(&[b'9'; 40], 0, 4096, LIMIT), Err(NetError::BadSizeHeader { .. })));
    }

    #[test]
    fn end_tag_finds_markers_across_reads_and_bounds_the_search() {
        let f = Framing::EndTag(b"\r\n".to_vec());
        assert_eq!(f.encode(b"abc"), b"abc\r\n");
        assert_eq!(message(&f, b"abc\r\ndef"), Some(b"abc".to_vec()));
        assert_eq!(message(&f, b"abc\r"), None);
        // The search resumes where it stopped, including a marker cut in two.
        let Next::Incomplete { scanned } = f.next(b"abc\r", 0, 0, LIMIT).unwrap() else { panic!() };
        assert_eq!(f.next(b"abc\r\n", scanned, 0, LIMIT).unwrap(), Next::Message { start: 0, end: 3, consumed: 5 });
        let endless = vec![b'x'; LIMIT + 3];
        assert!(matches!(f.next(&endless, 0, 0, LIMIT), Err(NetError::NoEndTag { .. })));
        let eof = Framing::EndTag(DEFAULT_END_TAG.to_vec());
        assert_eq!(message(&eof, b"Hello World<EOF>"), Some(b"Hello World".to_vec()));
    }

    #[test]
    fn raw_returns_what_came_up_to_the_size_asked() {
        let f = Framing::Raw;
        assert_eq!(f.next(b"abcdef", 0, 4, LIMIT).unwrap(), Next::Message { start: 0, end: 4, consumed: 4 });
        assert_eq!(f.next(b"", 0, 4, LIMIT).unwrap(), Next::Incomplete { scanned: 0 });
    }

    #[test]
    fn the_rest_at_the_end_of_the_stream() {
        assert_eq!(Framing::Raw.rest_at_end(b"tail").unwrap(), Some(4));
        assert_eq!(Framing::EndTag(b"\n".to_vec()).rest_at_end(b"last line").unwrap(), Some(9));
        assert!(matches!(Framing::SizeAtStart.rest_at_end(b"5\r\nab"), Err(NetError::EndedMidMessage { .. })));
        assert_eq!(Framing::SizeAtStart.rest_at_end(b"").unwrap(), None);
    }

    #[test]
    fn find_handles_every_position() {
        assert_eq!(find(b"abcabd", b"abd"), Some(3));
        assert_eq!(find(b"aab", b"ab"), Some(1));
        assert_eq!(find(b"ab", b"abc"), None);
        assert_eq!(find(b"", b"a"), None);
    }
}

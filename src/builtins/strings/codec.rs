//! Encodings, hashes and identifiers: `Encode`/`Décode` (Base64), `URLEncode`/`URLDécode`, the
//! hexadecimal conversions, `HashChaîne`, UTF-8 and ANSI (Windows-1252) conversions, `DonneGUID`.
//!
//! wlang strings are Unicode; binary data and text in another encoding are `Buffer`s. A string
//! given where bytes are expected stands for its UTF-8 bytes.

use base64::Engine as _;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use hmac::{Hmac, KeyInit, Mac};
use sha2::Digest;

use super::{StringFault, bad, check_size};
use crate::builtins::{Args, BuiltinError, Host, Ret};
use crate::value::Value;

/// `Encode`/`Décode` types.
pub const BASE64: i64 = 1;
pub const BASE64_NO_CR: i64 = 2;
pub const BASE64_URL: i64 = 3;

/// `HashChaîne` algorithms.
pub const HA_MD5_128: i64 = 1;
pub const HA_SHA_160: i64 = 2;
pub const HA_SHA_256: i64 = 3;
pub const HA_SHA_384: i64 = 4;
pub const HA_SHA_512: i64 = 5;
pub const HA_HMAC_MD5_128: i64 = 11;
pub const HA_HMAC_SHA_160: i64 = 12;
pub const HA_HMAC_SHA_256: i64 = 13;
pub const HA_HMAC_SHA_384: i64 = 14;
pub const HA_HMAC_SHA_512: i64 = 15;

/// `DonneGUID` formats.
pub const GUID_RAW: i64 = 0;
pub const GUID_FORMATTED: i64 = 1;

/// `ChaîneRécupère` types: a string ended by a zero byte, in ANSI or in UTF-16.
pub const CR_ASCIIZ: i64 = 1;
pub const CR_UNICODE: i64 = 2;

/// `encodeBASE64` cuts its lines at 76 characters, as MIME does.
const BASE64_LINE: usize = 76;

/// Argument `i` as bytes: a buffer's, or a string's UTF-8 bytes.
fn bytes(args: &Args, i: usize) -> Result<Vec<u8>, BuiltinError> {
    match &args[i] {
        Value::Buffer(b) => Ok(b.to_vec()),
        _ => Ok(args.text(i)?.as_bytes().to_vec()),
    }
}

fn buffer(bytes: Vec<u8>) -> Value {
    Value::Buffer(std::rc::Rc::new(bytes))
}

/// `Encode(data, type)`: a string.
pub fn encode(_host: &mut dyn Host, args: Args) -> Ret {
    let data = bytes(&args, 0)?;
    let kind = args.int(1)?;
    // Base64 is 4 characters for 3 bytes, plus a CR LF per line.
    check_size(data.len() as u128 / 3 * 4 + 4 + data.len() as u128 / 57 * 2, 0)?;
    Ok(Value::from(match kind {
        BASE64 => {
            let text = STANDARD.encode(&data);
            let lines: Vec<&str> =
                text.as_bytes().chunks(BASE64_LINE).map(|l| std::str::from_utf8(l).unwrap_or_default()).collect();
            lines.join("\r\n")
        }
        BASE64_NO_CR => STANDARD.encode(&data),
        BASE64_URL => URL_SAFE_NO_PAD.encode(&data),
        other => return Err(bad(1, StringFault::UnknownEncoding(other))),
    }))
}

/// `Décode(text, type)`: a buffer; invalid data sets `ErreurInfo` and gives an empty buffer.
/// Line breaks and blanks in the text are ignored; padding is optional.
pub fn decode(host: &mut dyn Host, args: Args) -> Ret {
    let text: Vec<u8> = bytes(&args, 0)?.into_iter().filter(|b| !b.is_ascii_whitespace()).collect();
    let kind = args.int(1)?;
    let alphabet = match kind {
        BASE64 | BASE64_NO_CR => &base64::alphabet::STANDARD,
        BASE64_URL => &base64::alphabet::URL_SAFE,
        other => return Err(bad(1, StringFault::UnknownEncoding(other))),
    };
    let engine = base64::engine::GeneralPurpose::new(
        alphabet,
        base64::engine::GeneralPurposeConfig::new()
            .with_decode_padding_mode(base64::engine::DecodePaddingMode::Indifferent)
            .with_decode_allow_trailing_bits(true),
    );
    match engine.decode(&text) {
        Ok(decoded) => Ok(buffer(decoded)),
        Err(_) => {
            host.fail(&StringFault::NotEncoded("Base64"));
            Ok(buffer(Vec::new()))
        }
    }
}

/// `URLEncode(s)`: every byte of the UTF-8 text but letters, digits and `-._~` as `%XX`.
pub fn url_encode(_host: &mut dyn Host, args: Args) -> Ret {
    let data = bytes(&args, 0)?;
    check_size(data.len() as u128 * 3, 0)?;
    let mut out = String::with_capacity(data.len());
    for b in data {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    Ok(Value::from(out))
}

/// `URLDécode(s)`: `%XX` sequences decoded (as UTF-8), `+` read as a space; a `%` not followed
/// by two hexadecimal digits stays as it is.
pub fn url_decode(_host: &mut dyn Host, args: Args) -> Ret {
    let data = bytes(&args, 0)?;
    let mut out = Vec::with_capacity(data.len());
    let mut i = 0;
    while i < data.len() {
        match data[i] {
            b'%' if i + 2 < data.len() && hex_value(data[i + 1]).is_some() && hex_value(data[i + 2]).is_some() => {
                out.push(hex_value(data[i + 1]).unwrap_or(0) * 16 + hex_value(data[i + 2]).unwrap_or(0));
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    Ok(Value::from(String::from_utf8_lossy(&out).into_owned()))
}

fn hex_value(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

/// `BufferVersHexa(data [, grouping = 1])`: uppercase hexadecimal, bytes grouped by `grouping`
/// and groups separated by a space; `SansRegroupement` (0) gives one block.
pub fn buffer_to_hexa(_host: &mut dyn Host, args: Args) -> Ret {
    let data = bytes(&args, 0)?;
    let grouping = args.opt_int(1, 1)?;
    if grouping < 0 {
        return Err(bad(1, StringFault::NegativeGroup(grouping)));
    }
    check_size(data.len() as u128 * 3, 0)?;
    let mut out = String::with_capacity(data.len() * 3);
    for (i, b) in data.iter().enumerate() {
        if grouping > 0 && i > 0 && (i as u64).is_multiple_of(grouping as u64) {
            out.push(' ');
        }
        out.push_str(&format!("{b:02X}"));
    }
    Ok(Value::from(out))
}

/// `HexaVersBuffer(text)`: two hexadecimal digits per byte, blanks ignored; anything else sets
/// `ErreurInfo` and gives an empty buffer.
pub fn hexa_to_buffer(host: &mut dyn Host, args: Args) -> Ret {
    let text = args.text(0)?;
    let digits: Vec<u8> = text.bytes().filter(|b| !b.is_ascii_whitespace()).collect();
    let decoded: Option<Vec<u8>> = if digits.len().is_multiple_of(2) {
        digits.chunks(2).map(|pair| Some(hex_value(pair[0])? * 16 + hex_value(pair[1])?)).collect()
    } else {
        None
    };
    match decoded {
        Some(data) => Ok(buffer(data)),
        None => {
            host.fail(&StringFault::NotHexadecimal);
            Ok(buffer(Vec::new()))
        }
    }
}

/// `EntierVersHexa(n [, digits])`: uppercase hexadecimal of the 8-byte integer, padded with
/// zeros to `digits` (0..=16) characters.
pub fn integer_to_hexa(_host: &mut dyn Host, args: Args) -> Ret {
    let n = args.int(0)?;
    let width = args.opt_int(1, 0)?;
    if !(0..=16).contains(&width) {
        return Err(bad(1, StringFault::HexWidth(width)));
    }
    Ok(Value::from(format!("{n:0width$X}", width = width as usize)))
}

/// `HexaVersEntier(text)`: the integer written in hexadecimal (an optional `0x` first);
/// anything else sets `ErreurInfo` and gives 0.
pub fn hexa_to_integer(host: &mut dyn Host, args: Args) -> Ret {
    let text = args.text(0)?;
    let digits = text.trim();
    let digits = digits.strip_prefix("0x").or_else(|| digits.strip_prefix("0X")).unwrap_or(digits);
    match u64::from_str_radix(digits, 16) {
        Ok(n) if !digits.starts_with('+') => Ok(Value::Int(n as i64)),
        _ => {
            host.fail(&StringFault::NotHexadecimal);
            Ok(Value::Int(0))
        }
    }
}

/// `HashChaîne(algorithm, data [, key])`: the digest, as a buffer (`BufferVersHexa` shows it).
pub fn hash_string(_host: &mut dyn Host, args: Args) -> Ret {
    let algorithm = args.int(0)?;
    let data = bytes(&args, 1)?;
    let key = if args.len() > 2 { Some(bytes(&args, 2)?) } else { None };
    let hmac = (HA_HMAC_MD5_128..=HA_HMAC_SHA_512).contains(&algorithm);
    if !hmac && !(HA_MD5_128..=HA_SHA_512).contains(&algorithm) {
        return Err(bad(0, StringFault::UnknownAlgorithm(algorithm)));
    }
    let digest = match (hmac, key) {
        (false, None) => match algorithm {
            HA_MD5_128 => md5::Md5::digest(&data).to_vec(),
            HA_SHA_160 => sha1::Sha1::digest(&data).to_vec(),
            HA_SHA_256 => sha2::Sha256::digest(&data).to_vec(),
            HA_SHA_384 => sha2::Sha384::digest(&data).to_vec(),
            _ => sha2::Sha512::digest(&data).to_vec(),
        },
        (true, Some(key)) => match algorithm {
            HA_HMAC_MD5_128 => mac::<Hmac<md5::Md5>>(&key, &data),
            HA_HMAC_SHA_160 => mac::<Hmac<sha1::Sha1>>(&key, &data),
            HA_HMAC_SHA_256 => mac::<Hmac<sha2::Sha256>>(&key, &data),
            HA_HMAC_SHA_384 => mac::<Hmac<sha2::Sha384>>(&key, &data),
            _ => mac::<Hmac<sha2::Sha512>>(&key, &data),
        },
        (true, None) => return Err(bad(0, StringFault::KeyNeeded)),
        (false, Some(_)) => return Err(bad(2, StringFault::KeyNotExpected)),
    };
    Ok(buffer(digest))
}

fn mac<M: Mac + KeyInit>(key: &[u8], data: &[u8]) -> Vec<u8> {
    // HMAC takes a key of any length.
    let mut mac = <M as KeyInit>::new_from_slice(key).unwrap_or_else(|_| unreachable!("HMAC accepts any key length"));
    mac.update(data);
    mac.finalize().into_bytes().to_vec()
}

/// `ChaîneVersUTF8(s)`: the UTF-8 bytes of the text, as a buffer.
pub fn to_utf8(_host: &mut dyn Host, args: Args) -> Ret {
    Ok(buffer(bytes(&args, 0)?))
}

/// `UTF8VersChaîne(data)`: a buffer's UTF-8 bytes as text (invalid sequences become U+FFFD).
/// A string whose characters are all Windows-1252 is taken as the bytes an ANSI WINDEV string
/// would hold (`"Ã©"` → `"é"`); any other string is already text and comes back unchanged.
pub fn from_utf8(_host: &mut dyn Host, args: Args) -> Ret {
    let data = match &args[0] {
        Value::Buffer(b) => b.to_vec(),
        _ => {
            let s = args.text(0)?;
            let (ansi, _, unmappable) = encoding_rs::WINDOWS_1252.encode(&s);
            if unmappable {
                return Ok(Value::Str(s));
            }
            ansi.into_owned()
        }
    };
    Ok(Value::from(String::from_utf8_lossy(&data).into_owned()))
}

/// `AnsiVersUnicode(data)`: Windows-1252 bytes (a buffer) as text; a string is already text.
pub fn ansi_to_unicode(_host: &mut dyn Host, args: Args) -> Ret {
    match &args[0] {
        Value::Buffer(b) => Ok(Value::from(encoding_rs::WINDOWS_1252.decode_without_bom_handling(b).0.into_owned())),
        _ => Ok(Value::Str(args.text(0)?)),
    }
}

/// `UnicodeVersAnsi(s)`: the text's Windows-1252 bytes, as a buffer; characters Windows-1252
/// lacks become `?`.
pub fn unicode_to_ansi(_host: &mut dyn Host, args: Args) -> Ret {
    if let Value::Buffer(b) = &args[0] {
        return Ok(Value::Buffer(b.clone()));
    }
    let s = args.text(0)?;
    let out: Vec<u8> = s
        .chars()
        .flat_map(|c| {
            let mut utf8 = [0; 4];
            let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(c.encode_utf8(&mut utf8));
            if unmappable { vec![b'?'] } else { bytes.into_owned() }
        })
        .collect();
    Ok(buffer(out))
}

/// `ChaîneRécupère(<Adresse>, <Type>)` (help page 3024005): the string a zero ends, from
/// memory a DLL filled. wlang has no memory addresses: the bytes come in a buffer (a string is
/// taken up to its first zero character), read up to the first zero byte as ANSI (`crAdresseASCIIZ`), or up to the first zero
/// 16-bit unit as UTF-16 little-endian (`crAdresseUNICODE`). A number (an address) is refused.
pub fn string_retrieve(_host: &mut dyn Host, args: Args) -> Ret {
    let kind = args.int(1)?;
    let data = match &args[0] {
        Value::Buffer(b) => b.clone(),
        Value::Int(_) | Value::Real(_) => return Err(bad(0, StringFault::NoAddress)),
        // Text is already text: up to its first zero character.
        _ if matches!(kind, CR_ASCIIZ | CR_UNICODE) => {
            let text = args.text(0)?;
            return Ok(Value::from(text.split('\0').next().unwrap_or_default()));
        }
        _ => return Err(bad(1, StringFault::UnknownOption(kind))),
    };
    match kind {
        CR_ASCIIZ => {
            let end = data.iter().position(|b| *b == 0).unwrap_or(data.len());
            Ok(Value::from(encoding_rs::WINDOWS_1252.decode_without_bom_handling(&data[..end]).0.into_owned()))
        }
        CR_UNICODE => {
            let units: Vec<u16> =
                data.chunks_exact(2).map(|p| u16::from_le_bytes([p[0], p[1]])).take_while(|u| *u != 0).collect();
            Ok(Value::from(String::from_utf16_lossy(&units)))
        }
        other => Err(bad(1, StringFault::UnknownOption(other))),
    }
}

/// `DonneGUID([format = guidBrut])`: a random (version 4) GUID, as 32 uppercase hexadecimal
/// digits, or with `guidFormaté` as `{XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX}`.
pub fn get_guid(_host: &mut dyn Host, args: Args) -> Ret {
    let format = args.opt_int(0, GUID_RAW)?;
    let id = uuid::Uuid::new_v4();
    Ok(Value::from(match format {
        GUID_RAW => id.simple().to_string().to_uppercase(),
        GUID_FORMATTED => format!("{{{}}}", id.hyphenated().to_string().to_uppercase()),
        other => return Err(bad(0, StringFault::UnknownOption(other))),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digests_match_the_reference_vectors() {
        assert_eq!(hex(&md5::Md5::digest(b"abc")), "900150983CD24FB0D6963F7D28E17F72");
        assert_eq!(hex(&sha1::Sha1::digest(b"abc")), "A9993E364706816ABA3E25717850C26C9CD0D89D");
        assert_eq!(
            hex(&mac::<Hmac<sha2::Sha256>>(b"key", b"The quick brown fox jumps over the lazy dog")),
            "F7BC83F430538424B13298E6AA6FB143EF4D59A14946175997479DBC2D1A3CD8"
        );
    }

    fn hex(bytes: &[u8]) -> String {
        bytes.iter().map(|b| format!("{b:02X}")).collect()
    }
}

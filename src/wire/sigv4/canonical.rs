//! The canonical request both schemes sign: method, encoded path, sorted query, signed headers (values
//! trimmed, runs of spaces folded, repeated headers joined), and the payload hash.
use super::{AuthFailure, SignedRequest};

pub(super) fn canonical_request(
    req: &SignedRequest<'_>,
    signed: &[&str],
    body_hash: &str,
) -> Result<String, AuthFailure> {
    let mut out = String::with_capacity(512);
    out.push_str(req.method);
    out.push('\n');
    out.push_str(&encode_path(req.path));
    out.push('\n');
    out.push_str(&canonical_query(req.query));
    out.push('\n');
    for name in signed {
        out.push_str(name);
        out.push(':');
        let mut present = false;
        for value in req.headers.get_all(*name).iter() {
            let Ok(value) = value.to_str() else { continue };
            if present {
                out.push(',');
            }
            present = true;
            // Trimmed, with runs of spaces folded into one.
            for (i, word) in value.split_whitespace().enumerate() {
                if i > 0 {
                    out.push(' ');
                }
                out.push_str(word);
            }
        }
        if !present {
            return Err(AuthFailure::BadSignature(format!(
                "Signed header '{name}' is not present in the request"
            )));
        }
        out.push('\n');
    }
    out.push('\n');
    for (i, name) in signed.iter().enumerate() {
        if i > 0 {
            out.push(';');
        }
        out.push_str(name);
    }
    out.push('\n');
    out.push_str(body_hash);
    Ok(out)
}

/// Non-S3 services encode each path segment once more (aws-sigv4's default, double encoding).
fn encode_path(path: &str) -> String {
    if path.is_empty() || path == "/" {
        return "/".into();
    }
    path.split('/')
        .map(uri_encode)
        .collect::<Vec<_>>()
        .join("/")
}

fn canonical_query(query: &str) -> String {
    if query.is_empty() {
        return String::new();
    }
    let mut pairs: Vec<(String, String)> = query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (reencode(k), reencode(v))
        })
        .collect();
    pairs.sort();
    pairs
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join("&")
}

/// SigV4's encoding: every byte but the unreserved `A-Z a-z 0-9 - _ . ~` as `%XX`.
const SIGV4_ENCODE: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

fn uri_encode(s: &str) -> String {
    percent_encoding::utf8_percent_encode(s, SIGV4_ENCODE).to_string()
}

/// A query key or value as sent, decoded and encoded again the SigV4 way.
fn reencode(s: &str) -> String {
    let bytes: Vec<u8> = percent_encoding::percent_decode_str(s).collect();
    percent_encoding::percent_encode(&bytes, SIGV4_ENCODE).to_string()
}

pub(super) fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    use subtle::ConstantTimeEq;
    a.len() == b.len() && bool::from(a.ct_eq(b))
}

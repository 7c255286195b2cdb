//! `--har FILE`: every attempt of a run (retries included) as HAR 1.2, which a browser's network panel
//! opens and HTTP tools replay. The `Authorization` and `X-Amz-Security-Token` headers are replaced, and
//! every known secret anywhere else, so the file can be shared.
use serde_json::{Value, json};
use time::{OffsetDateTime, format_description::well_known::Rfc3339};

use crate::{
    runner::outcome::redact,
    wire::capture::{Answer, Capture},
};

/// Headers whose whole value is a credential or a signature.
const SECRET_HEADERS: [&str; 2] = ["authorization", "x-amz-security-token"];
const REDACTED: &str = "<redacted>";

/// The HAR document for `captures`, with `secrets` redacted, written by pcc-conformance `version`.
pub fn render(captures: &[Capture], secrets: &[String], version: &str) -> String {
    let entries: Vec<Value> = captures.iter().map(|c| entry(c, secrets)).collect();
    let har = json!({"log": {
        "version": "1.2",
        "creator": {"name": "pcc-conformance", "version": version},
        "pages": [],
        "entries": entries,
    }});
    serde_json::to_string_pretty(&har).unwrap_or_default() + "\n"
}

fn headers(pairs: &[(String, String)], secrets: &[String]) -> Vec<Value> {
    pairs
        .iter()
        .map(|(name, value)| {
            let value = if SECRET_HEADERS.contains(&name.to_ascii_lowercase().as_str()) {
                REDACTED.to_string()
            } else {
                redact(value, secrets)
            };
            json!({"name": name, "value": value})
        })
        .collect()
}

fn header<'a>(pairs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    pairs
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.as_str())
}

fn entry(c: &Capture, secrets: &[String]) -> Value {
    let started = OffsetDateTime::from(c.started)
        .format(&Rfc3339)
        .unwrap_or_default();
    let ms = c.duration.as_secs_f64() * 1000.0;
    let body = redact(&String::from_utf8_lossy(&c.request_body), secrets);
    let mime = header(&c.request_headers, "content-type").unwrap_or("application/octet-stream");
    let mut entry = json!({
        "startedDateTime": started,
        "time": ms,
        "request": {
            "method": c.method, "url": c.url, "httpVersion": "HTTP/1.1", "cookies": [],
            "headers": headers(&c.request_headers, secrets), "queryString": [],
            "postData": {"mimeType": mime, "text": body},
            "headersSize": -1, "bodySize": c.request_body.len(),
        },
        "cache": {},
        "timings": {"send": 0, "wait": ms, "receive": 0},
    });
    entry["response"] = response(&c.answer, secrets);
    if let Answer::Unanswered(why) = &c.answer {
        entry["comment"] = json!(format!("no response: {}", redact(why, secrets)));
    }
    entry
}

fn response(answer: &Answer, secrets: &[String]) -> Value {
    let (status, pairs, body): (u16, &[(String, String)], &[u8]) = match answer {
        Answer::Response {
            status,
            headers,
            body,
        } => (*status, headers, body),
        Answer::Unanswered(_) => (0, &[], &[]),
    };
    let reason = http::StatusCode::from_u16(status)
        .ok()
        .and_then(|s| s.canonical_reason())
        .unwrap_or("");
    let mime = header(pairs, "content-type").unwrap_or("application/octet-stream");
    json!({
        "status": status, "statusText": reason, "httpVersion": "HTTP/1.1", "cookies": [],
        "headers": headers(pairs, secrets),
        "content": {"size": body.len(), "mimeType": mime, "text": redact(&String::from_utf8_lossy(body), secrets)},
        "redirectURL": "", "headersSize": -1, "bodySize": body.len(),
    })
}

//! Verifying a SigV4 or SigV4a signature: the mock's side of the protocol.
use std::{sync::RwLock, time::SystemTime};

use sha2::{Digest, Sha256};
use time::{OffsetDateTime, PrimitiveDateTime};

use super::{
    AMZ_DATE, MAX_SKEW, SIGV4, SIGV4A, Scheme,
    canonical::{canonical_request, constant_time_eq},
};
use crate::wire::principal::Principal;

/// A request as the verifier sees it.
#[derive(Debug, Clone, Copy)]
pub struct SignedRequest<'a> {
    pub method: &'a str,
    /// The path as sent (already percent-encoded once).
    pub path: &'a str,
    pub query: &'a str,
    pub headers: &'a http::HeaderMap,
    pub body: &'a [u8],
}

/// Why a request's signature was refused: each maps to AWS's own error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AuthFailure {
    /// No `Authorization` header.
    Missing,
    /// An `Authorization` header that cannot be parsed, or a missing `X-Amz-Date`.
    Incomplete(String),
    /// An access key no principal has.
    UnknownKey,
    /// A signature that does not match, or a body changed after signing.
    BadSignature(String),
    /// A request signed more than 15 minutes away from now.
    Expired(String),
}

impl AuthFailure {
    pub fn error_type(&self) -> &'static str {
        match self {
            AuthFailure::Missing => "MissingAuthenticationTokenException",
            AuthFailure::Incomplete(_) => "IncompleteSignatureException",
            AuthFailure::UnknownKey => "UnrecognizedClientException",
            AuthFailure::BadSignature(_) | AuthFailure::Expired(_) => "InvalidSignatureException",
        }
    }

    pub fn message(&self) -> String {
        match self {
            AuthFailure::Missing => "Missing Authentication Token".into(),
            AuthFailure::Incomplete(m) => m.clone(),
            AuthFailure::UnknownKey => {
                "The security token included in the request is invalid.".into()
            }
            AuthFailure::BadSignature(m) => m.clone(),
            AuthFailure::Expired(m) => m.clone(),
        }
    }
}

/// What a valid signature tells about the request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verified {
    pub access_key_id: String,
    pub scheme: Scheme,
    /// The region (SigV4) or region set (SigV4a) of the credential scope.
    pub region: String,
    pub service: String,
}

/// What an `Authorization` header claims, read without verifying it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Claimed {
    pub scheme: Scheme,
    pub access_key_id: String,
    /// The region (SigV4); SigV4a carries its region set in `X-Amz-Region-Set`.
    pub region: Option<String>,
    pub service: String,
}

/// Reads the scheme and credential scope of an `Authorization` header.
pub fn claimed(authorization: &str) -> Result<Claimed, AuthFailure> {
    let a = parse_authorization(authorization)?;
    Ok(Claimed {
        scheme: a.scheme,
        access_key_id: a.access_key.to_string(),
        region: a.region.map(str::to_string),
        service: a.service.to_string(),
    })
}

struct Authorization<'a> {
    scheme: Scheme,
    access_key: &'a str,
    date: &'a str,
    region: Option<&'a str>,
    service: &'a str,
    signed_headers: Vec<&'a str>,
    signature: &'a str,
}

fn parse_authorization(value: &str) -> Result<Authorization<'_>, AuthFailure> {
    let incomplete =
        |m: &str| AuthFailure::Incomplete(format!("Authorization header is malformed: {m}"));
    let (algorithm, rest) = value
        .trim()
        .split_once(' ')
        .ok_or_else(|| incomplete("no algorithm"))?;
    let scheme = match algorithm {
        SIGV4 => Scheme::SigV4,
        SIGV4A => Scheme::SigV4a,
        other => {
            return Err(AuthFailure::Incomplete(format!(
                "Unsupported signature algorithm '{other}'"
            )));
        }
    };
    let (mut credential, mut signed, mut signature) = (None, None, None);
    for part in rest.split(',') {
        let (k, v) = part
            .trim()
            .split_once('=')
            .ok_or_else(|| incomplete("a component without '='"))?;
        match k.trim() {
            "Credential" => credential = Some(v.trim()),
            "SignedHeaders" => signed = Some(v.trim()),
            "Signature" => signature = Some(v.trim()),
            _ => {}
        }
    }
    let credential = credential.ok_or_else(|| incomplete("Credential is missing"))?;
    let signed = signed.ok_or_else(|| incomplete("SignedHeaders is missing"))?;
    let signature = signature.ok_or_else(|| incomplete("Signature is missing"))?;
    let parts: Vec<&str> = credential.split('/').collect();
    let (access_key, date, region, service) = match (scheme, parts.as_slice()) {
        (Scheme::SigV4, [k, d, r, s, "aws4_request"]) => (*k, *d, Some(*r), *s),
        (Scheme::SigV4a, [k, d, s, "aws4_request"]) => (*k, *d, None, *s),
        _ => {
            return Err(incomplete(
                "Credential is not key/date/[region/]service/aws4_request",
            ));
        }
    };
    Ok(Authorization {
        scheme,
        access_key,
        date,
        region,
        service,
        signed_headers: signed.split(';').collect(),
        signature,
    })
}

/// The costly derivations of a verification, kept: SigV4 signing keys per secret, day, region and
/// service (a key changes once a day), SigV4a verifying keys per credential. A kept key is used only
/// for exactly the secret it was derived from; the signature itself is checked on every request.
///
/// A mock knows a handful of principals, so the kept keys are a short list searched without allocating.
#[derive(Debug, Default)]
pub struct KeyCache {
    v4: RwLock<Vec<KeptV4>>,
    v4a: RwLock<Vec<KeptV4a>>,
}

/// A SigV4 signing key and what it was derived from.
#[derive(Debug)]
struct KeptV4 {
    secret: String,
    date: String,
    region: String,
    service: String,
    key: [u8; 32],
}

/// A SigV4a verifying key and the credential it was derived from.
#[derive(Debug)]
struct KeptV4a {
    access_key_id: String,
    secret: String,
    key: p256::ecdsa::VerifyingKey,
}

/// At most this many keys of each kind are kept; past it the list starts again.
const KEPT_KEYS: usize = 64;

fn keep<T>(list: &RwLock<Vec<T>>, item: T) {
    if let Ok(mut l) = list.write() {
        if l.len() >= KEPT_KEYS {
            l.clear();
        }
        l.push(item);
    }
}

impl KeyCache {
    fn v4_key(
        &self,
        secret: &str,
        date: &str,
        region: &str,
        service: &str,
        at: SystemTime,
    ) -> [u8; 32] {
        let kept = self.v4.read().ok().and_then(|l| {
            l.iter()
                .find(|k| {
                    k.secret == secret
                        && k.date == date
                        && k.region == region
                        && k.service == service
                })
                .map(|k| k.key)
        });
        if let Some(key) = kept {
            return key;
        }
        let derived = aws_sigv4::sign::v4::generate_signing_key(secret, at, region, service);
        let mut key = [0u8; 32];
        key.copy_from_slice(&derived.as_ref()[..32]);
        keep(
            &self.v4,
            KeptV4 {
                secret: secret.into(),
                date: date.into(),
                region: region.into(),
                service: service.into(),
                key,
            },
        );
        key
    }

    fn v4a_key(&self, principal: &Principal) -> Option<p256::ecdsa::VerifyingKey> {
        let (id, secret) = (&principal.access_key_id, &principal.secret_access_key);
        let kept = self.v4a.read().ok().and_then(|l| {
            l.iter()
                .find(|k| &k.access_key_id == id && &k.secret == secret)
                .map(|k| k.key)
        });
        if kept.is_some() {
            return kept;
        }
        let private = aws_sigv4::sign::v4a::generate_signing_key(id, secret);
        let key = *p256::ecdsa::SigningKey::from_slice(private.as_ref())
            .ok()?
            .verifying_key();
        keep(
            &self.v4a,
            KeptV4a {
                access_key_id: id.clone(),
                secret: secret.clone(),
                key,
            },
        );
        Some(key)
    }
}

/// Verifies a SigV4 or SigV4a signature against the principals `lookup` knows, at time `now`.
pub fn verify<'p>(
    req: &SignedRequest<'_>,
    lookup: impl Fn(&str) -> Option<&'p Principal>,
    now: SystemTime,
) -> Result<Verified, AuthFailure> {
    verify_with(req, lookup, now, &KeyCache::default())
}

/// [`verify`], deriving keys through `keys`.
pub fn verify_with<'p>(
    req: &SignedRequest<'_>,
    lookup: impl Fn(&str) -> Option<&'p Principal>,
    now: SystemTime,
    keys: &KeyCache,
) -> Result<Verified, AuthFailure> {
    let header = |name: &str| req.headers.get(name).and_then(|v| v.to_str().ok());
    let auth = parse_authorization(header("authorization").ok_or(AuthFailure::Missing)?)?;
    let principal = lookup(auth.access_key).ok_or(AuthFailure::UnknownKey)?;
    if let Some(expected) = &principal.session_token
        && header("x-amz-security-token") != Some(expected.as_str())
    {
        return Err(AuthFailure::UnknownKey);
    }
    let amz_date = header("x-amz-date").ok_or_else(|| {
        AuthFailure::Incomplete(
            "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header."
                .into(),
        )
    })?;
    let signed_at = current(amz_date, now)?;
    if !amz_date.starts_with(auth.date) {
        return Err(AuthFailure::BadSignature(
            "Credential date does not match X-Amz-Date".into(),
        ));
    }
    if !auth.signed_headers.contains(&"host") {
        return Err(AuthFailure::BadSignature(
            "'Host' must be a signed header".into(),
        ));
    }
    let payload_hash = payload_hash(header("x-amz-content-sha256"), req.body)?;
    let canonical = canonical_request(req, &auth.signed_headers, &payload_hash)?;
    let canonical_hash = crate::wire::hex_lower(&Sha256::digest(canonical.as_bytes()));
    let signed = Signed {
        auth: &auth,
        keys,
        principal,
        amz_date,
        signed_at,
        canonical_hash: &canonical_hash,
    };
    match auth.scheme {
        Scheme::SigV4 => signed.sigv4(),
        Scheme::SigV4a => signed.sigv4a(header("x-amz-region-set").unwrap_or_default()),
    }
}

/// When the request was signed, which must be within 15 minutes of `now`.
fn current(amz_date: &str, now: SystemTime) -> Result<OffsetDateTime, AuthFailure> {
    let signed_at = PrimitiveDateTime::parse(amz_date, AMZ_DATE)
        .map_err(|_| {
            AuthFailure::Incomplete(format!(
                "X-Amz-Date '{amz_date}' is not of the form YYYYMMDD'T'HHMMSS'Z'"
            ))
        })?
        .assume_utc();
    let now = OffsetDateTime::from(now);
    let skew = (now - signed_at).whole_seconds();
    if skew.unsigned_abs() <= MAX_SKEW.as_secs() {
        return Ok(signed_at);
    }
    let now_s = now.format(AMZ_DATE).unwrap_or_default();
    Err(AuthFailure::Expired(if skew > 0 {
        format!("Signature expired: {amz_date} is now earlier than {now_s} (15 minutes allowed)")
    } else {
        format!(
            "Signature not yet current: {amz_date} is still later than {now_s} (15 minutes allowed)"
        )
    }))
}

/// What a signature is checked against once the request's form is known.
struct Signed<'a> {
    auth: &'a Authorization<'a>,
    keys: &'a KeyCache,
    principal: &'a Principal,
    amz_date: &'a str,
    signed_at: OffsetDateTime,
    canonical_hash: &'a str,
}

fn mismatch() -> AuthFailure {
    AuthFailure::BadSignature(
        "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.".into(),
    )
}

impl Signed<'_> {
    /// HMAC-SHA256 with the key derived for the date, region and service.
    fn sigv4(&self) -> Result<Verified, AuthFailure> {
        let auth = self.auth;
        let region = auth.region.unwrap_or_default();
        let scope = format!("{}/{}/{}/aws4_request", auth.date, region, auth.service);
        let string_to_sign = format!(
            "{SIGV4}\n{}\n{scope}\n{}",
            self.amz_date, self.canonical_hash
        );
        let key = self.keys.v4_key(
            &self.principal.secret_access_key,
            auth.date,
            region,
            auth.service,
            SystemTime::from(self.signed_at),
        );
        let expected = aws_sigv4::sign::v4::calculate_signature(key, string_to_sign.as_bytes());
        if !constant_time_eq(expected.as_bytes(), auth.signature.as_bytes()) {
            return Err(mismatch());
        }
        Ok(Verified {
            access_key_id: auth.access_key.into(),
            scheme: Scheme::SigV4,
            region: region.into(),
            service: auth.service.into(),
        })
    }

    /// ECDSA P-256 with the key derived from the credentials; the region set must be signed.
    fn sigv4a(&self, region_set: &str) -> Result<Verified, AuthFailure> {
        let auth = self.auth;
        if !auth.signed_headers.contains(&"x-amz-region-set") {
            return Err(AuthFailure::BadSignature(
                "'X-Amz-Region-Set' must be a signed header".into(),
            ));
        }
        let scope = format!("{}/{}/aws4_request", auth.date, auth.service);
        let string_to_sign = format!(
            "{SIGV4A}\n{}\n{scope}\n{}",
            self.amz_date, self.canonical_hash
        );
        let key = self.keys.v4a_key(self.principal).ok_or_else(mismatch)?;
        verify_ecdsa(&key, auth.signature, string_to_sign.as_bytes()).ok_or_else(mismatch)?;
        Ok(Verified {
            access_key_id: auth.access_key.into(),
            scheme: Scheme::SigV4a,
            region: region_set.into(),
            service: auth.service.into(),
        })
    }
}

/// What the canonical request names as the payload: the literal `UNSIGNED-PAYLOAD` when the client
/// says so (the body is then not covered by the signature), else the body's SHA-256, which a claimed
/// `x-amz-content-sha256` must equal.
fn payload_hash(claimed: Option<&str>, body: &[u8]) -> Result<String, AuthFailure> {
    const UNSIGNED: &str = "UNSIGNED-PAYLOAD";
    if claimed == Some(UNSIGNED) {
        return Ok(UNSIGNED.into());
    }
    let body_hash = crate::wire::hex_lower(&Sha256::digest(body));
    match claimed {
        Some(c) if c != body_hash => Err(AuthFailure::BadSignature(
            "The provided 'x-amz-content-sha256' header does not match what was computed.".into(),
        )),
        _ => Ok(body_hash),
    }
}

fn verify_ecdsa(
    key: &p256::ecdsa::VerifyingKey,
    signature_hex: &str,
    string_to_sign: &[u8],
) -> Option<()> {
    use p256::ecdsa::{DerSignature, signature::Verifier};
    let der = hex::decode(signature_hex).ok()?;
    let signature = DerSignature::from_bytes(&der).ok()?;
    key.verify(string_to_sign, &signature).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    use crate::wire::sigv4::sign;
    use crate::wire::{build_raw_request, default_principals};

    fn signed(scheme: Scheme) -> (http::Request<Vec<u8>>, Vec<Principal>) {
        let principals = default_principals();
        let mut req = build_raw_request(
            "http://127.0.0.1:9",
            "PartnerCentralChannel.X",
            b"{\"a\":1}".to_vec(),
        );
        sign(
            &mut req,
            &principals[0],
            "partnercentral-channel",
            "us-east-1",
            scheme,
            SystemTime::now(),
        )
        .unwrap();
        req.headers_mut()
            .insert("host", http::HeaderValue::from_static("127.0.0.1:9"));
        (req, principals)
    }

    fn check(
        req: &http::Request<Vec<u8>>,
        principals: &[Principal],
        now: SystemTime,
    ) -> Result<Verified, AuthFailure> {
        check_with(req, principals, now, &KeyCache::default())
    }

    fn check_with(
        req: &http::Request<Vec<u8>>,
        principals: &[Principal],
        now: SystemTime,
        keys: &KeyCache,
    ) -> Result<Verified, AuthFailure> {
        let view = SignedRequest {
            method: "POST",
            path: "/",
            query: "",
            headers: req.headers(),
            body: req.body(),
        };
        let lookup = |k: &str| principals.iter().find(|p| p.access_key_id == k);
        verify_with(&view, lookup, now, keys)
    }

    #[test]
    fn both_schemes_verify_and_reject_a_changed_body() {
        for scheme in [Scheme::SigV4, Scheme::SigV4a] {
            let (mut req, principals) = signed(scheme);
            let ok = check(&req, &principals, SystemTime::now()).unwrap();
            assert_eq!(ok.scheme, scheme);
            assert_eq!(ok.service, "partnercentral-channel");
            *req.body_mut() = b"{\"a\":2}".to_vec();
            assert!(matches!(
                check(&req, &principals, SystemTime::now()),
                Err(AuthFailure::BadSignature(_))
            ));
        }
    }

    #[test]
    fn old_requests_and_unknown_keys_are_refused() {
        let (req, principals) = signed(Scheme::SigV4);
        let later = SystemTime::now() + Duration::from_secs(16 * 60);
        assert!(matches!(
            check(&req, &principals, later),
            Err(AuthFailure::Expired(_))
        ));
        assert_eq!(
            check(&req, &principals[1..], SystemTime::now()),
            Err(AuthFailure::UnknownKey)
        );
    }

    #[test]
    fn kept_keys_never_accept_what_a_fresh_derivation_would_refuse() {
        let keys = KeyCache::default();
        for scheme in [Scheme::SigV4, Scheme::SigV4a] {
            let (mut req, mut principals) = signed(scheme);
            assert!(
                check_with(&req, &principals, SystemTime::now(), &keys).is_ok(),
                "{scheme:?}"
            );
            assert!(
                check_with(&req, &principals, SystemTime::now(), &keys).is_ok(),
                "{scheme:?} kept"
            );
            *req.body_mut() = b"{\"a\":2}".to_vec();
            assert!(
                check_with(&req, &principals, SystemTime::now(), &keys).is_err(),
                "{scheme:?} body"
            );
            let (req, _) = signed(scheme);
            principals[0].secret_access_key.push('x');
            assert!(
                check_with(&req, &principals, SystemTime::now(), &keys).is_err(),
                "{scheme:?} secret"
            );
        }
    }
}

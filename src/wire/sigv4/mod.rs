//! SigV4 and SigV4a: signing a request (with aws-sigv4) and verifying one (the mock's side).
use std::time::{Duration, SystemTime};

use aws_credential_types::Credentials;
use aws_sigv4::http_request::{SignableBody, SignableRequest, SigningSettings, sign as aws_sign};
use aws_smithy_runtime_api::client::identity::Identity;
use time::{OffsetDateTime, format_description::FormatItem, macros::format_description};

use super::principal::Principal;

mod canonical;
mod verify;

pub use verify::{
    AuthFailure, Claimed, KeyCache, SignedRequest, Verified, claimed, verify, verify_with,
};

/// The SigV4 algorithm name.
pub const SIGV4: &str = "AWS4-HMAC-SHA256";
/// The SigV4a algorithm name.
pub const SIGV4A: &str = "AWS4-ECDSA-P256-SHA256";
/// How far a request's `X-Amz-Date` may be from the verifier's clock.
pub const MAX_SKEW: Duration = Duration::from_secs(15 * 60);

pub(crate) const AMZ_DATE: &[FormatItem<'static>] =
    format_description!("[year][month][day]T[hour][minute][second]Z");

/// Which signature scheme to sign with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Scheme {
    #[default]
    SigV4,
    SigV4a,
}

impl Scheme {
    /// `sigv4` or `sigv4a`: as the model's auth schemes, reports and the command line name it.
    pub fn as_str(self) -> &'static str {
        match self {
            Scheme::SigV4 => "sigv4",
            Scheme::SigV4a => "sigv4a",
        }
    }
}

impl std::fmt::Display for Scheme {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for Scheme {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "sigv4" => Ok(Scheme::SigV4),
            "sigv4a" => Ok(Scheme::SigV4a),
            other => Err(format!(
                "unknown signing scheme '{other}': use sigv4 or sigv4a"
            )),
        }
    }
}

/// Why a request could not be signed.
#[derive(Debug, thiserror::Error)]
#[error("cannot sign the request: {0}")]
pub struct SignError(String);

/// Signs `req` in place for `service` in `region` (SigV4) or region set `*` (SigV4a).
pub fn sign(
    req: &mut http::Request<Vec<u8>>,
    principal: &Principal,
    service: &str,
    region: &str,
    scheme: Scheme,
    time: SystemTime,
) -> Result<(), SignError> {
    let identity: Identity = Credentials::new(
        principal.access_key_id.clone(),
        principal.secret_access_key.clone(),
        principal.session_token.clone(),
        None,
        "pcc-conformance",
    )
    .into();
    let settings = SigningSettings::default();
    let params: aws_sigv4::http_request::SigningParams<'_> = match scheme {
        Scheme::SigV4 => aws_sigv4::sign::v4::SigningParams::builder()
            .identity(&identity)
            .region(region)
            .name(service)
            .time(time)
            .settings(settings)
            .build()
            .map_err(|e| SignError(e.to_string()))?
            .into(),
        Scheme::SigV4a => aws_sigv4::sign::v4a::SigningParams::builder()
            .identity(&identity)
            .region_set("*")
            .name(service)
            .time(time)
            .settings(settings)
            .build()
            .map_err(|e| SignError(e.to_string()))?
            .into(),
    };
    let uri = req.uri().to_string();
    let headers: Vec<(String, String)> = req
        .headers()
        .iter()
        .filter_map(|(k, v)| {
            v.to_str()
                .ok()
                .map(|v| (k.as_str().to_string(), v.to_string()))
        })
        .collect();
    let signable = SignableRequest::new(
        req.method().as_str(),
        &uri,
        headers.iter().map(|(k, v)| (k.as_str(), v.as_str())),
        SignableBody::Bytes(req.body()),
    )
    .map_err(|e| SignError(e.to_string()))?;
    let (instructions, _signature) = aws_sign(signable, &params)
        .map_err(|e| SignError(e.to_string()))?
        .into_parts();
    instructions.apply_to_request_http1x(req);
    Ok(())
}

/// Formats a time as `X-Amz-Date` does.
pub fn amz_date(t: SystemTime) -> String {
    OffsetDateTime::from(t).format(AMZ_DATE).unwrap_or_default()
}

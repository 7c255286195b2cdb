//! A signed HTTP client for any endpoint: one principal's credentials, AWS JSON 1.0 framing, SigV4 or SigV4a.
pub mod credentials;
pub mod retry;
mod sdk_http;
pub use retry::RetryPolicy;
pub use sdk_http::sdk_http_client;
use std::{
    sync::{Arc, Mutex},
    time::{Duration, Instant, SystemTime},
};

use serde_json::Value;

use crate::{
    spec::Operation,
    wire::{self, Principal, Response, sigv4::Scheme},
};

/// Why a call produced no response.
#[derive(Debug, thiserror::Error)]
pub enum ClientError {
    #[error(transparent)]
    Sign(#[from] wire::sigv4::SignError),
    #[error("could not reach {endpoint}: {message}")]
    Transport {
        endpoint: String,
        message: String,
        /// The request never left: the connection could not be made, so the service saw nothing.
        unsent: bool,
    },
    #[error("invalid request: {0}")]
    Request(String),
    /// A principal's session ran out and could not be renewed: nothing was sent.
    #[error("{0}")]
    Credentials(String),
}

/// An endpoint nothing answers at: the connection could not be made (refused, no route, a name that
/// does not resolve, a TLS handshake that failed), with what the system said.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unreachable {
    pub endpoint: String,
    pub why: String,
}

impl std::fmt::Display for Unreachable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "nothing answers at {}: {}", self.endpoint, self.why)
    }
}

/// The first of `endpoints` that cannot be connected to, tried once each (any HTTP answer, whatever its
/// status, is an answer; so is a wait past `timeout`, which a slow service may need).
pub async fn first_unreachable(endpoints: &[&str], timeout: Duration) -> Option<Unreachable> {
    let http = http_builder().timeout(timeout).build().ok()?;
    for endpoint in endpoints {
        match http.get(*endpoint).send().await {
            Err(e) if e.is_connect() || e.is_builder() => {
                return Some(Unreachable {
                    endpoint: endpoint.to_string(),
                    why: causes(&e),
                });
            }
            _ => {}
        }
    }
    None
}

/// A request that got no answer: what the system said (a timeout named as one), and whether it was
/// never sent.
fn transport_error(endpoint: &str, e: &reqwest::Error) -> ClientError {
    let message = if e.is_timeout() {
        "no answer within the request timeout (--request-timeout)".to_string()
    } else {
        causes(e)
    };
    ClientError::Transport {
        endpoint: endpoint.to_string(),
        unsent: e.is_connect(),
        message,
    }
}

/// An error and its causes, innermost last, each said once: what the system said, not only reqwest's
/// "error sending request".
fn causes(e: &(dyn std::error::Error + 'static)) -> String {
    let mut said: Vec<String> = Vec::new();
    let mut next = e.source();
    while let Some(cause) = next {
        let text = cause.to_string();
        if !said.iter().any(|s| s.contains(&text)) {
            said.push(text);
        }
        next = cause.source();
    }
    if said.is_empty() {
        return e.to_string();
    }
    // The innermost two say what the system said (`tcp connect error: Connection refused`).
    said[said.len().saturating_sub(2)..].join(": ")
}

/// A builder of the harness's own HTTP clients, on rustls with ring.
pub fn http_builder() -> reqwest::ClientBuilder {
    // Installing the process's default provider is idempotent: a second call only reports that one is set.
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::builder()
}

/// How to reach and sign for one endpoint.
#[derive(Debug, Clone)]
pub struct Target {
    pub endpoint: String,
    pub region: String,
    pub scheme: Scheme,
    /// Per service (`channel`, `account`), an endpoint that replaces `endpoint` (the real services differ).
    pub service_endpoints: std::collections::BTreeMap<String, String>,
    /// Per service, the region its signatures are scoped to, replacing `region`.
    pub service_regions: std::collections::BTreeMap<String, String>,
    /// Per service, the signing scheme, replacing `scheme` (SigV4a only where the service's model lists it).
    pub service_schemes: std::collections::BTreeMap<String, Scheme>,
}

impl Target {
    /// One endpoint for every service (the mock, or a custom endpoint).
    pub fn single(
        endpoint: impl Into<String>,
        region: impl Into<String>,
        scheme: Scheme,
    ) -> Target {
        Target {
            endpoint: endpoint.into(),
            region: region.into(),
            scheme,
            service_endpoints: Default::default(),
            service_regions: Default::default(),
            service_schemes: Default::default(),
        }
    }

    pub fn endpoint_for(&self, op: &Operation) -> &str {
        self.service_endpoints
            .get(&op.service)
            .map_or(self.endpoint.as_str(), String::as_str)
    }

    pub fn region_for(&self, op: &Operation) -> &str {
        self.service_regions
            .get(&op.service)
            .map_or(self.region.as_str(), String::as_str)
    }

    pub fn scheme_for(&self, op: &Operation) -> Scheme {
        self.service_schemes
            .get(&op.service)
            .copied()
            .unwrap_or(self.scheme)
    }
}

/// One request and its response, as the report shows them.
#[derive(Debug, Clone)]
pub struct Exchange {
    pub operation: String,
    pub principal: String,
    pub request: Value,
    pub response: Response,
    pub elapsed: Duration,
    /// How many times the request was sent (retries included).
    pub attempts: u32,
    /// What each attempt before the last one got: a response, or why there was none.
    pub earlier: Vec<Attempt>,
    /// The wait after each of `earlier`, and the rule that chose it.
    pub waits: Vec<retry::Wait>,
    /// The last answer was worth another attempt, but the endpoint's retry quota was spent.
    pub quota_spent: bool,
}

/// One attempt that was retried: its response, or the transport error that made it retryable.
#[derive(Debug, Clone)]
pub enum Attempt {
    Answered(Response),
    Unanswered(String),
}

/// How long one request may take before it counts as unanswered (`--request-timeout`).
pub const DEFAULT_REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// Whether an error answer may be retried (the model's `retryable` trait), by operation and error name.
pub type RetryClassifier = Arc<dyn Fn(&Operation, &str) -> bool + Send + Sync>;

/// Spaces requests out to at most N a second, across every task sharing it.
#[derive(Debug)]
pub struct RateLimiter {
    interval: Duration,
    next: Mutex<Instant>,
}

impl RateLimiter {
    pub fn per_second(n: f64) -> RateLimiter {
        RateLimiter {
            interval: Duration::from_secs_f64(1.0 / n.max(0.001)),
            next: Mutex::new(Instant::now()),
        }
    }

    /// Waits for this request's slot.
    pub async fn wait(&self) {
        let slot = match self.next.lock() {
            Ok(mut next) => {
                let now = Instant::now();
                let slot = (*next).max(now);
                *next = slot + self.interval;
                slot
            }
            Err(_) => return,
        };
        tokio::time::sleep_until(tokio::time::Instant::from_std(slot)).await;
    }
}

/// A client bound to an endpoint. Cheap to clone; one connection pool.
#[derive(Clone)]
pub struct Client {
    http: reqwest::Client,
    target: Target,
    retry: RetryPolicy,
    retryable: Option<RetryClassifier>,
    /// Each endpoint's retry quota, shared by every clone.
    quotas: Arc<retry::RetryQuotas>,
    limiter: Option<Arc<RateLimiter>>,
    /// Set when the caller is stopping: calls under way make no further attempt.
    stopping: Arc<std::sync::atomic::AtomicBool>,
    timeout: Duration,
    /// Every attempt, whole, when a HAR file is asked for.
    captures: Option<wire::capture::Captures>,
    /// Per principal, credentials renewed before they expire.
    credentials: Arc<credentials::Refreshers>,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client")
            .field("target", &self.target)
            .field("retry", &self.retry)
            .finish_non_exhaustive()
    }
}

impl Client {
    pub fn new(target: Target) -> Result<Client, ClientError> {
        Client::with_timeout(target, DEFAULT_REQUEST_TIMEOUT)
    }

    /// A client whose every request gives up after `timeout` (connecting, sending and reading included).
    pub fn with_timeout(target: Target, timeout: Duration) -> Result<Client, ClientError> {
        let http = http_builder()
            .timeout(timeout)
            .pool_max_idle_per_host(64)
            .build()
            .map_err(|e| ClientError::Request(e.to_string()))?;
        Ok(Client {
            http,
            target,
            retry: RetryPolicy::NONE,
            retryable: None,
            quotas: Arc::default(),
            limiter: None,
            stopping: Arc::default(),
            timeout,
            captures: None,
            credentials: Default::default(),
        })
    }

    /// Retries transport errors, 5xx answers and the errors `retryable` accepts, under `policy`.
    pub fn with_retries(mut self, policy: RetryPolicy, retryable: RetryClassifier) -> Client {
        self.retry = policy;
        self.retryable = Some(retryable);
        self
    }

    /// Signs each principal that has renewable credentials with keys renewed before they expire.
    pub fn with_credentials(mut self, refreshers: credentials::Refreshers) -> Client {
        self.credentials = Arc::new(refreshers);
        self
    }

    /// Keeps every attempt whole in `captures` (for a HAR file).
    pub fn with_captures(mut self, captures: wire::capture::Captures) -> Client {
        self.captures = Some(captures);
        self
    }

    /// At most `per_second` requests a second.
    pub fn with_rate(mut self, per_second: f64) -> Client {
        self.limiter = Some(Arc::new(RateLimiter::per_second(per_second)));
        self
    }

    pub fn target(&self) -> &Target {
        &self.target
    }

    /// How long one request may take.
    pub fn timeout(&self) -> Duration {
        self.timeout
    }

    /// With `false`, calls under way (on every clone of this client) finish their current attempt and
    /// retry no more; `true` allows retries again.
    pub fn set_retrying(&self, on: bool) {
        self.stopping
            .store(!on, std::sync::atomic::Ordering::SeqCst);
    }

    /// Calls `op` as `principal` with a JSON body, signing for the operation's service; retries as the
    /// SDKs' standard mode does (`retry`), each wait recorded with the rule that chose it.
    pub async fn call(
        &self,
        principal: &Principal,
        op: &Operation,
        signing_name: &str,
        body: &Value,
    ) -> Result<Exchange, ClientError> {
        let started = Instant::now();
        let endpoint = self.target.endpoint_for(op);
        let (mut attempt, mut earlier, mut waits, mut last_cost) =
            (0, Vec::new(), Vec::new(), None);
        loop {
            attempt += 1;
            let outcome = self.attempt(principal, op, signing_name, body).await?;
            let next = self.next_wait(op, body, attempt, &outcome);
            let quota_spent = next == Some(None);
            if let Some(Some((wait, cost))) = next {
                last_cost = Some(cost);
                earlier.push(match outcome {
                    Ok(r) => Attempt::Answered(r),
                    Err(e) => Attempt::Unanswered(e.to_string()),
                });
                waits.push(wait);
                tokio::time::sleep(Duration::from_millis(wait.ms)).await;
                continue;
            }
            // The SDKs give a retry's cost back on a success; a conformance run is mostly refusals, so any
            // answer of the service itself (a refusal too, not a throttle nor a page from in front of
            // it) shows it is answering and gives it back.
            let answering = outcome.as_ref().is_ok_and(|r| {
                !r.observed().is_infrastructure()
                    && !retry::is_throttling(r.status, r.error_type.as_deref())
                    && r.status < 500
            });
            if answering {
                self.quotas.succeeded(endpoint, last_cost);
            }
            return Ok(Exchange {
                operation: op.name.clone(),
                principal: principal.name.clone(),
                request: body.clone(),
                response: outcome?,
                elapsed: started.elapsed(),
                attempts: attempt,
                earlier,
                waits,
                quota_spent,
            });
        }
    }

    /// One attempt, signed afresh (keys renewed first where they are about to expire); the same body
    /// every time, so a retry carries the same idempotency token. Outer error: nothing could be sent.
    async fn attempt(
        &self,
        principal: &Principal,
        op: &Operation,
        signing_name: &str,
        body: &Value,
    ) -> Result<Result<Response, ClientError>, ClientError> {
        if let Some(l) = &self.limiter {
            l.wait().await;
        }
        let signer = match self.credentials.get(&principal.name) {
            Some(r) => {
                std::borrow::Cow::Owned(r.fresh(principal).await.map_err(ClientError::Credentials)?)
            }
            None => std::borrow::Cow::Borrowed(principal),
        };
        let mut req = wire::build_request(self.target.endpoint_for(op), op, body);
        wire::sigv4::sign(
            &mut req,
            &signer,
            signing_name,
            self.target.region_for(op),
            self.target.scheme_for(op),
            SystemTime::now(),
        )?;
        Ok(self.send(req).await)
    }

    /// After attempt number `attempt`: no retry (`None`); one worth making but the endpoint's retry
    /// quota is spent (`Some(None)`); or the wait before it and the quota it took (none for a throttle
    /// retried past the quota, after the whole cap).
    fn next_wait(
        &self,
        op: &Operation,
        body: &Value,
        attempt: u32,
        outcome: &Result<Response, ClientError>,
    ) -> Option<Option<(retry::Wait, u32)>> {
        let again = attempt < self.retry.max_attempts
            && !self.stopping.load(std::sync::atomic::Ordering::SeqCst)
            && self.worth_retrying(op, body, outcome);
        if !again {
            return None;
        }
        let (throttling, asked) = match outcome {
            Ok(r) => (
                retry::is_throttling(r.status, r.error_type.as_deref()),
                r.header(retry::RETRY_AFTER_HEADER),
            ),
            Err(_) => (false, None),
        };
        let endpoint = self.target.endpoint_for(op);
        match self.quotas.acquire(endpoint, throttling) {
            Some(cost) => {
                let draw = rand::random::<f64>();
                Some(Some((
                    self.retry.wait(attempt, throttling, asked, draw),
                    cost,
                )))
            }
            // A service that throttles is answering: past the quota the run slows down, it does not fail.
            None if throttling => Some(Some((self.retry.wait_past_quota(asked), 0))),
            None => Some(None),
        }
    }

    /// Whether an attempt's outcome is worth another, as the SDKs' standard retry mode has it. What the
    /// service did not take (a connection never made, throttling, a 503) is tried again for any operation;
    /// what it may have processed (a transport error after sending, any other 5xx) only where a repeat is
    /// safe: a read, or a write that carries its idempotency token.
    fn worth_retrying(
        &self,
        op: &Operation,
        body: &Value,
        outcome: &Result<Response, ClientError>,
    ) -> bool {
        let safe = op.safe_to_repeat(body);
        match outcome {
            Err(ClientError::Transport { unsent, .. }) => *unsent || safe,
            Err(_) => false,
            Ok(r) if r.status == 503 || r.status == 429 => true,
            Ok(r) => match (&r.error_type, &self.retryable) {
                (Some(e), Some(retryable)) if retryable(op, e) => r.status < 500 || safe,
                _ => r.status >= 500 && safe,
            },
        }
    }

    /// POSTs a JSON document to a path of the endpoint, unsigned (the mock's admin API).
    pub async fn post_json(&self, path: &str, body: &Value) -> Result<(u16, Value), ClientError> {
        self.post_json_to(&self.target.endpoint, path, body).await
    }

    /// POSTs a JSON document to a path of one endpoint, unsigned.
    pub async fn post_json_to(
        &self,
        endpoint: &str,
        path: &str,
        body: &Value,
    ) -> Result<(u16, Value), ClientError> {
        let url = format!("{}{path}", endpoint.trim_end_matches('/'));
        self.admin(self.http.post(&url).body(body.to_string()), url)
            .await
    }

    /// POSTs an admin request where it belongs: a path that makes one service's resource to that
    /// service's endpoint, any other to every endpoint the run reaches.
    pub async fn post_admin(&self, path: &str, body: &Value) -> Result<(u16, Value), ClientError> {
        match crate::wire::admin_service(path) {
            Some(service) => {
                let endpoint = self
                    .target
                    .service_endpoints
                    .get(service)
                    .unwrap_or(&self.target.endpoint);
                self.post_json_to(endpoint, path, body).await
            }
            None => self.post_json_everywhere(path, body).await,
        }
    }

    /// Every distinct endpoint the run reaches: the main one, then each service's own.
    pub fn endpoints(&self) -> Vec<&str> {
        let mut out = vec![self.target.endpoint.as_str()];
        for e in self.target.service_endpoints.values() {
            if !out
                .iter()
                .any(|o| o.trim_end_matches('/') == e.trim_end_matches('/'))
            {
                out.push(e);
            }
        }
        out
    }

    /// POSTs the same admin request to every endpoint the run reaches (one mock per service arranges
    /// what the run arranges): the first 2xx answer; else the first answer or failure. A 404 from an
    /// endpoint that lacks what the path names is no failure while another took it.
    pub async fn post_json_everywhere(
        &self,
        path: &str,
        body: &Value,
    ) -> Result<(u16, Value), ClientError> {
        let mut answers = Vec::new();
        for e in self.endpoints() {
            answers.push(self.post_json_to(e, path, body).await?);
        }
        let ok = |s: &u16| (200..300).contains(s);
        let taken = answers.iter().any(|(s, _)| ok(s));
        let refused = answers
            .iter()
            .position(|(s, _)| !(ok(s) || taken && *s == 404));
        let pick = refused.or_else(|| answers.iter().position(|(s, _)| ok(s)));
        Ok(answers.swap_remove(pick.unwrap_or(0)))
    }

    /// GETs a path of the endpoint, unsigned, giving up after `timeout`: the status and JSON body.
    pub async fn get_json(
        &self,
        path: &str,
        timeout: Duration,
    ) -> Result<(u16, Value), ClientError> {
        let url = self.admin_url(path);
        self.admin(self.http.get(&url).timeout(timeout), url).await
    }

    fn admin_url(&self, path: &str) -> String {
        format!("{}{path}", self.target.endpoint.trim_end_matches('/'))
    }

    /// Sends an unsigned admin request: its status and JSON body (null when the body is not JSON).
    async fn admin(
        &self,
        request: reqwest::RequestBuilder,
        url: String,
    ) -> Result<(u16, Value), ClientError> {
        let transport = |e: reqwest::Error| transport_error(&url, &e);
        let resp = request.send().await.map_err(transport)?;
        let status = resp.status().as_u16();
        let bytes = resp.bytes().await.map_err(transport)?;
        Ok((
            status,
            serde_json::from_slice(&bytes).unwrap_or(Value::Null),
        ))
    }

    /// Sends a prepared request as is (already signed, or deliberately not); captured when asked.
    pub async fn send(&self, req: http::Request<Vec<u8>>) -> Result<Response, ClientError> {
        let Some(captures) = &self.captures else {
            return self.send_uncaptured(req).await;
        };
        let (started, clock) = (SystemTime::now(), Instant::now());
        let method = req.method().to_string();
        let url = req.uri().to_string();
        let request_headers = wire::header_pairs(req.headers());
        let request_body = req.body().clone();
        let outcome = self.send_uncaptured(req).await;
        let answer = match &outcome {
            Ok(r) => wire::capture::Answer::Response {
                status: r.status,
                headers: r.headers.clone(),
                body: r.body.clone(),
            },
            Err(e) => wire::capture::Answer::Unanswered(e.to_string()),
        };
        captures.push(wire::capture::Capture {
            started,
            duration: clock.elapsed(),
            method,
            url,
            request_headers,
            request_body,
            answer,
        });
        outcome
    }

    async fn send_uncaptured(&self, req: http::Request<Vec<u8>>) -> Result<Response, ClientError> {
        let (parts, body) = req.into_parts();
        let url = parts.uri.to_string();
        let mut builder = self.http.request(parts.method, &url).body(body);
        for (k, v) in &parts.headers {
            builder = builder.header(k, v);
        }
        let transport = |e: reqwest::Error| transport_error(&url, &e);
        let resp = builder.send().await.map_err(transport)?;
        let status = resp.status().as_u16();
        let headers = wire::header_pairs(resp.headers());
        let bytes = resp.bytes().await.map_err(transport)?;
        Ok(Response::parse(status, headers, bytes.to_vec()))
    }
}

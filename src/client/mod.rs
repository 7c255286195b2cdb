//! A signed HTTP client for any endpoint: one principal's credentials, AWS JSON 1.0 framing, SigV4 or SigV4a.
use std::time::{Duration, Instant, SystemTime};

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
    Transport { endpoint: String, message: String },
    #[error("invalid request: {0}")]
    Request(String),
}

/// How to reach and sign for one endpoint.
#[derive(Debug, Clone)]
pub struct Target {
    pub endpoint: String,
    pub region: String,
    pub scheme: Scheme,
}

/// One request and its response, as the report shows them.
#[derive(Debug, Clone)]
pub struct Exchange {
    pub operation: String,
    pub principal: String,
    pub request: Value,
    pub response: Response,
    pub elapsed: Duration,
}

/// A client bound to an endpoint. Cheap to clone; one connection pool.
#[derive(Debug, Clone)]
pub struct Client {
    http: reqwest::Client,
    target: Target,
}

impl Client {
    pub fn new(target: Target) -> Result<Client, ClientError> {
        let http = reqwest::Client::builder()
            .timeout(Duration::from_secs(60))
            .pool_max_idle_per_host(64)
            .build()
            .map_err(|e| ClientError::Request(e.to_string()))?;
        Ok(Client { http, target })
    }

    pub fn target(&self) -> &Target {
        &self.target
    }

    /// Calls `op` as `principal` with a JSON body, signing for the operation's service.
    pub async fn call(
        &self,
        principal: &Principal,
        op: &Operation,
        signing_name: &str,
        body: &Value,
    ) -> Result<Exchange, ClientError> {
        let started = Instant::now();
        let mut req = wire::build_request(&self.target.endpoint, op, body);
        wire::sigv4::sign(
            &mut req,
            principal,
            signing_name,
            &self.target.region,
            self.target.scheme,
            SystemTime::now(),
        )?;
        let response = self.send(req).await?;
        Ok(Exchange {
            operation: op.name.clone(),
            principal: principal.name.clone(),
            request: body.clone(),
            response,
            elapsed: started.elapsed(),
        })
    }

    /// POSTs a JSON document to a path of the endpoint, unsigned (the mock's admin API).
    pub async fn post_json(&self, path: &str, body: &Value) -> Result<(u16, Value), ClientError> {
        let url = format!("{}{path}", self.target.endpoint.trim_end_matches('/'));
        let transport = |e: reqwest::Error| ClientError::Transport {
            endpoint: url.clone(),
            message: e.to_string(),
        };
        let resp = self
            .http
            .post(&url)
            .body(body.to_string())
            .send()
            .await
            .map_err(transport)?;
        let status = resp.status().as_u16();
        let bytes = resp.bytes().await.map_err(transport)?;
        Ok((
            status,
            serde_json::from_slice(&bytes).unwrap_or(Value::Null),
        ))
    }

    /// Sends a prepared request as is (already signed, or deliberately not).
    pub async fn send(&self, req: http::Request<Vec<u8>>) -> Result<Response, ClientError> {
        let (parts, body) = req.into_parts();
        let url = parts.uri.to_string();
        let mut builder = self.http.request(parts.method, &url).body(body);
        for (k, v) in &parts.headers {
            builder = builder.header(k, v);
        }
        let transport = |e: reqwest::Error| ClientError::Transport {
            endpoint: url.clone(),
            message: e.to_string(),
        };
        let resp = builder.send().await.map_err(transport)?;
        let status = resp.status().as_u16();
        let headers = resp
            .headers()
            .iter()
            .map(|(k, v)| {
                (
                    k.as_str().to_string(),
                    String::from_utf8_lossy(v.as_bytes()).into_owned(),
                )
            })
            .collect();
        let bytes = resp.bytes().await.map_err(transport)?;
        Ok(Response::parse(status, headers, bytes.to_vec()))
    }
}

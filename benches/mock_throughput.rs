//! The mock's throughput through the real HTTP path (SigV4 signing on the client, verification, schema
//! check, store) beside a bare axum server answering a fixed body, same machine, same run.
//! Prints requests per second of each and the ratio. `PCC_BENCH_SECS` sets the seconds per measurement.
use std::{
    net::SocketAddr,
    sync::{
        Arc,
        atomic::{AtomicU64, Ordering},
    },
    time::{Duration, Instant, SystemTime},
};

use axum::{Router, routing::post};
use pcc_conformance::{
    client::{Client, Target},
    mock::{MockConfig, MockServer, call::Call, relationship},
    spec::Contract,
    wire::{build_request, default_principals, sigv4},
};
use rand::Rng;
use serde_json::{Value, json};

const CONCURRENCY: usize = 16;

fn seconds() -> Duration {
    Duration::from_secs_f64(
        std::env::var("PCC_BENCH_SECS")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(3.0),
    )
}

/// Sends signed requests from `CONCURRENCY` tasks for `secs`; returns requests per second.
async fn load(
    url: String,
    op_name: &'static str,
    body: impl Fn() -> Value + Send + Sync + 'static,
) -> f64 {
    let contract = Contract::embedded();
    let client = Client::new(Target::single(
        url.clone(),
        "us-east-1",
        sigv4::Scheme::SigV4,
    ))
    .unwrap();
    let principal = default_principals().remove(0);
    let done = Arc::new(AtomicU64::new(0));
    let body = Arc::new(body);
    let deadline = Instant::now() + seconds();
    let started = Instant::now();
    let mut tasks = Vec::new();
    for _ in 0..CONCURRENCY {
        let (client, contract, principal, done, body, url) = (
            client.clone(),
            contract.clone(),
            principal.clone(),
            done.clone(),
            body.clone(),
            url.clone(),
        );
        tasks.push(tokio::spawn(async move {
            let op = contract.operation(op_name).unwrap();
            while Instant::now() < deadline {
                let mut req = build_request(&url, op, &body());
                sigv4::sign(
                    &mut req,
                    &principal,
                    "partnercentral-channel",
                    "us-east-1",
                    sigv4::Scheme::SigV4,
                    SystemTime::now(),
                )
                .unwrap();
                let r = client.send(req).await.unwrap();
                assert!(
                    r.is_success(),
                    "{op_name} failed: {}",
                    String::from_utf8_lossy(&r.body)
                );
                done.fetch_add(1, Ordering::Relaxed);
            }
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    done.load(Ordering::Relaxed) as f64 / started.elapsed().as_secs_f64()
}

/// A bare axum server answering every POST with `fixed`, as the mock's own content type.
async fn bare_server(fixed: String) -> String {
    let app = Router::new().route(
        "/",
        post(move || {
            let fixed = fixed.clone();
            async move {
                (
                    [
                        ("content-type", "application/x-amz-json-1.0"),
                        ("x-amzn-requestid", "fixed"),
                    ],
                    fixed,
                )
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind(SocketAddr::from(([127, 0, 0, 1], 0)))
        .await
        .unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    url
}

fn create_body() -> Value {
    let account: String = (0..12)
        .map(|_| char::from(b'0' + rand::rng().random_range(0..10u8)))
        .collect();
    json!({"catalog": "Sandbox", "program": "SOLUTION_PROVIDER", "displayName": "bench", "accountId": account})
}

fn list_body() -> Value {
    json!({"catalog": "Sandbox", "maxResults": 20})
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let config = MockConfig {
        pma_quota: usize::MAX,
        ..MockConfig::default()
    };
    let mock = MockServer::start(config, SocketAddr::from(([127, 0, 0, 1], 0)))
        .await
        .unwrap();
    println!(
        "mock throughput, {CONCURRENCY} concurrent signed clients, {:?} per measurement",
        seconds()
    );
    let contract = Contract::embedded();
    let client = Client::new(Target::single(
        mock.url(),
        "us-east-1",
        sigv4::Scheme::SigV4,
    ))
    .unwrap();
    let sender = default_principals().remove(0);
    for _ in 0..50 {
        let op = contract
            .operation("CreateProgramManagementAccount")
            .unwrap();
        client
            .call(&sender, op, "partnercentral-channel", &create_body())
            .await
            .unwrap();
    }
    for (name, body) in [
        (
            "CreateProgramManagementAccount",
            create_body as fn() -> Value,
        ),
        ("ListProgramManagementAccounts", list_body),
    ] {
        // The bare server answers a body of the same size: the mock's own answer to this operation.
        let sample = client
            .call(
                &sender,
                contract.operation(name).unwrap(),
                "partnercentral-channel",
                &body(),
            )
            .await
            .unwrap();
        let bare = bare_server(String::from_utf8_lossy(&sample.response.body).into_owned()).await;
        let mock_rps = load(mock.url(), name, body).await;
        let bare_rps = load(bare, name, body).await;
        println!(
            "{name:<32} mock {mock_rps:>9.0} req/s   bare axum {bare_rps:>9.0} req/s   ratio {:.2} (target >= 0.50)",
            mock_rps / bare_rps
        );
    }
    mock.shutdown().await;
    page_cost_by_store_size().await;
}

/// Adds relationships under one PMA straight into the mock's store, up to `total`.
fn fill(mock: &MockServer, pma: &str, from: usize, total: usize) {
    let contract = Contract::embedded();
    let sender = default_principals().remove(0);
    let op = contract.operation("CreateRelationship").unwrap();
    let mut store = mock.state().store.lock().unwrap();
    for i in from..total {
        let input = json!({"catalog": "Sandbox", "associationType": "END_CUSTOMER", "programManagementAccountIdentifier": pma,
                           "associatedAccountId": format!("{i:012}"), "displayName": "bench", "sector": "COMMERCIAL"});
        let call = Call {
            caller: &sender,
            op,
            input: &input,
            now: time::OffsetDateTime::now_utc(),
        };
        relationship::create(&mut store, &call).unwrap();
    }
}

/// Mean latency of one ListRelationships page (maxResults 50), one client, requests in sequence.
async fn page_latency(client: &Client, n: usize) -> Duration {
    let contract = Contract::embedded();
    let op = contract.operation("ListRelationships").unwrap();
    let sender = default_principals().remove(0);
    let body = json!({"catalog": "Sandbox", "maxResults": 50});
    for _ in 0..n / 10 {
        client
            .call(&sender, op, "partnercentral-channel", &body)
            .await
            .unwrap();
    }
    let started = Instant::now();
    for _ in 0..n {
        let r = client
            .call(&sender, op, "partnercentral-channel", &body)
            .await
            .unwrap();
        assert!(r.response.is_success());
    }
    started.elapsed() / n as u32
}

/// A page costs the same whatever the store's size: 100 against 100,000 relationships.
async fn page_cost_by_store_size() {
    let mock = MockServer::start(MockConfig::default(), SocketAddr::from(([127, 0, 0, 1], 0)))
        .await
        .unwrap();
    let client = Client::new(Target::single(
        mock.url(),
        "us-east-1",
        sigv4::Scheme::SigV4,
    ))
    .unwrap();
    let contract = Contract::embedded();
    let created = client
        .call(
            &default_principals().remove(0),
            contract
                .operation("CreateProgramManagementAccount")
                .unwrap(),
            "partnercentral-channel",
            &create_body(),
        )
        .await
        .unwrap();
    let pma = created.response.json.unwrap()["programManagementAccountDetail"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let n = (seconds().as_secs_f64() * 1000.0) as usize;
    fill(&mock, &pma, 0, 100);
    let small = page_latency(&client, n).await;
    fill(&mock, &pma, 100, 100_000);
    let large = page_latency(&client, n).await;
    println!(
        "ListRelationships page of 50   100 stored {:>7.1} µs   100,000 stored {:>7.1} µs   ratio {:.2} (target < 2)",
        small.as_secs_f64() * 1e6,
        large.as_secs_f64() * 1e6,
        large.as_secs_f64() / small.as_secs_f64()
    );
    mock.shutdown().await;
}

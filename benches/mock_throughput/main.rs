//! The mock beside a bare axum server answering the same bytes, same machine, same run. Requests are
//! SigV4-signed before the measurement and replayed as raw HTTP/1.1 (as wrk does), so the load costs the
//! same whatever serves it and the ratio is the server's own. Prints requests per second, p50 and p99 of
//! a read (GetRelationship), a list page (ListRelationships, 50 items) and a write (CreateRelationship,
//! each body signed once), and the ratios: the median of five alternating rounds.
//!
//! `PCC_BENCH_SECS` sets the seconds per measurement (3); `PCC_BENCH_ONLY=Get` measures only the
//! operations whose name contains it (for a profiler). `PCC_BENCH_SCALE=1` adds the catalog-size
//! benchmark: a standalone mock seeded to 100, 100,000 and 1,000,000 relationships, with its RSS.
//! `PCC_BENCH_MOTO=1` adds moto_server beside the mock (see `moto.rs`).
mod moto;
mod replay;
mod scale;

use std::{
    net::SocketAddr,
    sync::{Arc, atomic::AtomicUsize},
    time::{Duration, SystemTime},
};

use axum::{Router, routing::post};
use pcc_conformance::{
    client::{Client, Target},
    mock::{MockConfig, MockServer},
    spec::Contract,
    wire::{Principal, build_request, default_principals, sigv4},
};
use replay::{Outcome, Use};
use serde_json::{Value, json};
use tokio::runtime::Runtime;

/// Connections the load generator keeps open (wrk -c16).
pub const CONNECTIONS: usize = 16;
/// Measurements of each server per operation, alternating; the median is printed.
const ROUNDS: usize = 5;
/// The service the mock's Channel operations are signed for.
pub const SERVICE: &str = "partnercentral-channel";

pub fn seconds() -> Duration {
    Duration::from_secs_f64(
        std::env::var("PCC_BENCH_SECS")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(3.0),
    )
}

/// Signs `body` for `operation` once, as raw bytes for the wire.
pub fn presigned(url: &str, principal: &Principal, operation: &str, body: &Value) -> Vec<u8> {
    let contract = Contract::embedded();
    let op = contract.operation(operation).expect("a known operation");
    let mut req = build_request(url, op, body);
    sigv4::sign(
        &mut req,
        principal,
        SERVICE,
        "us-east-1",
        sigv4::Scheme::SigV4,
        SystemTime::now(),
    )
    .expect("signing with the default principals");
    replay::wire_bytes(&req)
}

/// One measured operation: its requests and the answer the bare server repeats.
struct Case {
    name: &'static str,
    requests: Vec<Vec<u8>>,
    used: Use,
    answer: String,
}

fn runtimes() -> (Runtime, Runtime) {
    let servers = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .thread_name("server")
        .enable_all()
        .build()
        .expect("a server runtime");
    let load = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a load runtime");
    (servers, load)
}

fn main() {
    let (servers, load) = runtimes();
    let config = MockConfig {
        pma_quota: usize::MAX,
        ..MockConfig::default()
    };
    let mock = servers
        .block_on(MockServer::start(
            config,
            SocketAddr::from(([127, 0, 0, 1], 0)),
        ))
        .expect("the mock starts");
    println!(
        "mock vs bare axum (same response bytes), {CONNECTIONS} keep-alive connections from one load thread, pre-signed requests, {:?} per measurement",
        seconds()
    );
    let cases = load.block_on(cases(&mock.url()));
    println!(
        "{:<20} {:>10} {:>7} {:>7}   {:>10} {:>7} {:>7}   {:>5}",
        "operation", "mock/s", "p50 µs", "p99 µs", "bare/s", "p50 µs", "p99 µs", "ratio"
    );
    let only = std::env::var("PCC_BENCH_ONLY").unwrap_or_default();
    let read = Arc::new(cases[0].requests.clone());
    for case in cases.into_iter().filter(|c| c.name.contains(&only)) {
        let bare = servers.block_on(bare_server(case.answer.clone()));
        let requests = Arc::new(case.requests);
        let (mock_next, bare_next) = (Arc::default(), Arc::default());
        // The bare server takes any body, so it replays the writes over and over.
        let run = |addr, next: &Arc<AtomicUsize>, used| {
            load.block_on(replay::measure(
                addr,
                requests.clone(),
                used,
                CONNECTIONS,
                seconds() / ROUNDS as u32,
                next.clone(),
            ))
            .unwrap_or_else(|e| panic!("{}: {e}", case.name))
        };
        // Alternating rounds, so that a change in the machine's load touches both alike.
        let rounds: Vec<(Outcome, Outcome)> = (0..ROUNDS)
            .map(|_| {
                let m = run(mock.addr(), &mock_next, case.used);
                (m, run(bare, &bare_next, Use::Replay))
            })
            .collect();
        print_row(case.name, &rounds);
    }
    moto::compare(&load, mock.addr(), read);
    servers.block_on(mock.shutdown());
    if std::env::var("PCC_BENCH_SCALE").is_ok_and(|v| v == "1") {
        scale::run(&load);
    }
}

/// The median round by ratio, with the median of the ratios.
fn print_row(name: &str, rounds: &[(Outcome, Outcome)]) {
    let mut by_ratio: Vec<&(Outcome, Outcome)> = rounds.iter().collect();
    by_ratio.sort_by(|x, y| {
        (x.0.per_second / x.1.per_second).total_cmp(&(y.0.per_second / y.1.per_second))
    });
    let (m, b) = by_ratio[by_ratio.len() / 2];
    println!(
        "{name:<20} {:>10.0} {:>7} {:>7}   {:>10.0} {:>7} {:>7}   {:>5.2}",
        m.per_second,
        m.p50_us,
        m.p99_us,
        b.per_second,
        b.p50_us,
        b.p99_us,
        m.per_second / b.per_second
    );
}

/// A PMA with 60 relationships, then the three cases against it.
async fn cases(url: &str) -> Vec<Case> {
    let sender = default_principals().remove(0);
    let client = Client::new(Target::single(url, "us-east-1", sigv4::Scheme::SigV4)).unwrap();
    let call = |operation: &'static str, body: Value| {
        let (client, sender) = (client.clone(), sender.clone());
        async move {
            let contract = Contract::embedded();
            let op = contract.operation(operation).unwrap();
            let exchange = client.call(&sender, op, SERVICE, &body).await.unwrap();
            assert!(
                exchange.response.is_success(),
                "{operation} failed in setup"
            );
            String::from_utf8_lossy(&exchange.response.body).into_owned()
        }
    };
    let created = call("CreateProgramManagementAccount", json!({"catalog": "Sandbox", "program": "SOLUTION_PROVIDER", "displayName": "bench", "accountId": "111122223333"})).await;
    let pma = id_of(&created, "/programManagementAccountDetail/id");
    let mut relationship = String::new();
    for i in 0..60u64 {
        let answer = call("CreateRelationship", relationship_body(&pma, i)).await;
        relationship = id_of(&answer, "/relationshipDetail/id");
    }
    let get = json!({"catalog": "Sandbox", "identifier": relationship, "programManagementAccountIdentifier": pma});
    let list = json!({"catalog": "Sandbox", "maxResults": 50});
    let writes = (seconds().as_secs_f64() * 60_000.0) as u64;
    vec![
        Case {
            name: "GetRelationship",
            requests: vec![presigned(url, &sender, "GetRelationship", &get)],
            used: Use::Replay,
            answer: call("GetRelationship", get).await,
        },
        Case {
            name: "ListRelationships",
            requests: vec![presigned(url, &sender, "ListRelationships", &list)],
            used: Use::Replay,
            answer: call("ListRelationships", list).await,
        },
        Case {
            name: "CreateRelationship",
            requests: (0..writes)
                .map(|i| {
                    let body = relationship_body(&pma, 1_000_000 + i);
                    presigned(url, &sender, "CreateRelationship", &body)
                })
                .collect(),
            used: Use::Once,
            answer: call("CreateRelationship", relationship_body(&pma, 999_999)).await,
        },
    ]
}

pub fn relationship_body(pma: &str, i: u64) -> Value {
    json!({"catalog": "Sandbox", "associationType": "END_CUSTOMER", "programManagementAccountIdentifier": pma,
           "associatedAccountId": format!("{i:012}"), "displayName": "bench", "sector": "COMMERCIAL"})
}

pub fn id_of(answer: &str, pointer: &str) -> String {
    let v: Value = serde_json::from_str(answer).expect("a JSON answer");
    v.pointer(pointer)
        .and_then(Value::as_str)
        .unwrap_or_else(|| panic!("no {pointer} in {answer}"))
        .to_string()
}

/// A bare axum server answering every POST with `fixed`, with the mock's content type and a request id
/// of the same length.
async fn bare_server(fixed: String) -> SocketAddr {
    let fixed = axum::body::Bytes::from(fixed);
    let app = Router::new().route(
        "/",
        post(move || {
            let fixed = fixed.clone();
            async move {
                (
                    [
                        ("content-type", "application/x-amz-json-1.0"),
                        ("x-amzn-requestid", "00000000-0000-4000-8000-000000000000"),
                    ],
                    fixed,
                )
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind(SocketAddr::from(([127, 0, 0, 1], 0)))
        .await
        .unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    addr
}

//! The whole suite against a slow endpoint: the mock adding 50 ms to every call, judged as a service
//! (`--endpoint-kind service`, with contacts, so every scenario a service allows runs). Prints, from one
//! run, its wall time beside its critical path: what no schedule can shorten, the longer of the
//! slowest scenario and the longest chain of scenarios that must run one after another because they
//! claim one family of resources exclusively (the invitations between the same two accounts, say).
//! Also prints the work divided by the places (`--concurrency`), the other bound of a schedule.
//!
//! `cargo bench --bench slow_endpoint`; `PCC_BENCH_LATENCY_MS` sets the latency (50).
use std::{collections::BTreeMap, time::Instant};

use pcc_conformance::mock::{MockConfig, MockServer, faults::FaultSpec};
use serde_json::Value;

const PLACES: u64 = 8;

fn main() {
    let latency: u64 = std::env::var("PCC_BENCH_LATENCY_MS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(50);
    let rt = tokio::runtime::Runtime::new().expect("a runtime");
    let mock = rt.block_on(async {
        let config = MockConfig {
            faults: Some(FaultSpec {
                latency_ms: latency,
                ..FaultSpec::default()
            }),
            ..MockConfig::default()
        };
        MockServer::start(config, "127.0.0.1:0".parse().expect("an address"))
            .await
            .expect("the mock starts")
    });
    let dir = tempfile::tempdir().expect("a temporary directory");
    let started = Instant::now();
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_pcc-conformance"))
        .args([
            "run",
            "--endpoint",
            &mock.url(),
            "--endpoint-kind",
            "service",
        ])
        .args(["--contact", "sender=Jane Doe <jane@example.org>"])
        .args(["--contact", "receiver=Rob Roe <rob@example.org>"])
        .args(["--concurrency", &PLACES.to_string(), "--report-dir"])
        .arg(dir.path())
        .stdout(std::process::Stdio::null())
        .status()
        .expect("the run starts");
    let wall = started.elapsed().as_millis() as u64;
    let report: Value = serde_json::from_str(
        &std::fs::read_to_string(dir.path().join("report.json")).expect("report.json"),
    )
    .expect("report.json is JSON");
    print(&report, wall, latency, status.success());
}

/// A scenario's time on the endpoint: its steps and its cleanup.
fn took(s: &Value) -> u64 {
    s["duration"].as_u64().unwrap_or(0) + s["cleanup"].as_u64().unwrap_or(0)
}

/// Per family a serial scenario is about (the area of its feature), the sum of their times.
fn chains(scenarios: &[&Value]) -> BTreeMap<String, u64> {
    let mut out = BTreeMap::new();
    for s in scenarios.iter().filter(|s| {
        s["tags"]
            .as_array()
            .is_some_and(|t| t.iter().any(|t| t == "serial"))
    }) {
        let text = s.to_string();
        let family = if text.contains("Connection") || text.contains("Invitation") {
            "connections"
        } else if text.contains("Handshake") {
            "handshakes"
        } else {
            "program management accounts"
        };
        *out.entry(family.to_string()).or_default() += took(s);
    }
    out
}

fn print(report: &Value, wall: u64, latency: u64, passed: bool) {
    let ran: Vec<&Value> = report["scenarios"]
        .as_array()
        .map(|a| a.iter().filter(|s| s["status"] != "skipped").collect())
        .unwrap_or_default();
    let slowest = ran.iter().map(|s| took(s)).max().unwrap_or(0);
    let chains = chains(&ran);
    let longest_chain = chains.values().copied().max().unwrap_or(0);
    let critical = slowest.max(longest_chain);
    let work: u64 = ran.iter().map(|s| took(s)).sum();
    println!(
        "slow endpoint ({latency} ms a call): {} scenarios run, {} requests, run {}",
        ran.len(),
        report["totals"]["requests"],
        if passed { "passed" } else { "FAILED" }
    );
    println!("  wall time                       {:>7} ms", wall);
    println!("  slowest scenario                {:>7} ms", slowest);
    for (family, ms) in &chains {
        println!("  exclusive chain: {family:<15}{:>7} ms", ms);
    }
    println!("  critical path                   {:>7} ms", critical);
    println!(
        "  work / {PLACES} places                {:>7} ms",
        work / PLACES
    );
    println!(
        "  wall / critical path            {:>7.2}",
        wall as f64 / critical.max(1) as f64
    );
    println!(
        "  wall / max(critical, work/places) {:>5.2}",
        wall as f64 / critical.max(work / PLACES).max(1) as f64
    );
}

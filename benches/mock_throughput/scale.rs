//! A catalog of a million: a standalone mock (its own process, so that its RSS is its own) seeded to
//! 100, 100,000 and 1,000,000 relationships; at each size a GetRelationship, a ListRelationships page of
//! 50 and a page filtered on one display name in ten, replayed as in the main benchmark.
use std::{
    io::{BufRead, BufReader},
    net::SocketAddr,
    process::{Child, Command, Stdio},
    sync::Arc,
};

use pcc_conformance::wire::default_principals;
use serde_json::{Value, json};
use tokio::runtime::Runtime;

use super::{CONNECTIONS, presigned, replay};

const SIZES: [u64; 3] = [100, 100_000, 1_000_000];

/// The standalone mock, stopped when dropped.
struct Standalone {
    child: Child,
    url: String,
}

impl Drop for Standalone {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start() -> Standalone {
    let mut child = Command::new(env!("CARGO_BIN_EXE_pcc-conformance"))
        .args(["mock", "--bind", "127.0.0.1:0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("the mock binary starts");
    let stdout = child.stdout.take().expect("its stdout");
    let mut line = String::new();
    let mut reader = BufReader::new(stdout);
    while !line.contains("listening on ") {
        line.clear();
        if reader.read_line(&mut line).unwrap_or(0) == 0 {
            panic!("the mock exited before listening");
        }
    }
    let url = line
        .split("listening on ")
        .nth(1)
        .expect("a URL")
        .trim()
        .to_string();
    Standalone { child, url }
}

/// The resident set of a process, in MiB.
fn rss_mib(pid: u32) -> f64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

async fn seed(url: &str, body: Value) -> Value {
    let answer = reqwest::Client::new()
        .post(format!("{url}/_mock/seed"))
        .json(&body)
        .send()
        .await
        .expect("the seed endpoint answers");
    assert!(
        answer.status().is_success(),
        "seed refused: {:?}",
        answer.text().await
    );
    answer.json().await.expect("a JSON answer")
}

pub fn run(load: &Runtime) {
    let mock = start();
    let addr: SocketAddr = mock
        .url
        .trim_start_matches("http://")
        .parse()
        .expect("an address");
    println!(
        "\ncatalog size (standalone mock, RSS of its process; cost ratios against 100 stored)"
    );
    println!(
        "{:>10} {:>9} {:>11} {:>10} {:>11} {:>10} {:>11} {:>9}",
        "stored", "seed s", "get/s", "get p50", "page/s", "page p50", "filtered/s", "RSS MiB"
    );
    let first = load.block_on(seed(
        &mock.url,
        json!({"programManagementAccounts": 1, "relationships": 0}),
    ));
    let pma = first["firstIds"]["programManagementAccounts"][0]
        .as_str()
        .unwrap()
        .to_string();
    let (mut stored, mut reference) = (0u64, None);
    for size in SIZES {
        let seeded = load.block_on(seed(&mock.url, json!({"relationships": size - stored})));
        stored = size;
        let relationship = seeded["firstIds"]["relationships"][0]
            .as_str()
            .unwrap()
            .to_string();
        let row = measure(load, &mock.url, addr, &pma, &relationship);
        let base = *reference.get_or_insert(row);
        println!(
            "{size:>10} {:>9.2} {:>11.0} {:>8}µs {:>11.0} {:>8}µs {:>11.0} {:>9.0}   get x{:.2} page x{:.2}",
            seeded["seconds"].as_f64().unwrap_or(f64::NAN),
            row.0.per_second,
            row.0.p50_us,
            row.1.per_second,
            row.1.p50_us,
            row.2.per_second,
            rss_mib(mock.child.id()),
            base.0.per_second / row.0.per_second,
            base.1.per_second / row.1.per_second,
        );
    }
}

type Row = (replay::Outcome, replay::Outcome, replay::Outcome);

fn measure(load: &Runtime, url: &str, addr: SocketAddr, pma: &str, relationship: &str) -> Row {
    let sender = default_principals().remove(0);
    let one = |operation: &str, body: Value| {
        let requests = Arc::new(vec![presigned(url, &sender, operation, &body)]);
        load.block_on(replay::measure(
            addr,
            requests,
            replay::Use::Replay,
            CONNECTIONS,
            super::seconds(),
            Default::default(),
        ))
        .unwrap_or_else(|e| panic!("{operation}: {e}"))
    };
    (
        one(
            "GetRelationship",
            json!({"catalog": "Sandbox", "identifier": relationship, "programManagementAccountIdentifier": pma}),
        ),
        one(
            "ListRelationships",
            json!({"catalog": "Sandbox", "maxResults": 50}),
        ),
        one(
            "ListRelationships",
            json!({"catalog": "Sandbox", "maxResults": 50, "displayNames": ["seed-3"]}),
        ),
    )
}

//! Recorded parity and baselines: a recording made through a double that changes the service's answers,
//! compared with the plain mock, shows each change as a gap naming its call and path, and passes once
//! they are known; two recordings of the plain mock compare clean; a baseline lets a run with a known
//! defect pass and fails it on a new one.
mod common;

use std::{path::Path, sync::Arc};

use axum::{
    body::Body,
    extract::{Request, State},
    middleware::{Next, from_fn_with_state},
    response::Response,
};
use common::Ran;
use pcc_conformance::mock::{
    MockConfig, MockState,
    curveball::{CurveballSpec, Kind},
    router,
};
use serde_json::{Value, json};

/// Reads and lists of relationships: enough to meet every change the double makes.
const TAGS: &str = "(@op:GetRelationship or @op:ListRelationships) and not @serial";

/// What the double changes in the mock's answers.
#[derive(Clone, Copy, Default)]
struct Changes {
    /// GetRelationship's ResourceNotFoundException answered as AccessDeniedException.
    other_error: bool,
    /// GetRelationship's displayName answered changed.
    renamed: bool,
}

async fn change(State(changes): State<Changes>, req: Request, next: Next) -> Response {
    let get = req
        .headers()
        .get("x-amz-target")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.ends_with(".GetRelationship"));
    let response = next.run(req).await;
    if !get || !(changes.other_error || changes.renamed) {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let bytes = axum::body::to_bytes(body, usize::MAX)
        .await
        .unwrap_or_default();
    let mut doc: Value = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
    if changes.other_error && doc["__type"] == "ResourceNotFoundException" {
        doc = json!({"__type": "AccessDeniedException", "message": "denied"});
        parts.status = axum::http::StatusCode::FORBIDDEN;
    }
    if changes.renamed && doc["relationshipDetail"]["displayName"].is_string() {
        doc["relationshipDetail"]["displayName"] = json!("renamed by the double");
    }
    parts.headers.remove("content-length");
    Response::from_parts(parts, Body::from(doc.to_string()))
}

/// The mock behind the double; with `curveballs`, it adds a member to answers and cuts pages short.
async fn double(changes: Changes, curveballs: bool) -> String {
    let spec = curveballs.then(|| CurveballSpec {
        kinds: vec![Kind::Member, Kind::ShortPage],
        share: 1.0,
        seed: Some(1),
        retry_after: None,
    });
    let state = Arc::new(MockState::new(MockConfig {
        curveballs: spec,
        ..MockConfig::default()
    }));
    let app = router(state).layer(from_fn_with_state(changes, change));
    common::serve(app).await
}

async fn run(args: &[&str], report_dir: &Path) -> Ran {
    let mut all = args.to_vec();
    all.extend(["--tags", TAGS]);
    common::run_suite(&all, report_dir).await
}

fn gaps(r: &Ran) -> Vec<Value> {
    r.report["parity"]["gaps"]
        .as_array()
        .cloned()
        .unwrap_or_default()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_change_of_the_service_is_a_gap_and_known_ones_pass() {
    let dir = tempfile::tempdir().unwrap();
    let recording = dir.path().join("recording");
    let rec = recording.to_str().unwrap();
    let url = double(
        Changes {
            other_error: true,
            renamed: false,
        },
        true,
    )
    .await;
    let recorded = run(
        &[
            "--endpoint",
            &url,
            "--endpoint-kind",
            "service",
            "--record",
            rec,
        ],
        &dir.path().join("r1"),
    )
    .await;
    assert!(recorded.stdout.contains("recorded"), "{}", recorded.stdout);
    let header: Value =
        serde_json::from_str(&std::fs::read_to_string(recording.join("recording.json")).unwrap())
            .unwrap();
    assert_eq!(header["endpointKind"], "service");
    assert!(
        header["endpointHost"]
            .as_str()
            .unwrap()
            .starts_with("127.0.0.1:")
    );
    let compared = run(&["--compare", rec], &dir.path().join("r2")).await;
    assert_eq!(compared.code, Some(1), "{}", compared.stdout);
    let found = gaps(&compared);
    let paths: Vec<&str> = found.iter().filter_map(|g| g["path"].as_str()).collect();
    assert!(
        paths.iter().any(|p| p.ends_with(".curveballAddedMember")),
        "an added member: {paths:?}"
    );
    assert!(
        paths.contains(&"errorType") && paths.contains(&"status"),
        "another error: {paths:?}"
    );
    assert!(
        paths.contains(&"calls") || paths.iter().any(|p| p.ends_with("[]")),
        "a short page: {paths:?}"
    );
    assert!(found.iter().all(|g| !g["call"].as_str().unwrap().is_empty()
        || g["path"] == "calls"
        || g["path"] == "(not recorded)"));
    // The mock-only scenarios the recording (as a service) skipped ran now: each is not compared.
    assert!(
        found.iter().any(|g| g["path"] == "(not recorded)"),
        "{paths:?}"
    );
    assert!(
        compared.stdout.contains("PARITY GAP"),
        "{}",
        compared.stdout
    );
    let md = std::fs::read_to_string(dir.path().join("r2/report.md")).unwrap();
    assert!(md.contains("## Parity with the recording of"), "{md}");
    // Every change written down as known: the comparison passes, each gap reported as known. The added
    // members are one known gap, its scenarios listed and its path a pattern; the others one each.
    let added = |g: &&Value| {
        g["path"]
            .as_str()
            .unwrap()
            .ends_with(".curveballAddedMember")
    };
    let mut added_in: Vec<&Value> = found.iter().filter(added).map(|g| &g["scenario"]).collect();
    added_in.dedup();
    let mut known = vec![json!({
        "scenarios": added_in,
        "path": "response*.curveballAddedMember",
        "reason": "the double's curveball adds it"
    })];
    for g in found.iter().filter(|g| !added(g)) {
        let k = json!({"scenario": g["scenario"], "path": g["path"], "reason": "the double changes it"});
        if !known.contains(&k) {
            known.push(k);
        }
    }
    std::fs::write(
        recording.join("known-gaps.json"),
        serde_json::to_string(&known).unwrap(),
    )
    .unwrap();
    let again = run(&["--compare", rec], &dir.path().join("r3")).await;
    assert_eq!(again.code, Some(0), "{}", again.stdout);
    assert_eq!(gaps(&again).len(), 0);
    assert_eq!(
        again.report["parity"]["known"].as_array().unwrap().len(),
        found.len()
    );
    // Each known gap says how many differences it accepted; none is stale.
    let absorbed = again.report["parity"]["absorbed"].as_array().unwrap();
    assert_eq!(absorbed.len(), known.len());
    assert!(absorbed[0]["gaps"].as_u64().unwrap() > 1, "{}", absorbed[0]);
    let accepted: u64 = absorbed.iter().map(|a| a["gaps"].as_u64().unwrap()).sum();
    assert_eq!(accepted as usize, found.len());
    assert_eq!(again.report["parity"]["stale"], json!([]));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_recordings_of_one_endpoint_with_other_seeds_compare_clean() {
    let dir = tempfile::tempdir().unwrap();
    let rec = dir.path().join("recording");
    let rec = rec.to_str().unwrap();
    let first = run(&["--seed", "11", "--record", rec], &dir.path().join("r1")).await;
    assert_eq!(first.code, Some(0), "{}", first.stdout);
    let second = run(&["--seed", "12", "--compare", rec], &dir.path().join("r2")).await;
    assert_eq!(second.code, Some(0), "{}", second.stdout);
    let parity = &second.report["parity"];
    assert_eq!(parity["gaps"], json!([]), "{}", second.stdout);
    assert!(parity["compared"].as_u64().unwrap() > 20, "{parity}");
    assert_eq!(parity["compared"], parity["snapshots"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_baseline_passes_what_it_knows_and_fails_a_new_defect() {
    let dir = tempfile::tempdir().unwrap();
    let baseline = dir.path().join("baseline.json");
    let base = baseline.to_str().unwrap();
    let one = double(
        Changes {
            other_error: true,
            renamed: false,
        },
        false,
    )
    .await;
    let service = |url: &str| {
        vec![
            "--endpoint".to_string(),
            url.to_string(),
            "--endpoint-kind".into(),
            "mock".into(),
        ]
    };
    let mut args = service(&one);
    args.extend(["--baseline-update".into(), base.into()]);
    let argv: Vec<&str> = args.iter().map(String::as_str).collect();
    let first = run(&argv, &dir.path().join("r1")).await;
    assert_eq!(
        first.code,
        Some(1),
        "the defect fails a run without a baseline: {}",
        first.stdout
    );
    let mut args = service(&one);
    args.extend(["--baseline".into(), base.into()]);
    let argv: Vec<&str> = args.iter().map(String::as_str).collect();
    let known = run(&argv, &dir.path().join("r2")).await;
    assert_eq!(known.code, Some(0), "{}", known.stdout);
    assert!(known.report["baseline"]["known"].as_u64().unwrap() > 0);
    let two = double(
        Changes {
            other_error: true,
            renamed: true,
        },
        false,
    )
    .await;
    let mut args = service(&two);
    args.extend(["--baseline".into(), base.into()]);
    let argv: Vec<&str> = args.iter().map(String::as_str).collect();
    let new = run(&argv, &dir.path().join("r3")).await;
    assert_eq!(new.code, Some(1), "{}", new.stdout);
    assert!(new.stdout.contains("NEW failed"), "{}", new.stdout);
    assert!(!new.report["baseline"]["new"].as_array().unwrap().is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_baseline_never_absorbs_what_could_not_be_judged() {
    let dir = tempfile::tempdir().unwrap();
    let baseline = dir.path().join("baseline.json");
    let base = baseline.to_str().unwrap();
    // A port that takes each connection and closes it at once: every call goes unanswered.
    let closing = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", closing.local_addr().unwrap());
    std::thread::spawn(move || {
        for stream in closing.incoming() {
            drop(stream);
        }
    });
    let args = |flag: &'static str| {
        vec![
            "--endpoint",
            url.as_str(),
            "--endpoint-kind",
            "service",
            "--attempts",
            "1",
            flag,
            base,
        ]
    };
    let first = run(&args("--baseline-update"), &dir.path().join("r1")).await;
    assert_eq!(first.code, Some(1), "{}", first.stdout);
    let written: Value =
        serde_json::from_str(&std::fs::read_to_string(&baseline).unwrap()).unwrap();
    assert_eq!(
        written["findings"],
        json!([]),
        "an error is never written as known"
    );
    let again = run(&args("--baseline"), &dir.path().join("r2")).await;
    assert_eq!(again.code, Some(1), "{}", again.stdout);
    assert!(again.stdout.contains("NOTHING PASSED"), "{}", again.stdout);
    assert!(
        !again.report["baseline"]["new"]
            .as_array()
            .unwrap()
            .is_empty(),
        "each error is new: {}",
        again.report["baseline"]
    );
}

/// `run ARGS` that is expected to stop before it writes a report: its exit status and what it said.
async fn refused_run(args: &[&str]) -> (Option<i32>, String) {
    let out = tokio::process::Command::new(env!("CARGO_BIN_EXE_pcc-conformance"))
        .arg("run")
        .args(args)
        .args(["--tags", TAGS])
        .output()
        .await
        .unwrap();
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.code(), said)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_comparison_that_checks_nothing_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let rec = dir.path().join("recording");
    let r = rec.to_str().unwrap();
    let first = run(&["--record", r], &dir.path().join("r1")).await;
    assert_eq!(first.code, Some(0), "{}", first.stdout);
    let out = dir.path().join("out");
    let out = out.to_str().unwrap();
    // Known gaps with no reason, or one that accepts every scenario's whole snapshot, are refused.
    for bad in [
        json!([{"scenario": "*", "path": "calls", "reason": "anything"}]),
        json!([{"scenario": "*", "path": "status", "reason": " "}]),
        // One known gap per path, each for every scenario: the whole comparison accepted path by path.
        json!([{"scenario": "*", "path": "status", "reason": "x"},
               {"scenario": "*", "path": "response.relationshipDetail.displayName", "reason": "x"}]),
        json!([{"scenarios": ["relationships/*"], "path": "calls", "reason": "x"}]),
        json!([{"path": "status", "reason": "names no scenario"}]),
    ] {
        std::fs::write(rec.join("known-gaps.json"), bad.to_string()).unwrap();
        let (code, said) = refused_run(&["--compare", r, "--report-dir", out]).await;
        assert_eq!(code, Some(2), "{bad}: {said}");
        assert!(said.contains("known gap"), "{said}");
    }
    std::fs::remove_file(rec.join("known-gaps.json")).unwrap();
    // A recording with its snapshots taken away holds nothing to compare.
    std::fs::remove_dir_all(rec.join("snapshots")).unwrap();
    let (code, said) = refused_run(&["--compare", r, "--report-dir", out]).await;
    assert_eq!(code, Some(2), "{said}");
    assert!(said.contains("nothing to compare"), "{said}");
}

/// A recording whose requests differ (another suite version, another catalog) does not compare clean,
/// though every answer is the same.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_recording_whose_requests_differ_has_gaps() {
    let dir = tempfile::tempdir().unwrap();
    let rec = dir.path().join("recording");
    let r = rec.to_str().unwrap();
    let first = run(&["--record", r], &dir.path().join("r1")).await;
    assert_eq!(first.code, Some(0), "{}", first.stdout);
    let mut files = vec![rec.join("snapshots")];
    while let Some(f) = files.pop() {
        if f.is_dir() {
            files.extend(std::fs::read_dir(&f).unwrap().map(|e| e.unwrap().path()));
            continue;
        }
        let mut snapshots: Value = serde_json::from_slice(&std::fs::read(&f).unwrap()).unwrap();
        for call in snapshots
            .as_array_mut()
            .unwrap()
            .iter_mut()
            .flat_map(|s| s["calls"].as_array_mut().unwrap())
        {
            if call["request"]["catalog"].is_string() {
                call["request"]["catalog"] = json!("Elsewhere");
            }
        }
        std::fs::write(&f, snapshots.to_string()).unwrap();
    }
    let compared = run(&["--compare", r], &dir.path().join("r2")).await;
    assert_eq!(compared.code, Some(1), "{}", compared.stdout);
    let found = gaps(&compared);
    assert!(!found.is_empty());
    let other: Vec<&Value> = found
        .iter()
        .filter(|g| {
            g["path"] != "request.catalog" || g["recorded"] != "Elsewhere" || !g["now"].is_string()
        })
        .collect();
    assert!(other.is_empty(), "{other:?}");
}

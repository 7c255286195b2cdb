//! Verdicts on an endpoint judged as a service: the mock behind a double that changes one thing.
//! Real defects must fail the run (fast, not by a timeout); what the protocol and the documentation
//! allow must not.
use std::{
    collections::HashMap,
    net::SocketAddr,
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};

use axum::{
    body::Body,
    extract::Request,
    http::{HeaderMap, HeaderValue, StatusCode},
    middleware::{Next, from_fn},
    response::Response,
};
use pcc_conformance::mock::{MockConfig, MockState, router};
use serde_json::{Value, json};

/// One answer as the double sees it, before it goes back to the client.
struct Answer {
    target: String,
    request: Value,
    status: StatusCode,
    headers: HeaderMap,
    body: Value,
}

type Change = Arc<dyn Fn(&mut Answer, &Memory) + Send + Sync>;
type Intercept = Arc<dyn Fn(&str, &Value, &Memory) -> Option<Answer> + Send + Sync>;

/// What a double remembers between calls (e.g. the last successful answer of an operation).
#[derive(Default, Clone)]
struct Memory(Arc<Mutex<HashMap<String, Value>>>);

impl Memory {
    fn get(&self, key: &str) -> Option<Value> {
        self.0.lock().unwrap().get(key).cloned()
    }
    fn put(&self, key: &str, v: Value) {
        self.0.lock().unwrap().insert(key.into(), v);
    }
}

fn operation(target: &str) -> &str {
    target.rsplit('.').next().unwrap_or("")
}

async fn apply(
    req: Request,
    next: Next,
    change: Change,
    intercept: Intercept,
    memory: Memory,
) -> Response {
    let target = req
        .headers()
        .get("x-amz-target")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    let (parts, body) = req.into_parts();
    let bytes = axum::body::to_bytes(body, usize::MAX)
        .await
        .unwrap_or_default();
    let request: Value = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
    if let Some(answer) = intercept(&target, &request, &memory) {
        return respond(answer);
    }
    let response = next
        .run(Request::from_parts(parts, Body::from(bytes)))
        .await;
    let (parts, body) = response.into_parts();
    let bytes = axum::body::to_bytes(body, usize::MAX)
        .await
        .unwrap_or_default();
    let Ok(body) = serde_json::from_slice::<Value>(&bytes) else {
        return Response::from_parts(parts, Body::from(bytes));
    };
    let mut answer = Answer {
        target,
        request,
        status: parts.status,
        headers: parts.headers,
        body,
    };
    change(&mut answer, &memory);
    respond(answer)
}

fn respond(a: Answer) -> Response {
    // A string body is sent as it is (an HTML page); anything else as JSON.
    let text = match &a.body {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    let mut r = Response::new(Body::from(text));
    *r.status_mut() = a.status;
    *r.headers_mut() = a.headers;
    r.headers_mut().remove("content-length");
    r
}

/// The mock behind a double; its URL.
async fn double(change: Change, intercept: Intercept) -> String {
    let state = Arc::new(MockState::new(MockConfig::default()));
    let memory = Memory::default();
    let app = router(state).layer(from_fn(move |req, next| {
        apply(req, next, change.clone(), intercept.clone(), memory.clone())
    }));
    let listener = tokio::net::TcpListener::bind(SocketAddr::from(([127, 0, 0, 1], 0)))
        .await
        .unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    url
}

/// An answer the double makes itself, with the headers every AWS JSON answer carries.
fn canned(target: &str, request: &Value, status: StatusCode, body: Value) -> Answer {
    let mut headers = HeaderMap::new();
    headers.insert(
        "content-type",
        HeaderValue::from_static("application/x-amz-json-1.0"),
    );
    headers.insert("x-amzn-requestid", HeaderValue::from_static("double-1"));
    Answer {
        target: target.into(),
        request: request.clone(),
        status,
        headers,
        body,
    }
}

fn no_intercept() -> Intercept {
    Arc::new(|_, _, _| None)
}

struct Run {
    exit: Option<i32>,
    report: Value,
    stdout: String,
    took: Duration,
}

/// `run --endpoint URL --endpoint-kind service --tags TAGS`, with its report.
async fn run(url: &str, tags: &str, extra: &[&str]) -> Run {
    let dir = tempfile::tempdir().unwrap();
    let features = concat!(env!("CARGO_MANIFEST_DIR"), "/features");
    let started = Instant::now();
    let out = tokio::process::Command::new(env!("CARGO_BIN_EXE_pcc-conformance"))
        .args(["run", "--endpoint", url, "--endpoint-kind", "service"])
        .args(["--features", features, "--tags", tags, "--report-dir"])
        .arg(dir.path())
        .args(extra)
        .output()
        .await
        .unwrap();
    let took = started.elapsed();
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let text = std::fs::read_to_string(dir.path().join("report.json")).unwrap_or_default();
    Run {
        exit: out.status.code(),
        report: serde_json::from_str(&text).unwrap_or(Value::Null),
        stdout,
        took,
    }
}

fn scenarios_with<'a>(report: &'a Value, status: &str) -> Vec<&'a Value> {
    report["scenarios"]
        .as_array()
        .map(|s| s.iter().filter(|s| s["status"] == status).collect())
        .unwrap_or_default()
}

fn total(report: &Value, name: &str) -> u64 {
    report["totals"][name].as_u64().unwrap_or(0)
}

/// Answers a failed call of `op` with the last successful answer of `op`, as a service that lets it
/// through would.
fn lets_through(op: &'static str) -> Change {
    Arc::new(move |a, memory| {
        if operation(&a.target) != op {
            return;
        }
        if a.status.is_success() {
            memory.put(op, a.body.clone());
        } else if let Some(success) = memory.get(op) {
            a.status = StatusCode::OK;
            a.body = success;
        }
    })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_accept_of_a_handshake_that_is_not_pending_fails_the_run() {
    let url = double(lets_through("AcceptChannelHandshake"), no_intercept()).await;
    let r = run(
        &url,
        "@lifecycle and @op:AcceptChannelHandshake",
        &["--concurrency", "1"],
    )
    .await;
    assert_eq!(r.exit, Some(1), "{}", r.stdout);
    let failed = scenarios_with(&r.report, "failed");
    assert!(
        failed.iter().any(|s| s["failure"]["basis"] == "documented"
            && s["name"]
                .as_str()
                .unwrap_or("")
                .starts_with("Accept by the receiver of a")),
        "{}",
        r.stdout
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_update_with_a_stale_revision_that_succeeds_fails_the_run() {
    let url = double(lets_through("UpdateRelationship"), no_intercept()).await;
    let r = run(&url, "@op:UpdateRelationship", &["--concurrency", "1"]).await;
    assert_eq!(r.exit, Some(1), "{}", r.stdout);
    let failed = scenarios_with(&r.report, "failed");
    assert!(
        failed.iter().any(
            |s| s["name"].as_str().unwrap_or("").contains("stale revision")
                && s["failure"]["basis"] == "documented"
                && s["failure"]["step"] == "the call fails [documented]"
                && s["tags"].as_array().unwrap().contains(&json!("inferred"))
        ),
        "{}",
        r.stdout
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_next_token_that_repeats_fails_the_scenario_at_once() {
    const STUCK: &str = "pcc-stuck-token";
    // Each listing's first page is kept under its request (less the token), and replayed for the
    // stuck token: the listing returns the same page and the same token forever.
    fn listing(request: &Value) -> String {
        let mut r = request.clone();
        r.as_object_mut().map(|o| o.remove("nextToken"));
        r.to_string()
    }
    let change: Change = Arc::new(|a, memory| {
        if operation(&a.target) == "ListRelationships" && a.body.get("nextToken").is_some() {
            a.body["nextToken"] = json!(STUCK);
            memory.put(&listing(&a.request), a.body.clone());
        }
    });
    let intercept: Intercept = Arc::new(|target, request, memory| {
        let stuck = request.get("nextToken").and_then(Value::as_str) == Some(STUCK);
        let page = memory.get(&listing(request))?;
        (operation(target) == "ListRelationships" && stuck)
            .then(|| canned(target, request, StatusCode::OK, page))
    });
    let url = double(change, intercept).await;
    let r = run(
        &url,
        "@op:ListRelationships and @pagination",
        &["--deadline", "120"],
    )
    .await;
    assert_eq!(r.exit, Some(1), "{}", r.stdout);
    assert!(r.took < Duration::from_secs(60), "took {:?}", r.took);
    let failed = scenarios_with(&r.report, "failed");
    let message = failed
        .iter()
        .map(|s| s["failure"]["message"].as_str().unwrap_or(""))
        .find(|m| m.contains("page 2"))
        .unwrap_or_else(|| panic!("no failure names page 2: {}", r.stdout));
    assert!(
        message.contains("already returned") || message.contains(STUCK),
        "{message}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_contract_violation_inside_an_inferred_scenario_fails_the_run() {
    let change: Change = Arc::new(|a, _| {
        if operation(&a.target) == "UpdateRelationship" && a.status.is_success() {
            a.body["relationshipDetail"]
                .as_object_mut()
                .map(|d| d.insert("revision".into(), json!(7)));
        }
    });
    let url = double(change, no_intercept()).await;
    let r = run(&url, "@op:UpdateRelationship and @inferred", &[]).await;
    assert_eq!(r.exit, Some(1), "{}", r.stdout);
    let failed = scenarios_with(&r.report, "failed");
    assert!(!failed.is_empty(), "{}", r.stdout);
    for s in failed {
        assert_eq!(s["failure"]["basis"], "contract", "{s:#}");
        assert!(s["tags"].as_array().unwrap().contains(&json!("inferred")));
        assert_eq!(s["violations"][0]["path"], "relationshipDetail.revision");
    }
    assert_eq!(total(&r.report, "advisory"), 0);
}

/// Error answers rewritten by `rewrite` (the body, the headers).
fn errors(rewrite: fn(&mut Value, &mut HeaderMap)) -> Change {
    Arc::new(move |a, _| {
        if !a.status.is_success() {
            rewrite(&mut a.body, &mut a.headers);
        }
    })
}

const SOME_ERRORS: &str = "@errors or @required or (@lifecycle and @op:CancelChannelHandshake)";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn errors_with_message_capitalised_pass() {
    let change = errors(|body, _| {
        if let Some(m) = body.as_object_mut().and_then(|o| o.remove("message")) {
            body["Message"] = m;
        }
    });
    let url = double(change, no_intercept()).await;
    let r = run(&url, SOME_ERRORS, &[]).await;
    assert_eq!(r.exit, Some(0), "{}", r.stdout);
    assert!(total(&r.report, "passed") > 50, "{}", r.stdout);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_error_type_only_in_the_header_or_qualified_passes() {
    let header_only = errors(|body, headers| {
        let name = body
            .as_object_mut()
            .and_then(|o| o.remove("__type"))
            .and_then(|t| t.as_str().map(str::to_string))
            .unwrap_or_default();
        let qualified =
            format!("{name}:http://internal.amazon.com/coral/com.amazonaws.partnercentral/");
        headers.insert(
            "x-amzn-errortype",
            HeaderValue::from_str(&qualified).unwrap(),
        );
    });
    let url = double(header_only, no_intercept()).await;
    let r = run(&url, SOME_ERRORS, &[]).await;
    assert_eq!(r.exit, Some(0), "header only: {}", r.stdout);

    let namespaced = errors(|body, _| {
        let name = body["__type"].as_str().unwrap_or_default().to_string();
        body["__type"] = json!(format!("com.amazonaws.partnercentralchannel#{name}"));
    });
    let url = double(namespaced, no_intercept()).await;
    let r = run(&url, SOME_ERRORS, &[]).await;
    assert_eq!(r.exit, Some(0), "ns#Name: {}", r.stdout);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_response_member_the_model_lacks_is_drift_not_a_failure() {
    let change: Change = Arc::new(|a, _| {
        if a.status.is_success()
            && let Some(o) = a.body.as_object_mut()
        {
            o.insert("pccAddedMember".into(), json!("new in the service"));
        }
    });
    let url = double(change.clone(), no_intercept()).await;
    let r = run(&url, "@op:GetRelationship", &[]).await;
    assert_eq!(r.exit, Some(0), "{}", r.stdout);
    assert!(total(&r.report, "drift") > 0, "{}", r.stdout);
    let drift: Vec<&Value> = r.report["scenarios"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["drift"].as_array().unwrap().iter())
        .collect();
    assert!(
        drift.iter().all(|d| d["path"] == "pccAddedMember"),
        "{drift:#?}"
    );
    assert!(drift.iter().any(|d| d["operation"] == "GetRelationship"));
    let url = double(change, no_intercept()).await;
    let strict = run(&url, "@op:GetRelationship", &["--strict-drift"]).await;
    assert_eq!(strict.exit, Some(1), "--strict-drift: {}", strict.stdout);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn timestamps_with_milliseconds_pass() {
    let change: Change = Arc::new(|a, _| {
        let text = a.body.to_string();
        let re = regex::Regex::new(r#""(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})Z""#).unwrap();
        let changed = re.replace_all(&text, "\"${1}.000Z\"");
        a.body = serde_json::from_str(&changed).unwrap();
    });
    let url = double(change, no_intercept()).await;
    let r = run(
        &url,
        "@op:CreateChannelHandshake or @op:GetRelationship",
        &[],
    )
    .await;
    assert_eq!(r.exit, Some(0), "{}", r.stdout);
    assert!(r.stdout.contains(" 0 failed"), "{}", r.stdout);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn another_declared_error_where_only_the_type_is_inferred_is_advisory() {
    let change: Change = Arc::new(|a, _| {
        let is_accept = operation(&a.target) == "AcceptChannelHandshake";
        if is_accept && a.body["__type"] == "ValidationException" {
            a.status = StatusCode::FORBIDDEN;
            a.body = json!({"__type": "AccessDeniedException", "message": "not now", "reason": "ACCESS_DENIED"});
        }
    });
    let url = double(change, no_intercept()).await;
    let r = run(&url, "@lifecycle and @op:AcceptChannelHandshake", &[]).await;
    assert_eq!(r.exit, Some(0), "{}", r.stdout);
    let advisory = scenarios_with(&r.report, "advisory");
    assert_eq!(advisory.len() as u64, total(&r.report, "advisory"));
    assert!(!advisory.is_empty(), "{}", r.stdout);
    for s in &advisory {
        assert_eq!(s["advisories"][0]["basis"], "inferred", "{s:#}");
        assert!(
            s["advisories"][0]["message"]
                .as_str()
                .unwrap()
                .contains("AccessDeniedException")
        );
    }
    let md = r.stdout;
    assert!(md.contains("advisory"), "{md}");
}

/// A throttling answer is an exchange too: malformed, it is a violation even though the retry succeeds.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_malformed_error_on_a_retried_attempt_is_a_violation() {
    let intercept: Intercept = Arc::new(|target, request, memory| {
        let key = request.to_string();
        let first =
            operation(target) == "CreateProgramManagementAccount" && memory.get(&key).is_none();
        memory.put(&key, json!(true));
        first.then(|| {
            let throttled = json!({"__type": "ThrottlingException"});
            canned(target, request, StatusCode::TOO_MANY_REQUESTS, throttled)
        })
    });
    let url = double(Arc::new(|_, _| {}), intercept).await;
    let r = run(&url, "@op:GetRelationship", &[]).await;
    assert_eq!(r.exit, Some(1), "{}", r.stdout);
    let failed = scenarios_with(&r.report, "failed");
    assert!(!failed.is_empty());
    let s = failed[0];
    assert_eq!(s["failure"]["basis"], "contract");
    let v = &s["violations"][0];
    assert_eq!(
        (
            v["operation"].as_str(),
            v["path"].as_str(),
            v["rule"].as_str()
        ),
        (
            Some("CreateProgramManagementAccount"),
            Some("message"),
            Some("required")
        ),
        "{s:#}"
    );
    let attempts = &s["exchanges"][0]["attempts"];
    assert_eq!(attempts[0]["status"], 429, "{s:#}");
    assert_eq!(attempts[0]["errorType"], "ThrottlingException");
    assert_eq!(attempts[1]["status"], 200);
}

/// A service that never answers: each request gives up after --request-timeout, and the run as a
/// whole after --deadline, cleaning up and failing instead of hanging.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_silent_service_times_out_and_the_deadline_ends_the_run() {
    let listener = tokio::net::TcpListener::bind(SocketAddr::from(([127, 0, 0, 1], 0)))
        .await
        .unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let silent = axum::Router::new().fallback(|| async {
        tokio::time::sleep(Duration::from_secs(30)).await;
        "late"
    });
    tokio::spawn(async move {
        let _ = axum::serve(listener, silent).await;
    });
    let r = run(
        &url,
        "@op:GetRelationship",
        &["--request-timeout", "0.3", "--attempts", "1"],
    )
    .await;
    assert_eq!(r.exit, Some(1), "{}", r.stdout);
    assert!(r.took < Duration::from_secs(20), "took {:?}", r.took);
    assert!(r.stdout.contains("could not be called"), "{}", r.stdout);

    let r = run(
        &url,
        "@op:GetRelationship",
        &["--deadline", "1", "--request-timeout", "2"],
    )
    .await;
    assert_eq!(r.exit, Some(1), "{}", r.stdout);
    assert!(r.took < Duration::from_secs(20), "took {:?}", r.took);
    let errors = r.report["runnerErrors"].to_string();
    assert!(errors.contains("deadline of 1 s"), "{errors}");
}

/// A number the double counts up, under `key`.
fn next(memory: &Memory, key: &str) -> u64 {
    let n = memory.get(key).and_then(|v| v.as_u64()).unwrap_or(0) + 1;
    memory.put(key, json!(n));
    n
}

/// Whether this call is the first sight of a request (target and body) and the `n`th such, counted: a
/// double that fails it lets the request's retry through.
fn first_of_every(n: u64, target: &str, request: &Value, memory: &Memory) -> bool {
    let key = format!("seen {target} {request}");
    let retry = memory.get(&key).is_some();
    memory.put(&key, json!(true));
    !retry && next(memory, "requests").is_multiple_of(n)
}

/// Channel list answers with more than one item are cut after the first, under a token of the double's
/// that leads to the rest (and then to the service's own token): short pages, every item still there.
fn short_pages() -> (Change, Intercept) {
    let change: Change = Arc::new(|a, memory| {
        let items = a.body.get("items").and_then(Value::as_array).cloned();
        let Some(items) = items.filter(|i| i.len() > 1 && a.status.is_success()) else {
            return;
        };
        let token = format!("short-{}", next(memory, "short"));
        let rest = json!({"items": items[1..].to_vec(), "nextToken": a.body.get("nextToken")});
        memory.put(&token, rest);
        a.body["items"] = json!([items[0].clone()]);
        a.body["nextToken"] = json!(token);
    });
    let intercept: Intercept = Arc::new(|target, request, memory| {
        let token = request.get("nextToken").and_then(Value::as_str)?;
        let mut rest = memory.get(token)?;
        if rest["nextToken"].is_null() {
            rest.as_object_mut().map(|o| o.remove("nextToken"));
        }
        Some(canned(target, request, StatusCode::OK, rest))
    });
    (change, intercept)
}

/// The last page of a Channel listing names a token of the double's that leads to an empty page.
fn trailing_empty_page() -> (Change, Intercept) {
    let change: Change = Arc::new(|a, memory| {
        let last = a.status.is_success()
            && a.body
                .get("items")
                .and_then(Value::as_array)
                .is_some_and(|i| !i.is_empty())
            && a.body.get("nextToken").is_none();
        if last {
            a.body["nextToken"] = json!(format!("empty-{}", next(memory, "empty")));
        }
    });
    let intercept: Intercept = Arc::new(|target, request, _| {
        let token = request.get("nextToken").and_then(Value::as_str)?;
        token
            .starts_with("empty-")
            .then(|| canned(target, request, StatusCode::OK, json!({"items": []})))
    });
    (change, intercept)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn short_pages_and_a_trailing_empty_page_pass_against_a_service() {
    for (what, (change, intercept)) in [
        ("short pages", short_pages()),
        ("a trailing empty page", trailing_empty_page()),
    ] {
        let url = double(change, intercept).await;
        let r = run(&url, "@pagination", &[]).await;
        assert_eq!(r.exit, Some(0), "{what}: {}", r.stdout);
        assert!(total(&r.report, "passed") > 20, "{what}: {}", r.stdout);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn endless_empty_pages_and_an_item_twice_on_a_page_fail_within_seconds() {
    let endless: Intercept = Arc::new(|target, request, memory| {
        (operation(target) == "ListRelationships").then(|| {
            let token = format!("fresh-{}", next(memory, "fresh"));
            canned(
                target,
                request,
                StatusCode::OK,
                json!({"items": [], "nextToken": token}),
            )
        })
    });
    let url = double(Arc::new(|_, _| {}), endless).await;
    let r = run(
        &url,
        "@op:ListRelationships and @pagination",
        &["--deadline", "120"],
    )
    .await;
    assert_eq!(r.exit, Some(1), "{}", r.stdout);
    assert!(r.took < Duration::from_secs(30), "took {:?}", r.took);
    assert!(r.stdout.contains("without items"), "{}", r.stdout);

    let twice: Change = Arc::new(|a, _| {
        let items = a.body.get_mut("items").and_then(Value::as_array_mut);
        if operation(&a.target) == "ListRelationships"
            && let Some(items) = items.filter(|i| !i.is_empty())
        {
            items.push(items[0].clone());
        }
    });
    let url = double(twice, no_intercept()).await;
    let r = run(
        &url,
        "@op:ListRelationships and @pagination",
        &["--deadline", "120"],
    )
    .await;
    assert_eq!(r.exit, Some(1), "{}", r.stdout);
    assert!(r.took < Duration::from_secs(30), "took {:?}", r.took);
    assert!(r.stdout.contains("already returned"), "{}", r.stdout);
}

/// One request in five meets a load balancer's HTML 503 before the service sees it: the retry (the same
/// request again) gets past, the answer is recorded as transient, and nothing counts against the service.
/// The double fails a request the first time it sees it, never its retry: a count over all calls would let
/// concurrent scenarios' calls line a retry up with the next fifth call and fail it again.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_load_balancers_html_503_is_transient_not_a_violation() {
    let intercept: Intercept = Arc::new(|target, request, memory| {
        first_of_every(5, target, request, memory).then(|| {
            let mut a = canned(
                target,
                request,
                StatusCode::SERVICE_UNAVAILABLE,
                json!("<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>"),
            );
            a.headers
                .insert("content-type", HeaderValue::from_static("text/html"));
            a.headers.remove("x-amzn-requestid");
            a
        })
    });
    let url = double(Arc::new(|_, _| {}), intercept).await;
    let r = run(
        &url,
        "@op:UpdateRelationship or @op:AcceptChannelHandshake",
        &[],
    )
    .await;
    assert_eq!(r.exit, Some(0), "{}", r.stdout);
    assert_eq!(total(&r.report, "violations"), 0, "{}", r.stdout);
    let transient = r.report["scenarios"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["exchanges"].as_array().unwrap())
        .flat_map(|e| e["attempts"].as_array().unwrap())
        .filter(|a| a["transient"] == true && a["status"] == 503)
        .count();
    assert!(
        transient > 5,
        "the 503s are recorded as transient: {transient}"
    );
}

/// An accept the service processed, answered with a 500 on the way back: the harness does not send it
/// again (a retry would be refused as not PENDING and judged as the service's defect).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_processed_accept_answered_with_a_500_is_not_retried() {
    let change: Change = Arc::new(|a, _| {
        if operation(&a.target) == "AcceptChannelHandshake" && a.status.is_success() {
            a.status = StatusCode::INTERNAL_SERVER_ERROR;
            a.body =
                json!({"__type": "InternalServerException", "message": "lost on the way back"});
        }
    });
    let url = double(change, no_intercept()).await;
    let r = run(&url, "@lifecycle and @op:AcceptChannelHandshake", &[]).await;
    let accepts: Vec<&Value> = r.report["scenarios"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["exchanges"].as_array().unwrap())
        .filter(|e| e["operation"] == "AcceptChannelHandshake" && e["status"] == 500)
        .collect();
    assert!(!accepts.is_empty(), "{}", r.stdout);
    for e in accepts {
        assert_eq!(e["attempts"].as_array().unwrap().len(), 1, "{e:#}");
    }
    assert!(!r.stdout.contains("not PENDING"), "{}", r.stdout);
}

/// Most partners have one Sandbox account: a run given only the sender skips what needs a second
/// account, saying which, and runs the rest without a failure.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_run_with_one_account_skips_what_needs_another_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let sender = pcc_conformance::wire::default_principals()
        .into_iter()
        .find(|p| p.name == "sender")
        .unwrap();
    let file = dir.path().join("principals.json");
    std::fs::write(&file, serde_json::to_string(&[sender]).unwrap()).unwrap();
    let url = double(Arc::new(|_, _| {}), no_intercept()).await;
    let r = run(
        &url,
        "@relationships or @handshakes",
        &["--principals", file.to_str().unwrap()],
    )
    .await;
    assert_eq!(r.exit, Some(0), "{}", r.stdout);
    assert_eq!(total(&r.report, "failed"), 0);
    assert!(total(&r.report, "passed") > 20, "{}", r.stdout);
    let skipped = scenarios_with(&r.report, "skipped");
    let waiting: Vec<&&Value> = skipped
        .iter()
        .filter(|s| {
            s["skipReason"]
                .as_str()
                .is_some_and(|w| w.starts_with("needs principal 'receiver'"))
        })
        .collect();
    assert!(!waiting.is_empty(), "{}", r.stdout);
    assert!(
        r.stdout
            .contains("another account as principal 'receiver' would run"),
        "{}",
        r.stdout
    );
}

/// An undo refused with an error its recipe does not settle leaves the resource behind: named in the
/// summary and the report, and the run exits 3.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn what_the_cleanup_could_not_delete_is_named_and_exits_3() {
    let change: Change = Arc::new(|a, _| {
        if operation(&a.target) == "DeleteProgramManagementAccount" {
            a.status = StatusCode::BAD_REQUEST;
            a.body = json!({"__type": "ValidationException", "message": "not today", "reason": "BUSINESS_VALIDATION_FAILED"});
        }
    });
    let url = double(change, no_intercept()).await;
    let r = run(&url, "@op:GetRelationship and @readonly", &[]).await;
    assert_eq!(r.exit, Some(3), "{}", r.stdout);
    assert!(r.stdout.contains("LEFT BEHIND pma-"), "{}", r.stdout);
    assert!(
        r.stdout
            .contains("(undo: DeleteProgramManagementAccount): 400 ValidationException"),
        "{}",
        r.stdout
    );
    let left = r.report["leftovers"].as_array().unwrap();
    assert!(
        !left.is_empty()
            && left
                .iter()
                .all(|l| l["operation"] == "DeleteProgramManagementAccount")
    );
}

/// A service that answers an explicit Ascending sort in the other order fails as documented: the writes
/// are spaced so that the sort key differs between the items, and the key's order alone tells.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_explicit_sort_answered_in_the_other_order_fails_as_documented() {
    let change: Change = Arc::new(|a, _| {
        let ascending = a.request["sort"]["sortOrder"] == "Ascending";
        if operation(&a.target) == "ListRelationships"
            && ascending
            && let Some(items) = a.body.get_mut("items").and_then(Value::as_array_mut)
        {
            items.reverse();
        }
    });
    let url = double(change, no_intercept()).await;
    let r = run(
        &url,
        "@op:ListRelationships and @pagination and @readonly",
        &[],
    )
    .await;
    assert_eq!(r.exit, Some(1), "{}", r.stdout);
    let failed = scenarios_with(&r.report, "failed");
    assert!(
        failed.iter().any(|s| s["failure"]["basis"] == "documented"
            && s["failure"]["step"]
                .as_str()
                .unwrap_or("")
                .contains("strictly ordered by \"updatedAt\" ascending")),
        "{}",
        r.stdout
    );
}

/// A call that never gets the service's answer (a load balancer's page on every attempt) judges nothing:
/// the scenario ends as an error, even an inferred one, never as advisory or a contract violation.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_answer_of_the_service_is_an_error_not_a_finding() {
    let intercept: Intercept = Arc::new(|target, request, _| {
        (operation(target) == "GetRelationship").then(|| {
            let page = json!("<html><body>502 Bad Gateway</body></html>");
            let mut a = canned(target, request, StatusCode::BAD_GATEWAY, page);
            a.headers
                .insert("content-type", HeaderValue::from_static("text/html"));
            a
        })
    });
    let url = double(Arc::new(|_, _| {}), intercept).await;
    let r = run(&url, "@op:GetRelationship", &["--attempts", "2"]).await;
    assert_eq!(r.exit, Some(1), "{}", r.stdout);
    assert!(total(&r.report, "errors") > 0, "{}", r.stdout);
    assert_eq!(total(&r.report, "advisory"), 0, "{}", r.stdout);
    assert_eq!(total(&r.report, "violations"), 0, "{}", r.stdout);
    assert!(r.stdout.contains("ERROR "), "{}", r.stdout);
    for s in scenarios_with(&r.report, "error") {
        assert_eq!(s["failure"]["kind"], "unanswered", "{s:#}");
    }
}

/// The proxy reads answers as `run` does: a member the model lacks is drift, not a server violation
/// (unless drift is held strict), and a load balancer's HTML 503 is transient, not checked.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_proxy_lists_drift_and_transient_answers_apart_from_violations() {
    use pcc_conformance::{
        proxy::{ProxyOptions, ProxyServer},
        report::client::ClientReport,
        spec::Contract,
    };
    let change: Change = Arc::new(|a, _| {
        if a.status.is_success()
            && let Some(o) = a.body.as_object_mut()
        {
            o.insert("pccAddedMember".into(), json!("new in the service"));
        }
    });
    // One call in four is refused, but never the same request twice: a retry gets past the hiccup, as
    // it does past a load balancer's (otherwise a call's retries could all land on every fourth call).
    let intercept: Intercept = Arc::new(|target, request, memory| {
        first_of_every(4, target, request, memory).then(|| {
            let mut a = canned(
                target,
                request,
                StatusCode::SERVICE_UNAVAILABLE,
                json!("<html><body>503 Service Temporarily Unavailable</body></html>"),
            );
            a.headers
                .insert("content-type", HeaderValue::from_static("text/html"));
            a
        })
    });
    for strict_drift in [false, true] {
        let upstream = double(change.clone(), intercept.clone()).await;
        let options = ProxyOptions {
            strict_drift,
            ..ProxyOptions::default()
        };
        let proxy = ProxyServer::start_with(
            &upstream,
            Contract::embedded(),
            "127.0.0.1:0".parse().unwrap(),
            options,
        )
        .await
        .unwrap();
        let r = run(&proxy.url(), "@op:GetRelationship", &[]).await;
        assert_eq!(r.exit, Some(0), "{}", r.stdout);
        let report = ClientReport::new(
            &proxy.observations(),
            &Contract::embedded().catalog,
            "proxy",
            "test",
        );
        assert!(report.transient > 0, "{}", report.markdown());
        if strict_drift {
            assert!(report.response_violations > 0, "{}", report.markdown());
            assert_eq!(report.drift, 0);
        } else {
            assert_eq!(report.response_violations, 0, "{}", report.markdown());
            assert!(report.drift > 0, "{}", report.markdown());
            assert!(
                report
                    .markdown()
                    .contains("| GetRelationship | `pccAddedMember` | unknownMember"),
                "{}",
                report.markdown()
            );
        }
    }
}

/// The receiver's read of an invitation is refused where we inferred it succeeds: that is one advisory,
/// and the steps that read members of the refused answer (its Status, say, documented) are skipped with
/// that reason rather than failed as documented.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn what_is_read_of_an_answer_that_fell_short_is_skipped_not_failed() {
    let intercept: Intercept = Arc::new(|target, request, _| {
        (operation(target) == "GetConnectionInvitation").then(|| {
            canned(
                target,
                request,
                StatusCode::FORBIDDEN,
                json!({"__type": "AccessDeniedException", "Message": "not for you", "Reason": "ACCESS_DENIED"}),
            )
        })
    });
    let url = double(Arc::new(|_, _| {}), intercept).await;
    let extra = [
        "--name",
        "^an invitation starts PENDING",
        "--contact",
        "sender=jane@example.org",
    ];
    let r = run(&url, "@op:CreateConnectionInvitation", &extra).await;
    assert_eq!(r.exit, Some(0), "{}", r.stdout);
    let advisory = scenarios_with(&r.report, "advisory");
    assert_eq!(advisory.len(), 1, "{}", r.stdout);
    let message = advisory[0]["failure"]["message"]
        .as_str()
        .unwrap_or_default();
    assert!(
        message.contains("the rest of the scenario was skipped")
            && message.contains("AccessDeniedException"),
        "{message}"
    );
}

/// Against a service the coverage gate holds the behaviour a service can show: the facets only the
/// mock's injections reach are not applicable, so a run that checks enough of the rest passes it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_coverage_gate_against_a_service_leaves_out_what_only_injections_reach() {
    let url = double(Arc::new(|_, _| {}), no_intercept()).await;
    let tags = "@op:GetRelationship and not @mock-only";
    let r = run(&url, tags, &["--min-coverage", "1"]).await;
    assert_eq!(r.report["coverage"]["injection"]["exercised"], 0);
    assert_eq!(r.exit, Some(0), "{}", r.stdout);
    assert!(
        r.stdout.contains("not applicable to a service"),
        "{}",
        r.stdout
    );
    let short = run(&url, tags, &["--min-coverage", "90"]).await;
    assert_eq!(
        short.exit,
        Some(1),
        "the behaviour is still held: {}",
        short.stdout
    );
    assert!(short.stdout.contains("FAILED coverage"), "{}", short.stdout);
}

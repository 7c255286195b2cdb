//! The report writers on a fixed input: Markdown and JUnit snapshots, and the JSON structure.
use std::time::Duration;

use pcc_conformance::{
    report::{Report, json, junit, markdown},
    runner::{
        Basis, EndpointKind, FailureKind, RunOutcome, ScenarioOutcome,
        outcome::{AttemptRecord, ExchangeRecord, Failure, Leftover, Verdict},
        verdict::{Advisory, Drift, DriftKind},
    },
    spec::{Contract, Direction, Rule, Violation},
};
use serde_json::json;

fn scenario(name: &str, line: usize, verdict: Verdict) -> ScenarioOutcome {
    ScenarioOutcome {
        feature: "ListTagsForResource".into(),
        feature_path: "features/tags/Tags.feature".into(),
        name: name.into(),
        line,
        tags: vec!["op:ListTagsForResource".into(), "errors".into()],
        operations: vec!["ListTagsForResource".into()],
        checks: vec!["errors".into()],
        verdict,
        violations: vec![],
        advisories: vec![],
        drift: vec![],
        exchanges: vec![],
        duration: Duration::from_millis(12),
        started: Duration::from_millis(line as u64),
        cleanup: Duration::from_millis(3),
        roles: Vec::new(),
        inferred_held: Vec::new(),
    }
}

fn fixed() -> RunOutcome {
    let failure = Failure {
        kind: FailureKind::Contract,
        basis: Basis::Contract,
        step: String::new(),
        message: "contract violation in the answer to ListTagsForResource".into(),
    };
    let mut failed = scenario(
        "an unknown resource is not found <&>",
        20,
        Verdict::Failed(failure),
    );
    failed.violations = vec![Violation {
        operation: "ListTagsForResource".into(),
        direction: Direction::Error,
        path: "__type".into(),
        rule: Rule::UndeclaredError,
        expected: "one of [ResourceNotFoundException] or a common AWS error".into(),
        actual: "ServiceQuotaExceededException".into(),
    }];
    failed.exchanges = vec![ExchangeRecord {
        operation: "ListTagsForResource".into(),
        principal: "sender".into(),
        request: json!({"resourceArn": "arn:aws:partnercentral:us-east-1:111122223333:catalog/Sandbox/program-management-account/pma-zzzzzzzzzzzzz"}),
        status: 402,
        request_id: Some("req-1".into()),
        error_type: Some("ServiceQuotaExceededException".into()),
        response: json!({"__type": "ServiceQuotaExceededException", "message": "made up"}),
        elapsed_ms: 3,
        attempts: vec![
            AttemptRecord {
                status: Some(429),
                error_type: Some("ThrottlingException".into()),
                error: None,
                transient: false,
                body: None,
                wait: Some(pcc_conformance::client::RetryPolicy::STANDARD.wait(
                    1,
                    true,
                    Some("1500"),
                    0.5,
                )),
                violations: Vec::new(),
            },
            AttemptRecord {
                status: Some(402),
                error_type: Some("ServiceQuotaExceededException".into()),
                error: None,
                transient: false,
                body: None,
                wait: None,
                violations: failed.violations.clone(),
            },
        ],
        checks: Vec::new(),
        injected: false,
        quota_spent: false,
    }];
    let mut advisory = scenario("a second accept is refused", 30, Verdict::Advisory(None));
    advisory.advisories = vec![Advisory {
        basis: Basis::Inferred,
        step: "the error is ValidationException [inferred]".into(),
        message: "AcceptChannelHandshake failed with 403 AccessDeniedException; expected ValidationException"
            .into(),
    }];
    let mut drifted = scenario("tags of a PMA are listed", 40, Verdict::Drift);
    drifted.drift = vec![Drift {
        operation: "ListTagsForResource".into(),
        path: "newMember".into(),
        kind: DriftKind::Member,
        value: "newMember".into(),
        hint: "update the schemas".into(),
    }];
    RunOutcome {
        endpoint: "http://127.0.0.1:4566".into(),
        against_mock: false,
        seed: 7,
        endpoint_kind: EndpointKind::Service,
        endpoint_kind_reason: "--endpoint-kind service".into(),
        catalog: "Sandbox".into(),
        region: "us-east-1".into(),
        services: [
            ("account", "https://account.example"),
            ("channel", "https://channel.example"),
        ]
        .into_iter()
        .map(|(k, e)| {
            let reach = pcc_conformance::runner::outcome::ServiceReach {
                endpoint: e.into(),
                region: "us-east-1".into(),
                signing: "sigv4".into(),
            };
            (k.to_string(), reach)
        })
        .collect(),
        started_at: "2026-11-22T12:00:00Z".into(),
        duration: Duration::from_millis(500),
        scenarios: vec![
            scenario("tags are listed", 10, Verdict::Passed),
            failed,
            advisory,
            drifted,
        ],
        leftovers: vec![Leftover {
            operation: "DeleteProgramManagementAccount".into(),
            identifier: "pma-0123456789abc".into(),
            reason: "500 InternalServerException".into(),
        }],
        runner_errors: vec![],
    }
}

fn report() -> Report {
    Report::new(&fixed(), &Contract::embedded(), "0.0.0-test")
}

#[test]
fn markdown_report() {
    insta::assert_snapshot!(markdown::render(&report()));
}

#[test]
fn junit_report() {
    insta::assert_snapshot!(junit::render(&report()));
}

#[test]
fn json_report_structure() {
    let v: serde_json::Value = serde_json::from_str(&json::render(&report())).unwrap();
    assert_eq!(v["reportVersion"], 1);
    assert_eq!(v["totals"]["failed"], 1);
    assert_eq!(v["totals"]["contractFailures"], 1);
    assert_eq!(v["run"]["scenariosPerSecond"], 8.0);
    assert_eq!(v["run"]["endpointKind"], "service");
    assert_eq!(v["totals"]["advisory"], 1);
    assert_eq!(v["totals"]["drift"], 1);
    assert_eq!(v["scenarios"][3]["drift"][0]["path"], "newMember");
    assert_eq!(v["scenarios"][2]["advisories"][0]["basis"], "inferred");
    assert_eq!(
        v["scenarios"][1]["exchanges"][0]["attempts"][0]["status"],
        429
    );
    let row = v["matrix"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["operation"] == "ListTagsForResource")
        .unwrap();
    assert_eq!(
        row["checks"]["errors"],
        json!({"passed": 2, "failed": 1, "advisory": 1, "errors": 0})
    );
    assert_eq!(
        v["scenarios"][1]["violations"][0]["rule"],
        "undeclaredError"
    );
    assert_eq!(v["leftovers"][0]["identifier"], "pma-0123456789abc");
    // Coverage: every operation has a row; what the fixture's exchanges never did is listed by name.
    let coverage = &v["coverage"];
    let ops = coverage["operations"].as_array().unwrap();
    assert_eq!(ops.len(), Contract::embedded().catalog.operations.len());
    let tags = ops
        .iter()
        .find(|o| o["operation"] == "ListTagsForResource")
        .unwrap();
    let never: Vec<&str> = tags["never"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|n| n.as_str())
        .collect();
    assert!(
        never.contains(&"member resourceArn"),
        "the fixture sent resourceArn only in a scenario that failed, which checked nothing: {never:?}"
    );
    let injected: Vec<&str> = tags["injectionNever"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|n| n.as_str())
        .collect();
    assert!(
        injected.contains(&"error AccessDeniedException"),
        "{injected:?}"
    );
    assert_eq!(
        tags["total"].as_u64().unwrap(),
        tags["exercised"].as_u64().unwrap() + never.len() as u64
    );
}

/// JUnit's counts agree with the report's totals: advisory and drift pass, and say what they are.
#[test]
fn junit_counts_advisory_and_drift_consistently_with_the_totals() {
    let r = report();
    let xml = junit::render(&r);
    let t = &r.totals;
    let root = xml
        .lines()
        .find(|l| l.starts_with("<testsuites "))
        .expect("a testsuites element");
    for (name, value) in [
        ("name", "pcc-conformance".to_string()),
        ("tests", t.scenarios.to_string()),
        ("failures", t.failed.to_string()),
        ("skipped", t.skipped.to_string()),
    ] {
        assert!(
            root.contains(&format!(" {name}=\"{value}\"")),
            "{name} in {root}"
        );
    }
    assert_eq!(
        t.scenarios - t.failed - t.skipped,
        t.passed + t.advisory + t.drift
    );
    assert_eq!(xml.matches("<testcase ").count(), t.scenarios);
    assert_eq!(xml.matches("<failure ").count(), t.failed);
    assert_eq!(xml.matches("<skipped ").count(), t.skipped);
    assert_eq!(
        xml.matches("<property name=\"verdict\" value=\"advisory\"/>")
            .count(),
        t.advisory
    );
    assert_eq!(
        xml.matches("<property name=\"verdict\" value=\"drift\"/>")
            .count(),
        t.drift
    );
    assert!(
        xml.contains("<property name=\"advisory\" value=\"1\"/>"),
        "{xml}"
    );
    assert!(
        xml.contains("drift ListTagsForResource newMember Member"),
        "{xml}"
    );
}

/// report.html: one row per operation, one entry per failure, the failing member highlighted, every
/// style and script inline, and no URL that would reach the network.
#[test]
fn html_report_structure() {
    let r = report();
    let text = pcc_conformance::report::html::render(&r);
    let dom = tl::parse(&text, tl::ParserOptions::default()).unwrap();
    let parser = dom.parser();
    let count = |selector: &str| dom.query_selector(selector).map_or(0, |q| q.count());
    assert_eq!(
        count("tr.operation"),
        Contract::embedded().catalog.operations.len()
    );
    assert_eq!(count("div.failure"), r.totals.failed);
    assert_eq!(count("div.scenario"), r.totals.scenarios);
    let marked: Vec<String> = dom
        .query_selector("span.hl")
        .map(|q| {
            q.filter_map(|h| h.get(parser))
                .map(|n| n.inner_text(parser).replace("&quot;", "\""))
                .collect()
        })
        .unwrap_or_default();
    assert!(
        marked
            .iter()
            .any(|m| m.starts_with("\"__type\": \"ServiceQuotaExceededException\"")),
        "the violation's member is highlighted: {marked:?}"
    );
    assert_eq!(count("style"), 1);
    assert_eq!(count("script"), 1);
    assert_eq!(
        count("link") + count("img") + count("iframe"),
        0,
        "nothing is loaded from elsewhere"
    );
    for node in dom.nodes() {
        let Some(tag) = node.as_tag() else { continue };
        for name in ["src", "href", "action"] {
            if let Some(Some(value)) = tag.attributes().get(name) {
                let value = value.as_utf8_str();
                assert!(
                    !value.contains("//") && !value.starts_with("http"),
                    "{} has an external {name}: {value}",
                    tag.name().as_utf8_str()
                );
            }
        }
    }
    // The violation table says which call and attempt broke what; the attempt says it too.
    assert!(
        text.contains("<td>call 1, attempt 2 of 2</td>"),
        "the violation names its attempt"
    );
    assert_eq!(count("div.broke"), 1);
    // The coverage section has a row per operation too.
    assert_eq!(
        count("tr.coverage-row"),
        Contract::embedded().catalog.operations.len()
    );
}

/// In headless Chromium (`apt-get install chromium`; `.ci/run` installs it), report.html runs with no
/// message in its console, and its script has run (it counts the scenarios shown). Outside CI a machine
/// without the browser leaves the check out; under CI a missing browser fails it.
#[test]
fn html_report_runs_in_a_browser_without_console_messages() {
    let Ok(found) = std::process::Command::new("chromium")
        .arg("--version")
        .output()
    else {
        assert!(
            std::env::var_os("CI").is_none(),
            "chromium is not installed, and under CI the browser check must run (.ci/run installs it)"
        );
        // Written past the harness's capture, so that the default output shows it.
        let _ = std::io::Write::write_all(
            &mut std::io::stderr(),
            b"SKIPPED html_report_runs_in_a_browser_without_console_messages: chromium is not installed\n",
        );
        return;
    };
    assert!(found.status.success());
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("report.html");
    std::fs::write(&page, pcc_conformance::report::html::render(&report())).unwrap();
    let out = std::process::Command::new("chromium")
        .args([
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--enable-logging=stderr",
            "--v=1",
            "--dump-dom",
        ])
        .arg(format!("file://{}", page.display()))
        .output()
        .unwrap();
    let log = String::from_utf8_lossy(&out.stderr);
    let console: Vec<&str> = log.lines().filter(|l| l.contains(":CONSOLE")).collect();
    assert!(console.is_empty(), "{console:#?}");
    let dom = String::from_utf8_lossy(&out.stdout);
    assert!(
        dom.contains(&format!(
            "<span id=\"shown\">{} shown</span>",
            report().totals.scenarios
        )),
        "the script ran"
    );
}

/// A run of errors only (nothing answered): the page says why it failed, styles and filters the error
/// status, groups the errors by cause, never says "None." under a red verdict nor counts an error as a
/// failure, and labels no error with a basis it was not judged on.
#[test]
fn a_run_that_judged_nothing_renders_without_contradiction() {
    let unanswered = |line| {
        scenario(
            "tags are listed",
            line,
            Verdict::Error(Failure {
                kind: FailureKind::Unanswered,
                basis: Basis::Contract,
                step: "When I call ListTagsForResource".into(),
                message: "ListTagsForResource got no answer: tcp connect error: Connection refused"
                    .into(),
            }),
        )
    };
    let mut run = fixed();
    run.scenarios = vec![unanswered(10), unanswered(20), unanswered(30)];
    run.leftovers.clear();
    let r = Report::new(&run, &Contract::embedded(), "0.0.0-test");
    let text = pcc_conformance::report::html::render(&r);
    let dom = tl::parse(&text, tl::ParserOptions::default()).unwrap();
    let count = |selector: &str| dom.query_selector(selector).map_or(0, |q| q.count());
    assert!(text.contains(">FAILED<"));
    assert_eq!(count("ul.why"), 1, "why it failed, at the top");
    assert!(text.contains("<li>3 scenario(s) ended in error: no answer to judge"));
    assert!(text.contains("<li>not one scenario came to a verdict on the endpoint</li>"));
    assert!(!text.contains("None."), "no 'None.' under a failed verdict");
    assert_eq!(count("div.failure.error"), 1, "one cause, said once");
    assert!(text.contains("3 scenario(s): ListTagsForResource got no answer"));
    assert_eq!(
        count("button[data-status=\"error\"]"),
        1,
        "errors can be filtered"
    );
    assert_eq!(count("td.fail"), 0, "an error is not a failure");
    assert!(
        text.contains("3 error</td>"),
        "the matrix counts the errors as errors"
    );
    assert!(
        !text.contains(">contract</span>"),
        "an error was judged on no basis"
    );
    for status in ["passed", "failed", "error", "advisory", "drift", "skipped"] {
        assert!(
            text.contains(&format!(".badge.{status} {{")),
            "a style for the {status} badge"
        );
    }
    let md = markdown::render(&r);
    assert!(
        md.contains("Why it failed:\n\n- 3 scenario(s) ended in error"),
        "{md}"
    );
    assert!(md.contains("⛔ 3 error"), "{md}");
}

/// docs/reports.md lists every status and every totals field report.json has, and the sum it states
/// holds.
#[test]
fn the_documented_totals_are_the_reports_and_add_up() {
    let docs = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/reports.md"),
    )
    .unwrap();
    let v: serde_json::Value = serde_json::from_str(&json::render(&report())).unwrap();
    let totals = v["totals"].as_object().unwrap();
    let listed = docs
        .split("`totals` {")
        .nth(1)
        .and_then(|rest| rest.split('}').next())
        .unwrap();
    for field in totals.keys() {
        assert!(
            listed.contains(field.as_str()),
            "totals.{field} is not documented"
        );
    }
    let n = |k: &str| totals[k].as_u64().unwrap();
    assert!(docs.contains("(passed + failed + skipped + advisory + drift + errors = scenarios)"));
    assert_eq!(
        n("passed") + n("failed") + n("skipped") + n("advisory") + n("drift") + n("errors"),
        n("scenarios")
    );
    for status in ["passed", "failed", "skipped", "advisory", "drift", "error"] {
        assert!(
            docs.contains(&format!("`{status}`")),
            "status {status} is not documented"
        );
    }
}

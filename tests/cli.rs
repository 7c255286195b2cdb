//! The command line as a user meets it: exit statuses, messages, files written.
mod common;

use std::{
    io::{BufRead, BufReader, Write},
    process::{Command, Stdio},
};

use pcc_conformance::spec::Contract;
use serde_json::{Value, json};

const BIN: &str = env!("CARGO_BIN_EXE_pcc-conformance");

fn validate_input(op: &str, doc: &Value) -> (i32, String) {
    let mut child = Command::new(BIN)
        .args(["validate", "--operation", op, "--input", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(doc.to_string().as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

/// The schema of a member, following `$ref` into the service's definitions.
fn resolve<'a>(defs: &'a Value, schema: &'a Value) -> &'a Value {
    match schema.get("$ref").and_then(Value::as_str) {
        Some(r) => {
            let name = r.rsplit('/').next().unwrap();
            resolve(defs, &defs["$defs"][name])
        }
        None => schema,
    }
}

#[test]
fn validate_names_the_path_of_every_kind_of_request_violation_for_every_operation() {
    let contract = Contract::embedded();
    let mut checked = 0;
    for op in &contract.catalog.operations {
        let schema = contract.document(&op.request).unwrap();
        let defs = contract.definitions(&op.service).unwrap();
        let example = contract.example_request(op).unwrap();
        assert_eq!(
            validate_input(&op.name, &example).0,
            0,
            "{} example is valid",
            op.name
        );
        let props = schema["properties"].as_object().unwrap();
        let mut cases: Vec<(String, Value, String)> = Vec::new();
        // A missing required member.
        let first_required = schema["required"][0].as_str().unwrap();
        let mut doc = example.clone();
        doc.as_object_mut().unwrap().remove(first_required);
        cases.push((
            "missing required".into(),
            doc,
            format!("{first_required}: required"),
        ));
        for (name, member) in props {
            let s = resolve(defs, member);
            if s.get("enum").is_some() && !cases.iter().any(|c| c.0 == "enum") {
                let mut doc = example.clone();
                doc[name] = json!("NOT_A_VALUE");
                cases.push(("enum".into(), doc, format!("{name}: enum")));
            }
            if s.get("x-tagged-union").is_some() && !cases.iter().any(|c| c.0 == "union") {
                let members: Vec<&String> = s["properties"].as_object().unwrap().keys().collect();
                let mut doc = example.clone();
                if let [first, second, ..] = members.as_slice() {
                    doc[name] = json!({ first.as_str(): {}, second.as_str(): {} });
                    cases.push(("union".into(), doc, format!("{name}: unionMultiple")));
                } else {
                    doc[name] = json!({});
                    cases.push(("union".into(), doc, format!("{name}: unionEmpty")));
                }
            }
            if let Some(max) = s.get("maxLength").and_then(Value::as_u64)
                && !cases.iter().any(|c| c.0 == "too long")
            {
                let mut doc = example.clone();
                doc[name] = json!("1".repeat(max as usize + 1));
                cases.push(("too long".into(), doc, format!("{name}: maxLength")));
            }
            let is_identifier = ["identifier", "Identifier", "resourceArn"]
                .iter()
                .any(|k| name.ends_with(k));
            if is_identifier
                && s.get("pattern").is_some()
                && !cases.iter().any(|c| c.0 == "identifier")
            {
                let len = s.get("minLength").and_then(Value::as_u64).unwrap_or(8) as usize;
                let mut doc = example.clone();
                // No letter or digit at all: no identifier pattern matches it anywhere.
                doc[name] = json!("!".repeat(len.max(8)));
                cases.push(("identifier".into(), doc, format!("{name}: pattern")));
            }
        }
        let kinds: Vec<&str> = cases.iter().map(|c| c.0.as_str()).collect();
        assert!(
            kinds.contains(&"too long"),
            "{} has an over-long string case",
            op.name
        );
        for (kind, doc, expected) in cases {
            let (code, out) = validate_input(&op.name, &doc);
            assert_eq!(code, 1, "{} {kind}: exit 1\n{out}", op.name);
            assert!(
                out.contains(&expected),
                "{} {kind}: expected '{expected}' in\n{out}",
                op.name
            );
            checked += 1;
        }
    }
    assert!(checked >= 18 * 3, "{checked} cases");
}

#[test]
fn validate_reports_response_and_error_documents() {
    let dir = tempfile::tempdir().unwrap();
    let ok = dir.path().join("ok.json");
    std::fs::write(
        &ok,
        r#"{"programManagementAccountDetail": {"id": "pma-0123456789abc", "arn": "arn:x"}}"#,
    )
    .unwrap();
    let out = Command::new(BIN)
        .args([
            "validate",
            "--operation",
            "CreateProgramManagementAccount",
            "--output",
        ])
        .arg(&ok)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let err = dir.path().join("err.json");
    std::fs::write(
        &err,
        r#"{"__type": "com.amazonaws#ConflictException", "message": "x"}"#,
    )
    .unwrap();
    let out = Command::new(BIN)
        .args([
            "validate",
            "--operation",
            "AcceptChannelHandshake",
            "--error",
        ])
        .arg(&err)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(stdout.contains("__type: undeclaredError"), "{stdout}");
    let out = Command::new(BIN)
        .args([
            "validate",
            "--operation",
            "CreateProgramManagementAccount",
            "--error",
        ])
        .arg(&err)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(stdout.contains("resourceId: required"), "{stdout}");
}

#[test]
fn usage_errors_exit_2_with_a_message_naming_the_problem() {
    let out = Command::new(BIN)
        .args([
            "validate",
            "--operation",
            "NoSuchOperation",
            "--input",
            "x.json",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown operation 'NoSuchOperation'"));
    let out = Command::new(BIN)
        .args([
            "validate",
            "--operation",
            "TagResource",
            "--input",
            "/no/such/file.json",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/no/such/file.json"));
    let out = Command::new(BIN)
        .args(["validate", "--operation", "TagResource"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(2),
        "one of --input/--output/--error is required"
    );
    let out = Command::new(BIN)
        .args(["run", "--tags", "@a and and"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--tags"));
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("principals.json");
    std::fs::write(
        &bad,
        r#"[{"name": "a", "accountId": "12", "accessKeyId": "K", "secretAccessKey": "S"}]"#,
    )
    .unwrap();
    let out = Command::new(BIN)
        .args(["run", "--principals"])
        .arg(&bad)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("not 12 digits"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn run_against_the_embedded_mock_passes_and_writes_three_reports() {
    let dir = tempfile::tempdir().unwrap();
    // A temporary folder of the run's own: the run leaves nothing in it.
    let tmp = tempfile::tempdir().unwrap();
    let out = Command::new(BIN)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("TMPDIR", tmp.path())
        .args(["run", "--report-dir"])
        .arg(dir.path())
        .output()
        .unwrap();
    let left: Vec<_> = std::fs::read_dir(tmp.path()).unwrap().collect();
    assert!(left.is_empty(), "the run left {left:?} in its TMPDIR");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for f in ["report.json", "junit.xml", "report.md"] {
        assert!(dir.path().join(f).is_file(), "{f} written");
    }
    let report: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("report.json")).unwrap())
            .unwrap();
    assert_eq!(report["reportVersion"], 1);
    let expected = common::scenario_count(&features_dir());
    assert_eq!(report["totals"]["scenarios"], expected, "{stdout}");
    assert_eq!(report["totals"]["passed"], expected, "{stdout}");
    assert_eq!(report["run"]["endpointKind"], "mock");
    // Every operation of the contract is exercised by some scenario, and passes there.
    for row in report["matrix"].as_array().unwrap() {
        let cells = row["checks"].as_object().unwrap();
        let passed: u64 = cells.values().map(|c| c["passed"].as_u64().unwrap()).sum();
        assert!(
            passed > 0,
            "no passing scenario exercises {}",
            row["operation"]
        );
    }
    assert_eq!(
        report["matrix"].as_array().unwrap().len(),
        Contract::embedded().catalog.operations.len()
    );
    // No secret of the default principals reaches the report.
    let all = ["report.json", "junit.xml", "report.md"]
        .map(|f| std::fs::read_to_string(dir.path().join(f)).unwrap())
        .join("");
    for p in pcc_conformance::wire::default_principals() {
        assert!(
            !all.contains(&p.secret_access_key),
            "secret of {} in the report",
            p.name
        );
    }
}

#[test]
fn the_mock_prints_its_url_and_credentials_and_serves_them() {
    let (mut child, mut lines, url) = standalone_mock(&[]);
    let rest: Vec<String> = (0..5)
        .filter_map(|_| lines.next().and_then(Result::ok))
        .collect();
    let text = rest.join("\n");
    for p in pcc_conformance::wire::default_principals() {
        assert!(
            text.contains(&p.account_id) && text.contains(&p.access_key_id),
            "{text}"
        );
    }
    let health = reqwest::blocking_get(&format!("{url}/_mock/health"));
    let _ = child.kill();
    let _ = child.wait();
    assert!(health.contains("\"ok\""), "{health}");
}

fn features_dir() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("features")
}

/// `pcc-conformance mock` on an ephemeral port with `extra` flags: the process, the rest of what it
/// prints, and its URL.
fn standalone_mock(
    extra: &[&std::ffi::OsStr],
) -> (
    std::process::Child,
    std::io::Lines<BufReader<std::process::ChildStdout>>,
    String,
) {
    let mut child = Command::new(BIN)
        .args(["mock", "--bind", "127.0.0.1:0"])
        .args(extra)
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let first = lines.next().unwrap().unwrap();
    let url = first.rsplit(' ').next().unwrap().to_string();
    assert!(url.starts_with("http://127.0.0.1:"), "{first}");
    (child, lines, url)
}

/// A mock started on its own and given with --endpoint is a mock: every scenario runs (none skipped),
/// it is judged strictly, and the report says why it counts as a mock.
#[test]
fn run_against_a_standalone_mock_runs_every_scenario_and_calls_it_a_mock() {
    // The mock's output is kept open (a dropped reader would close its stdout) until it is stopped.
    let (mut child, _output, url) = standalone_mock(&[]);
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(BIN)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["run", "--endpoint", &url, "--report-dir"])
        .arg(dir.path())
        .output()
        .unwrap();
    // What the run left in the mock: nothing PENDING, no connection type ACTIVE, no PMA.
    let state: Value =
        serde_json::from_str(&reqwest::blocking_get(&format!("{url}/_mock/state"))).unwrap();
    let _ = child.kill();
    let _ = child.wait();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    let invitations = state["connectionInvitations"].as_array().unwrap();
    assert!(invitations.len() > 50, "the invitation scenarios ran");
    assert!(
        invitations.iter().all(|i| i["status"] != "PENDING"),
        "no PENDING invitation is left"
    );
    let active = state["connections"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|c| c["types"].as_object().unwrap().values())
        .filter(|t| t["Status"] == "ACTIVE")
        .count();
    assert_eq!(active, 0, "no connection type the run made is left ACTIVE");
    assert_eq!(
        state["programManagementAccounts"].as_array().unwrap().len(),
        0
    );
    let report: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("report.json")).unwrap())
            .unwrap();
    let expected = common::scenario_count(&features_dir());
    assert_eq!(report["totals"]["skipped"], 0, "{stdout}");
    assert_eq!(report["totals"]["passed"], expected, "{stdout}");
    assert_eq!(report["run"]["endpointKind"], "mock");
    assert!(
        report["run"]["endpointKindReason"]
            .as_str()
            .unwrap()
            .contains("/_mock/health"),
        "{}",
        report["run"]
    );
}

mod reqwest {
    /// A one-off GET without pulling in a blocking HTTP client.
    pub fn blocking_get(url: &str) -> String {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async {
            pcc_conformance::client::http_builder()
                .build()
                .unwrap()
                .get(url)
                .send()
                .await
                .unwrap()
                .text()
                .await
                .unwrap()
        })
    }
}

#[test]
fn the_strict_mock_writes_the_client_report_when_stopped() {
    let dir = tempfile::tempdir().unwrap();
    let record = dir.path().join("client-report.json");
    let flags = [
        "--strict".as_ref(),
        "--fail-on-violation".as_ref(),
        "--record".as_ref(),
        record.as_os_str(),
    ];
    let (mut child, lines, url) = standalone_mock(&flags);
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let contract = Contract::embedded();
        let op = contract.operation("ListProgramManagementAccounts").unwrap();
        let client = pcc_conformance::client::Client::new(pcc_conformance::client::Target::single(
            url.clone(),
            "us-east-1",
            pcc_conformance::wire::sigv4::Scheme::SigV4,
        ))
        .unwrap();
        let sender = pcc_conformance::wire::default_principals().remove(0);
        let r = client
            .call(
                &sender,
                op,
                "partnercentral-channel",
                &json!({"catalog": "Sandbox", "bogus": 1}),
            )
            .await
            .unwrap();
        assert_eq!(r.response.status, 400);
        let live: Value = pcc_conformance::client::http_builder()
            .build()
            .unwrap()
            .get(format!("{url}/_mock/client-report"))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(live["violations"], 1);
    });
    let killed = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let status = child.wait().unwrap();
    let rest: Vec<String> = lines.map_while(Result::ok).collect();
    // --fail-on-violation: the request with a member the contract lacks fails the mock's exit.
    assert_eq!(status.code(), Some(4), "{rest:?}");
    assert!(
        rest.iter()
            .any(|l| l.contains("1 of the client's requests broke the contract")),
        "{rest:?}"
    );
    let report: Value = serde_json::from_str(&std::fs::read_to_string(&record).unwrap()).unwrap();
    assert_eq!(report["requests"], 1);
    assert_eq!(
        report["operations"][0]["operation"],
        "ListProgramManagementAccounts"
    );
    assert_eq!(
        report["operations"][0]["violations"][0]["violation"]["path"],
        "bogus"
    );
    assert!(report["unexercised"].as_array().unwrap().len() >= 17);
    assert!(record.with_extension("md").is_file() && record.with_extension("xml").is_file());
    // The exchange whole, as HAR, the signature and secret redacted.
    let text = std::fs::read_to_string(record.with_extension("har")).unwrap();
    let har: Value = serde_json::from_str(&text).unwrap();
    let entries = har["log"]["entries"].as_array().unwrap();
    assert_eq!(
        (har["log"]["version"].as_str(), entries.len()),
        (Some("1.2"), 1)
    );
    assert_eq!(entries[0]["response"]["status"], 400);
    assert!(
        entries[0]["request"]["postData"]["text"]
            .as_str()
            .unwrap()
            .contains("bogus")
    );
    assert!(
        entries[0]["response"]["content"]["text"]
            .as_str()
            .unwrap()
            .contains("ValidationException")
    );
    assert!(text.contains("\"<redacted>\"") && !text.contains("Signature="));
    assert!(!text.contains(&pcc_conformance::wire::default_principals()[0].secret_access_key));
}

#[test]
fn mock_and_proxy_flags_are_checked() {
    let out = Command::new(BIN)
        .args(["mock", "--record", "x.json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--record needs --strict"));
    let out = Command::new(BIN)
        .args(["mock", "--fail-on-violation"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--fail-on-violation needs --strict"));
    let out = Command::new(BIN)
        .args(["mock", "--faults", "throttling=3"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("between 0 and 1"));
    let out = Command::new(BIN)
        .args(["proxy", "--upstream", "not a url"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--upstream"));
}

/// `run --plan` calls nothing (its endpoint is a closed port) and says, per principal and catalog, what
/// would be created and called, and what a run with one account would skip and why.
#[test]
fn a_plan_calls_nothing_and_says_what_a_run_would_do() {
    let dir = tempfile::tempdir().unwrap();
    let sender = pcc_conformance::wire::default_principals()
        .into_iter()
        .find(|p| p.name == "sender")
        .unwrap();
    let file = dir.path().join("principals.json");
    std::fs::write(&file, serde_json::to_string(&[sender]).unwrap()).unwrap();
    let out = Command::new(BIN)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args([
            "run",
            "--plan",
            "--tags",
            "@relationships",
            "--endpoint",
            "http://127.0.0.1:1",
        ])
        .args(["--endpoint-kind", "service", "--principals"])
        .arg(&file)
        .arg("--report-dir")
        .arg(dir.path().join("reports"))
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains("plan for a service, catalog Sandbox"),
        "{stdout}"
    );
    assert!(
        stdout.contains("sender in Sandbox would create at most"),
        "{stdout}"
    );
    assert!(
        stdout.contains("CreateProgramManagementAccount ×"),
        "{stdout}"
    );
    assert!(stdout.contains("needs principal 'receiver'"), "{stdout}");
    assert!(
        !dir.path().join("reports").exists(),
        "a plan writes no report"
    );

    // Against the mock, the plan counts every scenario the run would play.
    let out = Command::new(BIN)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["run", "--plan"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let expected = common::scenario_count(&features_dir());
    assert!(
        stdout.contains(&format!(
            "{expected} scenario(s) would run and 0 would be skipped"
        )),
        "{stdout}"
    );
}

/// A `./features` folder of the working directory (an SDK repository's own features) is not picked up:
/// without `--features`, a run plays the features built into the binary.
#[test]
fn a_features_folder_in_the_working_directory_is_not_read_unasked() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("features")).unwrap();
    std::fs::write(
        dir.path().join("features/sdk.feature"),
        "Feature: the SDK's own\n  Scenario: not ours\n    Given something only the SDK knows\n",
    )
    .unwrap();
    let out = Command::new(BIN)
        .current_dir(dir.path())
        .args(["run", "--plan"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let expected = common::scenario_count(&features_dir());
    assert!(
        stdout.contains(&format!("{expected} scenario(s) would run")),
        "{stdout}"
    );
}

/// `run FILE:LINE` runs exactly the scenario the console printed a failure for; `--name` chooses by
/// name; a place that names no feature file is a usage error naming it.
#[test]
fn a_scenario_is_chosen_by_its_place_or_its_name() {
    let file = "features/channel_contracts/ChannelContracts.feature";
    let text =
        std::fs::read_to_string(features_dir().join("channel_contracts/ChannelContracts.feature"))
            .unwrap();
    let wanted = "a contract that names every supported service reads and lists them all back";
    let line = text
        .lines()
        .position(|l| l.contains(wanted))
        .map(|i| i + 1)
        .unwrap();
    let run = |args: &[&str]| {
        let dir = tempfile::tempdir().unwrap();
        let out = Command::new(BIN)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .arg("run")
            .args(args)
            .arg("--report-dir")
            .arg(dir.path())
            .output()
            .unwrap();
        let report: Value = std::fs::read_to_string(dir.path().join("report.json"))
            .ok()
            .and_then(|t| serde_json::from_str(&t).ok())
            .unwrap_or(Value::Null);
        (
            out.status.code(),
            report,
            String::from_utf8_lossy(&out.stderr).to_string(),
        )
    };
    let (code, report, _) = run(&[&format!("{file}:{line}")]);
    assert_eq!(code, Some(0));
    assert_eq!(report["totals"]["scenarios"], 1, "{report:#}");
    assert_eq!(report["scenarios"][0]["name"], wanted);
    let (code, report, _) = run(&["--name", "^only the owner sees its contracts$"]);
    assert_eq!(code, Some(0));
    assert_eq!(report["totals"]["scenarios"], 1);
    let (code, _, stderr) = run(&["features/nowhere.txt:3"]);
    assert_eq!(code, Some(2), "{stderr}");
    assert!(stderr.contains("nowhere.txt"), "{stderr}");
}

/// `run --seed N` sends the same made-up values again (the first request of every scenario, before any
/// id the mock makes up can enter it); another seed sends others; the seed is printed and reported.
#[test]
fn a_seed_repeats_every_made_up_value() {
    let run = |seed: &str| {
        let dir = tempfile::tempdir().unwrap();
        let out = Command::new(BIN)
            .args([
                "run",
                "--seed",
                seed,
                "--tags",
                "@op:CreateRelationship or @op:CreateConnectionInvitation",
            ])
            .arg("--report-dir")
            .arg(dir.path())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0));
        let stdout = String::from_utf8_lossy(&out.stdout).to_string();
        assert!(
            stdout.starts_with(&format!("seed {seed} (run again with --seed {seed}")),
            "{stdout}"
        );
        let report: Value =
            serde_json::from_str(&std::fs::read_to_string(dir.path().join("report.json")).unwrap())
                .unwrap();
        assert_eq!(report["run"]["seed"], seed.parse::<u64>().unwrap());
        let mut first: Vec<(String, Value)> = report["scenarios"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|s| {
                let request = s["exchanges"].get(0)?["request"].clone();
                Some((
                    format!("{}:{} {}", s["featurePath"], s["line"], s["name"]),
                    request,
                ))
            })
            .collect();
        first.sort_by(|a, b| a.0.cmp(&b.0));
        first
    };
    let (a, b, other) = (run("7"), run("7"), run("8"));
    assert!(a.len() > 40, "{}", a.len());
    assert_eq!(a, b, "the same seed, the same values");
    let tokens = |r: &[(String, Value)]| -> Vec<Value> {
        r.iter()
            .map(|(_, req)| req["clientToken"].clone())
            .filter(|t| t.is_string())
            .collect()
    };
    assert!(!tokens(&a).is_empty());
    assert_ne!(tokens(&a), tokens(&other), "another seed, other tokens");
}

/// Nothing listening at the endpoint: the run stops at once, says once what was tried and what the
/// system said, writes a report that says so, and exits 1 (nothing could be judged).
#[test]
fn an_endpoint_nothing_answers_at_ends_the_run_at_once() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let url = format!("http://127.0.0.1:{port}");
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(BIN)
        .args(["run", "--endpoint", &url, "--report-dir"])
        .arg(dir.path())
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{said}");
    let refused: Vec<&str> = said
        .lines()
        .filter(|l| l.contains("Connection refused"))
        .collect();
    assert_eq!(refused.len(), 1, "said once: {said}");
    assert!(
        refused[0].contains(&url) && refused[0].contains("is the endpoint running?"),
        "{said}"
    );
    assert!(!said.contains("ERROR "), "no scenario ran into it: {said}");
    assert!(
        said.contains("0 scenarios:"),
        "it stopped before any scenario: {said}"
    );
    let report: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("report.json")).unwrap())
            .unwrap();
    assert!(
        report["runnerErrors"][0]
            .as_str()
            .unwrap()
            .contains("could not judge anything"),
        "{report}"
    );
    let html = std::fs::read_to_string(dir.path().join("report.html")).unwrap();
    assert!(
        html.contains("<ul class=\"why\"><li>the run could not judge anything"),
        "{html}"
    );
}

/// Each usage or configuration mistake a newcomer makes is exit 2, said once on stderr, naming the
/// problem and what to do; nothing is run.
#[test]
fn each_usage_mistake_is_exit_2_naming_the_fix() {
    let dir = tempfile::tempdir().unwrap();
    let one = dir.path().join("one-principal.json");
    std::fs::write(
        &one,
        r#"[{"name":"sender","accountId":"111122223333","accessKeyId":"AKIASENDER0000000001","secretAccessKey":"sender/secret/key/for/the/pcc/mock/0001"}]"#,
    )
    .unwrap();
    let own = dir.path().join("Own.feature");
    std::fs::write(&own, "Feature: mine\n").unwrap();
    let (one, own) = (one.to_str().unwrap(), own.to_str().unwrap());
    let mistakes: [&[&str]; 7] = [
        &["features/relationships/Nope.feature"],
        &["relationships/GetRelationship.feature:2"],
        &[own],
        &["--principals", one],
        &["--contact", "sender=Jane Doe jane@example.org"],
        &["--tags", "@pma and"],
        &["--tags", "@pma an @serial"],
    ];
    let mut said = String::new();
    for args in mistakes {
        let out = Command::new(BIN)
            .arg("run")
            .args(args)
            .args(["--report-dir"])
            .arg(dir.path().join("reports"))
            .output()
            .unwrap();
        let stderr =
            String::from_utf8_lossy(&out.stderr).replace(dir.path().to_str().unwrap(), "<dir>");
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(
            out.stdout.is_empty(),
            "{args:?} ran something: {}",
            String::from_utf8_lossy(&out.stdout)
        );
        said += &format!(
            "$ run {}\n{stderr}\n",
            args.join(" ")
                .replace(dir.path().to_str().unwrap(), "<dir>")
        );
    }
    assert!(
        !dir.path().join("reports").exists(),
        "no report for a run that never started"
    );
    insta::assert_snapshot!(said);
}

/// The GitHub Action's script, with stand-ins for pip and cargo (a PyPI with no release, a cargo that
/// installs the binary built for these tests): with no release it builds from source, saying so; the
/// args input keeps quoted words whole; and an install step that fails stops it naming the cause.
#[test]
fn the_actions_script_installs_from_source_keeps_quoted_args_and_stops_on_a_failed_install() {
    let dir = tempfile::tempdir().unwrap();
    let fake = dir.path().join("bin");
    std::fs::create_dir(&fake).unwrap();
    let script = |name: &str, body: &str| {
        let path = fake.join(name);
        std::fs::write(&path, format!("#!/bin/sh\n{body}\n")).unwrap();
        let mut p = std::fs::metadata(&path).unwrap().permissions();
        std::os::unix::fs::PermissionsExt::set_mode(&mut p, 0o755);
        std::fs::set_permissions(&path, p).unwrap();
    };
    // python3 -m venv DIR makes a python whose pip finds no release.
    script(
        "python3",
        "mkdir -p \"$3/bin\"; printf '#!/bin/sh\\necho \"ERROR: No matching distribution found for $6\" >&2\\nexit 1\\n' >\"$3/bin/python\"; chmod +x \"$3/bin/python\"",
    );
    let cargo = |fails: bool| {
        let body = if fails {
            "echo 'error: could not compile `pcc-conformance`' >&2; exit 101".to_string()
        } else {
            format!(
                "root=\"\"; while [ $# -gt 0 ]; do [ \"$1\" = --root ] && root=\"$2\"; shift; done; mkdir -p \"$root/bin\"; ln -sf {BIN} \"$root/bin/pcc-conformance\""
            )
        };
        script("cargo", &body);
    };
    let run = |prefix: &str| {
        Command::new(common::root().join("action/run.sh"))
            .env("PATH", format!("{}:/usr/bin:/bin", fake.display()))
            .env("PCC_VERSION", "latest")
            .env("PCC_ARGS", "run --plan --tags '@pma and not @serial'")
            .env("PCC_VENV", dir.path().join(prefix))
            .env_remove("GITHUB_OUTPUT")
            .env_remove("GITHUB_PATH")
            .output()
            .unwrap()
    };
    cargo(false);
    let out = run("ok");
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
    );
    assert_eq!(out.status.code(), Some(0), "{stdout}{stderr}");
    assert!(
        stderr.contains("no release of pcc-conformance on PyPI yet; building"),
        "{stderr}"
    );
    assert!(
        stdout.contains("scenario(s) would run"),
        "the quoted tag expression went through whole: {stdout}"
    );
    cargo(true);
    let out = run("broken");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("could not compile") && stderr.contains("cargo install --path"),
        "{stderr}"
    );
    assert!(
        !String::from_utf8_lossy(&out.stdout).contains("pcc-conformance:"),
        "nothing ran"
    );
}

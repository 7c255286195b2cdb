//! `verify-client -- CMD` around real SDKs' tests: a boto3 pytest suite (clean, breaking the contract,
//! failing), and the curveball matrix of boto3, the JavaScript SDK and the Rust SDK (examples/sdk_client).
//! `.ci/sdk-setup` installs boto3, pytest and the JS SDK under target/; in CI their absence fails.
mod common;

use pcc_conformance::mock::curveball::Kind;

struct Verified {
    exit: Option<i32>,
    stdout: String,
    dir: tempfile::TempDir,
}

/// `verify-client [extra] -- command`, with `env` added to the environment.
async fn verify(extra: &[&str], command: &[&str], env: &[(&str, &str)]) -> Verified {
    let dir = tempfile::tempdir().unwrap();
    let record = dir.path().join("client-report.json");
    let out = tokio::process::Command::new(env!("CARGO_BIN_EXE_pcc-conformance"))
        .arg("verify-client")
        .arg("--record")
        .arg(&record)
        .args(extra)
        .arg("--")
        .args(command)
        .envs(env.iter().copied())
        .env("PYTHONPATH", common::root().join("target/sdk-python"))
        .current_dir(common::root())
        .output()
        .await
        .unwrap();
    Verified {
        exit: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        dir,
    }
}

const PYTEST: [&str; 6] = ["python3", "-m", "pytest", "-q", "-p", "no:cacheprovider"];

fn pytest() -> Vec<&'static str> {
    let mut c = PYTEST.to_vec();
    c.push("tests/sdk_foreign/verify/test_boto3_channel.py");
    c
}

fn boto3_ready() -> bool {
    common::available(
        &common::root().join("target/sdk-python/pytest"),
        "pytest (and boto3)",
    )
}

#[tokio::test]
async fn a_clean_boto3_suite_exits_0_and_writes_the_report() {
    if !boto3_ready() {
        return;
    }
    let v = verify(&[], &pytest(), &[]).await;
    assert_eq!(v.exit, Some(0), "{}", v.stdout);
    assert!(v.stdout.contains("0 client violations"), "{}", v.stdout);
    for ext in ["json", "md", "xml", "html"] {
        assert!(
            v.dir.path().join(format!("client-report.{ext}")).exists(),
            "{ext}"
        );
    }
    let report: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(v.dir.path().join("client-report.json")).unwrap(),
    )
    .unwrap();
    assert!(report["requests"].as_u64().unwrap() >= 8, "{report}");
}

#[tokio::test]
async fn a_request_the_contract_refuses_exits_4_naming_it() {
    if !boto3_ready() {
        return;
    }
    let v = verify(&[], &pytest(), &[("PCC_BREAK_CONTRACT", "1")]).await;
    assert_eq!(v.exit, Some(4), "{}", v.stdout);
    assert!(
        v.stdout
            .contains("VIOLATION ListRelationships: maxResults: maximum"),
        "{}",
        v.stdout
    );
}

/// A client that signs with the wrong secret, swallows the refusal and exits 0 kept nothing of the
/// contract: its refused signature is its violation.
#[tokio::test]
async fn a_request_refused_for_its_signature_is_the_clients_violation() {
    if !boto3_ready() {
        return;
    }
    let client = [
        "import os, boto3",
        "os.environ['AWS_SECRET_ACCESS_KEY'] = 'not-the-secret'",
        "try:",
        "    boto3.client('partnercentral-channel').list_program_management_accounts(catalog='Sandbox')",
        "except Exception as e:",
        "    print('refused:', e)",
    ]
    .join("\n");
    let v = verify(&[], &["python3", "-c", &client], &[]).await;
    assert_eq!(v.exit, Some(4), "{}", v.stdout);
    assert!(
        v.stdout.contains("InvalidSignatureException"),
        "the signing detail is named: {}",
        v.stdout
    );
    let report = std::fs::read_to_string(v.dir.path().join("client-report.json")).unwrap();
    assert!(report.contains("InvalidSignatureException"), "{report}");
    assert!(
        !report.contains("not-the-secret"),
        "no secret in the report"
    );
}

#[tokio::test]
async fn a_failing_test_exits_5_with_the_commands_status() {
    if !boto3_ready() {
        return;
    }
    let v = verify(&[], &pytest(), &[("PCC_FAIL_A_TEST", "1")]).await;
    assert_eq!(v.exit, Some(5), "{}", v.stdout);
    assert!(
        v.stdout.contains("the command exited with status 1"),
        "{}",
        v.stdout
    );
}

#[tokio::test]
async fn a_command_that_cannot_start_is_a_usage_error() {
    let v = verify(&[], &["no-such-command-pcc"], &[]).await;
    assert_eq!(v.exit, Some(2), "{}", v.stdout);
}

/// A command that never reaches the mock verified nothing: it is not a clean client.
#[tokio::test]
async fn a_command_that_sends_nothing_exits_7_naming_the_endpoint_variables() {
    let v = verify(&[], &["true"], &[]).await;
    assert_eq!(v.exit, Some(7), "{}", v.stdout);
    assert!(
        v.stdout.contains("sent no request to the mock"),
        "{}",
        v.stdout
    );
    assert!(
        v.stdout.contains("AWS_ENDPOINT_URL_PARTNERCENTRAL_CHANNEL"),
        "{}",
        v.stdout
    );
    assert!(!v.stdout.contains("PASSED"), "{}", v.stdout);
    let v = verify(&["--curveballs", "throttling"], &["true"], &[]).await;
    assert_eq!(v.exit, Some(7), "{}", v.stdout);
    assert!(
        v.stdout.contains("| throttling | not exercised | 0 "),
        "a kind with nothing to change is not 'passed': {}",
        v.stdout
    );
}

/// The matrix's rows: kind → (passed, answers changed).
fn matrix(stdout: &str) -> Vec<(String, bool, u64)> {
    stdout
        .lines()
        .filter(|l| {
            l.starts_with("| ") && !l.starts_with("| curveball") && !l.starts_with("| plain")
        })
        .map(|l| {
            let cells: Vec<&str> = l.split('|').map(str::trim).collect();
            let changed = cells[3].split(' ').next().unwrap().parse().unwrap();
            (cells[1].to_string(), cells[2] == "passed", changed)
        })
        .collect()
}

/// Every kind is thrown at least once, and the client fails exactly the kinds in `fails`.
fn assert_matrix(v: &Verified, fails: &[Kind], exit: i32) {
    assert_eq!(v.exit, Some(exit), "{}", v.stdout);
    let rows = matrix(&v.stdout);
    assert_eq!(rows.len(), Kind::ALL.len(), "{}", v.stdout);
    for (kind, (name, passed, changed)) in Kind::ALL.iter().zip(&rows) {
        assert_eq!(name, kind.name());
        assert!(*changed > 0, "{name} never thrown: {}", v.stdout);
        assert_eq!(*passed, !fails.contains(kind), "{name}: {}", v.stdout);
        let report = v.dir.path().join(format!("client-report.{name}.json"));
        let text = std::fs::read_to_string(&report).unwrap();
        assert!(
            text.contains(&format!("\"kind\": \"{name}\"")),
            "{name} listed in its report"
        );
    }
}

/// boto3 1.44.8 reads the error type only from the body: where it comes only in the header (as awsJson 1.0
/// allows), it sees the HTTP status as the error code. Every other kind it survives.
#[tokio::test]
async fn boto3s_curveball_matrix() {
    if !boto3_ready() {
        return;
    }
    let v = verify(&["--curveballs", "all,seed=1"], &pytest(), &[]).await;
    assert_matrix(&v, &common::kinds_not_survived("boto3"), 6);
}

#[tokio::test]
async fn the_js_sdks_curveball_matrix() {
    let prefix = common::root().join("target/sdk-node");
    if !common::available(
        &prefix.join("node_modules/@aws-sdk/client-partnercentral-account"),
        "the AWS SDK for JavaScript (client-partnercentral-account)",
    ) {
        return;
    }
    // An ES module finds its packages from where it lives: run a copy beside node_modules.
    let script = prefix.join("verify-connections.mjs");
    std::fs::copy(
        common::root().join("tests/sdk_foreign/verify/connections.mjs"),
        &script,
    )
    .unwrap();
    let v = verify(
        &["--curveballs", "all,seed=1"],
        &["node", script.to_str().unwrap()],
        &[],
    )
    .await;
    assert_matrix(
        &v,
        &common::kinds_not_survived("AWS SDK for JavaScript v3"),
        0,
    );
}

#[tokio::test]
async fn the_rust_sdks_curveball_matrix() {
    // examples/sdk_client, built beside the test binaries by `cargo test`.
    let deps = std::env::current_exe().unwrap();
    let example = deps
        .parent()
        .unwrap()
        .parent()
        .unwrap()
        .join("examples/sdk_client");
    assert!(
        example.exists(),
        "cargo test builds examples/sdk_client: {}",
        example.display()
    );
    let v = verify(
        &["--curveballs", "all,seed=1"],
        &[example.to_str().unwrap()],
        &[],
    )
    .await;
    assert_matrix(
        &v,
        &common::kinds_not_survived("AWS SDK for Rust (verify-client)"),
        0,
    );
}

/// The pytest fixture checks every phase (tests/sdk_foreign/pytest_fixture_phases, run from the source
/// of the plugin): a fixture's setup or teardown that breaks the contract is its test's error, a wrong
/// secret and a test with `pcc_mock_server` alone fail, and a thread that outlives its test fails the run
/// at its end while the clean test running when its request arrives passes.
#[tokio::test]
async fn the_pytest_fixture_checks_every_phase_of_a_test() {
    if !boto3_ready() {
        return;
    }
    let root = common::root();
    let out = plugin_pytest(&root.join("tests/sdk_foreign/pytest_fixture_phases"), &root).await;
    let said = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{said}");
    assert!(said.contains("2 failed, 3 passed, 2 errors"), "{said}");
    let test =
        |name: &str| format!("tests/sdk_foreign/pytest_fixture_phases/test_phases.py::{name}");
    for (line, what) in [
        ("ERROR", "test_setup_breaks_the_contract"),
        ("ERROR", "test_teardown_breaks_the_contract"),
        ("FAILED", "test_a_wrong_secret_fails"),
        ("FAILED", "test_the_server_alone_is_checked"),
    ] {
        assert!(
            said.contains(&format!("{line} {}", test(what))),
            "{what}: {said}"
        );
    }
    assert!(said.contains("during its setup:\n  VIOLATION ListRelationships: maxResults: maximum (expected 100, found 5001)"), "{said}");
    assert!(said.contains("during its teardown:\n  VIOLATION ListRelationships: maxResults: maximum (expected 100, found 5002)"), "{said}");
    assert!(said.contains("InvalidSignatureException"), "{said}");
    assert!(
        said.contains(&format!(
            "found 5004)  (sent for {})",
            test("test_leaves_a_thread_behind")
        )),
        "the late request is named with its test: {said}"
    );
    assert!(
        !said.contains(&format!(
            "FAILED {}",
            test("test_a_clean_test_while_the_thread_sends")
        )),
        "{said}"
    );
}

/// The README's pytest snippet, as written, passes with the fixture (the plugin from this checkout).
#[tokio::test]
async fn the_readmes_fixture_snippet_passes_as_written() {
    if !boto3_ready() {
        return;
    }
    let root = common::root();
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let snippet = readme
        .split("```python\n")
        .skip(1)
        .filter_map(|b| b.split("```").next())
        .find(|b| b.contains("(pcc_mock)"))
        .expect("the README shows the fixture");
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("test_readme.py"), snippet).unwrap();
    let out = plugin_pytest(&dir.path().join("test_readme.py"), dir.path()).await;
    let said = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{said}");
    assert!(said.contains("1 passed"), "{said}");
}

/// Retries graded against the SDKs' 2026 rules: through a mock whose throttling names
/// `x-amz-retry-after: 1500`, boto3's own retries wait at least 1.5 s; a client that tries again at once
/// is listed as retrying too soon, and fails only with `--strict-retries`.
#[tokio::test]
async fn verify_client_grades_retries_against_the_header() {
    if !boto3_ready() {
        return;
    }
    let spec = ["--curveballs", "throttling,share=1,seed=4,retry-after=1500"];
    let call = "import boto3\nc = boto3.client('partnercentral-channel', config=boto3.session.Config(retries=RETRIES))\n";
    let patient = format!(
        "{}c.list_program_management_accounts(catalog='Sandbox')\n",
        call.replace("RETRIES", "{'mode': 'standard'}")
    );
    let hasty = format!(
        "{}for _ in range(2):\n    try:\n        c.list_program_management_accounts(catalog='Sandbox')\n        break\n    except c.exceptions.ThrottlingException:\n        pass\n",
        call.replace("RETRIES", "{'total_max_attempts': 1}")
    );
    let graded = |v: &Verified| -> serde_json::Value {
        let text =
            std::fs::read_to_string(v.dir.path().join("client-report.throttling.json")).unwrap();
        serde_json::from_str::<serde_json::Value>(&text).unwrap()["retries"][0].clone()
    };
    let v = verify(&spec, &["python3", "-c", &patient], &[]).await;
    assert_eq!(v.exit, Some(0), "{}", v.stdout);
    let g = graded(&v);
    assert!(g["waitedMs"].as_u64().unwrap() >= 1500, "{g}");
    assert_eq!(
        (g["floorMs"].as_u64(), g.get("finding")),
        (Some(1500), None),
        "{g}"
    );
    let v = verify(&spec, &["python3", "-c", &hasty], &[]).await;
    assert_eq!(v.exit, Some(0), "listed, not held against it: {}", v.stdout);
    assert_eq!(graded(&v)["finding"], "too-soon", "{}", v.stdout);
    assert!(
        v.stdout.contains("RETRY ListProgramManagementAccounts"),
        "{}",
        v.stdout
    );
    let mut strict = spec.to_vec();
    strict.push("--strict-retries");
    let v = verify(&strict, &["python3", "-c", &hasty], &[]).await;
    assert_eq!(v.exit, Some(4), "{}", v.stdout);
}

/// pytest with the fixture's plugin from this checkout (and the SDKs .ci/sdk-setup installs) on `tests`.
async fn plugin_pytest(tests: &std::path::Path, cwd: &std::path::Path) -> std::process::Output {
    let root = common::root();
    tokio::process::Command::new("python3")
        .args(["-m", "pytest", "-q", "-rfE", "-p", "no:cacheprovider"])
        .args(["-p", "pcc_conformance.pytest_plugin", "--pcc-bin"])
        .arg(env!("CARGO_BIN_EXE_pcc-conformance"))
        .arg(tests)
        .env(
            "PYTHONPATH",
            format!(
                "{}:{}",
                root.join("target/sdk-python").display(),
                root.join("python").display()
            ),
        )
        .current_dir(cwd)
        .output()
        .await
        .unwrap()
}

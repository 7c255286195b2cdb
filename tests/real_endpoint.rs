//! Real-endpoint behaviour, proven against the mock: retries under throttling, cleanup after failures and
//! interruptions, no secret in any output, no mutating call against the production catalog.
mod common;

use std::{
    path::PathBuf,
    process::{Command, Stdio},
    time::Duration,
};

use pcc_conformance::{
    client::RetryPolicy,
    mock::{MockConfig, MockServer, faults::FaultSpec, model::HandshakeStatus},
    runner::{self, RunConfig, Status},
    spec::Contract,
    wire::default_principals,
};
use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_pcc-conformance");

fn config(endpoint: String, features: PathBuf, tags: Option<&str>) -> RunConfig {
    RunConfig {
        tags: tags.map(str::to_string),
        retry: RetryPolicy {
            max_attempts: 8,
            throttling_base: Duration::from_millis(2),
            transient_base: Duration::from_millis(2),
            cap: Duration::from_millis(20),
            retry_after_extra: Duration::ZERO,
        },
        ..RunConfig::for_mock(endpoint, features, Contract::embedded())
    }
}

fn features() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/features"))
}

/// What the mock still holds: PMAs, relationships, pending handshakes.
fn leftovers(m: &MockServer) -> (usize, usize, usize) {
    let store = m.state().store.read().unwrap();
    let pending = store
        .handshakes
        .values()
        .filter(|h| h.status == HandshakeStatus::Pending)
        .count();
    (store.pmas.len(), store.relationships.len(), pending)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_suite_passes_under_injected_throttling_and_leaves_nothing_behind() {
    let spec = FaultSpec {
        throttling: 0.08,
        seed: Some(5),
        ..FaultSpec::default()
    };
    let m = MockServer::start(
        MockConfig {
            faults: Some(spec),
            ..MockConfig::default()
        },
        "127.0.0.1:0".parse().unwrap(),
    )
    .await
    .unwrap();
    // The Channel model marks ServiceQuotaExceededException retryable, so a quota refusal is asked again
    // and, with throttling injected, the last attempt may be a throttle: @quotas is judged without faults.
    let outcome = runner::run(config(
        m.url(),
        features(),
        Some("not @serial and not @quotas"),
    ))
    .await
    .unwrap();
    let failed: Vec<_> = outcome
        .scenarios
        .iter()
        .filter(|s| s.status() == Status::Failed)
        .map(|s| (&s.name, s.failure()))
        .collect();
    assert!(failed.is_empty(), "{failed:#?}");
    let log = m.state().log.entries();
    let throttled = log
        .iter()
        .filter(|e| e.error_type.as_deref() == Some("ThrottlingException"))
        .count();
    assert!(throttled > 20, "faults were injected: {throttled}");
    assert_eq!(leftovers(&m), (0, 0, 0));
    assert!(outcome.leftovers.is_empty(), "{:?}", outcome.leftovers);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn failing_scenarios_still_clean_up() {
    let m = common::mock().await;
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("failing.feature"),
        r#"Feature: a scenario that fails after creating things
  Scenario: it creates a PMA and a relationship, then an assertion fails
    Given I am "sender"
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | programManagementAccountIdentifier | {{pma.id}} |
    Then the response "relationshipDetail.id" equals "rs-thisisnotit0"
"#,
    )
    .unwrap();
    let outcome = runner::run(config(m.url(), dir.path().to_path_buf(), None))
        .await
        .unwrap();
    assert_eq!(outcome.scenarios[0].status(), Status::Failed);
    assert_eq!(leftovers(&m), (0, 0, 0));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_interrupted_run_deletes_what_it_created() {
    let m = common::mock().await;
    let dir = tempfile::tempdir().unwrap();
    let mut child = tokio::process::Command::new(BIN)
        .args([
            "run",
            "--endpoint",
            &m.url(),
            "--tags",
            "@relationships",
            "--rate",
            "40",
            "--report-dir",
        ])
        .arg(dir.path())
        .arg("--features")
        .arg(features())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    // Wait until the run has created something, then interrupt it.
    for _ in 0..100 {
        tokio::time::sleep(Duration::from_millis(50)).await;
        if leftovers(&m).1 > 0 {
            break;
        }
    }
    assert!(
        leftovers(&m).0 > 0,
        "the run had created resources before the interruption"
    );
    Command::new("kill")
        .args(["-INT", &child.id().unwrap().to_string()])
        .status()
        .unwrap();
    let status = child.wait().await.unwrap();
    assert_eq!(status.code(), Some(130));
    assert_eq!(leftovers(&m), (0, 0, 0));
    let report: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("report.json")).unwrap())
            .unwrap();
    assert!(
        report["runnerErrors"][0]
            .as_str()
            .unwrap()
            .contains("interrupted")
    );
}

#[test]
fn no_secret_or_session_token_appears_in_reports_or_output() {
    let dir = tempfile::tempdir().unwrap();
    let secret = "SeCrEt/abcdefghijklmnopqrstuvwxyz012345";
    let token = "SeSsIoNtOkEn-zyxwvutsrqponmlkjihgfedcba9876";
    let mut principals: Vec<Value> = default_principals()
        .into_iter()
        .map(|p| serde_json::to_value(p).unwrap())
        .collect();
    principals[0]["secretAccessKey"] = secret.into();
    principals[0]["sessionToken"] = token.into();
    let file = dir.path().join("principals.json");
    std::fs::write(&file, serde_json::to_string(&principals).unwrap()).unwrap();
    let reports = dir.path().join("reports");
    let out = Command::new(BIN)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args([
            "run",
            "--verbose",
            "--tags",
            "@pma or @tags",
            "--principals",
        ])
        .arg(&file)
        .arg("--report-dir")
        .arg(&reports)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    assert!(stdout.contains("passed"));
    let mut everything = format!("{stdout}{}", String::from_utf8_lossy(&out.stderr));
    for f in std::fs::read_dir(&reports).unwrap() {
        everything.push_str(&std::fs::read_to_string(f.unwrap().path()).unwrap());
    }
    assert!(!everything.contains(secret), "the secret key leaked");
    assert!(!everything.contains(token), "the session token leaked");
    assert!(!everything.contains("Signature="), "a signature leaked");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mutating_scenarios_do_not_touch_the_production_catalog() {
    let m = common::mock().await;
    let dir = tempfile::tempdir().unwrap();
    let out = tokio::process::Command::new(BIN)
        .args([
            "run",
            "--endpoint",
            &m.url(),
            "--endpoint-kind",
            "service",
            "--catalog",
            "AWS",
            "--report-dir",
        ])
        .arg(dir.path())
        .arg("--features")
        .arg(features())
        .output()
        .await
        .unwrap();
    // Every feature's setup creates something, so against the AWS catalog nothing may run: no call at
    // all is the right outcome, and none of the skipped scenarios counts as a failure.
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let log = m.state().log.entries();
    assert!(
        log.iter().all(|e| !e.mutating),
        "a mutating call reached the mock: {:?}",
        log.iter().find(|e| e.mutating)
    );
    let report: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("report.json")).unwrap())
            .unwrap();
    let skipped = report["scenarios"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["status"] == "skipped")
        .count();
    assert!(
        skipped > 100,
        "mutating and mock-only scenarios are listed as skipped: {skipped}"
    );
    assert_eq!(report["totals"]["failed"], 0);
    assert!(report["scenarios"].as_array().unwrap().iter().any(|s| {
        s["skipReason"]
            .as_str()
            .is_some_and(|r| r.contains("--allow-production"))
    }));
    assert!(report["scenarios"].as_array().unwrap().iter().any(|s| {
        s["skipReason"]
            .as_str()
            .is_some_and(|r| r.starts_with("needs CreateProgramManagementAccount, which mutates"))
    }));
    assert!(report["scenarios"].as_array().unwrap().iter().any(|s| {
        s["skipReason"]
            .as_str()
            .is_some_and(|r| r.contains("@mock-only"))
    }));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn principals_come_from_aws_profiles_and_the_environment() {
    let m = common::mock().await;
    let dir = tempfile::tempdir().unwrap();
    let principals = default_principals();
    let mut credentials = String::new();
    for p in &principals[..2] {
        credentials.push_str(&format!(
            "[pcc-{}]\naws_access_key_id = {}\naws_secret_access_key = {}\n\n",
            p.name, p.access_key_id, p.secret_access_key
        ));
    }
    std::fs::write(dir.path().join("credentials"), credentials).unwrap();
    std::fs::write(
        dir.path().join("config"),
        "[profile pcc-sender]\nregion = us-east-1\n\n[profile pcc-receiver]\nregion = us-east-1\n",
    )
    .unwrap();
    let outsider = &principals[2];
    let out = tokio::process::Command::new(BIN)
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("HOME", dir.path())
        .env("AWS_CONFIG_FILE", dir.path().join("config"))
        .env(
            "AWS_SHARED_CREDENTIALS_FILE",
            dir.path().join("credentials"),
        )
        .env("AWS_EC2_METADATA_DISABLED", "true")
        .env("AWS_ACCESS_KEY_ID", &outsider.access_key_id)
        .env("AWS_SECRET_ACCESS_KEY", &outsider.secret_access_key)
        .args([
            "run",
            "--endpoint",
            &m.url(),
            "--tags",
            "@relationships",
            "--signing",
            "sigv4a",
        ])
        .args([
            "--principal",
            &format!("sender=pcc-sender@{}", principals[0].account_id),
        ])
        .args([
            "--principal",
            &format!("receiver=pcc-receiver@{}", principals[1].account_id),
        ])
        .args([
            "--principal",
            &format!("outsider=env@{}", outsider.account_id),
        ])
        .arg("--features")
        .arg(features())
        .arg("--report-dir")
        .arg(dir.path().join("reports"))
        .output()
        .await
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let log = m.state().log.entries();
    for who in ["sender", "receiver", "outsider"] {
        assert!(
            log.iter().any(|e| e.principal.as_deref() == Some(who)),
            "{who} made calls"
        );
    }
    assert!(!log.is_empty());
    assert!(
        log.iter().all(|e| e.signing == Some("sigv4a")),
        "every call signed with SigV4a"
    );
}

#[test]
fn a_principal_without_credentials_is_a_clear_configuration_error() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(BIN)
        .env_clear()
        .env("HOME", dir.path())
        .env("AWS_CONFIG_FILE", dir.path().join("none"))
        .env("AWS_SHARED_CREDENTIALS_FILE", dir.path().join("none"))
        .env("AWS_EC2_METADATA_DISABLED", "true")
        .args([
            "run",
            "--endpoint",
            "http://127.0.0.1:9",
            "--principal",
            "sender=nosuchprofile@111122223333",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("principal 'sender'") && stderr.contains("nosuchprofile"),
        "{stderr}"
    );
}

/// A partner's set-up: profiles whose region is eu-west-1, and the SDKs' per-service endpoint variables
/// naming one strict mock each. Every call goes to its own service's endpoint, signed for the region the
/// catalog gives that service. The whole suite passes so: what a scenario arranges on a mock (its own
/// principal and policy, the clock) is arranged on both.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_service_is_reached_and_signed_as_the_catalog_says() {
    let (channel, account) = (
        common::strict_mock(None).await,
        common::strict_mock(None).await,
    );
    let dir = tempfile::tempdir().unwrap();
    let principals = default_principals();
    let mut credentials = String::new();
    let mut config = String::new();
    for p in &principals {
        credentials.push_str(&format!(
            "[pcc-{}]\naws_access_key_id = {}\naws_secret_access_key = {}\n\n",
            p.name, p.access_key_id, p.secret_access_key
        ));
        config.push_str(&format!("[profile pcc-{}]\nregion = eu-west-1\n\n", p.name));
    }
    std::fs::write(dir.path().join("credentials"), credentials).unwrap();
    std::fs::write(dir.path().join("config"), config).unwrap();
    let mut command = tokio::process::Command::new(BIN);
    command
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("HOME", dir.path())
        .env("AWS_CONFIG_FILE", dir.path().join("config"))
        .env(
            "AWS_SHARED_CREDENTIALS_FILE",
            dir.path().join("credentials"),
        )
        .env("AWS_EC2_METADATA_DISABLED", "true")
        .env("AWS_ENDPOINT_URL_PARTNERCENTRAL_CHANNEL", channel.url())
        .env("AWS_ENDPOINT_URL_PARTNERCENTRAL_ACCOUNT", account.url())
        .arg("run");
    for p in &principals {
        command.args([
            "--principal",
            &format!("{0}=pcc-{0}@{1}", p.name, p.account_id),
        ]);
    }
    let out = command
        .arg("--features")
        .arg(features())
        .arg("--report-dir")
        .arg(dir.path().join("reports"))
        .output()
        .await
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for (mock, prefix, other) in [
        (&channel, "PartnerCentralChannel.", "PartnerCentralAccount."),
        (&account, "PartnerCentralAccount.", "PartnerCentralChannel."),
    ] {
        let seen = mock.state().recorder.as_ref().unwrap().observations();
        assert!(
            seen.iter().any(|o| o.target.starts_with(prefix)),
            "{prefix} calls arrive"
        );
        let stray = seen.iter().filter(|o| o.target.starts_with(other)).count();
        assert_eq!(stray, 0, "no {other} call reaches the {prefix} endpoint");
        let signing: Vec<String> = seen
            .iter()
            .flat_map(|o| &o.violations)
            .map(|v| v.to_string())
            .filter(|v| v.contains("region") || v.contains("ignature"))
            .collect();
        assert_eq!(
            signing,
            Vec::<String>::new(),
            "no signature violation at {prefix}"
        );
    }
    let report: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(dir.path().join("reports/report.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(
        report["run"]["services"]["account"]["endpoint"],
        account.url()
    );
    assert_eq!(report["run"]["services"]["channel"]["region"], "us-east-1");
}

/// A run as a service (with contacts: every scenario a service allows) against a mock whose faults are
/// `spec`, under the SDKs' standard retry rules scaled down a hundredfold so the test stays short: bases of
/// 10 ms and 0.5 ms, a 200 ms cap, and a header honoured up to 5 s past the drawn wait, as the SDKs do.
async fn as_a_service_under(spec: &str) -> (runner::RunOutcome, MockServer) {
    let m = mock_with_faults(spec).await;
    let mut principals = default_principals();
    let contacts = [
        "sender=Jane Doe <jane@example.org>",
        "receiver=Rob Roe <rob@example.org>",
    ];
    let contacts: Vec<_> = contacts.iter().map(|c| c.parse().unwrap()).collect();
    pcc_conformance::wire::principal::apply_contacts(&mut principals, &contacts).unwrap();
    let config = RunConfig {
        endpoint_kind: runner::EndpointKind::Service,
        endpoint_kind_reason: "a test".into(),
        principals,
        retry: RetryPolicy {
            max_attempts: 12,
            throttling_base: Duration::from_millis(10),
            transient_base: Duration::from_micros(500),
            cap: Duration::from_millis(200),
            retry_after_extra: Duration::from_secs(5),
        },
        ..config(m.url(), features(), None)
    };
    (runner::run(config).await.unwrap(), m)
}

/// Every retried attempt's wait in a run, with the error that was retried.
fn waits(
    outcome: &runner::RunOutcome,
) -> Vec<(Option<String>, pcc_conformance::client::retry::Wait)> {
    outcome
        .scenarios
        .iter()
        .flat_map(|s| &s.exchanges)
        .flat_map(|e| &e.attempts)
        .filter_map(|a| Some((a.error_type.clone(), a.wait?)))
        .collect()
}

/// What did not pass, by name.
fn not_passed(outcome: &runner::RunOutcome) -> Vec<(String, Status, String)> {
    outcome
        .scenarios
        .iter()
        .filter(|s| !matches!(s.status(), Status::Passed | Status::Skipped))
        .map(|s| (s.name.clone(), s.status(), format!("{:?}", s.failure())))
        .collect()
}

/// Three calls in ten throttled, naming a wait of 20 to 60 ms: the whole suite passes as a service, each
/// wait after a throttle is at least what the header asked (the drawn backoff being shorter), and the
/// report records the rule that chose it. Without the header, the same suite passes on the backoff alone.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_whole_suite_passes_as_a_service_when_three_calls_in_ten_are_throttled() {
    for retry_after in [Some("20..60"), None] {
        let spec = match retry_after {
            Some(r) => format!("throttling=0.3,seed=11,retry-after={r}"),
            None => "throttling=0.3,seed=11".to_string(),
        };
        let (outcome, m) = as_a_service_under(&spec).await;
        assert_eq!(not_passed(&outcome), [], "{spec}");
        let passed = outcome
            .scenarios
            .iter()
            .filter(|s| s.status() == Status::Passed);
        assert!(passed.count() > 500, "{spec}: the suite ran as a service");
        let log = m.state().log.entries();
        let throttled = log
            .iter()
            .filter(|e| e.error_type.as_deref() == Some("ThrottlingException"))
            .count();
        let waits = waits(&outcome);
        assert!(
            waits.len() > 500,
            "{spec}: {} waits, {throttled} throttled",
            waits.len()
        );
        // Other retried errors are those the model marks retryable (a quota refusal a scenario expects).
        let waits: Vec<_> = waits
            .into_iter()
            .filter(|(e, _)| e.as_deref() == Some("ThrottlingException"))
            .collect();
        for (_, w) in &waits {
            assert!(w.throttling, "{w:?}");
            match retry_after {
                Some(_) => {
                    let asked = w.retry_after_ms.expect("the header was read");
                    assert!((20..=60).contains(&asked), "{w:?}");
                    assert!(w.ms >= asked, "waited less than asked: {w:?}");
                }
                None => {
                    assert_eq!(w.retry_after_ms, None, "{w:?}");
                    use pcc_conformance::client::retry::WaitRule;
                    assert!(
                        matches!(w.rule, WaitRule::Backoff | WaitRule::QuotaSpent),
                        "{w:?}"
                    );
                    assert!(w.ms <= w.ceiling_ms, "{w:?}");
                }
            }
        }
        if retry_after.is_some() {
            let by_header = waits
                .iter()
                .filter(|(_, w)| w.rule == pcc_conformance::client::retry::WaitRule::RetryAfter)
                .count();
            assert!(
                by_header * 2 > waits.len(),
                "the header chose most waits: {by_header}"
            );
        }
        assert_eq!(leftovers(&m), (0, 0, 0), "{spec}");
    }
}

/// A mock with `spec` as its faults.
async fn mock_with_faults(spec: &str) -> MockServer {
    let config = MockConfig {
        faults: Some(FaultSpec::parse(spec).unwrap()),
        ..MockConfig::default()
    };
    MockServer::start(config, "127.0.0.1:0".parse().unwrap())
        .await
        .unwrap()
}

/// One ListRelationships call as the sender, with no retries: what a client meets on its first attempt.
async fn list_relationships_once(
    url: &str,
) -> Result<pcc_conformance::client::Exchange, pcc_conformance::client::ClientError> {
    let contract = Contract::embedded();
    let op = contract.operation("ListRelationships").unwrap();
    let list = serde_json::json!({"catalog": "Sandbox"});
    common::client(url)
        .call(
            &common::principal("sender"),
            op,
            "partnercentral-channel",
            &list,
        )
        .await
}

/// Every attempt that got no answer (a transport error), across a run.
fn unanswered(outcome: &runner::RunOutcome) -> Vec<String> {
    outcome
        .scenarios
        .iter()
        .flat_map(|s| &s.exchanges)
        .flat_map(|e| &e.attempts)
        .filter_map(|a| a.error.clone())
        .collect()
}

/// A connection reset after the answer's headers, or halfway through its body, loses an answer whose
/// operation ran: the harness's client retries what is safe to repeat (a read; a create with its
/// idempotency token, which the service then answers with what it made the first time), every scenario
/// passes, and nothing is made twice (cleanup leaves nothing).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reset_connection_is_retried_where_a_repeat_is_safe() {
    for kind in ["reset-after-headers", "reset-mid-body"] {
        let spec = format!("{kind}=0.4,operations=GetRelationship+CreateRelationship,seed=5");
        let m = mock_with_faults(&spec).await;
        // The mock-only scenarios judge a policed principal's exact attempts, which a fault would add to.
        let tags = Some("@op:GetRelationship and not @mock-only");
        let outcome = runner::run(config(m.url(), features(), tags))
            .await
            .unwrap();
        assert_eq!(not_passed(&outcome), [], "{kind}");
        let lost = unanswered(&outcome);
        assert!(lost.len() > 5, "{kind}: the resets were met: {lost:?}");
        assert_eq!(leftovers(&m), (0, 0, 0), "{kind}: nothing made twice");
    }
}

/// The same reset, met by one call with no retries: the client sees the answer's status and then an error
/// reading its body (mid-body: half of the JSON arrived), never a truncated answer taken for the service's.
#[tokio::test]
async fn a_reset_answer_is_an_error_reading_it_not_a_truncated_answer() {
    for kind in ["reset-after-headers", "reset-mid-body", "drop"] {
        let m = mock_with_faults(&format!("{kind}=1,operations=ListRelationships")).await;
        let got = list_relationships_once(&m.url()).await;
        let e = got.expect_err(kind).to_string();
        assert!(!e.is_empty(), "{kind}");
        let listed = common::call(
            &m.url(),
            "sender",
            "ListProgramManagementAccounts",
            serde_json::json!({"catalog": "Sandbox"}),
        )
        .await;
        assert_eq!(
            listed.status, 200,
            "{kind}: only the operations named are faulted"
        );
    }
}

/// An answer that stalls past `--request-timeout` is the way there failing, not the service: the
/// scenarios that meet it end as errors (unanswered), none as failed, and the run does not pass.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stalled_answer_hits_the_request_timeout_and_counts_as_unanswered() {
    let m = mock_with_faults("stall=1,stall-for=5s,operations=GetRelationship").await;
    let mut c = config(
        m.url(),
        features(),
        Some("@op:GetRelationship and not @errors"),
    );
    c.request_timeout = Duration::from_millis(300);
    c.retry.max_attempts = 2;
    let outcome = runner::run(c).await.unwrap();
    let ended: Vec<Status> = outcome.scenarios.iter().map(|s| s.status()).collect();
    assert!(ended.contains(&Status::Error), "{ended:?}");
    assert!(!ended.contains(&Status::Failed), "{ended:?}");
    let lost = unanswered(&outcome);
    assert!(
        lost.iter()
            .all(|e| e.contains("timed out") || e.contains("timeout")),
        "{lost:?}"
    );
    assert_eq!(leftovers(&m), (0, 0, 0));
}

/// The first two calls of an operation fail for whoever makes them, then it works; other operations are
/// not touched.
#[tokio::test]
async fn the_first_calls_of_an_operation_fail_for_every_caller_then_it_works() {
    let m = mock_with_faults("fail-first=2,fail-with=internal,operations=ListRelationships").await;
    let list = serde_json::json!({"catalog": "Sandbox"});
    let mut statuses = Vec::new();
    for who in ["sender", "receiver", "outsider", "sender"] {
        let r = common::call(&m.url(), who, "ListRelationships", list.clone()).await;
        statuses.push((r.status, r.error_type.clone()));
    }
    let failed = (500, Some("InternalServerException".to_string()));
    assert_eq!(statuses, [failed.clone(), failed, (200, None), (200, None)]);
    let other = common::call(&m.url(), "sender", "ListProgramManagementAccounts", list).await;
    assert_eq!(other.status, 200);
}

/// Latency with jitter: every call waits at least the latency less the jitter, and the waits vary.
#[tokio::test]
async fn latency_with_jitter_varies_per_call() {
    let m = mock_with_faults("latency=60ms,jitter=40ms,seed=2").await;
    let mut took = Vec::new();
    for _ in 0..16 {
        let started = std::time::Instant::now();
        let r = common::call(
            &m.url(),
            "sender",
            "ListRelationships",
            serde_json::json!({"catalog": "Sandbox"}),
        )
        .await;
        assert_eq!(r.status, 200);
        took.push(started.elapsed());
    }
    let (least, most) = (took.iter().min().unwrap(), took.iter().max().unwrap());
    assert!(*least >= Duration::from_millis(20), "{took:?}");
    assert!(*most >= *least + Duration::from_millis(15), "{took:?}");
}

/// Faults set through the admin API take effect on the next call and stop when deleted; a spec with a
/// mistake is refused naming it, and leaves the faults as they were.
#[tokio::test]
async fn faults_set_while_serving_take_effect_at_once_and_can_be_stopped() {
    let m = common::mock().await;
    let admin = format!("{}/_mock/faults", m.url());
    let http = pcc_conformance::client::http_builder().build().unwrap();
    let list = serde_json::json!({"catalog": "Sandbox"});
    let status = |r: pcc_conformance::wire::Response| (r.status, r.error_type);
    let set = http
        .post(&admin)
        .body(r#"{"failFirst": 1, "operations": ["ListRelationships"]}"#)
        .send()
        .await
        .unwrap();
    assert_eq!(set.status(), 200);
    let first = common::call(&m.url(), "sender", "ListRelationships", list.clone()).await;
    assert_eq!(status(first), (429, Some("ThrottlingException".into())));
    let bad = http
        .post(&admin)
        .body(r#"{"stall": 2}"#)
        .send()
        .await
        .unwrap();
    assert_eq!(bad.status(), 400);
    assert!(bad.text().await.unwrap().contains("between 0 and 1"));
    let set = http
        .post(&admin)
        .body(r#"{"resetMidBody": 1, "operations": ["ListRelationships"]}"#)
        .send()
        .await
        .unwrap();
    assert_eq!(set.status(), 200);
    let cut = list_relationships_once(&m.url()).await;
    assert!(cut.is_err(), "reset mid-body");
    let shown: Value = http.get(&admin).send().await.unwrap().json().await.unwrap();
    assert_eq!(shown["faults"]["resetMidBody"], 1.0, "{shown}");
    assert_eq!(http.delete(&admin).send().await.unwrap().status(), 200);
    let after = common::call(&m.url(), "sender", "ListRelationships", list).await;
    assert_eq!(status(after), (200, None));
}

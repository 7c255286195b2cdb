//! SDKs other than Rust's against the strict mock: boto3 and the AWS SDK for JavaScript v3 each invite,
//! list, accept, read, cancel a connection type and read preferences, and boto3 calls every operation
//! of the Channel API, channel contracts included (tests/sdk_foreign/); the strict mock's client
//! report must hold no violation. `.ci/sdk-setup` installs both under target/; CI
//! runs it, so there a missing SDK fails the test. Elsewhere the test says what to run and passes.
mod common;

use std::path::Path;

use pcc_conformance::{report::client::ClientReport, spec::Contract};

const CALLED: [&str; 6] = [
    "AcceptConnectionInvitation",
    "CancelConnection",
    "CreateConnectionInvitation",
    "GetConnection",
    "GetConnectionPreferences",
    "ListConnectionInvitations",
];

/// Runs `program args` against a fresh strict mock with the parties' keys in its environment; returns
/// the client report of what it sent.
async fn drive(
    program: &str,
    args: &[&Path],
    env: &[(&str, &Path)],
    called: &[&str],
) -> ClientReport {
    let m = common::strict_mock(None).await;
    let mut cmd = tokio::process::Command::new(program);
    cmd.args(args).env("PCC_URL", m.url());
    for (k, v) in env {
        cmd.env(k, v);
    }
    for party in ["sender", "receiver"] {
        let p = common::principal(party);
        let up = party.to_uppercase();
        cmd.env(format!("PCC_{up}_KEY"), &p.access_key_id)
            .env(format!("PCC_{up}_SECRET"), &p.secret_access_key)
            .env(format!("PCC_{up}_ACCOUNT"), &p.account_id);
    }
    let out = cmd.output().await.unwrap();
    assert!(
        out.status.success(),
        "{program} failed:\n{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let observations = m.state().recorder.as_ref().unwrap().observations();
    assert_eq!(observations.len(), called.len(), "each call observed once");
    ClientReport::new(
        &observations,
        &Contract::embedded().catalog,
        "strict mock",
        program,
    )
}

fn assert_clean(report: &ClientReport) {
    common::assert_clean_calls(report, &CALLED);
}

#[tokio::test]
async fn boto3_makes_and_ends_a_connection_cleanly() {
    let installed = common::root().join("target/sdk-python");
    if !common::available(&installed.join("boto3"), "boto3") {
        return;
    }
    let script = common::root().join("tests/sdk_foreign/connections.py");
    let report = drive(
        "python3",
        &[&script],
        &[("PYTHONPATH", &installed)],
        &CALLED,
    )
    .await;
    assert_clean(&report);
}

#[tokio::test]
async fn boto3_drives_every_channel_operation_cleanly() {
    let installed = common::root().join("target/sdk-python");
    if !common::available(&installed.join("boto3"), "boto3") {
        return;
    }
    let contract = Contract::embedded();
    let mut channel: Vec<&str> = contract
        .catalog
        .operations
        .iter()
        .filter(|op| op.service == "channel")
        .map(|op| op.name.as_str())
        .collect();
    channel.sort_unstable();
    assert_eq!(channel.len(), 21, "the Channel API of botocore 1.44.8");
    let script = common::root().join("tests/sdk_foreign/channel.py");
    let report = drive(
        "python3",
        &[&script],
        &[("PYTHONPATH", &installed)],
        &channel,
    )
    .await;
    common::assert_clean_calls(&report, &channel);
}

#[tokio::test]
async fn the_js_sdk_makes_and_ends_a_connection_cleanly() {
    let prefix = common::root().join("target/sdk-node");
    let package = prefix.join("node_modules/@aws-sdk/client-partnercentral-account");
    if !common::available(
        &package,
        "the AWS SDK for JavaScript (client-partnercentral-account)",
    ) {
        return;
    }
    // An ES module finds its packages from where it lives: run a copy beside node_modules.
    let script = prefix.join("connections.mjs");
    std::fs::copy(
        common::root().join("tests/sdk_foreign/connections.mjs"),
        &script,
    )
    .unwrap();
    let report = drive("node", &[&script], &[], &CALLED).await;
    assert_clean(&report);
}

/// docs/sdk-authors.md's by-hand recipe, as written: boto3 with exactly the variables it exports (the
/// mock's address aside, which a test takes from a free port) reaches the mock and is answered.
#[tokio::test]
async fn the_by_hand_recipe_works_with_exactly_its_variables() {
    let installed = common::root().join("target/sdk-python");
    if !common::available(&installed.join("boto3"), "boto3") {
        return;
    }
    let m = common::mock().await;
    let docs = std::fs::read_to_string(common::root().join("docs/sdk-authors.md")).unwrap();
    let recipe = docs
        .split("## By hand")
        .nth(1)
        .and_then(|s| s.split("```sh\n").nth(1))
        .and_then(|s| s.split("```").next())
        .expect("the by-hand recipe");
    let vars: Vec<(String, String)> = recipe
        .lines()
        .filter_map(|l| l.strip_prefix("export "))
        .flat_map(|l| l.split_whitespace())
        .filter_map(|kv| kv.split_once('='))
        .map(|(k, v)| (k.to_string(), v.replace("http://127.0.0.1:7420", &m.url())))
        .collect();
    assert!(vars.len() >= 5, "{recipe}");
    let out = tokio::process::Command::new("python3")
        .args([
            "-c",
            "import boto3; print(len(boto3.client('partnercentral-channel').list_program_management_accounts(catalog='Sandbox')['items']))",
        ])
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("PYTHONPATH", &installed)
        .env("AWS_CONFIG_FILE", "/dev/null")
        .env("AWS_SHARED_CREDENTIALS_FILE", "/dev/null")
        .envs(vars)
        .output()
        .await
        .unwrap();
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "0");
}

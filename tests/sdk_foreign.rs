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

//! `spec probes`: the committed request-shape features are what the contract generates today (the check
//! fails on a stale or extra file, and names it); a new operation gets its probes without anyone writing
//! them; and the coverage gate fails a run that no longer reaches a facet.
use std::{path::PathBuf, process::Command};

const BIN: &str = env!("CARGO_BIN_EXE_pcc-conformance");

fn repo(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(rel)
}

fn probes(args: &[&str], features: &std::path::Path) -> (Option<i32>, String) {
    let out = Command::new(BIN)
        .args(["spec", "probes", "--features"])
        .arg(features)
        .args(args)
        .output()
        .unwrap();
    let text =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    (out.status.code(), text)
}

#[test]
fn the_committed_probes_are_what_the_contract_generates() {
    let (code, text) = probes(&["--check"], &repo("features"));
    assert_eq!(
        code,
        Some(0),
        "features/generated is stale: run `cargo run -- spec probes`\n{text}"
    );
}

#[test]
fn a_stale_or_extra_file_is_named_and_writing_mends_it() {
    let dir = tempfile::tempdir().unwrap();
    let (code, _) = probes(&[], dir.path());
    assert_eq!(code, Some(0));
    let generated = dir.path().join("generated");
    let one = generated.join("CreateRelationship.feature");
    let text = std::fs::read_to_string(&one).unwrap();
    // Changing one probe's value: the check fails and names the file.
    let row = text
        .lines()
        .find(|l| l.contains("| sector ") && l.contains("GOVERNMENT_EXCEPTION"))
        .unwrap()
        .to_string();
    let changed = row.replace("GOVERNMENT_EXCEPTION", "GOVERNMENT");
    std::fs::write(&one, text.replace(&row, &changed)).unwrap();
    std::fs::write(generated.join("Gone.feature"), "Feature: gone\n").unwrap();
    let (code, out) = probes(&["--check"], dir.path());
    assert_eq!(code, Some(1), "{out}");
    assert!(
        out.contains("write") && out.contains("CreateRelationship.feature"),
        "{out}"
    );
    assert!(
        out.contains("remove") && out.contains("Gone.feature"),
        "{out}"
    );
    let (code, _) = probes(&[], dir.path());
    assert_eq!(code, Some(0));
    assert_eq!(std::fs::read_to_string(&one).unwrap(), text);
    assert!(!generated.join("Gone.feature").exists());
}

#[test]
fn every_operation_with_an_example_gets_probes_of_each_kind_it_has() {
    let contract = pcc_conformance::spec::Contract::embedded();
    let files = pcc_conformance::spec::probes::features(&contract);
    assert_eq!(files.len(), contract.catalog.operations.len());
    let create = &files["CreateChannelContract.feature"];
    for expected in [
        "Scenario: CreateChannelContract accepts contractType = MANAGED_SERVICES_ATTESTATION, a value the model lists",
        "Scenario: CreateChannelContract refuses payload.managedServicesAttestationPayload.legalEntityName one past its maxLength 300",
        "one past its maxLength 1011",
        "And the answer or a read shows \"payload.managedServicesAttestationPayload.legalEntityName\" as sent",
        "And I have called CreateRelationship with the example request and:",
        "Scenario: CreateChannelContract is refused to a principal IAM does not allow it",
        "{\"failFirst\": [\"ThrottlingException\", \"InternalServerException\"], \"failing\": [\"CreateChannelContract\"]}",
    ] {
        assert!(create.contains(expected), "missing {expected:?}");
    }
    assert!(create.contains("supportedServices[0] = SECURITY, a value the model lists"));
}

/// A run over features that leave one facet unreached fails the gate, naming the facet.
#[test]
fn the_coverage_gate_names_what_a_run_left_unreached() {
    let dir = tempfile::tempdir().unwrap();
    let features = dir.path().join("features");
    std::fs::create_dir_all(features.join("generated")).unwrap();
    let contract = pcc_conformance::spec::Contract::embedded();
    let one = &pcc_conformance::spec::probes::features(&contract)["ListTagsForResource.feature"];
    std::fs::write(features.join("generated/ListTagsForResource.feature"), one).unwrap();
    let out = Command::new(BIN)
        .args(["run", "--min-coverage", "100", "--features"])
        .arg(&features)
        .arg("--report-dir")
        .arg(dir.path().join("reports"))
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(stdout.contains("FAILED coverage"), "{stdout}");
    assert!(
        stdout.contains("CreateRelationship: sector = GOVERNMENT_EXCEPTION sent"),
        "{stdout}"
    );
}

//! `spec sync`: the committed models — the Smithy model AWS's documented examples come from, then the
//! botocore models — synced into an empty schemas directory that holds only the hand-written part, write
//! exactly the repository's `schemas/`, byte for byte; a botocore model (which has no examples) leaves
//! the examples as they are; syncing again changes nothing; `spec diff` right after agrees; bad input
//! exits 2 naming the problem.
use std::{
    path::{Path, PathBuf},
    process::Command,
};

const BIN: &str = env!("CARGO_BIN_EXE_pcc-conformance");
/// The botocore release the repository's contract is synced from, and the text its catalog records.
const VERSION: &str = "1.44.8";
/// The Smithy model the documented examples are synced from, and the source their file records.
const SMITHY: &str = "tests/fixtures/smithy-2026-04-27/partnercentral-channel-2024-03-18.json.gz";
const SMITHY_SOURCE: &str = "Smithy model of the Partner Central Channel API 2024-03-18 (aws/api-models-aws, 2026-04-27); the same 22 examples as @aws-sdk/client-partnercentral-channel 3.1124.0";

fn repo(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(rel)
}

fn models() -> Vec<PathBuf> {
    ["channel", "account"]
        .iter()
        .map(|s| {
            repo(&format!(
                "tests/fixtures/botocore-{VERSION}/partnercentral-{s}.service-2.json.gz"
            ))
        })
        .collect()
}

fn run(args: &[&str], dir: &Path, models: &[PathBuf]) -> (Option<i32>, String) {
    let out = Command::new(BIN)
        .arg("--schemas")
        .arg(dir)
        .args(args)
        .args(models)
        .output()
        .unwrap();
    let text =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    (out.status.code(), text)
}

fn sync(dir: &Path, extra: &[&str]) -> (Option<i32>, String) {
    let source = format!("botocore {VERSION}");
    let mut args = vec!["spec", "sync", "--source", source.as_str()];
    args.extend_from_slice(extra);
    run(&args, dir, &models())
}

/// Every file under `dir`, relative, sorted.
fn files(dir: &Path, root: &Path, out: &mut Vec<String>) {
    for entry in std::fs::read_dir(dir).unwrap().map(Result::unwrap) {
        let path = entry.path();
        if path.is_dir() {
            files(&path, root, out);
        } else {
            out.push(path.strip_prefix(root).unwrap().display().to_string());
        }
    }
    out.sort();
}

/// A schemas directory with only the hand-written part of the repository's.
fn hand_written_only() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(repo("schemas/ours.json"), dir.path().join("ours.json")).unwrap();
    let common = dir.path().join("common/errors");
    std::fs::create_dir_all(&common).unwrap();
    for entry in std::fs::read_dir(repo("schemas/common/errors")).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), common.join(entry.file_name())).unwrap();
    }
    dir
}

/// The hand-written part and the documented examples: what a botocore sync starts from.
fn with_examples() -> tempfile::TempDir {
    let dir = hand_written_only();
    let examples = dir.path().join("examples");
    std::fs::create_dir_all(&examples).unwrap();
    for entry in std::fs::read_dir(repo("schemas/examples")).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), examples.join(entry.file_name())).unwrap();
    }
    dir
}

fn sync_examples(dir: &Path) -> (Option<i32>, String) {
    let args = ["spec", "sync", "--source", SMITHY_SOURCE];
    run(&args, dir, &[repo(SMITHY)])
}

#[test]
fn the_committed_models_write_the_repositorys_schemas_byte_for_byte() {
    let dir = hand_written_only();
    let (code, out) = sync_examples(dir.path());
    assert_eq!(code, Some(0), "{out}");
    let examples = dir.path().join("examples/channel.json");
    assert!(
        examples.is_file(),
        "the Smithy model writes its examples: {out}"
    );
    let (code, out) = sync(dir.path(), &[]);
    assert_eq!(code, Some(0), "{out}");
    let (mut ours, mut theirs) = (Vec::new(), Vec::new());
    files(dir.path(), dir.path(), &mut ours);
    files(&repo("schemas"), &repo("schemas"), &mut theirs);
    assert_eq!(ours, theirs, "the same files");
    for rel in &ours {
        let (a, b) = (
            std::fs::read(dir.path().join(rel)).unwrap(),
            std::fs::read(repo("schemas").join(rel)).unwrap(),
        );
        assert!(
            a == b,
            "{rel} differs from what `spec sync` writes: run `cargo run -- spec sync --source \"{SMITHY_SOURCE}\" {SMITHY}`, then `cargo run -- spec sync --source \"botocore {VERSION}\" tests/fixtures/botocore-{VERSION}/partnercentral-*.service-2.json.gz`"
        );
    }
}

/// botocore drops the examples: syncing its models keeps the file the Smithy model wrote, and `--check`
/// does not count it; an examples file that does not read as one is refused naming it.
#[test]
fn a_model_without_examples_leaves_them_as_they_are() {
    let dir = with_examples();
    let before = std::fs::read(dir.path().join("examples/channel.json")).unwrap();
    assert_eq!(sync(dir.path(), &[]).0, Some(0));
    let after = std::fs::read(dir.path().join("examples/channel.json")).unwrap();
    assert_eq!(before, after);
    let (code, out) = sync(dir.path(), &["--check"]);
    assert_eq!(code, Some(0), "{out}");
    std::fs::write(
        dir.path().join("examples/channel.json"),
        r#"{"examples": 3}"#,
    )
    .unwrap();
    let (code, out) = run(&["spec", "diff"], dir.path(), &[models().remove(0)]);
    assert_ne!(code, Some(0), "{out}");
    assert!(
        out.contains("examples/channel.json is not an examples file"),
        "{out}"
    );
}

#[test]
fn syncing_again_changes_nothing_and_diff_then_agrees() {
    let dir = hand_written_only();
    assert_eq!(sync(dir.path(), &[]).0, Some(0));
    let (code, out) = sync(dir.path(), &[]);
    assert_eq!(code, Some(0), "{out}");
    assert!(out.contains("0 file(s) written, 0 removed"), "{out}");
    let (code, out) = sync(dir.path(), &["--check"]);
    assert_eq!(code, Some(0), "{out}");
    for model in models() {
        let (code, out) = run(&["spec", "diff"], dir.path(), &[model]);
        assert_eq!(code, Some(0), "{out}");
    }
}

#[test]
fn check_names_what_a_change_of_the_model_would_rewrite() {
    let dir = hand_written_only();
    assert_eq!(sync(dir.path(), &[]).0, Some(0));
    let stale = dir.path().join("channel/errors/OldException.json");
    std::fs::write(&stale, "{}").unwrap();
    std::fs::write(dir.path().join("channel/definitions.json"), "{}").unwrap();
    let (code, out) = sync(dir.path(), &["--check"]);
    assert_eq!(code, Some(1), "{out}");
    assert!(out.contains("changed  channel/definitions.json"), "{out}");
    assert!(
        out.contains("removed  channel/errors/OldException.json"),
        "{out}"
    );
    assert_eq!(sync(dir.path(), &[]).0, Some(0));
    assert!(!stale.exists());
}

#[test]
fn bad_input_exits_2_naming_the_problem() {
    let empty = tempfile::tempdir().unwrap();
    let (code, out) = sync(empty.path(), &[]);
    assert_eq!(code, Some(2), "{out}");
    assert!(out.contains("ours.json"), "{out}");
    let dir = hand_written_only();
    let other = dir.path().join("other.json");
    std::fs::write(
        &other,
        r#"{"metadata": {"targetPrefix": "Other"}, "operations": {}, "shapes": {}}"#,
    )
    .unwrap();
    let (code, out) = run(&["spec", "sync"], dir.path(), &[other]);
    assert_eq!(code, Some(2), "{out}");
    assert!(out.contains("'Other'"), "{out}");
    let missing = dir.path().join("missing.json");
    let (code, out) = run(&["spec", "sync"], dir.path(), &[missing]);
    assert_eq!(code, Some(2), "{out}");
    assert!(out.contains("cannot read"), "{out}");
}

/// Every file of `dir` equals the repository's `schemas/`, and no file is missing or extra.
fn assert_same_as_repository(dir: &Path, how: &str) {
    let (mut ours, mut theirs) = (Vec::new(), Vec::new());
    files(dir, dir, &mut ours);
    files(&repo("schemas"), &repo("schemas"), &mut theirs);
    assert_eq!(ours, theirs, "{how}: the files");
    for rel in &ours {
        assert_eq!(
            std::fs::read(dir.join(rel)).unwrap(),
            std::fs::read(repo("schemas").join(rel)).unwrap(),
            "{how}: {rel}"
        );
    }
}

/// A copy of the repository's schemas, every file.
fn schemas_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let mut all = Vec::new();
    files(&repo("schemas"), &repo("schemas"), &mut all);
    for rel in all {
        let to = dir.path().join(&rel);
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        std::fs::copy(repo("schemas").join(&rel), to).unwrap();
    }
    dir
}

/// AWS releases one service at a time: syncing one model keeps the other service as it was, so the
/// two synced one after the other, in either order, into an empty directory or over the committed one,
/// write the committed schemas, and the contract loads after each step.
#[test]
fn syncing_one_model_at_a_time_in_either_order_writes_the_same_bytes() {
    let source = format!("botocore {VERSION}");
    let all = models();
    for order in [[0, 1], [1, 0]] {
        for (start, dir) in [
            ("a copy", schemas_copy()),
            ("an empty directory", with_examples()),
        ] {
            for i in order {
                let (code, out) = run(
                    &["spec", "sync", "--source", source.as_str()],
                    dir.path(),
                    std::slice::from_ref(&all[i]),
                );
                assert_eq!(code, Some(0), "{out}");
            }
            assert_same_as_repository(dir.path(), &format!("{start}, order {order:?}"));
        }
    }
    // One service synced over the committed contract: it still loads, with both services.
    let dir = schemas_copy();
    let (code, out) = run(
        &["spec", "sync", "--source", "botocore 9.9.9"],
        dir.path(),
        &all[..1],
    );
    assert_eq!(code, Some(0), "{out}");
    let contract = pcc_conformance::spec::Contract::from_dir(dir.path()).unwrap();
    assert_eq!(contract.catalog.services.len(), 2);
    assert_eq!(
        contract.catalog.model_source,
        format!("channel: botocore 9.9.9; account: botocore {VERSION}")
    );
}

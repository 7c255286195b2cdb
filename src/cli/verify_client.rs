//! `verify-client [OPTIONS] -- CMD ARGS…`: the strict mock around a client's own tests. Starts the
//! mock on a free loopback port, waits until it is healthy, runs CMD with the environment an AWS SDK
//! reads (per-service endpoints, the default principal's keys, a region), stops the mock when CMD
//! ends, writes the client report and exits with what went wrong. With `--curveballs`, CMD runs once
//! plain and once per kind, and a matrix shows which kinds the client did not survive.
use std::{net::SocketAddr, path::PathBuf, process::ExitStatus, time::Duration};

use anyhow::{Context, bail};
use clap::Args;

use super::{
    EXIT_COMMAND_FAILED, EXIT_CURVEBALLS, EXIT_INTERRUPTED, EXIT_NOTHING_VERIFIED, EXIT_OK,
    EXIT_VIOLATIONS,
};
use crate::{
    mock::{
        DEFAULT_PMA_QUOTA, MockConfig, MockServer,
        curveball::{CurveballSpec, Kind},
    },
    report::client::ClientReport,
    wire::{Principal, default_principals, load_principals},
};

#[derive(Debug, Args)]
pub struct VerifyClientArgs {
    /// A JSON array of {"name", "accountId", "accessKeyId", "secretAccessKey"} objects replacing the
    /// default principals; CMD gets the first one's keys.
    #[arg(long, value_name = "FILE")]
    pub principals: Option<PathBuf>,
    /// Where the client report goes (JSON; .md, .xml and .html beside it). With --curveballs, each
    /// kind's report goes beside it, named after the kind.
    #[arg(
        long,
        default_value = "reports/client/client-report.json",
        value_name = "FILE"
    )]
    pub record: PathBuf,
    /// Also keep every exchange whole, as a HAR file beside the report.
    #[arg(long)]
    pub har: bool,
    /// Run CMD once plain, then once per kind with the mock throwing that curveball: 'all', or kinds
    /// (see `mock --help`), with 'share=0.5' and 'seed=N' if wanted.
    #[arg(long, value_name = "KINDS")]
    pub curveballs: Option<String>,
    /// Fail (exit 4) when the client's retries break the SDKs' rules: a retry sooner than
    /// x-amz-retry-after asked, a retry of what cannot be retried, or none of a throttle. Without it
    /// they are listed, not held against the client (its retry mode is its user's choice).
    #[arg(long)]
    pub strict_retries: bool,
    /// Program management accounts allowed per owner and catalog.
    #[arg(long, default_value_t = DEFAULT_PMA_QUOTA, value_name = "N")]
    pub pma_quota: usize,
    /// The command that runs the client's tests, and its arguments.
    #[arg(last = true, required = true, value_name = "CMD")]
    pub command: Vec<String>,
}

/// One run of CMD against a strict mock: how CMD ended and what the mock saw.
struct Round {
    kind: Option<Kind>,
    status: ExitStatus,
    report: ClientReport,
}

impl Round {
    fn name(&self) -> &'static str {
        self.kind.map_or("plain", Kind::name)
    }
}

pub async fn execute(args: VerifyClientArgs, schemas: Option<&PathBuf>) -> anyhow::Result<u8> {
    let principals = match &args.principals {
        Some(path) => load_principals(path)?,
        None => default_principals(),
    };
    if principals.is_empty() {
        bail!("--principals: the file names no principal; CMD needs one's keys");
    }
    let matrix = match &args.curveballs {
        Some(spec) => Some(seeded(
            CurveballSpec::parse(spec).map_err(|e| anyhow::anyhow!("--curveballs: {e}"))?,
        )),
        None => None,
    };
    let mut rounds = Vec::new();
    let kinds: Vec<Option<Kind>> = std::iter::once(None)
        .chain(
            matrix
                .iter()
                .flat_map(|m| m.kinds.iter().copied().map(Some)),
        )
        .collect();
    for kind in kinds {
        let spec = matrix.as_ref().zip(kind).map(|(m, k)| CurveballSpec {
            kinds: vec![k],
            ..m.clone()
        });
        match round(&args, schemas, &principals, kind, spec).await? {
            Some(r) => rounds.push(r),
            None => return Ok(EXIT_INTERRUPTED),
        }
    }
    Ok(verdict(&rounds, matrix.as_ref(), args.strict_retries))
}

/// A spec with a seed: the one given, or a fresh one that is printed so the run can be repeated.
pub(super) fn seeded(mut spec: CurveballSpec) -> CurveballSpec {
    let seed = *spec
        .seed
        .get_or_insert_with(|| u64::from(rand::random::<u32>()));
    println!(
        "curveballs: seed {seed} (add seed={seed} to --curveballs to throw the same ones again)"
    );
    spec
}

/// Starts a strict mock, runs CMD against it, stops the mock and writes the round's report.
/// `None` when the run was interrupted.
async fn round(
    args: &VerifyClientArgs,
    schemas: Option<&PathBuf>,
    principals: &[Principal],
    kind: Option<Kind>,
    curveballs: Option<CurveballSpec>,
) -> anyhow::Result<Option<Round>> {
    let contract = super::contract(schemas)?;
    let config = MockConfig {
        principals: principals.to_vec(),
        pma_quota: args.pma_quota,
        contract: contract.clone(),
        strict: true,
        faults: None,
        capture: args.har,
        curveballs,
    };
    let loopback = SocketAddr::from(([127, 0, 0, 1], 0));
    let server = MockServer::start(config, loopback)
        .await
        .context("cannot start the strict mock on a loopback port")?;
    healthy(&server.url()).await?;
    let label = kind.map_or(String::new(), |k| format!(" (curveball: {})", k.name()));
    println!(
        "verify-client: strict mock on {}{label}; running {}",
        server.url(),
        args.command.join(" ")
    );
    let status = run_command(&args.command, &server.url(), principals).await?;
    let (observations, captures) = server.finish().await;
    let Some(status) = status else {
        println!("interrupted: the command was stopped");
        return Ok(None);
    };
    let source = kind.map_or("strict mock".to_string(), |k| {
        format!("strict mock throwing {}", k.name())
    });
    let report = ClientReport::new(
        &observations,
        &contract.catalog,
        &source,
        env!("CARGO_PKG_VERSION"),
    );
    let path = report_path(&args.record, kind);
    let written = write(&report, &path, captures.as_ref(), principals)?;
    println!("{}", report.summary());
    for o in report
        .operations
        .iter()
        .flat_map(|r| &r.violations)
        .take(20)
    {
        println!("  VIOLATION {}: {}", o.violation.operation, o.violation);
    }
    for p in written {
        println!("report: {}", p.display());
    }
    Ok(Some(Round {
        kind,
        status,
        report,
    }))
}

/// Writes a round's client report at `path` (and its exchanges as HAR beside it, when kept).
fn write(
    report: &ClientReport,
    path: &std::path::Path,
    captures: Option<&crate::wire::capture::Captures>,
    principals: &[Principal],
) -> anyhow::Result<Vec<PathBuf>> {
    let written = crate::report::write_client(report, path)
        .with_context(|| format!("cannot write the client report to {}", path.display()))?;
    if let Some(captures) = captures {
        let secrets = super::har::secrets_of(principals);
        super::har::write_har(&path.with_extension("har"), captures, &secrets)?;
    }
    Ok(written)
}

/// The report of a round: `FILE` for the plain one, `FILE`'s stem with the kind for the others.
fn report_path(record: &std::path::Path, kind: Option<Kind>) -> PathBuf {
    match kind {
        None => record.to_path_buf(),
        Some(k) => {
            let stem = record
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or("client-report");
            record.with_file_name(format!("{stem}.{}.json", k.name()))
        }
    }
}

/// Waits (up to 10 s) until the mock's health check answers.
async fn healthy(url: &str) -> anyhow::Result<()> {
    let http = crate::client::http_builder().build()?;
    for _ in 0..100 {
        let ok = http
            .get(format!("{url}/_mock/health"))
            .send()
            .await
            .is_ok_and(|r| r.status().is_success());
        if ok {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    bail!("the strict mock at {url} did not become healthy within 10 s")
}

/// The environment an AWS SDK reads, pointing at the mock as the first principal; the principals'
/// accounts and keys by name for tests that act as more than one (`PCC_PRINCIPAL_RECEIVER_ACCOUNT_ID`).
fn environment(url: &str, principals: &[Principal]) -> Vec<(String, String)> {
    let first = &principals[0];
    let mut env: Vec<(String, String)> = [
        ("AWS_ENDPOINT_URL", url),
        ("AWS_ENDPOINT_URL_PARTNERCENTRAL_CHANNEL", url),
        ("AWS_ENDPOINT_URL_PARTNERCENTRAL_ACCOUNT", url),
        ("AWS_ACCESS_KEY_ID", &first.access_key_id),
        ("AWS_SECRET_ACCESS_KEY", &first.secret_access_key),
        ("AWS_REGION", "us-east-1"),
        ("AWS_DEFAULT_REGION", "us-east-1"),
        ("AWS_EC2_METADATA_DISABLED", "true"),
        ("PCC_MOCK_URL", url),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    for p in principals {
        let name: String = p
            .name
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() {
                    c.to_ascii_uppercase()
                } else {
                    '_'
                }
            })
            .collect();
        env.push((
            format!("PCC_PRINCIPAL_{name}_ACCOUNT_ID"),
            p.account_id.clone(),
        ));
        env.push((
            format!("PCC_PRINCIPAL_{name}_ACCESS_KEY_ID"),
            p.access_key_id.clone(),
        ));
        env.push((
            format!("PCC_PRINCIPAL_{name}_SECRET_ACCESS_KEY"),
            p.secret_access_key.clone(),
        ));
    }
    env
}

/// What of the caller's environment would point an SDK elsewhere: a session token that does not go
/// with the mock's keys, and a profile.
const CLEARED: [&str; 4] = [
    "AWS_SESSION_TOKEN",
    "AWS_SECURITY_TOKEN",
    "AWS_PROFILE",
    "AWS_DEFAULT_PROFILE",
];

/// Runs CMD to its end with the environment; `None` when interrupted (CMD is stopped then).
async fn run_command(
    command: &[String],
    url: &str,
    principals: &[Principal],
) -> anyhow::Result<Option<ExitStatus>> {
    let mut cmd = tokio::process::Command::new(&command[0]);
    cmd.args(&command[1..]).kill_on_drop(true);
    for k in CLEARED {
        cmd.env_remove(k);
    }
    // No shared config or credentials file: what a developer's profile sets must not reach the test.
    cmd.env("AWS_CONFIG_FILE", null_file())
        .env("AWS_SHARED_CREDENTIALS_FILE", null_file());
    cmd.envs(environment(url, principals));
    let mut child = cmd
        .spawn()
        .with_context(|| format!("cannot run '{}'", command[0]))?;
    tokio::select! {
        status = child.wait() => Ok(Some(status.with_context(|| format!("cannot wait for '{}'", command[0]))?)),
        _ = super::mock::stopped() => {
            let _ = child.kill().await;
            Ok(None)
        }
    }
}

fn null_file() -> &'static str {
    if cfg!(windows) { "NUL" } else { "/dev/null" }
}

/// The variables a client's SDK must read to reach the mock, named when it sent nothing there.
const ENDPOINT_VARIABLES: &str = "AWS_ENDPOINT_URL_PARTNERCENTRAL_CHANNEL, AWS_ENDPOINT_URL_PARTNERCENTRAL_ACCOUNT or AWS_ENDPOINT_URL";

/// How one curveball round came out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum KindOutcome {
    Survived,
    /// The tests gave the kind nothing to change: nothing was learnt of the client.
    NotExercised,
    Failed,
}

impl Round {
    fn outcome(&self) -> KindOutcome {
        match (self.status.success(), self.report.curveballs.is_empty()) {
            (false, _) => KindOutcome::Failed,
            (true, true) if self.kind.is_some() => KindOutcome::NotExercised,
            (true, _) => KindOutcome::Survived,
        }
    }

    fn kinds(rounds: &[Round], outcome: KindOutcome) -> Vec<&'static str> {
        rounds[1..]
            .iter()
            .filter(|r| r.outcome() == outcome)
            .map(Round::name)
            .collect()
    }
}

/// Prints what each round found (and the matrix, with curveballs) and returns the exit status:
/// violations first, then CMD failing against the plain mock, then CMD sending the mock nothing, then a
/// curveball CMD did not survive.
fn verdict(rounds: &[Round], matrix: Option<&CurveballSpec>, strict_retries: bool) -> u8 {
    if matrix.is_some() {
        println!("\n{}", matrix_table(rounds));
    }
    let retry_findings = print_retry_findings(rounds);
    let violations: usize = rounds.iter().map(|r| r.report.violations).sum::<usize>()
        + if strict_retries { retry_findings } else { 0 };
    let plain = &rounds[0];
    let silent = plain.report.requests == 0;
    let failed_kinds = Round::kinds(rounds, KindOutcome::Failed);
    if violations > 0 {
        println!(
            "FAILED: {violations} of the client's requests broke the contract (the report names each)"
        );
    }
    if !plain.status.success() {
        println!(
            "FAILED: the command {} against the plain strict mock",
            exit_text(plain.status)
        );
    }
    if silent {
        println!(
            "FAILED: the command sent no request to the mock, so nothing of the client was verified: its tests skipped everything or called another endpoint; they should read {ENDPOINT_VARIABLES}"
        );
    }
    if !failed_kinds.is_empty() {
        println!(
            "FAILED: the command did not survive these curveballs: {}",
            failed_kinds.join(", ")
        );
    }
    let status = match (
        violations,
        plain.status.success(),
        silent,
        failed_kinds.is_empty(),
    ) {
        (v, ..) if v > 0 => EXIT_VIOLATIONS,
        (_, false, ..) => EXIT_COMMAND_FAILED,
        (_, _, true, _) => EXIT_NOTHING_VERIFIED,
        (.., false) => EXIT_CURVEBALLS,
        _ => EXIT_OK,
    };
    if status == EXIT_OK {
        println!("PASSED: the command passed and every request kept to the contract");
        let idle = Round::kinds(rounds, KindOutcome::NotExercised);
        if !idle.is_empty() {
            println!(
                "NOT EXERCISED: the tests gave these curveballs nothing to change, so whether the client survives them is not known: {}",
                idle.join(", ")
            );
        }
    }
    status
}

/// Each retry that broke the SDKs' rules, by round and call (the first twenty); how many there were.
fn print_retry_findings(rounds: &[Round]) -> usize {
    let found: Vec<(&str, &crate::report::retries::RetryGrade)> = rounds
        .iter()
        .flat_map(|r| r.report.retries.iter().map(move |g| (r.name(), g)))
        .filter(|(_, g)| g.finding.is_some())
        .collect();
    for (round, g) in found.iter().take(20) {
        println!(
            "RETRY {} at {} ms ({round}): {} after {} (waited {}, least allowed {} ms)",
            g.operation,
            g.at_ms,
            g.finding.map_or("", |f| f.says()),
            g.error,
            g.waited_ms.map_or("-".into(), |w| format!("{w} ms")),
            g.floor_ms
        );
    }
    found.len()
}

fn exit_text(status: ExitStatus) -> String {
    match status.code() {
        Some(code) => format!("exited with status {code}"),
        None => "was stopped by a signal".into(),
    }
}

/// Kind → whether CMD passed, how many answers the kind changed, and the client's violations.
fn matrix_table(rounds: &[Round]) -> String {
    let mut out = String::from(
        "| curveball | command | answers changed | client violations | retry findings |\n|---|---|---|---|---|\n",
    );
    for r in rounds {
        let outcome = match r.outcome() {
            KindOutcome::Survived => "passed".to_string(),
            KindOutcome::NotExercised => "not exercised".to_string(),
            KindOutcome::Failed => format!("FAILED ({})", exit_text(r.status)),
        };
        let thrown = match (r.kind, r.report.curveballs.len()) {
            (None, _) => "-".to_string(),
            (Some(_), 0) => "0 (the tests gave it nothing to change)".to_string(),
            (Some(_), n) => n.to_string(),
        };
        out.push_str(&format!(
            "| {} | {outcome} | {thrown} | {} | {} |\n",
            r.name(),
            r.report.violations,
            r.report.retry_findings
        ));
    }
    out
}

//! `run`: the suite against the embedded mock (no `--endpoint`) or an endpoint; writes the report.
use crate::client::credentials::Refreshers;
use std::{net::SocketAddr, path::PathBuf, sync::Arc, time::Duration};

use anyhow::Context;
use clap::{Args, ValueEnum};

use super::{EXIT_FAILED, EXIT_OK, place};
use crate::{
    client::{Client, Target},
    mock::{DEFAULT_PMA_QUOTA, MockConfig, MockServer},
    report::{self, Report},
    runner::{self, EndpointKind, RunConfig, Stop},
    spec::Contract,
    wire::{Principal, default_principals, load_principals, sigv4::Scheme},
};

/// How to judge the endpoint (`--endpoint-kind`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum KindArg {
    /// A mock when `GET /_mock/health` answers as a pcc-conformance mock, else a service.
    Auto,
    /// Judge strictly, run @mock-only scenarios (the endpoint must have the mock's admin API).
    Mock,
    /// Judge as a real service: inferred mismatches are advisory, drift is reported apart.
    Service,
}

#[derive(Debug, Args)]
pub struct RunArgs {
    /// Run only this feature file, or the scenario (or outline row) at FILE:LINE, as a failure is printed.
    #[arg(value_name = "FILE[:LINE]")]
    pub place: Option<String>,
    /// Run only the scenarios whose name matches this regular expression.
    #[arg(long, value_name = "REGEX")]
    pub name: Option<String>,
    /// The endpoint to test: URL for one that serves every service (a mock), SERVICE=URL (channel,
    /// account) for one service; repeatable. A service not named: with --principal, its
    /// AWS_ENDPOINT_URL_PARTNERCENTRAL_<SERVICE>, else AWS_ENDPOINT_URL, else the real service's own;
    /// without --principal or any --endpoint, the embedded mock on an ephemeral port.
    #[arg(long, value_name = "[SERVICE=]URL")]
    pub endpoint: Vec<String>,
    /// Principals file (same format as `mock --principals`).
    #[arg(long, value_name = "FILE", conflicts_with = "principal")]
    pub principals: Option<PathBuf>,
    /// A principal from the AWS credential chain: NAME=PROFILE, NAME=env or NAME=default, then @ACCOUNT_ID.
    /// Repeat for each (sender, receiver, outsider).
    #[arg(long, value_name = "NAME=SOURCE[@ACCOUNT]")]
    pub principal: Vec<crate::client::credentials::PrincipalSource>,
    /// The person an invitation from principal NAME names: NAME=EMAIL or "NAME=Full Name <EMAIL>".
    /// Against a real endpoint, invitation scenarios run only for principals with a contact.
    #[arg(long, value_name = "NAME=EMAIL")]
    pub contact: Vec<crate::wire::principal::ContactArg>,
    /// A tag expression selecting scenarios, e.g. '@pma and not @pagination'.
    #[arg(long, value_name = "EXPR")]
    pub tags: Option<String>,
    /// Feature directory; default: the features built into the binary (a ./features folder of the
    /// working directory is not read unless named here).
    #[arg(long, value_name = "DIR")]
    pub features: Option<PathBuf>,
    /// Where the report files go.
    #[arg(long, default_value = "reports", value_name = "DIR")]
    pub report_dir: PathBuf,
    /// Also write every exchange (retries included) as HAR 1.2, secrets redacted.
    #[arg(long, value_name = "FILE")]
    pub har: Option<PathBuf>,
    /// Fail the run when it checked less than PCT percent of the contract, of behaviour or of what only
    /// injections bring about (see the report's coverage).
    #[arg(long, value_name = "PCT", value_parser = percentage)]
    pub min_coverage: Option<f64>,
    /// The catalog scenarios use.
    #[arg(long, default_value = "Sandbox")]
    pub catalog: String,
    /// The region every signature is scoped to; default: each service's own signing region from the
    /// catalog (the global endpoints are signed for us-east-1), whatever a profile's region is.
    #[arg(long)]
    pub region: Option<String>,
    /// sigv4 or sigv4a; a service whose model does not list SigV4a is signed with SigV4.
    #[arg(long, default_value = "sigv4")]
    pub signing: Scheme,
    /// Scenarios run at once, besides one per family of resources held alone (connections,
    /// handshakes, program management accounts); 1 runs every scenario one after another.
    #[arg(long, default_value_t = 8, value_name = "N")]
    pub concurrency: usize,
    /// Print every step as it runs.
    #[arg(long, short)]
    pub verbose: bool,
    /// Run @mutating scenarios against the AWS (production) catalog.
    #[arg(long)]
    pub allow_production: bool,
    /// At most N requests a second.
    #[arg(long, value_name = "N")]
    pub rate: Option<f64>,
    /// Attempts per call, retries included (throttling, internal errors, 5xx, connection errors).
    #[arg(long, default_value_t = 4, value_name = "N")]
    pub attempts: u32,
    /// What the endpoint is: auto (ask its /_mock/health), mock or service.
    #[arg(long, value_enum, default_value_t = KindArg::Auto, value_name = "KIND")]
    pub endpoint_kind: KindArg,
    /// Fail the run on drift (response members or enum values the model lacks) against a service too.
    #[arg(long)]
    pub strict_drift: bool,
    /// Seconds one request may take before it counts as unanswered (and is retried).
    #[arg(long, default_value_t = 30.0, value_name = "SECS", value_parser = positive_seconds)]
    pub request_timeout: f64,
    /// Seconds the whole run may take; past it, the run stops, cleans up and fails (calls under way
    /// get up to --request-timeout to finish, so that what they create is deleted too).
    #[arg(long, value_name = "SECS", value_parser = positive_seconds)]
    pub deadline: Option<f64>,
    /// Call nothing: list, per principal and catalog, the resources the selected scenarios would create
    /// and the operations they would call, and what would be skipped and why.
    #[arg(long)]
    pub plan: bool,
    /// Draw every value the scenarios make up (names, account ids, idempotency tokens) from this seed;
    /// each run prints its seed, so any run can be repeated. Against a service, the same seed within 24
    /// hours sends the same client tokens, which the service answers as replays.
    #[arg(long, value_name = "N")]
    pub seed: Option<u64>,
    /// Record what each scenario exchanged into DIR, run-specific values placed (ids, accounts by role,
    /// timestamps, tokens, made-up names): a snapshot another endpoint is compared with.
    #[arg(long, value_name = "DIR", conflicts_with = "compare")]
    pub record: Option<PathBuf>,
    /// Compare each scenario with its snapshot in DIR (made with --record): every difference is a
    /// parity gap, which fails the run unless DIR/known-gaps.json lists it.
    #[arg(long, value_name = "DIR")]
    pub compare: Option<PathBuf>,
    /// Fail only on failures, errors and advisories FILE does not list (made with --baseline-update).
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
    /// Write this run's failures, errors and advisories to FILE as its baseline.
    #[arg(long, value_name = "FILE")]
    pub baseline_update: Option<PathBuf>,
}

fn percentage(s: &str) -> Result<f64, String> {
    match s.trim_end_matches('%').parse::<f64>() {
        Ok(v) if (0.0..=100.0).contains(&v) => Ok(v),
        _ => Err(format!("'{s}' is not a percentage from 0 to 100")),
    }
}

fn positive_seconds(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(v) if v > 0.0 && v.is_finite() => Ok(v),
        _ => Err(format!("'{s}' is not a positive number of seconds")),
    }
}

pub async fn execute(args: RunArgs, schemas: Option<&PathBuf>) -> anyhow::Result<u8> {
    let contract = super::contract(schemas)?;
    runner::tag_filter(args.tags.as_deref())?;
    let chosen = only(&args)?;
    let (principals, credentials) = principals(&args).await?;
    warn_about_signing(&args, &contract);
    let region = args.region.clone();
    let probe_region = region.clone().unwrap_or_else(|| "us-east-1".into());
    let (endpoint, service_endpoints) =
        endpoint(&args, &contract, &|name| std::env::var(name).ok())?;
    // The built-in features are written to a folder of their own, removed when the run ends.
    let (features, _extracted) = features(&args, &chosen)?;
    let comparing = super::parity::load(&args)?;
    if args.plan {
        return print_plan(&args, &contract, &features, &principals, endpoint.is_none());
    }
    let mock = match &endpoint {
        Some(_) => None,
        None => Some(embedded_mock(&principals, &contract).await?),
    };
    let (endpoint, endpoint_kind, endpoint_kind_reason) =
        target(&args, endpoint, mock.as_ref(), &probe_region).await?;
    the_roles_are_played(&args, &principals, endpoint_kind)?;
    let deadline = args.deadline.map(Duration::from_secs_f64);
    let config = RunConfig {
        endpoint,
        endpoint_kind,
        endpoint_kind_reason,
        strict_drift: args.strict_drift,
        request_timeout: Duration::from_secs_f64(args.request_timeout),
        principals,
        region,
        features,
        service_endpoints,
        only: chosen,
        credentials,
        ..from_flags(&args, &contract)
    };
    print_seed(&config, args.seed.is_some());
    let captures = config.captures.clone();
    let secrets = super::har::secrets_of(&config.principals);
    let unreachable = match &mock {
        Some(_) => None,
        None => unreachable(&config).await,
    };
    let outcome = runner::run_until(config, async move {
        match unreachable {
            Some(u) => Stop::Unreachable(u),
            None => stop(deadline).await,
        }
    })
    .await?;
    if let (Some(path), Some(captures)) = (&args.har, captures) {
        super::har::write_har(path, &captures, &secrets)?;
    }
    if let Some(m) = mock {
        m.shutdown().await;
    }
    let mut report = Report::new(&outcome, &contract, env!("CARGO_PKG_VERSION"));
    super::parity::after(&args, &outcome, comparing, &mut report)?;
    let written = report::write_all(&report, &args.report_dir)
        .with_context(|| format!("cannot write the report to {}", args.report_dir.display()))?;
    print_summary(&report, &written);
    Ok(exit_status(&report, args.min_coverage))
}

/// Whether the run checked less than `min` percent of what it can provoke: the behaviour a service
/// shows, and against a mock also what only the mock's injections bring about (a service injects
/// nothing, so that set is not held against it); prints what was never checked of each set short.
fn coverage_short(c: &crate::report::coverage::Coverage, min: f64, kind: EndpointKind) -> bool {
    let behaviour = c.percent < min;
    let injection = kind == EndpointKind::Mock && c.injection.percent < min;
    if kind == EndpointKind::Service {
        println!(
            "coverage: {}% of the behaviour a service can show ({} of {} facets) against --min-coverage {min}%; the {} facets only the mock's injections reach are not applicable to a service",
            c.percent, c.exercised, c.total, c.injection.total
        );
    }
    if behaviour {
        println!(
            "FAILED coverage: the run checked {}% of the reachable contract a run can provoke ({} of {} facets), under --min-coverage {min}%; never checked:",
            c.percent, c.exercised, c.total
        );
        for o in &c.operations {
            for facet in &o.never {
                println!("  {}: {facet}", o.operation);
            }
        }
    }
    if injection {
        println!(
            "FAILED coverage: the run checked {}% of the facets only an injection brings about ({} of {}), under --min-coverage {min}%; never checked:",
            c.injection.percent, c.injection.exercised, c.injection.total
        );
        for o in &c.operations {
            for facet in &o.injection_never {
                println!("  {}: {facet}", o.operation);
            }
        }
    }
    behaviour || injection
}

/// How the run ends: something left behind (whatever else happened), interrupted, failed (a failure, or
/// less coverage than asked for), or passed.
fn exit_status(report: &Report, min_coverage: Option<f64>) -> u8 {
    let interrupted = report
        .runner_errors
        .iter()
        .any(|e| e.contains("interrupted"));
    if interrupted {
        return if report.leftovers.is_empty() {
            super::EXIT_INTERRUPTED
        } else {
            super::EXIT_LEFTOVERS
        };
    }
    let kind = report.run.endpoint_kind;
    let short = min_coverage.filter(|min| coverage_short(&report.coverage, *min, kind));
    if !report.leftovers.is_empty() {
        super::EXIT_LEFTOVERS
    } else if report.failed() || short.is_some() {
        EXIT_FAILED
    } else {
        EXIT_OK
    }
}

/// Why the embedded mock is judged as a mock.
const EMBEDDED: &str = "the embedded mock";

/// The endpoint the run talks to (the one given, or the embedded mock's), its kind and why.
async fn target(
    args: &RunArgs,
    endpoint: Option<String>,
    mock: Option<&MockServer>,
    region: &str,
) -> anyhow::Result<(String, EndpointKind, String)> {
    match (endpoint, mock) {
        (_, Some(m)) => Ok((m.url(), EndpointKind::Mock, EMBEDDED.to_string())),
        (Some(e), None) => {
            let (kind, reason) = endpoint_kind(args.endpoint_kind, &e, region).await?;
            Ok((e, kind, reason))
        }
        (None, None) => {
            anyhow::bail!("no endpoint: give --endpoint, or let the run start the mock")
        }
    }
}

/// What the flags set directly (the rest is resolved by `execute`).
fn from_flags(args: &RunArgs, contract: &Arc<Contract>) -> RunConfig {
    RunConfig {
        catalog: args.catalog.clone(),
        scheme: args.signing,
        tags: args.tags.clone(),

        concurrency: args.concurrency,
        verbose: args.verbose,
        allow_production: args.allow_production,
        rate: args.rate,
        retry: crate::client::RetryPolicy {
            max_attempts: args.attempts.max(1),
            ..crate::client::RetryPolicy::STANDARD
        },
        captures: args.har.as_ref().map(|_| Default::default()),
        seed: args.seed.unwrap_or_else(runner::generate::fresh_seed),
        ..RunConfig::for_mock(String::new(), PathBuf::new(), contract.clone())
    }
}

/// The run's seed, first, so that any run can be repeated; a warning where repeating it replays tokens.
fn print_seed(config: &RunConfig, given: bool) {
    println!(
        "seed {} (run again with --seed {} for the same made-up values)",
        config.seed, config.seed
    );
    if given && config.endpoint_kind == runner::EndpointKind::Service {
        eprintln!(
            "warning: --seed against a service sends the client tokens of any earlier run with this seed; within 24 hours the service answers those calls as replays"
        );
    }
}

/// The scenarios chosen by `FILE[:LINE]` and `--name`.
fn only(args: &RunArgs) -> anyhow::Result<runner::Only> {
    let mut only = match &args.place {
        Some(place) => runner::Only::at(place).map_err(|e| anyhow::anyhow!(e))?,
        None => runner::Only::default(),
    };
    if let Some(pattern) = &args.name {
        let re = regex::Regex::new(pattern)
            .map_err(|e| anyhow::anyhow!("--name {pattern}: not a regular expression: {e}"))?;
        only.name = Some(re);
    }
    Ok(only)
}

/// Against a mock every scenario is played, so the principals must include every role the built-in
/// features act as (against a service, a scenario needing a missing one is skipped, saying why).
fn the_roles_are_played(
    args: &RunArgs,
    principals: &[Principal],
    kind: EndpointKind,
) -> anyhow::Result<()> {
    let missing: Vec<String> = runner::cast::roles()
        .into_iter()
        .filter(|role| !principals.iter().any(|p| &p.name == role))
        .collect();
    if missing.is_empty() || kind != EndpointKind::Mock || args.features.is_some() {
        return Ok(());
    }
    let given = match &args.principals {
        Some(path) => format!("--principals {}", path.display()),
        None => "--principal".to_string(),
    };
    anyhow::bail!(
        "{given} names no principal {}: the built-in features act as {}, and against a mock every scenario is played; add them (docs/cli.md, Default principals)",
        missing.join(", "),
        runner::cast::roles().join(", ")
    )
}

/// An endpoint of the run that nothing answers at, said once (asked only of a given endpoint).
async fn unreachable(config: &RunConfig) -> Option<crate::client::Unreachable> {
    let mut endpoints: Vec<&str> = std::iter::once(config.endpoint.as_str())
        .chain(config.service_endpoints.values().map(String::as_str))
        .collect();
    endpoints.sort();
    endpoints.dedup();
    crate::client::first_unreachable(&endpoints, Duration::from_secs(5)).await
}

/// Resolves when the run must stop: a signal, the deadline.
async fn stop(deadline: Option<Duration>) -> Stop {
    let deadline = async {
        match deadline {
            Some(d) => {
                tokio::time::sleep(d).await;
                Stop::Deadline(d)
            }
            None => std::future::pending().await,
        }
    };
    tokio::select! {
        _ = super::mock::stopped() => Stop::Interrupted,
        why = deadline => why,
    }
}

/// The principals: from the credential chain (`--principal`, with how each session is renewed), a
/// file, or the mock's defaults.
async fn principals(args: &RunArgs) -> anyhow::Result<(Vec<Principal>, Refreshers)> {
    let (mut principals, refreshers) = credentialed(args).await?;
    crate::wire::principal::apply_contacts(&mut principals, &args.contact)
        .map_err(|e| anyhow::anyhow!(e))?;
    Ok((principals, refreshers))
}

/// The principals with their credentials, before contacts are given to them.
async fn credentialed(args: &RunArgs) -> anyhow::Result<(Vec<Principal>, Refreshers)> {
    if args.principal.is_empty() {
        let principals = match &args.principals {
            Some(path) => load_principals(path)?,
            None => default_principals(),
        };
        return Ok((principals, Refreshers::new()));
    }
    let mut resolved = Vec::new();
    let mut refreshers = Refreshers::new();
    for source in &args.principal {
        let r = source.resolve().await?;
        refreshers.insert(r.principal.name.clone(), r.refreshing);
        resolved.push(r.principal);
    }
    crate::wire::principal::validate_principals(&resolved)
        .map_err(|e| anyhow::anyhow!("--principal: {e}"))?;
    Ok((resolved, refreshers))
}

type ServiceEndpoints = std::collections::BTreeMap<String, String>;

/// The environment variable an AWS SDK reads for one service's endpoint.
pub fn endpoint_variable(service: &str) -> String {
    format!("AWS_ENDPOINT_URL_PARTNERCENTRAL_{}", service.to_uppercase())
}

/// The endpoint to test first (none: the embedded mock; its health says what it is) and each service's.
/// Per service: `--endpoint SERVICE=URL`, else a bare `--endpoint URL`; with real credentials, else the
/// service's variable as the SDKs read it, `AWS_ENDPOINT_URL`, or the service's own endpoint.
fn endpoint(
    args: &RunArgs,
    contract: &Contract,
    env: &dyn Fn(&str) -> Option<String>,
) -> anyhow::Result<(Option<String>, ServiceEndpoints)> {
    let services = &contract.catalog.services;
    let mut named = ServiceEndpoints::new();
    let mut bare = None;
    for given in &args.endpoint {
        match given.split_once('=') {
            Some((service, url)) if !service.contains('/') => {
                anyhow::ensure!(
                    services.contains_key(service),
                    "--endpoint {given}: '{service}' is not a service of the contract ({})",
                    services.keys().cloned().collect::<Vec<_>>().join(", ")
                );
                named.insert(service.to_string(), url.to_string());
            }
            _ => bare = Some(given.clone()),
        }
    }
    if args.endpoint.is_empty() && args.principal.is_empty() {
        return Ok((None, ServiceEndpoints::new()));
    }
    let mut resolved = ServiceEndpoints::new();
    for (key, service) in services {
        let url = named.get(key).cloned().or(bare.clone());
        let url = match url {
            Some(u) => u,
            None if args.principal.is_empty() => continue,
            None => env(&endpoint_variable(key))
                .or_else(|| env("AWS_ENDPOINT_URL"))
                .unwrap_or_else(|| service.endpoint.clone()),
        };
        anyhow::ensure!(
            url.starts_with("http://") || url.starts_with("https://"),
            "the endpoint '{url}' of {key} is not an http(s) URL"
        );
        resolved.insert(key.clone(), url);
    }
    // The first service of the catalog (Channel) is where the admin API and the health check go.
    let first_service = contract.catalog.operations.first().map(|op| &op.service);
    let first = bare
        .clone()
        .or_else(|| first_service.and_then(|s| resolved.get(s)).cloned())
        .or_else(|| resolved.values().next().cloned())
        .ok_or_else(|| anyhow::anyhow!("--endpoint names no service the run can reach"))?;
    Ok((Some(first), resolved))
}

/// Warns where the signing asked for is not what the catalog says a service takes.
fn warn_about_signing(args: &RunArgs, contract: &Contract) {
    for (key, service) in &contract.catalog.services {
        if let Some(region) = args
            .region
            .as_deref()
            .filter(|r| *r != service.signing_region)
        {
            eprintln!(
                "warning: --region {region}: {key} is signed for {region}, though the catalog says its endpoint takes {}",
                service.signing_region
            );
        }
        if runner::scheme_for(args.signing, service) != args.signing {
            eprintln!(
                "warning: --signing {}: {key}'s model lists only {}, so it is signed with SigV4",
                args.signing,
                service.auth_schemes.join(", ")
            );
        }
    }
}

/// The feature directory: `--features`, or the features built into the binary. A `./features` folder of
/// the working directory (an SDK repository's own Cucumber or behave features, say) is never picked up
/// unasked. The built-in ones go to a temporary folder, deleted when the second value is dropped.
fn features(
    args: &RunArgs,
    chosen: &runner::Only,
) -> anyhow::Result<(PathBuf, Option<tempfile::TempDir>)> {
    let features = args.features.as_deref();
    let source = match &chosen.file {
        Some(file) => place::resolve(file, chosen.line, features, runner::embedded_features())
            .map_err(anyhow::Error::msg)?,
        None => place::Source::BuiltIn,
    };
    if let (place::Source::Disk { root }, Some(file)) = (&source, &chosen.file) {
        println!(
            "running {file} from disk (its features folder {}), not the built-in copy",
            root.display()
        );
        return Ok((root.clone(), None));
    }
    match &args.features {
        Some(dir) => {
            anyhow::ensure!(
                dir.is_dir(),
                "features directory {} does not exist",
                dir.display()
            );
            Ok((dir.clone(), None))
        }
        None => {
            let temp = tempfile::Builder::new()
                .prefix("pcc-conformance-features-")
                .tempdir()
                .context("cannot make a temporary directory for the built-in features")?;
            let dir = temp.path().to_path_buf();
            runner::extract_embedded_features(&dir)
                .context("cannot write the built-in features to a temporary directory")?;
            Ok((dir, Some(temp)))
        }
    }
}

pub(super) async fn embedded_mock(
    principals: &[Principal],
    contract: &Arc<Contract>,
) -> anyhow::Result<MockServer> {
    let config = MockConfig {
        principals: principals.to_vec(),
        pma_quota: DEFAULT_PMA_QUOTA,
        contract: contract.clone(),
        ..MockConfig::default()
    };
    MockServer::start(config, SocketAddr::from(([127, 0, 0, 1], 0)))
        .await
        .context("cannot start the embedded mock")
}

/// The kind of a given endpoint: as `--endpoint-kind` says, or what its health check answers.
pub async fn endpoint_kind(
    arg: KindArg,
    endpoint: &str,
    region: &str,
) -> anyhow::Result<(EndpointKind, String)> {
    Ok(match arg {
        KindArg::Mock => (EndpointKind::Mock, "--endpoint-kind mock".into()),
        KindArg::Service => (EndpointKind::Service, "--endpoint-kind service".into()),
        KindArg::Auto => {
            let client = Client::new(Target::single(endpoint, region, Scheme::SigV4))?;
            runner::verdict::detect(&client).await
        }
    })
}

/// `run --plan`: what the run would do, with no call made. Without an endpoint the run would start the
/// embedded mock; with one, it is planned as a service unless `--endpoint-kind mock` says otherwise
/// (asking the endpoint's health would be a call).
fn print_plan(
    args: &RunArgs,
    contract: &Contract,
    features: &std::path::Path,
    principals: &[Principal],
    embedded: bool,
) -> anyhow::Result<u8> {
    let filter = runner::tag_filter(args.tags.as_deref())?;
    let selected = |tags: &[String]| {
        use cucumber::tag::Ext as _;
        filter.as_ref().is_none_or(|f| f.eval(tags.iter()))
    };
    let against_mock = embedded || args.endpoint_kind == KindArg::Mock;
    let rules = runner::Rules {
        against_mock,
        mutations_allowed: args.catalog != "AWS" || args.allow_production,
        principals,
    };
    let skip = |tags: &[String], named: &[String]| rules.skip(tags, named);
    let plan = runner::plan::plan(features, contract, &args.catalog, &selected, &skip)
        .map_err(|e| anyhow::anyhow!(e))?;
    let kind = if against_mock { "a mock" } else { "a service" };
    println!("plan for {kind}, catalog {}:", args.catalog);
    print!("{}", runner::plan::text(&plan));
    Ok(EXIT_OK)
}

/// Per principal the run was not given, how many skipped scenarios name it first.
fn waiting_for_accounts(report: &Report) -> std::collections::BTreeMap<String, usize> {
    let mut waiting = std::collections::BTreeMap::new();
    for s in &report.scenarios {
        let principal = s
            .skip_reason()
            .and_then(|r| r.strip_prefix("needs principal '"))
            .and_then(|r| r.split('\'').next());
        if let Some(p) = principal {
            *waiting.entry(p.to_string()).or_insert(0) += 1;
        }
    }
    waiting
}

/// The failures, with their violations, then the totals and where the report went.
fn print_summary(report: &Report, written: &[PathBuf]) {
    print_failures(report);
    print_totals(report);
    for e in &report.runner_errors {
        println!("runner error: {e}");
    }
    print_leftovers(report);
    for p in written {
        println!("report: {}", p.display());
    }
}

/// Each scenario that ended in error or failed, as a line to pass back to `run`.
fn print_failures(report: &Report) {
    use crate::runner::Status;
    for s in report
        .scenarios
        .iter()
        .filter(|s| s.status() == Status::Error)
    {
        let why = s.failure().map_or("", |f| f.message.as_str());
        println!("ERROR {}:{} {} — {why}", s.feature_path, s.line, s.name);
    }
    for s in report
        .scenarios
        .iter()
        .filter(|s| s.status() == Status::Failed)
    {
        let why = s
            .failure()
            .as_ref()
            .map(|f| {
                let last = f.message.lines().last().unwrap_or_default();
                format!("[{}] {last}", f.basis)
            })
            .unwrap_or_default();
        println!("FAILED {}:{} {} — {why}", s.feature_path, s.line, s.name);
        for v in &s.violations {
            println!("    {} {v}", v.operation);
        }
    }
}

/// The totals line, the endpoint, and what more accounts would run.
fn print_totals(report: &Report) {
    let t = &report.totals;
    let parity = report.parity.as_ref().map_or(String::new(), |p| {
        format!(
            "; {} parity gaps ({} known) in {} of {} recorded scenarios",
            p.gaps.len(),
            p.known.len(),
            p.compared,
            p.snapshots
        )
    });
    println!(
        "{} scenarios: {} passed, {} failed, {} error, {} skipped, {} advisory, {} drift; {} contract violations{parity}; {} ms",
        t.scenarios,
        t.passed,
        t.failed,
        t.errors,
        t.skipped,
        t.advisory,
        t.drift,
        t.violations,
        report.run.duration_ms
    );
    print_parity(report);
    if report.nothing_judged() {
        println!(
            "NOTHING PASSED: not one scenario came to a verdict on the endpoint, so the run fails whatever its baseline says"
        );
    }
    println!(
        "endpoint: {} ({}: {})",
        report.run.endpoint, report.run.endpoint_kind, report.run.endpoint_kind_reason
    );
    for (principal, count) in waiting_for_accounts(report) {
        println!(
            "another account as principal '{principal}' would run {count} more scenario(s) (--principal {principal}=PROFILE@ACCOUNT)"
        );
    }
}

/// Each parity gap not yet known, and how the run stands against its baseline.
fn print_parity(report: &Report) {
    for g in report.parity.iter().flat_map(|p| &p.gaps) {
        println!(
            "PARITY GAP {} — call {}: {} recorded {} now {}",
            g.scenario, g.call, g.path, g.recorded, g.now
        );
    }
    if let Some(b) = &report.baseline {
        println!(
            "baseline {}: {} known finding(s) still found, {} new, {} fixed or not run (--baseline-update drops them)",
            b.file,
            b.known,
            b.new.len(),
            b.fixed.len()
        );
        for f in &b.new {
            println!("NEW {} {} — {}: {}", f.kind, f.scenario, f.check, f.reason);
        }
    }
}

/// What the cleanup could not delete, each by its id and undo.
fn print_leftovers(report: &Report) {
    for l in &report.leftovers {
        println!(
            "LEFT BEHIND {} (undo: {}): {}",
            l.identifier, l.operation, l.reason
        );
    }
    if !report.leftovers.is_empty() {
        println!(
            "{} resource(s) the cleanup could not delete are listed above and under leftovers in report.json",
            report.leftovers.len()
        );
    }
}

#[cfg(test)]
mod tests {
    use clap::Parser;

    use super::*;

    fn args(line: &[&str]) -> RunArgs {
        let cli =
            crate::cli::Cli::try_parse_from(["pcc-conformance", "run"].iter().chain(line.iter()))
                .unwrap();
        match cli.command {
            crate::cli::Command::Run(a) => *a,
            other => panic!("not run: {other:?}"),
        }
    }

    fn resolve(
        line: &[&str],
        env: &[(&str, &str)],
    ) -> anyhow::Result<(Option<String>, ServiceEndpoints)> {
        let env: std::collections::HashMap<String, String> = env
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        endpoint(&args(line), &Contract::embedded(), &|k| env.get(k).cloned())
    }

    #[test]
    fn each_service_has_its_endpoint_from_the_flags_then_the_sdks_variables() {
        let (first, each) = resolve(
            &["--principal", "sender=default@111122223333"],
            &[
                (
                    "AWS_ENDPOINT_URL_PARTNERCENTRAL_ACCOUNT",
                    "http://account:1",
                ),
                ("AWS_ENDPOINT_URL", "http://both:2"),
            ],
        )
        .unwrap();
        assert_eq!(each["account"], "http://account:1");
        assert_eq!(each["channel"], "http://both:2");
        assert_eq!(
            first.as_deref(),
            Some("http://both:2"),
            "the admin API goes to Channel's"
        );
        let (_, each) = resolve(
            &[
                "--endpoint",
                "http://mock:3",
                "--endpoint",
                "account=http://other:4",
            ],
            &[(
                "AWS_ENDPOINT_URL_PARTNERCENTRAL_CHANNEL",
                "http://ignored:5",
            )],
        )
        .unwrap();
        assert_eq!(each["channel"], "http://mock:3");
        assert_eq!(each["account"], "http://other:4");
        let (_, each) = resolve(&["--principal", "sender=default@111122223333"], &[]).unwrap();
        assert_eq!(
            each["account"],
            "https://partnercentral-account.global.api.aws"
        );
        assert_eq!(resolve(&[], &[]).unwrap(), (None, ServiceEndpoints::new()));
    }

    #[test]
    fn an_unknown_service_or_a_url_that_is_not_http_is_refused_by_name() {
        let e = resolve(&["--endpoint", "selling=http://x:1"], &[]).unwrap_err();
        assert!(e.to_string().contains("'selling' is not a service"), "{e}");
        let e = resolve(&["--endpoint", "ftp://x"], &[]).unwrap_err();
        assert!(e.to_string().contains("not an http(s) URL"), "{e}");
    }
}

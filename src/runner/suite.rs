//! Runs the selected scenarios of the feature suite with cucumber, judges each one, and cleans up.
use std::{
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};

use cucumber::{
    World as _, WriterExt as _,
    event::ScenarioFinished,
    gherkin::{self, Feature, Rule, Scenario},
    runner::ScenarioType,
    tag::Ext as _,
};

use super::{
    CHECK_KINDS, ConformanceWorld, RunConfig, RunContext, RunError, RunOutcome, ScenarioOutcome,
    cleanup, exclusion,
    generate::Generator,
    outcome::{self, Leftover, ScenarioMeta, Verdict},
    progress::Progress,
    verdict::{self, Basis, Ending, Found, Judging, Steps},
    world,
};

/// Why a run ended before its scenarios did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stop {
    /// Ctrl-C or SIGTERM.
    Interrupted,
    /// The run's `--deadline` passed.
    Deadline(Duration),
    /// Nothing answers at an endpoint the run needs: there is nothing to judge.
    Unreachable(crate::client::Unreachable),
}

impl Stop {
    /// Why the run stopped, and what became of what it had created (`left` could not be deleted).
    fn message(&self, left: usize) -> String {
        let why = match self {
            Stop::Interrupted => "the run was interrupted".to_string(),
            Stop::Deadline(d) => format!("the run passed its deadline of {} s", d.as_secs()),
            Stop::Unreachable(u) => {
                return format!("the run could not judge anything: {u}; is the endpoint running?");
            }
        };
        match left {
            0 => format!("{why}; what it had created was deleted"),
            n => format!(
                "{why}; {n} of what it had created could not be deleted (each is listed as left behind), the rest was"
            ),
        }
    }
}

/// What the hooks of one run write into.
#[derive(Clone, Default)]
struct Collected {
    outcomes: Arc<Mutex<Vec<ScenarioOutcome>>>,
    leftovers: Arc<Mutex<Vec<Leftover>>>,
}

/// Runs every selected scenario until they are done or `stop` resolves; either way, deletes what the
/// run created before returning.
pub async fn run_until(
    config: RunConfig,
    stop: impl std::future::Future<Output = Stop>,
) -> Result<RunOutcome, RunError> {
    if !config.features.exists() {
        return Err(RunError::Features(config.features.display().to_string()));
    }
    let filter = tag_filter(config.tags.as_deref())?;
    let ctx = RunContext::new(&config)?;
    let started_at = crate::wire::iso8601(time::OffsetDateTime::now_utc());
    let started = Instant::now();
    let collected = Collected::default();
    let progress = Progress::new(!config.verbose);
    let suite = suite(&config, &ctx, &collected, &progress, filter);
    let mut runner_errors = Vec::new();
    let stopped = tokio::select! {
        // A stop already due (nothing answers at the endpoint) comes before any scenario starts.
        biased;
        why = stop => Some(why),
        writer = suite => {
            use cucumber::writer::Stats as _;
            if writer.parsing_errors() > 0 {
                runner_errors.push(format!("{} feature file(s) could not be parsed", writer.parsing_errors()));
            }
            if writer.hook_errors() > 0 {
                runner_errors.push(format!("{} hook(s) failed", writer.hook_errors()));
            }
            None
        }
    };
    progress.finish();
    let left = clean_up_the_rest(&ctx, stopped.is_some()).await;
    let mut leftovers = collected
        .leftovers
        .lock()
        .map(|l| l.clone())
        .unwrap_or_default();
    leftovers.extend(left);
    runner_errors.extend(stopped.as_ref().map(|s| s.message(leftovers.len())));
    let mut scenarios = collected
        .outcomes
        .lock()
        .map(|o| o.clone())
        .unwrap_or_default();
    scenarios.sort_by(|a, b| (&a.feature_path, a.line).cmp(&(&b.feature_path, b.line)));
    if scenarios.is_empty() && stopped.is_none() {
        runner_errors.push("no scenario was selected".into());
    }
    Ok(RunOutcome {
        endpoint: config.endpoint,
        against_mock: ctx.against_mock,
        seed: config.seed,
        endpoint_kind: config.endpoint_kind,
        endpoint_kind_reason: config.endpoint_kind_reason,
        catalog: config.catalog,
        region: ctx.client.target().region.clone(),
        services: reach(&ctx),
        started_at,
        duration: started.elapsed(),
        scenarios,
        leftovers,
        runner_errors,
    })
}

pub fn tag_filter(expr: Option<&str>) -> Result<Option<gherkin::tagexpr::TagOperation>, RunError> {
    expr.map(|e| {
        e.parse::<gherkin::tagexpr::TagOperation>().map_err(|err| {
            let mut expected: Vec<&str> = err.expected.tokens().collect();
            expected.sort();
            let at = err.location.offset;
            RunError::Tags(
                e.to_string(),
                format!(
                    "expected {} at column {}\n  {e}\n  {}^",
                    expected.join(", "),
                    err.location.column,
                    " ".repeat(e[..at.min(e.len())].chars().count())
                ),
            )
        })
    })
    .transpose()
}

/// Calls under way when the run stopped finish their current attempt first (at most one request
/// timeout), so that what they created is known; then whatever is still recorded as live is deleted.
async fn clean_up_the_rest(ctx: &Arc<RunContext>, stopped: bool) -> Vec<Leftover> {
    if stopped {
        ctx.client.set_retrying(false);
    }
    ctx.settle(ctx.client.timeout() + Duration::from_secs(2))
        .await;
    ctx.client.set_retrying(true);
    let remaining: Vec<world::Created> = ctx
        .live
        .lock()
        .map(|mut l| std::mem::take(&mut *l))
        .unwrap_or_default();
    cleanup::undo(ctx, remaining).await
}

/// The cucumber run, with hooks that hand each scenario the run's context and judge it when done.
fn suite(
    config: &RunConfig,
    ctx: &Arc<RunContext>,
    collected: &Collected,
    progress: &Progress,
    filter: Option<gherkin::tagexpr::TagOperation>,
) -> impl std::future::Future<Output = impl cucumber::writer::Stats<ConformanceWorld>> {
    let (before_ctx, after_ctx, skip_ctx) = (ctx.clone(), ctx.clone(), ctx.clone());
    let (after_collected, skipped) = (collected.clone(), collected.outcomes.clone());
    let progress = progress.clone();
    ConformanceWorld::cucumber()
        .with_writer(
            cucumber::writer::Basic::new(
                step_output(config.verbose),
                cucumber::writer::Coloring::Auto,
                cucumber::writer::Verbosity::Default,
            )
            .summarized(),
        )
        .with_default_cli()
        // Scenarios take one of the run's `--concurrency` places once they hold what they touch (see
        // exclusion); one waiting for a family takes none, so cucumber itself is not the limit.
        .max_concurrent_scenarios(None)
        // Every scenario is concurrent to cucumber: which run beside which, and which alone, is the
        // harness's own rule (see exclusion), held by its locks.
        .which_scenario(|_, _, _| ScenarioType::Concurrent)
        .fail_on_skipped()
        .before(move |feature, rule, scenario, world| {
            let ctx = before_ctx.clone();
            let placement = prepare(&ctx, feature, rule, scenario, world);
            Box::pin(async move {
                let placement = placement.unwrap_or_else(|why| panic!("{why}"));
                world.held = Some(ctx.locks.place(&placement).await);
                world.started = Some(Instant::now());
            })
        })
        .after(move |feature, rule, scenario, finished, world| {
            let (ctx, collected, progress) =
                (after_ctx.clone(), after_collected.clone(), progress.clone());
            let meta = meta(feature, rule, scenario, &ctx.features);
            let verdict = judge(finished, world.as_deref(), ctx.judging);
            let (findings, held) = world
                .map(|w| (w.take_findings(), w.held.take()))
                .unwrap_or_default();
            Box::pin(async move {
                let outcome = finish(&ctx, &collected, meta, verdict, findings).await;
                // What the scenario held is let go once its cleanup is done.
                drop(held);
                progress.done(outcome.status());
                if let Ok(mut o) = collected.outcomes.lock() {
                    o.push(outcome);
                }
            })
        })
        .filter_run(
            config.features.clone(),
            selection(filter, config.only.clone(), skip_ctx, skipped),
        )
}

/// Where cucumber's own writer goes: every step with `--verbose`, else nowhere (the run prints its own
/// summary).
fn step_output(verbose: bool) -> Box<dyn std::io::Write> {
    if verbose {
        Box::new(std::io::stdout())
    } else {
        Box::new(std::io::sink())
    }
}

/// Gives a scenario's world the run, its basis and its seeded generator; where it is to run.
fn prepare(
    ctx: &Arc<RunContext>,
    feature: &Feature,
    rule: Option<&Rule>,
    scenario: &Scenario,
    world: &mut ConformanceWorld,
) -> Result<exclusion::Placement, String> {
    world.ctx = Some(ctx.clone());
    let meta = meta(feature, rule, scenario, &ctx.features);
    world.default_basis = Basis::of_scenario(&meta.tags);
    let place = format!("{}:{} {}", meta.feature_path, meta.line, meta.name);
    world.generator = Generator::for_scenario(ctx.seed, &place);
    exclusion::placement(&ctx.contract.catalog, feature, rule, scenario)
}

/// Which scenarios run: those the tag expression selects, less those the run's safety or endpoint rules
/// out, which are listed as skipped with the reason.
fn selection(
    filter: Option<gherkin::tagexpr::TagOperation>,
    only: super::Only,
    ctx: Arc<RunContext>,
    skipped: Arc<Mutex<Vec<ScenarioOutcome>>>,
) -> impl Fn(&Feature, Option<&Rule>, &Scenario) -> bool {
    move |feature, rule, scenario| {
        let meta = meta(feature, rule, scenario, &ctx.features);
        if !filter.as_ref().is_none_or(|f| f.eval(meta.tags.iter())) {
            return false;
        }
        if !only.admits(&meta.feature_path, meta.line, &meta.name) {
            return false;
        }
        let Some(reason) = skip_reason(feature, rule, scenario, &meta.tags, &ctx) else {
            return true;
        };
        let outcome = ScenarioOutcome::skipped(meta, &reason);
        if let Ok(mut o) = skipped.lock()
            && !o
                .iter()
                .any(|x| x.feature_path == outcome.feature_path && x.line == outcome.line)
        {
            o.push(outcome);
        }
        false
    }
}

/// Deletes what the scenario created and builds its outcome.
async fn finish(
    ctx: &Arc<RunContext>,
    collected: &Collected,
    meta: ScenarioMeta,
    verdict: Verdict,
    findings: world::Findings,
) -> ScenarioOutcome {
    let cleaning = Instant::now();
    let left = cleanup::undo(ctx, findings.created).await;
    let cleanup = cleaning.elapsed();
    if let Ok(mut l) = collected.leftovers.lock() {
        l.extend(left);
    }
    ScenarioOutcome {
        feature: meta.feature,
        feature_path: meta.feature_path,
        name: meta.name,
        line: meta.line,
        tags: meta.tags,
        operations: meta.operations,
        checks: meta.checks,
        verdict: verdict.map_message(|m| outcome::redact(m, &ctx.secrets)),
        violations: findings.violations,
        advisories: findings.advisories,
        drift: findings.drift,
        exchanges: findings.exchanges,
        duration: findings.elapsed,
        started: findings
            .started
            .map_or(Duration::ZERO, |s| s.saturating_duration_since(ctx.began)),
        cleanup,
        roles: findings.roles,
        inferred_held: findings.inferred_held,
    }
}

fn plain_tags(tags: &[String]) -> Vec<String> {
    tags.iter()
        .map(|t| t.trim_start_matches('@').to_string())
        .collect()
}

/// Where a scenario is and what it is about, from its own, its rule's and its feature's tags.
fn meta(
    feature: &Feature,
    rule: Option<&Rule>,
    scenario: &Scenario,
    root: &std::path::Path,
) -> ScenarioMeta {
    let mut tags = plain_tags(&feature.tags);
    tags.extend(rule.map(|r| plain_tags(&r.tags)).unwrap_or_default());
    tags.extend(plain_tags(&scenario.tags));
    ScenarioMeta {
        feature: feature.name.clone(),
        feature_path: feature
            .path
            .as_ref()
            .map(|p| relative(p, root))
            .unwrap_or_default(),
        name: scenario.name.clone(),
        line: scenario.position.line,
        operations: tags
            .iter()
            .filter_map(|t| t.strip_prefix("op:").map(str::to_string))
            .collect(),
        checks: tags
            .iter()
            .filter(|t| CHECK_KINDS.contains(&t.as_str()))
            .cloned()
            .collect(),
        tags,
    }
}

/// Why a selected scenario is not run (it is listed as skipped in the report): the run's rules, given
/// the principals it names.
fn skip_reason(
    feature: &Feature,
    rule: Option<&Rule>,
    scenario: &Scenario,
    tags: &[String],
    ctx: &RunContext,
) -> Option<String> {
    let rules = super::cast::Rules {
        against_mock: ctx.against_mock,
        mutations_allowed: ctx.mutations_allowed,
        principals: &ctx.principals,
    };
    let named = super::cast::named(feature, rule, scenario, &super::cast::roles());
    rules.skip(tags, &named)
}

/// The scenario's verdict: how its steps ended and what they found, judged as the run judges (see
/// `verdict::verdict`).
fn judge(
    finished: &ScenarioFinished,
    world: Option<&ConformanceWorld>,
    judging: Judging,
) -> Verdict {
    let steps = match finished {
        ScenarioFinished::StepPassed => Steps::Passed,
        ScenarioFinished::StepSkipped => Steps::Unmatched,
        ScenarioFinished::BeforeHookFailed(info) => Steps::HookFailed(panic_text(info)),
        ScenarioFinished::StepFailed(_, _, err) => Steps::Failed(step_error_text(err)),
    };
    let Some(w) = world else {
        return verdict::verdict(
            &Ending::Ran,
            &steps,
            Found::default(),
            judging,
            Basis::Documented,
        );
    };
    let found = Found {
        violations: !w.violations.is_empty(),
        advisories: !w.advisories.is_empty(),
        drift: !w.drift.is_empty(),
    };
    verdict::verdict(&w.ending, &steps, found, judging, w.default_basis)
}

/// A feature file's path from the features folder (`channel_contracts/ChannelContracts.feature`).
fn relative(path: &std::path::Path, root: &std::path::Path) -> String {
    let full = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    full.strip_prefix(root)
        .unwrap_or(path)
        .display()
        .to_string()
}

/// What a failed step says, in our words: the expectation's own message, not cucumber's wrapping.
fn step_error_text(err: &cucumber::event::StepError) -> String {
    match err {
        cucumber::event::StepError::Panic(info) => panic_text(info),
        cucumber::event::StepError::NotFound => "the step matches no step definition".into(),
        other => other.to_string(),
    }
}

fn panic_text(info: &cucumber::event::Info) -> String {
    info.downcast_ref::<String>()
        .cloned()
        .or_else(|| info.downcast_ref::<&str>().map(|s| s.to_string()))
        .unwrap_or_else(|| "a hook panicked".into())
}

/// Per service of the catalog, where the run reached it and how it signed.
fn reach(ctx: &RunContext) -> std::collections::BTreeMap<String, super::outcome::ServiceReach> {
    let target = ctx.client.target();
    ctx.contract
        .catalog
        .services
        .keys()
        .map(|key| {
            let reach = super::outcome::ServiceReach {
                endpoint: target
                    .service_endpoints
                    .get(key)
                    .unwrap_or(&target.endpoint)
                    .clone(),
                region: target
                    .service_regions
                    .get(key)
                    .unwrap_or(&target.region)
                    .clone(),
                signing: target
                    .service_schemes
                    .get(key)
                    .copied()
                    .unwrap_or(target.scheme)
                    .to_string(),
            };
            (key.clone(), reach)
        })
        .collect()
}

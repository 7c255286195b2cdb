//! `report.md`: totals, the operation × check matrix, every failure with its exchange, advisories,
//! drift, what was skipped or left behind, the contract coverage, run metadata. One function per section.
use super::{Cell, Report};
use crate::runner::{CHECK_KINDS, ScenarioOutcome, Status};

pub fn render(r: &Report) -> String {
    [
        header(r),
        matrix(r),
        failures(r),
        advisories(r),
        drift(r),
        skipped(r),
        leftovers(r),
        runner_errors(r),
        slowest(r),
        parity(r),
        documented_examples(r),
        baseline(r),
        coverage(r),
        run(r),
    ]
    .concat()
}

/// AWS's documented examples the run held answers to, and each member where an answer departed from
/// its example.
fn documented_examples(r: &Report) -> String {
    let Some(x) = &r.examples else {
        return String::new();
    };
    let mut out = format!(
        "## {} with AWS's documented examples: {} answers held, {} departed\n\n",
        if r.run.against_mock {
            "The mock's parity"
        } else {
            "Agreement"
        },
        x.held,
        x.gaps.len()
    );
    if !x.gaps.is_empty() {
        out += "| example | scenario | member | the example shows | the answer has |\n|---|---|---|---|---|\n";
        for g in &x.gaps {
            for gap in &g.gaps {
                let now = gap.now_shown().map_or("none".into(), |v| format!("`{v}`"));
                out += &format!(
                    "| {} | {} | `{}` | {} | {now} |\n",
                    g.example, g.scenario, gap.path, gap.example
                );
            }
        }
        out.push('\n');
    }
    out
}

/// The differences from a recording (`--compare`): each gap, then the known ones with why, then what the
/// recording saw of our inferred expectations.
fn parity(r: &Report) -> String {
    let Some(p) = &r.parity else {
        return String::new();
    };
    let mut out = format!(
        "## Parity with the recording of {} ({}): {} gaps, {} known\n\n{} of the recording's {} scenarios ran and were compared, call by call.\n\n",
        p.recorded_at,
        p.endpoint_kind,
        p.gaps.len(),
        p.known.len(),
        p.compared,
        p.snapshots
    );
    let row = |g: &super::parity::Gap| {
        format!(
            "| {} | {} | `{}` | `{}` | `{}` | {} |\n",
            g.scenario,
            g.call,
            g.path,
            g.recorded,
            g.now,
            g.reason.as_deref().unwrap_or("")
        )
    };
    if !p.gaps.is_empty() || !p.known.is_empty() {
        out += "| scenario | call | path | recorded | now | known because |\n|---|---|---|---|---|---|\n";
        out.extend(p.gaps.iter().chain(&p.known).map(row));
        out.push('\n');
    }
    if !p.absorbed.is_empty() {
        out += "| known gap: scenarios | path | gaps it accepted | because |\n|---|---|---|---|\n";
        for a in &p.absorbed {
            out += &format!(
                "| {} | `{}` | {} | {} |\n",
                a.known.named(),
                a.known.path,
                if a.gaps == 0 {
                    "0 (stale: remove it)".to_string()
                } else {
                    a.gaps.to_string()
                },
                a.known.reason
            );
        }
        out.push('\n');
    }
    if !p.observed.is_empty() {
        out += &format!(
            "Inferred expectations observed to hold against a service on {}:\n\n",
            p.recorded_at
        );
        for o in &p.observed {
            out += &format!("- {}: {}\n", o.scenario, o.steps.join("; "));
        }
        out.push('\n');
    }
    out
}

/// Against a baseline (`--baseline`): how many findings it knows, and each new one.
fn baseline(r: &Report) -> String {
    let Some(b) = &r.baseline else {
        return String::new();
    };
    let mut out = format!(
        "## Baseline {}: {} known finding(s), {} new\n\n",
        b.file,
        b.known,
        b.new.len()
    );
    for f in &b.new {
        out += &format!(
            "- {} {} — `{}`: {}\n",
            f.kind, f.scenario, f.check, f.reason
        );
    }
    if !b.new.is_empty() {
        out.push('\n');
    }
    out
}

fn header(r: &Report) -> String {
    let verdict = if r.failed() { "FAILED" } else { "PASSED" };
    let t = &r.totals;
    let mut out = format!(
        "# Conformance report: {verdict}\n\n{} scenarios: {} passed, {} failed, {} error, {} skipped, {} advisory, \
         {} drift; {} contract violations in {} requests.\n\n",
        t.scenarios,
        t.passed,
        t.failed,
        t.errors,
        t.skipped,
        t.advisory,
        t.drift,
        t.violations,
        t.requests
    );
    let why = r.why_failed();
    if !why.is_empty() {
        out += "Why it failed:\n\n";
        out.extend(why.iter().map(|w| format!("- {w}\n")));
        out.push('\n');
    }
    out
}

fn cell(c: Cell) -> String {
    let advisory = if c.advisory > 0 {
        format!(" ⚠️ {}", c.advisory)
    } else {
        String::new()
    };
    let errors = if c.errors > 0 {
        format!(" ⛔ {} error", c.errors)
    } else {
        String::new()
    };
    let text = match (c.passed, c.failed) {
        (0, 0) => format!("{errors}{advisory}"),
        (p, 0) => format!("✅ {p}{errors}{advisory}"),
        (p, f) => format!("❌ {f}/{}{errors}{advisory}", p + f + c.errors),
    };
    match text.trim_start() {
        "" => "·".into(),
        t => t.to_string(),
    }
}

fn matrix(r: &Report) -> String {
    let mut out = String::from("## Operations × checks\n\n| operation |");
    for k in CHECK_KINDS {
        out.push_str(&format!(" {k} |"));
    }
    out.push_str("\n|---|");
    out.push_str(&"---|".repeat(CHECK_KINDS.len()));
    out.push('\n');
    for row in &r.matrix {
        out.push_str(&format!("| {} |", row.operation));
        for k in CHECK_KINDS {
            let c = row.checks.get(k).copied().unwrap_or_default();
            out.push_str(&format!(" {} |", cell(c)));
        }
        out.push('\n');
    }
    out.push('\n');
    out
}

/// Per operation, what the run exercised of the contract, and (folded) everything it never did.
fn coverage(r: &Report) -> String {
    let c = &r.coverage;
    let mut out = format!(
        "## Contract coverage: {}% of reachable facets ({} of {})\n\nA facet counts where a passing \
         scenario's assertion shows it: a value sent and shown by a separate read, a bound refused naming \
         its member beside a request the same call accepted, an error type asserted, a value a step read \
         in an answer. {} more were only accepted (sent in a call that succeeded, with nothing to read \
         them back) and are not counted. What only an injection brings about (IAM refusals, quotas, \
         failing first calls, through principals the mock adds with a policy) is counted apart: {}% ({} \
         of {}). {} facets no conformant endpoint can show are not counted; each is listed with why.\n\n\
         | operation | checked | % | accepted only | never checked | injection | not reachable |\n\
         |---|---|---|---|---|---|---|\n",
        c.percent,
        c.exercised,
        c.total,
        c.accepted.exercised,
        c.injection.percent,
        c.injection.exercised,
        c.injection.total,
        c.unreachable
    );
    for o in &c.operations {
        let unreachable: Vec<String> = o
            .unreachable
            .iter()
            .map(|u| format!("{}: {}", u.facet, u.reason))
            .collect();
        out.push_str(&format!(
            "| {} | {}/{} | {} | {} | {} | {}/{} {} | {} |\n",
            o.operation,
            o.exercised,
            o.total,
            o.percent,
            folded(&o.accepted_only),
            folded(&o.never),
            o.injection.exercised,
            o.injection.total,
            folded(&o.injection_never),
            folded(&unreachable)
        ));
    }
    out.push('\n');
    out
}

/// A list folded under its count, or a dash when empty.
fn folded(items: &[String]) -> String {
    if items.is_empty() {
        return "—".to_string();
    }
    format!(
        "<details><summary>{}</summary>{}</details>",
        items.len(),
        table_cell(&items.join("<br>"))
    )
}

fn code(v: &serde_json::Value) -> String {
    serde_json::to_string_pretty(v).unwrap_or_default()
}

fn table_cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

fn failures(r: &Report) -> String {
    let failed: Vec<_> = r
        .scenarios
        .iter()
        .filter(|s| s.status() == Status::Failed)
        .collect();
    if failed.is_empty() {
        return String::new();
    }
    let mut out = String::from("## Failures\n\n");
    for s in failed {
        out.push_str(&failure(s));
    }
    out
}

fn failure(s: &ScenarioOutcome) -> String {
    let mut out = format!(
        "### {} — {} ({}:{})\n\n",
        s.feature, s.name, s.feature_path, s.line
    );
    if let Some(f) = s.failure() {
        out.push_str(&format!(
            "- kind: {:?}\n- basis: {}\n- message: {}\n",
            f.kind,
            f.basis,
            f.message.replace('\n', " ")
        ));
        if !f.step.is_empty() {
            out.push_str(&format!("- step: {}\n", f.step));
        }
    }
    if !s.violations.is_empty() {
        out.push_str("\n| operation | path | rule | expected | actual |\n|---|---|---|---|---|\n");
        for v in &s.violations {
            let path = if v.path.is_empty() { "$" } else { &v.path };
            out.push_str(&format!(
                "| {} | `{}` | {} | {} | {} |\n",
                v.operation,
                path,
                v.rule,
                table_cell(&v.expected),
                table_cell(&v.actual)
            ));
        }
    }
    if let Some(x) = s.exchanges.last() {
        out.push_str(&format!(
            "\nLast exchange: {} as {} → {} {} ({} attempt{})\n\n```json\n{}\n```\n\n```json\n{}\n```\n",
            x.operation,
            x.principal,
            x.status,
            x.error_type.clone().unwrap_or_default(),
            x.attempts.len(),
            if x.attempts.len() == 1 { "" } else { "s" },
            code(&x.request),
            code(&x.response)
        ));
    }
    out.push('\n');
    out
}

fn advisories(r: &Report) -> String {
    let rows: Vec<String> = r
        .advisories()
        .map(|(s, a)| {
            format!(
                "| {} ({}:{}) | {} | {} | {} |\n",
                table_cell(&s.name),
                s.feature_path,
                s.line,
                a.basis,
                table_cell(a.step),
                table_cell(a.message)
            )
        })
        .collect();
    if rows.is_empty() {
        return String::new();
    }
    format!(
        "## Advisories\n\nInferred expectations (our reading of the reference) that this service does not meet. \
         They do not fail the run.\n\n| scenario | basis | step | what happened |\n|---|---|---|---|\n{}\n",
        rows.concat()
    )
}

fn drift(r: &Report) -> String {
    let rows: Vec<String> = r
        .drift()
        .map(|(s, d)| {
            format!(
                "| {} | `{}` | {:?} | {} | {} ({}:{}) |\n",
                d.operation,
                d.path,
                d.kind,
                table_cell(&d.value),
                table_cell(&s.name),
                s.feature_path,
                s.line
            )
        })
        .collect();
    if rows.is_empty() {
        return String::new();
    }
    format!(
        "## Model drift\n\nThe service answered members or enum values the built-in model lacks: it is ahead of the \
         schemas (backward compatible under Smithy's rules). Update the schemas from the current service model; \
         `--strict-drift` makes drift fail the run.\n\n| operation | path | kind | value | scenario |\n|---|---|---|---|---|\n{}\n",
        rows.concat()
    )
}

fn skipped(r: &Report) -> String {
    let rows: Vec<String> = r
        .scenarios
        .iter()
        .filter(|s| s.status() == Status::Skipped)
        .map(|s| {
            format!(
                "- {} — {}: {}\n",
                s.feature,
                s.name,
                s.skip_reason().unwrap_or("")
            )
        })
        .collect();
    section("Skipped", &rows)
}

fn leftovers(r: &Report) -> String {
    let rows: Vec<String> = r
        .leftovers
        .iter()
        .map(|l| format!("- {} `{}`: {}\n", l.operation, l.identifier, l.reason))
        .collect();
    section("Resources left behind", &rows)
}

fn runner_errors(r: &Report) -> String {
    let rows: Vec<String> = r.runner_errors.iter().map(|e| format!("- {e}\n")).collect();
    section("Runner errors", &rows)
}

fn slowest(r: &Report) -> String {
    let rows: Vec<String> = r
        .slowest
        .iter()
        .map(|s| {
            format!(
                "| {}:{} {}{} | {} | {} | {} ({} calls, {} retries) | {} | {} |\n",
                s.feature_path,
                s.line,
                table_cell(&s.name),
                if s.serial { " (its family alone)" } else { "" },
                s.started_ms,
                s.total_ms,
                s.calls_ms,
                s.calls,
                s.retries,
                s.runner_ms,
                s.cleanup_ms
            )
        })
        .collect();
    if rows.is_empty() {
        return String::new();
    }
    format!(
        "## Slowest scenarios\n\nTimes in ms; a scenario started late or spending its time in calls is where the run's wall time goes.\n\n\
         | scenario | started | total | in calls | runner | cleanup |\n|---|---|---|---|---|---|\n{}\n",
        rows.concat()
    )
}

fn section(title: &str, rows: &[String]) -> String {
    if rows.is_empty() {
        return String::new();
    }
    format!("## {title}\n\n{}\n", rows.concat())
}

fn run(r: &Report) -> String {
    let mut out = format!(
        "## Run\n\n- tool: {} {}\n- model: {}\n",
        r.tool.name, r.tool.version, r.model.source
    );
    for (svc, v) in &r.model.api_versions {
        out.push_str(&format!("- {svc} API version: {v}\n"));
    }
    out.push_str(&format!(
        "- endpoint: {} ({}: {})\n- catalog: {}\n- region: {}\n- started: {}\n- duration: {} ms\n- scenarios per second: {}\n",
        r.run.endpoint,
        r.run.endpoint_kind,
        r.run.endpoint_kind_reason,
        r.run.catalog,
        r.run.region,
        r.run.started_at,
        r.run.duration_ms,
        r.run.scenarios_per_second
    ));
    for (svc, reach) in &r.run.services {
        out.push_str(&format!(
            "- {svc}: {} (signed {} for {})\n",
            reach.endpoint, reach.signing, reach.region
        ));
    }
    out
}

//! `run --record DIR`, `run --compare DIR`, `run --baseline FILE` and `--baseline-update FILE`: the
//! CLI's side of recorded parity and baselines (the models, placing and comparing are the report's).
use anyhow::Context;

use super::run::RunArgs;
use crate::{
    report::{
        Report, baseline,
        parity::{self, Header, KnownGap, Recording, files},
    },
    runner::RunOutcome,
};

/// A recording to compare with, and the gaps accepted for now.
pub struct Comparing {
    recording: Recording,
    known: Vec<KnownGap>,
}

/// Reads what `--compare` and `--baseline` name before anything runs, so a bad one stops the run at once.
pub fn load(args: &RunArgs) -> anyhow::Result<Option<Comparing>> {
    if let Some(path) = &args.baseline {
        baseline::read(path).map_err(anyhow::Error::msg)?;
    }
    let Some(dir) = &args.compare else {
        return Ok(None);
    };
    let recording = files::read(dir).with_context(|| "--compare".to_string())?;
    let known = files::known_gaps(dir).with_context(|| "--compare".to_string())?;
    Ok(Some(Comparing { recording, known }))
}

/// After the run: writes the recording, compares with one, checks and updates the baseline.
pub fn after(
    args: &RunArgs,
    outcome: &RunOutcome,
    comparing: Option<Comparing>,
    report: &mut Report,
) -> anyhow::Result<()> {
    if let Some(dir) = &args.record {
        let recording = parity::record(outcome, header(outcome, report));
        let written = files::write(dir, &recording)
            .with_context(|| format!("cannot write the recording to {}", dir.display()))?;
        let unplaced: usize = recording.snapshots.iter().map(|s| s.unplaced.len()).sum();
        println!(
            "recorded {} scenario(s) into {} ({} file(s)){}",
            recording.snapshots.len(),
            dir.display(),
            written.len(),
            if unplaced > 0 {
                format!(
                    "; {unplaced} value(s) look like identifiers no transformer placed (each snapshot's `unplaced` lists them)"
                )
            } else {
                String::new()
            }
        );
    }
    if let Some(c) = comparing {
        let compared = parity::compare(&c.recording, outcome, &c.known);
        anyhow::ensure!(
            compared.compared > 0,
            "--compare compared nothing: none of the recording's {} snapshot(s) is a scenario this run ran",
            compared.snapshots
        );
        for k in &compared.stale {
            println!(
                "STALE KNOWN GAP {} at {}: no difference of this run is it ({})",
                k.named(),
                k.path,
                k.reason
            );
        }
        report.parity = Some(compared);
    }
    if let Some(path) = &args.baseline {
        let base = baseline::read(path).map_err(anyhow::Error::msg)?;
        report.baseline = Some(baseline::check(
            &base,
            &path.display().to_string(),
            &outcome.scenarios,
        ));
    }
    if let Some(path) = &args.baseline_update {
        let n = baseline::write(path, &outcome.scenarios).map_err(anyhow::Error::msg)?;
        println!("baseline: {n} finding(s) written to {}", path.display());
    }
    Ok(())
}

/// When, against what kind of endpoint (its host only), with which model, tool and seed.
fn header(outcome: &RunOutcome, report: &Report) -> Header {
    Header {
        recorded_at: outcome.started_at.clone(),
        endpoint_kind: outcome.endpoint_kind.as_str().to_string(),
        endpoint_host: host(&outcome.endpoint),
        catalog: outcome.catalog.clone(),
        model: report.model.source.clone(),
        tool_version: report.tool.version.clone(),
        seed: outcome.seed,
    }
}

/// The host (and port) of an endpoint: no scheme, path, query or credentials.
fn host(endpoint: &str) -> String {
    let rest = endpoint.split_once("://").map_or(endpoint, |(_, r)| r);
    let authority = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    authority
        .rsplit('@')
        .next()
        .unwrap_or(authority)
        .to_string()
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_recording_names_the_host_only() {
        assert_eq!(
            super::host("https://user:key@partnercentral-channel.global.api.aws/x?y"),
            "partnercentral-channel.global.api.aws"
        );
        assert_eq!(super::host("http://127.0.0.1:7420"), "127.0.0.1:7420");
    }
}

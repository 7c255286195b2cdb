//! `--har FILE` for `run`, `fuzz` and `mock --record`: every exchange kept whole, written as HAR 1.2
//! with every secret of the run's principals redacted.
use anyhow::Context;

use crate::{report, wire::Principal};

/// The secrets no written file may hold: every principal's secret key and session token.
pub fn secrets_of(principals: &[Principal]) -> Vec<String> {
    principals
        .iter()
        .flat_map(|p| std::iter::once(p.secret_access_key.clone()).chain(p.session_token.clone()))
        .collect()
}

/// Writes the HAR file of a run's (or a fuzz run's) exchanges.
pub fn write_har(
    path: &std::path::Path,
    captures: &crate::wire::capture::Captures,
    secrets: &[String],
) -> anyhow::Result<()> {
    let text = report::har::render(&captures.all(), secrets, env!("CARGO_PKG_VERSION"));
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    }
    std::fs::write(path, text).with_context(|| format!("cannot write {}", path.display()))?;
    println!("har: {}", path.display());
    Ok(())
}

//! `run FILE[:LINE]`: where the named feature file is (the built-in copy, a file on disk, or under
//! `--features`) and whether its line is a scenario's, decided before anything runs, so that a path
//! that names nothing is a usage error saying what to do, never "no scenario was selected".
use std::path::{Path, PathBuf};

/// Where the chosen feature file is read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// The copy built into the binary.
    BuiltIn,
    /// A file on disk whose folder (`root`) holds the features as the built-in ones are laid out.
    Disk { root: PathBuf },
    /// A file under the `--features` folder.
    Given,
}

/// Where `file` (as the user wrote it, `:LINE` taken off) is, and its text; the line checked.
pub fn resolve(
    file: &str,
    line: Option<usize>,
    features: Option<&Path>,
    built_in: &[(&str, &str)],
) -> Result<Source, String> {
    let (source, text) = match features {
        Some(dir) => (Source::Given, under(dir, file)?),
        None => outside(file, built_in)?,
    };
    if let Some(line) = line {
        check_line(file, line, &text)?;
    }
    Ok(source)
}

/// A file named without `--features`: on disk (run from there), else built in, else nowhere.
fn outside(file: &str, built_in: &[(&str, &str)]) -> Result<(Source, String), String> {
    let named = file.trim_start_matches("./");
    let copy = built_in
        .iter()
        .find(|(rel, _)| named.ends_with(rel) || rel.ends_with(named));
    let on_disk = Path::new(file).is_file();
    match (on_disk, copy) {
        (true, Some((rel, _))) if named.ends_with(rel) => {
            let root = &named[..named.len() - rel.len()];
            let root = PathBuf::from(if root.is_empty() { "." } else { root });
            let text =
                std::fs::read_to_string(file).map_err(|e| format!("cannot read {file}: {e}"))?;
            Ok((Source::Disk { root }, text))
        }
        (true, _) => Err(format!(
            "{file} is not one of the built-in features: to run features of your own, name the folder that holds them (--features DIR {file})"
        )),
        (false, Some((_, text))) => Ok((Source::BuiltIn, text.to_string())),
        (false, None) => Err(format!(
            "no feature file {file}: it is neither built in nor on disk ({}; --features DIR runs your own)",
            nearby(named, built_in)
        )),
    }
}

/// The built-in features beside where `named` points (its folder's), else the built-in folders.
fn nearby(named: &str, built_in: &[(&str, &str)]) -> String {
    let folder = |rel: &str| rel.rsplit_once('/').map_or("", |(f, _)| f).to_string();
    let wanted = Path::new(named)
        .parent()
        .and_then(|p| p.file_name())
        .map(|f| f.to_string_lossy().to_string())
        .unwrap_or_default();
    let beside: Vec<&str> = built_in
        .iter()
        .filter(|(rel, _)| !wanted.is_empty() && folder(rel).ends_with(&wanted))
        .filter_map(|(rel, _)| rel.rsplit('/').next())
        .collect();
    if !beside.is_empty() {
        return format!("built in beside it: {}", beside.join(", "));
    }
    let mut folders: Vec<String> = built_in.iter().map(|(rel, _)| folder(rel) + "/").collect();
    folders.dedup();
    format!("the built-in features are in {}", folders.join(", "))
}

/// A file named under `--features DIR`: as a path, or from that folder.
fn under(dir: &Path, file: &str) -> Result<String, String> {
    let named = Path::new(file.trim_start_matches("./"));
    let found = [named.to_path_buf(), dir.join(named)]
        .into_iter()
        .find(|p| p.is_file());
    match found {
        Some(p) => {
            std::fs::read_to_string(&p).map_err(|e| format!("cannot read {}: {e}", p.display()))
        }
        None => Err(format!(
            "no feature file {file} under {}: name it from that folder (relationships/GetRelationship.feature) or as a path inside it",
            dir.display()
        )),
    }
}

/// The line is a scenario's, an outline's or one of its Examples rows.
fn check_line(file: &str, line: usize, text: &str) -> Result<(), String> {
    let places = scenario_lines(text);
    if places.contains(&line) {
        return Ok(());
    }
    let shown: Vec<String> = places.iter().take(12).map(usize::to_string).collect();
    let more = if places.len() > shown.len() {
        ", …"
    } else {
        ""
    };
    Err(format!(
        "{file}:{line} is not a scenario's line: give the line of a Scenario or of an Examples row (its scenarios are at lines {}{more})",
        shown.join(", ")
    ))
}

/// The lines a scenario can be chosen by: each `Scenario:` or `Scenario Outline:` line and each row of
/// an Examples table (its header row aside).
fn scenario_lines(text: &str) -> Vec<usize> {
    let mut lines = Vec::new();
    let mut in_examples = false;
    let mut header_seen = false;
    for (i, raw) in text.lines().enumerate() {
        let l = raw.trim_start();
        if l.starts_with("Scenario") || l.starts_with("Example:") {
            lines.push(i + 1);
            in_examples = false;
        } else if l.starts_with("Examples:") || l.starts_with("Scenarios:") {
            in_examples = true;
            header_seen = false;
        } else if in_examples && l.starts_with('|') {
            if header_seen {
                lines.push(i + 1);
            }
            header_seen = true;
        } else if !l.is_empty() && !l.starts_with('#') && !l.starts_with('@') {
            in_examples = in_examples && l.starts_with('|');
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    const FEATURE: &str = "Feature: f\n\n  Scenario: one\n    Given x\n\n  Scenario Outline: two <n>\n    Given <n>\n\n    Examples:\n      | n |\n      | 1 |\n      | 2 |\n";

    #[test]
    fn a_line_is_a_scenarios_or_an_examples_row() {
        assert_eq!(scenario_lines(FEATURE), vec![3, 6, 11, 12]);
        let built = [("fixture/Fixture.feature", FEATURE)];
        assert_eq!(
            resolve("fixture/Fixture.feature", Some(11), None, &built),
            Ok(Source::BuiltIn)
        );
        let wrong = resolve("x/fixture/Fixture.feature", Some(10), None, &built).unwrap_err();
        assert!(wrong.contains("is not a scenario's line"), "{wrong}");
        assert!(wrong.contains("lines 3, 6, 11, 12"), "{wrong}");
    }

    #[test]
    fn a_file_that_is_nowhere_or_not_built_in_is_named_with_what_to_do() {
        let built = [("tags/Tags.feature", FEATURE)];
        let nowhere = resolve("tags/Nope.feature", None, None, &built).unwrap_err();
        assert!(
            nowhere.contains("neither built in nor on disk"),
            "{nowhere}"
        );
        let own = resolve("Cargo.toml.feature", None, None, &built).unwrap_err();
        assert!(own.contains("neither built in"), "{own}");
    }
}

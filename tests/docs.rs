//! The README and docs/ hold together: every relative link names a file of the repository (and, with an
//! anchor, a heading of it), the README stays short enough to follow, and nothing in the repository
//! points at a file outside it.
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn documents() -> Vec<PathBuf> {
    let mut out = vec![root().join("README.md")];
    for entry in std::fs::read_dir(root().join("docs")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "md") {
            out.push(path);
        }
    }
    out.sort();
    out
}

/// GitHub's anchor of a heading: lower case, spaces to hyphens, punctuation dropped.
fn slug(heading: &str) -> String {
    heading
        .trim()
        .to_lowercase()
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            c if c.is_alphanumeric() || c == '-' || c == '_' => Some(c),
            _ => None,
        })
        .collect()
}

fn anchors(text: &str) -> Vec<String> {
    text.lines()
        .filter(|l| l.starts_with('#'))
        .map(|l| slug(l.trim_start_matches('#')))
        .collect()
}

/// Every `](target)` of a Markdown text that is not a web address.
fn relative_links(text: &str) -> Vec<String> {
    let re = regex::Regex::new(r"\]\(([^)\s]+)\)").unwrap();
    re.captures_iter(text)
        .map(|c| c[1].to_string())
        .filter(|t| {
            !t.starts_with("http://") && !t.starts_with("https://") && !t.starts_with("mailto:")
        })
        .collect()
}

fn broken_links(doc: &Path, repository: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(doc).unwrap();
    let mut broken = Vec::new();
    for link in relative_links(&text) {
        let (file, anchor) = link.split_once('#').unwrap_or((&link, ""));
        let target = if file.is_empty() {
            doc.to_path_buf()
        } else {
            doc.parent().unwrap().join(file)
        };
        if !target.exists() {
            broken.push(format!("{link}: no file {}", target.display()));
            continue;
        }
        if !anchor.is_empty() {
            let heads = anchors(&std::fs::read_to_string(&target).unwrap());
            if !heads.iter().any(|h| h == anchor) {
                broken.push(format!(
                    "{link}: no heading #{anchor} in {}",
                    target.display()
                ));
            }
        }
        if !target
            .canonicalize()
            .unwrap()
            .starts_with(repository.canonicalize().unwrap())
        {
            broken.push(format!("{link}: outside the repository"));
        }
    }
    broken
}

#[test]
fn every_relative_link_in_the_readme_and_docs_resolves() {
    let mut broken = Vec::new();
    for doc in documents() {
        broken.extend(
            broken_links(&doc, &root())
                .into_iter()
                .map(|b| format!("{}: {b}", doc.display())),
        );
    }
    assert!(broken.is_empty(), "broken links:\n{}", broken.join("\n"));
    assert!(documents().len() >= 8, "the docs are there");
}

#[test]
fn a_broken_link_or_anchor_is_caught() {
    let dir = tempfile::tempdir().unwrap();
    let doc = dir.path().join("x.md");
    std::fs::write(
        &doc,
        "# Here\n[a](missing.md) [b](#here) [c](#nowhere) [d](https://example.com)\n",
    )
    .unwrap();
    let broken = broken_links(&doc, dir.path());
    assert_eq!(broken.len(), 2, "{broken:?}");
    assert!(
        broken[0].starts_with("missing.md") && broken[1].starts_with("#nowhere"),
        "{broken:?}"
    );
}

#[test]
fn the_readme_opens_with_the_two_commands_and_stays_short() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let lines = readme.lines().count();
    assert!(
        lines <= 160,
        "README.md has {lines} lines; move detail to docs/"
    );
    let opening: String = readme.lines().take(6).collect::<Vec<_>>().join("\n");
    assert!(
        opening.contains("cargo run --release -- run") && opening.contains("cargo test"),
        "{opening}"
    );
    for start in ["## Quick start 1", "## Quick start 2", "## Quick start 3"] {
        assert!(readme.contains(start), "{start}");
    }
}

/// No file of the repository refers to a file outside it (the folder the project was started from, say).
#[test]
fn nothing_refers_outside_the_repository() {
    let outside = ["..", "/shared/"].concat();
    let mut found = Vec::new();
    let mut stack = vec![root()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().to_string();
            if path.is_dir() {
                if !["target", ".git", "reports", "node_modules"].contains(&name.as_str()) {
                    stack.push(path);
                }
                continue;
            }
            let Ok(text) = std::fs::read_to_string(&path) else {
                continue;
            };
            if text.contains(&outside) || text.contains(&["shared", "/spec/"].concat()) {
                found.push(path.display().to_string());
            }
        }
    }
    assert!(
        found.is_empty(),
        "files that refer outside the repository: {found:?}"
    );
}

/// The lines of `text` that open a table's delimiter row (`|---|`) with no header row above it, which
/// Markdown renders as text, not as a table.
fn headless_tables(text: &str) -> Vec<usize> {
    let delimiter = regex::Regex::new(r"^\|(\s*:?-+:?\s*\|)+\s*$").unwrap();
    let lines: Vec<&str> = text.lines().collect();
    (0..lines.len())
        .filter(|&i| delimiter.is_match(lines[i]))
        .filter(|&i| i == 0 || !lines[i - 1].trim_start().starts_with('|'))
        .map(|i| i + 1)
        .collect()
}

#[test]
fn every_table_in_the_readme_and_docs_has_a_header_row() {
    assert_eq!(
        headless_tables("| a | b |\n|---|---|\n| 1 | 2 |\n"),
        Vec::<usize>::new()
    );
    assert_eq!(headless_tables("text\n\n|---|---|\n| 1 | 2 |\n"), vec![3]);
    for doc in documents() {
        let text = std::fs::read_to_string(&doc).unwrap();
        let lines = headless_tables(&text);
        assert!(
            lines.is_empty(),
            "{}: a table without a header row at line(s) {lines:?}",
            doc.display()
        );
    }
}

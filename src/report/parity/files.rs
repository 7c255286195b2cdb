//! A recording on disk: `DIR/recording.json` (the header), `DIR/snapshots/<feature path>.json` (the
//! snapshots of one feature's scenarios, in order), and the project's own `DIR/known-gaps.json` (the
//! gaps accepted for now, each with why), which recording never writes.
use std::{
    collections::BTreeMap,
    path::{Path, PathBuf},
};

use super::{Header, KnownGap, Recording, Snapshot};

/// The header's file in a recording directory.
pub const HEADER_FILE: &str = "recording.json";
/// The folder of the snapshot files.
pub const SNAPSHOTS: &str = "snapshots";
/// The accepted gaps' file.
pub const KNOWN_GAPS_FILE: &str = "known-gaps.json";

/// Why a recording could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum RecordingError {
    #[error("cannot {what} {path}: {source}")]
    Io {
        what: &'static str,
        path: String,
        source: std::io::Error,
    },
    #[error("{path} is not a recording's file: {source}")]
    Json {
        path: String,
        source: serde_json::Error,
    },
    #[error("{0} holds no recording (no {HEADER_FILE}): make one with `run --record DIR`")]
    NoRecording(String),
    #[error("{0} holds a recording with no snapshot: there is nothing to compare with")]
    Empty(String),
    #[error("{path}: the known gap {scenario:?} at {gap:?} {why}")]
    BadKnownGap {
        path: String,
        scenario: String,
        gap: String,
        why: &'static str,
    },
}

fn io(what: &'static str, path: &Path) -> impl FnOnce(std::io::Error) -> RecordingError {
    let path = path.display().to_string();
    move |source| RecordingError::Io { what, path, source }
}

/// Writes `recording` into `dir`, replacing the snapshots there (the known gaps are kept); the files
/// written.
pub fn write(dir: &Path, recording: &Recording) -> Result<Vec<PathBuf>, RecordingError> {
    let snapshots = dir.join(SNAPSHOTS);
    if snapshots.exists() {
        std::fs::remove_dir_all(&snapshots).map_err(io("clear", &snapshots))?;
    }
    let mut by_feature: BTreeMap<&str, Vec<&Snapshot>> = BTreeMap::new();
    for s in &recording.snapshots {
        by_feature.entry(&s.feature_path).or_default().push(s);
    }
    let mut written = vec![dir.join(HEADER_FILE)];
    put(&written[0], &recording.header)?;
    for (feature, snaps) in by_feature {
        let path = snapshots.join(format!("{}.json", feature.trim_end_matches(".feature")));
        put(&path, &snaps)?;
        written.push(path);
    }
    Ok(written)
}

fn put<T: serde::Serialize>(path: &Path, value: &T) -> Result<(), RecordingError> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(io("create", parent))?;
    }
    let mut text = serde_json::to_string_pretty(value).map_err(|source| RecordingError::Json {
        path: path.display().to_string(),
        source,
    })?;
    text.push('\n');
    std::fs::write(path, text).map_err(io("write", path))
}

fn get<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T, RecordingError> {
    let text = std::fs::read_to_string(path).map_err(io("read", path))?;
    serde_json::from_str(&text).map_err(|source| RecordingError::Json {
        path: path.display().to_string(),
        source,
    })
}

/// Reads the recording in `dir`.
pub fn read(dir: &Path) -> Result<Recording, RecordingError> {
    let header_path = dir.join(HEADER_FILE);
    if !header_path.exists() {
        return Err(RecordingError::NoRecording(dir.display().to_string()));
    }
    let header: Header = get(&header_path)?;
    let mut snapshots = Vec::new();
    let mut files = Vec::new();
    collect(&dir.join(SNAPSHOTS), &mut files)?;
    files.sort();
    for f in files {
        snapshots.extend(get::<Vec<Snapshot>>(&f)?);
    }
    if snapshots.is_empty() {
        return Err(RecordingError::Empty(dir.display().to_string()));
    }
    Ok(Recording { header, snapshots })
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), RecordingError> {
    if !dir.exists() {
        return Ok(());
    }
    for entry in std::fs::read_dir(dir).map_err(io("read", dir))? {
        let path = entry.map_err(io("read", dir))?.path();
        if path.is_dir() {
            collect(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "json") {
            out.push(path);
        }
    }
    Ok(())
}

/// The gaps accepted for now (none when the file is absent).
pub fn known_gaps(dir: &Path) -> Result<Vec<KnownGap>, RecordingError> {
    let path = dir.join(KNOWN_GAPS_FILE);
    if !path.exists() {
        return Ok(Vec::new());
    }
    let known: Vec<KnownGap> = get(&path)?;
    if let Some((k, why)) = known.iter().find_map(|k| k.refusal().map(|why| (k, why))) {
        return Err(RecordingError::BadKnownGap {
            path: path.display().to_string(),
            scenario: k.named(),
            gap: k.path.clone(),
            why,
        });
    }
    Ok(known)
}

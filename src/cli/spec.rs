//! `spec diff MODEL [--format md|json]`: the built-in contract against an official model file.
//! Exit 0 when they agree, 1 when they differ, 2 when the file cannot be read.
//! `spec sync MODEL…`: writes the model's part of the contract into the schemas directory.
//! `spec probes`: writes the request-shape features generated from the contract.
use std::path::{Path, PathBuf};

use clap::{Args, Subcommand, ValueEnum};

use super::{EXIT_FAILED, EXIT_OK, EXIT_USAGE};
use crate::{
    report::spec_diff,
    spec::{diff, ours, sync},
};

#[derive(Debug, Args)]
pub struct SpecArgs {
    #[command(subcommand)]
    pub command: SpecCommand,
}

#[derive(Debug, Subcommand)]
pub enum SpecCommand {
    /// Compare the contract with botocore's service-2.json (plain or .gz) or a Smithy JSON AST: what the
    /// model added, removed or changed, each backward compatible or breaking.
    Diff(DiffArgs),
    /// Write the contract from official models (botocore's service-2.json, plain or .gz, with the
    /// paginators-1.json beside it; or a Smithy JSON AST) into the schemas directory (--schemas DIR,
    /// else ./schemas). Its hand-written part, ours.json there, is read and never written.
    Sync(SyncArgs),
    /// Write the request-shape features generated from the contract (every enum value and bound of every
    /// request, IAM's refusal, throttling and internal errors) into FEATURES/generated/.
    Probes(ProbesArgs),
}

#[derive(Debug, Args)]
pub struct ProbesArgs {
    /// The features folder the generated ones go into (under generated/).
    #[arg(long, default_value = "features")]
    pub features: PathBuf,
    /// Write nothing; exit 1 when the folder differs from what would be written.
    #[arg(long)]
    pub check: bool,
}

#[derive(Debug, Args)]
pub struct SyncArgs {
    /// The model files, one per service.
    #[arg(required = true)]
    pub models: Vec<PathBuf>,
    /// Where the models came from, as the catalog and reports say it (e.g. "botocore 1.44.8").
    #[arg(long)]
    pub source: Option<String>,
    /// Write nothing; exit 1 when the directory differs from what sync would write.
    #[arg(long)]
    pub check: bool,
}

#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The model file.
    pub model: PathBuf,
    #[arg(long, value_enum, default_value_t = Format::Md)]
    pub format: Format,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Md,
    Json,
}

pub fn execute(args: SpecArgs, schemas: Option<&PathBuf>) -> anyhow::Result<u8> {
    match args.command {
        SpecCommand::Diff(args) => diff_command(args, schemas),
        SpecCommand::Sync(args) => sync_command(args, schemas),
        SpecCommand::Probes(args) => probes_command(args, schemas),
    }
}

fn probes_command(args: ProbesArgs, schemas: Option<&PathBuf>) -> anyhow::Result<u8> {
    let contract = super::contract(schemas)?;
    let dir = args.features.join(crate::spec::probes::FOLDER);
    let files = crate::spec::probes::features(&contract);
    let mut stale = Vec::new();
    for (name, text) in &files {
        if std::fs::read_to_string(dir.join(name)).ok().as_deref() != Some(text.as_str()) {
            stale.push(format!("write {}", dir.join(name).display()));
        }
    }
    for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
        let name = entry.file_name().to_string_lossy().to_string();
        if name.ends_with(".feature") && !files.contains_key(&name) {
            stale.push(format!("remove {}", entry.path().display()));
        }
    }
    for line in &stale {
        println!("{line}");
    }
    if args.check {
        println!(
            "{}: {} generated feature file(s) stale",
            dir.display(),
            stale.len()
        );
        return Ok(if stale.is_empty() {
            EXIT_OK
        } else {
            EXIT_FAILED
        });
    }
    std::fs::create_dir_all(&dir)?;
    for line in &stale {
        if let Some(path) = line.strip_prefix("remove ") {
            std::fs::remove_file(path)?;
        }
    }
    for (name, text) in &files {
        std::fs::write(dir.join(name), text)?;
    }
    println!(
        "{}: {} feature file(s), {} changed",
        dir.display(),
        files.len(),
        stale.len()
    );
    Ok(EXIT_OK)
}

fn diff_command(args: DiffArgs, schemas: Option<&PathBuf>) -> anyhow::Result<u8> {
    let contract = super::contract(schemas)?;
    let theirs = match diff::read(&args.model) {
        Ok(m) => m,
        Err(e) => {
            eprintln!("error: {e}");
            return Ok(EXIT_USAGE);
        }
    };
    let Some(ours) = diff::ours::model(&contract, &theirs.target_prefix) else {
        eprintln!(
            "error: {} models the service '{}', which the contract does not cover",
            args.model.display(),
            theirs.target_prefix
        );
        return Ok(EXIT_USAGE);
    };
    let not_covered = contract
        .catalog
        .services
        .values()
        .find(|s| s.target_prefix == theirs.target_prefix)
        .map(|s| s.not_covered.iter().cloned().collect())
        .unwrap_or_default();
    let changes = diff::diff(&ours, &theirs, &not_covered);
    let source = args.model.display().to_string();
    let text = match args.format {
        Format::Md => spec_diff::markdown(&source, &theirs.target_prefix, &changes),
        Format::Json => spec_diff::json(&source, &theirs.target_prefix, &changes),
    };
    print!("{text}");
    Ok(if changes.is_empty() {
        EXIT_OK
    } else {
        EXIT_FAILED
    })
}

/// The directory sync writes into: `--schemas DIR`, else `./schemas`.
fn sync_dir(schemas: Option<&PathBuf>) -> PathBuf {
    schemas.cloned().unwrap_or_else(|| PathBuf::from("schemas"))
}

fn sync_command(args: SyncArgs, schemas: Option<&PathBuf>) -> anyhow::Result<u8> {
    let dir = sync_dir(schemas);
    let Some(ours) = read_ours(&dir) else {
        return Ok(EXIT_USAGE);
    };
    let Some(models) = read_models(&args.models) else {
        return Ok(EXIT_USAGE);
    };
    let source = args.source.clone().unwrap_or_else(|| {
        let names: Vec<String> = models
            .iter()
            .map(|m| format!("{} {}", m.service.signing_name, m.service.api_version))
            .collect();
        names.join(", ")
    });
    // What the catalog has of the services no model is given for is kept.
    let kept: Option<serde_json::Value> = std::fs::read_to_string(dir.join(ours::CATALOG_FILE))
        .ok()
        .and_then(|t| serde_json::from_str(&t).ok());
    let files = match sync::sync(&models, &ours, &source, kept.as_ref()) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("error: {e}");
            return Ok(EXIT_USAGE);
        }
    };
    let keys: Vec<&str> = models
        .iter()
        .filter_map(|m| ours.key_of(&m.target_prefix))
        .collect();
    let plan = sync_plan(&dir, &keys, &files)?;
    if args.check {
        for line in &plan.lines {
            println!("{line}");
        }
        println!("{}", plan.summary(&dir, false));
        return Ok(if plan.is_empty() {
            EXIT_OK
        } else {
            EXIT_FAILED
        });
    }
    plan.apply(&dir, &files)?;
    println!("{}", plan.summary(&dir, true));
    Ok(EXIT_OK)
}

/// The hand-written part of the schemas directory, or `None` (the problem printed) when it cannot be read.
fn read_ours(dir: &Path) -> Option<ours::Ours> {
    let path = dir.join(ours::OURS_FILE);
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!(
                "error: cannot read {} ({e}): sync writes into a schemas directory that holds the contract's hand-written part; give --schemas DIR or run it where ./schemas is",
                path.display()
            );
            return None;
        }
    };
    serde_json::from_str(&text)
        .map_err(|e| eprintln!("error: {} is malformed: {e}", path.display()))
        .ok()
}

/// The models given, or `None` (the problem printed) when one cannot be read.
fn read_models(paths: &[PathBuf]) -> Option<Vec<crate::spec::model::Model>> {
    let mut models = Vec::new();
    for path in paths {
        match diff::read(path) {
            Ok(m) => {
                if !m.has_paginators {
                    eprintln!(
                        "warning: no paginators-1.json beside {}: its operations are written as not paginated",
                        path.display()
                    );
                }
                models.push(m);
            }
            Err(e) => {
                eprintln!("error: {e}");
                return None;
            }
        }
    }
    Some(models)
}

/// What sync changes in a directory: files written anew or changed, and generated files no model
/// has any more.
struct SyncPlan {
    written: Vec<String>,
    removed: Vec<String>,
    unchanged: usize,
    lines: Vec<String>,
}

impl SyncPlan {
    fn is_empty(&self) -> bool {
        self.written.is_empty() && self.removed.is_empty()
    }

    fn summary(&self, dir: &Path, done: bool) -> String {
        let verb = if done { "" } else { "would be " };
        format!(
            "spec sync: {} file(s) {verb}written, {} {verb}removed, {} unchanged in {}",
            self.written.len(),
            self.removed.len(),
            self.unchanged,
            dir.display()
        )
    }

    fn apply(&self, dir: &Path, files: &sync::Files) -> anyhow::Result<()> {
        for rel in &self.written {
            let path = dir.join(rel);
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent)?;
            }
            std::fs::write(&path, &files[rel])
                .map_err(|e| anyhow::anyhow!("cannot write {}: {e}", path.display()))?;
        }
        for rel in &self.removed {
            std::fs::remove_file(dir.join(rel))?;
        }
        Ok(())
    }
}

/// Compares what sync writes with what `dir` holds: the catalog, and every JSON file under the
/// synced services' folders.
fn sync_plan(dir: &Path, keys: &[&str], files: &sync::Files) -> anyhow::Result<SyncPlan> {
    let mut plan = SyncPlan {
        written: Vec::new(),
        removed: Vec::new(),
        unchanged: 0,
        lines: Vec::new(),
    };
    for (rel, text) in files {
        match std::fs::read_to_string(dir.join(rel)) {
            Ok(old) if old == *text => plan.unchanged += 1,
            Ok(_) => {
                plan.lines.push(format!("changed  {rel}"));
                plan.written.push(rel.clone());
            }
            Err(_) => {
                plan.lines.push(format!("new      {rel}"));
                plan.written.push(rel.clone());
            }
        }
    }
    for key in keys {
        for rel in json_files(&dir.join(key), key) {
            if !files.contains_key(&rel) {
                plan.lines.push(format!("removed  {rel}"));
                plan.removed.push(rel);
            }
        }
    }
    Ok(plan)
}

/// The JSON files under `dir`, as paths relative to its parent (`channel/errors/X.json`).
fn json_files(dir: &Path, prefix: &str) -> Vec<String> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return out;
    };
    for entry in entries.filter_map(Result::ok) {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().to_string();
        if path.is_dir() {
            out.extend(json_files(&path, &format!("{prefix}/{name}")));
        } else if name.ends_with(".json") {
            out.push(format!("{prefix}/{name}"));
        }
    }
    out.sort();
    out
}

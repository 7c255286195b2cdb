//! What `spec diff` prints: the differences between the contract and a model, as Markdown or JSON.
use serde_json::json;

use crate::spec::diff::{Change, Class};

pub fn json(model: &str, service: &str, changes: &[Change]) -> String {
    let breaking = changes
        .iter()
        .filter(|c| c.class == Class::Breaking)
        .count();
    let doc = json!({
        "model": model, "service": service, "agree": changes.is_empty(),
        "breaking": breaking, "backwardCompatible": changes.len() - breaking, "changes": changes,
    });
    serde_json::to_string_pretty(&doc).unwrap_or_default() + "\n"
}

pub fn markdown(model: &str, service: &str, changes: &[Change]) -> String {
    if changes.is_empty() {
        return format!("# {service}: the contract agrees with {model}\n");
    }
    let breaking = changes
        .iter()
        .filter(|c| c.class == Class::Breaking)
        .count();
    let mut out = format!(
        "# {service}: {} differences from {model} ({breaking} breaking, {} backward compatible)\n\n\
         | class | what | change | subject | detail |\n|---|---|---|---|---|\n",
        changes.len(),
        changes.len() - breaking
    );
    for c in changes {
        out.push_str(&format!(
            "| {} | {} | {} | `{}` | {} |\n",
            c.class.as_str(),
            c.what,
            c.change,
            c.subject,
            c.detail.replace('|', "\\|")
        ));
    }
    out
}

//! `report.json`: the report model as pretty JSON.
use super::Report;

pub fn render(report: &Report) -> String {
    serde_json::to_string_pretty(report)
        .unwrap_or_else(|e| format!("{{\"error\": \"report not serialisable: {e}\"}}"))
        + "\n"
}

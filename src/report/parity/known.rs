//! Known gaps: the differences accepted for now, each naming its scenarios (a list of keys, or patterns
//! where `*` stands for any text), the path it accepts and why — LocalStack's skipped verifications, per
//! test and per path. What a file may say is checked here, before anything runs: a reason is required,
//! and a known gap that would accept a path in every scenario, or a whole snapshot for more than the
//! scenarios it names exactly, is refused.
use regex::Regex;
use serde::{Deserialize, Serialize};

/// A difference accepted for now, with why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "Written")]
pub struct KnownGap {
    /// `feature path: scenario name` each, exact or with `*` for any text.
    pub scenarios: Vec<String>,
    /// The gap's path, exact or with `*` for any text (`response.items[*].createdAt`).
    pub path: String,
    pub reason: String,
}

/// A known gap as a file writes it: `scenario` (one) or `scenarios` (a list).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Written {
    #[serde(default)]
    scenario: Option<String>,
    #[serde(default)]
    scenarios: Vec<String>,
    path: String,
    reason: String,
}

impl TryFrom<Written> for KnownGap {
    type Error = String;

    fn try_from(w: Written) -> Result<KnownGap, String> {
        let mut scenarios = w.scenarios;
        scenarios.extend(w.scenario);
        if scenarios.is_empty() {
            return Err(format!(
                "the known gap at {} names no scenario: give `scenario` or `scenarios`",
                w.path
            ));
        }
        Ok(KnownGap {
            scenarios,
            path: w.path,
            reason: w.reason,
        })
    }
}

/// Gap paths that stand for a scenario's whole snapshot: its calls, or the snapshot itself.
const WHOLE: [&str; 2] = ["calls", super::NOT_RECORDED];

impl KnownGap {
    /// Why a file may not say this, if it may not.
    pub fn refusal(&self) -> Option<&'static str> {
        if self.reason.trim().is_empty() {
            return Some("gives no reason: say why the difference is accepted");
        }
        if self.scenarios.iter().any(|s| is_any(s)) {
            return Some(
                "accepts its path in every scenario: name the scenarios (a list, or a pattern such as `relationships/*`)",
            );
        }
        let whole = WHOLE.contains(&self.path.as_str()) || is_any(&self.path);
        if whole && self.scenarios.iter().any(|s| s.contains('*')) {
            return Some("accepts a whole snapshot for a pattern of scenarios: name each scenario");
        }
        None
    }

    /// Whether it accepts a gap at `path` of the scenario `key`.
    pub fn accepts(&self, key: &str, path: &str) -> bool {
        matches(&self.path, path) && self.scenarios.iter().any(|s| matches(s, key))
    }

    /// How it is named in messages: its scenarios, joined.
    pub fn named(&self) -> String {
        self.scenarios.join(", ")
    }
}

/// A pattern that any text matches: nothing but `*`, spaces and the key's `:` separator.
fn is_any(pattern: &str) -> bool {
    pattern.contains('*') && pattern.chars().all(|c| matches!(c, '*' | ':' | ' '))
}

/// Whether `text` is `pattern`, where each `*` stands for any text.
fn matches(pattern: &str, text: &str) -> bool {
    if !pattern.contains('*') {
        return pattern == text;
    }
    let parts: Vec<String> = pattern.split('*').map(regex::escape).collect();
    Regex::new(&format!("^{}$", parts.join(".*"))).is_ok_and(|r| r.is_match(text))
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn gap(v: serde_json::Value) -> KnownGap {
        serde_json::from_value(v).unwrap()
    }

    #[test]
    fn a_known_gap_names_its_scenarios_by_list_or_pattern() {
        let one = gap(json!({"scenario": "a.feature: x", "path": "status", "reason": "r"}));
        assert!(one.accepts("a.feature: x", "status"));
        assert!(!one.accepts("a.feature: y", "status"));
        let listed = gap(
            json!({"scenarios": ["a.feature: x", "b.feature: y"], "path": "response.items[*].createdAt", "reason": "r"}),
        );
        assert!(listed.accepts("b.feature: y", "response.items[2].createdAt"));
        assert!(!listed.accepts("b.feature: y", "response.items[2].updatedAt"));
        let pattern = gap(json!({"scenario": "relationships/*", "path": "status", "reason": "r"}));
        assert!(pattern.accepts("relationships/Get.feature: get (2)", "status"));
        assert!(!pattern.accepts("handshakes/Get.feature: get", "status"));
        assert!(
            !gap(json!({"scenario": "a.feature: x (1)", "path": "p[0]", "reason": "r"}))
                .accepts("a.feature: x 1", "p0"),
            "brackets and parentheses are themselves"
        );
        for p in [&one, &listed, &pattern] {
            assert_eq!(p.refusal(), None, "{p:?}");
        }
    }

    #[test]
    fn a_known_gap_that_accepts_too_much_or_says_nothing_is_refused() {
        for (v, why) in [
            (
                json!({"scenario": "*", "path": "status", "reason": "r"}),
                "every scenario",
            ),
            (
                json!({"scenarios": ["a.feature: x", "*: *"], "path": "status", "reason": "r"}),
                "every scenario",
            ),
            (
                json!({"scenario": "relationships/*", "path": "calls", "reason": "r"}),
                "whole snapshot",
            ),
            (
                json!({"scenario": "relationships/*", "path": "*", "reason": "r"}),
                "whole snapshot",
            ),
            (
                json!({"scenario": "a.feature: x", "path": "status", "reason": " "}),
                "no reason",
            ),
        ] {
            let refused = gap(v.clone()).refusal().unwrap_or_default();
            assert!(refused.contains(why), "{v}: {refused}");
        }
        assert!(
            serde_json::from_value::<KnownGap>(json!({"path": "status", "reason": "r"})).is_err()
        );
        assert!(
            serde_json::from_value::<KnownGap>(
                json!({"scenario": "a", "path": "status", "reason": "r", "why": "typo"})
            )
            .is_err()
        );
    }
}

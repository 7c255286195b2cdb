//! What differs between two runs of one scenario, replaced by placeholders kept by reference within the
//! scenario: the same id is `<rs-id:1>` wherever it appears, an account is `<account:receiver>` by the
//! principal's role (`<account:2>` for one no principal has), a timestamp is `<timestamp>`, page and
//! client tokens and made-up names are numbered in the order they first appear. What looks like an
//! identifier but no transformer placed is listed, so that a format nobody expected is shown, not
//! silently matched.
use std::collections::BTreeMap;

use regex::{Captures, Regex};
use serde_json::Value;

/// The kinds of identifier the services write: prefix → kind.
const IDS: &str = r"\b(pma|rs|ch|cc|pacinv|pac|pprofile)-[A-Za-z0-9]{13}\b";
/// A 12-digit account id, alone or inside an ARN.
const ACCOUNT: &str = r"(^|[^0-9])([0-9]{12})($|[^0-9])";
/// The harness's own made-up values: a client token (28 characters) or a name (10).
const MADE_UP: &str = r"\bpcc-([a-z0-9]{28}|[a-z0-9]{10})\b";
/// Members whose values are page tokens.
const PAGE_TOKENS: [&str; 2] = ["nextToken", "NextToken"];

/// The placeholders of one scenario, numbered as values first appear.
pub struct Placer {
    roles: BTreeMap<String, String>,
    /// Principals the run named for this scenario alone (a mock's guests): run name → role.
    names: Vec<(String, String)>,
    seen: BTreeMap<String, BTreeMap<String, usize>>,
    /// Values that look like an identifier no transformer placed.
    pub unplaced: Vec<String>,
    ids: &'static Regex,
    account: &'static Regex,
    made_up: &'static Regex,
    unplaced_like: &'static Regex,
}

/// The transformers' patterns, compiled once.
struct Patterns {
    ids: Regex,
    account: Regex,
    made_up: Regex,
    unplaced_like: Regex,
}

fn patterns() -> &'static Patterns {
    static PATTERNS: std::sync::OnceLock<Patterns> = std::sync::OnceLock::new();
    PATTERNS.get_or_init(|| {
        let re = |p: &str| Regex::new(p).expect("a valid pattern");
        Patterns {
            ids: re(IDS),
            account: re(ACCOUNT),
            made_up: re(MADE_UP),
            unplaced_like: re(r"^[a-z]{2,10}-[A-Za-z0-9]{6,}$"),
        }
    })
}

impl Placer {
    /// A placer for a scenario whose principals have these accounts (account id → role).
    pub fn new(roles: BTreeMap<String, String>) -> Placer {
        Placer::with_names(roles, Vec::new())
    }

    /// A placer that also places the run's names of principals made for the scenario (run name → role).
    pub fn with_names(roles: BTreeMap<String, String>, names: Vec<(String, String)>) -> Placer {
        let p = patterns();
        Placer {
            roles,
            names,
            seen: BTreeMap::new(),
            unplaced: Vec::new(),
            ids: &p.ids,
            account: &p.account,
            made_up: &p.made_up,
            unplaced_like: &p.unplaced_like,
        }
    }

    /// The number of `value` among the values of `kind` seen so far (a new one gets the next number).
    fn number(&mut self, kind: &str, value: &str) -> usize {
        let of_kind = self.seen.entry(kind.to_string()).or_default();
        let next = of_kind.len() + 1;
        *of_kind.entry(value.to_string()).or_insert(next)
    }

    /// Whether a value looks like an identifier or a token someone made up: a short prefix and a tail of
    /// letters and digits (`wid-9f8e7d6c5b`), or a long run of mixed letters and digits with no space.
    fn looks_made_up(&self, s: &str) -> bool {
        if self.unplaced_like.is_match(s) {
            return true;
        }
        let distinct: std::collections::BTreeSet<char> = s.chars().collect();
        s.len() >= 20
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || "+/=_-".contains(c))
            && s.chars().any(|c| c.is_ascii_digit())
            && s.chars().any(|c| c.is_ascii_lowercase())
            && distinct.len() >= 8
    }

    /// A document with every run-specific value placed.
    pub fn document(&mut self, v: &Value) -> Value {
        self.walk(v, None)
    }

    fn walk(&mut self, v: &Value, member: Option<&str>) -> Value {
        match v {
            Value::String(s) if member.is_some_and(|m| PAGE_TOKENS.contains(&m)) => {
                Value::String(format!("<page-token:{}>", self.number("page-token", s)))
            }
            Value::String(s) => Value::String(self.text(s)),
            Value::Array(a) => Value::Array(a.iter().map(|x| self.walk(x, member)).collect()),
            Value::Object(o) => Value::Object(
                o.iter()
                    .map(|(k, x)| (k.clone(), self.walk(x, Some(k))))
                    .collect(),
            ),
            other => other.clone(),
        }
    }

    /// A string with its identifiers, accounts, made-up values and timestamp placed.
    pub fn text(&mut self, s: &str) -> String {
        if crate::runner::compare::instant(s).is_some() {
            return "<timestamp>".into();
        }
        let mut named = s.to_string();
        for (name, role) in &self.names {
            named = named.replace(name.as_str(), &format!("<principal:{role}>"));
        }
        let ids = self.ids;
        let placed = ids.replace_all(&named, |c: &Captures| {
            format!("<{}-id:{}>", &c[1], self.number(&c[1], &c[0]))
        });
        let made_up = self.made_up;
        let placed = made_up.replace_all(&placed, |c: &Captures| {
            let kind = if c[1].len() == 28 {
                "client-token"
            } else {
                "name"
            };
            format!("<{kind}:{}>", self.number(kind, &c[0]))
        });
        let account = self.account;
        let placed = account
            .replace_all(&placed, |c: &Captures| {
                let id = &c[2];
                let name = match self.roles.get(id) {
                    Some(role) => role.clone(),
                    None => self.number("account", id).to_string(),
                };
                format!("{}<account:{name}>{}", &c[1], &c[3])
            })
            .into_owned();
        if placed == s && self.looks_made_up(s) && !self.unplaced.iter().any(|u| u == s) {
            self.unplaced.push(s.to_string());
        }
        placed
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn the_same_value_is_the_same_placeholder_and_accounts_go_by_role() {
        let roles = [("444455556666".to_string(), "receiver".to_string())].into();
        let mut p = Placer::new(roles);
        let doc = json!({
            "relationshipDetail": {"id": "rs-abcdefghij123", "arn": "arn:aws:partnercentral:us-east-1:111122223333:catalog/Sandbox/program-management-account/pma-0000000000001/relationship/rs-abcdefghij123",
            "associatedAccountId": "444455556666", "createdAt": "2026-12-02T10:00:00Z", "displayName": "pcc-abcde12345"},
            "nextToken": "opaque/token==", "clientToken": "pcc-0123456789012345678901234567"
        });
        let placed = p.document(&doc);
        assert_eq!(placed["relationshipDetail"]["id"], "<rs-id:1>");
        assert_eq!(
            placed["relationshipDetail"]["arn"],
            "arn:aws:partnercentral:us-east-1:<account:1>:catalog/Sandbox/program-management-account/<pma-id:1>/relationship/<rs-id:1>"
        );
        assert_eq!(
            placed["relationshipDetail"]["associatedAccountId"],
            "<account:receiver>"
        );
        assert_eq!(placed["relationshipDetail"]["createdAt"], "<timestamp>");
        assert_eq!(placed["relationshipDetail"]["displayName"], "<name:1>");
        assert_eq!(placed["nextToken"], "<page-token:1>");
        assert_eq!(placed["clientToken"], "<client-token:1>");
        assert!(p.unplaced.is_empty(), "{:?}", p.unplaced);
    }

    #[test]
    fn an_identifier_of_a_format_nobody_expected_is_shown() {
        let mut p = Placer::new(BTreeMap::new());
        assert_eq!(p.text("wid-9f8e7d6c5b"), "wid-9f8e7d6c5b");
        assert_eq!(p.unplaced, vec!["wid-9f8e7d6c5b".to_string()]);
        assert_eq!(p.text("END_CUSTOMER"), "END_CUSTOMER");
        assert_eq!(p.unplaced.len(), 1);
    }
}

//! The template language of the feature files: `{{expr}}` in tables and inline values, filled from
//! what the scenario remembered, the run's principals and contacts, and its seeded generator.
use serde_json::{Value, json};

use super::{RunContext, path, world::ConformanceWorld};

impl ConformanceWorld {
    /// Applies a table of `| member path | value |` rows to a request.
    pub fn apply_table(&mut self, body: &mut Value, rows: &[Vec<String>]) {
        for row in rows {
            let (Some(member), Some(cell)) = (row.first(), row.get(1)) else {
                continue;
            };
            if member.trim() == "member" && cell.trim() == "value" {
                continue;
            }
            if cell.trim() == "(absent)" {
                path::remove(body, member.trim());
            } else {
                let value = self.cell_value(cell.trim());
                path::set(body, member.trim(), value);
            }
        }
    }

    /// A table cell or inline value: `{{expr}}` alone gives the value itself, JSON gives JSON
    /// (with `{{...}}` inside strings filled in), anything else is a string.
    pub fn cell_value(&mut self, cell: &str) -> Value {
        if let Some(expr) = whole_expr(cell) {
            return self.resolve(expr);
        }
        match serde_json::from_str::<Value>(cell) {
            Ok(v) => self.fill(v),
            Err(_) => Value::String(self.fill_str(cell)),
        }
    }

    /// Fills every `{{...}}` in the strings of a JSON document.
    pub fn fill(&mut self, v: Value) -> Value {
        match v {
            Value::String(s) => match whole_expr(&s) {
                Some(expr) => self.resolve(expr),
                None => Value::String(self.fill_str(&s)),
            },
            Value::Array(a) => Value::Array(a.into_iter().map(|x| self.fill(x)).collect()),
            Value::Object(o) => {
                Value::Object(o.into_iter().map(|(k, x)| (k, self.fill(x))).collect())
            }
            other => other,
        }
    }

    pub fn fill_str(&mut self, s: &str) -> String {
        let mut out = String::new();
        let mut rest = s;
        while let Some(start) = rest.find("{{") {
            out.push_str(&rest[..start]);
            let Some(end) = rest[start..].find("}}") else {
                out.push_str(&rest[start..]);
                return out;
            };
            let expr = &rest[start + 2..start + end];
            match self.resolve(expr.trim()) {
                Value::String(v) => out.push_str(&v),
                other => out.push_str(&other.to_string()),
            }
            rest = &rest[start + end + 2..];
        }
        out.push_str(rest);
        out
    }

    /// The value of one `{{expr}}`.
    pub fn resolve(&mut self, expr: &str) -> Value {
        let ctx = self.ctx();
        let mut words = expr.split_whitespace();
        let head = words.next().unwrap_or_default();
        match head {
            "random.accountId" => json!(self.generator.digits(12)),
            "random.token" => json!(self.generator.token()),
            "random.name" => json!(self.generator.name()),
            "catalog" => json!(ctx.catalog),
            "chars" => {
                let n: usize = words.next().and_then(|n| n.parse().ok()).unwrap_or(1);
                json!("a".repeat(n))
            }
            "tags" => {
                let n: usize = words.next().and_then(|n| n.parse().ok()).unwrap_or(1);
                json!(
                    (0..n)
                        .map(|i| json!({"key": format!("key{i}"), "value": format!("value{i}")}))
                        .collect::<Vec<_>>()
                )
            }
            "accountIds" => {
                let n: usize = words.next().and_then(|n| n.parse().ok()).unwrap_or(1);
                json!(
                    (0..n)
                        .map(crate::spec::probes::account_id)
                        .collect::<Vec<_>>()
                )
            }
            "digits" => {
                let n: usize = words.next().and_then(|n| n.parse().ok()).unwrap_or(1);
                json!("1".repeat(n))
            }
            _ if head.starts_with("contact.") => Self::contact_value(&ctx, head),
            _ if head.starts_with("principal.") => {
                let rest = &head["principal.".len()..];
                let (name, field) = rest.split_once('.').unwrap_or((rest, "accountId"));
                // `principal.I` is the principal acting when a step says "I".
                let who = if name == "I" {
                    self.actor.clone()
                } else {
                    name.to_string()
                };
                let run_name = self.principal_name(&who);
                match (ctx.principal(&run_name), field) {
                    (Some(p), "accountId") => json!(p.account_id),
                    (Some(p), "name") => json!(p.name),
                    _ => panic!("{{{{{head}}}}}: no principal '{name}' with a field '{field}'"),
                }
            }
            _ => {
                let (var, member) = head.split_once('.').unwrap_or((head, ""));
                let Some(base) = self.vars.get(var) else {
                    panic!("{{{{{head}}}}}: nothing was remembered as '{var}'")
                };
                if member.is_empty() {
                    return base.clone();
                }
                match path::get(base, member) {
                    Some(v) => v.clone(),
                    None => {
                        let miss = self.short_vars.get(var).cloned();
                        self.cannot_read(
                            format!("{{{{{head}}}}}: '{var}' has no member '{member}'"),
                            miss,
                        )
                    }
                }
            }
        }
    }

    /// `{{contact.NAME.email}}` or `{{contact.NAME.name}}`: principal NAME's contact; against a mock, one
    /// made up for it when it has none (a real endpoint's scenarios that need one are skipped without it).
    fn contact_value(ctx: &RunContext, head: &str) -> Value {
        let rest = &head["contact.".len()..];
        let (name, field) = rest.split_once('.').unwrap_or((rest, "email"));
        let Some(p) = ctx.principal(name) else {
            panic!("{{{{{head}}}}}: no principal '{name}'")
        };
        let contact = match (&p.contact, ctx.against_mock) {
            (Some(c), _) => c.clone(),
            (None, true) => crate::wire::principal::Contact {
                name: format!("{name} contact"),
                email: format!("{name}@example.com"),
            },
            (None, false) => panic!(
                "{{{{{head}}}}}: principal '{name}' has no contact; tag the scenario @contact:{name}"
            ),
        };
        match field {
            "email" => json!(contact.email),
            "name" => json!(contact.name),
            _ => panic!("{{{{{head}}}}}: a contact has a name and an email"),
        }
    }
}

fn whole_expr(s: &str) -> Option<&str> {
    let t = s.trim();
    let inner = t.strip_prefix("{{")?.strip_suffix("}}")?;
    (!inner.contains("{{")).then_some(inner.trim())
}

//! `spec diff`: the contract agrees with the botocore models it was made from (plain, gzipped, or as a
//! Smithy JSON AST); a copy with one enum value removed, one member added and one max length changed
//! gives exactly those three differences, classed; an unreadable file exits 2.
use std::{io::Read, path::PathBuf, process::Command};

use serde_json::{Map, Value, json};

const BIN: &str = env!("CARGO_BIN_EXE_pcc-conformance");

/// The botocore version the contract is synced from.
const CURRENT: &str = "1.44.8";

fn fixture_of(version: &str, service: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!(
        "tests/fixtures/botocore-{version}/partnercentral-{service}.service-2.json.gz"
    ))
}

fn fixture(service: &str) -> PathBuf {
    fixture_of(CURRENT, service)
}

fn model(service: &str) -> Value {
    let mut text = String::new();
    flate2::read::GzDecoder::new(std::fs::File::open(fixture(service)).unwrap())
        .read_to_string(&mut text)
        .unwrap();
    serde_json::from_str(&text).unwrap()
}

fn paginators(service: &str) -> Value {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!(
        "tests/fixtures/botocore-{CURRENT}/partnercentral-{service}.paginators-1.json"
    ));
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// `(what, change, subject, class)` of each change `spec diff --format json` lists.
fn changes_of(out: &str) -> Vec<(String, String, String, String)> {
    let doc: Value = serde_json::from_str(out).unwrap();
    doc["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            let s = |k: &str| c[k].as_str().unwrap().to_string();
            (s("what"), s("change"), s("subject"), s("class"))
        })
        .collect()
}

fn diff(path: &std::path::Path, format: &str) -> (Option<i32>, String) {
    let out = Command::new(BIN)
        .args(["spec", "diff"])
        .arg(path)
        .args(["--format", format])
        .output()
        .unwrap();
    let text =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    (out.status.code(), text)
}

#[test]
fn the_contract_agrees_with_the_models_it_was_made_from() {
    for service in ["channel", "account"] {
        let (code, out) = diff(&fixture(service), "md");
        assert_eq!(code, Some(0), "{out}");
        assert!(out.contains("the contract agrees"), "{out}");
    }
}

#[test]
fn a_changed_model_gives_exactly_its_three_changes_with_their_class() {
    let mut m = model("channel");
    let program = m["shapes"]["Program"]["enum"].as_array_mut().unwrap();
    program.retain(|v| v != "DISTRIBUTION_SELLER");
    m["shapes"]["CreateRelationshipRequest"]["members"]["note"] = json!({"shape": "String"});
    m["shapes"]["Catalog"]["max"] = json!(32);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("service-2.json");
    std::fs::write(&path, m.to_string()).unwrap();
    let (code, out) = diff(&path, "json");
    assert_eq!(code, Some(1), "{out}");
    let doc: Value = serde_json::from_str(&out).unwrap();
    let changes: Vec<(String, String, String, String)> = doc["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            let s = |k: &str| c[k].as_str().unwrap().to_string();
            (s("what"), s("subject"), s("detail"), s("class"))
        })
        .collect();
    let expected = [
        ("constraint", "Catalog", "max 64 → 32", "breaking"),
        ("enumValue", "Program", "DISTRIBUTION_SELLER", "breaking"),
        (
            "member",
            "CreateRelationship input.note",
            "optional String",
            "backwardCompatible",
        ),
    ]
    .map(|(a, b, c, d)| (a.to_string(), b.to_string(), c.to_string(), d.to_string()));
    assert_eq!(changes, expected);
    assert_eq!(
        (doc["breaking"].as_u64(), doc["backwardCompatible"].as_u64()),
        (Some(2), Some(1))
    );
    let (_, md) = diff(&path, "md");
    assert!(
        md.contains("| breaking | enumValue | removed | `Program` | DISTRIBUTION_SELLER |"),
        "{md}"
    );
}

#[test]
fn an_unreadable_model_exits_2_naming_the_problem() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing.json");
    let (code, out) = diff(&missing, "md");
    assert_eq!(code, Some(2));
    assert!(out.contains("cannot read"), "{out}");
    let other = dir.path().join("other.json");
    std::fs::write(&other, "{\"a\": 1}").unwrap();
    let (code, out) = diff(&other, "md");
    assert_eq!(code, Some(2));
    assert!(
        out.contains("neither a botocore service-2.json nor a Smithy JSON AST"),
        "{out}"
    );
    std::fs::write(&other, "\u{1f}\u{8b} not gzip").unwrap();
    assert_eq!(diff(&other, "md").0, Some(2));
}

/// botocore's shapes as a Smithy JSON AST: the traits Smithy spells (`required`, `length`, `range`,
/// `pattern`, enum shapes), so the Smithy reader is held to the same model.
fn as_smithy(m: &Value, pages: &Value) -> Value {
    let ns = "com.amazonaws.partnercentralchannel";
    let id = |name: &str| format!("{ns}#{name}");
    let mut shapes = Map::new();
    for (name, s) in m["shapes"].as_object().unwrap() {
        let mut traits = Map::new();
        let range = matches!(s["type"].as_str(), Some("integer" | "long"));
        let mut bounds = Map::new();
        for k in ["min", "max"] {
            if let Some(v) = s.get(k) {
                bounds.insert(k.into(), v.clone());
            }
        }
        if !bounds.is_empty() {
            traits.insert(
                if range {
                    "smithy.api#range"
                } else {
                    "smithy.api#length"
                }
                .into(),
                Value::Object(bounds),
            );
        }
        if let Some(p) = s.get("pattern") {
            traits.insert("smithy.api#pattern".into(), p.clone());
        }
        if s.get("exception").is_some() {
            let fault = if s.get("fault").is_some() {
                "server"
            } else {
                "client"
            };
            traits.insert("smithy.api#error".into(), json!(fault));
        }
        if let Some(r) = s.get("retryable") {
            traits.insert("smithy.api#retryable".into(), r.clone());
        }
        let required: Vec<&str> = s
            .get("required")
            .and_then(Value::as_array)
            .map(|r| r.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        let target = |t: &Value| json!({"target": id(t["shape"].as_str().unwrap())});
        let mut shape = match s["type"].as_str().unwrap() {
            "string" if s.get("enum").is_some() => {
                let members: Map<String, Value> = s["enum"].as_array().unwrap().iter().map(|v| {
                    let v = v.as_str().unwrap();
                    (v.to_string(), json!({"target": "smithy.api#Unit", "traits": {"smithy.api#enumValue": v}}))
                }).collect();
                json!({"type": "enum", "members": members})
            }
            "structure" => {
                let members: Map<String, Value> = s["members"]
                    .as_object()
                    .unwrap()
                    .iter()
                    .map(|(k, v)| {
                        let mut m = target(v);
                        let mut traits = Map::new();
                        if required.contains(&k.as_str()) {
                            traits.insert("smithy.api#required".into(), json!({}));
                        }
                        if v.get("idempotencyToken").is_some() {
                            traits.insert("smithy.api#idempotencyToken".into(), json!({}));
                        }
                        if !traits.is_empty() {
                            m["traits"] = Value::Object(traits);
                        }
                        (k.clone(), m)
                    })
                    .collect();
                let kind = if s.get("union").is_some() {
                    "union"
                } else {
                    "structure"
                };
                json!({"type": kind, "members": members})
            }
            "list" => json!({"type": "list", "member": target(&s["member"])}),
            "map" => json!({"type": "map", "key": target(&s["key"]), "value": target(&s["value"])}),
            other => json!({"type": other}),
        };
        if !traits.is_empty() {
            shape["traits"] = Value::Object(traits);
        }
        shapes.insert(id(name), shape);
    }
    for (name, op) in m["operations"].as_object().unwrap() {
        let errors: Vec<Value> = op["errors"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| json!({"target": id(e["shape"].as_str().unwrap())}))
            .collect();
        let mut traits = Map::new();
        if op.get("readonly").is_some() {
            traits.insert("smithy.api#readonly".into(), json!({}));
        }
        if let Some(p) = pages["pagination"].get(name) {
            traits.insert(
                "smithy.api#paginated".into(),
                json!({"inputToken": p["input_token"], "outputToken": p["output_token"], "items": p["result_key"], "pageSize": p["limit_key"]}),
            );
        }
        shapes.insert(id(name), json!({"type": "operation", "input": {"target": id(op["input"]["shape"].as_str().unwrap())}, "output": {"target": id(op["output"]["shape"].as_str().unwrap())}, "errors": errors, "traits": traits}));
    }
    shapes.insert(
        id("PartnerCentralChannel"),
        json!({"type": "service", "version": "2024-03-18"}),
    );
    json!({"smithy": "2.0", "shapes": shapes})
}

#[test]
fn a_smithy_ast_of_the_same_model_agrees_too() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("model.json");
    let ast = as_smithy(&model("channel"), &paginators("channel"));
    std::fs::write(&path, ast.to_string()).unwrap();
    let (code, out) = diff(&path, "md");
    assert_eq!(code, Some(0), "{out}");
}

#[test]
fn the_older_model_lacks_the_managed_services_additions_and_says_which() {
    let (code, out) = diff(&fixture_of("1.44.5", "account"), "md");
    assert_eq!(code, Some(0), "the Account API did not change: {out}");
    let (code, out) = diff(&fixture_of("1.44.5", "channel"), "json");
    assert_eq!(code, Some(1), "{out}");
    let changes = changes_of(&out);
    let has = |what: &str, subject: &str| {
        changes
            .iter()
            .any(|(w, _, s, _)| w == what && s.starts_with(subject))
    };
    for op in [
        "CreateChannelContract",
        "GetChannelContract",
        "ListChannelContracts",
        "CancelChannelContract",
    ] {
        assert!(has("operation", op), "{op} in {changes:?}");
    }
    assert!(has("constraint", "TaggableArn"), "{changes:?}");
    assert!(
        has("required", "CreateRelationship input.associatedAccountId"),
        "{changes:?}"
    );
    assert!(has("enumValue", "Program"), "{changes:?}");
    assert!(has("enumValue", "AssociationType"), "{changes:?}");
    assert_eq!(changes.len(), 16, "{changes:#?}");
}

#[test]
fn what_verdicts_depend_on_is_compared_too() {
    let mut m = model("channel");
    m["shapes"]["InternalServerException"]
        .as_object_mut()
        .unwrap()
        .remove("retryable");
    m["shapes"]["CreateRelationshipRequest"]["members"]["clientToken"]
        .as_object_mut()
        .unwrap()
        .remove("idempotencyToken");
    m["shapes"]["ConflictException"]["error"] = json!({"httpStatusCode": 409, "senderFault": true});
    m["operations"]["GetRelationship"]
        .as_object_mut()
        .unwrap()
        .remove("readonly");
    m["metadata"]["auth"] = json!(["aws.auth#sigv4"]);
    m["metadata"]["signingName"] = json!("partnercentral");
    let mut pages = paginators("channel");
    pages["pagination"]
        .as_object_mut()
        .unwrap()
        .remove("ListRelationships");
    pages["pagination"]["ListChannelHandshakes"]["limit_key"] = json!("pageSize");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("service-2.json");
    std::fs::write(&path, m.to_string()).unwrap();
    std::fs::write(dir.path().join("paginators-1.json"), pages.to_string()).unwrap();
    let (code, out) = diff(&path, "json");
    assert_eq!(code, Some(1), "{out}");
    let expected = [
        ("auth", "changed", "PartnerCentralChannel", "breaking"),
        ("auth", "removed", "PartnerCentralChannel", "breaking"),
        ("error", "changed", "ConflictException", "breaking"),
        ("error", "changed", "InternalServerException", "breaking"),
        (
            "idempotencyToken",
            "changed",
            "CreateRelationship input.clientToken",
            "breaking",
        ),
        ("paginator", "changed", "ListChannelHandshakes", "breaking"),
        ("paginator", "removed", "ListRelationships", "breaking"),
        ("readonly", "changed", "GetRelationship", "breaking"),
    ]
    .map(|(a, b, c, d)| (a.to_string(), b.to_string(), c.to_string(), d.to_string()));
    assert_eq!(changes_of(&out), expected);
}

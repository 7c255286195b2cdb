//! The suite proves it can fail: run as against a service, at an endpoint that answers every call the
//! same way, it passes only the scenarios listed here, each for a reason that holds of any service, and
//! the coverage it reports is near zero. Nothing in the run recognises such an endpoint: every scenario
//! fails on what it checks.
mod common;

use axum::{
    Router,
    http::{HeaderMap, StatusCode},
    response::IntoResponse,
    routing::any,
};
use serde_json::{Value, json};

/// How the endpoint answers every call.
#[derive(Clone, Copy)]
enum Answer {
    /// 404 ResourceNotFoundException, in each service's own shape.
    NotFound,
    /// 200 `{}`.
    Empty,
}

async fn endpoint(answer: Answer) -> String {
    let app = Router::new().fallback(any(move |headers: HeaderMap| async move {
        let target = headers
            .get("x-amz-target")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        let account = target.starts_with("PartnerCentralAccount.");
        let (status, body) = match answer {
            Answer::Empty => (StatusCode::OK, json!({})),
            Answer::NotFound if account => (
                StatusCode::NOT_FOUND,
                json!({"__type": "ResourceNotFoundException", "Message": "not found", "Reason": "CONNECTION_NOT_FOUND"}),
            ),
            Answer::NotFound => (
                StatusCode::NOT_FOUND,
                json!({"__type": "ResourceNotFoundException", "message": "not found"}),
            ),
        };
        (
            status,
            [
                ("content-type", "application/x-amz-json-1.0"),
                ("x-amzn-requestid", "hollow-1"),
            ],
            body.to_string(),
        )
            .into_response()
    }));
    common::serve(app).await
}

/// The whole suite against `url` as a service, with three principals and the sender's contact.
async fn run(url: &str) -> Value {
    let dir = tempfile::tempdir().unwrap();
    let contact = "sender=Jane Doe <jane@example.org>";
    let ran = common::run_suite(
        &[
            "--endpoint",
            url,
            "--endpoint-kind",
            "service",
            "--contact",
            contact,
        ],
        dir.path(),
    )
    .await;
    assert_ne!(ran.code, Some(0), "a hollow endpoint never passes");
    ran.report
}

/// The scenarios of a report that passed.
fn passing(report: &Value) -> impl Iterator<Item = &Value> {
    report["scenarios"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["status"] == "passed")
}

fn passed(report: &Value) -> Vec<String> {
    let mut names: Vec<String> = passing(report)
        .map(|s| s["name"].as_str().unwrap().to_string())
        .collect();
    names.sort();
    names
}

fn assert_hollow(report: &Value, allowed: &[(&str, &str)]) {
    let names = passed(report);
    let unexplained: Vec<&String> = names
        .iter()
        .filter(|n| !allowed.iter().any(|(a, _)| a == n))
        .collect();
    assert!(
        unexplained.is_empty(),
        "passed with no reason to: {unexplained:#?}"
    );
    assert!(names.len() <= 5, "{names:#?}");
    let coverage = &report["coverage"];
    assert!(
        coverage["percent"].as_f64().unwrap() < 2.0,
        "coverage of a hollow endpoint: {}",
        coverage["percent"]
    );
    assert_eq!(coverage["injection"]["exercised"], 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_endpoint_that_finds_nothing_passes_only_what_asks_for_nothing() {
    let url = endpoint(Answer::NotFound).await;
    let report = run(&url).await;
    // Each asks for a handshake or connection that was never made: any service finds none.
    let unknown = "an unknown id is not found, whatever the service holds";
    assert_hollow(
        &report,
        &[
            (
                "AcceptChannelHandshake on an unknown handshake is not found",
                unknown,
            ),
            (
                "RejectChannelHandshake on an unknown handshake is not found",
                unknown,
            ),
            (
                "CancelChannelHandshake on an unknown handshake is not found",
                unknown,
            ),
            ("an unknown connection is not found", unknown),
        ],
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_endpoint_that_answers_nothing_passes_nothing() {
    let url = endpoint(Answer::Empty).await;
    let report = run(&url).await;
    assert_hollow(&report, &[]);
    assert_eq!(passed(&report), Vec::<String>::new());
}

/// A reason a lazy fake may pass some scenarios: the scenarios it names (a pattern of their titles) claim
/// no more than the fake does.
struct Reason {
    titles: &'static str,
    why: &'static str,
    /// Whether a scenario passing for this reason may hold evidence that tells endpoints apart (a
    /// value shown by a separate read, a refusal beside its control, an error asserted, a value read):
    /// a scenario claiming acceptance alone that holds such evidence against a fake is a check that
    /// does not discriminate.
    evidence: bool,
}

/// Scenarios that claim acceptance alone, in their titles: success is all they show, and their facets
/// count as accepted only.
const ACCEPTED_ONLY: &[Reason] = &[
    Reason {
        titles: r"^\w+ accepts \S+ (= \S+, a value the model lists|at its (minLength|maxLength|minimum|maximum|maxItems) \d+)$",
        why: "a generated probe titled 'accepts' whose value no read can tell apart (a sort, a page size, a filter that nothing made can fail, a member no answer shows)",
        evidence: false,
    },
    Reason {
        titles: r"( is accepted|: succeeds)$",
        why: "a hand-written scenario titled 'is accepted' or 'succeeds': a value no read shows",
        evidence: false,
    },
    Reason {
        titles: r"(may be \w+ with coverage \w+|the support plan may change to \w+)$",
        why: "a support plan a request may name: no read shows it",
        evidence: false,
    },
    Reason {
        titles: r"^the preferences say their access type and revision$",
        why: "a read of the members the contract requires of any answer",
        evidence: true,
    },
];

/// What a fake that keeps what it is sent may pass besides: reading back what it kept.
const KEPT: &[Reason] = &[
    Reason {
        titles: r"^(\w+ on an unknown handshake|an unknown connection|an unknown identifier) is not found$",
        why: "it finds nothing it was not sent: an unknown id is not found",
        evidence: true,
    },
    Reason {
        titles: r"^(a channel contract is taggable|tags passed at create are (stored|visible on the relationship's ARN)|untagging removes keys, and a missing key is no error)$",
        why: "it keeps tags and forgets the ones removed",
        evidence: true,
    },
    Reason {
        titles: r"^(the identifier may be the ARN|both identifiers may be ARNs)$",
        why: "it finds what it keeps by ARN as by id",
        evidence: true,
    },
    Reason {
        titles: r"^(a valid request creates a relationship whose ARN is nested under its program management account|an internal relationship in the government exception sector, resold to the end customer, reads back as created|delete then get is not found, and the program management account can then be deleted)$",
        why: "it keeps what is created with ARNs of the right form and forgets what is deleted",
        evidence: true,
    },
    Reason {
        titles: r"^Example for (Create(ProgramManagementAccount|Relationship)|DeleteRelationship|TagResource|ListTagsForResource|UntagResource|CreateChannelHandshake - \w+( with (Minimum Notice|Fixed Commitment) Period)?)$",
        why: "AWS's example of a write that answers only with what it made (fresh ids, `{}`): it keeps what the write takes, with ARNs of AWS's form, reads it back and forgets what is removed",
        evidence: true,
    },
];

/// Generated probes of a value a write takes: a fake that keeps it reads it back.
const KEPT_PROBES: &[Reason] = &[Reason {
    titles: r"^(Create\w+|UpdateRelationship|TagResource) accepts \S+ (= \S+, a value the model lists|at its (minLength|maxLength) \d+)$",
    why: "it keeps the value a write takes, and the read back shows it",
    evidence: true,
}];

/// List filter probes a fake that lists everything it keeps may pass: the filter's value is the only
/// one anything the scenario can make has, so no decoy can be made.
const NO_DECOY: &[Reason] = &[
    Reason {
        titles: r"^ListChannelContracts accepts contractType = MANAGED_SERVICES_ATTESTATION, a value the model lists$",
        why: "the only contract type the model has",
        evidence: false,
    },
    Reason {
        titles: r"^ListProgramManagementAccounts accepts statuses\[0\] = PENDING, a value the model lists$",
        why: "the state every account is created in, and no call of the API moves it",
        evidence: false,
    },
];

/// What a run against a fake may show: the reasons its passes may have, and its coverage's bound.
struct Bounds {
    reasons: Vec<&'static [Reason]>,
    max_passed: usize,
    max_coverage: f64,
}

/// Checks a scenario recorded that tell an endpoint applying a rule from one that does not.
const DISCRIMINATING: &[&str] = &["readBack", "named", "control", "error", "read", "seen"];

fn discriminates(scenario: &Value) -> bool {
    scenario["exchanges"].as_array().unwrap().iter().any(|e| {
        e["checks"].as_array().is_some_and(|c| {
            c.iter()
                .any(|c| DISCRIMINATING.contains(&c["check"].as_str().unwrap_or("")))
        })
    })
}

/// The titles of the scenarios that passed, each with the reason it may (None: no reason to, or none
/// that allows the evidence it holds).
fn explained<'a>(report: &'a Value, reasons: &[&[Reason]]) -> Vec<(&'a str, Option<&'static str>)> {
    let compiled: Vec<(regex::Regex, &Reason)> = reasons
        .iter()
        .flat_map(|r| r.iter())
        .map(|r| (regex::Regex::new(r.titles).unwrap(), r))
        .collect();
    passing(report)
        .map(|s| {
            let title = s["name"].as_str().unwrap();
            let evidence = discriminates(s);
            let why = compiled
                .iter()
                .find(|(re, r)| re.is_match(title) && (r.evidence || !evidence));
            (title, why.map(|(_, r)| r.why))
        })
        .collect()
}

fn assert_within(fake: common::fakes::Fake, report: &Value, bounds: &Bounds) {
    let passed = explained(report, &bounds.reasons);
    let unexplained: Vec<&str> = passed
        .iter()
        .filter(|(_, why)| why.is_none())
        .map(|(t, _)| *t)
        .collect();
    assert!(
        unexplained.is_empty(),
        "{fake:?} passes scenarios for no listed reason (each must fail on what it checks, or claim no more than this fake does): {unexplained:#?}"
    );
    assert!(
        passed.len() <= bounds.max_passed,
        "{fake:?} passes {} scenarios, more than {}",
        passed.len(),
        bounds.max_passed
    );
    let percent = report["coverage"]["percent"].as_f64().unwrap();
    assert!(
        percent < bounds.max_coverage,
        "{fake:?} earns {percent}% coverage, not under {}%",
        bounds.max_coverage
    );
    assert_eq!(report["coverage"]["injection"]["exercised"], 0);
}

async fn fake_run(fake: common::fakes::Fake) -> Value {
    let url = common::fakes::serve(fake).await;
    run(&url).await
}

/// Runs the suite against `fake` and holds it to `bounds`; the report, for what else a test checks.
async fn judged(fake: common::fakes::Fake, bounds: Bounds) -> Value {
    let report = fake_run(fake).await;
    assert_within(fake, &report, &bounds);
    report
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn refusing_everything_naming_everything_earns_nothing() {
    let bounds = Bounds {
        reasons: vec![],
        max_passed: 5,
        max_coverage: 2.0,
    };
    judged(common::fakes::Fake::RefuseAll, bounds).await;
}

/// What a fake that keeps nothing may earn: the scenarios that claim acceptance alone.
fn keeping_nothing() -> Bounds {
    Bounds {
        reasons: vec![ACCEPTED_ONLY],
        max_passed: 140,
        max_coverage: 15.0,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_fixed_answer_passes_only_what_claims_acceptance() {
    judged(common::fakes::Fake::Fixed, keeping_nothing()).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn echoing_the_request_passes_only_what_claims_acceptance() {
    judged(common::fakes::Fake::Echo, keeping_nothing()).await;
}

/// The passing scenarios whose list call a step judged by what it let through (a filter probe).
fn filter_probes_passed(report: &Value) -> Vec<&str> {
    passing(report)
        .filter(|s| {
            s["exchanges"].as_array().unwrap().iter().any(|e| {
                e["operation"].as_str().unwrap().starts_with("List")
                    && e["checks"].as_array().is_some_and(|c| {
                        c.iter()
                            .any(|c| c["check"] == "readBack" || c["check"] == "echoed")
                    })
            })
        })
        .map(|s| s["name"].as_str().unwrap())
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn keeping_without_rules_fails_every_list_filter_a_decoy_can_show() {
    let bounds = Bounds {
        reasons: vec![ACCEPTED_ONLY, KEPT, KEPT_PROBES],
        max_passed: 200,
        max_coverage: 40.0,
    };
    let report = judged(common::fakes::Fake::Keep, bounds).await;
    let no_decoy: Vec<regex::Regex> = NO_DECOY
        .iter()
        .map(|r| regex::Regex::new(r.titles).unwrap())
        .collect();
    let unexplained: Vec<&str> = filter_probes_passed(&report)
        .into_iter()
        .filter(|t| !no_decoy.iter().any(|re| re.is_match(t)))
        .collect();
    assert!(
        unexplained.is_empty(),
        "list filters passed by a fake that applies none: {unexplained:#?}"
    );
}

/// Tags of scenarios about rules a fake that only keeps, filters, pages and checks shapes lacks.
const RULES: &[&str] = &["lifecycle", "idempotency", "quotas"];

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn shapes_without_rules_fail_every_lifecycle_idempotency_and_quota_scenario() {
    let fake = common::fakes::Fake::Shapes;
    let report = fake_run(fake).await;
    let about_rules: Vec<&str> = passing(&report)
        .filter(|s| {
            s["tags"]
                .as_array()
                .unwrap()
                .iter()
                .any(|t| RULES.contains(&t.as_str().unwrap()))
        })
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert!(about_rules.is_empty(), "{about_rules:#?}");
    let percent = report["coverage"]["percent"].as_f64().unwrap();
    assert!(
        percent < 45.0,
        "coverage of a fake without rules: {percent}%"
    );
}

/// Prints what each fake passes and writes its report to /tmp/fake-<Kind>.json: for finding out, while
/// the reasons above are written (`cargo test --test hollow_endpoint -- --ignored survey`; `FAKES=Keep`
/// for one).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "a survey for writing the lists above, not a check"]
async fn survey_fakes() {
    use common::fakes::Fake;
    let only = std::env::var("FAKES").unwrap_or_default();
    for f in [
        Fake::RefuseAll,
        Fake::Fixed,
        Fake::Echo,
        Fake::Keep,
        Fake::Shapes,
    ] {
        if !only.is_empty() && !only.contains(&format!("{f:?}")) {
            continue;
        }
        let report = fake_run(f).await;
        let passed = passing(&report).count();
        eprintln!(
            "{f:?}: {passed} passed, coverage {}",
            report["coverage"]["percent"]
        );
        std::fs::write(format!("/tmp/fake-{f:?}.json"), report.to_string()).unwrap();
    }
}

//! What the mock does to a principal's calls before the service's rules, as IAM and a bad moment would
//! (a principal's `policy`: operations refused, errors answered to its first calls), the quotas a policy
//! lowers, and adding principals while serving (`POST /_mock/principals`), so that a scenario can have an
//! account of its own to be refused, throttled or capped without touching anyone else's calls.
use std::borrow::Cow;

use serde::Deserialize;
use serde_json::{Value, json};

use super::{call::Call, error::ApiError, state::MockState};
use crate::{
    spec::Operation,
    wire::{
        Principal,
        principal::{FirstFailure, Policy},
    },
};

/// What `POST /_mock/principals` takes: a name and a policy; the mock makes up the account and keys,
/// unless they are given (the same principal added to a second mock, one per service).
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct NewPrincipal {
    pub name: String,
    #[serde(default)]
    pub policy: Policy,
    #[serde(default)]
    pub account_id: Option<String>,
    #[serde(default)]
    pub access_key_id: Option<String>,
    #[serde(default)]
    pub secret_access_key: Option<String>,
}

/// The account and keys of a new principal: all three given, or none (made up here).
fn identity(state: &MockState, new: &NewPrincipal) -> Result<(String, String, String), String> {
    match (&new.account_id, &new.access_key_id, &new.secret_access_key) {
        (None, None, None) => Ok((
            digits(12),
            format!("AKIAGUEST{}", digits(11)),
            super::arn::new_id_of("guest", b"abcdefghijklmnopqrstuvwxyz0123456789/+"),
        )),
        (Some(account), Some(key), Some(secret)) => {
            if account.len() != 12 || !account.bytes().all(|b| b.is_ascii_digit()) {
                return Err(format!("accountId '{account}' is not 12 digits"));
            }
            if key.is_empty() || secret.is_empty() {
                return Err("accessKeyId and secretAccessKey must not be empty".into());
            }
            if principal_by_key(state, key).is_some() {
                return Err(format!(
                    "a principal with access key '{key}' is already known"
                ));
            }
            Ok((account.clone(), key.clone(), secret.clone()))
        }
        _ => {
            Err("give accountId, accessKeyId and secretAccessKey together, or none of them".into())
        }
    }
}

/// Adds a principal with a fresh account and keys (or the ones given); answers it whole (its secret included: the caller
/// signs with it).
pub fn add(state: &MockState, new: NewPrincipal) -> Result<Value, String> {
    if new.name.trim().is_empty() {
        return Err("a principal needs a name".into());
    }
    let named = new.policy.refuse.iter().chain(new.policy.quotas.keys());
    for op in named.chain(&new.policy.failing) {
        if op != "*" && state.contract.catalog.operation(op).is_none() {
            return Err(format!(
                "the policy names '{op}', which is no operation of the contract"
            ));
        }
    }
    let (account_id, access_key_id, secret_access_key) = identity(state, &new)?;
    let principal = Principal {
        name: new.name,
        access_key_id,
        account_id,
        secret_access_key,
        session_token: None,
        contact: None,
        policy: new.policy,
    };
    let answer = json!(principal);
    state.guests.insert(principal)?;
    Ok(answer)
}

/// `n` random decimal digits.
fn digits(n: usize) -> String {
    use rand::RngExt;
    let mut rng = rand::rng();
    (0..n)
        .map(|_| char::from(b'0' + rng.random_range(0..10u8)))
        .collect()
}

/// The principal whose access key is `key`: one the mock was started with, or one added since.
pub fn principal_by_key<'s>(state: &'s MockState, key: &str) -> Option<Cow<'s, Principal>> {
    match state.principal_by_key(key) {
        Some(p) => Some(Cow::Borrowed(p)),
        None => state.guests.by_key(key).map(Cow::Owned),
    }
}

/// The caller's policy on this call, judged right after its identity: an error for one of its first
/// calls of this operation, then IAM's refusal.
pub fn judge(state: &MockState, caller: &Principal, op: &Operation) -> Result<(), ApiError> {
    let policy = &caller.policy;
    if policy.fails(&op.name) {
        let n = state.guests.count(&caller.access_key_id, &op.name);
        match policy.fail_first.get(n) {
            Some(FirstFailure::ThrottlingException) => {
                return Err(ApiError {
                    retry_after_ms: policy.retry_after_ms,
                    ..ApiError::throttling("Rate exceeded")
                });
            }
            Some(FirstFailure::InternalServerException) => {
                return Err(ApiError::internal(
                    "We encountered an internal error. Please try again.",
                ));
            }
            None => {}
        }
    }
    if policy.refuses(&op.name) {
        return Err(ApiError::access_denied(format!(
            "User: arn:aws:iam::{}:user/{} is not authorized to perform: partnercentral:{} because no identity-based policy allows it",
            caller.account_id, caller.name, op.name
        )));
    }
    Ok(())
}

/// The quota of what `call`'s operation makes, where the caller's policy sets one.
pub fn quota(call: &Call<'_>) -> Option<usize> {
    call.caller.policy.quotas.get(&call.op.name).copied()
}

/// What a ServiceQuotaExceededException says of the quota: the Channel API names the resource and the
/// quota's code, the Account API gives a reason.
#[derive(Debug, Clone, Copy)]
pub enum Exceeded<'a> {
    Resource(&'a str),
    Reason(&'a str),
}

/// ServiceQuotaExceededException when the caller's policy sets a quota on what `call` makes and the
/// `owned` live ones (counted only then) already reach it.
pub fn within_quota(
    call: &Call<'_>,
    exceeded: Exceeded<'_>,
    owned: impl FnOnce() -> usize,
) -> Result<(), ApiError> {
    let Some(limit) = quota(call) else {
        return Ok(());
    };
    let owned = owned();
    if owned < limit {
        return Ok(());
    }
    let message = format!(
        "Account {} already has {owned} of what {} makes, the most its quota allows ({limit})",
        call.account(),
        call.op.name
    );
    Err(match exceeded {
        Exceeded::Resource(resource) => ApiError::quota(
            resource,
            call.account(),
            &format!("L-PCC-{}", call.op.name.to_uppercase()),
            message,
        ),
        Exceeded::Reason(reason) => ApiError::quota_because(reason, message),
    })
}

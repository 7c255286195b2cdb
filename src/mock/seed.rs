//! Bulk loading for benchmarks and large-catalog tests: `POST /_mock/seed` makes resources in-process
//! through the operations' own handlers, so every rule, index and listing position is as a call makes it.
use serde::Deserialize;
use serde_json::{Value, json};
use time::OffsetDateTime;

use super::{call::Reply, model::handshake::START};
use super::{
    call::{CATALOGS, Call},
    operations::dispatch,
    store::Store,
};
use crate::{spec::Contract, wire::Principal};

/// At most this many resources in one request, so that a typo cannot exhaust the machine's memory.
pub const MAX_SEED: u64 = 2_000_000;

/// What to make: counts per kind, for one principal in one catalog.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SeedRequest {
    /// The principal (by name) that owns what is made; the first configured one when absent.
    pub principal: Option<String>,
    #[serde(default = "sandbox")]
    pub catalog: String,
    #[serde(default)]
    pub program_management_accounts: u64,
    /// Spread over the PMAs made here, or over the principal's PMAs in the catalog when none are made;
    /// display names `seed-0` … `seed-9` in turn, so that a filter on one matches a tenth.
    #[serde(default)]
    pub relationships: u64,
    /// START_SERVICE_PERIOD handshakes, one for each of the first relationships made here.
    #[serde(default)]
    pub handshakes: u64,
}

fn sandbox() -> String {
    "Sandbox".to_string()
}

/// What a seed made: counts and the first ids of each kind (for a benchmark to address).
#[derive(Debug, Default)]
pub struct Seeded {
    pub program_management_accounts: Vec<String>,
    pub relationships: Made,
    pub handshakes: Made,
}

/// How many of a kind were made, and the ids of the first ones (a million ids are not kept).
#[derive(Debug, Default)]
pub struct Made {
    pub count: usize,
    pub first: Vec<String>,
}

impl Made {
    fn push(&mut self, id: String, keep: usize) {
        self.count += 1;
        if self.first.len() < keep.max(10) {
            self.first.push(id);
        }
    }
}

impl Seeded {
    /// The admin API's answer: counts and up to ten ids of each kind.
    pub fn summary(&self) -> Value {
        let first = |ids: &[String]| ids.iter().take(10).cloned().collect::<Vec<_>>();
        json!({
            "programManagementAccounts": self.program_management_accounts.len(),
            "relationships": self.relationships.count,
            "handshakes": self.handshakes.count,
            "firstIds": {
                "programManagementAccounts": first(&self.program_management_accounts),
                "relationships": first(&self.relationships.first),
                "handshakes": first(&self.handshakes.first),
            },
        })
    }

    /// Everything made, of every kind.
    pub fn total(&self) -> usize {
        self.program_management_accounts.len() + self.relationships.count + self.handshakes.count
    }
}

impl SeedRequest {
    /// Checks the request against what the mock knows before anything is made.
    pub fn check(&self, principals: &[Principal]) -> Result<(), String> {
        if !CATALOGS.contains(&self.catalog.as_str()) {
            return Err(format!(
                "catalog '{}' does not exist; use AWS or Sandbox",
                self.catalog
            ));
        }
        if let Some(name) = &self.principal
            && !principals.iter().any(|p| &p.name == name)
        {
            let known: Vec<&str> = principals.iter().map(|p| p.name.as_str()).collect();
            return Err(format!(
                "no principal named '{name}'; the mock knows {}",
                known.join(", ")
            ));
        }
        let total = self
            .program_management_accounts
            .saturating_add(self.relationships)
            .saturating_add(self.handshakes);
        if total > MAX_SEED {
            return Err(format!(
                "{total} resources asked for; one seed makes at most {MAX_SEED}"
            ));
        }
        if self.handshakes > self.relationships {
            return Err(format!(
                "{} handshakes need as many relationships made by the same seed; {} asked for",
                self.handshakes, self.relationships
            ));
        }
        Ok(())
    }
}

/// Makes what `request` asks for, under one hold of the store. Stops at the first refusal and says which.
pub fn seed(
    store: &mut Store,
    contract: &Contract,
    caller: &Principal,
    request: &SeedRequest,
    now: OffsetDateTime,
) -> Result<Seeded, String> {
    let mut seeded = Seeded::default();
    let mut maker = Maker {
        store,
        contract,
        caller,
        now,
    };
    // Account ids count on from the store's write sequence, so that later seeds never repeat them.
    let base = maker.store.current_seq();
    for i in 0..request.program_management_accounts {
        let input = json!({"catalog": request.catalog, "program": "SOLUTION_PROVIDER",
                           "displayName": format!("seed-{i}"), "accountId": account_id(base + i)});
        let out = maker.make("CreateProgramManagementAccount", &input)?;
        seeded
            .program_management_accounts
            .push(id_at(&out, "/programManagementAccountDetail/id"));
    }
    let pmas = match seeded.program_management_accounts.is_empty() {
        false => seeded.program_management_accounts.clone(),
        true => maker.existing_pmas(&request.catalog),
    };
    if request.relationships > 0 && pmas.is_empty() {
        return Err(format!(
            "relationships need a program management account of '{}' in {}: seed at least one or create one first",
            caller.name, request.catalog
        ));
    }
    maker
        .store
        .reserve_relationships(request.relationships as usize);
    for i in 0..request.relationships {
        let pma = &pmas[(i % pmas.len() as u64) as usize];
        let input = json!({"catalog": request.catalog, "associationType": "END_CUSTOMER",
                           "programManagementAccountIdentifier": pma, "associatedAccountId": account_id(base + i),
                           "displayName": format!("seed-{}", i % 10), "sector": "COMMERCIAL"});
        let out = maker.make("CreateRelationship", &input)?;
        seeded.relationships.push(
            id_at(&out, "/relationshipDetail/id"),
            request.handshakes as usize,
        );
    }
    for i in 0..request.handshakes as usize {
        let relationship = &seeded.relationships.first[i];
        let pma = &pmas[i % pmas.len()];
        let input = json!({"catalog": request.catalog, "handshakeType": START,
            "associatedResourceIdentifier": relationship,
            "payload": {"startServicePeriodPayload": {"programManagementAccountIdentifier": pma,
                        "servicePeriodType": "MINIMUM_NOTICE_PERIOD", "minimumNoticeDays": "30"}}});
        let out = maker.make("CreateChannelHandshake", &input)?;
        seeded
            .handshakes
            .push(id_at(&out, "/channelHandshakeDetail/id"), 0);
    }
    Ok(seeded)
}

/// Calls handlers as `caller` on the store.
struct Maker<'a> {
    store: &'a mut Store,
    contract: &'a Contract,
    caller: &'a Principal,
    now: OffsetDateTime,
}

impl Maker<'_> {
    fn make(&mut self, operation: &str, input: &Value) -> Result<Value, String> {
        let op = self
            .contract
            .operation(operation)
            .ok_or_else(|| format!("the contract has no {operation}"))?;
        let call = Call {
            caller: self.caller,
            op,
            input,
            now: self.now,
        };
        let reply = dispatch(self.store, &call).map_err(|e| {
            format!(
                "{operation} was refused with {}: {}",
                e.type_name,
                e.message()
            )
        })?;
        match reply {
            Reply::Json(v) => Ok(v),
            Reply::Rendered(text) => serde_json::from_str(&text).map_err(|e| e.to_string()),
        }
    }

    /// The ids of the caller's PMAs in `catalog`, oldest first.
    fn existing_pmas(&self, catalog: &str) -> Vec<String> {
        let mut pmas: Vec<_> = self
            .store
            .pmas
            .values()
            .filter(|p| p.owner == self.caller.account_id && p.catalog == catalog)
            .collect();
        pmas.sort_by_key(|p| p.seq);
        pmas.into_iter().map(|p| p.id.clone()).collect()
    }
}

/// A twelve-digit account id made from a counter: distinct for every `i` below 10^12.
fn account_id(i: u64) -> String {
    format!("{:012}", i % 1_000_000_000_000)
}

fn id_at(out: &Value, pointer: &str) -> String {
    out.pointer(pointer)
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string()
}

//! Program management accounts: Create, List, Update, Delete.
use serde_json::{Value, json};
use time::OffsetDateTime;

use super::{
    arn,
    call::{Call, Reply, descending},
    error::ApiError,
    managed,
    model::{PmaStatus, ProgramManagementAccount},
    policy::{Exceeded, within_quota},
    store::Store,
    tags::apply_tags,
};

const RESOURCE: &str = "ProgramManagementAccount";
/// The caller's PMA that `identifier` (id or ARN) names in `catalog`.
pub fn resolve<'s>(
    store: &'s Store,
    account: &str,
    catalog: &str,
    identifier: &str,
) -> Result<&'s ProgramManagementAccount, ApiError> {
    let (id, scope) = arn::identifier_id(identifier);
    let in_scope = scope.is_none_or(|(owner, cat)| owner == account && cat == catalog);
    store
        .pmas
        .get(&id)
        .filter(|p| in_scope && p.owner == account && p.catalog == catalog)
        .ok_or_else(|| ApiError::not_found(RESOURCE, identifier))
}

pub fn create(store: &mut Store, call: &Call<'_>) -> Result<Value, ApiError> {
    let catalog = call.catalog()?.to_string();
    store.idempotent(call, |store| {
        let program = call.str("program").unwrap_or_default();
        let pma_type = managed::pma_type(call)?;
        let account_id = call.str("accountId").unwrap_or_default();
        let owner = call.account();
        let key = (catalog.clone(), program.to_string(), account_id.to_string());
        if let Some(existing) = store.pma_by_key.get(&key) {
            return Err(ApiError::conflict(
                RESOURCE,
                existing,
                format!("A program management account for account {account_id} in program {program} already exists in catalog {catalog}"),
            ));
        }
        let owned = store.pma_count.get(&(owner.to_string(), catalog.clone())).copied().unwrap_or(0);
        within_quota(call, Exceeded::Resource(RESOURCE), || owned)?;
        if owned >= store.pma_quota {
            return Err(ApiError::quota(
                RESOURCE,
                owner,
                "L-PCC-PMA-PER-CATALOG",
                format!("Account {owner} already has {owned} program management accounts in catalog {catalog}, the most allowed"),
            ));
        }
        let id = arn::new_id("pma");
        let arn = arn::pma_arn(owner, &catalog, &id);
        apply_tags(store, &arn, call.input.get("tags"))?;
        let seq = store.next_seq();
        let pma = ProgramManagementAccount {
            id: id.clone(),
            arn: arn.clone(),
            owner: owner.to_string(),
            catalog: catalog.clone(),
            program: program.to_string(),
            display_name: call.str("displayName").unwrap_or_default().to_string(),
            account_id: account_id.to_string(),
            pma_type,
            revision: 1,
            status: PmaStatus::Pending,
            created_at: call.now,
            updated_at: call.now,
            start_date: None,
            seq,
            rendered: String::new(),
        };
        store.insert_pma(pma);
        Ok(json!({"programManagementAccountDetail": {"id": id, "arn": arn}}))
    })
}

pub fn update(store: &mut Store, call: &Call<'_>) -> Result<Value, ApiError> {
    let catalog = call.catalog()?;
    let identifier = call.str("identifier").unwrap_or_default();
    let current = resolve(store, call.account(), catalog, identifier)?;
    let id = current.id.clone();
    if let Some(revision) = call.str("revision")
        && revision != current.revision.to_string()
    {
        return Err(ApiError::conflict(
            RESOURCE,
            &id,
            format!(
                "Revision {revision} is not the current revision {} of {id}",
                current.revision
            ),
        ));
    }
    let seq = store.next_seq();
    let pma = store
        .pmas
        .rewrite(&id, seq, call.now, |pma| {
            if let Some(name) = call.str("displayName") {
                pma.display_name = name.to_string();
            }
            pma.revision += 1;
            pma.updated_at = call.now;
        })
        .ok_or_else(|| ApiError::not_found(RESOURCE, identifier))?;
    Ok(json!({"programManagementAccountDetail": {
        "id": pma.id, "arn": pma.arn, "revision": pma.revision.to_string(), "displayName": pma.display_name,
    }}))
}

/// An accepted PROGRAM_MANAGEMENT_ACCOUNT handshake makes its PMA ACTIVE from `now`.
pub fn activate(store: &mut Store, pma_id: &str, now: OffsetDateTime) {
    let seq = store.next_seq();
    store.pmas.rewrite(pma_id, seq, now, |p| {
        p.status = PmaStatus::Active;
        p.start_date = Some(now);
        p.updated_at = now;
    });
}

pub fn delete(store: &mut Store, call: &Call<'_>) -> Result<Value, ApiError> {
    let catalog = call.catalog()?.to_string();
    store.idempotent(call, |store| {
        let identifier = call.str("identifier").unwrap_or_default();
        let pma = resolve(store, call.account(), &catalog, identifier)?;
        let id = pma.id.clone();
        let dependents = store.relationship_count(&id);
        if dependents > 0 {
            return Err(ApiError::conflict(
                RESOURCE,
                &id,
                format!("{id} still has {dependents} relationship(s); delete them first"),
            ));
        }
        store.remove_pma(&id, call.now.unix_timestamp());
        Ok(json!({}))
    })
}

pub fn list(store: &Store, call: &Call<'_>) -> Result<Reply, ApiError> {
    let catalog = call.catalog()?;
    let (names, programs, accounts, statuses) = (
        call.strings("displayNames"),
        call.strings("programs"),
        call.strings("accountIds"),
        call.strings("statuses"),
    );
    let kind = call.str("type");
    let within = |list: &[&str], value: &str| list.is_empty() || list.contains(&value);
    let page = call.page_request(descending(call.input));
    let owner = call.account();
    let (items, next) = store
        .pmas
        .page(&store.token_key, store.current_seq(), &page, |p| {
            p.owner == owner
                && p.catalog == catalog
                && within(&names, &p.display_name)
                && within(&programs, &p.program)
                && within(&accounts, &p.account_id)
                && within(&statuses, p.status.as_str())
                && kind.is_none_or(|k| p.pma_type.as_deref() == Some(k))
        })
        .map_err(|e| ApiError::business_validation(call.next_token_member(), e.message()))?;
    Ok(call.page(items.iter().map(|p| p.rendered.as_str()), next.as_deref()))
}

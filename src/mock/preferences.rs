//! Partner Central Account API connection preferences: who may invite an account, with a revision that
//! every update must name.
use serde_json::Value;

use super::{call::Call, error::ApiError, model::AccessType, store::Store};

pub fn get(store: &mut Store, call: &Call<'_>) -> Result<Value, ApiError> {
    let catalog = call.catalog()?.to_string();
    let me = call.account();
    Ok(store
        .preferences_of(me, &catalog, call.now)
        .view(me, &catalog))
}

pub fn update(store: &mut Store, call: &Call<'_>) -> Result<Value, ApiError> {
    let catalog = call.catalog()?.to_string();
    let access = call
        .input
        .get("AccessType")
        .cloned()
        .and_then(|a| serde_json::from_value::<AccessType>(a).ok())
        .ok_or_else(|| ApiError::business_validation("AccessType", "AccessType is not known"))?;
    let revision = call
        .input
        .get("Revision")
        .and_then(Value::as_i64)
        .unwrap_or_default();
    let excluded: Vec<String> = call
        .strings("ExcludedParticipantIdentifiers")
        .into_iter()
        .map(str::to_string)
        .collect();
    let me = call.account();
    let now = call.now;
    let current = store.preferences_of(me, &catalog, now);
    if current.revision != revision {
        return Err(ApiError::conflict_because(
            format!(
                "The connection preferences are at revision {}; the update names revision {revision}",
                current.revision
            ),
            "INCOMPATIBLE_CONNECTION_PREFERENCES_REVISION",
        ));
    }
    current.access_type = access;
    current.excluded = excluded;
    current.revision += 1;
    current.updated_at = now;
    Ok(current.view(me, &catalog))
}

//! TagResource, UntagResource, ListTagsForResource.
use std::collections::BTreeMap;

use serde_json::{Value, json};

use super::{
    call::Call,
    error::ApiError,
    store::{MAX_TAGS, Store},
};

fn resource_arn<'a>(store: &Store, call: &'a Call<'_>) -> Result<&'a str, ApiError> {
    let arn = call.str("resourceArn").unwrap_or_default();
    if store.owns_arn(arn, call.account()) {
        Ok(arn)
    } else {
        Err(ApiError::not_found("Resource", arn))
    }
}

/// Merges `tags` (a TagList) into a resource's tags, refusing to go past the limit.
pub fn apply_tags(store: &mut Store, arn: &str, tags: Option<&Value>) -> Result<(), ApiError> {
    let list = tags.and_then(Value::as_array).cloned().unwrap_or_default();
    let mut merged: BTreeMap<String, String> = store.tags.get(arn).cloned().unwrap_or_default();
    for tag in &list {
        let key = tag.get("key").and_then(Value::as_str).unwrap_or_default();
        let value = tag.get("value").and_then(Value::as_str).unwrap_or_default();
        merged.insert(key.to_string(), value.to_string());
    }
    if merged.len() > MAX_TAGS {
        return Err(ApiError::business_validation(
            "tags",
            format!(
                "A resource can have at most {MAX_TAGS} tags; this request would leave {}",
                merged.len()
            ),
        ));
    }
    if !merged.is_empty() {
        store.tags.insert(arn.to_string(), merged);
    }
    Ok(())
}

pub fn tag_resource(store: &mut Store, call: &Call<'_>) -> Result<Value, ApiError> {
    let arn = resource_arn(store, call)?;
    apply_tags(store, arn, call.input.get("tags"))?;
    Ok(json!({}))
}

pub fn untag_resource(store: &mut Store, call: &Call<'_>) -> Result<Value, ApiError> {
    let arn = resource_arn(store, call)?.to_string();
    if let Some(tags) = store.tags.get_mut(&arn) {
        for key in call.strings("tagKeys") {
            tags.remove(key);
        }
    }
    Ok(json!({}))
}

pub fn list_tags_for_resource(store: &Store, call: &Call<'_>) -> Result<Value, ApiError> {
    let arn = resource_arn(store, call)?;
    let tags: Vec<Value> = store
        .tags
        .get(arn)
        .map(|t| {
            t.iter()
                .map(|(k, v)| json!({"key": k, "value": v}))
                .collect()
        })
        .unwrap_or_default();
    Ok(json!({ "tags": tags }))
}

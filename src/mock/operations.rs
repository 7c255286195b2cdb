//! The dispatch table: the handler of each operation, used by the router and by tests that drive the
//! store directly. Adding an operation to the mock is one line here and its handler.
use super::{
    call::{Call, Reply},
    connection,
    error::ApiError,
    handshake, pma, relationship,
    store::Store,
    tags,
};

/// Runs `call` if its operation only reads, sharing the store with other readers; `None` for the others.
pub fn dispatch_read(store: &Store, call: &Call<'_>) -> Option<Result<Reply, ApiError>> {
    let reply = match call.op.name.as_str() {
        "ListProgramManagementAccounts" => pma::list(store, call),
        "GetRelationship" => relationship::get(store, call),
        "ListRelationships" => relationship::list(store, call),
        "GetConnection" => connection::get(store, call).map(Reply::Json),
        "ListConnections" => connection::list(store, call),
        "ListTagsForResource" => tags::list_tags_for_resource(store, call).map(Reply::Json),
        _ => return None,
    };
    Some(reply)
}

/// Runs `call` with the handler of its operation.
pub fn dispatch(store: &mut Store, call: &Call<'_>) -> Result<Reply, ApiError> {
    let json = match call.op.name.as_str() {
        "CreateProgramManagementAccount" => pma::create(store, call),
        "ListProgramManagementAccounts" => return pma::list(store, call),
        "UpdateProgramManagementAccount" => pma::update(store, call),
        "DeleteProgramManagementAccount" => pma::delete(store, call),
        "CreateRelationship" => relationship::create(store, call),
        "GetRelationship" => return relationship::get(store, call),
        "ListRelationships" => return relationship::list(store, call),
        "UpdateRelationship" => relationship::update(store, call),
        "DeleteRelationship" => relationship::delete(store, call),
        "CreateChannelHandshake" => handshake::create(store, call),
        "ListChannelHandshakes" => return handshake::list(store, call),
        "AcceptChannelHandshake" => handshake::accept(store, call),
        "RejectChannelHandshake" => handshake::reject(store, call),
        "CancelChannelHandshake" => handshake::cancel(store, call),
        "GetConnection" => connection::get(store, call),
        "ListConnections" => return connection::list(store, call),
        "CancelConnection" => connection::cancel(store, call),
        "TagResource" => tags::tag_resource(store, call),
        "UntagResource" => tags::untag_resource(store, call),
        "ListTagsForResource" => tags::list_tags_for_resource(store, call),
        other => Err(ApiError::not_implemented(other)),
    };
    json.map(Reply::Json)
}

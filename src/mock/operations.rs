//! The dispatch table: the handler of each operation, used by the router and by tests that drive the
//! store directly. Adding an operation to the mock is one line here and its handler.
use super::{
    call::{Call, Reply},
    connection, contract,
    error::ApiError,
    handshake, invitation, pma, preferences, relationship,
    store::Store,
    tags,
};

/// A handler that only reads the store, so that callers of it may share the store.
pub type Reader = fn(&Store, &Call<'_>) -> Result<Reply, ApiError>;

/// The handler of `operation` if it only reads the store; `None` for operations that write.
pub fn reader(operation: &str) -> Option<Reader> {
    let read: Reader = match operation {
        "ListProgramManagementAccounts" => pma::list,
        "GetRelationship" => relationship::get,
        "ListRelationships" => relationship::list,
        "GetConnection" => |s, c| connection::get(s, c).map(Reply::Json),
        "ListConnections" => connection::list,
        "ListTagsForResource" => |s, c| tags::list_tags_for_resource(s, c).map(Reply::Json),
        _ => return None,
    };
    Some(read)
}

/// Runs `call` with the handler of its operation.
pub fn dispatch(store: &mut Store, call: &Call<'_>) -> Result<Reply, ApiError> {
    if let Some(read) = reader(&call.op.name) {
        return read(store, call);
    }
    let json = match call.op.name.as_str() {
        "CreateProgramManagementAccount" => pma::create(store, call),
        "UpdateProgramManagementAccount" => pma::update(store, call),
        "DeleteProgramManagementAccount" => pma::delete(store, call),
        "CreateRelationship" => relationship::create(store, call),
        "UpdateRelationship" => relationship::update(store, call),
        "DeleteRelationship" => relationship::delete(store, call),
        "CreateChannelHandshake" => handshake::create(store, call),
        "ListChannelHandshakes" => return handshake::list(store, call),
        "AcceptChannelHandshake" => handshake::accept(store, call),
        "RejectChannelHandshake" => handshake::reject(store, call),
        "CancelChannelHandshake" => handshake::cancel(store, call),
        "CreateChannelContract" => contract::create(store, call),
        "GetChannelContract" => contract::get(store, call),
        "ListChannelContracts" => return contract::list(store, call),
        "CancelChannelContract" => contract::cancel(store, call),
        "CancelConnection" => connection::cancel(store, call),
        "CreateConnectionInvitation" => invitation::create(store, call),
        "GetConnectionInvitation" => invitation::get(store, call),
        "ListConnectionInvitations" => return invitation::list(store, call),
        "AcceptConnectionInvitation" => invitation::accept(store, call),
        "RejectConnectionInvitation" => invitation::reject(store, call),
        "CancelConnectionInvitation" => invitation::cancel(store, call),
        "GetConnectionPreferences" => preferences::get(store, call),
        "UpdateConnectionPreferences" => preferences::update(store, call),
        "TagResource" => tags::tag_resource(store, call),
        "UntagResource" => tags::untag_resource(store, call),
        other => Err(ApiError::not_implemented(other)),
    };
    json.map(Reply::Json)
}

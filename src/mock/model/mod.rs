//! The mock's resources as data, with their renderers: they depend on nothing else of the mock but its
//! clock's formatting and its names (ARNs), so the table, the store and the handlers can all use them
//! without a circle.

/// An enumeration of the model: its variants and the names the wire writes.
macro_rules! wire_enum {
    ($(#[$doc:meta])* $name:ident { $($variant:ident = $text:literal),* $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
        pub enum $name {
            $(#[serde(rename = $text)] $variant),*
        }

        impl $name {
            /// The name the wire writes.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text),*
                }
            }

            /// The value the wire calls `text`.
            pub fn parse(text: &str) -> Option<$name> {
                match text {
                    $($text => Some($name::$variant),)*
                    _ => None,
                }
            }
        }
    };
}

pub mod connection;
pub mod contract;
pub mod handshake;
pub mod invitation;
pub mod pma;
pub mod relationship;

pub use connection::{Connection, ConnectionType, ConnectionTypeStatus, Party};
pub use contract::{ChannelContract, ContractStatus};
pub use handshake::{Handshake, HandshakeStatus};
pub use invitation::{AccessType, Invitation, InvitationStatus, Preferences};
pub use pma::{PmaStatus, ProgramManagementAccount};
pub use relationship::{
    AccountScope, AssociationType, Managed, Relationship, ResaleAccountModel, Scope, Sector,
    ServicePeriodType,
};

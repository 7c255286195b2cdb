//! The mock's resources as data, with their renderers: they depend on nothing else of the mock but its
//! clock's formatting, so the table, the store and the handlers can all use them without a circle.
pub mod connection;
pub mod handshake;
pub mod invitation;
pub mod pma;
pub mod relationship;

pub use connection::{Connection, ConnectionType, ConnectionTypeStatus, Party};
pub use handshake::{Handshake, HandshakeStatus};
pub use invitation::{AccessType, Invitation, InvitationStatus, Preferences};
pub use pma::{PmaStatus, ProgramManagementAccount};
pub use relationship::Relationship;

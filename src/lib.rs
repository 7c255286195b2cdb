//! pcc-conformance: a contract and conformance harness for the AWS Partner Central Channel API.
//!
//! Layers, each calling only those above it: `spec` → `wire` → `client` → `mock` → `runner` → `report` → `cli`.
pub mod spec;
pub mod wire;
pub mod client;
pub mod mock;
pub mod runner;
pub mod report;
pub mod cli;

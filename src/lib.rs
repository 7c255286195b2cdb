//! pcc-conformance: a contract and conformance harness for the AWS Partner Central Channel API.
//!
//! Layers, each calling only those above it: `spec` → `wire` → `client` → `mock` → `runner` → `report` → `cli`.
pub mod cli;
pub mod client;
pub mod mock;
pub mod proxy;
pub mod report;
pub mod runner;
pub mod spec;
pub mod wire;

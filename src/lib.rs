//! pcc-conformance: a contract and conformance harness for the AWS Partner Central Channel API.
//!
//! Layers, each calling only those above it: `spec` → `wire` (with `observe`, what servers saw of
//! clients) → `client` → `mock` and `proxy` (the two servers, side by side) → `runner` → `report` → `cli`.
pub mod cli;
pub mod client;
pub mod mock;
pub mod proxy;
pub mod report;
pub mod runner;
pub mod spec;
pub mod wire;

//! pcc-conformance: a contract and conformance harness for the AWS Partner Central Channel API and the
//! Account API's connection flow.
//!
//! Layers, each calling only those above it: `spec` (the catalog with its lifecycles, schemas, facets,
//! `diff` against official models) → `wire` (with `observe`, what servers saw of clients, and `capture`,
//! whole exchanges for HAR) → `client` → `mock` and `proxy` (the two servers, side by side) → `runner` →
//! `report` (JSON, JUnit, Markdown, HTML, HAR, coverage) → `cli`.
pub mod cli;
pub mod client;
pub mod mock;
pub mod proxy;
pub mod report;
pub mod runner;
pub mod spec;
pub mod wire;

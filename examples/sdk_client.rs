//! The official Rust SDK as an SDK user's test, for `pcc-conformance verify-client -- CMD`: the client
//! is configured from the environment only (`AWS_ENDPOINT_URL_PARTNERCENTRAL_CHANNEL`, the keys and the
//! region verify-client sets). Three program management accounts listed page by page, an unknown
//! relationship not found. Exits non-zero, naming what failed, when anything does.
//!
//! `cargo build --example sdk_client`, then
//! `pcc-conformance verify-client --curveballs all -- target/debug/examples/sdk_client`.
use aws_sdk_partnercentralchannel::{Client, types::Program};
use aws_smithy_http_client::tls::{Provider, rustls_provider::CryptoMode};

type Failure = Box<dyn std::error::Error>;

#[tokio::main]
async fn main() -> Result<(), Failure> {
    // This crate builds the SDK without its default HTTPS client (rustls on aws-lc); an SDK user's own
    // project would call `aws_config::load_defaults` with the default one instead.
    let https = aws_smithy_http_client::Builder::new()
        .tls_provider(Provider::Rustls(CryptoMode::Ring))
        .build_https();
    let config = aws_config::defaults(aws_config::BehaviorVersion::latest())
        .http_client(https)
        .load()
        .await;
    let c = Client::new(&config);
    let mut made = Vec::new();
    for (i, account) in ["135792468013", "135792468014", "135792468015"]
        .iter()
        .enumerate()
    {
        let created = c
            .create_program_management_account()
            .catalog("Sandbox")
            .program(Program::Distribution)
            .display_name(format!("SDK PMA {i}"))
            .account_id(*account)
            .send()
            .await?;
        let detail = created
            .program_management_account_detail()
            .ok_or("no detail")?;
        made.push(detail.id().ok_or("no id")?.to_string());
    }
    let mut listed = Vec::new();
    let mut pages = c
        .list_program_management_accounts()
        .catalog("Sandbox")
        .into_paginator()
        .page_size(5)
        .send();
    while let Some(page) = pages.next().await {
        for item in page?.items() {
            listed.push(item.id().unwrap_or_default().to_string());
            if item.created_at().is_none() {
                return Err("a listed account without createdAt".into());
            }
        }
    }
    for id in &made {
        if listed.iter().filter(|l| *l == id).count() != 1 {
            return Err(format!("{id} listed {listed:?}: not exactly once").into());
        }
    }
    let unknown = c
        .get_relationship()
        .catalog("Sandbox")
        .program_management_account_identifier(&made[0])
        .identifier("rs-0000000000000")
        .send()
        .await;
    match unknown {
        Err(e)
            if e.as_service_error()
                .is_some_and(|s| s.is_resource_not_found_exception()) => {}
        other => return Err(format!("an unknown relationship: {other:?}").into()),
    }
    println!("rust sdk ok: {} accounts listed", listed.len());
    Ok(())
}

//! The stateful mock of the service: router, store, clock, admin API, one module per resource.
pub mod admin;
pub mod arn;
pub mod call;
pub mod clock;
pub mod connection;
pub mod contract;
pub mod curveball;
pub mod error;
pub mod faults;
pub mod guests;
pub mod handshake;
pub mod invitation;
pub mod listing;
pub mod log;
pub mod managed;
pub mod model;
pub mod operations;
pub mod pma;
pub mod policy;
pub mod preferences;
pub mod recording;
pub mod relationship;
pub mod retry_after;
pub mod router;
pub mod seed;
pub mod state;
pub mod store;
pub mod table;
pub mod tags;

use std::{net::SocketAddr, sync::Arc};

use axum::{Router, routing::post};

pub use state::{ClientReportRenderer, DEFAULT_PMA_QUOTA, MockConfig, MockState};

/// The mock's HTTP routes over a state.
pub fn router(state: Arc<MockState>) -> Router {
    Router::new()
        .route("/", post(router::handle))
        .merge(admin::routes())
        .fallback(|| async {
            admin::admin_error(
                axum::http::StatusCode::NOT_FOUND,
                "not found: the service answers POST / and the admin API lives under /_mock/",
            )
        })
        .with_state(state)
}

/// A running mock. Stops when `shutdown` is called or when it is dropped.
#[derive(Debug)]
pub struct MockServer {
    state: Arc<MockState>,
    serving: crate::wire::observe::Serving,
}

impl MockServer {
    /// Starts a mock on `bind` (use port 0 for an ephemeral port).
    pub async fn start(config: MockConfig, bind: SocketAddr) -> std::io::Result<MockServer> {
        MockServer::start_with(config, bind, None).await
    }

    /// Starts a mock whose `GET /_mock/client-report` renders with `renderer`.
    pub async fn start_with(
        config: MockConfig,
        bind: SocketAddr,
        renderer: Option<ClientReportRenderer>,
    ) -> std::io::Result<MockServer> {
        let mut state = MockState::new(config);
        state.client_report = renderer;
        let state = Arc::new(state);
        let serving = crate::wire::observe::Serving::start(router(state.clone()), bind).await?;
        Ok(MockServer { state, serving })
    }

    /// Starts a mock with the default principals on an ephemeral port of 127.0.0.1.
    pub async fn start_default() -> std::io::Result<MockServer> {
        MockServer::start(MockConfig::default(), SocketAddr::from(([127, 0, 0, 1], 0))).await
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.serving.addr())
    }

    pub fn addr(&self) -> SocketAddr {
        self.serving.addr()
    }

    pub fn state(&self) -> &Arc<MockState> {
        &self.state
    }

    /// Stops the mock and hands over what it kept: the strict mock's observations of the client (none
    /// unless strict) and the exchanges kept whole (when asked for).
    pub async fn finish(
        self,
    ) -> (
        Vec<crate::wire::observe::Observation>,
        Option<crate::wire::capture::Captures>,
    ) {
        let observations = self
            .state
            .recorder
            .as_ref()
            .map(|r| r.observations())
            .unwrap_or_default();
        let captures = self.state.captures.clone();
        self.shutdown().await;
        (observations, captures)
    }

    /// Stops accepting connections and waits for the server task to end.
    pub async fn shutdown(self) {
        self.serving.shutdown().await;
    }
}

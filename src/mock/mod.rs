//! The stateful mock of the service: router, store, clock, admin API, one module per resource.
pub mod admin;
pub mod arn;
pub mod clock;
pub mod connection;
pub mod error;
pub mod handshake;
pub mod listing;
pub mod log;
pub mod pma;
pub mod relationship;
pub mod router;
pub mod store;
pub mod tags;

use std::{
    net::SocketAddr,
    sync::{Arc, Mutex},
};

use axum::{Router, routing::post};
use tokio::{net::TcpListener, sync::oneshot, task::JoinHandle};

use crate::{spec::Contract, wire::Principal};

/// The default number of program management accounts per owner and catalog.
pub const DEFAULT_PMA_QUOTA: usize = 100;

/// How to build a mock.
#[derive(Debug, Clone)]
pub struct MockConfig {
    pub principals: Vec<Principal>,
    pub pma_quota: usize,
    pub contract: Arc<Contract>,
}

impl Default for MockConfig {
    fn default() -> Self {
        MockConfig {
            principals: crate::wire::default_principals(),
            pma_quota: DEFAULT_PMA_QUOTA,
            contract: Contract::embedded(),
        }
    }
}

/// The state every request handler shares.
#[derive(Debug)]
pub struct MockState {
    pub contract: Arc<Contract>,
    pub principals: Vec<Principal>,
    pub store: Mutex<store::Store>,
    pub clock: clock::Clock,
    pub log: log::RequestLog,
}

impl MockState {
    pub fn new(config: MockConfig) -> MockState {
        MockState {
            contract: config.contract,
            principals: config.principals,
            store: Mutex::new(store::Store::new(config.pma_quota)),
            clock: clock::Clock::default(),
            log: log::RequestLog::default(),
        }
    }

    pub fn principal_by_key(&self, access_key_id: &str) -> Option<&Principal> {
        self.principals
            .iter()
            .find(|p| p.access_key_id == access_key_id)
    }
}

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
    addr: SocketAddr,
    state: Arc<MockState>,
    stop: Option<oneshot::Sender<()>>,
    task: Option<JoinHandle<()>>,
}

impl MockServer {
    /// Starts a mock on `bind` (use port 0 for an ephemeral port).
    pub async fn start(config: MockConfig, bind: SocketAddr) -> std::io::Result<MockServer> {
        let listener = TcpListener::bind(bind).await?;
        let addr = listener.local_addr()?;
        let state = Arc::new(MockState::new(config));
        let app = router(state.clone());
        let (stop, stopped) = oneshot::channel::<()>();
        let task = tokio::spawn(async move {
            let _ = axum::serve(listener, app)
                .with_graceful_shutdown(async {
                    let _ = stopped.await;
                })
                .await;
        });
        Ok(MockServer {
            addr,
            state,
            stop: Some(stop),
            task: Some(task),
        })
    }

    /// Starts a mock with the default principals on an ephemeral port of 127.0.0.1.
    pub async fn start_default() -> std::io::Result<MockServer> {
        MockServer::start(MockConfig::default(), SocketAddr::from(([127, 0, 0, 1], 0))).await
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    pub fn state(&self) -> &Arc<MockState> {
        &self.state
    }

    /// Stops accepting connections and waits for the server task to end.
    pub async fn shutdown(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(task) = self.task.take() {
            let _ = task.await;
        }
    }
}

impl Drop for MockServer {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

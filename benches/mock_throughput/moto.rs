//! The mock beside moto_server, the AWS mock most users reach for, same machine, same run, same load
//! generator: the mock's GetRelationship (signed, verified, schema-checked) against moto's nearest read,
//! CloudWatch Logs DescribeLogGroups on one log group. Opt in with `PCC_BENCH_MOTO=1` (moto_server on the
//! PATH) or `PCC_BENCH_MOTO="python3 -m moto.server"`; `pip install "moto[server]"` installs it.
use std::{
    net::SocketAddr,
    process::{Child, Command, Stdio},
    sync::Arc,
    time::{Duration, Instant},
};

use tokio::runtime::Runtime;

use super::{CONNECTIONS, replay};

/// moto's CloudWatch Logs JSON 1.1 request, with a SigV4-shaped header (moto does not verify it).
fn logs_request(addr: SocketAddr, target: &str, body: &str) -> Vec<u8> {
    format!(
        "POST / HTTP/1.1\r\nhost: {addr}\r\ncontent-type: application/x-amz-json-1.1\r\nx-amz-target: Logs_20140328.{target}\r\n\
         authorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260101/us-east-1/logs/aws4_request, SignedHeaders=host, Signature=00\r\n\
         content-length: {}\r\n\r\n{body}",
        body.len()
    )
    .into_bytes()
}

/// Starts moto on a free port; stops it when dropped.
struct Moto(Child, SocketAddr);

impl Drop for Moto {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn start(command: &str) -> Option<Moto> {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .ok()?
        .local_addr()
        .ok()?
        .port();
    let mut words = command.split_whitespace();
    let program = words.next()?;
    let child = Command::new(program)
        .args(words)
        .args(["-p", &port.to_string()])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    let addr = SocketAddr::from(([127, 0, 0, 1], port));
    let moto = Moto(child, addr);
    let deadline = Instant::now() + Duration::from_secs(30);
    while std::net::TcpStream::connect(addr).is_err() {
        if Instant::now() > deadline {
            return None;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    Some(moto)
}

/// Alternating rounds of the mock's read and moto's; prints both and the factor.
pub fn compare(load: &Runtime, mock: SocketAddr, mock_requests: Arc<Vec<Vec<u8>>>) {
    let Ok(setting) = std::env::var("PCC_BENCH_MOTO") else {
        return;
    };
    let command = if setting == "1" {
        "moto_server"
    } else {
        setting.as_str()
    };
    let Some(moto) = start(command) else {
        println!("moto: '{command}' did not start (pip install \"moto[server]\")");
        return;
    };
    let create = Arc::new(vec![logs_request(
        moto.1,
        "CreateLogGroup",
        r#"{"logGroupName":"bench"}"#,
    )]);
    let once = |addr, requests: &Arc<Vec<Vec<u8>>>, time| {
        load.block_on(replay::measure(
            addr,
            requests.clone(),
            replay::Use::Replay,
            CONNECTIONS,
            time,
            Arc::default(),
        ))
    };
    if let Err(e) = load.block_on(replay::measure(
        moto.1,
        create,
        replay::Use::Once,
        1,
        Duration::from_secs(5),
        Arc::default(),
    )) {
        println!("moto: the log group could not be made: {e}");
        return;
    }
    let describe = Arc::new(vec![logs_request(moto.1, "DescribeLogGroups", "{}")]);
    let round = super::seconds() / 5;
    let mut factors = Vec::new();
    let mut last = None;
    for _ in 0..5 {
        let (Ok(m), Ok(t)) = (
            once(mock, &mock_requests, round),
            once(moto.1, &describe, round),
        ) else {
            println!("moto: a round failed");
            return;
        };
        factors.push(m.per_second / t.per_second);
        last = Some((m, t));
    }
    factors.sort_by(f64::total_cmp);
    if let Some((m, t)) = last {
        println!(
            "mock GetRelationship {:.0}/s (p50 {} µs) vs moto DescribeLogGroups {:.0}/s (p50 {} µs): {:.0}× (median of 5 rounds)",
            m.per_second, m.p50_us, t.per_second, t.p50_us, factors[2]
        );
    }
}

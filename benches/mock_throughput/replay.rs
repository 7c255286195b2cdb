//! A load generator in the manner of wrk: requests signed once before the measurement, written as raw
//! HTTP/1.1 on keep-alive connections from one thread, so that the load costs the same whatever serves it.
use std::{
    net::SocketAddr,
    sync::{
        Arc,
        atomic::{AtomicUsize, Ordering},
    },
    time::{Duration, Instant},
};

use tokio::{
    io::{AsyncReadExt, AsyncWriteExt},
    net::TcpStream,
};

/// A signed request as it goes on the wire.
pub fn wire_bytes(req: &http::Request<Vec<u8>>) -> Vec<u8> {
    let mut out = format!("POST {} HTTP/1.1\r\n", req.uri().path()).into_bytes();
    if !req.headers().contains_key(http::header::HOST)
        && let Some(authority) = req.uri().authority()
    {
        out.extend_from_slice(format!("host: {authority}\r\n").as_bytes());
    }
    for (name, value) in req.headers() {
        out.extend_from_slice(name.as_str().as_bytes());
        out.extend_from_slice(b": ");
        out.extend_from_slice(value.as_bytes());
        out.extend_from_slice(b"\r\n");
    }
    out.extend_from_slice(format!("content-length: {}\r\n\r\n", req.body().len()).as_bytes());
    out.extend_from_slice(req.body());
    out
}

/// How the prepared requests are used: replayed over and over, or each sent once (writes).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Use {
    Replay,
    Once,
}

/// What one measurement saw.
#[derive(Debug, Clone, Copy)]
pub struct Outcome {
    pub per_second: f64,
    pub p50_us: u32,
    pub p99_us: u32,
}

/// Sends `requests` from `connections` keep-alive connections for `time` (or until `Use::Once` runs
/// out, taking them from `next` on); every answer must be a 200.
pub async fn measure(
    addr: SocketAddr,
    requests: Arc<Vec<Vec<u8>>>,
    used: Use,
    connections: usize,
    time: Duration,
    next: Arc<AtomicUsize>,
) -> Result<Outcome, String> {
    let deadline = Instant::now() + time;
    let started = Instant::now();
    let mut tasks = Vec::new();
    for c in 0..connections {
        let (requests, next) = (requests.clone(), next.clone());
        tasks.push(tokio::spawn(async move {
            connection(addr, &requests, used, c, &next, deadline).await
        }));
    }
    let mut latencies = Vec::new();
    for t in tasks {
        latencies.extend(t.await.map_err(|e| e.to_string())??);
    }
    let elapsed = started.elapsed().as_secs_f64();
    if latencies.is_empty() {
        return Err("no request was answered".into());
    }
    latencies.sort_unstable();
    let at = |q: f64| latencies[((latencies.len() - 1) as f64 * q) as usize];
    Ok(Outcome {
        per_second: latencies.len() as f64 / elapsed,
        p50_us: at(0.50),
        p99_us: at(0.99),
    })
}

/// One connection's loop; returns each request's latency in microseconds.
async fn connection(
    addr: SocketAddr,
    requests: &[Vec<u8>],
    used: Use,
    first: usize,
    next: &AtomicUsize,
    deadline: Instant,
) -> Result<Vec<u32>, String> {
    let mut stream = open(addr).await?;
    let mut buf = Vec::with_capacity(64 * 1024);
    let mut latencies = Vec::with_capacity(200_000);
    let mut i = first;
    while Instant::now() < deadline {
        let request = match used {
            Use::Replay => &requests[i % requests.len()],
            Use::Once => match requests.get(next.fetch_add(1, Ordering::Relaxed)) {
                Some(r) => r,
                None => break,
            },
        };
        i += 1;
        let sent = Instant::now();
        stream.write_all(request).await.map_err(|e| e.to_string())?;
        let (status, close) = read_response(&mut stream, &mut buf).await?;
        // A server that does not keep connections alive (HTTP/1.0 style) is reconnected to, as wrk does;
        // the new connection counts in the next request's latency.
        if close {
            stream = open(addr).await?;
        }
        if status != 200 {
            return Err(format!(
                "answered {status}: {}",
                String::from_utf8_lossy(&buf)
            ));
        }
        latencies.push(sent.elapsed().as_micros().min(u32::MAX as u128) as u32);
    }
    Ok(latencies)
}

async fn open(addr: SocketAddr) -> Result<TcpStream, String> {
    let stream = TcpStream::connect(addr).await.map_err(|e| e.to_string())?;
    stream.set_nodelay(true).map_err(|e| e.to_string())?;
    Ok(stream)
}

/// Reads one response (headers, then `content-length` bytes of body) into `buf`; returns its status and
/// whether the server closes the connection after it.
async fn read_response(stream: &mut TcpStream, buf: &mut Vec<u8>) -> Result<(u16, bool), String> {
    buf.clear();
    let mut chunk = [0u8; 16 * 1024];
    loop {
        if let Some(end) = find(buf, b"\r\n\r\n") {
            let head = std::str::from_utf8(&buf[..end]).map_err(|e| e.to_string())?;
            let status = head
                .get(9..12)
                .and_then(|s| s.parse().ok())
                .ok_or_else(|| format!("not an HTTP response: {head}"))?;
            let length = content_length(head).ok_or("a response without content-length")?;
            let close = head.starts_with("HTTP/1.0")
                || head
                    .lines()
                    .any(|l| l.to_ascii_lowercase().replace(' ', "") == "connection:close");
            while buf.len() < end + 4 + length {
                read_more(stream, buf, &mut chunk).await?;
            }
            return Ok((status, close));
        }
        read_more(stream, buf, &mut chunk).await?;
    }
}

async fn read_more(
    stream: &mut TcpStream,
    buf: &mut Vec<u8>,
    chunk: &mut [u8],
) -> Result<(), String> {
    let n = stream.read(chunk).await.map_err(|e| e.to_string())?;
    if n == 0 {
        return Err("the server closed the connection".into());
    }
    buf.extend_from_slice(&chunk[..n]);
    Ok(())
}

fn content_length(head: &str) -> Option<usize> {
    head.lines().find_map(|line| {
        let (name, value) = line.split_once(':')?;
        name.eq_ignore_ascii_case("content-length")
            .then(|| value.trim().parse().ok())
            .flatten()
    })
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

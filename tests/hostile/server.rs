//! A hostile WebSocket server for `tests/hostile.rs`: raw TCP on 127.0.0.1, its own handshake,
//! and one misbehaviour per [`Mode`] (floods, endless fragments, drips, oversized or wrong
//! answers, invalid close codes). It reports what the client did on a channel (connected, sent a
//! close frame with this code, went away), so a test can check that Ctrl-C closed the socket
//! cleanly. Every connection runs on its own threads, which end when the client goes away.

use std::io::{Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// How the server misbehaves once a client connects.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Pings (4-byte payload) as fast as the socket takes them; reads what the client sends.
    PingFlood,
    /// The same, but never reads: the client's pongs pile up.
    PingFloodNoRead,
    /// A text frame without FIN, then empty continuation frames forever.
    EmptyFragments,
    /// A text frame without FIN, then 1-byte continuation frames forever.
    TinyFragments,
    /// A valid handshake, then the header of a 65,535-byte frame and one byte every 50 ms.
    SlowDrip,
    /// The handshake answer itself, one byte every 50 ms.
    SlowHandshake,
    /// `101 Switching Protocols`, then header lines forever.
    HugeHeaders,
    /// A `101` answer whose `Sec-WebSocket-Accept` is not derived from the client's key.
    WrongAcceptKey,
    /// A binary frame whose 64-bit length says 2^63 bytes, then zeros.
    HugeFrame,
    /// A close frame with this code and the reason "bye", then reads until the client goes.
    CloseCode(u16),
}

/// What the server saw a client do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Report {
    /// The handshake request was read (and answered, for the modes that answer).
    Connected,
    /// The client sent a close frame with this code (`None`: no code).
    CloseFrame(Option<u16>),
    /// The client's side of the connection ended.
    Gone,
}

/// A listening hostile server.
pub struct Hostile {
    pub port: u16,
    pub reports: Receiver<Report>,
}

/// Starts a server in `mode`; it is listening when this returns and lives as long as the test
/// process.
pub fn start(mode: Mode) -> Hostile {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("address").port();
    let (tx, rx) = mpsc::channel();
    let tx = Arc::new(Mutex::new(tx));
    std::thread::spawn(move || {
        for tcp in listener.incoming().flatten() {
            let tx = Arc::clone(&tx);
            std::thread::spawn(move || serve(tcp, mode, &tx));
        }
    });
    Hostile { port, reports: rx }
}

fn report(tx: &Mutex<Sender<Report>>, r: Report) {
    if let Ok(tx) = tx.lock() {
        let _ = tx.send(r);
    }
}

/// Reads the request head (at most 16 KiB) and returns the client's `Sec-WebSocket-Key`.
fn read_request(tcp: &mut TcpStream) -> Option<String> {
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") {
        if head.len() > 16 << 10 || !matches!(tcp.read(&mut byte), Ok(1)) {
            return None;
        }
        head.push(byte[0]);
    }
    let text = String::from_utf8_lossy(&head).into_owned();
    text.lines().find_map(|l| {
        let (name, value) = l.split_once(':')?;
        name.trim().eq_ignore_ascii_case("sec-websocket-key").then(|| value.trim().to_string())
    })
}

fn answer(key: &str) -> String {
    format!(
        "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\
         Sec-WebSocket-Accept: {}\r\n\r\n",
        tungstenite::handshake::derive_accept_key(key.as_bytes())
    )
}

/// Floods are written in large bursts: a peer on another machine costs us no CPU, and here the
/// server shares the test machine's cores with the client it floods.
fn serve(mut tcp: TcpStream, mode: Mode, tx: &Mutex<Sender<Report>>) {
    let _ = tcp.set_nodelay(true);
    let Some(key) = read_request(&mut tcp) else { return };
    match mode {
        Mode::SlowHandshake => {
            report(tx, Report::Connected);
            drip(&mut tcp, answer(&key).as_bytes());
            return;
        }
        Mode::HugeHeaders => {
            report(tx, Report::Connected);
            let line = format!("X-Padding: {}\r\n", "x".repeat(1000));
            let mut out = b"HTTP/1.1 101 Switching Protocols\r\n".to_vec();
            for _ in 0..64 {
                out.extend_from_slice(line.as_bytes());
            }
            let _ = tcp.write_all(&out[..35]);
            while tcp.write_all(&out[35..]).is_ok() {}
            return;
        }
        Mode::WrongAcceptKey => {
            report(tx, Report::Connected);
            let _ = tcp.write_all(answer("not the client's key").as_bytes());
            watch_client(tcp, tx);
            return;
        }
        _ => {}
    }
    if tcp.write_all(answer(&key).as_bytes()).is_err() {
        return;
    }
    report(tx, Report::Connected);
    // The flood modes write on this thread while another one reads the client's frames.
    let reader = match mode {
        Mode::PingFloodNoRead => None,
        _ => tcp.try_clone().ok().map(|t| {
            let tx = clone_sender(tx);
            std::thread::spawn(move || watch_client(t, &tx))
        }),
    };
    match mode {
        Mode::PingFlood | Mode::PingFloodNoRead => {
            let burst: Vec<u8> = std::iter::repeat_n([0x89u8, 4, b'p', b'i', b'n', b'g'], 10_000).flatten().collect();
            while tcp.write_all(&burst).is_ok() {}
            if mode == Mode::PingFloodNoRead {
                report(tx, Report::Gone);
            }
        }
        Mode::EmptyFragments | Mode::TinyFragments => {
            let frame: &[u8] = if mode == Mode::EmptyFragments { &[0x00, 0] } else { &[0x00, 1, b'x'] };
            let burst: Vec<u8> = std::iter::repeat_n(frame, 40_000).flatten().copied().collect();
            if tcp.write_all(&[0x01, 0]).is_ok() {
                while tcp.write_all(&burst).is_ok() {}
            }
        }
        Mode::SlowDrip => {
            let mut frame = vec![0x81u8, 126, 0xFF, 0xFF];
            frame.extend(std::iter::repeat_n(b'x', 0xFFFF));
            drip(&mut tcp, &frame);
        }
        Mode::HugeFrame => {
            let header = [0x82u8, 127, 0x80, 0, 0, 0, 0, 0, 0, 0];
            if tcp.write_all(&header).is_ok() {
                let zeros = vec![0u8; 64 << 10];
                while tcp.write_all(&zeros).is_ok() {}
            }
        }
        Mode::CloseCode(code) => {
            let [hi, lo] = code.to_be_bytes();
            let _ = tcp.write_all(&[0x88, 5, hi, lo, b'b', b'y', b'e']);
        }
        Mode::SlowHandshake | Mode::HugeHeaders | Mode::WrongAcceptKey => {}
    }
    if let Some(r) = reader {
        let _ = r.join();
    }
}

fn clone_sender(tx: &Mutex<Sender<Report>>) -> Mutex<Sender<Report>> {
    Mutex::new(tx.lock().expect("reports").clone())
}

/// Writes `bytes` one at a time, 50 ms apart, until done or the client goes.
fn drip(tcp: &mut TcpStream, bytes: &[u8]) {
    for b in bytes {
        if tcp.write_all(&[*b]).is_err() {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Parses the client's frames (masked, small) and reports its close frame and its going away.
fn watch_client(tcp: TcpStream, tx: &Mutex<Sender<Report>>) {
    let _ = tcp.set_read_timeout(Some(Duration::from_secs(120)));
    let Ok(control) = tcp.try_clone() else { return };
    // Buffered, and in batches: the pongs of a flood come by the million, and waking up for
    // each would take the CPU the client under test needs.
    let mut input = std::io::BufReader::with_capacity(64 << 10, Batched(tcp));
    let mut read = |n: usize| -> Option<Vec<u8>> {
        let mut buf = vec![0u8; n];
        input.read_exact(&mut buf).ok().map(|()| buf)
    };
    while let Some(head) = read(2) {
        let opcode = head[0] & 0x0F;
        let mut len = u64::from(head[1] & 0x7F);
        if len == 126 {
            let Some(b) = read(2) else { break };
            len = u64::from(u16::from_be_bytes([b[0], b[1]]));
        } else if len == 127 {
            let Some(b) = read(8) else { break };
            len = u64::from_be_bytes(b.try_into().expect("8 bytes"));
        }
        let mask = if head[1] & 0x80 != 0 { read(4) } else { Some(vec![0; 4]) };
        let Some(mask) = mask else { break };
        // Clients of these tests send small frames; a huge one means the parse went wrong.
        if len > 1 << 20 {
            break;
        }
        let Some(mut payload) = read(len as usize) else { break };
        for (i, b) in payload.iter_mut().enumerate() {
            *b ^= mask[i % 4];
        }
        if opcode == 8 {
            let code = (payload.len() >= 2).then(|| u16::from_be_bytes([payload[0], payload[1]]));
            report(tx, Report::CloseFrame(code));
        }
    }
    report(tx, Report::Gone);
    let _ = control.shutdown(Shutdown::Both);
}

/// A socket read at most once a millisecond.
struct Batched(TcpStream);

impl Read for Batched {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        std::thread::sleep(Duration::from_millis(1));
        self.0.read(buf)
    }
}

//! `ws_raw URL COUNT SIZE`: COUNT round trips (send a text message of SIZE bytes, read the echo)
//! on one WebSocket connection with tungstenite directly, no async runtime, the socket blocking:
//! the practical limit wlang's `SocketEcrit` + `SocketLit` loop is measured against. Prints the
//! seconds spent in the loop (the connection excluded).

use std::time::Instant;

use tungstenite::{Message, connect};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let [_, url, count, size] = &args[..] else {
        eprintln!("usage: ws_raw URL COUNT SIZE");
        std::process::exit(2);
    };
    let count: usize = count.parse().expect("COUNT: a number");
    let size: usize = size.parse().expect("SIZE: a number");
    let (mut ws, _) = connect(url.as_str()).expect("cannot connect");
    if let tungstenite::stream::MaybeTlsStream::Plain(tcp) = ws.get_ref() {
        tcp.set_nodelay(true).expect("TCP_NODELAY");
    }
    let payload = "x".repeat(size);
    let start = Instant::now();
    let mut received = 0usize;
    for _ in 0..count {
        ws.send(Message::text(payload.as_str())).expect("send");
        loop {
            match ws.read().expect("read") {
                Message::Text(text) => {
                    received += text.len();
                    break;
                }
                Message::Binary(data) => {
                    received += data.len();
                    break;
                }
                _ => {}
            }
        }
    }
    let seconds = start.elapsed().as_secs_f64();
    assert_eq!(received, count * size, "short echo");
    let _ = ws.close(None);
    println!("{seconds:.6}");
}

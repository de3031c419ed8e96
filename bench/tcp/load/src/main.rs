//! Peers for wlang's TCP benchmark (bench/tcp/run.py), on the standard library only. Messages use
//! WINDEV's default transmission mode, the size first: `16\r\n` then 16 bytes.
//!
//! - `tcp_load echo-server`: prints its port, then echoes every byte back (a thread per client).
//! - `tcp_load load PORT CONNECTIONS ROUNDS SIZE`: CONNECTIONS clients at once (a thread each),
//!   each doing ROUNDS round trips (send a message, read its echo, check it); prints the round
//!   trips per second over the whole run.
//! - `tcp_load client PORT COUNT SIZE`: the practical limit of a client loop: one connection,
//!   COUNT round trips with blocking reads; prints the round trips per second.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::time::Instant;

fn message(size: usize) -> Vec<u8> {
    let mut m = format!("{size}\r\n").into_bytes();
    m.extend(std::iter::repeat_n(b'x', size));
    m
}

/// One round trip on a buffered stream: sends `msg`, reads back one framed message.
fn round_trip(writer: &mut TcpStream, reader: &mut BufReader<TcpStream>, msg: &[u8], size: usize, buf: &mut Vec<u8>) {
    writer.write_all(msg).expect("write");
    buf.clear();
    reader.read_until(b'\n', buf).expect("read header");
    let n: usize = std::str::from_utf8(&buf[..buf.len() - 2]).expect("header").parse().expect("size");
    assert_eq!(n, size, "unexpected size");
    buf.resize(n, 0);
    reader.read_exact(&mut buf[..n]).expect("read body");
}

fn connect(port: u16) -> (TcpStream, BufReader<TcpStream>) {
    let tcp = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    tcp.set_nodelay(true).expect("nodelay");
    let reader = BufReader::new(tcp.try_clone().expect("clone"));
    (tcp, reader)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let arg = |i: usize| -> usize { args.get(i).and_then(|a| a.parse().ok()).expect("a number") };
    match args.get(1).map(String::as_str) {
        Some("echo-server") => {
            let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
            println!("{}", listener.local_addr().expect("addr").port());
            std::io::stdout().flush().expect("flush");
            for tcp in listener.incoming().flatten() {
                std::thread::spawn(move || {
                    let _ = tcp.set_nodelay(true);
                    let mut out = tcp.try_clone().expect("clone");
                    let mut tcp = tcp;
                    let mut buf = [0u8; 65536];
                    loop {
                        match tcp.read(&mut buf) {
                            Ok(0) | Err(_) => return,
                            Ok(n) => {
                                if out.write_all(&buf[..n]).is_err() {
                                    return;
                                }
                            }
                        }
                    }
                });
            }
        }
        Some("load") => {
            let (port, connections, rounds, size) = (arg(2) as u16, arg(3), arg(4), arg(5));
            let start = Instant::now();
            let threads: Vec<_> = (0..connections)
                .map(|_| {
                    std::thread::spawn(move || {
                        let (mut w, mut r) = connect(port);
                        let msg = message(size);
                        let mut buf = Vec::new();
                        for _ in 0..rounds {
                            round_trip(&mut w, &mut r, &msg, size, &mut buf);
                        }
                    })
                })
                .collect();
            for t in threads {
                t.join().expect("a client failed");
            }
            let secs = start.elapsed().as_secs_f64();
            println!("{:.0}", (connections * rounds) as f64 / secs);
        }
        Some("client") => {
            let (port, count, size) = (arg(2) as u16, arg(3), arg(4));
            let start = Instant::now();
            let (mut w, mut r) = connect(port);
            let msg = message(size);
            let mut buf = Vec::new();
            for _ in 0..count {
                round_trip(&mut w, &mut r, &msg, size, &mut buf);
            }
            let secs = start.elapsed().as_secs_f64();
            println!("{:.0}", count as f64 / secs);
        }
        _ => {
            eprintln!("usage: tcp_load echo-server | load PORT CONNECTIONS ROUNDS SIZE | client PORT COUNT SIZE");
            std::process::exit(2);
        }
    }
}

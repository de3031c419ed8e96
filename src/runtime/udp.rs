//! UDP sockets (`SocketCréeUDP`): datagrams sent to an address and port, datagrams received with
//! their sender (what `SocketClientInfo` reports after a read), broadcast allowed. Stage: runtime.
//! Received datagrams wait in a bounded queue ([`INBOX_MAX`] datagrams); past it the socket stops
//! reading and the system drops what comes, as UDP does under load. Nothing here waits.

use std::collections::VecDeque;
use std::io;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};

use mio::net::UdpSocket;
use mio::{Interest, Token};

use super::reactor::SLICE_BYTES;
use super::{IoCause, NetError, Runtime};

/// Datagrams received and not read yet.
pub const INBOX_MAX: usize = 1024;
/// The largest datagram (IPv4's UDP payload limit).
pub const DATAGRAM_MAX: usize = 65_507;

/// A UDP socket.
pub(crate) struct UdpConn {
    sock: UdpSocket,
    pub local: SocketAddr,
    inbox: VecDeque<(Vec<u8>, SocketAddr)>,
    /// The sender of the last datagram the script read.
    pub last_sender: Option<SocketAddr>,
    paused: bool,
    pub scheduled: bool,
}

impl Runtime {
    /// `SocketCréeUDP`: a UDP socket bound to `port` (0: a free port) at `address` (all of this
    /// machine's IPv4 addresses when `None`), allowed to broadcast. Returns its address.
    pub fn udp_bind(&mut self, name: &str, port: u16, address: Option<IpAddr>) -> Result<SocketAddr, NetError> {
        self.check_new_name(name)?;
        let addr = SocketAddr::new(address.unwrap_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED)), port);
        let mut sock = bind_udp(addr).map_err(|e| match e.kind() {
            io::ErrorKind::AddrInUse => NetError::AddressInUse { address: addr.to_string() },
            io::ErrorKind::AddrNotAvailable => NetError::NotLocalAddress { address: addr.ip().to_string() },
            io::ErrorKind::PermissionDenied => NetError::ListenDenied { address: addr.to_string() },
            _ => NetError::Listen { address: addr.to_string(), cause: IoCause::of(&e) },
        })?;
        let local = sock.local_addr().unwrap_or(addr);
        let id = self.new_id();
        self.poll.registry().register(&mut sock, Token(id), Interest::READABLE).map_err(|e| NetError::poller(&e))?;
        let conn = UdpConn { sock, local, inbox: VecDeque::new(), last_sender: None, paused: false, scheduled: false };
        self.udps.insert(id, conn);
        self.names.insert(name.to_string(), id);
        Ok(local)
    }

    /// Sends one datagram to `to`.
    pub fn udp_send(&mut self, name: &str, payload: &[u8], to: SocketAddr) -> Result<(), NetError> {
        let id = self.id_of(name)?;
        if payload.len() > DATAGRAM_MAX {
            return Err(NetError::MessageTooLarge { size: payload.len() as u64, limit: DATAGRAM_MAX });
        }
        let Some(u) = self.udps.get_mut(&id) else {
            return Err(NetError::NotUdp { name: name.to_string() });
        };
        loop {
            return match u.sock.send_to(payload, to) {
                Ok(_) => Ok(()),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => Err(NetError::SendBufferFull),
                Err(e) => Err(NetError::Send { target: to.to_string(), cause: IoCause::of(&e) }),
            };
        }
    }

    /// Non-blocking: the next datagram received (at most `max` bytes of it; the rest of a
    /// longer one is lost, as with any UDP read), and remembers its sender.
    pub fn udp_try_read(&mut self, name: &str, max: Option<usize>) -> Result<Option<Vec<u8>>, NetError> {
        let id = self.id_of(name)?;
        if self.udps.get(&id).is_some_and(|u| u.scheduled) {
            self.drive_udp(id);
        }
        let Some(u) = self.udps.get_mut(&id) else {
            return Err(NetError::NotUdp { name: name.to_string() });
        };
        let Some((mut data, from)) = u.inbox.pop_front() else {
            return Ok(None);
        };
        u.last_sender = Some(from);
        if let Some(max) = max {
            data.truncate(max);
        }
        if u.paused {
            u.paused = false;
            self.schedule(id);
        }
        Ok(Some(data))
    }

    /// One slice of reading.
    pub(super) fn drive_udp(&mut self, id: usize) {
        let Runtime { udps, scratch, .. } = self;
        let Some(u) = udps.get_mut(&id) else {
            return;
        };
        u.scheduled = false;
        let mut budget = SLICE_BYTES;
        let mut reschedule = false;
        let mut errors = 0;
        loop {
            if u.inbox.len() >= INBOX_MAX {
                u.paused = true;
                break;
            }
            if budget == 0 {
                reschedule = true;
                break;
            }
            match u.sock.recv_from(&mut scratch[..]) {
                Ok((n, from)) => {
                    budget = budget.saturating_sub(n.max(1));
                    u.inbox.push_back((scratch[..n].to_vec(), from));
                }
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => break,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                // An ICMP error reported on this socket (a datagram sent earlier was refused): it
                // is consumed by this read; datagrams may still wait behind it.
                Err(_) => {
                    errors += 1;
                    if errors > 8 {
                        reschedule = true;
                        break;
                    }
                }
            }
        }
        if reschedule {
            self.schedule(id);
        }
    }

    pub(super) fn close_udp(&mut self, id: usize) {
        if let Some(mut u) = self.udps.remove(&id) {
            let _ = self.poll.registry().deregister(&mut u.sock);
        }
    }
}

fn bind_udp(addr: SocketAddr) -> io::Result<UdpSocket> {
    use socket2::{Domain, Protocol, Socket, Type};
    let socket = Socket::new(Domain::for_address(addr), Type::DGRAM, Some(Protocol::UDP))?;
    socket.set_reuse_address(true)?;
    if addr.is_ipv4() {
        socket.set_broadcast(true)?;
    }
    socket.set_nonblocking(true)?;
    socket.bind(&addr.into())?;
    Ok(UdpSocket::from_std(socket.into()))
}

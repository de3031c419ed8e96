//! The socket runtime's errors and THE table of their texts, English and French side by side.
//! Stage: runtime. A [`NetError`] says what failed with the facts that matter (the socket's
//! name, the host, the limit, the cause); [`NetError::text`] words it in the script's language
//! (lowercase, no final period). Details that come from a library or the system (an OpenSSL
//! reason, an unusual I/O error) stay as the library words them. This file must not know how the
//! interpreter reports errors (no spans, no `ErrorInfo` codes) and must not `use crate::`
//! anything outside `runtime`; the interpreter passes its language as a [`Lang`].

use std::fmt;
use std::io;

use super::TlsVersion;

/// The language of the texts (the interpreter maps its own setting onto this).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    En,
    Fr,
}

/// Broad cause of a [`NetError`], for the interpreter to choose an error code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NetErrorKind {
    UnknownSocket,
    NameInUse,
    TooManySockets,
    Dns,
    Refused,
    Timeout,
    Tls,
    Handshake,
    Protocol,
    Closed,
    Io,
    Unsupported,
    /// The wait was ended by Ctrl-C ([`super::Interrupt`]).
    Interrupted,
    /// Listening or binding failed.
    Listen,
}

/// A failed socket operation, or why a connection ended. `Display` gives the English text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NetError {
    UnknownSocket {
        name: String,
    },
    NameInUse {
        name: String,
    },
    TooManySockets {
        limit: usize,
    },
    EmptyAddress,
    InvalidAddress {
        uri: String,
        detail: String,
    },
    InvalidProtocols {
        list: String,
    },
    TlsRange {
        min: TlsVersion,
        max: TlsVersion,
    },
    TlsSetup {
        detail: String,
    },
    /// `detail: None`: the name resolved to no address.
    Resolve {
        host: String,
        detail: Option<String>,
    },
    LookupThread {
        detail: String,
    },
    Refused {
        target: String,
    },
    /// `ms: None`: the system gave up; `Some`: the script's (or the default) connect timeout.
    ConnectTimeout {
        target: String,
        ms: Option<u128>,
    },
    /// `cause: None`: no address was left to try.
    Connect {
        target: String,
        cause: Option<IoCause>,
    },
    TlsHandshake {
        target: String,
        detail: String,
    },
    Tls {
        target: String,
        detail: String,
    },
    HttpStatus {
        status: u16,
    },
    NoProtocolAccepted {
        protocols: Vec<String>,
    },
    Handshake {
        target: String,
        cause: HandshakeCause,
    },
    /// The transport ended without a close frame (reset, end of stream, ...).
    Lost {
        cause: IoCause,
    },
    /// A message over the limit, received or about to be sent.
    MessageTooLarge {
        size: u64,
        limit: usize,
    },
    Protocol {
        cause: ProtocolCause,
    },
    /// The peer keeps sending pings but reads none of the answers.
    PeerNotReading {
        waiting: usize,
    },
    /// tungstenite's write buffer is full (the peer reads nothing).
    WriteBufferFull,
    NotConnectedYet {
        name: String,
    },
    /// `reason`: why the connection ended, when known.
    SocketClosed {
        name: String,
        reason: Option<Box<Ending>>,
    },
    Asynchronous {
        name: String,
    },
    WriteTimeout {
        name: String,
        ms: u128,
    },
    NothingReceived {
        name: String,
    },
    Poller {
        detail: String,
    },
    StartFailed {
        detail: String,
    },
    Interrupted,
    /// A library failure with no better wording (its own text, lowercased).
    Other {
        detail: String,
    },
    /// Too many name lookups still running (see `dns.rs`).
    TooManyLookups {
        limit: usize,
    },
    /// A lookup the script waited for took longer than this.
    LookupTimeout {
        ms: u128,
    },
    /// End-marker mode: no marker within the message limit.
    NoEndTag {
        limit: usize,
    },
    /// Size-prefix mode: the bytes where a length header was expected.
    BadSizeHeader {
        start: String,
    },
    /// Size-prefix mode: the peer stopped in the middle of a message.
    EndedMidMessage {
        received: usize,
    },
    /// The peer of a TCP connection closed it.
    PeerClosed,
    /// `SocketAccepte`/`SocketRefuse` with no connection waiting.
    NothingToAccept {
        name: String,
    },
    /// A listening-socket call on another kind of socket.
    NotListening {
        name: String,
    },
    /// A UDP call on another kind of socket.
    NotUdp {
        name: String,
    },
    /// The system's send buffer of a UDP socket is full.
    SendBufferFull,
    Send {
        target: String,
        cause: IoCause,
    },
    AddressInUse {
        address: String,
    },
    /// An address to listen on that is not one of this machine's.
    NotLocalAddress {
        address: String,
    },
    /// The system refuses to listen there (a port below 1024 without the right).
    ListenDenied {
        address: String,
    },
    Listen {
        address: String,
        cause: IoCause,
    },
    /// A certificate or key file that cannot be used.
    Certificate {
        path: String,
        detail: String,
    },
}

/// Why an I/O operation failed, in words that can be translated when the cause is a common one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IoCause {
    ClosedByServer,
    ResetByServer,
    /// A TCP connection's peer (a client or a server) reset it.
    ResetByPeer,
    BrokenPipe,
    /// The stream ended without a close frame.
    NoClosingHandshake,
    /// The system's own text.
    Other(String),
}

/// Why a WebSocket handshake failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HandshakeCause {
    Io(IoCause),
    ClosedBeforeAnswer,
    /// tungstenite's guard: more than 64 KiB of headers, or too many tiny packets.
    AnswerTooLarge,
    TooManyHeaders,
    WrongAcceptKey,
    /// tungstenite's own text, lowercased.
    Other(String),
}

/// The protocol violations a peer commits most often; the rest keep tungstenite's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProtocolCause {
    ReservedBits,
    InvalidOpcode(u8),
    MaskedFrame,
    NothingToContinue,
    ControlFrameTooBig,
    FragmentedControlFrame,
    InvalidCloseFrame,
    /// A close code that must not appear in a close frame (999, 1005, 1006, 1015, 5000, ...).
    InvalidCloseCode,
    /// A data frame (`TEXT`, `BINARY`) where a continuation frame was expected.
    ExpectedFragment(String),
    InvalidUtf8(String),
    Other(String),
}

/// How an established connection ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ending {
    /// The peer closed; its close-frame reason ("" if none).
    Closed(String),
    /// The connection was lost or failed.
    Failed(NetError),
}

impl Ending {
    /// The reason in `lang`: the peer's own words, or the failure's text.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Ending::Closed(reason) => reason.clone(),
            Ending::Failed(e) => e.text(lang),
        }
    }
}

impl fmt::Display for Ending {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

impl NetError {
    /// Broad cause, for the interpreter to choose an error code.
    pub fn kind(&self) -> NetErrorKind {
        use NetError as E;
        use NetErrorKind as K;
        match self {
            E::UnknownSocket { .. } => K::UnknownSocket,
            E::NameInUse { .. } => K::NameInUse,
            E::TooManySockets { .. } => K::TooManySockets,
            E::EmptyAddress | E::Resolve { .. } => K::Dns,
            E::InvalidAddress { .. } | E::InvalidProtocols { .. } | E::TlsRange { .. } | E::Asynchronous { .. } => {
                K::Unsupported
            }
            E::TlsSetup { .. } | E::TlsHandshake { .. } | E::Tls { .. } => K::Tls,
            E::Refused { .. } => K::Refused,
            E::ConnectTimeout { .. } | E::WriteTimeout { .. } => K::Timeout,
            E::HttpStatus { .. } | E::NoProtocolAccepted { .. } | E::Handshake { .. } => K::Handshake,
            E::MessageTooLarge { .. } | E::Protocol { .. } | E::PeerNotReading { .. } | E::WriteBufferFull => {
                K::Protocol
            }
            E::Lost { .. } | E::NotConnectedYet { .. } | E::SocketClosed { .. } | E::NothingReceived { .. } => {
                K::Closed
            }
            E::LookupThread { .. } | E::Connect { .. } | E::Poller { .. } | E::StartFailed { .. } | E::Other { .. } => {
                K::Io
            }
            E::Interrupted => K::Interrupted,
            E::TooManyLookups { .. } | E::LookupTimeout { .. } => K::Dns,
            E::NoEndTag { .. } | E::BadSizeHeader { .. } | E::EndedMidMessage { .. } => K::Protocol,
            E::PeerClosed => K::Closed,
            E::NothingToAccept { .. } | E::NotListening { .. } | E::NotUdp { .. } => K::Unsupported,
            E::SendBufferFull | E::Send { .. } => K::Io,
            E::AddressInUse { .. } | E::NotLocalAddress { .. } | E::ListenDenied { .. } | E::Listen { .. } => K::Listen,
            E::Certificate { .. } => K::Tls,
        }
    }

    /// The text for the script's user, in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        use NetError as E;
        let t = |en: String, fr: String| if lang == Lang::Fr { fr } else { en };
        match self {
            E::UnknownSocket { name } => {
                t(format!("no socket named \"{name}\""), format!("aucune socket nommée \"{name}\""))
            }
            E::NameInUse { name } => t(
                format!("a socket named \"{name}\" already exists"),
                format!("une socket nommée \"{name}\" existe déjà"),
            ),
            E::TooManySockets { limit } => {
                t(format!("too many sockets: the limit is {limit}"), format!("trop de sockets : la limite est {limit}"))
            }
            E::EmptyAddress => t("empty server address".into(), "adresse du serveur vide".into()),
            E::InvalidAddress { uri, detail } => t(
                format!("invalid websocket address \"{uri}\": {detail}"),
                format!("adresse websocket invalide \"{uri}\" : {detail}"),
            ),
            E::InvalidProtocols { list } => {
                t(format!("invalid protocol list \"{list}\""), format!("liste de protocoles invalide \"{list}\""))
            }
            E::TlsRange { min, max } => t(
                format!("tls minimum version {min} is above maximum version {max}"),
                format!("la version tls minimale {min} est au-dessus de la version maximale {max}"),
            ),
            E::TlsSetup { detail } => {
                t(format!("cannot set up tls: {detail}"), format!("impossible de préparer tls : {detail}"))
            }
            E::Resolve { host, detail: None } => t(
                format!("cannot resolve {host}: no address found"),
                format!("impossible de résoudre {host} : aucune adresse trouvée"),
            ),
            E::Resolve { host, detail: Some(d) } => {
                t(format!("cannot resolve {host}: {d}"), format!("impossible de résoudre {host} : {d}"))
            }
            E::LookupThread { detail } => t(
                format!("cannot start name lookup: {detail}"),
                format!("impossible de lancer la résolution de nom : {detail}"),
            ),
            E::Refused { target } => {
                t(format!("connection to {target} refused"), format!("connexion à {target} refusée"))
            }
            E::ConnectTimeout { target, ms: None } => {
                t(format!("connection to {target} timed out"), format!("délai dépassé pour la connexion à {target}"))
            }
            E::ConnectTimeout { target, ms: Some(ms) } => t(
                format!("connection to {target} timed out after {ms} ms"),
                format!("délai dépassé pour la connexion à {target} après {ms} ms"),
            ),
            E::Connect { target, cause: None } => t(
                format!("cannot connect to {target}: no address to try"),
                format!("impossible de se connecter à {target} : aucune adresse à essayer"),
            ),
            E::Connect { target, cause: Some(c) } => t(
                format!("cannot connect to {target}: {}", c.text(lang)),
                format!("impossible de se connecter à {target} : {}", c.text(lang)),
            ),
            E::TlsHandshake { target, detail } => t(
                format!("tls handshake with {target} failed: {detail}"),
                format!("échec de la négociation tls avec {target} : {detail}"),
            ),
            E::Tls { target, detail } => {
                t(format!("tls error with {target}: {detail}"), format!("erreur tls avec {target} : {detail}"))
            }
            E::HttpStatus { status } => t(
                format!("server answered HTTP {status} instead of switching protocols"),
                format!("le serveur a répondu HTTP {status} au lieu de changer de protocole"),
            ),
            E::NoProtocolAccepted { protocols } => t(
                format!("server accepted none of the requested protocols ({})", protocols.join(", ")),
                format!("le serveur n'a accepté aucun des protocoles demandés ({})", protocols.join(", ")),
            ),
            E::Handshake { target, cause } => t(
                format!("websocket handshake with {target} failed: {}", cause.text(lang)),
                format!("échec de la négociation websocket avec {target} : {}", cause.text(lang)),
            ),
            E::Lost { cause } => {
                t(format!("connection lost: {}", cause.text(lang)), format!("connexion perdue : {}", cause.text(lang)))
            }
            E::MessageTooLarge { size, limit } => t(
                format!("message too large: {size} bytes, the limit is {limit} bytes"),
                format!("message trop grand : {size} octets, la limite est de {limit} octets"),
            ),
            E::Protocol { cause } => t(
                format!("protocol error: {}", cause.text(lang)),
                format!("erreur de protocole : {}", cause.text(lang)),
            ),
            E::PeerNotReading { waiting } => t(
                format!("the server sends pings but reads none of the answers ({waiting} bytes waiting)"),
                format!("le serveur envoie des pings mais ne lit aucune réponse ({waiting} octets en attente)"),
            ),
            E::WriteBufferFull => t(
                "too much data waiting to be sent: the server reads nothing".into(),
                "trop de données en attente d'envoi : le serveur ne lit rien".into(),
            ),
            E::NotConnectedYet { name } => t(
                format!("socket \"{name}\" is not connected yet"),
                format!("la socket \"{name}\" n'est pas encore connectée"),
            ),
            E::SocketClosed { name, reason } => match reason.as_ref().map(|r| r.text(lang)).filter(|r| !r.is_empty()) {
                None => t(format!("socket \"{name}\" is closed"), format!("la socket \"{name}\" est fermée")),
                Some(r) => {
                    t(format!("socket \"{name}\" is closed: {r}"), format!("la socket \"{name}\" est fermée : {r}"))
                }
            },
            E::Asynchronous { name } => t(
                format!("socket \"{name}\" is asynchronous: its messages go to its procedure"),
                format!("la socket \"{name}\" est asynchrone : ses messages vont à sa procédure"),
            ),
            E::WriteTimeout { name, ms } => t(
                format!("write to socket \"{name}\" timed out after {ms} ms: the peer does not read"),
                format!("délai dépassé après {ms} ms pour l'écriture sur la socket \"{name}\" : le pair ne lit pas"),
            ),
            E::NothingReceived { name } => {
                t(format!("nothing received on socket \"{name}\""), format!("rien reçu sur la socket \"{name}\""))
            }
            E::Poller { detail } => {
                t(format!("socket poller failed: {detail}"), format!("l'attente des sockets a échoué : {detail}"))
            }
            E::StartFailed { detail } => t(
                format!("cannot start the socket runtime: {detail}"),
                format!("impossible de démarrer le moteur des sockets : {detail}"),
            ),
            E::Interrupted => t("interrupted".into(), "interrompu".into()),
            E::Other { detail } => detail.clone(),
            E::TooManyLookups { limit } => t(
                format!("too many name lookups still running ({limit}): the name server does not answer"),
                format!("trop de résolutions de nom en cours ({limit}) : le serveur de noms ne répond pas"),
            ),
            E::LookupTimeout { ms } => t(
                format!("the name lookup took more than {ms} ms"),
                format!("la résolution du nom a pris plus de {ms} ms"),
            ),
            E::NoEndTag { limit } => t(
                format!("no end marker within {limit} bytes: the message is too large or the marker is wrong"),
                format!(
                    "aucun marqueur de fin dans les {limit} octets : le message est trop grand ou le marqueur est faux"
                ),
            ),
            E::BadSizeHeader { start } => t(
                format!(
                    "the peer does not send the size of its messages first (received \"{start}\"): change the transmission mode with SocketChangeModeTransmission"
                ),
                format!(
                    "le pair n'envoie pas la taille de ses messages en premier (reçu \"{start}\") : changez le mode de transmission avec SocketChangeModeTransmission"
                ),
            ),
            E::EndedMidMessage { received } => t(
                format!("the connection ended in the middle of a message ({received} bytes received)"),
                format!("la connexion s'est terminée au milieu d'un message ({received} octets reçus)"),
            ),
            E::PeerClosed => t("the peer closed the connection".into(), "le pair a fermé la connexion".into()),
            E::NothingToAccept { name } => t(
                format!("no connection is waiting on socket \"{name}\" (wait for one with SocketAttendConnexion)"),
                format!(
                    "aucune connexion n'attend sur la socket \"{name}\" (attendez-en une avec SocketAttendConnexion)"
                ),
            ),
            E::NotListening { name } => t(
                format!("socket \"{name}\" is not a listening socket (create one with SocketCrée)"),
                format!("la socket \"{name}\" n'est pas une socket d'écoute (créez-en une avec SocketCrée)"),
            ),
            E::NotUdp { name } => t(
                format!("socket \"{name}\" is not a UDP socket"),
                format!("la socket \"{name}\" n'est pas une socket UDP"),
            ),
            E::SendBufferFull => t(
                "the system's send buffer is full: the datagram was not sent".into(),
                "le tampon d'envoi du système est plein : le datagramme n'a pas été envoyé".into(),
            ),
            E::Send { target, cause } => t(
                format!("cannot send to {target}: {}", cause.text(lang)),
                format!("impossible d'envoyer à {target} : {}", cause.text(lang)),
            ),
            E::AddressInUse { address } => t(
                format!("address {address} is already in use (another program listens there)"),
                format!("l'adresse {address} est déjà utilisée (un autre programme y écoute)"),
            ),
            E::NotLocalAddress { address } => t(
                format!("{address} is not an address of this machine"),
                format!("{address} n'est pas une adresse de cette machine"),
            ),
            E::ListenDenied { address } => t(
                format!("the system does not allow listening on {address} (ports below 1024 need privileges)"),
                format!(
                    "le système n'autorise pas l'écoute sur {address} (les ports sous 1024 demandent des privilèges)"
                ),
            ),
            E::Listen { address, cause } => t(
                format!("cannot listen on {address}: {}", cause.text(lang)),
                format!("impossible d'écouter sur {address} : {}", cause.text(lang)),
            ),
            E::Certificate { path, detail } => t(
                format!("cannot use the certificate \"{path}\": {detail}"),
                format!("impossible d'utiliser le certificat \"{path}\" : {detail}"),
            ),
        }
    }

    pub(crate) fn unknown_socket(name: &str) -> NetError {
        NetError::UnknownSocket { name: name.to_string() }
    }

    pub(crate) fn poller(e: &io::Error) -> NetError {
        NetError::Poller { detail: e.to_string() }
    }
}

impl IoCause {
    /// The cause of a failed read or write on a TCP connection, whichever side the peer is.
    pub(crate) fn of_peer(e: &io::Error) -> IoCause {
        match e.kind() {
            io::ErrorKind::ConnectionReset | io::ErrorKind::BrokenPipe => IoCause::ResetByPeer,
            _ => IoCause::of(e),
        }
    }

    pub(crate) fn of(e: &io::Error) -> IoCause {
        match e.kind() {
            io::ErrorKind::UnexpectedEof => IoCause::ClosedByServer,
            io::ErrorKind::ConnectionReset => IoCause::ResetByServer,
            io::ErrorKind::BrokenPipe => IoCause::BrokenPipe,
            _ => IoCause::Other(lower_first(&e.to_string())),
        }
    }

    fn text(&self, lang: Lang) -> String {
        let t = |en: &str, fr: &str| if lang == Lang::Fr { fr.to_string() } else { en.to_string() };
        match self {
            IoCause::ClosedByServer => t("connection closed by the server", "connexion fermée par le serveur"),
            IoCause::ResetByServer => t("connection reset by the server", "connexion réinitialisée par le serveur"),
            IoCause::ResetByPeer => t("connection reset by the peer", "connexion réinitialisée par le pair"),
            IoCause::BrokenPipe => {
                t("connection closed by the server (broken pipe)", "connexion fermée par le serveur (tube rompu)")
            }
            IoCause::NoClosingHandshake => t("closed without a closing handshake", "fermée sans échange de fermeture"),
            IoCause::Other(s) => s.clone(),
        }
    }
}

impl HandshakeCause {
    fn text(&self, lang: Lang) -> String {
        let t = |en: &str, fr: &str| if lang == Lang::Fr { fr.to_string() } else { en.to_string() };
        match self {
            HandshakeCause::Io(c) => c.text(lang),
            HandshakeCause::ClosedBeforeAnswer => t(
                "connection closed by the server before it answered",
                "connexion fermée par le serveur avant sa réponse",
            ),
            HandshakeCause::AnswerTooLarge => t(
                "the answer's headers are too large (over 64 KiB) or come in too many small pieces",
                "les en-têtes de la réponse sont trop grands (plus de 64 Kio) ou arrivent en trop de petits morceaux",
            ),
            HandshakeCause::TooManyHeaders => t("the answer has too many headers", "la réponse a trop d'en-têtes"),
            HandshakeCause::WrongAcceptKey => t(
                "the server's Sec-WebSocket-Accept key does not match the request",
                "la clé Sec-WebSocket-Accept du serveur ne correspond pas à la demande",
            ),
            HandshakeCause::Other(s) => s.clone(),
        }
    }
}

impl ProtocolCause {
    fn text(&self, lang: Lang) -> String {
        let t = |en: String, fr: String| if lang == Lang::Fr { fr } else { en };
        match self {
            ProtocolCause::ReservedBits => t("reserved bits are non-zero".into(), "bits réservés non nuls".into()),
            ProtocolCause::InvalidOpcode(n) => {
                t(format!("encountered invalid opcode: {n}"), format!("code d'opération invalide : {n}"))
            }
            ProtocolCause::MaskedFrame => {
                t("received a masked frame from server".into(), "trame masquée reçue du serveur".into())
            }
            ProtocolCause::NothingToContinue => t(
                "continue frame but nothing to continue".into(),
                "trame de continuation sans message à continuer".into(),
            ),
            ProtocolCause::ControlFrameTooBig => t(
                "control frame too big (payload must be 125 bytes or less)".into(),
                "trame de contrôle trop grande (125 octets au plus)".into(),
            ),
            ProtocolCause::FragmentedControlFrame => {
                t("fragmented control frame".into(), "trame de contrôle fragmentée".into())
            }
            ProtocolCause::InvalidCloseFrame => t("invalid close frame".into(), "trame de fermeture invalide".into()),
            ProtocolCause::InvalidCloseCode => t(
                "the server closed with an invalid close code".into(),
                "le serveur a fermé avec un code de fermeture invalide".into(),
            ),
            ProtocolCause::ExpectedFragment(kind) => t(
                format!("a {kind} frame came in the middle of a fragmented message"),
                format!("une trame {kind} est arrivée au milieu d'un message fragmenté"),
            ),
            ProtocolCause::InvalidUtf8(d) => t(
                format!("invalid utf-8 in a text message: {d}"),
                format!("utf-8 invalide dans un message texte : {d}"),
            ),
            ProtocolCause::Other(s) => s.clone(),
        }
    }
}

impl fmt::Display for NetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

impl std::error::Error for NetError {}

/// Lowercases the first letter of a library message, unless it starts an acronym ("HTTP").
pub(crate) fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match (c.next(), c.clone().next()) {
        (Some(f), Some(g)) if !g.is_uppercase() => f.to_lowercase().chain(c).collect(),
        _ => s.to_string(),
    }
}

/// OpenSSL's reason without its error-queue decoration:
/// "error:0A000086:SSL routines:func:certificate verify failed:file.c:1889: (unable to get
/// local issuer certificate)" becomes "certificate verify failed (unable to get local issuer
/// certificate)".
pub(crate) fn openssl_reason(s: &str) -> String {
    if let Some(rest) = s.strip_prefix("error:") {
        let parts: Vec<&str> = rest.splitn(6, ':').collect();
        if let Some(reason) = parts.get(3).filter(|r| !r.is_empty()) {
            let detail = s.rfind(" (").filter(|_| s.ends_with(')')).map_or("", |i| &s[i..]);
            return format!("{reason}{detail}");
        }
    }
    lower_first(s)
}

//! One HTTP request of the http family, run on a helper thread by `ureq` over native-tls, so
//! that the interpreter's event loop goes on while it runs. Plain Rust data in (`Plan`, `Net`),
//! plain Rust data out (`Reply` or `Failure`, whose texts are in both languages); no `Value`,
//! no `Host`.
//!
//! The run's network settings apply as they do to the sockets: `--connect-to` dials another
//! address for a host and port (the Host header, SNI and the certificate check keep the URL's
//! host), `--echo` dials the echo server, `--cacert` adds trusted roots, `-k` skips the checks,
//! and under `--sandbox` a host no rule maps is refused, redirections included (the resolver
//! is where every connection of a request, first or redirected, asks for an address). Proxy
//! variables of the environment are ignored: a script reaches what the command line allows.

use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use ureq::http::{self, Uri};
use ureq::tls::{Certificate, PemItem, RootCerts, TlsConfig, TlsProvider};
use ureq::unversioned::resolver::{DefaultResolver, ResolvedSocketAddrs, Resolver};
use ureq::unversioned::transport::{DefaultConnector, NextTimeout};

use crate::lang::Lang;
use crate::runtime::{ConnectTo, RouteAll};

/// The run's network settings, shared by every request.
#[derive(Debug)]
pub struct Net {
    pub connect_to: Vec<ConnectTo>,
    pub route_all: Option<RouteAll>,
    /// `None`: the system's roots only. Otherwise the system's roots and `--cacert`'s (or only
    /// the echo server's CA under `--echo`), or why they could not be read.
    pub roots: Option<Result<Arc<Vec<Certificate<'static>>>, String>>,
    /// `-k`/`--insecure`.
    pub insecure: bool,
    /// The largest response body accepted.
    pub max_body: u64,
    /// `--sandbox`: the (host, port) pairs a connection may go to; `None`: any.
    pub allowed: Option<Vec<(String, u16)>>,
}

impl Net {
    /// The trusted roots for these extra PEM buffers: the system's bundle (as OpenSSL finds it)
    /// followed by the extra certificates; `pinned` (the `--echo` case): the extra ones only.
    pub fn roots(extra_pem: &[Vec<u8>], pinned: bool) -> Option<Result<Arc<Vec<Certificate<'static>>>, String>> {
        if extra_pem.is_empty() {
            return None;
        }
        let mut certs = Vec::new();
        if !pinned && let Some(bundle) = openssl_probe::probe().cert_file.and_then(|f| std::fs::read(f).ok()) {
            certs.extend(pem_certificates(&bundle));
        }
        for pem in extra_pem {
            let extra: Vec<_> = pem_certificates(pem).collect();
            if extra.is_empty() {
                return Some(Err("--cacert: no certificate found".to_owned()));
            }
            certs.extend(extra);
        }
        Some(Ok(Arc::new(certs)))
    }
}

fn pem_certificates(pem: &[u8]) -> impl Iterator<Item = Certificate<'static>> + '_ {
    ureq::tls::parse_pem(pem).filter_map(|item| match item {
        Ok(PemItem::Certificate(c)) => Some(c),
        _ => None,
    })
}

/// What to send.
#[derive(Debug, Clone)]
pub struct Plan {
    pub method: &'static str,
    pub url: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    pub user_agent: String,
    pub timeout: Duration,
    /// Redirections are followed (up to `MAX_REDIRECTS`) unless `httpIgnoreRedirection`.
    pub follow_redirects: bool,
    /// A certificate error is ignored (`httpIgnoreCertificatInvalide`, ...).
    pub skip_certificate_checks: bool,
    /// An HTTPS request may be redirected to HTTP (`httpIgnoreRenvoiHTTP`).
    pub allow_downgrade: bool,
}

/// How many redirections a request follows at most.
pub const MAX_REDIRECTS: u32 = 10;

/// What the server answered.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Reply {
    pub status: u16,
    /// The standard reason phrase of the status ("Not Found").
    pub description: String,
    /// Header names as usually written ("Content-Type"), values; repeated headers are joined
    /// with ", " except `Set-Cookie`, kept apart in `cookies`.
    pub headers: Vec<(String, String)>,
    pub cookies: Vec<String>,
    /// The status line and the header lines, each ended by CR LF, then an empty line.
    pub raw_header: String,
    pub content_type: String,
    pub body: Vec<u8>,
}

/// Why a request got no answer: `ErreurInfo()` in both languages.
#[derive(Debug, Clone, PartialEq)]
pub enum Failure {
    BadUrl {
        url: String,
    },
    UnknownMethod(i64),
    Denied {
        host: String,
        port: u16,
    },
    Lookup {
        host: String,
    },
    Refused {
        target: String,
    },
    Unreachable {
        target: String,
        detail: String,
    },
    Timeout {
        url: String,
        after: Duration,
    },
    Certificate {
        url: String,
        detail: String,
    },
    Tls {
        url: String,
        detail: String,
    },
    Downgrade {
        url: String,
    },
    TooManyRedirects {
        url: String,
    },
    TooLarge {
        url: String,
        limit: u64,
    },
    HeaderTooLarge {
        url: String,
    },
    Protocol {
        url: String,
        detail: String,
    },
    Closed {
        url: String,
    },
    Roots(String),
    /// The helper thread could not start.
    Thread(String),
    Other {
        url: String,
        detail: String,
    },
}

impl Failure {
    pub fn text(&self, lang: Lang) -> String {
        let t = |en: String, fr: String| lang.pick(en, fr);
        match self {
            Failure::BadUrl { url } => t(
                format!("\"{url}\" is not an http:// or https:// URL"),
                format!("\"{url}\" n'est pas une URL http:// ou https://"),
            ),
            Failure::UnknownMethod(m) => t(
                format!("{m} is not an HTTP method (httpGet, httpPost, httpPut, httpDelete, ...)"),
                format!("{m} n'est pas une méthode HTTP (httpGet, httpPost, httpPut, httpDelete, ...)"),
            ),
            Failure::Denied { host, port } => t(
                format!("--sandbox: the connection to {host}:{port} is denied (no --connect-to maps it)"),
                format!("--sandbox : la connexion à {host}:{port} est refusée (aucun --connect-to ne l'associe)"),
            ),
            Failure::Lookup { host } => t(format!("cannot resolve {host}"), format!("impossible de résoudre {host}")),
            Failure::Refused { target } => {
                t(format!("{target} refused the connection"), format!("{target} a refusé la connexion"))
            }
            Failure::Unreachable { target, detail } => t(
                format!("cannot connect to {target}: {detail}"),
                format!("impossible de se connecter à {target} : {detail}"),
            ),
            Failure::Timeout { url, after } => t(
                format!("no complete answer from {url} within {}", seconds(*after, Lang::En)),
                format!("pas de réponse complète de {url} en {}", seconds(*after, Lang::Fr)),
            ),
            Failure::Certificate { url, detail } => t(
                format!(
                    "the certificate of {url} is not trusted ({detail}); --cacert adds a trusted CA, httpIgnoreCertificatInvalide in IgnoreErreur skips the check"
                ),
                format!(
                    "le certificat de {url} n'est pas reconnu ({detail}) ; --cacert ajoute une autorité reconnue, httpIgnoreCertificatInvalide dans IgnoreErreur saute la vérification"
                ),
            ),
            Failure::Tls { url, detail } => {
                t(format!("TLS failed with {url}: {detail}"), format!("échec TLS avec {url} : {detail}"))
            }
            Failure::Downgrade { url } => t(
                format!("an HTTPS request was redirected to {url} (not secure); httpIgnoreRenvoiHTTP allows it"),
                format!(
                    "une requête HTTPS a été redirigée vers {url} (non sécurisé) ; httpIgnoreRenvoiHTTP l'autorise"
                ),
            ),
            Failure::TooManyRedirects { url } => t(
                format!("more than {MAX_REDIRECTS} redirections from {url}"),
                format!("plus de {MAX_REDIRECTS} redirections depuis {url}"),
            ),
            Failure::TooLarge { url, limit } => t(
                format!("the answer of {url} is larger than {} (the largest accepted)", bytes(*limit, Lang::En)),
                format!("la réponse de {url} dépasse {} (le maximum accepté)", bytes(*limit, Lang::Fr)),
            ),
            Failure::HeaderTooLarge { url } => t(
                format!("the header of the answer of {url} is too large"),
                format!("l'entête de la réponse de {url} est trop grand"),
            ),
            Failure::Protocol { url, detail } => t(
                format!("{url} did not answer in HTTP: {detail}"),
                format!("{url} n'a pas répondu en HTTP : {detail}"),
            ),
            Failure::Closed { url } => t(
                format!("{url} closed the connection before answering"),
                format!("{url} a fermé la connexion avant de répondre"),
            ),
            Failure::Roots(detail) => t(
                format!("the trusted certificates cannot be read: {detail}"),
                format!("les certificats reconnus ne peuvent pas être lus : {detail}"),
            ),
            Failure::Thread(detail) => {
                t(format!("cannot start the request: {detail}"), format!("impossible de lancer la requête : {detail}"))
            }
            Failure::Other { url, detail } => t(
                format!("the request to {url} failed: {detail}"),
                format!("la requête vers {url} a échoué : {detail}"),
            ),
        }
    }
}

fn seconds(d: Duration, lang: Lang) -> String {
    let ms = d.as_millis();
    match (ms.is_multiple_of(1000), lang) {
        (true, _) => format!("{} s", ms / 1000),
        (false, Lang::En) => format!("{:.1} s", d.as_secs_f64()),
        (false, Lang::Fr) => format!("{:.1} s", d.as_secs_f64()).replace('.', ","),
    }
}

fn bytes(n: u64, lang: Lang) -> String {
    match (n.is_multiple_of(1 << 20), lang) {
        (true, Lang::En) => format!("{} MiB", n >> 20),
        (true, Lang::Fr) => format!("{} Mio", n >> 20),
        (false, Lang::En) => format!("{n} bytes"),
        (false, Lang::Fr) => format!("{n} octets"),
    }
}

/// The URL a script gives, checked: an address without a scheme is taken as http:// (as
/// `HTTPRequête("www.example.com")` is), and characters a URL cannot hold (accented letters,
/// spaces, ...) are percent-encoded as UTF-8. Returns the URL and its host (bare) and port.
pub fn parse_url(url: &str) -> Result<(String, String, u16), Failure> {
    let bad = || Failure::BadUrl { url: url.to_owned() };
    let trimmed = url.trim();
    let mut full = if trimmed.contains("://") { String::new() } else { "http://".to_owned() };
    for c in trimmed.chars() {
        if c.is_ascii_graphic() && !"\"<>\\^`{|}".contains(c) {
            full.push(c);
        } else {
            let mut buf = [0; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                full.push_str(&format!("%{b:02X}"));
            }
        }
    }
    let uri: Uri = full.parse().map_err(|_| bad())?;
    let port = match uri.scheme_str().map(str::to_ascii_lowercase).as_deref() {
        Some("http") => 80,
        Some("https") => 443,
        _ => return Err(bad()),
    };
    let authority = uri.authority().ok_or_else(bad)?;
    let host = bare(authority.host()).to_owned();
    if host.is_empty() {
        return Err(bad());
    }
    Ok((full, host, authority.port_u16().unwrap_or(port)))
}

/// An IPv6 host without its brackets.
fn bare(host: &str) -> &str {
    host.strip_prefix('[').and_then(|h| h.strip_suffix(']')).unwrap_or(host)
}

/// Where every connection of a request asks for an address: the sandbox's check, then the
/// run's routing (`--echo`, `--connect-to`), then DNS.
#[derive(Debug)]
struct Routing {
    net: Arc<Net>,
    /// The (host, port) the sandbox refused, for the caller to report.
    denied: Arc<Mutex<Option<(String, u16)>>>,
}

impl Resolver for Routing {
    fn resolve(
        &self,
        uri: &Uri,
        config: &ureq::config::Config,
        timeout: NextTimeout,
    ) -> Result<ResolvedSocketAddrs, ureq::Error> {
        let tls = uri.scheme_str().is_some_and(|s| s.eq_ignore_ascii_case("https"));
        let authority = uri.authority().ok_or_else(|| ureq::Error::BadUri(uri.to_string()))?;
        let host = bare(authority.host()).to_owned();
        let port = authority.port_u16().unwrap_or(if tls { 443 } else { 80 });
        if let Some(allowed) = &self.net.allowed
            && !allowed.iter().any(|(h, p)| *p == port && bare(h).eq_ignore_ascii_case(&host))
        {
            if let Ok(mut denied) = self.denied.lock() {
                *denied = Some((host, port));
            }
            return Err(ureq::Error::HostNotFound);
        }
        let (to_host, to_port) = if let Some(r) = self.net.route_all {
            let a = if tls { r.tls } else { r.plain };
            (a.ip().to_string(), a.port())
        } else if let Some(m) =
            self.net.connect_to.iter().find(|m| m.from_port == port && bare(&m.from_host).eq_ignore_ascii_case(&host))
        {
            (bare(&m.to_host).to_owned(), m.to_port)
        } else {
            (host, port)
        };
        if let Ok(ip) = to_host.parse::<IpAddr>() {
            let mut addrs = self.empty();
            addrs.push(SocketAddr::new(ip, to_port));
            return Ok(addrs);
        }
        let target: Uri = format!("http://{to_host}:{to_port}/").parse().map_err(|_| ureq::Error::HostNotFound)?;
        // A failed lookup comes back as an I/O error: it is a name that does not resolve.
        DefaultResolver::default().resolve(&target, config, timeout).map_err(|e| match e {
            ureq::Error::Io(_) => ureq::Error::HostNotFound,
            other => other,
        })
    }
}

/// Sends the request and reads the whole answer (on the calling thread: a helper thread).
pub fn perform(net: &Arc<Net>, plan: &Plan) -> Result<Reply, Failure> {
    let roots = match &net.roots {
        None => RootCerts::PlatformVerifier,
        Some(Ok(certs)) => RootCerts::Specific(certs.clone()),
        Some(Err(e)) => return Err(Failure::Roots(e.clone())),
    };
    let tls = TlsConfig::builder()
        .provider(TlsProvider::NativeTls)
        .root_certs(roots)
        .disable_verification(net.insecure || plan.skip_certificate_checks)
        .build();
    let https = plan.url.get(..8).is_some_and(|s| s.eq_ignore_ascii_case("https://"));
    let config = ureq::config::Config::builder()
        .tls_config(tls)
        .proxy(None)
        .http_status_as_error(false)
        .max_redirects(if plan.follow_redirects { MAX_REDIRECTS } else { 0 })
        .https_only(https && !plan.allow_downgrade)
        .timeout_global(Some(plan.timeout))
        .user_agent(plan.user_agent.as_str())
        .allow_non_standard_methods(true)
        .max_idle_connections(0)
        .build();
    let denied = Arc::new(Mutex::new(None));
    let routing = Routing { net: Arc::clone(net), denied: Arc::clone(&denied) };
    let agent = ureq::Agent::with_parts(config, DefaultConnector::default(), routing);

    let url = plan.url.clone();
    let mut request = http::Request::builder().method(plan.method).uri(&plan.url);
    for (name, value) in &plan.headers {
        request = request.header(name.as_str(), value.as_str());
    }
    let sent = if plan.body.is_empty() {
        request.body(()).map_err(|_| Failure::BadUrl { url: url.clone() }).map(|r| agent.run(r))?
    } else {
        request.body(plan.body.clone()).map_err(|_| Failure::BadUrl { url: url.clone() }).map(|r| agent.run(r))?
    };
    let failure = |e: ureq::Error| {
        if let Ok(mut d) = denied.lock()
            && let Some((host, port)) = d.take()
        {
            return Failure::Denied { host, port };
        }
        failure_of(e, plan, net)
    };
    let mut response = sent.map_err(failure)?;
    let (status, version, headers) = (response.status(), response.version(), response.headers().clone());
    let content = response.body_mut().with_config().limit(net.max_body).read_to_vec().map_err(failure)?;
    Ok(reply(status, version, &headers, content))
}

/// The `Reply` of a status, version, headers and body.
fn reply(status: http::StatusCode, version: http::Version, headers: &http::HeaderMap, body: Vec<u8>) -> Reply {
    let description = status.canonical_reason().unwrap_or("").to_owned();
    let version = match version {
        http::Version::HTTP_10 => "HTTP/1.0",
        _ => "HTTP/1.1",
    };
    let mut raw_header = format!("{version} {} {description}\r\n", status.as_u16());
    let mut named: Vec<(String, String)> = Vec::new();
    let mut cookies = Vec::new();
    for (name, value) in headers {
        let value = String::from_utf8_lossy(value.as_bytes()).into_owned();
        let name = written(name.as_str());
        raw_header.push_str(&format!("{name}: {value}\r\n"));
        if name == "Set-Cookie" {
            cookies.push(value.clone());
        }
        match named.iter_mut().find(|(n, _)| *n == name) {
            Some((_, v)) => {
                v.push_str(", ");
                v.push_str(&value);
            }
            None => named.push((name, value)),
        }
    }
    raw_header.push_str("\r\n");
    let content_type = headers
        .get(http::header::CONTENT_TYPE)
        .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned())
        .unwrap_or_default();
    Reply { status: status.as_u16(), description, headers: named, cookies, raw_header, content_type, body }
}

/// A header name as usually written: "content-type" → "Content-Type".
fn written(name: &str) -> String {
    name.split('-')
        .map(|part| {
            let mut chars = part.chars();
            match chars.next() {
                Some(first) => first.to_ascii_uppercase().to_string() + chars.as_str(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join("-")
}

/// The `Failure` of a ureq error.
fn failure_of(e: ureq::Error, plan: &Plan, net: &Net) -> Failure {
    use std::io::ErrorKind as K;
    let url = plan.url.clone();
    let target = || match parse_url(&plan.url) {
        Ok((_, host, port)) => format!("{host}:{port}"),
        Err(_) => plan.url.clone(),
    };
    match e {
        ureq::Error::Timeout(_) => Failure::Timeout { url, after: plan.timeout },
        ureq::Error::HostNotFound => Failure::Lookup { host: parse_url(&plan.url).map(|(_, h, _)| h).unwrap_or(url) },
        ureq::Error::Io(io) => match io.kind() {
            K::ConnectionRefused => Failure::Refused { target: target() },
            K::TimedOut | K::WouldBlock => Failure::Timeout { url, after: plan.timeout },
            K::UnexpectedEof | K::ConnectionReset | K::ConnectionAborted | K::BrokenPipe => Failure::Closed { url },
            _ => Failure::Unreachable { target: target(), detail: io.to_string() },
        },
        ureq::Error::ConnectionFailed => {
            Failure::Unreachable { target: target(), detail: "no address answered".into() }
        }
        ureq::Error::NativeTls(tls) => {
            let detail = tls.to_string();
            if detail.contains("certificate") {
                Failure::Certificate { url, detail: reason(&detail) }
            } else {
                Failure::Tls { url, detail: reason(&detail) }
            }
        }
        ureq::Error::Tls(detail) => Failure::Tls { url, detail: detail.to_owned() },
        ureq::Error::RequireHttpsOnly(to) => Failure::Downgrade { url: to },
        ureq::Error::TooManyRedirects | ureq::Error::RedirectFailed => Failure::TooManyRedirects { url },
        ureq::Error::BodyExceedsLimit(_) => Failure::TooLarge { url, limit: net.max_body },
        ureq::Error::LargeResponseHeader(..) => Failure::HeaderTooLarge { url },
        ureq::Error::BadUri(_) | ureq::Error::Http(_) => Failure::BadUrl { url },
        ureq::Error::Protocol(p) => Failure::Protocol { url, detail: p.to_string() },
        other => Failure::Other { url, detail: other.to_string() },
    }
}

/// The useful part of an OpenSSL message: "error:0A000086:SSL routines:tls_post_process_server_certificate:certificate verify failed:../ssl/statem/statem_clnt.c:1889: (unable to get local issuer certificate)"
/// gives "certificate verify failed (unable to get local issuer certificate)".
fn reason(detail: &str) -> String {
    if let Some(rest) = detail.strip_prefix("error:") {
        let parts: Vec<&str> = rest.splitn(6, ':').collect();
        if let Some(reason) = parts.get(3).filter(|r| !r.is_empty()) {
            let why = detail.rfind(" (").filter(|_| detail.ends_with(')')).map_or("", |i| &detail[i..]);
            return format!("{reason}{why}");
        }
    }
    detail.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_get_a_scheme_and_a_port() {
        assert_eq!(
            parse_url("www.example.com/a").unwrap(),
            ("http://www.example.com/a".into(), "www.example.com".into(), 80)
        );
        assert_eq!(parse_url("https://[::1]:8443/").unwrap().1, "::1");
        assert_eq!(parse_url("https://[::1]:8443/").unwrap().2, 8443);
        assert!(matches!(parse_url("ftp://example.com"), Err(Failure::BadUrl { .. })));
        assert!(matches!(parse_url("http://"), Err(Failure::BadUrl { .. })));
        assert_eq!(parse_url("http://h/données ici").unwrap().0, "http://h/donn%C3%A9es%20ici");
    }

    #[test]
    fn header_names_as_usually_written() {
        assert_eq!(written("content-type"), "Content-Type");
        assert_eq!(written("x-request-id"), "X-Request-Id");
        assert_eq!(written("etag"), "Etag");
    }

    #[test]
    fn failures_read_in_both_languages() {
        let f = Failure::Timeout { url: "http://a".into(), after: Duration::from_millis(1500) };
        assert_eq!(f.text(Lang::En), "no complete answer from http://a within 1.5 s");
        assert_eq!(f.text(Lang::Fr), "pas de réponse complète de http://a en 1,5 s");
        assert_eq!(
            reason(
                "error:0A000086:SSL routines:tls_post_process_server_certificate:certificate verify failed:../ssl/statem/statem_clnt.c:1889: (unable to get local issuer certificate)"
            ),
            "certificate verify failed (unable to get local issuer certificate)"
        );
        let f = Failure::TooLarge { url: "http://a".into(), limit: 64 << 20 };
        assert!(f.text(Lang::Fr).contains("64 Mio"));
    }
}

//! The `wl` command: read a script, hand it to `wlang`, render the report, set the exit code.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use clap::{Parser, Subcommand};
use wlang::builtins::system::{Sandbox, ScriptExitCode, ScriptInfo};
use wlang::diagnostics::{Lang, Style};
use wlang::resolve::Dialect;
use wlang::runtime::{self, ConnectTo, EchoOptions, EchoServer, RouteAll};
use wlang::source::SourceFile;

/// Counts each thread's heap bytes for `--max-memory` (see `wlang::alloc`).
#[global_allocator]
static ALLOCATOR: wlang::alloc::Counting = wlang::alloc::Counting;

#[derive(Parser)]
#[command(name = "wl", version, about = "WLanguage interpreter with a WebSocket runtime")]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// Language of the messages: en or fr (default: fr when LANG starts with fr, else en).
    #[arg(long, global = true, value_name = "en|fr")]
    lang: Option<Lang>,
}

#[derive(Subcommand)]
enum Command {
    /// Run a script (`-` reads it from stdin), or a WINDEV/WEBDEV project (its folder or its
    /// .wdp/.wwp) whose code needs no window: its initialisation code and procedures. What
    /// follows is its command line (`LigneCommande()`; put `--` before arguments that start
    /// with `-`).
    Run {
        file: PathBuf,
        /// The script's arguments.
        args: Vec<String>,
        /// Confine the script: files only in its folder and a temporary folder of the run, no
        /// program launch, connections only to hosts --connect-to or --echo map.
        #[arg(long)]
        sandbox: bool,
        /// Take `[% %]` in strings as written, as WINDEV does when the project option that
        /// allows them is off (by default they insert the expression they hold).
        #[arg(long)]
        no_dynamic_strings: bool,
        #[command(flatten)]
        net: NetArgs,
    },
    /// Parse and resolve scripts, or whole projects (a folder or a .wdp/.wwp), without running
    /// them; report every error.
    Check {
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Interactive session: line editing, history, multi-line blocks, variables kept between inputs.
    Repl {
        #[command(flatten)]
        net: NetArgs,
    },
    /// Translate a script's keywords, type names, builtin functions and constants into French
    /// or English; everything else is kept byte for byte (stdout, or the file with -i).
    Translate {
        #[arg(long, value_name = "en|fr")]
        to: wlang::tools::translate::Language,
        file: PathBuf,
        /// Rewrite the file instead of printing the translation.
        #[arg(short = 'i', long)]
        in_place: bool,
    },
    /// Lay scripts out as WINDEV's editor does: one statement a line, tab indentation, keywords
    /// and builtin names in their table spelling, spaces around operators (files are rewritten
    /// in place, folders recursively; `-` reads stdin and writes stdout).
    Fmt {
        #[arg(required = true, value_name = "PATH")]
        files: Vec<PathBuf>,
        /// Write nothing; list the files that are not formatted and exit with 1 if any.
        #[arg(long)]
        check: bool,
        /// Keep the case of keywords, types and builtin names as written.
        #[arg(long)]
        keep_case: bool,
    },
    /// Language Server Protocol server on stdin/stdout, for editors (diagnostics, hover,
    /// completion, signature help, definitions, references, symbols, formatting).
    Lsp,
    /// Print the TextMate grammar of WLanguage for editors (generated from the keyword, type and
    /// builtin tables).
    #[command(hide = true)]
    TextmateGrammar,
    /// Golden tests: run each NAME.wl (with the `wl run` options in NAME.args) and compare its
    /// stdout with NAME.out and its stderr with NAME.err.
    Test {
        /// Scripts and folders (searched recursively); default: the current folder.
        paths: Vec<PathBuf>,
        /// Write the expected files from the actual output instead of comparing.
        #[arg(long)]
        bless: bool,
        /// Scripts run at once (default: the number of CPUs).
        #[arg(short = 'j', long, value_name = "N")]
        jobs: Option<usize>,
        /// Seconds before a script is killed and failed.
        #[arg(long, value_name = "SECS", default_value_t = 60)]
        timeout: u64,
    },
    /// Porting report on a project (its folder or .wdp/.wwp), a folder of projects, or .wl files
    /// and exports: each code block runs, needs what wlang lacks (listed), or is in error; per
    /// project totals and the builtins wlang lacks, ranked.
    Audit {
        path: PathBuf,
        /// Machine-readable report.
        #[arg(long)]
        json: bool,
    },
    /// Run the WebSocket echo server on loopback until interrupted.
    EchoServer {
        /// Port of the ws:// listener (0: any free port).
        #[arg(long, default_value_t = 8080)]
        port: u16,
        /// Also serve wss:// on port+1 with a throw-away certificate (its CA is printed).
        #[arg(long)]
        tls: bool,
        /// Close a connection idle for this many milliseconds.
        #[arg(long, default_value_t = 500)]
        idle_ms: u64,
    },
    /// Print a shell completion script for wl (bash, zsh, fish, elvish, powershell), e.g.
    /// `wl completions bash > ~/.local/share/bash-completion/completions/wl`.
    Completions {
        #[arg(value_name = "SHELL")]
        shell: clap_complete::Shell,
    },
}

#[derive(clap::Args)]
struct NetArgs {
    /// Start an embedded echo server and route every connection to it (ws and wss).
    #[arg(long)]
    echo: bool,
    /// With --echo: close a connection idle for this many milliseconds.
    #[arg(long, default_value_t = 500)]
    echo_idle_ms: u64,
    /// HOST:PORT:HOST2:PORT2 — dial HOST2:PORT2 when the script asks for HOST:PORT (curl's
    /// meaning); the Host header, SNI and certificate check keep HOST. Repeatable.
    #[arg(long = "connect-to", value_name = "HOST:PORT:HOST2:PORT2")]
    connect_to: Vec<String>,
    /// Trust this extra CA certificate (PEM).
    #[arg(long, value_name = "FILE")]
    cacert: Vec<PathBuf>,
    /// Do not verify certificates (a warning is printed).
    #[arg(short = 'k', long)]
    insecure: bool,
    /// Largest WebSocket message sent or received, in bytes (suffixes K, M, KiB, MiB, G, GiB).
    #[arg(long, value_name = "BYTES", default_value = "64MiB", value_parser = parse_size)]
    max_message_size: usize,
    /// Largest number of sockets open at once.
    #[arg(long, value_name = "N", default_value_t = 10_000)]
    max_sockets: usize,
    /// Stop the script with an error when it holds more memory than this (suffixes as for
    /// --max-message-size; default: half the machine's memory, at most 16 GiB).
    #[arg(long, value_name = "BYTES", value_parser = parse_size)]
    max_memory: Option<usize>,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let cli_lang = cli.lang;
    let lang = cli.lang.unwrap_or_else(Lang::from_env);
    let code = match cli.command {
        Command::Run { file, args, sandbox, no_dynamic_strings, net } => {
            let dialect = Dialect { dynamic_strings: !no_dynamic_strings };
            run(file, args, sandbox, dialect, net, lang)
        }
        Command::Check { files } => check(&files, lang),
        Command::Repl { net } => repl(net, lang),
        Command::EchoServer { port, tls, idle_ms } => echo_server(port, tls, idle_ms),
        Command::Translate { to, file, in_place } => wlang::tools::translate::command(&file, to, in_place, lang),
        Command::Fmt { files, check, keep_case } => {
            let options = wlang::tools::fmt::Options { keep_case };
            wlang::with_large_stack(move || wlang::tools::fmt::command(&files, check, options, lang))
        }
        Command::TextmateGrammar => {
            print!("{}", wlang::tools::lsp::textmate::grammar_text());
            0
        }
        Command::Lsp => wlang::with_large_stack(move || wlang::tools::lsp::command(cli_lang)),
        Command::Test { paths, bless, jobs, timeout } => {
            wlang::tools::golden::command(&paths, bless, jobs, Duration::from_secs(timeout), lang)
        }
        Command::Audit { path, json } => wlang::tools::audit::command(&path, json, lang),
        Command::Completions { shell } => {
            clap_complete::generate(shell, &mut <Cli as clap::CommandFactory>::command(), "wl", &mut std::io::stdout());
            0
        }
    };
    ExitCode::from(code as u8)
}

fn read_source(path: &PathBuf) -> Result<SourceFile, String> {
    if path.as_os_str() == "-" {
        let mut bytes = Vec::new();
        std::io::stdin().read_to_end(&mut bytes).map_err(|e| format!("cannot read stdin: {e}"))?;
        return Ok(SourceFile::from_bytes("<stdin>", &bytes));
    }
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    Ok(SourceFile::from_bytes(path.display().to_string(), &bytes))
}

/// Whether a path names a project rather than a script: a folder, or a `.wdp`/`.wwp` file.
fn is_project(path: &Path) -> bool {
    path.is_dir() || wlang::tools::project::is_project_file(path)
}

/// What `wl run` runs: a script, or a project.
enum Runnable {
    Script(SourceFile),
    Project(Box<wlang::tools::project::Project>),
}

fn run(file: PathBuf, args: Vec<String>, sandboxed: bool, dialect: Dialect, net: NetArgs, lang: Lang) -> i32 {
    let (runnable, path) = if file.as_os_str() != "-" && is_project(&file) {
        match wlang::tools::project::load_one(&file) {
            Ok(project) => {
                let path = project.root.join(project.file.as_deref().unwrap_or_default());
                (Runnable::Project(Box::new(project)), path)
            }
            Err(e) => {
                eprintln!("{}", lang.pick(format!("error: {}", e.text(lang)), format!("erreur : {}", e.text(lang))));
                return wlang::EXIT_SOURCE_ERROR;
            }
        }
    } else {
        match read_source(&file) {
            Ok(src) => (Runnable::Script(src), file.clone()),
            Err(message) => {
                eprintln!("error: {message}");
                return wlang::EXIT_SOURCE_ERROR;
            }
        }
    };
    let (config, echo) = match net_config(&net) {
        Ok(pair) => pair,
        Err(message) => {
            eprintln!("error: {message}");
            return wlang::EXIT_SOURCE_ERROR;
        }
    };
    let script = ScriptInfo { path: (file.as_os_str() != "-").then_some(path), args };
    let sandbox = if sandboxed {
        match make_sandbox(&script, &net) {
            Ok(sandbox) => Some(sandbox),
            Err(message) => {
                eprintln!("error: {message}");
                return wlang::EXIT_SOURCE_ERROR;
            }
        }
    } else {
        None
    };
    let temp = sandbox.as_ref().map(|s| s.temp.clone());
    let exit = ScriptExitCode::default();
    let mut options = wlang::options(lang, config);
    options.dialect = dialect;
    options.settings.insert(script);
    options.settings.insert(exit.clone());
    if let Some(sandbox) = sandbox {
        options.settings.insert(sandbox);
    }
    let style = Style::detect();
    // Ctrl-C: the first stops the script at its next step or wait and closes its sockets;
    // a second one exits at once.
    let interrupt = options.interrupt.clone();
    let handler = interrupt.clone();
    let _ = ctrlc::set_handler(move || {
        if handler.is_set() {
            std::process::exit(EXIT_INTERRUPTED);
        }
        handler.trigger();
    });
    let code = wlang::with_large_stack(move || {
        let out = Box::new(std::io::BufWriter::new(std::io::stdout()));
        let err = Box::new(std::io::stderr());
        match runnable {
            Runnable::Script(src) => wlang::run(&src, out, err, options, style),
            Runnable::Project(project) => wlang::tools::project::run::run(&project, out, err, options, style),
        }
    });
    drop(echo);
    if let Some(temp) = temp {
        let _ = std::fs::remove_dir_all(temp);
    }
    if interrupt.is_set() {
        eprintln!("interrupted");
        return EXIT_INTERRUPTED;
    }
    // `FinProgramme(code)`.
    if code == 0 { exit.get() } else { code }
}

/// The `--sandbox` policy of a run: the script's folder, a new temporary folder, the hosts the
/// network options map.
fn make_sandbox(script: &ScriptInfo, net: &NetArgs) -> Result<Sandbox, String> {
    let stamp = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default().as_nanos();
    let temp = std::env::temp_dir().join(format!("wl-sandbox-{}-{stamp}", std::process::id()));
    std::fs::create_dir_all(&temp).map_err(|e| format!("cannot create {}: {e}", temp.display()))?;
    let temp = std::fs::canonicalize(&temp).map_err(|e| format!("cannot resolve {}: {e}", temp.display()))?;
    let folder = script.folder();
    let hosts = if net.echo {
        None
    } else {
        let rules: Result<Vec<_>, _> = net.connect_to.iter().map(|r| parse_connect_to(r)).collect();
        Some(rules?.into_iter().map(|r| (r.from_host, r.from_port)).collect())
    };
    Ok(Sandbox { roots: vec![folder, temp.clone()], temp, hosts })
}

/// Exit code after Ctrl-C (128 + SIGINT, as shells report it).
const EXIT_INTERRUPTED: i32 = 130;

/// `65536`, `64K`, `64MiB`, `1G`: K/M/G are powers of 1000, KiB/MiB/GiB powers of 1024.
fn parse_size(text: &str) -> Result<usize, String> {
    let t = text.trim();
    let split = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let number: usize = t[..split].parse().map_err(|_| format!("{text:?} is not a size in bytes"))?;
    let scale: usize = match t[split..].trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "k" | "kb" => 1_000,
        "kib" => 1 << 10,
        "m" | "mb" => 1_000_000,
        "mib" => 1 << 20,
        "g" | "gb" => 1_000_000_000,
        "gib" => 1 << 30,
        _ => return Err(format!("{text:?}: unknown unit (use K, M, G, KiB, MiB or GiB)")),
    };
    match number.checked_mul(scale) {
        Some(0) => Err("the size must be at least 1 byte".into()),
        Some(n) => Ok(n),
        None => Err(format!("{text:?} is too large")),
    }
}

/// The socket settings from the command line; the echo server lives as long as the result.
fn net_config(net: &NetArgs) -> Result<(runtime::Config, Option<EchoServer>), String> {
    wlang::alloc::set_limit(net.max_memory.unwrap_or_else(wlang::alloc::default_limit));
    let mut config = runtime::Config {
        insecure: net.insecure,
        max_message_size: net.max_message_size,
        max_sockets: net.max_sockets,
        ..runtime::Config::default()
    };
    if net.insecure {
        eprintln!("warning: --insecure: certificates are not verified");
    }
    for rule in &net.connect_to {
        config.connect_to.push(parse_connect_to(rule)?);
    }
    for path in &net.cacert {
        let pem = std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        // Refused now rather than at the first wss:// connection, or never.
        runtime::certificates_in(&pem).map_err(|e| format!("--cacert {}: {e}", path.display()))?;
        config.extra_roots_pem.push(pem);
    }
    let mut echo = None;
    if net.echo {
        let server = EchoServer::start(EchoOptions {
            plain_port: 0,
            tls_port: Some(0),
            idle: Duration::from_millis(net.echo_idle_ms),
            bind: [127, 0, 0, 1].into(),
        })
        .map_err(|e| format!("cannot start the echo server: {e}"))?;
        let tls = server.tls.ok_or("the echo server has no TLS listener")?;
        config.route_all = Some(RouteAll { plain: server.plain, tls });
        config.extra_roots_pem.push(server.ca_pem.clone());
        echo = Some(server);
    }
    Ok((config, echo))
}

/// `HOST:PORT:HOST2:PORT2`, IPv6 hosts in brackets.
fn parse_connect_to(rule: &str) -> Result<ConnectTo, String> {
    let bad = || format!("--connect-to {rule}: expected HOST:PORT:HOST2:PORT2");
    let mut parts = Vec::new();
    let mut rest = rule;
    while !rest.is_empty() {
        let (part, tail) = if let Some(after) = rest.strip_prefix('[') {
            let end = after.find(']').ok_or_else(bad)?;
            (&after[..end], after[end + 1..].strip_prefix(':').unwrap_or(&after[end + 1..]))
        } else {
            match rest.split_once(':') {
                Some((part, tail)) => (part, tail),
                None => (rest, ""),
            }
        };
        parts.push(part);
        rest = tail;
    }
    let [from_host, from_port, to_host, to_port] = parts[..] else {
        return Err(bad());
    };
    let port = |p: &str| p.parse::<u16>().map_err(|_| bad());
    Ok(ConnectTo {
        from_host: from_host.to_owned(),
        from_port: port(from_port)?,
        to_host: to_host.to_owned(),
        to_port: port(to_port)?,
    })
}

fn repl(net: NetArgs, lang: Lang) -> i32 {
    let (config, echo) = match net_config(&net) {
        Ok(pair) => pair,
        Err(message) => {
            eprintln!("error: {message}");
            return wlang::EXIT_SOURCE_ERROR;
        }
    };
    let code = wlang::with_large_stack(move || wlang::tools::repl::run(wlang::options(lang, config)));
    drop(echo);
    code
}

fn check(files: &[PathBuf], lang: Lang) -> i32 {
    let style = Style::detect();
    let mut code = 0;
    for path in files {
        if path.as_os_str() != "-" && is_project(path) {
            let path = path.clone();
            let result = wlang::with_large_stack(move || {
                wlang::tools::project::check::command(&path, &mut std::io::stderr(), style, lang)
            });
            code = code.max(result);
            continue;
        }
        let src = match read_source(path) {
            Ok(src) => src,
            Err(message) => {
                eprintln!("error: {message}");
                code = wlang::EXIT_SOURCE_ERROR;
                continue;
            }
        };
        let (errors, src) = wlang::with_large_stack(move || (wlang::check(&src), src));
        if !errors.is_empty() {
            wlang::report_source_errors(&errors, &src, &mut std::io::stderr(), style, lang);
            code = wlang::EXIT_SOURCE_ERROR;
        }
    }
    code
}

fn echo_server(port: u16, tls: bool, idle_ms: u64) -> i32 {
    let options = EchoOptions {
        plain_port: port,
        tls_port: tls.then(|| if port == 0 { 0 } else { port.wrapping_add(1) }),
        idle: Duration::from_millis(idle_ms),
        bind: [127, 0, 0, 1].into(),
    };
    match EchoServer::start(options) {
        Ok(server) => {
            let mut out = std::io::stdout();
            let _ = writeln!(out, "echo server: ws://{}/", server.plain);
            if let Some(addr) = server.tls {
                let _ = writeln!(out, "echo server: wss://{addr}/ (trust this CA with --cacert)");
                let _ = out.write_all(&server.ca_pem);
            }
            let _ = out.flush();
            server.wait();
            0
        }
        Err(e) => {
            eprintln!("error: cannot start the echo server: {e}");
            wlang::EXIT_SOURCE_ERROR
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn connect_to_rules() {
        let rule = parse_connect_to("echo.websocket.org:443:127.0.0.1:9443").unwrap();
        assert_eq!(
            (rule.from_host.as_str(), rule.from_port, rule.to_host.as_str(), rule.to_port),
            ("echo.websocket.org", 443, "127.0.0.1", 9443)
        );
        let v6 = parse_connect_to("h:80:[::1]:8080").unwrap();
        assert_eq!(v6.to_host, "::1");
        assert!(parse_connect_to("h:80:x").is_err());
    }

    #[test]
    fn sizes() {
        assert_eq!(parse_size("65536"), Ok(65536));
        assert_eq!(parse_size("64MiB"), Ok(64 << 20));
        assert_eq!(parse_size("2k"), Ok(2000));
        assert!(parse_size("0").is_err());
        assert!(parse_size("12 parsecs").is_err());
    }
}

//! The system family: the script's command line and environment, what `ExeInfo`/`ProjetInfo`
//! say of it, the machine and its user, launching programs, waiting (`Multitâche`,
//! `ThreadPause`), ending the program, and the `dbg*` assertions.
//!
//! It also holds what the command line tells every family about the run (`ScriptInfo`, the
//! `--sandbox` policy, the exit code `FinProgramme` sets), inserted into the run's `Settings` by
//! `main.rs`. Under `--sandbox` (`Sandbox`), file access is confined to the script's folder and a
//! temporary folder of the run, launching a program is refused, and connections go only to hosts
//! `--connect-to` or `--echo` map: each family asks `Sandbox` before acting, and a denial is a
//! fatal runtime error (catchable with `QUAND EXCEPTION`), in both languages.
//!
//! `wl run` plays the part of the editor's test mode (GO): `EnModeTest()` is true, so
//! assertions are on by default; a failed assertion stops the script with a runtime error at
//! the call. Process launch, host name and user name need no unsafe code: they use `std` and
//! `/proc` only.

use std::path::{Component, Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicI32, Ordering};
use std::time::{Duration, Instant};

use super::{ANY, Args, BuiltinError, Const, Family, FamilyState, Host, Ret, Settings, arg_error, row, state};
use crate::diagnostics::{Abort, FamilyFault, Fault, Lang};
use crate::value::{Value, ops};

pub static FAMILY: Family = Family {
    name: "system",
    functions: &[
        row("SysEnvironnement", "SysEnvironment", 0, 1, sys_environment),
        row("LigneCommande", "CommandLine", 0, 2, command_line),
        row("ProjetInfo", "ProjectInfo", 0, 1, project_info),
        row("ExeInfo", "ExeInfo", 1, 2, exe_info),
        row("EnModeTest", "InTestMode", 0, 0, in_test_mode),
        row("EnModeTestAutomatique", "InAutomaticTestMode", 0, 0, in_automatic_test_mode),
        row("RéseauUtilisateur", "NetworkUser", 0, 1, network_user),
        row("NetNomMachine", "NetMachineName", 0, 0, net_machine_name),
        row("NetAdresseIP", "NetIPAddress", 0, 2, net_ip_address),
        row("LanceAppli", "ExeRun", 1, 4, exe_run),
        row("LanceAppliAssociée", "ShellExecute", 1, 2, shell_execute),
        row("Multitâche", "Multitask", 0, 1, multitask),
        row("ThreadPause", "ThreadPause", 1, 1, thread_pause),
        row("FinProgramme", "EndProgram", 0, 3, end_program),
        row("dbgAssertion", "dbgAssert", 1, 2, dbg_assert),
        row("dbgActiveAssertion", "dbgEnableAssert", 1, 1, dbg_enable_assert),
        row("dbgVérifieVrai", "dbgCheckTrue", 1, ANY, dbg_check_true),
        row("dbgVérifieFaux", "dbgCheckFalse", 1, ANY, dbg_check_false),
        row("dbgVérifieEgalité", "dbgCheckEqual", 2, ANY, dbg_check_equal),
        row("dbgVérifieDifférence", "dbgCheckDifferent", 2, ANY, dbg_check_different),
        row("dbgVérifieNull", "dbgCheckNull", 1, ANY, dbg_check_null),
        row("dbgVérifieNonNull", "dbgCheckNotNull", 1, ANY, dbg_check_not_null),
    ],
    constants: &[
        // LanceAppli: how the program's window shows (no effect on a console) ...
        ("exeActif", "exeActive", Const::Int(1)),
        ("exeIconise", "exeIconize", Const::Int(2)),
        ("exeInactif", "exeInactive", Const::Int(3)),
        ("exeMaximise", "exeMaximize", Const::Int(4)),
        // ... and whether it waits for the end.
        ("exeBloquant", "exeWait", Const::Int(1)),
        ("exeNonBloquant", "exeDontWait", Const::Int(0)),
        // ExeInfo keywords (string constants, as documented).
        ("exeVersion", "exeVersion", Const::Str("FileVersion")),
        ("exeNom", "exeName", Const::Str("exeName")),
        ("exeRépertoire", "exeDirectory", Const::Str("exeDirectory")),
        ("exeDescription", "exeDescription", Const::Str("FileDescription")),
        ("exeCopyright", "exeCopyright", Const::Str("LegalCopyright")),
        ("exeValeurRetour", "exeReturnValue", Const::Str("exeReturnValue")),
        ("exePID", "exePID", Const::Str("exePID")),
        // ProjetInfo.
        ("piNomProjet", "piProjectName", Const::Int(PI_PROJECT_NAME)),
    ],
};

const PI_PROJECT_NAME: i64 = 1;

// ------------------------------------------------------------------ what the CLI tells the run

/// The script being run and its arguments (`wl run script.wl a b c`), for `LigneCommande`,
/// `fRepExe`, `ExeInfo`, `ProjetInfo`.
#[derive(Clone, Debug, Default)]
pub struct ScriptInfo {
    /// The script's file; `None` when read from stdin or run in-process without a file.
    pub path: Option<PathBuf>,
    pub args: Vec<String>,
}

impl ScriptInfo {
    /// The script's folder (absolute), or the current folder.
    pub fn folder(&self) -> PathBuf {
        let cwd = std::env::current_dir().unwrap_or_default();
        match self.path.as_deref().and_then(Path::parent) {
            Some(dir) if !dir.as_os_str().is_empty() => std::fs::canonicalize(dir).unwrap_or_else(|_| cwd.join(dir)),
            _ => cwd,
        }
    }
}

/// Where `FinProgramme(code)` leaves the process exit code for the command line.
#[derive(Clone, Debug, Default)]
pub struct ScriptExitCode(pub Arc<AtomicI32>);

impl ScriptExitCode {
    pub fn get(&self) -> i32 {
        self.0.load(Ordering::SeqCst)
    }
}

/// The `--sandbox` policy. Folders are canonical (symbolic links resolved).
#[derive(Clone, Debug)]
pub struct Sandbox {
    /// The folders file access is confined to: the script's folder and `temp`.
    pub roots: Vec<PathBuf>,
    /// The run's own temporary folder (what `fRépertoireTemp()` returns under the sandbox).
    pub temp: PathBuf,
    /// `None`: every host (an echo server takes every connection, `--echo`); otherwise the
    /// (host, port) pairs `--connect-to` maps.
    pub hosts: Option<Vec<(String, u16)>>,
}

impl Sandbox {
    /// Whether a connection to `host:port` is allowed.
    pub fn allows_host(&self, host: &str, port: u16) -> bool {
        match &self.hosts {
            None => true,
            Some(pairs) => pairs.iter().any(|(h, p)| *p == port && bare(h).eq_ignore_ascii_case(bare(host))),
        }
    }

    /// Whether a name may be resolved (a host some rule maps, whatever the port).
    pub fn allows_lookup(&self, host: &str) -> bool {
        match &self.hosts {
            None => true,
            Some(pairs) => pairs.iter().any(|(h, _)| bare(h).eq_ignore_ascii_case(bare(host))),
        }
    }

    /// Whether `path` (absolute, or relative to the current folder) lies inside an allowed
    /// folder once `..` and symbolic links are resolved the way the system will resolve them.
    pub fn allows_path(&self, path: &Path) -> bool {
        let cwd = match std::env::current_dir() {
            Ok(cwd) => cwd,
            Err(_) => return false,
        };
        match resolve(&cwd.join(path)) {
            Some(resolved) => self.roots.iter().any(|root| resolved.starts_with(root)),
            None => false,
        }
    }
}

/// An IPv6 host without its brackets.
fn bare(host: &str) -> &str {
    host.strip_prefix('[').and_then(|h| h.strip_suffix(']')).unwrap_or(host)
}

/// `path` as the system resolves it: component by component, following the symbolic links of
/// the components that exist (so that `link/..` goes where the system goes). `None` for a
/// dangling symbolic link (writing through it would create its target anywhere).
fn resolve(path: &Path) -> Option<PathBuf> {
    let mut current = PathBuf::new();
    for component in path.components() {
        match component {
            Component::Prefix(_) | Component::RootDir => current.push(component.as_os_str()),
            Component::CurDir => {}
            Component::ParentDir => {
                current.pop();
            }
            Component::Normal(name) => {
                let candidate = current.join(name);
                match std::fs::symlink_metadata(&candidate) {
                    Ok(meta) if meta.file_type().is_symlink() => current = std::fs::canonicalize(&candidate).ok()?,
                    Ok(_) => current = std::fs::canonicalize(&candidate).unwrap_or(candidate),
                    Err(_) => current = candidate,
                }
            }
        }
    }
    Some(current)
}

/// What `--sandbox` refuses: fatal runtime errors.
#[derive(Debug, Clone)]
pub enum SandboxDenial {
    File(String),
    Launch,
    Connect { host: String, port: u16 },
    Lookup(String),
}

impl FamilyFault for SandboxDenial {
    fn text(&self, lang: Lang) -> String {
        match self {
            SandboxDenial::File(path) => lang.pick(
                format!(
                    "--sandbox: access to \"{path}\" is denied (only the script's folder and the temporary folder fRépertoireTemp() are allowed)"
                ),
                format!(
                    "--sandbox : l'accès à \"{path}\" est refusé (seuls le dossier du script et le dossier temporaire fRépertoireTemp() sont permis)"
                ),
            ),
            SandboxDenial::Launch => lang.pick(
                "--sandbox: launching a program is not allowed".into(),
                "--sandbox : le lancement d'un programme est interdit".into(),
            ),
            SandboxDenial::Connect { host, port } => lang.pick(
                format!("--sandbox: connecting to {host}:{port} is not allowed (map it with --connect-to or use --echo)"),
                format!(
                    "--sandbox : la connexion à {host}:{port} est interdite (associez-le avec --connect-to ou utilisez --echo)"
                ),
            ),
            SandboxDenial::Lookup(host) => lang.pick(
                format!("--sandbox: looking up \"{host}\" is not allowed (map it with --connect-to)"),
                format!("--sandbox : la résolution de \"{host}\" est interdite (associez-le avec --connect-to)"),
            ),
        }
    }
}

/// The fatal error of a denial.
pub fn denied(denial: SandboxDenial) -> BuiltinError {
    BuiltinError::Fatal(Fault::family(denial))
}

/// The run's sandbox, if `--sandbox` is on.
pub fn sandbox(host: &mut dyn Host) -> Option<&Sandbox> {
    state::<System>(host).sandbox.as_ref()
}

/// Refuses (fatally) a file access outside the sandbox's folders; `shown` is the path as the
/// script wrote it.
pub fn check_path(host: &mut dyn Host, path: &Path, shown: &str) -> Result<(), BuiltinError> {
    match sandbox(host) {
        Some(sandbox) if !sandbox.allows_path(path) => Err(denied(SandboxDenial::File(shown.to_owned()))),
        _ => Ok(()),
    }
}

/// The script's folder (absolute).
pub fn script_folder(host: &mut dyn Host) -> PathBuf {
    state::<System>(host).script.folder()
}

/// The temporary folder: the sandbox's own, or the system's.
pub fn temp_folder(host: &mut dyn Host) -> PathBuf {
    match sandbox(host) {
        Some(sandbox) => sandbox.temp.clone(),
        None => std::env::temp_dir(),
    }
}

// ------------------------------------------------------------------ state

/// The family's state: what the CLI said of the run, and what the script changed.
pub struct System {
    script: ScriptInfo,
    sandbox: Option<Sandbox>,
    exit_code: Option<ScriptExitCode>,
    /// `dbgActiveAssertion`; on by default (`wl run` is test mode).
    assertions: bool,
    /// `ExeInfo(exeValeurRetour)`, `ExeInfo(exePID)`: of the last `LanceAppli`.
    last_exit: Option<i32>,
    last_pid: Option<u32>,
}

impl FamilyState for System {
    fn new(settings: &Settings) -> System {
        System {
            script: settings.get::<ScriptInfo>().cloned().unwrap_or_default(),
            sandbox: settings.get::<Sandbox>().cloned(),
            exit_code: settings.get::<ScriptExitCode>().cloned(),
            assertions: true,
            last_exit: None,
            last_pid: None,
        }
    }

    fn as_any(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

/// Recoverable failures of the family (`ErreurInfo()`), and wrong arguments.
#[derive(Debug, Clone)]
enum SystemFault {
    CannotStart { program: String, reason: String },
    EmptyCommand,
    NoOpener(String),
    NoAddress { host: String, reason: String },
    NotDuration(String),
    AssertionFailed(Option<String>),
    NotEqual { left: String, right: String, comment: Option<String> },
    NotDifferent { value: String, comment: Option<String> },
    IsNull(Option<String>),
}

impl FamilyFault for SystemFault {
    fn text(&self, lang: Lang) -> String {
        let with_comment = |base: String, comment: &Option<String>| match comment {
            Some(c) => format!("{base}: {c}"),
            None => base,
        };
        match self {
            SystemFault::CannotStart { program, reason } => lang.pick(
                format!("cannot start \"{program}\": {reason}"),
                format!("impossible de lancer \"{program}\" : {reason}"),
            ),
            SystemFault::EmptyCommand => {
                lang.pick("the command line is empty".into(), "la ligne de commande est vide".into())
            }
            SystemFault::NoOpener(file) => lang.pick(
                format!("no program is associated with \"{file}\" (xdg-open is missing or failed)"),
                format!("aucun programme n'est associé à \"{file}\" (xdg-open manque ou a échoué)"),
            ),
            SystemFault::NoAddress { host, reason } => lang.pick(
                format!("no IP address found for \"{host}\": {reason}"),
                format!("aucune adresse IP trouvée pour \"{host}\" : {reason}"),
            ),
            SystemFault::NotDuration(s) => lang.pick(
                format!("\"{s}\" is not a duration in hundredths of a second"),
                format!("\"{s}\" n'est pas une durée en centièmes de seconde"),
            ),
            SystemFault::AssertionFailed(comment) => lang.pick(
                with_comment("assertion failed".into(), comment),
                with_comment("assertion non vérifiée".into(), comment),
            ),
            SystemFault::NotEqual { left, right, comment } => lang.pick(
                with_comment(format!("assertion failed: {left} is not equal to {right}"), comment),
                with_comment(format!("assertion non vérifiée : {left} n'est pas égal à {right}"), comment),
            ),
            SystemFault::IsNull(comment) => lang.pick(
                with_comment("assertion failed: the value is Null".into(), comment),
                with_comment("assertion non vérifiée : la valeur est Null".into(), comment),
            ),
            SystemFault::NotDifferent { value, comment } => lang.pick(
                with_comment(format!("assertion failed: both values are {value}"), comment),
                with_comment(format!("assertion non vérifiée : les deux valeurs valent {value}"), comment),
            ),
        }
    }
}

/// Argument `i` as text; a procedure is refused (its name is not a path, a command or a name
/// to look up), as an array is.
pub(super) fn text_arg(args: Args, i: usize) -> Result<std::rc::Rc<crate::value::WStr>, BuiltinError> {
    match &args[i] {
        v @ Value::Proc(_) => Err(arg_error(i, Fault::NotText(v.ty()))),
        _ => args.text(i),
    }
}

fn fatal(fault: SystemFault) -> BuiltinError {
    BuiltinError::Fatal(Fault::family(fault))
}

// ------------------------------------------------------------------ environment, command line

/// `SysEnvironnement()`: every `NAME=value` line, separated by RC; `SysEnvironnement(name)`:
/// the first line whose name starts with `name` (ignoring case), "" when none does.
fn sys_environment(_host: &mut dyn Host, args: Args) -> Ret {
    let mut vars: Vec<(String, String)> = std::env::vars_os()
        .map(|(k, v)| (k.to_string_lossy().into_owned(), v.to_string_lossy().into_owned()))
        .collect();
    vars.sort();
    if args.is_empty() {
        let lines: Vec<String> = vars.iter().map(|(k, v)| format!("{k}={v}")).collect();
        return Ok(Value::from(lines.join("\r\n")));
    }
    let wanted = text_arg(args, 0)?.to_lowercase();
    // An exact name first, then the documented generic (prefix) search.
    let found = vars
        .iter()
        .find(|(k, _)| k.to_lowercase() == wanted)
        .or_else(|| vars.iter().find(|(k, _)| k.to_lowercase().starts_with(&wanted)));
    Ok(Value::from(found.map(|(k, v)| format!("{k}={v}")).unwrap_or_default()))
}

/// `LigneCommande()`: the script's arguments as one line; `LigneCommande(n)`: the n-th
/// argument; `LigneCommande("NAME")`: the value of `/NAME=value` (or `-NAME=value`, `/NAME:value`),
/// "1" for a bare `/NAME`, "" when absent. Names ignore case.
fn command_line(host: &mut dyn Host, args: Args) -> Ret {
    let script_args = state::<System>(host).script.args.clone();
    match args.first() {
        None => Ok(Value::from(join_command_line(&script_args))),
        Some(Value::Int(n)) => {
            let n = *n;
            Ok(Value::from(if n >= 1 {
                script_args.get(n as usize - 1).cloned().unwrap_or_default()
            } else {
                String::new()
            }))
        }
        Some(_) => {
            let name = text_arg(args, 0)?.to_lowercase();
            Ok(Value::from(named_argument(&script_args, &name).unwrap_or_default()))
        }
    }
}

/// Arguments joined with blanks, those with blanks (or empty ones) in double quotes.
fn join_command_line(args: &[String]) -> String {
    args.iter()
        .map(|a| if a.is_empty() || a.contains(char::is_whitespace) { format!("\"{a}\"") } else { a.clone() })
        .collect::<Vec<_>>()
        .join(" ")
}

fn named_argument(args: &[String], name: &str) -> Option<String> {
    args.iter().find_map(|arg| {
        let rest = arg.strip_prefix('/').or_else(|| arg.strip_prefix('-'))?;
        let split = rest.find(['=', ':']).unwrap_or(rest.len());
        if rest[..split].to_lowercase() != name {
            return None;
        }
        Some(if split < rest.len() { rest[split + 1..].to_owned() } else { "1".to_owned() })
    })
}

/// `ProjetInfo(piNomProjet)`: the script's name without extension; other keys have no
/// meaning for a script and give "".
fn project_info(host: &mut dyn Host, args: Args) -> Ret {
    let key = args.opt_int(0, PI_PROJECT_NAME)?;
    if key != PI_PROJECT_NAME {
        return Ok(Value::from(""));
    }
    let name = state::<System>(host)
        .script
        .path
        .as_deref()
        .and_then(Path::file_stem)
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    Ok(Value::from(name))
}

/// `ExeInfo(keyword [, executable])`: of the running script (the "executable"): its path, its
/// folder; of the last `LanceAppli`: its return value and PID. Anything else is "".
fn exe_info(host: &mut dyn Host, args: Args) -> Ret {
    let key = text_arg(args, 0)?;
    if args.len() > 1 && !text_arg(args, 1)?.is_empty() {
        // Version resources of another executable cannot be read here.
        return Ok(Value::from(""));
    }
    let system = state::<System>(host);
    let text = match key.as_str() {
        "exeName" => system
            .script
            .path
            .as_deref()
            .map(|p| std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf()).display().to_string())
            .unwrap_or_default(),
        "exeDirectory" => system.script.folder().display().to_string(),
        "exeReturnValue" => system.last_exit.map(|c| c.to_string()).unwrap_or_default(),
        "exePID" => system.last_pid.map(|p| p.to_string()).unwrap_or_default(),
        _ => String::new(),
    };
    Ok(Value::from(text))
}

/// `wl run` is the editor's test mode (GO): assertions and traces are on.
fn in_test_mode(_host: &mut dyn Host, _args: Args) -> Ret {
    Ok(Value::Bool(true))
}

fn in_automatic_test_mode(_host: &mut dyn Host, _args: Args) -> Ret {
    Ok(Value::Bool(false))
}

// ------------------------------------------------------------------ machine and user

/// `RéseauUtilisateur()`: the name of the user running the script ("" when unknown).
fn network_user(_host: &mut dyn Host, _args: Args) -> Ret {
    Ok(Value::from(user_name().unwrap_or_default()))
}

fn user_name() -> Option<String> {
    for var in ["USER", "LOGNAME", "USERNAME"] {
        if let Ok(name) = std::env::var(var)
            && !name.is_empty()
        {
            return Some(name);
        }
    }
    // The owner of our own /proc entry, looked up in /etc/passwd.
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let uid = std::fs::metadata("/proc/self").ok()?.uid().to_string();
        let passwd = std::fs::read_to_string("/etc/passwd").ok()?;
        passwd.lines().find_map(|line| {
            let mut fields = line.split(':');
            let name = fields.next()?;
            (fields.nth(1)? == uid).then(|| name.to_owned())
        })
    }
    #[cfg(not(unix))]
    None
}

/// `NetNomMachine()`: the machine's host name.
fn net_machine_name(_host: &mut dyn Host, _args: Args) -> Ret {
    Ok(Value::from(machine_name()))
}

fn machine_name() -> String {
    let from_file = |p: &str| std::fs::read_to_string(p).ok().map(|s| s.trim().to_owned()).filter(|s| !s.is_empty());
    from_file("/proc/sys/kernel/hostname")
        .or_else(|| from_file("/etc/hostname"))
        .or_else(|| std::env::var("HOSTNAME").ok())
        .or_else(|| std::env::var("COMPUTERNAME").ok())
        .unwrap_or_else(|| "localhost".into())
}

/// `NetAdresseIP()`: this machine's address on its outgoing interface (found without sending
/// anything; 127.0.0.1 without a network); `NetAdresseIP(name)`: the first address of `name`,
/// IPv4 first ("" and `ErreurInfo` when it has none).
fn net_ip_address(host: &mut dyn Host, args: Args) -> Ret {
    let name = if args.is_empty() { String::new() } else { text_arg(args, 0)?.to_string() };
    if name.is_empty() || name.eq_ignore_ascii_case(&machine_name()) {
        return Ok(Value::from(local_address()));
    }
    if let Some(sandbox) = sandbox(host)
        && !sandbox.allows_lookup(&name)
        && !is_loopback_name(&name)
    {
        return Err(denied(SandboxDenial::Lookup(name)));
    }
    use std::net::ToSocketAddrs;
    match (name.as_str(), 0).to_socket_addrs() {
        Ok(addrs) => {
            let mut addrs: Vec<_> = addrs.map(|a| a.ip()).collect();
            addrs.sort_by_key(|ip| ip.is_ipv6());
            match addrs.first() {
                Some(ip) => Ok(Value::from(ip.to_string())),
                None => {
                    host.fail(&SystemFault::NoAddress { host: name, reason: "no address".into() });
                    Ok(Value::from(""))
                }
            }
        }
        Err(e) => {
            host.fail(&SystemFault::NoAddress { host: name, reason: e.to_string() });
            Ok(Value::from(""))
        }
    }
}

fn is_loopback_name(name: &str) -> bool {
    name.eq_ignore_ascii_case("localhost") || name.parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

/// The source address the system would use towards the Internet: a UDP "connection" only
/// picks a route, no packet is sent.
fn local_address() -> String {
    std::net::UdpSocket::bind("0.0.0.0:0")
        .and_then(|s| s.connect("192.0.2.1:9").map(|_| s))
        .and_then(|s| s.local_addr())
        .map(|a| a.ip().to_string())
        .unwrap_or_else(|_| "127.0.0.1".into())
}

// ------------------------------------------------------------------ launching programs

/// Splits a command line the Windows way: blanks separate, double quotes group (`""` inside
/// quotes is one quote).
fn split_command_line(line: &str) -> Vec<String> {
    let mut parts = Vec::new();
    let mut current = String::new();
    let mut in_quotes = false;
    let mut started = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if in_quotes && chars.peek() == Some(&'"') => {
                chars.next();
                current.push('"');
            }
            '"' => {
                in_quotes = !in_quotes;
                started = true;
            }
            c if c.is_whitespace() && !in_quotes => {
                if started {
                    parts.push(std::mem::take(&mut current));
                    started = false;
                }
            }
            c => {
                current.push(c);
                started = true;
            }
        }
    }
    if started {
        parts.push(current);
    }
    parts
}

/// `LanceAppli(command line [, mode [, wait = exeNonBloquant [, working folder]]])`. With
/// `exeBloquant`, the program's output and errors come through the script's own stdout and
/// stderr, line by line as they arrive, and `ExeInfo(exeValeurRetour)` gives its exit code;
/// without, it runs on with the console's streams. Under `--sandbox`: refused.
fn exe_run(host: &mut dyn Host, args: Args) -> Ret {
    if sandbox(host).is_some() {
        return Err(denied(SandboxDenial::Launch));
    }
    let line = text_arg(args, 0)?;
    if args.len() > 1 {
        args.int(1)?; // the window mode: no effect on a console
    }
    let wait = args.opt_bool(2, false)?;
    let dir = if args.len() > 3 { Some(text_arg(args, 3)?.to_string()) } else { None };
    let parts = split_command_line(&line);
    let Some((program, rest)) = parts.split_first() else {
        host.fail(&SystemFault::EmptyCommand);
        return Ok(Value::Bool(false));
    };
    let mut command = Command::new(program);
    command.args(rest).stdin(Stdio::null());
    if let Some(dir) = dir.filter(|d| !d.is_empty()) {
        command.current_dir(dir);
    }
    if wait {
        command.stdout(Stdio::piped()).stderr(Stdio::piped());
    }
    let mut child = match command.spawn() {
        Ok(child) => child,
        Err(e) => {
            host.fail(&SystemFault::CannotStart { program: program.clone(), reason: e.to_string() });
            return Ok(Value::Bool(false));
        }
    };
    state::<System>(host).last_pid = Some(child.id());
    if !wait {
        state::<System>(host).last_exit = None;
        return Ok(Value::Bool(true));
    }
    let code = relay_output(host, &mut child);
    state::<System>(host).last_exit = Some(code);
    Ok(Value::Bool(true))
}

/// A line of a program's output longer than this is relayed in pieces (bounded memory).
const MAX_OUTPUT_LINE: u64 = 1 << 20;

/// Copies a child's stdout and stderr lines to the script's, in the order they arrive, until
/// the child has ended and its output is drained (a program it left running in the background
/// with the same output does not keep `LanceAppli` waiting); returns its exit code.
fn relay_output(host: &mut dyn Host, child: &mut std::process::Child) -> i32 {
    use std::io::{BufRead, BufReader, Read};
    use std::sync::mpsc::RecvTimeoutError;
    let (send, receive) = std::sync::mpsc::channel::<(bool, String)>();
    let pipes: [(bool, Option<Box<dyn Read + Send>>); 2] = [
        (false, child.stdout.take().map(|p| Box::new(p) as Box<dyn Read + Send>)),
        (true, child.stderr.take().map(|p| Box::new(p) as Box<dyn Read + Send>)),
    ];
    for (is_err, pipe) in pipes {
        let Some(pipe) = pipe else { continue };
        let send = send.clone();
        // Detached: a grandchild may hold the pipe open long after the child ended.
        std::thread::spawn(move || {
            let mut reader = BufReader::new(pipe);
            loop {
                let mut line = Vec::new();
                match reader.by_ref().take(MAX_OUTPUT_LINE).read_until(b'\n', &mut line) {
                    Ok(0) | Err(_) => break,
                    Ok(_) => {
                        if line.last() == Some(&b'\n') {
                            line.pop();
                        }
                        if send.send((is_err, lossy_line(line))).is_err() {
                            break;
                        }
                    }
                }
            }
        });
    }
    drop(send);
    let mut code = None;
    loop {
        // Once the child has ended, what is still to come must come soon.
        let patience = if code.is_some() { Duration::from_millis(100) } else { Duration::from_millis(50) };
        match receive.recv_timeout(patience) {
            Ok((true, line)) => host.print_error_line(&line),
            Ok((false, line)) => host.print_line(&line),
            Err(RecvTimeoutError::Disconnected) => break,
            Err(RecvTimeoutError::Timeout) if code.is_some() => break,
            Err(RecvTimeoutError::Timeout) => {
                if let Ok(Some(status)) = child.try_wait() {
                    code = Some(status.code().unwrap_or(-1));
                }
            }
        }
    }
    match code {
        Some(code) => code,
        None => child.wait().ok().and_then(|s| s.code()).unwrap_or(-1),
    }
}

/// A line of a program's output as text (without a final CR): UTF-8, or Windows-1252 when it
/// is not.
fn lossy_line(mut bytes: Vec<u8>) -> String {
    if bytes.last() == Some(&b'\r') {
        bytes.pop();
    }
    match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => encoding_rs::WINDOWS_1252.decode_without_bom_handling(e.as_bytes()).0.into_owned(),
    }
}

/// `LanceAppliAssociée(file [, action])`: opens the file with the program the desktop
/// associates with it (`xdg-open`; `open` on macOS), without waiting.
fn shell_execute(host: &mut dyn Host, args: Args) -> Ret {
    if sandbox(host).is_some() {
        return Err(denied(SandboxDenial::Launch));
    }
    let file = text_arg(args, 0)?.to_string();
    if args.len() > 1 {
        text_arg(args, 1)?;
    }
    let opener = if cfg!(target_os = "macos") { "open" } else { "xdg-open" };
    let started =
        Command::new(opener).arg(&file).stdin(Stdio::null()).stdout(Stdio::null()).stderr(Stdio::null()).spawn();
    match started {
        Ok(child) => {
            state::<System>(host).last_pid = Some(child.id());
            Ok(Value::Bool(true))
        }
        Err(_) => {
            host.fail(&SystemFault::NoOpener(file));
            Ok(Value::Bool(false))
        }
    }
}

// ------------------------------------------------------------------ waiting, ending

/// A wait or a period: a number of hundredths of a second, a `Durée`, or a text with a unit
/// ("50 ms", "2 s", "1 min", "10 cs").
pub fn hundredths(v: &Value) -> Result<Duration, String> {
    let ms = match v {
        Value::Str(s) => {
            let t = s.trim();
            let split = t.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(t.len());
            let number: f64 = t[..split].trim().parse().map_err(|_| s.to_string())?;
            let scale = match t[split..].trim().to_lowercase().as_str() {
                "" | "cs" => 10.0,
                "ms" => 1.0,
                "s" | "sec" => 1000.0,
                "min" | "mn" => 60_000.0,
                "h" => 3_600_000.0,
                _ => return Err(s.to_string()),
            };
            number * scale
        }
        // A Durée holds milliseconds.
        Value::Duration(d) => d.0 as f64,
        other => other.to_real().map_err(|_| other.to_string())? * 10.0,
    };
    // Beyond a year is a mistake; it would also overflow a deadline.
    if !ms.is_finite() || ms > 365.0 * 86_400_000.0 {
        return Err(v.to_text().map(|t| t.to_string()).unwrap_or_default());
    }
    Ok(Duration::from_micros((ms.max(0.0) * 1000.0) as u64))
}

fn duration_arg(args: Args, i: usize) -> Result<Duration, BuiltinError> {
    hundredths(&args[i]).map_err(|s| arg_error(i, Fault::family(SystemFault::NotDuration(s))))
}

/// `Multitâche(n)`: waits |n| hundredths of a second (0 or nothing: lets pending events
/// through), calling the procedures of events (timers, sockets) meanwhile.
fn multitask(host: &mut dyn Host, args: Args) -> Ret {
    let wait = match args.first() {
        None => Duration::ZERO,
        Some(Value::Int(n)) => Duration::from_millis(n.unsigned_abs().saturating_mul(10)),
        Some(_) => duration_arg(args, 0)?,
    };
    pause(host, wait)
}

/// `ThreadPause(n)`: waits n hundredths of a second, calling the procedures of events meanwhile.
fn thread_pause(host: &mut dyn Host, args: Args) -> Ret {
    let wait = match &args[0] {
        Value::Int(n) => Duration::from_millis((*n).max(0) as u64 * 10),
        _ => duration_arg(args, 0)?,
    };
    pause(host, wait)
}

fn pause(host: &mut dyn Host, wait: Duration) -> Ret {
    let deadline = Instant::now().checked_add(wait);
    host.wait(deadline, &mut |_| false)?;
    Ok(Value::Null)
}

/// `FinProgramme()`: ends the script (sockets closed, timers stopped). A whole number as first
/// parameter becomes the process exit code (the program to start at the end that the other
/// syntax names is not started); a text as first parameter is the message shown as the program
/// ends, written as `Info` writes (the parameters after it, a title or an option, change
/// nothing on a console).
fn end_program(host: &mut dyn Host, args: Args) -> Ret {
    if let Some(Value::Int(code)) = args.first()
        && let Some(exit) = &state::<System>(host).exit_code
    {
        exit.0.store(*code as i32, Ordering::SeqCst);
    }
    if let Some(Value::Str(message)) = args.first() {
        let message = message.clone();
        host.print_line(&message);
    }
    Err(BuiltinError::Abort(Box::new(Abort::Exit)))
}

// ------------------------------------------------------------------ assertions

/// `%1` ... `%N` of a comment replaced by the parameters that follow it (`ChaîneConstruit`).
fn comment(args: Args, at: usize) -> Result<Option<String>, BuiltinError> {
    if args.len() <= at {
        return Ok(None);
    }
    let template = text_arg(args, at)?;
    let params: Vec<String> =
        (at + 1..args.len()).map(|i| text_arg(args, i).map(|t| t.to_string())).collect::<Result<_, _>>()?;
    let mut out = String::new();
    let mut chars = template.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let mut digits = String::new();
        while let Some(d) = chars.peek().filter(|d| d.is_ascii_digit()) {
            digits.push(*d);
            chars.next();
        }
        match digits.parse::<usize>() {
            Ok(n) if n >= 1 && n <= params.len() => out.push_str(&params[n - 1]),
            _ if digits.is_empty() && chars.peek() == Some(&'%') => {
                chars.next();
                out.push('%');
            }
            _ => {
                out.push('%');
                out.push_str(&digits);
            }
        }
    }
    Ok(Some(out))
}

fn assertions_on(host: &mut dyn Host) -> bool {
    state::<System>(host).assertions
}

/// `dbgAssertion(condition [, comment])`: a false condition stops the script with a runtime
/// error (test mode), unless `dbgActiveAssertion(Faux)` turned assertions off.
fn dbg_assert(host: &mut dyn Host, args: Args) -> Ret {
    if assertions_on(host) && !args.bool(0)? {
        return Err(fatal(SystemFault::AssertionFailed(comment(args, 1)?)));
    }
    Ok(Value::Null)
}

/// `dbgActiveAssertion(Vrai/Faux)`.
fn dbg_enable_assert(host: &mut dyn Host, args: Args) -> Ret {
    let on = args.bool(0)?;
    state::<System>(host).assertions = on;
    Ok(Value::Null)
}

fn dbg_check_true(host: &mut dyn Host, args: Args) -> Ret {
    if assertions_on(host) && !args.bool(0)? {
        return Err(fatal(SystemFault::AssertionFailed(comment(args, 1)?)));
    }
    Ok(Value::Null)
}

fn dbg_check_false(host: &mut dyn Host, args: Args) -> Ret {
    if assertions_on(host) && args.bool(0)? {
        return Err(fatal(SystemFault::AssertionFailed(comment(args, 1)?)));
    }
    Ok(Value::Null)
}

/// Whether two arguments are equal; an array or a procedure cannot be compared here.
fn equal(args: Args, a: usize, b: usize) -> Result<bool, BuiltinError> {
    for (i, other) in [(a, b), (b, a)] {
        if matches!(args[i], Value::Array(_) | Value::Proc(_)) {
            return Err(arg_error(i, Fault::Compare(args[i].ty(), args[other].ty())));
        }
    }
    ops::equals(&args[a], &args[b]).map_err(|e| arg_error(b, e.0))
}

fn shown(v: &Value) -> String {
    match v {
        Value::Str(s) => format!("\"{s}\""),
        Value::Null => "Null".into(),
        other => other.to_text().map(|t| t.to_string()).unwrap_or_else(|_| format!("<{}>", other.ty().name(Lang::En))),
    }
}

fn dbg_check_equal(host: &mut dyn Host, args: Args) -> Ret {
    if assertions_on(host) && !equal(args, 0, 1)? {
        let (left, right) = (shown(&args[0]), shown(&args[1]));
        return Err(fatal(SystemFault::NotEqual { left, right, comment: comment(args, 2)? }));
    }
    Ok(Value::Null)
}

fn dbg_check_different(host: &mut dyn Host, args: Args) -> Ret {
    if assertions_on(host) && equal(args, 0, 1)? {
        return Err(fatal(SystemFault::NotDifferent { value: shown(&args[0]), comment: comment(args, 2)? }));
    }
    Ok(Value::Null)
}

/// Whether argument `i` is Null (0 and "" are, as `= Null` says); an array or a procedure
/// cannot be compared here.
fn is_null(args: Args, i: usize) -> Result<bool, BuiltinError> {
    if matches!(args[i], Value::Array(_) | Value::Proc(_)) {
        return Err(arg_error(i, Fault::Compare(args[i].ty(), crate::types::Ty::Null)));
    }
    Ok(ops::equals(&args[i], &Value::Null).unwrap_or(false))
}

fn dbg_check_null(host: &mut dyn Host, args: Args) -> Ret {
    if assertions_on(host) && !is_null(args, 0)? {
        let left = shown(&args[0]);
        return Err(fatal(SystemFault::NotEqual { left, right: "Null".into(), comment: comment(args, 1)? }));
    }
    Ok(Value::Null)
}

fn dbg_check_not_null(host: &mut dyn Host, args: Args) -> Ret {
    if assertions_on(host) && is_null(args, 0)? {
        return Err(fatal(SystemFault::IsNull(comment(args, 1)?)));
    }
    Ok(Value::Null)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn command_lines_split_the_windows_way() {
        assert_eq!(split_command_line(r#"sh -c "echo a  b""#), ["sh", "-c", "echo a  b"]);
        assert_eq!(
            split_command_line(r#""C:\Program Files\x.exe" /a "" b"#),
            [r"C:\Program Files\x.exe", "/a", "", "b"]
        );
        assert_eq!(split_command_line(r#"say "he said ""hi""""#), ["say", r#"he said "hi""#]);
        assert!(split_command_line("   ").is_empty());
    }

    #[test]
    fn named_arguments() {
        let args: Vec<String> = ["/MODE=test", "-Niveau:3", "/DEBUG", "plain"].iter().map(|s| s.to_string()).collect();
        assert_eq!(named_argument(&args, "mode").as_deref(), Some("test"));
        assert_eq!(named_argument(&args, "niveau").as_deref(), Some("3"));
        assert_eq!(named_argument(&args, "debug").as_deref(), Some("1"));
        assert_eq!(named_argument(&args, "plain"), None);
        assert_eq!(join_command_line(&["a".into(), "b c".into(), String::new()]), r#"a "b c" """#);
    }

    #[test]
    fn durations_count_hundredths() {
        assert_eq!(hundredths(&Value::Int(150)).unwrap(), Duration::from_millis(1500));
        assert_eq!(hundredths(&Value::from("20 ms")).unwrap(), Duration::from_millis(20));
        assert_eq!(hundredths(&Value::from("2s")).unwrap(), Duration::from_secs(2));
        assert_eq!(
            hundredths(&Value::Duration(crate::value::datetime::Duration(20))).unwrap(),
            Duration::from_millis(20)
        );
        assert!(hundredths(&Value::from("soon")).is_err());
        assert!(hundredths(&Value::Real(1e300)).is_err());
    }

    #[test]
    fn sandbox_paths_resolve_dot_dot_and_links() {
        let base = std::env::temp_dir().join(format!("wl-sandbox-unit-{}", std::process::id()));
        let inside = base.join("inside");
        let outside = base.join("outside");
        std::fs::create_dir_all(&inside).unwrap();
        std::fs::create_dir_all(&outside).unwrap();
        let root = std::fs::canonicalize(&inside).unwrap();
        let sandbox = Sandbox { roots: vec![root.clone()], temp: root.clone(), hosts: Some(vec![]) };
        assert!(sandbox.allows_path(&inside.join("new.txt")));
        assert!(sandbox.allows_path(&inside.join("a/b/../c.txt")));
        assert!(!sandbox.allows_path(&inside.join("../outside/x.txt")));
        assert!(!sandbox.allows_path(Path::new("/etc/passwd")));
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(&outside, inside.join("link")).unwrap();
            assert!(!sandbox.allows_path(&inside.join("link/x.txt")));
            // `link/..` is the parent of `outside` (as the system resolves it), not `inside`.
            assert!(!sandbox.allows_path(&inside.join("link/../outside/x.txt")));
            assert!(sandbox.allows_path(&inside.join("link/../inside/x.txt")));
            std::os::unix::fs::symlink(base.join("nowhere"), inside.join("dangling")).unwrap();
            assert!(!sandbox.allows_path(&inside.join("dangling")));
        }
        assert!(!sandbox.allows_host("example.com", 443));
        let _ = std::fs::remove_dir_all(&base);
    }
}

//! The files and folders family, on the real filesystem: files opened by integer identifiers
//! (`fOuvre`, `fLit`, `fEcritLigne`, ...), whole files at once (`fChargeTexte`, `fSauveBuffer`,
//! ...), folders, listings and paths.
//!
//! Paths: on Unix a `\` in a path is a folder separator, as in the Windows code being ported
//! (`fRépertoireTemp() + "\data.txt"` works); paths built by the family use the separator the script's
//! own path uses. Texts: a file's encoding comes from its byte order mark when it has one (UTF-8
//! or UTF-16 little-endian), else from the `fo*` constant given, else it is read as UTF-8 when it
//! is valid UTF-8 and as ANSI (Windows-1252) otherwise; text is written as UTF-8 without a byte
//! order mark unless `foAnsi` or `foUnicode` (UTF-16 with its mark) say otherwise, or the file
//! being written to starts with a mark. `fEcritLigne` ends lines with RC (CR + LF); `fLitLigne`
//! accepts LF and CR + LF.
//!
//! Failures are recoverable: the documented failure value (-1, "", Faux) and `ErreurInfo()` in
//! both languages. Under `--sandbox`, a path outside the script's folder and the run's temporary
//! folder is a fatal error (`system::check_path`).

use std::collections::BTreeMap;
use std::fs::{File, OpenOptions};
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::time::SystemTime;

use super::system::{self, check_path, text_arg};
use super::{Args, BuiltinError, Const, Family, FamilyState, Host, Ret, Settings, arg_error, row, state};
use crate::diagnostics::{FamilyFault, Fault, Lang};
use crate::value::Value;

pub static FAMILY: Family = Family {
    name: "files",
    functions: &[
        row("fOuvre", "fOpen", 1, 2, open),
        row("fCrée", "fCreate", 1, 2, create),
        row("fFerme", "fClose", 1, 1, close),
        row("fLit", "fRead", 2, 2, read),
        row("fLitLigne", "fReadLine", 1, 2, read_line),
        row("fEcrit", "fWrite", 2, 3, write),
        row("fEcritLigne", "fWriteLine", 2, 2, write_line),
        row("fPositionne", "fSeek", 2, 3, seek),
        row("fChargeTexte", "fLoadText", 1, 2, load_text),
        row("fSauveTexte", "fSaveText", 2, 3, save_text),
        row("fChargeBuffer", "fLoadBuffer", 1, 1, load_buffer),
        row("fSauveBuffer", "fSaveBuffer", 2, 2, save_buffer),
        row("fFichierExiste", "fFileExist", 1, 1, file_exists),
        row("fRepExiste", "fDirExist", 1, 1, dir_exists),
        row("fRépertoireExiste", "fDirectoryExist", 1, 1, dir_exists),
        row("fRepCrée", "fMakeDir", 1, 1, make_dir),
        row("fRepSupprime", "fRemoveDir", 1, 2, remove_dir),
        row("fSupprime", "fDelete", 1, 2, delete),
        row("fCopieFichier", "fCopyFile", 2, 3, copy_file),
        row("fRenomme", "fRename", 2, 3, rename),
        row("fListeFichier", "fListFile", 1, 4, list_files),
        row("fListeRépertoire", "fListDirectory", 1, 4, list_dirs),
        row("fTaille", "fSize", 1, 1, size),
        row("fDate", "fDate", 1, 2, date),
        row("fRepEnCours", "fCurrentDir", 0, 1, current_dir),
        row("fRepExe", "fExeDir", 0, 0, exe_dir),
        row("fRépertoireTemp", "fTempPath", 0, 0, temp_dir),
        row("fRepTemp", "fTempDir", 0, 0, temp_dir),
        row("ComplèteRep", "CompleteDir", 1, 1, complete_dir),
        row("fExtraitChemin", "fExtractPath", 2, 2, extract_path),
    ],
    constants: &[
        ("foLecture", "foRead", Const::Int(FO_READ)),
        ("foEcriture", "foWrite", Const::Int(FO_WRITE)),
        ("foLectureEcriture", "foReadWrite", Const::Int(FO_READ | FO_WRITE)),
        ("foAjout", "foAdd", Const::Int(FO_ADD)),
        ("foCréation", "foCreate", Const::Int(FO_CREATE)),
        ("foCréationSiInexistant", "foCreateIfNotExist", Const::Int(FO_CREATE_IF_MISSING)),
        ("foBloqueLecture", "foReadLock", Const::Int(FO_READ_LOCK)),
        ("foBloqueEcriture", "foWriteLock", Const::Int(FO_WRITE_LOCK)),
        ("foUnicode", "foUnicode", Const::Int(FO_UNICODE)),
        ("foAnsi", "foAnsi", Const::Int(FO_ANSI)),
        ("fpDébut", "fpBeginning", Const::Int(FP_BEGINNING)),
        ("fpCourant", "fpCurrent", Const::Int(FP_CURRENT)),
        ("fpFin", "fpEnd", Const::Int(FP_END)),
        ("frRécursif", "frRecursive", Const::Int(FR_RECURSIVE)),
        ("frNonRécursif", "frNotRecursive", Const::Int(0)),
        ("frLectureSeule", "frReadOnly", Const::Int(FR_READ_ONLY)),
        ("frConfirmer", "frConfirm", Const::Int(FR_CONFIRM)),
        ("fDisque", "fDrive", Const::Int(PART_DRIVE)),
        ("fRépertoire", "fDirectory", Const::Int(PART_DIR)),
        ("fFichier", "fFileName", Const::Int(PART_FILE)),
        // The English help writes both `fFileName` and `fFile`.
        ("fFichier", "fFile", Const::Int(PART_FILE)),
        ("fExtension", "fExtension", Const::Int(PART_EXT)),
        ("fCréation", "fCreation", Const::Int(DATE_CREATION)),
        ("fModification", "fModification", Const::Int(DATE_MODIFICATION)),
        ("fAccès", "fAccess", Const::Int(DATE_ACCESS)),
        // fSéparateur's second parameter (stdlib/fichiers.wl); the values are wlang's.
        ("fSéparateurPlateforme", "fSeparatorPlatform", Const::Int(0)),
        ("fSéparateurUnix", "fSeparatorUnix", Const::Int(1)),
        ("fSéparateurWindows", "fSeparatorWindows", Const::Int(2)),
    ],
};

const FO_READ: i64 = 0x1;
const FO_WRITE: i64 = 0x2;
const FO_ADD: i64 = 0x4;
const FO_CREATE: i64 = 0x8;
const FO_CREATE_IF_MISSING: i64 = 0x10;
const FO_READ_LOCK: i64 = 0x20;
const FO_WRITE_LOCK: i64 = 0x40;
const FO_UNICODE: i64 = 0x100;
const FO_ANSI: i64 = 0x200;

const FP_BEGINNING: i64 = 0;
const FP_CURRENT: i64 = 1;
const FP_END: i64 = 2;

const FR_RECURSIVE: i64 = 0x1;
const FR_READ_ONLY: i64 = 0x2;
const FR_CONFIRM: i64 = 0x4;

const PART_DRIVE: i64 = 0x1;
const PART_DIR: i64 = 0x2;
const PART_FILE: i64 = 0x4;
const PART_EXT: i64 = 0x8;

const DATE_CREATION: i64 = 1;
const DATE_MODIFICATION: i64 = 2;
const DATE_ACCESS: i64 = 3;

/// `fLitLigne`'s value at the end of the file (the `EOT` constant).
const EOT: &str = "\u{4}";

/// A whole file loaded at once (`fChargeTexte`, `fChargeBuffer`) may not be larger (WLanguage
/// strings stop at 2 GB; this keeps well below what memory allows).
const MAX_LOAD: u64 = 1 << 30;
/// What is read at most from something that is not a regular file (a device, a pipe).
const MAX_LOAD_STREAM: u64 = 64 << 20;

/// Bytes read ahead from an open file.
const CHUNK: usize = 64 << 10;

// ------------------------------------------------------------------ faults

#[derive(Debug, Clone)]
enum FileFault {
    NotFound(String),
    FolderNotFound(String),
    Denied(String),
    Exists(String),
    NotEmpty(String),
    IsFolder(String),
    Io { path: String, reason: String },
    NoHandle(i64),
    NotReadable(i64),
    NotWritable(i64),
    TooLarge(String),
    BadPosition(i64),
    NoMatch(String),
    NotProcedure,
}

impl FamilyFault for FileFault {
    fn text(&self, lang: Lang) -> String {
        let t = |en: String, fr: String| lang.pick(en, fr);
        match self {
            FileFault::NotFound(p) => {
                t(format!("the file \"{p}\" does not exist"), format!("le fichier \"{p}\" n'existe pas"))
            }
            FileFault::FolderNotFound(p) => {
                t(format!("the folder \"{p}\" does not exist"), format!("le répertoire \"{p}\" n'existe pas"))
            }
            FileFault::Denied(p) => t(
                format!("access to \"{p}\" is denied by the system"),
                format!("l'accès à \"{p}\" est refusé par le système"),
            ),
            FileFault::Exists(p) => t(format!("\"{p}\" already exists"), format!("\"{p}\" existe déjà")),
            FileFault::NotEmpty(p) => t(
                format!("the folder \"{p}\" is not empty (frRécursif deletes its content too)"),
                format!("le répertoire \"{p}\" n'est pas vide (frRécursif supprime aussi son contenu)"),
            ),
            FileFault::IsFolder(p) => t(format!("\"{p}\" is a folder"), format!("\"{p}\" est un répertoire")),
            FileFault::Io { path, reason } => t(format!("\"{path}\": {reason}"), format!("\"{path}\" : {reason}")),
            FileFault::NoHandle(n) => t(
                format!("no file is open with the identifier {n}"),
                format!("aucun fichier n'est ouvert avec l'identifiant {n}"),
            ),
            FileFault::NotReadable(n) => t(
                format!("the file {n} is not open for reading (foLecture)"),
                format!("le fichier {n} n'est pas ouvert en lecture (foLecture)"),
            ),
            FileFault::NotWritable(n) => t(
                format!("the file {n} is not open for writing (foEcriture)"),
                format!("le fichier {n} n'est pas ouvert en écriture (foEcriture)"),
            ),
            FileFault::TooLarge(p) => t(
                format!("the file \"{p}\" is too large to load at once (use fOuvre and fLit)"),
                format!("le fichier \"{p}\" est trop grand pour être chargé d'un coup (utilisez fOuvre et fLit)"),
            ),
            FileFault::BadPosition(n) => {
                t(format!("{n} is not a position in the file"), format!("{n} n'est pas une position dans le fichier"))
            }
            FileFault::NoMatch(p) => {
                t(format!("no file matches \"{p}\""), format!("aucun fichier ne correspond à \"{p}\""))
            }
            FileFault::NotProcedure => t(
                "expected the procedure to call for each file, without quotes, or fr* options".into(),
                "attendu : la procédure à appeler pour chaque fichier, sans guillemets, ou des options fr*".into(),
            ),
        }
    }
}

/// The fault of an I/O error on `path`.
fn io_fault(path: &str, e: &io::Error) -> FileFault {
    match e.kind() {
        io::ErrorKind::NotFound => FileFault::NotFound(path.to_owned()),
        io::ErrorKind::PermissionDenied => FileFault::Denied(path.to_owned()),
        io::ErrorKind::AlreadyExists => FileFault::Exists(path.to_owned()),
        io::ErrorKind::DirectoryNotEmpty => FileFault::NotEmpty(path.to_owned()),
        io::ErrorKind::IsADirectory => FileFault::IsFolder(path.to_owned()),
        _ => FileFault::Io { path: path.to_owned(), reason: e.to_string() },
    }
}

/// Records a failure and returns the documented failure value.
fn fail(host: &mut dyn Host, fault: FileFault, value: Value) -> Ret {
    host.fail(&fault);
    Ok(value)
}

// ------------------------------------------------------------------ paths

/// A path as the script wrote it, with `\` as a separator on Unix.
fn native(text: &str) -> PathBuf {
    if cfg!(windows) { PathBuf::from(text) } else { PathBuf::from(text.replace('\\', "/")) }
}

/// The separator the script's own path uses (`\` for a Windows-looking path, else `/`).
fn separator_of(text: &str) -> char {
    if text.contains('\\') && !text.contains('/') { '\\' } else { std::path::MAIN_SEPARATOR }
}

fn is_separator(c: char) -> bool {
    c == '/' || c == '\\'
}

/// Argument `i` as a path, refused (fatally) outside the sandbox: (path, text as written).
fn path_arg(host: &mut dyn Host, args: Args, i: usize) -> Result<(PathBuf, Rc<crate::value::WStr>), BuiltinError> {
    let text = text_arg(args, i)?;
    let path = native(&text);
    check_path(host, &path, &text)?;
    Ok((path, text))
}

// ------------------------------------------------------------------ encodings

#[derive(Clone, Copy, Debug, PartialEq)]
enum Enc {
    /// UTF-8 when valid, Windows-1252 otherwise; written as UTF-8.
    Auto,
    Ansi,
    Utf8,
    Utf16,
}

impl Enc {
    /// The encoding the `fo*` flags ask for.
    fn from_flags(flags: i64) -> Enc {
        if flags & FO_UNICODE != 0 {
            Enc::Utf16
        } else if flags & FO_ANSI != 0 {
            Enc::Ansi
        } else {
            Enc::Auto
        }
    }

    /// Bytes per code unit (lines and separators are aligned on it).
    fn unit(self) -> usize {
        if self == Enc::Utf16 { 2 } else { 1 }
    }

    fn decode(self, bytes: &[u8]) -> String {
        match self {
            Enc::Auto => match std::str::from_utf8(bytes) {
                Ok(s) => s.to_owned(),
                Err(_) => encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes).0.into_owned(),
            },
            Enc::Ansi => encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes).0.into_owned(),
            Enc::Utf8 => String::from_utf8_lossy(bytes).into_owned(),
            Enc::Utf16 => encoding_rs::UTF_16LE.decode_without_bom_handling(bytes).0.into_owned(),
        }
    }

    fn encode(self, text: &str) -> Vec<u8> {
        match self {
            Enc::Auto | Enc::Utf8 => text.as_bytes().to_vec(),
            Enc::Ansi => encode_ansi(text),
            Enc::Utf16 => text.encode_utf16().flat_map(u16::to_le_bytes).collect(),
        }
    }

    /// The byte order mark written at the start of a new file.
    fn bom(self) -> &'static [u8] {
        match self {
            Enc::Utf16 => &[0xFF, 0xFE],
            Enc::Utf8 | Enc::Auto | Enc::Ansi => &[],
        }
    }
}

/// Windows-1252 bytes; a character it lacks becomes `?`.
fn encode_ansi(text: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    let mut buf = [0u8; 4];
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c as u8);
            continue;
        }
        let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(c.encode_utf8(&mut buf));
        out.extend_from_slice(if unmappable { b"?" } else { &bytes });
    }
    out
}

/// The encoding a byte order mark announces, and its length.
fn sniff_bom(head: &[u8]) -> Option<(Enc, usize)> {
    if head.starts_with(&[0xEF, 0xBB, 0xBF]) {
        Some((Enc::Utf8, 3))
    } else if head.starts_with(&[0xFF, 0xFE]) {
        Some((Enc::Utf16, 2))
    } else {
        None
    }
}

/// Text from a whole file's bytes: the byte order mark first, then the format asked for.
fn decode_file(bytes: &[u8], asked: Enc) -> String {
    match sniff_bom(bytes) {
        Some((enc, len)) => enc.decode(&bytes[len..]),
        None => asked.decode(bytes),
    }
}

// ------------------------------------------------------------------ open files

struct OpenFile {
    file: File,
    /// Bytes read ahead, and the next one to hand out.
    buf: Vec<u8>,
    at: usize,
    enc: Enc,
    readable: bool,
    writable: bool,
}

impl OpenFile {
    fn unread(&self) -> usize {
        self.buf.len() - self.at
    }

    /// Drops the read-ahead, putting the system's position back where the script is.
    fn sync(&mut self) -> io::Result<()> {
        let n = self.unread();
        if n > 0 {
            self.file.seek(SeekFrom::Current(-(n as i64)))?;
        }
        self.buf.clear();
        self.at = 0;
        Ok(())
    }

    /// Makes sure some bytes are buffered; false at the end of the file.
    fn fill(&mut self) -> io::Result<bool> {
        if self.at < self.buf.len() {
            return Ok(true);
        }
        self.buf.resize(CHUNK, 0);
        self.at = 0;
        let n = self.file.read(&mut self.buf)?;
        self.buf.truncate(n);
        Ok(n > 0)
    }

    /// Up to `n` bytes (fewer at the end of the file).
    fn read_bytes(&mut self, n: usize) -> io::Result<Vec<u8>> {
        let mut out = Vec::new();
        while out.len() < n && self.fill()? {
            let take = (n - out.len()).min(self.unread());
            out.extend_from_slice(&self.buf[self.at..self.at + take]);
            self.at += take;
        }
        Ok(out)
    }

    /// The bytes up to `sep` (excluded, found on a code-unit boundary); `None` at the end of
    /// the file.
    fn read_until(&mut self, sep: &[u8]) -> io::Result<Option<Vec<u8>>> {
        let unit = self.enc.unit();
        let mut out = Vec::new();
        let mut any = false;
        while self.fill()? {
            any = true;
            if unit == 1 && sep.len() == 1 {
                // The common case: one byte separator, found in the buffer at once.
                let slice = &self.buf[self.at..];
                if let Some(i) = slice.iter().position(|b| *b == sep[0]) {
                    out.extend_from_slice(&slice[..i]);
                    self.at += i + 1;
                    return Ok(Some(out));
                }
                out.extend_from_slice(slice);
                self.at = self.buf.len();
                continue;
            }
            out.push(self.buf[self.at]);
            self.at += 1;
            if out.len() % unit == 0 && !sep.is_empty() && out.ends_with(sep) {
                out.truncate(out.len() - sep.len());
                return Ok(Some(out));
            }
        }
        Ok(any.then_some(out))
    }

    fn write_all(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.sync()?;
        self.file.write_all(bytes)
    }

    fn position(&mut self) -> io::Result<u64> {
        Ok(self.file.stream_position()? - self.unread() as u64)
    }
}

/// The family's state: the open files by identifier.
pub struct Files {
    open: BTreeMap<i64, OpenFile>,
    next: i64,
}

impl FamilyState for Files {
    fn new(_settings: &Settings) -> Files {
        Files { open: BTreeMap::new(), next: 1 }
    }

    fn as_any(&mut self) -> &mut dyn std::any::Any {
        self
    }

    fn shutdown(&mut self) {
        for file in self.open.values_mut() {
            let _ = file.file.flush();
        }
        self.open.clear();
    }
}

/// The open file `id`, or the recorded failure.
fn with_file<T>(
    host: &mut dyn Host,
    id: i64,
    f: impl FnOnce(&mut OpenFile) -> Result<T, FileFault>,
) -> Result<T, FileFault> {
    match state::<Files>(host).open.get_mut(&id) {
        Some(file) => f(file),
        None => Err(FileFault::NoHandle(id)),
    }
}

fn io_on(id: i64) -> impl Fn(io::Error) -> FileFault {
    move |e| FileFault::Io { path: format!("#{id}"), reason: e.to_string() }
}

/// `fOuvre(path [, mode = foLectureEcriture])`: the file's identifier, -1 on failure.
fn open(host: &mut dyn Host, args: Args) -> Ret {
    let flags = args.opt_int(1, FO_READ | FO_WRITE)?;
    open_with(host, args, flags)
}

/// `fCrée(path [, format])`: creates (or empties) a file and opens it for reading and writing.
fn create(host: &mut dyn Host, args: Args) -> Ret {
    let flags = args.opt_int(1, 0)? | FO_READ | FO_WRITE | FO_CREATE;
    open_with(host, args, flags)
}

fn open_with(host: &mut dyn Host, args: Args, flags: i64) -> Ret {
    let (path, text) = path_arg(host, args, 0)?;
    let writable = flags & (FO_WRITE | FO_ADD | FO_CREATE | FO_CREATE_IF_MISSING) != 0;
    // foLecture alone, or no access flag at all but locks/encodings: reading.
    let readable = flags & FO_READ != 0 || !writable;
    let existed = path.exists();
    if path.is_dir() {
        return fail(host, FileFault::IsFolder(text.to_string()), Value::Int(-1));
    }
    let mut options = OpenOptions::new();
    options.read(readable).write(writable);
    if flags & FO_CREATE != 0 {
        options.create(true).truncate(true);
    } else if flags & FO_CREATE_IF_MISSING != 0 {
        options.create(true);
    }
    let mut file = match options.open(&path) {
        Ok(file) => file,
        Err(e) => return fail(host, io_fault(&text, &e), Value::Int(-1)),
    };
    let fresh = flags & FO_CREATE != 0 || !existed;
    let mut enc = Enc::from_flags(flags);
    let mut start = 0u64;
    let result = (|| -> io::Result<()> {
        if fresh {
            file.write_all(enc.bom())?;
            start = enc.bom().len() as u64;
        } else {
            let mut head = [0u8; 3];
            let n = File::open(&path)?.read(&mut head)?;
            if let Some((found, len)) = sniff_bom(&head[..n]) {
                enc = found;
                start = len as u64;
            }
        }
        if flags & FO_ADD != 0 {
            file.seek(SeekFrom::End(0))?;
        } else {
            file.seek(SeekFrom::Start(start))?;
        }
        Ok(())
    })();
    if let Err(e) = result {
        return fail(host, io_fault(&text, &e), Value::Int(-1));
    }
    let files = state::<Files>(host);
    let id = files.next;
    files.next += 1;
    files.open.insert(id, OpenFile { file, buf: Vec::new(), at: 0, enc, readable, writable });
    Ok(Value::Int(id))
}

/// `fFerme(id)`: Vrai, or Faux for an identifier that is not open.
fn close(host: &mut dyn Host, args: Args) -> Ret {
    let id = args.int(0)?;
    match state::<Files>(host).open.remove(&id) {
        Some(mut file) => match file.file.flush() {
            Ok(()) => Ok(Value::Bool(true)),
            Err(e) => fail(host, io_on(id)(e), Value::Bool(false)),
        },
        None => fail(host, FileFault::NoHandle(id), Value::Bool(false)),
    }
}

/// `fLit(id, n)`: n characters (n bytes, or n UTF-16 units), fewer at the end of the file; ""
/// at the end or on failure.
fn read(host: &mut dyn Host, args: Args) -> Ret {
    let id = args.int(0)?;
    let n = args.int(1)?.max(0) as usize;
    let result = with_file(host, id, |f| {
        if !f.readable {
            return Err(FileFault::NotReadable(id));
        }
        let bytes = f.read_bytes(n.saturating_mul(f.enc.unit())).map_err(io_on(id))?;
        Ok(f.enc.decode(&bytes))
    });
    match result {
        Ok(text) => Ok(Value::from(text)),
        Err(fault) => fail(host, fault, Value::from("")),
    }
}

/// `fLitLigne(id [, separator = RC])`: the next line without its end; `EOT` at the end of the
/// file; "" on failure.
fn read_line(host: &mut dyn Host, args: Args) -> Ret {
    let id = args.int(0)?;
    let separator = if args.len() > 1 { Some(text_arg(args, 1)?) } else { None };
    let result = with_file(host, id, |f| {
        if !f.readable {
            return Err(FileFault::NotReadable(id));
        }
        // RC (CR + LF) is read as LF with a CR dropped, so that LF-only files work too.
        let default = separator.as_deref().is_none_or(|s| s.as_str() == "\r\n" || s.as_str() == "\n");
        let sep =
            if default { f.enc.encode("\n") } else { f.enc.encode(separator.as_deref().map_or("", |s| s.as_str())) };
        let Some(mut bytes) = f.read_until(&sep).map_err(io_on(id))? else {
            return Ok(EOT.to_owned());
        };
        if default {
            let cr = f.enc.encode("\r");
            if bytes.ends_with(&cr) {
                bytes.truncate(bytes.len() - cr.len());
            }
        }
        Ok(f.enc.decode(&bytes))
    });
    match result {
        Ok(text) => Ok(Value::from(text)),
        Err(fault) => fail(host, fault, Value::from("")),
    }
}

/// The bytes a value is written as: a buffer as is, anything else as text in the file's
/// encoding; `limit` characters (or bytes of a buffer) at most.
fn bytes_of(args: Args, i: usize, enc: Enc, limit: Option<usize>) -> Result<Vec<u8>, BuiltinError> {
    Ok(match &args[i] {
        Value::Buffer(b) => b[..limit.unwrap_or(b.len()).min(b.len())].to_vec(),
        _ => {
            let text = text_arg(args, i)?;
            match limit {
                Some(n) => enc.encode(&text.chars().take(n).collect::<String>()),
                None => enc.encode(&text),
            }
        }
    })
}

/// `fEcrit(id, value [, size])`: the number of bytes written, -1 on failure.
fn write(host: &mut dyn Host, args: Args) -> Ret {
    let id = args.int(0)?;
    let limit = if args.len() > 2 { Some(args.int(2)?.max(0) as usize) } else { None };
    let enc = state::<Files>(host).open.get(&id).map_or(Enc::Auto, |f| f.enc);
    let bytes = bytes_of(args, 1, enc, limit)?;
    write_bytes(host, id, &bytes)
}

/// `fEcritLigne(id, line)`: writes the line and RC; the number of bytes written, -1 on failure.
fn write_line(host: &mut dyn Host, args: Args) -> Ret {
    let id = args.int(0)?;
    let enc = state::<Files>(host).open.get(&id).map_or(Enc::Auto, |f| f.enc);
    let mut bytes = bytes_of(args, 1, enc, None)?;
    bytes.extend(enc.encode("\r\n"));
    write_bytes(host, id, &bytes)
}

fn write_bytes(host: &mut dyn Host, id: i64, bytes: &[u8]) -> Ret {
    let result = with_file(host, id, |f| {
        if !f.writable {
            return Err(FileFault::NotWritable(id));
        }
        f.write_all(bytes).map_err(io_on(id))
    });
    match result {
        Ok(()) => Ok(Value::Int(bytes.len() as i64)),
        Err(fault) => fail(host, fault, Value::Int(-1)),
    }
}

/// `fPositionne(id, position [, origin = fpDébut])`: the new position from the start, in
/// bytes (after a byte order mark's), -1 on failure.
fn seek(host: &mut dyn Host, args: Args) -> Ret {
    let id = args.int(0)?;
    let offset = args.int(1)?;
    let origin = args.opt_int(2, FP_BEGINNING)?;
    let result = with_file(host, id, |f| {
        f.sync().map_err(io_on(id))?;
        let target = match origin {
            FP_CURRENT => f.file.stream_position().map_err(io_on(id))? as i64 + offset,
            FP_END => f.file.seek(SeekFrom::End(0)).map_err(io_on(id))? as i64 + offset,
            _ => offset,
        };
        if target < 0 {
            return Err(FileFault::BadPosition(target));
        }
        f.file.seek(SeekFrom::Start(target as u64)).map_err(io_on(id))?;
        f.position().map_err(io_on(id))
    });
    match result {
        Ok(position) => Ok(Value::Int(position as i64)),
        Err(fault) => fail(host, fault, Value::Int(-1)),
    }
}

// ------------------------------------------------------------------ whole files

/// A whole file's bytes, bounded (`MAX_LOAD`, `MAX_LOAD_STREAM`).
fn load(path: &Path, text: &str) -> Result<Vec<u8>, FileFault> {
    let file = File::open(path).map_err(|e| io_fault(text, &e))?;
    let meta = file.metadata().map_err(|e| io_fault(text, &e))?;
    if meta.is_dir() {
        return Err(FileFault::IsFolder(text.to_owned()));
    }
    let limit = if meta.is_file() {
        if meta.len() > MAX_LOAD {
            return Err(FileFault::TooLarge(text.to_owned()));
        }
        MAX_LOAD
    } else {
        MAX_LOAD_STREAM
    };
    let mut bytes = Vec::new();
    file.take(limit + 1).read_to_end(&mut bytes).map_err(|e| io_fault(text, &e))?;
    if bytes.len() as u64 > limit {
        return Err(FileFault::TooLarge(text.to_owned()));
    }
    Ok(bytes)
}

/// `fChargeTexte(path [, format])`: the file's text ("" on failure).
fn load_text(host: &mut dyn Host, args: Args) -> Ret {
    let (path, text) = path_arg(host, args, 0)?;
    let enc = Enc::from_flags(args.opt_int(1, 0)?);
    match load(&path, &text) {
        Ok(bytes) => Ok(Value::from(decode_file(&bytes, enc))),
        Err(fault) => fail(host, fault, Value::from("")),
    }
}

/// `fChargeBuffer(path)`: the file's bytes (an empty buffer on failure).
fn load_buffer(host: &mut dyn Host, args: Args) -> Ret {
    let (path, text) = path_arg(host, args, 0)?;
    match load(&path, &text) {
        Ok(bytes) => Ok(Value::Buffer(Rc::new(bytes))),
        Err(fault) => fail(host, fault, Value::Buffer(Rc::default())),
    }
}

/// `fSauveTexte(path, text [, format])`: creates or replaces the file; Vrai or Faux.
fn save_text(host: &mut dyn Host, args: Args) -> Ret {
    let (path, text) = path_arg(host, args, 0)?;
    let enc = Enc::from_flags(args.opt_int(2, 0)?);
    let mut bytes = enc.bom().to_vec();
    bytes.extend(bytes_of(args, 1, enc, None)?);
    save(host, &path, &text, &bytes)
}

/// `fSauveBuffer(path, buffer)`: creates or replaces the file with these bytes; Vrai or Faux.
fn save_buffer(host: &mut dyn Host, args: Args) -> Ret {
    let (path, text) = path_arg(host, args, 0)?;
    let bytes = bytes_of(args, 1, Enc::Utf8, None)?;
    save(host, &path, &text, &bytes)
}

fn save(host: &mut dyn Host, path: &Path, text: &str, bytes: &[u8]) -> Ret {
    if path.is_dir() {
        return fail(host, FileFault::IsFolder(text.to_owned()), Value::Bool(false));
    }
    match std::fs::write(path, bytes) {
        Ok(()) => Ok(Value::Bool(true)),
        Err(e) => fail(host, io_fault(text, &e), Value::Bool(false)),
    }
}

// ------------------------------------------------------------------ files and folders

fn file_exists(host: &mut dyn Host, args: Args) -> Ret {
    let (path, _) = path_arg(host, args, 0)?;
    Ok(Value::Bool(path.is_file()))
}

fn dir_exists(host: &mut dyn Host, args: Args) -> Ret {
    let (path, _) = path_arg(host, args, 0)?;
    Ok(Value::Bool(path.is_dir()))
}

/// `fRepCrée(path)`: creates the folder and the missing ones above it; Vrai when it exists
/// afterwards.
fn make_dir(host: &mut dyn Host, args: Args) -> Ret {
    let (path, text) = path_arg(host, args, 0)?;
    match std::fs::create_dir_all(&path) {
        Ok(()) => Ok(Value::Bool(true)),
        Err(e) => fail(host, io_fault(&text, &e), Value::Bool(false)),
    }
}

/// `fRepSupprime(path [, frRécursif])`: deletes an empty folder, or a folder and its content.
fn remove_dir(host: &mut dyn Host, args: Args) -> Ret {
    let (path, text) = path_arg(host, args, 0)?;
    let options = args.opt_int(1, 0)?;
    if !path.is_dir() {
        return fail(host, FileFault::FolderNotFound(text.to_string()), Value::Bool(false));
    }
    let result = if options & FR_RECURSIVE != 0 { std::fs::remove_dir_all(&path) } else { std::fs::remove_dir(&path) };
    match result {
        Ok(()) => Ok(Value::Bool(true)),
        Err(e) => fail(host, io_fault(&text, &e), Value::Bool(false)),
    }
}

/// Whether a path's last part holds `*` or `?`.
fn has_wildcards(text: &str) -> bool {
    let name = text.rsplit(is_separator).next().unwrap_or(text);
    name.contains(['*', '?'])
}

/// The folder and the file pattern of `dir\*.txt` (a bare folder lists everything in it).
fn split_pattern(text: &str) -> (String, String) {
    let path = native(text);
    if !has_wildcards(text) && path.is_dir() {
        return (text.to_owned(), "*".to_owned());
    }
    match text.rfind(is_separator) {
        Some(0) => (text[..1].to_owned(), text[1..].to_owned()),
        Some(i) => (text[..i].to_owned(), text[i + 1..].to_owned()),
        None => (String::new(), text.to_owned()),
    }
}

/// `*` and `?` matching, ignoring case as Windows does; `*.*` matches every name.
fn matches(pattern: &str, name: &str) -> bool {
    if pattern == "*.*" || pattern == "*" {
        return true;
    }
    let p: Vec<char> = pattern.to_lowercase().chars().collect();
    let n: Vec<char> = name.to_lowercase().chars().collect();
    // Iterative matching with backtracking on the last `*`: linear in practice, no recursion.
    let (mut i, mut j, mut star, mut mark) = (0, 0, None, 0);
    while j < n.len() {
        if i < p.len() && (p[i] == '?' || p[i] == n[j]) {
            i += 1;
            j += 1;
        } else if i < p.len() && p[i] == '*' {
            star = Some(i);
            mark = j;
            i += 1;
        } else if let Some(s) = star {
            i = s + 1;
            mark += 1;
            j = mark;
        } else {
            return false;
        }
    }
    p[i..].iter().all(|c| *c == '*')
}

/// A path the family returns: with the system's separators (`/` on Unix, whatever the script
/// wrote).
fn shown_path(text: &str) -> String {
    native(text).to_string_lossy().into_owned()
}

/// A folder with a final separator.
fn complete(dir: &str) -> String {
    if dir.is_empty() || dir.ends_with(is_separator) { dir.to_owned() } else { format!("{dir}{}", separator_of(dir)) }
}

/// Joins a folder as the script wrote it and a name.
fn join(dir: &str, name: &str) -> String {
    if dir.is_empty() {
        return name.to_owned();
    }
    if dir.ends_with(is_separator) { format!("{dir}{name}") } else { format!("{dir}{}{name}", separator_of(dir)) }
}

/// `fSupprime(path [, option])`: deletes a file, or the files a `*`/`?` pattern matches.
fn delete(host: &mut dyn Host, args: Args) -> Ret {
    let (path, text) = path_arg(host, args, 0)?;
    args.opt_int(1, 0)?;
    if !has_wildcards(&text) {
        if path.is_dir() {
            return fail(host, FileFault::IsFolder(text.to_string()), Value::Bool(false));
        }
        return match std::fs::remove_file(&path) {
            Ok(()) => Ok(Value::Bool(true)),
            Err(e) => fail(host, io_fault(&text, &e), Value::Bool(false)),
        };
    }
    let names = match entries(&text, false) {
        Ok(names) => names,
        Err(fault) => return fail(host, fault, Value::Bool(false)),
    };
    if names.is_empty() {
        return fail(host, FileFault::NoMatch(text.to_string()), Value::Bool(false));
    }
    for (dir, name) in names {
        let shown = join(&dir, &name);
        if let Err(e) = std::fs::remove_file(native(&shown)) {
            return fail(host, io_fault(&shown, &e), Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// The (folder, name) of the files (or folders) a pattern matches, in one folder, sorted.
fn entries(pattern_text: &str, dirs: bool) -> Result<Vec<(String, String)>, FileFault> {
    let (dir, pattern) = split_pattern(pattern_text);
    let folder = if dir.is_empty() { PathBuf::from(".") } else { native(&dir) };
    let read = std::fs::read_dir(&folder).map_err(|e| match e.kind() {
        io::ErrorKind::NotFound => FileFault::FolderNotFound(dir.clone()),
        _ => io_fault(&dir, &e),
    })?;
    let mut found: Vec<(String, String)> = read
        .flatten()
        .filter(|e| e.file_type().is_ok_and(|t| if dirs { t.is_dir() } else { !t.is_dir() }))
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| matches(&pattern, name))
        .map(|name| (dir.clone(), name))
        .collect();
    found.sort();
    Ok(found)
}

/// `fCopieFichier(source, destination [, options])`: copies a file (or the files a pattern
/// matches, into a folder); an existing destination is replaced. Vrai or Faux.
fn copy_file(host: &mut dyn Host, args: Args) -> Ret {
    let (source, source_text) = path_arg(host, args, 0)?;
    let (dest, dest_text) = path_arg(host, args, 1)?;
    args.opt_int(2, 0)?;
    let pairs: Vec<(String, PathBuf)> = if has_wildcards(&source_text) {
        match entries(&source_text, false) {
            Ok(names) if names.is_empty() => {
                return fail(host, FileFault::NoMatch(source_text.to_string()), Value::Bool(false));
            }
            Ok(names) => names.into_iter().map(|(dir, name)| (join(&dir, &name), dest.join(&name))).collect(),
            Err(fault) => return fail(host, fault, Value::Bool(false)),
        }
    } else {
        let target = if dest.is_dir() || dest_text.ends_with(is_separator) {
            dest.join(source.file_name().unwrap_or_default())
        } else {
            dest.clone()
        };
        vec![(source_text.to_string(), target)]
    };
    for (from, to) in pairs {
        let from_path = native(&from);
        if from_path.is_dir() {
            return fail(host, FileFault::IsFolder(from), Value::Bool(false));
        }
        if let Err(e) = std::fs::copy(&from_path, &to) {
            // Say which side failed: a missing source, or anything about the destination.
            let shown = if from_path.exists() { dest_text.to_string() } else { from };
            return fail(host, io_fault(&shown, &e), Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// `fRenomme(old, new [, option])`: renames or moves a file or folder (copying across
/// filesystems); Vrai or Faux.
fn rename(host: &mut dyn Host, args: Args) -> Ret {
    let (from, from_text) = path_arg(host, args, 0)?;
    let (to, to_text) = path_arg(host, args, 1)?;
    args.opt_int(2, 0)?;
    if !from.exists() {
        return fail(host, FileFault::NotFound(from_text.to_string()), Value::Bool(false));
    }
    let result = std::fs::rename(&from, &to).or_else(|e| {
        // Another filesystem: copy, then delete the original (files only).
        if from.is_file() && e.kind() == io::ErrorKind::CrossesDevices {
            std::fs::copy(&from, &to).and_then(|_| std::fs::remove_file(&from))
        } else {
            Err(e)
        }
    });
    match result {
        Ok(()) => Ok(Value::Bool(true)),
        Err(e) => fail(host, io_fault(&to_text, &e), Value::Bool(false)),
    }
}

/// `fListeFichier(pattern [, options])`: the matching files' paths, one per line (RC), sorted
/// by folder then name; `fListeFichier(pattern, procedure [, value [, options]])`: calls
/// `procedure(folder, name, new folder?, value)` for each file (stopping when it returns
/// Faux) and returns how many files it was called for.
fn list_files(host: &mut dyn Host, args: Args) -> Ret {
    list(host, args, false)
}

/// `fListeRépertoire`: the same for folders.
fn list_dirs(host: &mut dyn Host, args: Args) -> Ret {
    list(host, args, true)
}

fn list(host: &mut dyn Host, args: Args, dirs: bool) -> Ret {
    let (_, text) = path_arg(host, args, 0)?;
    let (procedure, value, options) = match args.get(1) {
        Some(p @ Value::Proc(_)) => {
            (Some(p.clone()), args.get(2).cloned().unwrap_or(Value::Int(0)), args.opt_int(3, 0)?)
        }
        Some(Value::Str(_)) => return Err(arg_error(1, Fault::family(FileFault::NotProcedure))),
        Some(_) => (None, Value::Null, args.int(1)?),
        None => (None, Value::Null, 0),
    };
    let (dir, pattern) = split_pattern(&text);
    let mut found = Vec::new();
    if let Err(fault) = walk(&dir, &pattern, dirs, options & FR_RECURSIVE != 0, &mut found) {
        return fail(host, fault, if procedure.is_some() { Value::Int(0) } else { Value::from("") });
    }
    let Some(procedure) = procedure else {
        let lines: Vec<String> = found.iter().map(|(d, n)| shown_path(&join(d, n))).collect();
        return Ok(Value::from(lines.join("\r\n")));
    };
    let mut count = 0;
    let mut previous: Option<String> = None;
    for (folder, name) in found {
        let shown = if folder.is_empty() { String::new() } else { shown_path(&complete(&folder)) };
        let changed = previous.as_deref() != Some(folder.as_str());
        previous = Some(folder);
        count += 1;
        let keep =
            host.call(&procedure, vec![Value::from(shown), Value::from(name), Value::Bool(changed), value.clone()])?;
        if matches!(keep, Value::Bool(false)) {
            break;
        }
    }
    Ok(Value::Int(count))
}

/// Files (or folders) matching `pattern` in `dir`, then in its subfolders when `recursive`
/// (symbolic links to folders are not followed: no loops).
fn walk(
    dir: &str,
    pattern: &str,
    dirs: bool,
    recursive: bool,
    found: &mut Vec<(String, String)>,
) -> Result<(), FileFault> {
    let pattern_text = join(dir, pattern);
    found.extend(entries(&pattern_text, dirs)?);
    if !recursive {
        return Ok(());
    }
    let folder = if dir.is_empty() { PathBuf::from(".") } else { native(dir) };
    let Ok(read) = std::fs::read_dir(&folder) else { return Ok(()) };
    let mut subdirs: Vec<String> = read
        .flatten()
        .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    subdirs.sort();
    for sub in subdirs {
        walk(&join(dir, &sub), pattern, dirs, recursive, found)?;
    }
    Ok(())
}

/// `fTaille(path)`: the file's size in bytes, -1 on failure.
fn size(host: &mut dyn Host, args: Args) -> Ret {
    let (path, text) = path_arg(host, args, 0)?;
    match std::fs::metadata(&path) {
        Ok(meta) if meta.is_dir() => fail(host, FileFault::IsFolder(text.to_string()), Value::Int(-1)),
        Ok(meta) => Ok(Value::Int(meta.len() as i64)),
        Err(e) => fail(host, io_fault(&text, &e), Value::Int(-1)),
    }
}

/// `fDate(path [, fModification])`: the date as "AAAAMMJJ" (local time, as `DateSys`); "" on failure.
fn date(host: &mut dyn Host, args: Args) -> Ret {
    let (path, text) = path_arg(host, args, 0)?;
    let which = args.opt_int(1, DATE_MODIFICATION)?;
    let time = std::fs::metadata(&path).and_then(|m| match which {
        DATE_CREATION => m.created(),
        DATE_ACCESS => m.accessed(),
        _ => m.modified(),
    });
    match time {
        Ok(time) => Ok(Value::from(yyyymmdd(time))),
        Err(e) => fail(host, io_fault(&text, &e), Value::from("")),
    }
}

fn yyyymmdd(time: SystemTime) -> String {
    // Local time, as `DateSys`.
    chrono::DateTime::<chrono::Local>::from(time).format("%Y%m%d").to_string()
}

/// `fRepEnCours()`: the current folder; `fRepEnCours(path)`: changes it (for the whole
/// process), Vrai or Faux.
fn current_dir(host: &mut dyn Host, args: Args) -> Ret {
    if args.is_empty() {
        return Ok(Value::from(std::env::current_dir().map(|p| p.display().to_string()).unwrap_or_default()));
    }
    let (path, text) = path_arg(host, args, 0)?;
    match std::env::set_current_dir(&path) {
        Ok(()) => Ok(Value::Bool(true)),
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            fail(host, FileFault::FolderNotFound(text.to_string()), Value::Bool(false))
        }
        Err(e) => fail(host, io_fault(&text, &e), Value::Bool(false)),
    }
}

/// `fRepExe()`: the script's folder (the program is the script).
fn exe_dir(host: &mut dyn Host, _args: Args) -> Ret {
    Ok(Value::from(system::script_folder(host).display().to_string()))
}

/// `fRépertoireTemp()`, `fRepTemp()`: the temporary folder, without a final separator (under `--sandbox`, the run's
/// own, deleted at the end).
fn temp_dir(host: &mut dyn Host, _args: Args) -> Ret {
    let dir = system::temp_folder(host).display().to_string();
    let trimmed = dir.trim_end_matches(is_separator);
    Ok(Value::from(if trimmed.is_empty() { dir.as_str() } else { trimmed }))
}

/// `ComplèteRep(path)`: the path with a final separator.
fn complete_dir(_host: &mut dyn Host, args: Args) -> Ret {
    Ok(Value::from(complete(&text_arg(args, 0)?)))
}

/// `fExtraitChemin(path, parts)`: the drive ("C:"), folder (with its separators), name and
/// extension (with its dot) the `fDisque + fRépertoire + fFichier + fExtension` flags ask for.
fn extract_path(_host: &mut dyn Host, args: Args) -> Ret {
    let text = text_arg(args, 0)?;
    let parts = args.int(1)?;
    let (drive, dir, name, ext) = path_parts(&text);
    let mut out = String::new();
    for (flag, part) in [(PART_DRIVE, drive), (PART_DIR, dir), (PART_FILE, name), (PART_EXT, ext)] {
        if parts & flag != 0 {
            out.push_str(part);
        }
    }
    Ok(Value::from(out))
}

/// (drive, folder, name, extension) of a path; their concatenation is the path.
fn path_parts(text: &str) -> (&str, &str, &str, &str) {
    let bytes = text.as_bytes();
    let drive_len = if bytes.len() >= 2 && bytes[0].is_ascii_alphabetic() && bytes[1] == b':' { 2 } else { 0 };
    let (drive, rest) = text.split_at(drive_len);
    let file_start = rest.rfind(is_separator).map_or(0, |i| i + 1);
    let (dir, file) = rest.split_at(file_start);
    let dot = file.rfind('.').filter(|&i| i > 0).unwrap_or(file.len());
    let (name, ext) = file.split_at(dot);
    (drive, dir, name, ext)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wildcards() {
        assert!(matches("*.txt", "notes.TXT"));
        assert!(matches("a?c*", "abcdef"));
        assert!(!matches("*.txt", "notes.txt.bak"));
        assert!(matches("*.*", "README"));
        assert!(matches("*a*b*", "xxaxxbxx"));
        assert!(!matches("*a*b", "xxaxxbxx"));
    }

    #[test]
    fn path_parts_concatenate_to_the_path() {
        assert_eq!(path_parts(r"C:\Mes Docs\lettre.fr.doc"), ("C:", r"\Mes Docs\", "lettre.fr", ".doc"));
        assert_eq!(path_parts("/tmp/data/notes"), ("", "/tmp/data/", "notes", ""));
        assert_eq!(path_parts(".bashrc"), ("", "", ".bashrc", ""));
        assert_eq!(path_parts(""), ("", "", "", ""));
    }

    #[test]
    fn encodings_round_trip_and_ansi_falls_back() {
        for enc in [Enc::Auto, Enc::Ansi, Enc::Utf8, Enc::Utf16] {
            assert_eq!(enc.decode(&enc.encode("déjà vu €")), "déjà vu €", "{enc:?}");
        }
        assert_eq!(encode_ansi("é€✓"), vec![0xE9, 0x80, b'?']);
        // Windows-1252 bytes that are not UTF-8 read as ANSI.
        assert_eq!(Enc::Auto.decode(&[b'c', 0xE9]), "cé");
        assert_eq!(decode_file(&[0xFF, 0xFE, b'a', 0], Enc::Ansi), "a");
    }

    #[test]
    fn patterns_split_into_folder_and_name() {
        assert_eq!(split_pattern(r"C:\x\*.txt"), (r"C:\x".to_owned(), "*.txt".to_owned()));
        assert_eq!(split_pattern("*.wl"), (String::new(), "*.wl".to_owned()));
        assert_eq!(split_pattern("/*.wl"), ("/".to_owned(), "*.wl".to_owned()));
        assert_eq!(join(r"C:\x", "a"), r"C:\x\a");
        assert_eq!(join("/tmp/", "a"), "/tmp/a");
    }
}

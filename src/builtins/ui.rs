//! Output and dialogs on a console (the clock is in `dates`, the error state in `errors`). `Info`,
//! `ToastAffiche` and `Trace` write to stdout, `Erreur` and `Avertissement` to stderr; each parameter of
//! `Info`/`Erreur`/`Avertissement` goes on its own line, `Trace` writes one line per call.
//! `OuiNon` and `Confirmer` write their question to stdout with the answers they accept
//! (`[O/n]`, the default in capitals) and read the answer from stdin: o/oui/y/yes, n/non/no,
//! a/annuler/c/cancel, in either language and any case; an empty line takes the default
//! button, an unknown answer asks again, and the end of stdin (a non-interactive run) answers
//! the default button.
//! `Saisie` writes its question with the value proposed (the variable's) and reads the answer
//! into the variable: an empty line keeps the value proposed, an answer that does not read as
//! the variable's type (a number, a date, ...) asks again, and the end of stdin keeps the value.

use super::system::text_arg;
use super::{ANY, Args, Builtin, BuiltinError, Const, Family, Host, Ret, arg_error, row};
use crate::diagnostics::Fault;
use crate::diagnostics::Lang;
use crate::value::Ty;
use crate::value::{Value, WStr};

pub static FAMILY: Family = Family {
    name: "ui",
    functions: &[
        row("Info", "Info", 0, ANY, info),
        row("Erreur", "Error", 0, ANY, error),
        row("Avertissement", "Warning", 0, ANY, warning),
        row("Trace", "Trace", 0, ANY, trace),
        row("ToastAffiche", "ToastDisplay", 1, 6, toast),
        row("OuiNon", "YesNo", 1, ANY, yes_no),
        row("Confirmer", "Confirm", 1, ANY, confirm),
        Builtin { by_ref: 0b10, ..row("Saisie", "Input", 2, 4, input) },
    ],
    constants: &[
        // WLanguage's RC is a Windows line break, CR + LF.
        ("RC", "CR", Const::Str("\r\n")),
        // The same line break under its other name (the socket pages use it).
        ("CRLF", "CRLF", Const::Str("\r\n")),
        ("TAB", "TAB", Const::Str("\t")),
        ("EOT", "EOT", Const::Str("\u{4}")),
        // The buttons of OuiNon and Confirmer.
        ("Oui", "Yes", Const::Int(YES)),
        ("Non", "No", Const::Int(NO)),
        ("Annuler", "Cancel", Const::Int(CANCEL)),
    ],
};

fn lines(args: Args) -> Result<Vec<std::rc::Rc<WStr>>, BuiltinError> {
    (0..args.len()).map(|i| args.text(i)).collect()
}

fn info(host: &mut dyn Host, args: Args) -> Ret {
    for line in lines(args)? {
        host.print_line(&line);
    }
    Ok(Value::Null)
}

fn error(host: &mut dyn Host, args: Args) -> Ret {
    for line in lines(args)? {
        host.print_error_line(&line);
    }
    Ok(Value::Null)
}

fn warning(host: &mut dyn Host, args: Args) -> Ret {
    error(host, args)
}

/// `Trace(a, b)`: one line, parameters separated by ", ".
fn trace(host: &mut dyn Host, args: Args) -> Ret {
    let line = lines(args)?.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", ");
    host.print_line(&line);
    Ok(Value::Null)
}

/// `ToastAffiche(message, ...)`: the message on stdout; position and style parameters are ignored.
fn toast(host: &mut dyn Host, args: Args) -> Ret {
    let message = args.text(0)?;
    host.print_line(&message);
    Ok(Value::Null)
}

/// Values of `Oui`, `Non`, `Annuler` (what `Confirmer` returns).
const YES: i64 = 1;
const NO: i64 = 0;
const CANCEL: i64 = 2;

/// `OuiNon([default button,] line 1 [, line 2 ...])`: Vrai for Oui, Faux for Non. The default
/// button is Oui.
fn yes_no(host: &mut dyn Host, args: Args) -> Ret {
    let answer = ask(host, args, false)?;
    Ok(Value::Bool(answer == YES))
}

/// `Confirmer([default button,] line 1 [, line 2 ...])`: Oui (1), Non (0) or Annuler (2). The
/// default button is Oui.
fn confirm(host: &mut dyn Host, args: Args) -> Ret {
    Ok(Value::Int(ask(host, args, true)?))
}

/// Writes the question, reads answers until one is understood (or stdin ends).
fn ask(host: &mut dyn Host, args: Args, cancel: bool) -> Result<i64, BuiltinError> {
    // A first parameter that is a button (a number or a boolean) followed by the text.
    let has_default = args.len() > 1 && matches!(args[0], Value::Int(_) | Value::Bool(_) | Value::Real(_));
    let default = if has_default {
        match args.int(0)? {
            NO => NO,
            CANCEL if cancel => CANCEL,
            _ => YES,
        }
    } else {
        YES
    };
    let first = usize::from(has_default);
    // Checked before anything is asked: a procedure is no question.
    let mut lines: Vec<String> =
        (first..args.len()).map(|i| text_arg(args, i).map(|t| t.to_string())).collect::<Result<_, _>>()?;
    let choices = choices(host.lang(), default, cancel);
    match lines.last_mut() {
        Some(last) => {
            last.push(' ');
            last.push_str(&choices);
        }
        None => lines.push(choices),
    }
    let prompt = lines.pop().unwrap_or_default();
    for line in &lines {
        host.print_line(line);
    }
    loop {
        host.print_line(&prompt);
        let Some(reply) = host.read_line() else { return Ok(default) };
        match answer(&reply, cancel) {
            Some(button) => return Ok(button),
            None if reply.trim().is_empty() => return Ok(default),
            None => {}
        }
    }
}

/// `[O/n]`, `[o/N/a]`, `[Y/n/c]`, ...: the default in capitals.
fn choices(lang: Lang, default: i64, cancel: bool) -> String {
    let letters: &[(i64, char)] = match lang {
        Lang::Fr => &[(YES, 'o'), (NO, 'n'), (CANCEL, 'a')],
        Lang::En => &[(YES, 'y'), (NO, 'n'), (CANCEL, 'c')],
    };
    let shown: Vec<String> = letters
        .iter()
        .filter(|(button, _)| cancel || *button != CANCEL)
        .map(|(button, c)| if *button == default { c.to_ascii_uppercase().to_string() } else { c.to_string() })
        .collect();
    format!("[{}]", shown.join("/"))
}

/// The button an answer names, in French or English.
fn answer(reply: &str, cancel: bool) -> Option<i64> {
    match reply.trim().to_lowercase().as_str() {
        "o" | "oui" | "y" | "yes" => Some(YES),
        "n" | "non" | "no" => Some(NO),
        "a" | "annuler" | "c" | "cancel" if cancel => Some(CANCEL),
        _ => None,
    }
}

/// `Saisie(<Question>, <Valeur saisie> [, <Libellés des boutons> [, <Bouton par défaut>]])`
/// (help page 3021016): the question with the value proposed (the variable's, `[...]`), then the
/// answer read into the variable, converted to what it holds. Returns the button chosen: on a
/// console, always the default one (1, the first, unless given), an answer being validated by
/// Enter; a line that does not read as the variable's type (a number, a date, a boolean) asks
/// again; an empty line or the end of stdin leaves the variable as it was.
fn input(host: &mut dyn Host, args: Args) -> Ret {
    let question = text_arg(args, 0)?;
    if args.place(1).is_none() {
        return Err(arg_error(1, Fault::NotVariable));
    }
    let current = args.value(1);
    let shown = current.to_text().map_err(|e| arg_error(1, e.0))?;
    let default_button = if args.len() > 3 { args.int(3)? } else { 1 };
    let prompt = if shown.is_empty() { question.to_string() } else { format!("{question} [{shown}]") };
    loop {
        host.print_line(&prompt);
        let Some(reply) = host.read_line() else { return Ok(Value::Int(default_button)) };
        if reply.is_empty() {
            return Ok(Value::Int(default_button));
        }
        if let Some(value) = typed_answer(&current, &reply) {
            args.store(1, value)?;
            return Ok(Value::Int(default_button));
        }
    }
}

/// The answer as the value a variable holding `current` takes, `None` when it does not read as
/// its type.
fn typed_answer(current: &Value, reply: &str) -> Option<Value> {
    let text = reply.trim();
    match current {
        Value::Int(_) | Value::Real(_) | Value::Decimal(_) => {
            let number = text.replace(',', ".").replace(' ', "");
            number.parse::<f64>().ok().filter(|x| x.is_finite())?;
            Some(Value::from(number))
        }
        Value::Bool(_) => match text.to_lowercase().as_str() {
            "1" | "o" | "oui" | "y" | "yes" | "vrai" | "true" => Some(Value::Bool(true)),
            "0" | "n" | "non" | "no" | "faux" | "false" => Some(Value::Bool(false)),
            _ => None,
        },
        Value::Date(_) | Value::Time(_) | Value::DateTime(_) | Value::Duration(_) => {
            let ty: Ty = current.ty();
            Value::from(text).convert(&ty).ok()
        }
        _ => Some(Value::from(reply)),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn answers_in_both_languages() {
        assert_eq!(super::answer(" Oui ", false), Some(super::YES));
        assert_eq!(super::answer("no", false), Some(super::NO));
        assert_eq!(super::answer("annuler", false), None);
        assert_eq!(super::answer("C", true), Some(super::CANCEL));
        assert_eq!(super::choices(super::Lang::Fr, super::NO, false), "[o/N]");
        assert_eq!(super::choices(super::Lang::En, super::YES, true), "[Y/n/c]");
    }
}

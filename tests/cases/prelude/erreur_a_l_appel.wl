// An error inside a prelude procedure is reported at the script's call, as a builtin's is, with
// the script's own chain of calls.
Calcule()

PROCÉDURE Calcule()
Trace(PoidsFaible([1, 2]))

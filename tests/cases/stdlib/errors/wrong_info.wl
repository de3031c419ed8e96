// ErreurInfo with a number that is no err* constant: an error naming the parameter.
Trace(ErreurInfo(errCode))
Trace("[" + ErreurInfo(errComplet) + "]")
Trace(ErreurInfo(77))

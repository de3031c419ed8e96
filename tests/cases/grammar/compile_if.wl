// Compilation directives (`<COMPILE SI ...>`, `<SI ...>`, `<SINON SI ...>`, `<SINON>`, `<FIN>`, and
// English `<if ...>`): every branch resolves; running them stops the script, naming them.
Trace("avant")
Bip()
PROCÉDURE Bip()
<COMPILE SI Configuration="Windows">
	Trace("windows")
<SINON SI Configuration="Linux">
	Trace("linux")
<SINON>
	Trace("autre")
<FIN>
<if ExecutionTarget=Java>
	Trace("java")
<end>

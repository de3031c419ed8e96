// Help: LanceAppli (Fonction) (3035006)
// With exeBloquant, the program's output comes through the script's stdout and stderr and
// ExeInfo(exeValeurRetour) gives its exit code; without, LanceAppli returns at once.
// A missing program gives Faux and ErreurInfo().
bLancé est un booléen = LanceAppli("sh -c ""echo bonjour depuis sh; echo sur stderr >&2; exit 3""", exeActif, exeBloquant)
Trace("lancé", bLancé, "valeur de retour", ExeInfo(exeValeurRetour))
Trace("PID connu", Val(ExeInfo(exePID)) > 0)
Trace("sans attendre", LanceAppli("true"), "[" + ExeInfo(exeValeurRetour) + "]")
Trace("absent", LanceAppli("wlang_programme_absent --option"), ErreurInfo())
Trace("vide", LanceAppli("   "), ErreurInfo())
// Quotes group an argument with blanks.
LanceAppli("printf ""[%s]"" ""a b"" c", exeActif, exeBloquant)
Trace("")
// A program left running in the background with the same output does not keep LanceAppli
// waiting once the launched one has ended (the golden runner's timeout would catch it).
Trace(LanceAppli("sh -c ""echo premier plan; sleep 25 &""", exeActif, exeBloquant), ExeInfo(exeValeurRetour))

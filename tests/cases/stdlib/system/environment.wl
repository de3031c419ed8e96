// Help: SysEnvironnement (Fonction) (3073014)
// Without a parameter: every variable as NAME=value lines separated by RC; with a name: the
// line of the first variable whose name starts with it; "" when none does.
sTout est une chaîne = SysEnvironnement()
Trace("plusieurs lignes", Position(sTout, RC) > 0, Position(sTout, "PATH=") > 0)
Trace("PATH", Gauche(SysEnvironnement("PATH"), 5))
Trace("nom partiel", Gauche(SysEnvironnement("PAT"), 5))
Trace("absente", "[" + SysEnvironnement("WLANG_VARIABLE_QUI_N_EXISTE_PAS") + "]")

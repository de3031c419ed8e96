// Help: INILit (3013043), INIEcrit (3013039): the page's .INI example, then writing.
sFichier est une chaîne = fRépertoireTemp() + "/wlang_prelude_" + DonneGUID() + ".ini"
fSauveTexte(sFichier, [
	[WD examples]
	Name1 = WDInstall
	Name2 = WDBench
	[Description of WDInstall]
	; a comment
	Caption = Use the control panel of Windows
	LST = 43
	Page = 12
	Empty =
])
// Sections and keywords ignore case
Info(INILit("WD Examples", "Name2", "", sFichier))
Info(Val(INILit("Description of WDInstall", "LST", "", sFichier)) + 1)
Info(INILit("description of wdinstall", "caption", "", sFichier))
// Not found: the <Not found> value
Info(INILit("WD examples", "Name3", "absent", sFichier))
Info(INILit("No such section", "Name1", "absent", sFichier))
Info(INILit("Description of WDInstall", "Empty", "vide", sFichier))
Info("[" + INILit("WD examples", "Name3", "", sFichier) + "]")
Info(INILit("WD examples", "Name1", "absent", sFichier + ".none"))
// Lists: keywords of a section, sections of the file (separated by RC)
Info(Remplace(INILit("WD examples", "", "", sFichier), RC, " | "))
Info(Remplace(INILit("Description of WDInstall", "", "", sFichier), RC, " | "))
Info(Remplace(INILit("", "", "", sFichier), RC, " | "))
// Writing: a new key in an existing section, a changed key, a new section, a new file
Info(INIEcrit("WD examples", "Name3", "WDTest", sFichier))
Info(INIEcrit("Description of WDInstall", "lst", "44", sFichier))
Info(INIEcrit("Nouvelle", "Clé", "valeur avec espaces", sFichier))
Info(Remplace(fChargeTexte(sFichier), RC, "¶" + RC))
Info(INILit("WD examples", "Name3", "", sFichier), INILit("Nouvelle", "clé", "", sFichier))
fSupprime(sFichier)
Info(INIEcrit("Section", "Clé", "1", sFichier), INIEcrit("Section", "Autre", "", sFichier))
Info(Remplace(fChargeTexte(sFichier), RC, "¶" + RC))
fSupprime(sFichier)
Info(INIEcrit("S", "K", "V", "/wlang-prelude-absent/x.ini"))

// The English names of the files prelude (the attribute <en = "..."> of each procedure).
Info(fSep(), fSeparator(), fBuildPath("/a", "b", "c"), fChangeExtension("x.a", "b"), fParentDir("/a/b"))
Info(fShortPath("/a"), fLongPath("/a"), fShortName("/a"), fLongName("/a"))
sFichier est une chaîne = fRépertoireTemp() + "/wlang_prelude_en_" + DonneGUID() + ".ini"
Info(fAddText(sFichier, "2"), fInsertTextAtBeginning(sFichier, "1"), fLoadText(sFichier))
fDelete(sFichier)
Info(INIWrite("S", "K", "V", sFichier), INIRead("S", "K", "", sFichier))
fDelete(sFichier)

// Help: ExtraitChaîne (3024017)
// ExtraitChaîne(s, n [, separator = TAB [, DepuisDébut/DepuisFin]]): EOT past the last part.
Info(ExtraitChaîne("a" + TAB + "b" + TAB + "c", 2))
Info(ExtraitChaîne("Paris;Lyon;;Nice", 3, ";") = "")
Info(ExtraitChaîne("Paris;Lyon;;Nice", 4, ";"))
Info(ExtraitChaîne("Paris;Lyon;;Nice", 5, ";") = EOT)
Info(ExtraitChaîne("Paris;Lyon;;Nice", 1, ";", DepuisFin))
Info(ExtraitChaîne("Paris;Lyon;;Nice", 4, ";", DepuisFin))
Info(ExtraitChaîne("Paris;Lyon;;Nice", 5, ";", DepuisFin) = EOT)
Info(ExtraitChaîne("1,2;3 4", 3, [",", ";", " "]))
Info(ExtraitChaîne("a<->b<->c", 2, "<->"))
// Every part, as a loop reads them.
i est un entier = 1
BOUCLE
	sPartie est une chaîne = ExtraitChaîne("rouge,vert,bleu", i, ",")
	SI sPartie = EOT ALORS SORTIR
	Info(i + ": " + sPartie)
	i++
FIN
QUAND EXCEPTION DANS
	Info(ExtraitChaîne("abc", 0, ","))
FAIRE
	Info(ExceptionInfo())
FIN
QUAND EXCEPTION DANS
	Info(ExtraitChaîne("abc", 1, ""))
FAIRE
	Info(ExceptionInfo())
FIN
// One character as the separator: accented parts, empty first and last parts, a long text.
Info(ExtraitChaîne("é,à,ü", 2, ","), ExtraitChaîne(",x,", 1, ",") = "", ExtraitChaîne(",x,", 3, ",") = "")
sLong est une chaîne = Répète("é", 300) + ",fin," + Répète("ü", 300)
Info(ExtraitChaîne(sLong, 2, ","), Taille(ExtraitChaîne(sLong, 3, ",")), ExtraitChaîne(sLong, 4, ",") = EOT)

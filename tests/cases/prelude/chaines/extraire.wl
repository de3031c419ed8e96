// Help: ExtraitLigne (1000020480), ExtraitChaîneEntre (1000024868).
// Neither page could be consulted: the syntax follows the help's signatures, the results for a
// missing line or pair are wlang's choice (EOT for a line, as ExtraitChaîne; "" for a pair).
sTexte est une chaîne = "un" + RC + "deux" + RC + "trois"
Info(ExtraitLigne(sTexte, 1))
Info(ExtraitLigne(sTexte, 3))
Info(ExtraitLigne(sTexte, 4) = EOT)
Info(ExtraitLigne("a" + Caract(10) + "b" + Caract(13) + "c", 3))
Info("[" + ExtraitLigne("", 1) + "]")
// Every line, in a loop ending on EOT
n est un entier = 1
BOUCLE
	sLigne est une chaîne = ExtraitLigne(sTexte, n)
	SI sLigne = EOT ALORS SORTIR
	Trace(n, sLigne)
	n++
FIN
Info(ExtraitChaîneEntre("abc[def]ghi[jkl]", 1, "[", "]"))
Info(ExtraitChaîneEntre("abc[def]ghi[jkl]", 2, "[", "]"))
Info("[" + ExtraitChaîneEntre("abc[def]ghi[jkl]", 3, "[", "]") + "]")
Info(ExtraitChaîneEntre("<b>gras</b> et <b>GRAS</b>", 2, "<b>", "</b>"))
Info(ExtraitChaîneEntre("<B>gras</B>", 1, "<b>", "</b>", SansCasse))
// Without an end separator, the start separator closes the part
Info(ExtraitChaîneEntre("'un' et 'deux'", 2, "'"))
Info("[" + ExtraitChaîneEntre("[]", 1, "[", "]") + "]")
Info("[" + ExtraitChaîneEntre("abc[def", 1, "[", "]") + "]")
Info("[" + ExtraitChaîneEntre("abc", 0, "[", "]") + "]")
Info("[" + ExtraitChaîneEntre("", 1, "[", "]") + "]")

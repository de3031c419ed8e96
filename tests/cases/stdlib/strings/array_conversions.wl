// Help: ChaîneVersTableau (1000017008), TableauVersChaîne (1000017007)
t est un tableau de chaînes
ChaîneVersTableau("rouge;vert;bleu", t, ";")
Info(TableauOccurrence(t), t[1], t[3])
ChaîneVersTableau("un" + RC + "deux" + Caract(10) + "trois", t)
Info(TableauOccurrence(t), t[2], t[3])
ChaîneVersTableau("", t, ";")
Info(TableauOccurrence(t))
n est un tableau de entiers
ChaîneVersTableau("1,2,30", n, ",")
Info(n[1] + n[2] + n[3])
Info(TableauVersChaîne(n, " + "))
Info(TableauVersChaîne(["a", "b"]) = "a" + RC + "b")
QUAND EXCEPTION DANS
	ChaîneVersTableau("abc", t, "")
FAIRE
	Info(ExceptionInfo())
FIN

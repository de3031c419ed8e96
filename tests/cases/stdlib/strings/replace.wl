// Help: Remplace (3024022), ChaîneSupprime (1000019917)
// Every occurrence, left to right and without overlaps; options SansCasse and MotComplet.
Info(Remplace("Le chat et le chaton", "chat", "chien"))
Info(Remplace("Le chat et le chaton", "chat", "chien", MotComplet))
Info(Remplace("Le Chat et le CHAT", "chat", "chien", SansCasse))
Info(Remplace("aaaa", "aa", "b"))
Info(Remplace("abc", "", "x"))
Info(Remplace("été", "é", "e"))
Info(ChaîneSupprime("1 234 567", " "))
Info(ChaîneSupprime("Bonjour BONJOUR bonjour", "bonjour", SansCasse))
Info(ChaîneSupprime("un deux un-deux", "un", MotComplet))
QUAND EXCEPTION DANS
	Info(Remplace("abc", "b", "x", DepuisFin))
FAIRE
	Info(ExceptionInfo())
FIN
// One character for another (the common `;` by `,`): at both ends, side by side, in accented text,
// and in a text long enough to be searched by memchr.
Info(Remplace(";été;;à;", ";", ","))
Info(Remplace("sans rien", ";", ","))
sLong est une chaîne = Répète("é;", 200)
Info(Taille(Remplace(sLong, ";", "")), Position(Remplace(sLong, ";", ","), ";"), Droite(Remplace(sLong, ";", "|"), 4))

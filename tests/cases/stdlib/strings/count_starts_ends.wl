// Help: ChaîneOccurrence (3024008), ChaîneCommencePar (1000018827), ChaîneFinitPar (1000018828)
Info(ChaîneOccurrence("anastasia", "a"))
Info(ChaîneOccurrence("aaaa", "aa"))
Info(ChaîneOccurrence("Anastasia", "a", SansCasse))
Info(ChaîneOccurrence("le chat, le chaton, le chat", "chat", MotComplet))
Info(ChaîneOccurrence("abc", ""))
Info(ChaîneCommencePar("Bonjour Paris", "Bon"))
Info(ChaîneCommencePar("Bonjour Paris", "BON"))
Info(ChaîneCommencePar("Bonjour Paris", "BON", SansCasse))
Info(ChaîneCommencePar("Bonjour Paris", "Bon", MotComplet))
Info(ChaîneCommencePar("image.PNG", ["gif", "ima"]))
Info(ChaîneFinitPar("image.PNG", ".png"))
Info(ChaîneFinitPar("image.PNG", ".png", SansCasse))
Info(ChaîneFinitPar("image.PNG", [".jpg", ".PNG"]))
QUAND EXCEPTION DANS
	Info(ChaîneFinitPar("image.png", ".png", DepuisFin))
FAIRE
	Info(ExceptionInfo())
FIN

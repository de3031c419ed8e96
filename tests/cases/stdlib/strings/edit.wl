// Help: ChaîneInverse (1000019901), ChaîneIncrémente (1000020773), ChaîneInsère (1000020477)
Info(ChaîneInverse("Bonjour"))
Info(ChaîneInverse("été"))
Info(ChaîneIncrémente("CDE0009"))
Info(ChaîneIncrémente("Facture99"))
Info(ChaîneIncrémente("Facture"))
Info(ChaîneInsère("Bonjour", " à tous", 8))
Info(ChaîneInsère("Bonjour", "--", 1))
Info(ChaîneInsère("Bonjour", "--", 4))
Info(ChaîneInsère("abc", "!", 100))
QUAND EXCEPTION DANS
	Info(ChaîneInsère("abc", "!", 0))
FAIRE
	Info(ExceptionInfo())
FIN

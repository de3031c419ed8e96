// Help: ChaîneFormate (3024019)
// The cc... constants, combined with +.
Info(ChaîneFormate("C'est Éric", ccSansAccent + ccMinuscule))
Info(ChaîneFormate("C'est Éric", ccSansAccent + ccMajuscule))
Info("[" + ChaîneFormate("  a  b  ", ccSansEspace) + "]")
Info("[" + ChaîneFormate("  a  b  ", ccSansEspaceIntérieur) + "]")
Info("[" + ChaîneFormate("  a  b  ", ccSansEspace + ccSansEspaceIntérieur) + "]")
Info(ChaîneFormate("06.12-34 56", ccSansPonctuationNiEspace))
Info(ChaîneFormate("Été", ccSansCasse))
Info(ChaîneFormate("Été", ccNormal))
QUAND EXCEPTION DANS
	Info(ChaîneFormate("abc", ccMajuscule + ccMinuscule))
FAIRE
	Info(ExceptionInfo())
FIN
QUAND EXCEPTION DANS
	Info(ChaîneFormate("abc", 1024))
FAIRE
	Info(ExceptionInfo())
FIN

// Intercepter une erreur fatale : QUAND EXCEPTION DANS ... FAIRE ... FIN. Le bloc FAIRE
// s'exécute à la place de la fin du bloc surveillé, ExceptionInfo() donne le message,
// et l'exécution reprend après le FIN.

tabValeurs est un tableau de entiers = [10, 5, 0, 2]

POUR i = 1 A 5
	QUAND EXCEPTION DANS
		Trace(ChaîneConstruit("100 / t[%1] =", i), Divise(100, i))
	FAIRE
		Trace(ChaîneConstruit("t[%1] : erreur interceptée :", i), ExceptionInfo())
	FIN
FIN
Info("Le programme continue.")

// L'erreur peut venir de loin : ici une condition qui n'est pas un booléen
QUAND EXCEPTION DANS
	Vérifie("oui")
	Info("jamais affiché")
FAIRE
	Info("Exception : " + ExceptionInfo())
FIN
Info("Fin.")

PROCÉDURE Divise(n, i)
RENVOYER n / tabValeurs[i]

PROCÉDURE Vérifie(sValeur)
SI sValeur ALORS Info("vrai")

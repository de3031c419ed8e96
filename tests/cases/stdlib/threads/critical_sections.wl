// Help: SectionCritiqueDébut (Fonction) (3077001), SectionCritiqueFin (Fonction) (3077005)
// Four threads add to one counter, each pausing in the middle of its critical section: the
// section keeps the others out, so no addition is lost. A thread may enter its own section again.
gnCompteur est un entier = 0
POUR i = 1 A 4
	ThreadExécute("t" + i, threadNormal, Ajouter)
FIN
POUR i = 1 A 4
	ThreadAttend("t" + i)
FIN
Info("compteur : " + gnCompteur)
SectionCritiqueDébut()
SectionCritiqueDébut()
SectionCritiqueFin()
SectionCritiqueFin()
Info("sans nom, deux fois : ok")
QUAND EXCEPTION DANS
	SectionCritiqueFin("jamais ouverte")
FAIRE
	Info(ExceptionInfo())
FIN

PROCÉDURE Ajouter()
POUR j = 1 A 50
	SectionCritiqueDébut("compteur")
	n est un entier = gnCompteur
	SI j % 10 = 0 ALORS ThreadPause(1)
	gnCompteur = n + 1
	SectionCritiqueFin("compteur")
FIN

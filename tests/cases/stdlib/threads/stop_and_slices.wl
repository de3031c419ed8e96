// Help: ThreadArrête (Fonction) (3077019)
// A thread that never waits still hands over at the evaluator's periodic tick, so the main code
// goes on; ThreadArrête stops a thread at its next switch.
ThreadExécute("Calcul", threadNormal, Calcul)
ThreadExécute("Boucle", threadNormal, SansFin)
Trace(ThreadAttend("Calcul", 500))
Trace(ThreadArrête("Boucle", 100), ThreadEtat("Boucle") = threadTerminé)
Trace(ThreadArrête("Inconnu"))

PROCÉDURE Calcul()
s est un entier = 0
POUR i = 1 A 200000
	s += i
FIN
Trace("somme", s)

PROCÉDURE SansFin()
n est un entier = 0
BOUCLE
	n++
FIN

// Help: ThreadExécute (Fonction) (3077024), ThreadAttend (Fonction) (3077020), ThreadEtat (3077016)
// Threads take turns on wlang's single interpreter thread: each one runs until it waits
// (ThreadPause here), so the interleaving below is the same on every run.
nCompteur est un entier = 0
ThreadExécute("A", threadNormal, Travail, "A", 3)
ThreadExécute("B", threadNormal, "Travail", "B", 2)
Trace("lancés", ThreadEtat("A") = threadEnCours)
Trace(ThreadAttend("A"), ThreadAttend("B"))
Trace("fini", nCompteur, ThreadEtat("A") = threadTerminé, ThreadEtat("Z") = threadInexistant)

PROCÉDURE Travail(sNom, n)
POUR i = 1 A n
	Trace(sNom + " " + i + " dans " + ThreadCourant())
	nCompteur++
	ThreadPause(1)
FIN

// Help: MutexDébut (Fonction) (1000019023), MutexFin (1000019024), MutexCrée (1000019022), SémaphoreCrée (3077012), SémaphoreDébut (3077008), SémaphoreFin (3077010)
// Threads take turns on wlang's single interpreter thread, so the order below is the same on
// every run: two places in the semaphore, three threads; a mutex held by a thread makes the
// main code wait, or fail at once with a zero timeout.
SémaphoreCrée("deux", 2)
POUR TOUTE CHAÎNE s DE "A,B,C" SÉPARÉE PAR ","
	ThreadExécute(s, threadNormal, Place, s)
FIN
ThreadAttend("A"); ThreadAttend("B"); ThreadAttend("C")
MutexCrée("m")
ThreadExécute("tenir", threadNormal, Tenir)
ThreadPause(1)
Info("libre tout de suite : " + MutexDébut("m", 0))
Info("libre dans les 50 cs : " + MutexDébut("m", 50))
MutexFin("m")
Info("SémaphoreCrée d'un nom pris : " + SémaphoreCrée("deux"))

PROCÉDURE Place(s)
SémaphoreDébut("deux")
Info(s + " entre")
ThreadPause(5)
Info(s + " sort")
SémaphoreFin("deux")

PROCÉDURE Tenir()
MutexDébut("m")
Info("le thread tient le mutex")
ThreadPause(10)
MutexFin("m")
Info("le thread rend le mutex")

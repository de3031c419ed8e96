// Help: ThreadDemandeArrêt (Fonction) (1000021218), ThreadArrêtDemandé (Fonction) (1000021219)
// A thread asked to stop sees it with ThreadArrêtDemandé and ends by itself; a wait for a signal
// ends at once (Faux) when a stop is asked.
gsBoucle est une chaîne
gsAttente est une chaîne
ThreadExécute("boucle", threadNormal, Tourner)
ThreadExécute("attente", threadNormal, AttendreToujours)
ThreadPause(3)
Info("demande d'arrêt")
ThreadDemandeArrêt("boucle")
ThreadDemandeArrêt("attente")
Info("arrêtés : " + ThreadAttend("boucle", 100) + ThreadAttend("attente", 100))
Info(gsBoucle)
Info(gsAttente)
Info("dans le code principal : " + ThreadArrêtDemandé())

PROCÉDURE Tourner()
TANTQUE PAS ThreadArrêtDemandé()
	ThreadPause(1)
FIN
gsBoucle = "boucle : arrêt demandé"

PROCÉDURE AttendreToujours()
gsAttente = "attente : signal reçu = " + SignalAttend("jamais")

// Help: SignalCrée (Fonction) (3077009), SignalAttend (3077007), SignalModifie (3077017), ThreadEnvoieSignal (3077021), ThreadAttendSignal (3077022)
// A manual signal lets every waiting thread through and stays open; an automatic one lets one
// thread through and closes again. ThreadEnvoieSignal(threadPrincipal) wakes the main code.
SignalCrée("manuel", signalManuel, signalFermé)
ThreadExécute("A", threadNormal, Attendre, "manuel", "A")
ThreadExécute("B", threadNormal, Attendre, "manuel", "B")
ThreadPause(2)
Info("ouverture du signal manuel")
SignalModifie("manuel", signalOuvert)
ThreadAttend("A"); ThreadAttend("B")
Info("encore ouvert : " + SignalAttend("manuel", 0))

SignalCrée("auto")
ThreadExécute("C", threadNormal, Attendre, "auto", "C")
ThreadExécute("D", threadNormal, Attendre, "auto", "D")
ThreadPause(2)
SignalOuvre("auto")
ThreadPause(2)
Info("un seul est passé")
SignalOuvre("auto")
ThreadAttend("C"); ThreadAttend("D")

ThreadExécute("E", threadNormal, Prévenir)
Info("signal reçu : " + ThreadAttendSignal(200))
Info("sans signal : " + ThreadAttendSignal(1))

PROCÉDURE Attendre(sSignal, sNom)
SI SignalAttend(sSignal, 500) ALORS Info(sNom + " passe")

PROCÉDURE Prévenir()
Info("E prévient le thread principal")
ThreadEnvoieSignal(threadPrincipal)

// Où va l'affichage / where output goes : dans une application console, Info, Trace et
// ToastAffiche écrivent sur la sortie standard ; Erreur et Avertissement (Error, Warning)
// écrivent sur la sortie d'erreur. Le programme se termine normalement (code 0).

Info("Info : un paramètre par ligne", 42)
Trace("Trace", "une seule ligne", 3.5, Vrai)
ToastAffiche("Toast : le message seul")
ToastDisplay("Toast in English")

Avertissement("Avertissement : disque presque plein")
Erreur("Erreur : fichier introuvable", "vérifiez le chemin")
Warning("Warning in English")
Error("Error in English")

// RC (CR+LF) et TAB dans une chaîne
Info("colonne 1" + TAB + "colonne 2")
Info("ligne A" + RC + "ligne B")
Info("fin")

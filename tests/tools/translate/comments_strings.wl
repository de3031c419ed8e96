// SI ALORS FIN POUR TOUT Taille SocketEcrit: comments are never translated
/* PROCÉDURE INTERNE
   TANTQUE x BOUCLE FIN */
s est une chaîne = "SI x ALORS FIN, Taille(s), est un entier"
Info(s) // FIN
Info(“POUR i = 1 A 3”, "guillemets ""SINON"" doublés")
Trace(Taille(s), Gauche(s, 2)) /* Taille */ ; Trace(Droite(s, 3))

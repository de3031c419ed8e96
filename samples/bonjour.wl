// Premier programme : afficher du texte avec Info et Trace, commenter son code.
// Info affiche chaque paramètre sur sa propre ligne ; Trace écrit une seule ligne
// où les paramètres sont séparés par des virgules.

Info("Bonjour le monde !")

// Plusieurs paramètres : une ligne chacun.
Info("Première ligne", "Deuxième ligne")

// Trace : tout sur une ligne.
Trace("WLanguage", 2026, Vrai)

/* Un commentaire
   sur plusieurs lignes */
sPrénom est une chaîne = "Camille"
Info("Bonjour " + sPrénom + " !")   // concaténation avec +

// Structures, classes with sections, GLOBAL declarations, directives, sections and attributes.
Point est une Structure
x est un entier
  y est un entier <sérialise = faux>
FIN
Forme est une Classe
PROTÉGÉ
nom est une chaîne
    PUBLIC
côté est un réel
FIN
GLOBAL
gn est un entier=1
    gs est une chaîne
Trace(gn)
P()

PROCÉDURE PUBLIQUE Forme.Aire():réel <redéfinition>
RENVOYER 0

PROCÉDURE P()
<COMPILE SI Configuration="Windows">
Trace("w")
<SINON>
  Trace("autre")
<FIN>
i est un entier
BOUCLE
i++
A FAIRE TANTQUE i<3
Trace(i)
CAS ERREUR:
Trace(ErreurInfo())

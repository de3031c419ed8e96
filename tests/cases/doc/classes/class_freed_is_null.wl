// Help: Instanciation dynamique d'un objet (6010003, https://help.windev.com/?6010003)
// Unsure: after libérer, the variable is assumed to be NULL.
CPoint est une Classe
FIN
d est un CPoint dynamique
d = allouer un CPoint
libérer d
Trace(d = NULL)

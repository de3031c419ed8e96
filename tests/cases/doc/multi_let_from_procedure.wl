// Help: Inférence de type (3087003, https://help.windev.com/?3087003)
soit (sNom, nAge) = Personne()
Trace(sNom)
Trace(nAge + 1)

PROCÉDURE Personne()
RENVOYER ("Alice", 30)

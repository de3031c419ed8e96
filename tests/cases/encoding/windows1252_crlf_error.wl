// Windows-1252 and CRLF: a runtime error must point at the right line and column.
sNom est une chaîne = "Hélène"
Info(sNom)
nZéro est un entier = 0
Info(Taille(sNom) / nZéro)

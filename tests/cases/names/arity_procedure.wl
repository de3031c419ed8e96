// User procedures too: the optional parameters (with a default value) are counted.
Info(Aire(2))
Info(Aire(2, 3, 4, 5))
Info(Aire())
Info(Aire(2, 3))

PROCÉDURE Aire(nLargeur, nHauteur, nProfondeur = 1)
RENVOYER nLargeur * nHauteur * nProfondeur

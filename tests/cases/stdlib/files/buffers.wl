// Help: fChargeBuffer (Fonction) (1000019410), fSauveBuffer (1000019412)
// A buffer is written and read back byte for byte.
sRep est une chaîne = fRépertoireTemp() + "/wlang_golden_buf_" + Hasard(1, 1000000000)
fRepCrée(sRep)
sFichier est une chaîne = sRep + "/données.bin"
bDonnées est un buffer = fChargeBuffer(sFichier)
Trace("absent", ErreurDétectée, Taille(bDonnées))
Trace("sauvé", fSauveBuffer(sFichier, "ABC" + Caract(0) + "é"))
bDonnées = fChargeBuffer(sFichier)
Trace("taille", Taille(bDonnées), fTaille(sFichier))
Trace("début", Gauche(bDonnées, 3))
fRepSupprime(sRep, frRécursif)

// Help: fAjouteTexte (1000020494), fInsèreTexteAuDébut (1000025303).
sFichier est une chaîne = fRépertoireTemp() + "/wlang_prelude_texte_" + DonneGUID() + ".txt"
Info(fAjouteTexte(sFichier, "deux" + RC))
Info(fAjouteTexte(sFichier, "trois" + RC))
Info(fInsèreTexteAuDébut(sFichier, "un" + RC))
Info(fChargeTexte(sFichier) = "un" + RC + "deux" + RC + "trois" + RC)
Info(fAjouteTexte(sFichier, "été"), fTaille(sFichier))
Info(ExtraitChaîne(fChargeTexte(sFichier), 4, RC))
fSupprime(sFichier)
// Inserting into a file that does not exist creates it; an empty text changes nothing
Info(fInsèreTexteAuDébut(sFichier, "seul"), fChargeTexte(sFichier))
Info(fAjouteTexte(sFichier, ""), fChargeTexte(sFichier))
fSupprime(sFichier)
// A folder that does not exist: Faux, and ErreurDétectée
Info(fAjouteTexte("/wlang-prelude-absent/x.txt", "a"), ErreurDétectée)
Info(fInsèreTexteAuDébut("/wlang-prelude-absent/x.txt", "a"), ErreurDétectée)

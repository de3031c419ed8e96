// Help: Autres opérateurs (1512004, https://help.windev.com/?1512004)
// Choice: methods are written after the main code as `PROCÉDURE Classe.Méthode(...)` (the name issue 12 uses); in WINDEV they live in the class's own code.
// Choice: `PROCÉDURE GLOBALE` declares a global (class) method
// A global method is called on the class with `::`.
CMath est une Classe
FIN
Trace(CMath::Carré(7))

PROCÉDURE GLOBALE CMath.Carré(n)
RENVOYER n * n

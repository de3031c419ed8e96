// Help: Tableau associatif (Type de variable) (1514058, https://help.windev.com/?1514058)
// The page declares it without the article: `est tableau associatif d'entiers`.
taTaille est tableau associatif d'entiers
taTaille["a"] = 1
Trace(taTaille["a"])

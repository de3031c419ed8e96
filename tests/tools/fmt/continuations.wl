// `...` continuations and line breaks inside brackets: the lines stay, one tab further.
nTotal est un entier = 1 + 2 + ...
                     3 + 4
Info(ChaîneConstruit("%1 %2", ...
        nTotal, ... // the total
  nTotal * 2))
t est un tableau de entiers = [1,
2,

    3]
SI nTotal > 1 ALORS
Trace(t[1],
t[2])
FIN

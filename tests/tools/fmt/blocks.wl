// Blocks are indented with tabs, whatever the source had.
PROCÉDURE Principale()
    n est un entier = 3
    si n > 2 alors
  info("grand")
        sinon si n = 2
info("moyen")
sinon
            info("petit")
    fin
  selon n
 cas 1 : info("un")
     cas 2, 3
info("deux ou trois")
          SI n = 3 ALORS Info("trois") SINON Info("deux")
    cas 4 a 6
        info("quatre à six")
 cas > 6
    autre cas
  info("autre")
fin
POUR i = 1 _A_ n PAS 1
  tantque n > 10
n--
 fin
fin
boucle (2)
  sortir
fin
quand exception dans
Info(1 / 0)
faire
 Info("rattrapé")
fin
Calcule(n)
    procédure interne Calcule(k)
  POUR TOUT c DE ["a", "b"]
  Trace(c, k)
  FIN
    fin
POUR TOUTE CHAÎNE m DE "a,b" SÉPARÉE PAR ","
  Trace(m)
FIN

   PROCÉDURE Autre(LOCAL a est un entier = 2) : entier
     renvoyer a * 2

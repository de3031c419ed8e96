// Names are checked before anything runs: nothing is printed.
Info("jamais affiché")
nTotal est un entier = 10
Info(nTotl + 1)
sNom = "x"

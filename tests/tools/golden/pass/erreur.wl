Erreur("attention")
t est un tableau de entiers
Info(t[3])

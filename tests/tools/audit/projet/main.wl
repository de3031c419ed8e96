Info(Moyenne([1, 2, 3]))
Info(Taille("abc"), NumériqueVersChaîne(3.5), HeureSys)

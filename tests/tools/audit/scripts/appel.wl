// Scripts outside any project: each one alone.
Info(Taille("abc"), NumériqueVersChaîne(3.5), HeureSys)
dRectangle(0, 0, 10, 10)

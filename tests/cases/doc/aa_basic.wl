// Help: Tableau associatif (Type de variable) (1514058, https://help.windev.com/?1514058)
taTaille est un tableau associatif d'entiers
taTaille["Fichier1.txt"] = 120
taTaille["Fichier2.txt"] = 3400
Trace(taTaille["Fichier2.txt"])
Trace(taTaille..Occurrence)

// Help: Instanciation d'un objet (6010002, https://help.windev.com/?6010002)
// `est un objet CFichier` and `est un CFichier` both declare an instance.
CFichier est une Classe
	Nom est une chaîne
FIN
f1 est un objet CFichier
f2 est un CFichier
f1.Nom = "a"
f2.Nom = "b"
Trace(f1.Nom + f2.Nom)

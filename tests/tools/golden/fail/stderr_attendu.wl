Info("out")
Erreur("err")

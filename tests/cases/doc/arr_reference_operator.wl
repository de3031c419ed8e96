// Help: Opérateurs d'affectation (1515003, https://help.windev.com/?1515003)
// `<-` assigns by taking a reference.
t1 est un tableau de chaînes = ["a", "b"]
t2 est un tableau de chaînes
t2 <- t1
t2[2] = "z"
Trace(t1[2])

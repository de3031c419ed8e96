// Help: Autres opérateurs / Other operators (1512004, https://help.windev.com/?1512004)
I, J sont des entiers; MaChaîne est une chaîne
I = 1; J = 2; MaChaîne = "ok"
Trace(I + J); Trace(MaChaîne)

// Help: Inférence de type (3087003, https://help.windev.com/?3087003)
soit (x, y) = (1, "A")
Trace(x + 1)
Trace(y + "B")
soit Montant = 1500.69
Trace(Montant)

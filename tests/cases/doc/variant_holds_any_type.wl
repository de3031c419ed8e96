// Help: Le type Variant (1514019, https://help.windev.com/?1514019)
nValeur est un Variant = 10
Trace(nValeur + 1)
nValeur = "texte"
Trace(nValeur)
nValeur = 2.5
Trace(nValeur * 2)

// Help: Les réels (1514048, https://help.windev.com/?1514048)
// For two close reals, = and > can both be true.
a est un réel = 1.0000005
b est un réel = 1
Trace(a = b)
Trace(a > b)

// Help: Les réels (1514048, https://help.windev.com/?1514048)
// The = operator is accurate to 10^-6 on reals.
r1 est un réel = 0.1 + 0.2
Trace(r1 = 0.3)
r2 est un réel = 1.0000001
Trace(r2 = 1)
r3 est un réel = 1.1
Trace(r3 = 1)

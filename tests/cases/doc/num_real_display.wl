// Help: Les réels (1514048, https://help.windev.com/?1514048)
// The conversion of reals into strings makes the Trace display right in most cases.
r est un réel = 0.1 + 0.2
Trace(r)
Trace(1.5 * 3)
Trace(10 / 4)

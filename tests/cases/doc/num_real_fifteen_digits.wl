// Help: Les réels (1514048, https://help.windev.com/?1514048)
// Unsure: reals have 15 significant digits; the display of 1/3 is assumed to show 15.
r est un réel = 1
r = r / 3
Trace(r)

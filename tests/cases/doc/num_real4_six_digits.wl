// Help: Les réels (1514048, https://help.windev.com/?1514048)
// Unsure: a 4-byte real has up to 6 significant digits; the display of a réel sur 4 octets is assumed to round to 6.
r est un réel sur 4 octets = 1.23456789
Trace(r)

// Help: Les différents types de données (1514064, https://help.windev.com/?1514064)
// Note: `caractère` holds one character (page 1514064 lists it among the simple types; the page was not read in full).
c est un caractère = "A"
Trace(c)
Trace(Asc(c))

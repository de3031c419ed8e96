// Help: Les différents types de données (1514064, https://help.windev.com/?1514064)
// Unsure: assigning a longer string to a caractère: first character kept (assumed).
c est un caractère = "ABC"
Trace(c)

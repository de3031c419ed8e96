// Help: Les différents types d'entiers (1514049, https://help.windev.com/?1514049)
// Unsure: overflow of sized integers is not documented on the pages seen; wrapping (C-like) is assumed. An error would also be defensible.
i est un entier sur 1 octet = 127
i++
Trace(i)

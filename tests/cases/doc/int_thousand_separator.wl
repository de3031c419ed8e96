// Help: Les différents types d'entiers / The different types of integers (1514049, https://help.windev.com/?1514049)
// Choice: the integer page lists a "Thousand separator" note like the real page (space or _)
n est un entier = 1_000_000
Trace(n)
m est un entier = 2 500
Trace(m)

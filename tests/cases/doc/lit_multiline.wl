// Help: Chaînes littérales / String literals (1512011, https://help.windev.com/?1512011)
// Choice: the lines are joined with RC (CR+LF, WINDEV's line break), without the indentation they share.
s est une chaîne = [
	Première ligne
	Deuxième ligne
]
Trace(s)

// Help: Les différents types d'entiers (1514049, https://help.windev.com/?1514049)
// Choice: truncation toward zero, as the README's compatibility notes already state
// Assigning a real to an integer keeps the integer part (compatibility note of wlang; WINDEV truncates).
i est un entier = 7 / 2
Trace(i)

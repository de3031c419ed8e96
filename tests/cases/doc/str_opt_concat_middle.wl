// Help: Opérateurs sur les chaînes de caractères / Operators on character strings (1512001, https://help.windev.com/?1512001)
// Choice: a + [sep] + b adds sep unless a is empty or already ends with it, as += [sep] does.
Rep est une chaîne = "C:\Temp\"
Trace(Rep + ["\"] + "fichier.txt")
Rep = "C:\Temp"
Trace(Rep + ["\"] + "fichier.txt")

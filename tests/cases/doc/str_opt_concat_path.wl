// Help: Opérateurs sur les chaînes de caractères / Operators on character strings (1512001, https://help.windev.com/?1512001)
Rep est une chaîne = "C:\Temp\"
Rep += ["\"]
Trace(Rep)
Rep2 est une chaîne = "C:\Temp"
Rep2 += ["\"]
Trace(Rep2)

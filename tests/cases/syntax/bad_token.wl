// Characters that are not WLanguage: reported, and the rest of the file still checked.
n est un entier = 3 $ 4
Info(n # 2)

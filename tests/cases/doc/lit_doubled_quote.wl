// Help: Chaînes littérales / String literals (1512011, https://help.windev.com/?1512011)
s est une chaîne = "Il a dit ""bonjour"""
Trace(s)

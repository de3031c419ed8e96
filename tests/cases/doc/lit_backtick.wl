// Help: Chaînes littérales / String literals (1512011, https://help.windev.com/?1512011)
// Choice: backtick literals (new in 2024): the quotes inside are taken as they are
s est une chaîne = `Il a dit "bonjour"`
Trace(s)

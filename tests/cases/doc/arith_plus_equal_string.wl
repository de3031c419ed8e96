// Help: Opérateurs arithmétiques / Arithmetic operators (1512008, https://help.windev.com/?1512008)
// Choice: "+=": adds a value to the variable (numeric or text)
s est une chaîne = "abc"
s += "def"
Trace(s)

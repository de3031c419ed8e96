// Help: Opérateurs arithmétiques / Arithmetic operators (1512008, https://help.windev.com/?1512008)
// Choice: refused before running (exit 2), as the page says this fails when compiling; the message is wlang's.
num est un entier = 10
Trace(num += 1)

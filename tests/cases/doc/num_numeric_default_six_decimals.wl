// Help: Numérique (Type de variable) (1514072, https://help.windev.com/?1514072)
// numérique without digits: 32 digits for the integer part and 6 for the decimal part.
n est un numérique = 1
n = n / 3
Trace(n)

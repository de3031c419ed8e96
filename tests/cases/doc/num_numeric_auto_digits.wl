// Help: Numérique (Type de variable) (1514072, https://help.windev.com/?1514072)
// Unsure: numérique (*) adapts its format to the value; whether it keeps more than 6 decimals is not stated.
n est un numérique (*)
n = 0n1234567890.123456789
Trace(n)

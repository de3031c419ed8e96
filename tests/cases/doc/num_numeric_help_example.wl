// Help: Numérique (Type de variable) (1514072, https://help.windev.com/?1514072)
// Note: The page shows Info(num1+num2) without printing the result; the value follows from exact decimals with 15 decimal digits.
num1 est un numérique (2,15)
num2 est un numérique (2,15)
num1 = 0n10.000000000000033
num2 = 0n10.000000000000055
Trace(num1 + num2)

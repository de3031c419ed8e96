// Help: Les réels (1514048, https://help.windev.com/?1514048)
// Help: Monétaire (Type de variable) (1514043, https://help.windev.com/?1514043)
num1 est un réel
num1 = 123 456.478
num2 est un réel
num2 = 7_014.478
Trace(num1)
Trace(num2)

// Integer types with their qualifiers parse and run as integers: `sans signe`, `sur N octets`,
// `système` (French), `unsigned`, `on N bytes`, `system` (English).
a est un entier sans signe = 7
b est un entier sur 4 octets = 2 000
c est un entier sur 8 octets = 4 bitDécaleGauche 3
d est un entier système = 1
e is unsigned int on 8 bytes = 5
f is system int = 6
g, h sont des entiers sans signe sur 2 octets = 9
Trace(a, b, c, d, e, f, g, h)
// Sized integers keep their width (the data model's), a 4-byte real its 6 digits, a numérique
// its digits.
i1 est un entier sur 1 octet = 300
u1 est un entier sans signe sur 1 octet = -1
r4 est un réel sur 4 octets = 1/3
n52 est un numérique (5, 2) = 1/3
Trace(i1, u1, r4, n52)

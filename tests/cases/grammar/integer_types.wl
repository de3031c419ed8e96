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

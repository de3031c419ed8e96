// Numbers with thousands separators (pages 1514048, 1514049): a space or `_` between groups of
// three digits, in integers, reals and hexadecimal.
a est un entier = 1 000 000
b est un réel = 123 456.478
c est un réel = 7_014.478
d est un entier = 0x_FF_FF
Trace(a, b, c, d, 2 500 + 1)

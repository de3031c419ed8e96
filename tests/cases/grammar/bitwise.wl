// Bitwise operators (page 1512009): `&`, `|`, `||` (exclusive or), `~`, and the shifts written
// between operands, `bitDécaleGauche` / `bitRightShift`. They bind tighter than comparisons.
Trace(12 & 10, 12 | 10, 12 || 10, ~0, ~5)
Trace(4 bitDécaleGauche 1, 4 bitRightShift 2, 4 bitLeftShift 30, 1 bitDécaleGauche 40)
SI 6 & 4 = 4 ALORS Trace("bit 3 levé")
Trace(0x0F & 0xFF | 0x100)

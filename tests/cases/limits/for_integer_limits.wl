// POUR at the ends of the 8-byte integer range: every value is visited once, then the loop
// ends (the counter cannot step past the limit; it used to saturate and loop for ever).
n est un entier = 0
POUR i = 9223372036854775806 A 9223372036854775807
	Info(i)
	n++
FIN
Info(n + " tours")
POUR j = -9223372036854775807 A -9223372036854775808 PAS -1
	Info(j)
FIN
POUR k = 9223372036854775800 _A_ 9223372036854775807 PAS 5
	Info(k)
FIN
POUR m = -9223372036854775801 TO -9223372036854775808 STEP -3
	Info(m)
FIN
// A bound the counter can never pass: the loop stops at the limit all the same.
compte est un entier = 0
POUR p = 9223372036854775805 A 1e30
	compte++
FIN
Info("jusqu'à l'infini : " + compte + " tours")
Info("fin")

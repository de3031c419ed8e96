// `a` is a variable; A/À/TO is a keyword only in POUR and CAS headers and inside [[ ]].
a est un entier = 3
POUR i = 1 A a
	Trace(i)
FIN
POUR j = 3 À a PAS -1
	Trace("j", j)
FIN
POUR k = 1 _A_ a
	a = 2
FIN
SELON a
	CAS 1 A 2: Info("petit", a)
	AUTRE CAS: Info("grand")
FIN
s est une chaîne = "abcdef"
Info(s[[2 A 3]], s[[4 A]], PAS (a = 1))
b est un booléen = PAS Faux
SI b ET PAS (a > 5) ALORS Info("ok")
// A user name that is also a builtin's: never translated, nor is that builtin.
Taille est un entier = 4
Info(Taille, Length("xy"), Majuscule("m"))

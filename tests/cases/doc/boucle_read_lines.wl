// Help: Instruction BOUCLE / LOOP statement (1510004, https://help.windev.com/?1510004)
// Choice: the page example with fLitLigne replaced by an array holding EOT at the end
t est un tableau de chaînes = ["ligne 1", "ligne 2", EOT]
i est un entier = 0
UneLigne est une chaîne
BOUCLE
	i++
	UneLigne = t[i]
	SI UneLigne = EOT ALORS SORTIR
	Trace(UneLigne)
FIN

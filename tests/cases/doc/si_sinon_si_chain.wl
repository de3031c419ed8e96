// Help: Instruction SI / IF statement (1510011, https://help.windev.com/?1510011)
// Choice: the page example with Client.AgeCalculé replaced by a list of ages
PersonneAgée, PersonneAdulte, PersonneEnfant, PersonneBébé sont des entiers
POUR TOUT Age DE [70, 30, 10, 2, 61, 19, 5]
	SI Age > 60 ALORS
		PersonneAgée += 1
	SINON SI Age > 18 ALORS
		PersonneAdulte += 1
	SINON SI Age > 4 ALORS
		PersonneEnfant += 1
	SINON
		PersonneBébé += 1
	FIN
FIN
Trace(PersonneAgée)
Trace(PersonneAdulte)
Trace(PersonneEnfant)
Trace(PersonneBébé)

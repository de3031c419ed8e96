// Help: Jour (Propriété) (2512043, https://help.windev.com/?2512043)
// Help: Mois (Propriété) (2512052, https://help.windev.com/?2512052)
// Help: Opérations disponibles sur les dates, les heures et les durées (1514040, https://help.windev.com/?1514040)
// Date arithmetic a teacher would show: a 30-day deadline and the number of days left.
dCommande est une Date = "20240115"
dEchéance est une Date = dCommande
dEchéance.Jour += 30
Trace(DateVersChaîne(dEchéance, "JJ/MM/AAAA"))
dAujourdhui est une Date = "20240201"
duReste est une Durée = dEchéance - dAujourdhui
Trace(duReste.Jour)
Trace(dAujourdhui < dEchéance)

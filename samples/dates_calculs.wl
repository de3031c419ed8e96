// Calculs sur les dates, les heures et les durées (aides 1514040, 1514066, 1514069) : ajouter
// des jours, l'écart entre deux dates, les propriétés ..Jour, ..Mois, ..Année, les durées.

// Une date s'écrit AAAAMMJJ ; ses parties se lisent et s'écrivent
dFacture est une Date = "20240131"
Trace("facture :", dFacture.Jour, dFacture.Mois, dFacture.Année)

// Un mois plus tard : le 31 janvier devient le 29 février (2024 est bissextile)
dÉchéance est une Date = dFacture
dÉchéance.Mois++
Trace("échéance :", DateVersChaîne(dÉchéance), AnnéeBissextile(2024))

// Ajouter des jours : une date plus un entier
dRelance est une Date = dÉchéance + 15
Trace("relance :", DateVersChaîne(dRelance), DateVersJourEnLettre(dRelance))

// L'écart entre deux dates est une durée ; ..EnJours la donne en jours
duRetard est une Durée = dRelance - dFacture
Trace("jours entre facture et relance :", duRetard..EnJours)

// L'âge d'une personne au 14 juillet 2024
dNaissance est une Date = "19900815"
dJour est une Date = "20240714"
nÂge est un entier = dJour.Année - dNaissance.Année
SI dJour.Mois < dNaissance.Mois OU (dJour.Mois = dNaissance.Mois ET dJour.Jour < dNaissance.Jour) ALORS
	nÂge--
FIN
Trace("âge :", nÂge)

// Heures et durées : une réunion de 1 h 45 min commençant à 9 h 30
hDébut est une Heure = "0930"
duRéunion est une Durée = 1 h 45 min
hFin est une Heure = hDébut + duRéunion
Trace("fin de réunion :", HeureVersChaîne(hFin, "HH:mm"), duRéunion..EnMinutes, "min")

// Une durée se lit aussi dans une chaîne lisible
duPause est une Durée = "15 min"
hReprise est une Heure = hFin + duPause
Trace("reprise :", HeureVersChaîne(hReprise, "HH:mm"))

// Le temps total passé en réunion sur une semaine
duTotal est une Durée
POUR TOUT duJour DE [1 h 45 min, 2 h, 30 min, 1 h 15 min, 50 min]
	duTotal += duJour
FIN
Trace("total :", duTotal.Heure, "h", duTotal.Minute, "min", "soit", duTotal..EnMinutes, "minutes")

// Une date et heure : un départ le 30 décembre à 22 h, pour un trajet de 5 h 30
dhDépart est une DateHeure = "202412302200"
dhArrivée est une DateHeure = dhDépart + 5 h 30 min
Trace("arrivée :", DateHeureVersChaîne(dhArrivée, "JJ/MM/AAAA HH:mm"))

// Le dernier jour de chaque mois d'un trimestre
POUR nMois = 1 _À_ 3
	Trace("fin du mois", nMois, ":", DateVersChaîne(DernierJourDuMois(2025, nMois)))
FIN

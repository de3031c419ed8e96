// A plain script beside the exports.
PROCÉDURE Moyenne(t)
total est un réel
POUR TOUT v DE t
	total += v
FIN
RENVOYER total / TableauOccurrence(t)

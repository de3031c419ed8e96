// A plain script outside any project.
PROCÉDURE Moyenne(t)
total est un réel
POUR TOUT v DE t
	total += v
FIN
RENVOYER total / TableauOccurrence(t)

// Help: Info (3021011), Erreur (3021013), OuiNon (3021005), Confirmer (3021007)
// On a console, Info writes to stdout and Erreur to stderr, one line per parameter; OuiNon and
// Confirmer write their question and read the answer from stdin. Choice: without input (here:
// stdin closed) they answer their default button, Oui unless another is given first;
// tests/cli.rs feeds answers.
Info("Bonjour", "deux lignes")
Erreur("Attention")
Trace(OuiNon("Continuer ?"), OuiNon(Non, "Tout effacer ?"), YesNo("Go on?"))
Trace(Confirmer("Enregistrer ?") = Oui, Confirmer(Annuler, "Quitter ?") = Annuler, Confirm(Non, "Sure?"))

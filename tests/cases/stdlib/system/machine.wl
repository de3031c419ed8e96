// Help: EnModeTest (Fonction) (3013011), EnModeTestAutomatique (3014027), NetNomMachine
// (3056014), NetAdresseIP (3056023), RéseauUtilisateur (3066004), LigneCommande (3013051),
// ExeInfo (3035001)
// wl run is the editor's test mode (GO); the machine and its user have names.
Trace("EnModeTest", EnModeTest(), "automatique", EnModeTestAutomatique())
Trace("InTestMode", InTestMode())
Trace("nom de la machine", Taille(NetNomMachine()) > 0)
Trace("adresse de la machine", Taille(NetAdresseIP()) >= 7)
Trace("localhost", NetAdresseIP("localhost"))
Trace("utilisateur", Taille(RéseauUtilisateur()) > 0)
// In the golden runner the script has no file of its own and no arguments.
Trace("arguments", "[" + LigneCommande() + "]", "[" + LigneCommande(1) + "]", "[" + LigneCommande("MODE") + "]")
Trace("version inconnue", "[" + ExeInfo(exeVersion) + "]", "[" + ExeInfo(exeVersion, "autre.exe") + "]")

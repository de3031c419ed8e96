// A string must end on its own line.
Info("pas fermée)
Info("la suite")

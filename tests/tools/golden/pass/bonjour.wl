Info("Bonjour")
Trace("deux", 2)

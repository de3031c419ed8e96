Info("actual")
Info("same")

Info(1 + 1)

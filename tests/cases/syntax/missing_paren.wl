// A call whose closing parenthesis is missing.
Info("avant")
Trace(Gauche("abcdef", 3)
Info("après")

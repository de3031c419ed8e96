// Calling something that is not a procedure: a variable that holds a number.
pAction est un variant = 5
Info("avant")
pAction(3)

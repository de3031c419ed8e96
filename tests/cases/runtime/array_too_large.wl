// A declared array too large for memory is a runtime error, not a crash.
Info("avant")
t est un tableau de 100000000000 entiers
Info("après")

// Help: Instruction SELON / SWITCH statement (1510008, https://help.windev.com/?1510008)
// Choice: simplified syntax "for an integer value of consecutive values" starting at 1: 0 takes SINON
Valeur est un entier = 0
Trace(SELON(Valeur, "un", "deux", SINON "autre"))

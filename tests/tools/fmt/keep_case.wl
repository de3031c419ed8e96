// With --keep-case (files named keep_case*), words keep the case they were written in.
si Vrai alors
info(chaineconstruit("%1",1))
fin
procédure p()
Renvoyer 1

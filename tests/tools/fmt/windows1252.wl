// Windows-1252 and CRLF: both kept (été)
procédure p()
si vrai alors
info(chaineconstruit("%1", "à"))
fin

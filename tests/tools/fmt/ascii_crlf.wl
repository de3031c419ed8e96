// ASCII only: words keep their letters, no accent is added
procedure p()
s est une chaine = chaineconstruit("%1",1)
si s="1" alors
    info(s)
fin

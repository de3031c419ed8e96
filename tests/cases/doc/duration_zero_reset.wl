// Help: Durée (Type de variable) (1514069, https://help.windev.com/?1514069)
du est une Durée = 3 min 30 s
du = 0
Trace(du..EnSecondes)

// Help: Durée (Type de variable) (1514069, https://help.windev.com/?1514069)
DuréeTâche est une Durée = 3 min 30 s
Trace(DuréeTâche.Minute)
Trace(DuréeTâche.Seconde)
Trace(DuréeTâche..EnSecondes)

// Help: Durée (Type de variable) (1514069, https://help.windev.com/?1514069)
// An integer assigned to a Durée is a number of milliseconds.
du est une Durée = 90500
Trace(du.Minute)
Trace(du.Seconde)
Trace(du.Milliseconde)

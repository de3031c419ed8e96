// Help: Jour (Propriété) (2512043, https://help.windev.com/?2512043)
// Help: Durée (Type de variable) (1514069, https://help.windev.com/?1514069)
du est une Durée = 1728000000 // 20 days in milliseconds
Trace(du.Jour)
du.Jour = 3
Trace(du..EnHeures)

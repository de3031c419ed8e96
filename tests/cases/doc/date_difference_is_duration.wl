// Help: Durée (Type de variable) (1514069, https://help.windev.com/?1514069)
// Help: Opérations disponibles sur les dates, les heures et les durées (1514040, https://help.windev.com/?1514040)
// Help: Jour (Propriété) (2512043, https://help.windev.com/?2512043)
// The difference of two dates is a Durée; its Jour property is the number of days.
d1 est une Date = "20011225"
d2 est une Date = "20020105"
du est une Durée = d2 - d1
Trace(du.Jour)

// Help: Tableau associatif (Type de variable) (1514058, https://help.windev.com/?1514058)
// Unsure: ccSansEspace is listed on page 1514058 but its description was cut: whether it ignores every space or only leading/trailing ones is not established; this case assumes every space.
// Choice: ccSansEspace ignores the spaces around a key, as ChaîneFormate's ccSansEspace does, not those inside it (README, compatibility notes).
ta est un tableau associatif (ccSansEspace) d'entiers
ta["ma clé"] = 1
Trace(ta["  ma clé "])
ta["ma  clé"] = 5
Trace(ta..Occurrence)

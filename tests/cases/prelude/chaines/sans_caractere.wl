// Help: SansCaractère (1000019391), SansCaractèreGauche (1000020478),
// SansCaractèreDroite (1000020479), SansAccent (3024033).
Info("[" + SansCaractère("--==titre==--", "-=") + "]")
Info("[" + SansCaractèreGauche("--==titre==--", "-=") + "]")
Info("[" + SansCaractèreDroite("--==titre==--", "-=") + "]")
// Only the ends: the characters inside stay
Info("[" + SansCaractère("  a b  ", " ") + "]")
Info("[" + SansCaractère("0012300", "0") + "]")
// Edge cases: nothing to remove, everything removed, empty strings
Info("[" + SansCaractère("abc", "xyz") + "]")
Info("[" + SansCaractère("aaaa", "a") + "]")
Info("[" + SansCaractère("", "a") + "]")
Info("[" + SansCaractère("abc", "") + "]")
Info("[" + SansCaractèreDroite("ligne" + RC, RC) + "]")
Info(SansAccent("Élève à l'école, où ça déçoit ; Noël"))
Info(SansAccent("sans accent"))
Info("[" + SansAccent("") + "]")

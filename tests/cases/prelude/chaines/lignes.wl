// Help: LigneVersPosition (1000019896), PositionVersLigne (1000019899).
// Lines end with RC (CR+LF) or LF. A line past the last one, or a position before the text or more
// than one past its end, gives 0 (wlang's choice: the pages could not be consulted).
sTexte est une chaîne = "un" + RC + "deux" + RC + "trois"
Info(LigneVersPosition(sTexte, 1), LigneVersPosition(sTexte, 2), LigneVersPosition(sTexte, 3))
Info(Milieu(sTexte, LigneVersPosition(sTexte, 2), 4))
Info(LigneVersPosition(sTexte, 4), LigneVersPosition(sTexte, 0))
Info(PositionVersLigne(sTexte, 1), PositionVersLigne(sTexte, 3), PositionVersLigne(sTexte, 5))
Info(PositionVersLigne(sTexte, 9), PositionVersLigne(sTexte, 10), PositionVersLigne(sTexte, 15))
Info(PositionVersLigne(sTexte, 0), PositionVersLigne(sTexte, 16))
// LF alone, and a text ending with a line break
Info(LigneVersPosition("a" + Caract(10) + "b", 2), PositionVersLigne("a" + Caract(10) + "b", 3))
Info(LigneVersPosition("a" + RC, 2), PositionVersLigne("a" + RC, 4))
Info(LigneVersPosition("", 1), PositionVersLigne("", 1))

// Help: Durée (Type de variable) (1514069, https://help.windev.com/?1514069)
// Unsure: how a Durée prints is not documented on the excerpt; '+JHHMMSSLLL' with one digit of days is a guess. Implementers may choose a readable form instead; record the choice.
du est une Durée = 90500
Trace(du)

// Help: ProjetInfo / ProjectInfo (3064004, https://help.windev.com/?3064004)
// Choice: a script is its own project: piNomProjet (the default) is the script's name without
// its extension; the other information has no meaning for a script and gives "".
Trace(ProjetInfo(piNomProjet), ProjetInfo(), ProjectInfo(piProjectName))
Trace("[" + ProjetInfo(12345) + "]")

// A UTF-8 file with a byte order mark (as Windows Notepad saves it): the BOM is skipped.
PROCÉDURE_OK est un booléen = Vrai
SI PROCÉDURE_OK ALORS Info("BOM ignoré, accents lus : àéîõü")
Trace(Asc("€"), Caract(233))

// SYNTAX TEST "source.wlanguage" "constructs no sample shows: multi-line strings, classes, directives"
s est une chaîne = [
//                 ^ string.unquoted.multiline.wlanguage
	SI ceci n'est pas du code
//  ^^ string.unquoted.multiline.wlanguage
]
// <- string.unquoted.multiline.wlanguage
t est un tableau de entiers = [1, 2]
//                            ^ - string.unquoted.multiline.wlanguage
Forme est une Classe
//            ^^^^^^ storage.type.wlanguage
	PRIVÉ
//  ^^^^^ storage.modifier.wlanguage
FIN
x est un entier = 0x1F + 1_000
//                ^^^^ constant.numeric.hex.wlanguage
//                       ^^^^^ constant.numeric.wlanguage
PROCÉDURE INTERNE P()
// <--------------- storage.type.function.wlanguage

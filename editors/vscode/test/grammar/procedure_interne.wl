// SYNTAX TEST "source.wlanguage" "samples/procedure_interne.wl: keywords, strings, comments and numbers"
// Generated from the sample by wlang's lexer (see src/tools/lsp/textmate.rs): do not edit.
// Les procédures internes : déclarées dans le corps d'un traitement avec PROCÉDURE INTERNE
// <------------------------------------------------------------------------------------------- comment.line.double-slash.wlanguage
PROCÉDURE Facture(sClient est une chaîne)
// <--------- storage.type.function.wlanguage
//                        ^^^^^^^ keyword.other.wlanguage
rTotal est un réel = 0
//     ^^^^^^ keyword.other.wlanguage
//                   ^ constant.numeric.wlanguage
AjouteLigne("Clavier", 2, 25)
//          ^^^^^^^^^ string.quoted.double.wlanguage
//                     ^ constant.numeric.wlanguage
//                        ^^ constant.numeric.wlanguage
AjouteLigne("Souris", 1, 12.5)
//          ^^^^^^^^ string.quoted.double.wlanguage
//                    ^ constant.numeric.wlanguage
//                       ^^^^ constant.numeric.wlanguage
AjouteLigne("Écran", 1, 149.9)
//          ^^^^^^^ string.quoted.double.wlanguage
//                   ^ constant.numeric.wlanguage
//                      ^^^^^ constant.numeric.wlanguage

// SYNTAX TEST "source.wlanguage" "samples/procedures.wl: keywords, strings, comments and numbers"
// Generated from the sample by wlang's lexer (see src/tools/lsp/textmate.rs): do not edit.
nAppels est un entier = 0     // variable globale : visible dans les procédures
//      ^^^^^^ keyword.other.wlanguage
//                      ^ constant.numeric.wlanguage
//                            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ comment.line.double-slash.wlanguage
nSolde est un entier = 100
//     ^^^^^^ keyword.other.wlanguage
//                     ^^^ constant.numeric.wlanguage
tabComptes est un tableau de entiers = [10, 20]
//         ^^^^^^ keyword.other.wlanguage
//                        ^^ keyword.other.wlanguage
//                                      ^^ constant.numeric.wlanguage
//                                          ^^ constant.numeric.wlanguage
Trace("tabComptes[2] :", tabComptes[2])
//    ^^^^^^^^^^^^^^^^^ string.quoted.double.wlanguage
//                                  ^ constant.numeric.wlanguage
PROCÉDURE Prix(rHT est un réel, rTVA est un réel = 20, sDevise est une chaîne = "€")
// <--------- storage.type.function.wlanguage
//                 ^^^^^^ keyword.other.wlanguage
//                                   ^^^^^^ keyword.other.wlanguage
//                                                 ^^ constant.numeric.wlanguage
//                                                             ^^^^^^^ keyword.other.wlanguage
//                                                                              ^^^ string.quoted.double.wlanguage
RENVOYER ChaîneConstruit("%1 HT = %2 %3 TTC", rHT, rHT * (1 + rTVA / 100), sDevise)
// <-------- keyword.control.wlanguage
//                       ^^^^^^^^^^^^^^^^^^^ string.quoted.double.wlanguage
//                                                        ^ constant.numeric.wlanguage
//                                                                   ^^^ constant.numeric.wlanguage

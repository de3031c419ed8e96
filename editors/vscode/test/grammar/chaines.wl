// SYNTAX TEST "source.wlanguage" "samples/chaines.wl: keywords, strings, comments and numbers"
// Generated from the sample by wlang's lexer (see src/tools/lsp/textmate.rs): do not edit.
sVille est une chaîne = "Saint-Étienne"
//     ^^^^^^^ keyword.other.wlanguage
//                      ^^^^^^^^^^^^^^^ string.quoted.double.wlanguage
Trace("1er caractère :", sVille[[1]])
//    ^^^^^^^^^^^^^^^^^ string.quoted.double.wlanguage
//                               ^ constant.numeric.wlanguage
Trace("caractères 7 à 13 :", sVille[[7 A 13]])
//    ^^^^^^^^^^^^^^^^^^^^^ string.quoted.double.wlanguage
//                                   ^ constant.numeric.wlanguage
//                                     ^ keyword.other.wlanguage
//                                       ^^ constant.numeric.wlanguage
Trace("à partir du 7e :", sVille[[7 A]])
//    ^^^^^^^^^^^^^^^^^^ string.quoted.double.wlanguage
//                                ^ constant.numeric.wlanguage
//                                  ^ keyword.other.wlanguage
sCSV est une chaîne = "Martin;Paul;35"
//   ^^^^^^^ keyword.other.wlanguage
//                    ^^^^^^^^^^^^^^^^ string.quoted.double.wlanguage
Trace(ExtraitChaîne(sCSV, 1, ";"), ExtraitChaîne(sCSV, 2, ";"), ExtraitChaîne(sCSV, 3, ";"))
//                        ^ constant.numeric.wlanguage
//                           ^^^ string.quoted.double.wlanguage
//                                                     ^ constant.numeric.wlanguage
//                                                        ^^^ string.quoted.double.wlanguage
//                                                                                  ^ constant.numeric.wlanguage
//                                                                                     ^^^ string.quoted.double.wlanguage

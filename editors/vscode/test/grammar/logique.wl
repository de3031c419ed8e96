// SYNTAX TEST "source.wlanguage" "samples/logique.wl: keywords, strings, comments and numbers"
// Generated from the sample by wlang's lexer (see src/tools/lsp/textmate.rs): do not edit.
Trace("Vrai ET Faux :", Vrai ET Faux, "Vrai OU Faux :", Vrai OU Faux)
//    ^^^^^^^^^^^^^^^^ string.quoted.double.wlanguage
//                      ^^^^ constant.language.wlanguage
//                           ^^ keyword.operator.logical.wlanguage
//                              ^^^^ constant.language.wlanguage
//                                    ^^^^^^^^^^^^^^^^ string.quoted.double.wlanguage
//                                                      ^^^^ constant.language.wlanguage
//                                                           ^^ keyword.operator.logical.wlanguage
//                                                              ^^^^ constant.language.wlanguage
Trace("PAS Vrai :", PAS Vrai, "PAS (1 > 2) :", PAS (1 > 2))
//    ^^^^^^^^^^^^ string.quoted.double.wlanguage
//                  ^^^ keyword.operator.logical.wlanguage
//                      ^^^^ constant.language.wlanguage
//                            ^^^^^^^^^^^^^^^ string.quoted.double.wlanguage
//                                             ^^^ keyword.operator.logical.wlanguage
//                                                  ^ constant.numeric.wlanguage
//                                                      ^ constant.numeric.wlanguage
SI Teste("A", Faux) ET Teste("B", Vrai) ALORS Info("jamais")
// <-- keyword.control.wlanguage
//       ^^^ string.quoted.double.wlanguage
//            ^^^^ constant.language.wlanguage
//                  ^^ keyword.operator.logical.wlanguage
//                           ^^^ string.quoted.double.wlanguage
//                                ^^^^ constant.language.wlanguage
//                                      ^^^^^ keyword.control.wlanguage
//                                                 ^^^^^^^^ string.quoted.double.wlanguage
SI Teste("A", Faux) _ET_ Teste("B", Vrai) ALORS Info("jamais")
// <-- keyword.control.wlanguage
//       ^^^ string.quoted.double.wlanguage
//            ^^^^ constant.language.wlanguage
//                  ^^^^ keyword.operator.logical.wlanguage
//                             ^^^ string.quoted.double.wlanguage
//                                  ^^^^ constant.language.wlanguage
//                                        ^^^^^ keyword.control.wlanguage
//                                                   ^^^^^^^^ string.quoted.double.wlanguage
SI Teste("A", Vrai) OU Teste("B", Faux) ALORS Info("au moins un")
// <-- keyword.control.wlanguage
//       ^^^ string.quoted.double.wlanguage
//            ^^^^ constant.language.wlanguage
//                  ^^ keyword.operator.logical.wlanguage
//                           ^^^ string.quoted.double.wlanguage
//                                ^^^^ constant.language.wlanguage
//                                      ^^^^^ keyword.control.wlanguage
//                                                 ^^^^^^^^^^^^^ string.quoted.double.wlanguage
SI Teste("A", Vrai) _OU_ Teste("B", Faux) ALORS Info("au moins un")
// <-- keyword.control.wlanguage
//       ^^^ string.quoted.double.wlanguage
//            ^^^^ constant.language.wlanguage
//                  ^^^^ keyword.operator.logical.wlanguage
//                             ^^^ string.quoted.double.wlanguage
//                                  ^^^^ constant.language.wlanguage
//                                        ^^^^^ keyword.control.wlanguage
//                                                   ^^^^^^^^^^^^^ string.quoted.double.wlanguage

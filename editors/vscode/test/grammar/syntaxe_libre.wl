// SYNTAX TEST "source.wlanguage" "samples/syntaxe_libre.wl: keywords, strings, comments and numbers"
// Generated from the sample by wlang's lexer (see src/tools/lsp/textmate.rs): do not edit.
si 1 < 2 alors
// <-- keyword.control.wlanguage
// ^ constant.numeric.wlanguage
//     ^ constant.numeric.wlanguage
//       ^^^^^ keyword.control.wlanguage
Si 2 < 3 Alors Info("Mélange") Sinon Info("jamais")
// <-- keyword.control.wlanguage
// ^ constant.numeric.wlanguage
//     ^ constant.numeric.wlanguage
//       ^^^^^ keyword.control.wlanguage
//                  ^^^^^^^^^ string.quoted.double.wlanguage
//                             ^^^^^ keyword.control.wlanguage
//                                        ^^^^^^^^ string.quoted.double.wlanguage
IF Vrai THEN
// <-- keyword.control.wlanguage
// ^^^^ constant.language.wlanguage
//      ^^^^ keyword.control.wlanguage
nÉlève est un entier = 3
//     ^^^^^^ keyword.other.wlanguage
//                     ^ constant.numeric.wlanguage
Trace(chaineconstruit("%1-%2", 1, 2), MAJUSCULE("abc"), taille("été"))
//                    ^^^^^^^ string.quoted.double.wlanguage
//                             ^ constant.numeric.wlanguage
//                                ^ constant.numeric.wlanguage
//                                              ^^^^^ string.quoted.double.wlanguage
//                                                             ^^^^^ string.quoted.double.wlanguage
a est un entier = 1; b est un entier = 2; Trace(a + b)
//^^^^^^ keyword.other.wlanguage
//                ^ constant.numeric.wlanguage
//                     ^^^^^^ keyword.other.wlanguage
//                                     ^ constant.numeric.wlanguage

// SYNTAX TEST "source.wlanguage" "samples/arithmetique.wl: keywords, strings, comments and numbers"
// Generated from the sample by wlang's lexer (see src/tools/lsp/textmate.rs): do not edit.
Trace("10 / 4 =", 10 / 4)           // 2.5, pas 2
//    ^^^^^^^^^^ string.quoted.double.wlanguage
//                ^^ constant.numeric.wlanguage
//                     ^ constant.numeric.wlanguage
//                                  ^^^^^^^^^^^^^ comment.line.double-slash.wlanguage
Trace("10 / 5 =", 10 / 5)           // 2 : un résultat entier reste entier
//    ^^^^^^^^^^ string.quoted.double.wlanguage
//                ^^ constant.numeric.wlanguage
//                     ^ constant.numeric.wlanguage
//                                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ comment.line.double-slash.wlanguage
Trace("10 / 3 =", 10 / 3)           // 15 chiffres significatifs
//    ^^^^^^^^^^ string.quoted.double.wlanguage
//                ^^ constant.numeric.wlanguage
//                     ^ constant.numeric.wlanguage
//                                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ comment.line.double-slash.wlanguage
Trace("0.1 + 0.2 =", 0.1 + 0.2)     // 0.3 : pas de 0.30000000000000004
//    ^^^^^^^^^^^^^ string.quoted.double.wlanguage
//                   ^^^ constant.numeric.wlanguage
//                         ^^^ constant.numeric.wlanguage
//                                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ comment.line.double-slash.wlanguage
Trace("7 % 3 =", 7 % 3)             // modulo
//    ^^^^^^^^^ string.quoted.double.wlanguage
//               ^ constant.numeric.wlanguage
//                   ^ constant.numeric.wlanguage
//                                  ^^^^^^^^^ comment.line.double-slash.wlanguage
Trace("2 ^ 10 =", 2 ^ 10)           // puissance
//    ^^^^^^^^^^ string.quoted.double.wlanguage
//                ^ constant.numeric.wlanguage
//                    ^^ constant.numeric.wlanguage
//                                  ^^^^^^^^^^^^ comment.line.double-slash.wlanguage

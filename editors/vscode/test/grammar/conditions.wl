// SYNTAX TEST "source.wlanguage" "samples/conditions.wl: keywords, strings, comments and numbers"
// Generated from the sample by wlang's lexer (see src/tools/lsp/textmate.rs): do not edit.
POUR TOUT rNote DE [17.5, 14, 12.5, 10, 8]
// <--------- keyword.control.wlanguage
//              ^^ keyword.other.wlanguage
//                  ^^^^ constant.numeric.wlanguage
//                        ^^ constant.numeric.wlanguage
//                            ^^^^ constant.numeric.wlanguage
//                                  ^^ constant.numeric.wlanguage
//                                      ^ constant.numeric.wlanguage
SI nStock = 0 ALORS Info("Rupture de stock") SINON Info("En stock : " + nStock)
// <-- keyword.control.wlanguage
//          ^ constant.numeric.wlanguage
//            ^^^^^ keyword.control.wlanguage
//                       ^^^^^^^^^^^^^^^^^^ string.quoted.double.wlanguage
//                                           ^^^^^ keyword.control.wlanguage
//                                                      ^^^^^^^^^^^^^ string.quoted.double.wlanguage
SI nStock < 5 ALORS Info("Pensez à commander")
// <-- keyword.control.wlanguage
//          ^ constant.numeric.wlanguage
//            ^^^^^ keyword.control.wlanguage
//                       ^^^^^^^^^^^^^^^^^^^^ string.quoted.double.wlanguage
SI "12" = 12 ALORS Info("""12"" = 12 (les guillemets se doublent)")
// <-- keyword.control.wlanguage
// ^^^^ string.quoted.double.wlanguage
//        ^^ constant.numeric.wlanguage
//           ^^^^^ keyword.control.wlanguage
//                      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ string.quoted.double.wlanguage
SI 3 <> 4 ALORS Info("3 <> 4")
// <-- keyword.control.wlanguage
// ^ constant.numeric.wlanguage
//      ^ constant.numeric.wlanguage
//        ^^^^^ keyword.control.wlanguage
//                   ^^^^^^^^ string.quoted.double.wlanguage
SINON SI rNote >= 12   // ALORS peut être omis avant la fin de ligne
// <-------- keyword.control.wlanguage
//                ^^ constant.numeric.wlanguage
//                     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ comment.line.double-slash.wlanguage

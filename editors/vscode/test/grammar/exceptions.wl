// SYNTAX TEST "source.wlanguage" "samples/exceptions.wl: keywords, strings, comments and numbers"
// Generated from the sample by wlang's lexer (see src/tools/lsp/textmate.rs): do not edit.
// Intercepter une erreur fatale : QUAND EXCEPTION DANS ... FAIRE ... FIN. Le bloc FAIRE
// <---------------------------------------------------------------------------------------- comment.line.double-slash.wlanguage
// s'exécute à la place de la fin du bloc surveillé, ExceptionInfo() donne le message,
// <-------------------------------------------------------------------------------------- comment.line.double-slash.wlanguage
tabValeurs est un tableau de entiers = [10, 5, 0, 2]
//         ^^^^^^ keyword.other.wlanguage
//                        ^^ keyword.other.wlanguage
//                                      ^^ constant.numeric.wlanguage
//                                          ^ constant.numeric.wlanguage
//                                             ^ constant.numeric.wlanguage
//                                                ^ constant.numeric.wlanguage
POUR i = 1 A 5
// <---- keyword.control.wlanguage
//       ^ constant.numeric.wlanguage
//         ^ keyword.other.wlanguage
//           ^ constant.numeric.wlanguage
		Trace(ChaîneConstruit("100 / t[%1] =", i), Divise(100, i))
//                      ^^^^^^^^^^^^^^^ string.quoted.double.wlanguage
//                                                  ^^^ constant.numeric.wlanguage
SI sValeur ALORS Info("vrai")
// <-- keyword.control.wlanguage
//         ^^^^^ keyword.control.wlanguage
//                    ^^^^^^ string.quoted.double.wlanguage

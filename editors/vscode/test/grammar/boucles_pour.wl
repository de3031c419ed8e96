// SYNTAX TEST "source.wlanguage" "samples/boucles_pour.wl: keywords, strings, comments and numbers"
// Generated from the sample by wlang's lexer (see src/tools/lsp/textmate.rs): do not edit.
POUR i = 1 A 5
// <---- keyword.control.wlanguage
//       ^ constant.numeric.wlanguage
//         ^ keyword.other.wlanguage
//           ^ constant.numeric.wlanguage
	Info(ChaîneConstruit("7 x %1 = %2", i, 7 * i))
//                    ^^^^^^^^^^^^^ string.quoted.double.wlanguage
//                                      ^ constant.numeric.wlanguage
sPairs est une chaîne = "Pairs :"
//     ^^^^^^^ keyword.other.wlanguage
//                      ^^^^^^^^^ string.quoted.double.wlanguage
POUR i = 0 A 10 PAS 2
// <---- keyword.control.wlanguage
//       ^ constant.numeric.wlanguage
//         ^ keyword.other.wlanguage
//           ^^ constant.numeric.wlanguage
//              ^^^ keyword.operator.logical.wlanguage
//                  ^ constant.numeric.wlanguage
POUR i = 5 A 1 PAS -1
// <---- keyword.control.wlanguage
//       ^ constant.numeric.wlanguage
//         ^ keyword.other.wlanguage
//           ^ constant.numeric.wlanguage
//             ^^^ keyword.operator.logical.wlanguage
//                  ^ constant.numeric.wlanguage
tabFile est un tableau de chaînes = ["a", "b"]
//      ^^^^^^ keyword.other.wlanguage
//                     ^^ keyword.other.wlanguage
//                                   ^^^ string.quoted.double.wlanguage
//                                        ^^^ string.quoted.double.wlanguage

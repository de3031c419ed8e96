// SYNTAX TEST "source.wlanguage" "samples/monetaire.wl: keywords, strings, comments and numbers"
// Generated from the sample by wlang's lexer (see src/tools/lsp/textmate.rs): do not edit.
rTotal est un réel = 0
//     ^^^^^^ keyword.other.wlanguage
//                   ^ constant.numeric.wlanguage
mTotal est un monétaire = 0
//     ^^^^^^ keyword.other.wlanguage
//                        ^ constant.numeric.wlanguage
POUR i = 1 _A_ 10
// <---- keyword.control.wlanguage
//       ^ constant.numeric.wlanguage
//         ^^^ keyword.other.wlanguage
//             ^^ constant.numeric.wlanguage
mPrixHT est un monétaire = 19.99
//      ^^^^^^ keyword.other.wlanguage
//                         ^^^^^ constant.numeric.wlanguage
nQuantité est un entier = 3
//        ^^^^^^ keyword.other.wlanguage
//                        ^ constant.numeric.wlanguage
mTVA est un monétaire = Arrondi(mPrixHT * nQuantité * 0.2, 2)
//   ^^^^^^ keyword.other.wlanguage
//                                                    ^^^ constant.numeric.wlanguage
//                                                         ^ constant.numeric.wlanguage

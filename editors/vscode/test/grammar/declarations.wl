// SYNTAX TEST "source.wlanguage" "samples/declarations.wl: keywords, strings, comments and numbers"
// Generated from the sample by wlang's lexer (see src/tools/lsp/textmate.rs): do not edit.
nÂge est un entier = 42
//   ^^^^^^ keyword.other.wlanguage
//                   ^^ constant.numeric.wlanguage
rPrix est un réel = 19.99
//    ^^^^^^ keyword.other.wlanguage
//                  ^^^^^ constant.numeric.wlanguage
sNom est une chaîne = "Dupont"
//   ^^^^^^^ keyword.other.wlanguage
//                    ^^^^^^^^ string.quoted.double.wlanguage
bMajeur est un booléen = Vrai
//      ^^^^^^ keyword.other.wlanguage
//                       ^^^^ constant.language.wlanguage
vQuelconque est un variant = "du texte"
//          ^^^^^^ keyword.other.wlanguage
//                           ^^^^^^^^^^ string.quoted.double.wlanguage
a, b, c sont des entiers = 5
//      ^^^^^^^^ keyword.other.wlanguage
//                         ^ constant.numeric.wlanguage

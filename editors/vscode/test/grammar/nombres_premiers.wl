// SYNTAX TEST "source.wlanguage" "samples/nombres_premiers.wl: keywords, strings, comments and numbers"
// Generated from the sample by wlang's lexer (see src/tools/lsp/textmate.rs): do not edit.
nMax est un entier = 50
//   ^^^^^^ keyword.other.wlanguage
//                   ^^ constant.numeric.wlanguage
tabPremier est un tableau de 50 booléens
//         ^^^^^^ keyword.other.wlanguage
//                        ^^ keyword.other.wlanguage
//                           ^^ constant.numeric.wlanguage
POUR i = 2 A nMax
// <---- keyword.control.wlanguage
//       ^ constant.numeric.wlanguage
//         ^ keyword.other.wlanguage
n est un entier = 2
//^^^^^^ keyword.other.wlanguage
//                ^ constant.numeric.wlanguage
POUR i = 2 A nMax
// <---- keyword.control.wlanguage
//       ^ constant.numeric.wlanguage
//         ^ keyword.other.wlanguage
		SI nCompte > 0 ALORS sListe += ", "
//^^ keyword.control.wlanguage
//             ^ constant.numeric.wlanguage
//               ^^^^^ keyword.control.wlanguage
//                               ^^^^ string.quoted.double.wlanguage

// SYNTAX TEST "source.wlanguage" "samples/mots.wl: keywords, strings, comments and numbers"
// Generated from the sample by wlang's lexer (see src/tools/lsp/textmate.rs): do not edit.
// Compter les mots d'un texte avec un tableau associatif (aide 1514058) : une clé par mot, sans
// <------------------------------------------------------------------------------------------------ comment.line.double-slash.wlanguage
// tenir compte des majuscules (ccSansCasse), la valeur compte ses apparitions.
// <------------------------------------------------------------------------------- comment.line.double-slash.wlanguage
taCompte est un tableau associatif (ccSansCasse) de entiers
//       ^^^^^^ keyword.other.wlanguage
//                                               ^^ keyword.other.wlanguage
POUR TOUT CHAÎNE sMot DE sTexte SÉPARÉE PAR [" ", RC, ".", ",", ";", "!"]
// <---------------- keyword.control.wlanguage
//                    ^^ keyword.other.wlanguage
//                              ^^^^^^^^^^^ keyword.other.wlanguage
//                                           ^^^ string.quoted.double.wlanguage
//                                                    ^^^ string.quoted.double.wlanguage
//                                                         ^^^ string.quoted.double.wlanguage
//                                                              ^^^ string.quoted.double.wlanguage
//                                                                   ^^^ string.quoted.double.wlanguage
	SI sMot = "" ALORS CONTINUER
// <~-- keyword.control.wlanguage
//         ^^ string.quoted.double.wlanguage
//            ^^^^^ keyword.control.wlanguage
//                  ^^^^^^^^^ keyword.control.wlanguage
	SI nFois = 1 ALORS sUneFois += [", "] + sMot
// <~-- keyword.control.wlanguage
//          ^ constant.numeric.wlanguage
//            ^^^^^ keyword.control.wlanguage
//                               ^^^^ string.quoted.double.wlanguage

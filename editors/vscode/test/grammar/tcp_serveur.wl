// SYNTAX TEST "source.wlanguage" "samples/tcp_serveur.wl: keywords, strings, comments and numbers"
// Generated from the sample by wlang's lexer (see src/tools/lsp/textmate.rs): do not edit.
gnPort est un entier = 5010
//     ^^^^^^ keyword.other.wlanguage
//                     ^^^^ constant.numeric.wlanguage
gbArrêt est un booléen = Faux
//      ^^^^^^ keyword.other.wlanguage
//                       ^^^^ constant.language.wlanguage
SI PAS OuiNon(Non, "Démarrer le serveur sur le port " + gnPort + " ?") ALORS
// <-- keyword.control.wlanguage
// ^^^ keyword.operator.logical.wlanguage
//                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ string.quoted.double.wlanguage
//                                                               ^^^^ string.quoted.double.wlanguage
//                                                                     ^^^^^ keyword.control.wlanguage
SI PAS SocketCrée("serveur", gnPort) ALORS
// <-- keyword.control.wlanguage
// ^^^ keyword.operator.logical.wlanguage
//                ^^^^^^^^^ string.quoted.double.wlanguage
//                                   ^^^^^ keyword.control.wlanguage
	SI SocketAttendConnexion("serveur") ALORS
// <~-- keyword.control.wlanguage
//                        ^^^^^^^^^ string.quoted.double.wlanguage
//                                   ^^^^^ keyword.control.wlanguage
		sCanal est une chaîne = SocketAccepte("serveur")
//       ^^^^^^^ keyword.other.wlanguage
//                                      ^^^^^^^^^ string.quoted.double.wlanguage

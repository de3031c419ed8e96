// SYNTAX TEST "source.wlanguage" "samples/tcp_client.wl: keywords, strings, comments and numbers"
// Generated from the sample by wlang's lexer (see src/tools/lsp/textmate.rs): do not edit.
// Un client TCP pour samples/tcp_serveur.wl : lancez d'abord le serveur dans un autre terminal,
// <------------------------------------------------------------------------------------------------ comment.line.double-slash.wlanguage
//     wl run samples/tcp_serveur.wl
// <------------------------------------ comment.line.double-slash.wlanguage
gnPort est un entier = 5010
//     ^^^^^^ keyword.other.wlanguage
//                     ^^^^ constant.numeric.wlanguage
SI PAS SocketConnecte("client", gnPort, "127.0.0.1", "2 s") ALORS
// <-- keyword.control.wlanguage
// ^^^ keyword.operator.logical.wlanguage
//                    ^^^^^^^^ string.quoted.double.wlanguage
//                                      ^^^^^^^^^^^ string.quoted.double.wlanguage
//                                                   ^^^^^ string.quoted.double.wlanguage
//                                                          ^^^^^ keyword.control.wlanguage
POUR TOUTE CHAÎNE sMessage DE "Bonjour;Comment ça va ?;au revoir" SÉPARÉE PAR ";"
// <----------------- keyword.control.wlanguage
//                         ^^ keyword.other.wlanguage
//                            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ string.quoted.double.wlanguage
//                                                                ^^^^^^^^^^^ keyword.other.wlanguage
//                                                                            ^^^ string.quoted.double.wlanguage
	Info("< " + SocketLit("client", Faux, 5000))
//    ^^^^ string.quoted.double.wlanguage
//                     ^^^^^^^^ string.quoted.double.wlanguage
//                               ^^^^ constant.language.wlanguage
//                                     ^^^^ constant.numeric.wlanguage
